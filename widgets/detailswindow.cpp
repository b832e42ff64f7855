// SPDX-License-Identifier: GPL-3.0-or-later
#include "detailswindow.h"

#include "charttimelink.h"
#include "chartwidget.h"
#include "filechooser.h"
#include "noticebar.h"
#include "serieshistorymodel.h"

#include "export/exportfile.h"
#include "session/nodesession.h"

#include <QAction>
#include <QDateTime>
#include <QHBoxLayout>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QMessageBox>
#include <QScrollBar>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTextBrowser>
#include <QToolButton>
#include <QVBoxLayout>

namespace beamtop {

DetailsWindow::DetailsWindow(NodeSession *session, const Texts &texts, QWidget *parent)
    : QWidget(parent, Qt::Window), m_session(session), m_texts(texts)
{
    setAttribute(Qt::WA_DeleteOnClose);
    setObjectName(texts.objectName);
    m_node = session ? session->nodeName() : QString();

    m_banner = new NoticeBar(this);
    m_banner->setObjectName(QStringLiteral("detailsBanner"));
    m_live = new QLabel(this);
    m_live->setObjectName(QStringLiteral("liveFigures"));
    m_live->setTextInteractionFlags(Qt::TextSelectableByMouse);

    m_refreshButton = new QToolButton(this);
    auto *refreshAction = new QAction(QIcon::fromTheme(QStringLiteral("view-refresh")), tr("Refresh"), this);
    refreshAction->setShortcuts({QKeySequence(Qt::Key_F5), QKeySequence::Refresh});
    refreshAction->setToolTip(tr("Read the details again (F5); the live figures above refresh by themselves"));
    connect(refreshAction, &QAction::triggered, this, &DetailsWindow::refreshDetails);
    m_refreshButton->setDefaultAction(refreshAction);
    m_refreshButton->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);

    m_exportButton = new QToolButton(this);
    auto *exportAction = new QAction(QIcon::fromTheme(QStringLiteral("document-save-as")), tr("Export JSON…"), this);
    exportAction->setShortcut(QKeySequence::Save);
    exportAction->setToolTip(tr("Save these details as JSON (%1)").arg(QKeySequence(QKeySequence::Save).toString(QKeySequence::NativeText)));
    connect(exportAction, &QAction::triggered, this, &DetailsWindow::exportAs);
    m_exportButton->setDefaultAction(exportAction);
    m_exportButton->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);

    m_bar = new QHBoxLayout;
    m_bar->addWidget(m_live, 1);
    m_bar->addWidget(m_refreshButton);
    m_bar->addWidget(m_exportButton);

    m_tabs = new QTabWidget(this);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_banner);
    layout->addLayout(m_bar);
    layout->addWidget(m_tabs, 1);
    resize(760, 640);

    if (session) {
        connect(session, &NodeSession::formatterChanged, this, [this] {
            render();
            updateTitle();
        });
        connect(session, &NodeSession::stateChanged, this, [this](NodeSession::State s) {
            if (s == NodeSession::State::Reconnecting || s == NodeSession::State::Disconnected)
                m_banner->showNotice(NoticeBar::Kind::Warning,
                                     tr("The connection to %1 is down; what is shown is the last data read.").arg(m_node));
            else if (s == NodeSession::State::Live && !m_ended) {
                m_banner->clear();
                refreshDetails();
            }
        });
    }
}

QTextBrowser *DetailsWindow::browser(const QString &name)
{
    auto *b = new QTextBrowser;
    b->setObjectName(name);
    b->setOpenLinks(false);
    b->setOpenExternalLinks(false);
    connect(b, &QTextBrowser::anchorClicked, this, &DetailsWindow::openLink);
    return b;
}

void DetailsWindow::setKeepingPlace(QTextBrowser *b, const QString &html)
{
    const int v = b->verticalScrollBar()->value();
    b->setHtml(html);
    b->verticalScrollBar()->setValue(v); // a refresh keeps the place
}

void DetailsWindow::addBarWidget(QWidget *w)
{
    m_bar->insertWidget(m_bar->indexOf(m_exportButton), w);
    setTabOrder(m_refreshButton, w);
    setTabOrder(w, m_exportButton);
}

QWidget *DetailsWindow::createCharts(SeriesHistoryModel *history, const QVector<Line> &lines)
{
    m_history = history;
    auto *page = new QWidget;
    auto *layout = new QVBoxLayout(page);
    m_link = new ChartTimeLink(this);
    m_link->setMaximumSpanMs(24 * 3600 * 1000);
    const ChartWidget::TimeRoles roles{SeriesHistoryModel::TimeRole, SeriesHistoryModel::RawValueRole, SeriesHistoryModel::MinRole,
                                       SeriesHistoryModel::MaxRole, SeriesHistoryModel::SamplesRole};
    for (const Line &l : lines) {
        auto *chart = new ChartWidget(ChartWidget::Kind::TimeSeries, page);
        chart->setObjectName(QStringLiteral("chart%1").arg(l.column));
        chart->setTitle(l.title);
        chart->setTimeLink(m_link);
        ChartWidget::Series line;
        line.column = l.column;
        line.label = l.title;
        chart->setTimeSeries(history, {line}, roles);
        chart->setValueUnits(l.unit);
        layout->addWidget(chart, 1);
        m_charts.append(chart);
    }
    return page;
}

void DetailsWindow::historyGrew()
{
    if (!m_history || m_history->rowCount() == 0)
        return;
    m_link->setData(m_history->index(0, 0).data(SeriesHistoryModel::TimeRole).toLongLong(),
                    m_history->index(m_history->rowCount() - 1, 0).data(SeriesHistoryModel::TimeRole).toLongLong());
}

void DetailsWindow::setTitleFor(const QString &who)
{
    setWindowTitle(m_ended ? m_texts.endedTitle.arg(who, m_node) : tr("%1 — %2").arg(who, m_node));
}

bool DetailsWindow::markEnded(bool hadDetails)
{
    if (m_ended)
        return false;
    m_ended = true;
    m_banner->showNotice(NoticeBar::Kind::Warning,
                         m_texts.endedBanner.arg(idText(), QTime::currentTime().toString(QStringLiteral("HH:mm:ss"))),
                         hadDetails ? tr("What is shown is its last data.") : tr("It was gone before its details could be read."));
    return true;
}

bool DetailsWindow::exportTo(const QString &path, QString *error) const
{
    QJsonObject o;
    o.insert(QStringLiteral("node"), m_node);
    o.insert(m_texts.idKey, idText());
    o.insert(QStringLiteral("exported_at"), QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs));
    o.insert(QStringLiteral("alive"), !m_ended);
    writeJson(o);
    return ExportFile::writeAll(path, QJsonDocument(o).toJson(QJsonDocument::Indented), error);
}

void DetailsWindow::exportAs()
{
    const QString dir = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    QString name = idText();
    for (const QChar c : {QLatin1Char('<'), QLatin1Char('>'), QLatin1Char('#'), QLatin1Char('{'), QLatin1Char('}'),
                          QLatin1Char('\''), QLatin1Char(','), QLatin1Char(' ')})
        name.remove(c);
    const QString path = FileChooser::askSavePath(this, m_texts.exportCaption,
                                                 dir + QLatin1Char('/') + m_texts.exportStem + QLatin1Char('-') + name + QStringLiteral(".json"),
                                                 {{tr("JSON"), QStringLiteral("json")}});
    if (path.isEmpty())
        return;
    QString error;
    if (exportTo(path, &error))
        m_banner->showNotice(NoticeBar::Kind::Info, tr("Saved to %1.").arg(path));
    else
        QMessageBox::warning(this, tr("Export failed"), error);
}

} // namespace beamtop
