// SPDX-License-Identifier: GPL-3.0-or-later
#include "aboutdialog.h"

#include <QApplication>
#include <QDialogButtonBox>
#include <QFile>
#include <QFontMetrics>
#include <QFontDatabase>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QIcon>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QScrollBar>
#include <QVBoxLayout>

// The resource lives in a static library: nothing would pull it into the program otherwise.
static void initAboutResource()
{
    Q_INIT_RESOURCE(about);
}

namespace beamtop {

namespace {

QLabel *selectableLabel(const QString &text, const QString &name)
{
    auto *l = new QLabel(text);
    l->setObjectName(name);
    l->setTextInteractionFlags(Qt::TextSelectableByMouse);
    return l;
}

} // namespace

AboutDialog::AboutDialog(QWidget *parent)
    : QDialog(parent)
    , m_licence(new QPlainTextEdit(this))
    , m_licenceButton(new QPushButton(tr("Show &Licence"), this))
{
    initAboutResource();
    setWindowTitle(tr("About Beamtop"));

    auto *icon = new QLabel(this);
    icon->setPixmap(QApplication::windowIcon().pixmap(64, 64));
    icon->setAlignment(Qt::AlignTop);

    auto *title = new QLabel(tr("<h2>Beamtop %1</h2>").arg(QStringLiteral(BEAMTOP_VERSION)), this);
    title->setObjectName(QStringLiteral("title"));
    auto *description = new QLabel(tr("An observer for Erlang and Elixir nodes: it connects as a hidden C node, "
                                      "loads a small agent for the time it is connected, and leaves no trace."),
                                   this);
    description->setWordWrap(true);
    auto *licence = new QLabel(tr("Free software under the GNU General Public License, version 3 or later "
                                  "(GPL-3.0-or-later); see <a href=\"%1\">%1</a>.")
                                   .arg(QStringLiteral("https://www.gnu.org/licenses/gpl-3.0.html")),
                               this);
    licence->setObjectName(QStringLiteral("licence"));
    licence->setWordWrap(true);
    licence->setOpenExternalLinks(true);
    licence->setTextInteractionFlags(Qt::TextBrowserInteraction);

    auto *versions = new QFormLayout;
    versions->addRow(tr("Qt:"), selectableLabel(qtVersion(), QStringLiteral("qtVersion")));
    versions->addRow(tr("OTP erl_interface:"), selectableLabel(erlInterfaceVersion(), QStringLiteral("eiVersion")));
    versions->addRow(tr("QtKeychain:"), selectableLabel(keychainVersion(), QStringLiteral("keychainVersion")));
    auto *versionsTitle = new QLabel(tr("Runs with:"), this);

    auto *text = new QVBoxLayout;
    text->addWidget(title);
    text->addWidget(description);
    text->addWidget(licence);
    text->addSpacing(6);
    text->addWidget(versionsTitle);
    text->addLayout(versions);
    text->addStretch(1);

    auto *top = new QHBoxLayout;
    top->addWidget(icon);
    top->addLayout(text, 1);

    m_licence->setObjectName(QStringLiteral("licenceText"));
    m_licence->setReadOnly(true);
    m_licence->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_licence->setPlainText(licenceText());
    m_licence->setLineWrapMode(QPlainTextEdit::NoWrap); // the text is laid out in 80 columns
    m_licence->setMinimumHeight(280);
    m_licence->setMinimumWidth(QFontMetrics(m_licence->font()).horizontalAdvance(QString(80, QLatin1Char('M')))
                               + m_licence->verticalScrollBar()->sizeHint().width() + 16);
    m_licence->hide();

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    m_licenceButton->setObjectName(QStringLiteral("licenceButton"));
    buttons->addButton(m_licenceButton, QDialogButtonBox::ActionRole);
    connect(m_licenceButton, &QPushButton::clicked, this, &AboutDialog::toggleLicence);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addWidget(m_licence, 1);
    layout->addWidget(buttons);
    setMinimumWidth(480);
}

void AboutDialog::toggleLicence()
{
    const bool show = m_licence->isHidden();
    m_licence->setVisible(show);
    m_licenceButton->setText(show ? tr("Hide &Licence") : tr("Show &Licence"));
    layout()->activate(); // the new minimum size first, then fit to it
    adjustSize();
}

QString AboutDialog::qtVersion()
{
    const QString runtime = QString::fromLatin1(qVersion());
    const QString built = QStringLiteral(QT_VERSION_STR);
    return runtime == built ? runtime : tr("%1 (built with %2)").arg(runtime, built);
}

QString AboutDialog::erlInterfaceVersion()
{
    const QString ei = QStringLiteral(BEAMTOP_EI_VERSION);
    const QString otp = QStringLiteral(BEAMTOP_OTP_VERSION);
    if (ei.isEmpty())
        return tr("unknown");
    return otp.isEmpty() ? ei : tr("%1 (OTP %2)").arg(ei, otp);
}

QString AboutDialog::keychainVersion()
{
    const QString v = QStringLiteral(BEAMTOP_QTKEYCHAIN_VERSION);
    return v.isEmpty() ? tr("unknown") : v;
}

QString AboutDialog::licenceText()
{
    initAboutResource();
    QFile f(QStringLiteral(":/about/LICENSE"));
    if (!f.open(QIODevice::ReadOnly))
        return tr("The licence text is missing from this build; read it at https://www.gnu.org/licenses/gpl-3.0.html.");
    return QString::fromUtf8(f.readAll());
}

} // namespace beamtop
