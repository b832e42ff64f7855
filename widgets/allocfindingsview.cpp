// SPDX-License-Identifier: GPL-3.0-or-later
#include "allocfindingsview.h"

#include "accents.h"

#include <QDesktopServices>
#include <QEvent>
#include <QLabel>
#include <QTextDocument>
#include <QVBoxLayout>

namespace beamtop {

AllocFindingsView::AllocFindingsView(QWidget *parent) : QWidget(parent), m_label(new QLabel(this))
{
    m_label->setObjectName(QStringLiteral("findingsText"));
    m_label->setWordWrap(true);
    m_label->setTextFormat(Qt::RichText);
    m_label->setTextInteractionFlags(Qt::TextBrowserInteraction);
    m_label->setOpenExternalLinks(false);
    connect(m_label, &QLabel::linkActivated, this, [this](const QString &link) {
        const QUrl url(link);
        emit linkActivated(url);
        QDesktopServices::openUrl(url);
    });
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_label);
    render();
}

void AllocFindingsView::setFindings(const QVector<AllocFinding> &findings)
{
    m_empty = false;
    m_findings = findings;
    render();
}

void AllocFindingsView::clear()
{
    m_empty = true;
    m_findings.clear();
    render();
}

void AllocFindingsView::render()
{
    if (m_empty) {
        m_label->setText(tr("Waiting for the first allocator reading…"));
        return;
    }
    if (m_findings.isEmpty()) {
        m_label->setText(tr("Nothing stands out: no allocator is badly fragmented, large blocks are few, the mseg cache "
                            "mostly hits, and little of the node's resident size is outside its allocators."));
        return;
    }
    const QColor warning = Accents::warning(palette());
    // A dark theme that keeps the default link blue would hide the flags.
    QColor link = palette().color(QPalette::Link);
    if (Accents::isDark(palette()) && link.lightness() < 140)
        link = QColor(0x8a, 0xb4, 0xf8);
    QString html;
    for (const AllocFinding &f : std::as_const(m_findings)) {
        QStringList flags;
        for (const QString &flag : f.flags) {
            const QUrl url = AllocFinding::docUrl(flag);
            flags << (url.isValid() ? QStringLiteral("<a href=\"%1\" style=\"color:%2\">%3</a>")
                                                  .arg(url.toString(QUrl::FullyEncoded).toHtmlEscaped(), link.name(),
                                                       flag.toHtmlEscaped())
                                    : flag.toHtmlEscaped());
        }
        const QString mark = f.severity == AllocFinding::Severity::Warning
            ? QStringLiteral("<span style=\"color:%1\">⚠</span> ").arg(warning.name())
            : QStringLiteral("ⓘ ");
        html += QStringLiteral("<p style=\"margin-bottom:6px\">") + mark + f.text.toHtmlEscaped();
        if (!flags.isEmpty())
            html += QLatin1Char(' ') + tr("See %1.").arg(flags.join(QLatin1String(", ")));
        html += QStringLiteral("</p>");
    }
    m_label->setText(html);
}

void AllocFindingsView::changeEvent(QEvent *event)
{
    QWidget::changeEvent(event);
    if (event->type() == QEvent::PaletteChange)
        render(); // the link and warning colours follow the theme
}

QString AllocFindingsView::plainText() const
{
    QTextDocument doc;
    doc.setHtml(m_label->text());
    return doc.toPlainText().trimmed();
}

QList<QUrl> AllocFindingsView::links() const
{
    QList<QUrl> out;
    for (const AllocFinding &f : m_findings) {
        for (const QString &flag : f.flags)
            out << AllocFinding::docUrl(flag);
    }
    return out;
}

} // namespace beamtop
