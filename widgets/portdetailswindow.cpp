#include "portdetailswindow.h"

#include "charttimelink.h"
#include "chartwidget.h"
#include "filechooser.h"
#include "format.h"
#include "noticebar.h"
#include "portactions.h"
#include "portdetailshtml.h"
#include "porthistorymodel.h"
#include "porttablemodel.h"
#include "processdetailshtml.h"

#include "collect/portinspector.h"
#include "export/exportfile.h"
#include "session/nodesession.h"

#include <QAction>
#include <QDateTime>
#include <QHBoxLayout>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QLocale>
#include <QMessageBox>
#include <QPushButton>
#include <QScrollBar>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTextBrowser>
#include <QToolButton>
#include <QVBoxLayout>

namespace beamtop {

PortDetailsWindow::PortDetailsWindow(NodeSession *session, const Term &id, const QString &description, QWidget *parent)
    : QWidget(parent, Qt::Window), m_session(session), m_id(id), m_history(new PortHistoryModel(this)),
      m_actions(new PortActions(this))
{
    setAttribute(Qt::WA_DeleteOnClose);
    setObjectName(QStringLiteral("portDetails"));
    m_node = session ? session->nodeName() : QString();
    m_idText = (session ? session->formatter() : TermFormatter()).format(id);
    // A socket's id is {'$socket', Ref}: the row's "#Socket<…>" (first in its description) reads better.
    if (id.kind() != Term::Kind::Port && description.startsWith(QLatin1String("#Socket<")))
        m_idText = description.section(QLatin1Char(' '), 0, 0);
    m_description = description;
    m_actions->setSession(session);

    m_banner = new NoticeBar(this);
    m_banner->setObjectName(QStringLiteral("detailsBanner"));
    m_live = new QLabel(this);
    m_live->setObjectName(QStringLiteral("liveFigures"));
    m_live->setTextInteractionFlags(Qt::TextSelectableByMouse);

    auto *refresh = new QToolButton(this);
    auto *refreshAction = new QAction(QIcon::fromTheme(QStringLiteral("view-refresh")), tr("Refresh"), this);
    refreshAction->setShortcuts({QKeySequence(Qt::Key_F5), QKeySequence::Refresh});
    refreshAction->setToolTip(tr("Read the details again (F5); the live figures above refresh by themselves"));
    connect(refreshAction, &QAction::triggered, this, &PortDetailsWindow::refreshDetails);
    refresh->setDefaultAction(refreshAction);
    refresh->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);

    m_closeButton = new QPushButton(QIcon::fromTheme(QStringLiteral("network-disconnect")), tr("Close Port…"), this);
    m_closeButton->setObjectName(QStringLiteral("closePort"));
    connect(m_closeButton, &QPushButton::clicked, this, [this] {
        m_actions->close(m_id, m_description.isEmpty() ? m_idText : m_description);
    });
    connect(m_actions, &PortActions::finished, this, [this](bool ok, const QString &message) {
        m_banner->showNotice(ok ? NoticeBar::Kind::Info : NoticeBar::Kind::Warning, message);
        if (m_sampler)
            m_sampler->fetch(); // show what the action did now
    });

    auto *exportButton = new QToolButton(this);
    auto *exportAction = new QAction(QIcon::fromTheme(QStringLiteral("document-save-as")), tr("Export JSON…"), this);
    exportAction->setShortcut(QKeySequence::Save);
    exportAction->setToolTip(tr("Save these details as JSON (%1)").arg(QKeySequence(QKeySequence::Save).toString(QKeySequence::NativeText)));
    connect(exportAction, &QAction::triggered, this, &PortDetailsWindow::exportAs);
    exportButton->setDefaultAction(exportAction);
    exportButton->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);

    auto *bar = new QHBoxLayout;
    bar->addWidget(m_live, 1);
    bar->addWidget(refresh);
    bar->addWidget(m_closeButton);
    bar->addWidget(exportButton);

    m_tabs = new QTabWidget(this);
    m_overview = browser(QStringLiteral("overview"));
    m_addresses = browser(QStringLiteral("addresses"));
    m_statistics = browser(QStringLiteral("statistics"));
    m_options = browser(QStringLiteral("options"));
    m_links = browser(QStringLiteral("links"));

    auto *chartsPage = new QWidget;
    auto *cl = new QVBoxLayout(chartsPage);
    // Bytes in and out per second and the queue over the time the window is open, on one time
    // axis (zoom one, zoom all); hovering shows the exact values.
    m_link = new ChartTimeLink(this);
    m_link->setMaximumSpanMs(24 * 3600 * 1000);
    const ChartWidget::TimeRoles roles{PortHistoryModel::TimeRole, PortHistoryModel::RawValueRole, PortHistoryModel::MinRole,
                                       PortHistoryModel::MaxRole, PortHistoryModel::SamplesRole};
    struct Line
    {
        int column;
        QString title;
        MetricUnit unit;
    };
    const Line lines[] = {{PortHistoryModel::RecvPerS, tr("Received/s"), MetricUnit::BytesPerSecond},
                          {PortHistoryModel::SendPerS, tr("Sent/s"), MetricUnit::BytesPerSecond},
                          {PortHistoryModel::QueueSize, tr("Queue"), MetricUnit::Bytes}};
    for (const Line &l : lines) {
        auto *chart = new ChartWidget(ChartWidget::Kind::TimeSeries, chartsPage);
        chart->setObjectName(QStringLiteral("chart%1").arg(l.column));
        chart->setTitle(l.title);
        chart->setTimeLink(m_link);
        ChartWidget::Series line;
        line.column = l.column;
        line.label = l.title;
        chart->setTimeSeries(m_history, {line}, roles);
        chart->setValueUnits(l.unit);
        cl->addWidget(chart, 1);
        m_charts.append(chart);
    }

    m_tabs->addTab(m_overview, tr("&Overview"));
    m_tabs->addTab(m_addresses, tr("&Addresses && State"));
    m_tabs->addTab(m_statistics, tr("&Statistics"));
    m_tabs->addTab(m_options, tr("O&ptions"));
    m_tabs->addTab(m_links, tr("&Links && Monitors"));
    m_tabs->addTab(chartsPage, tr("&Charts"));

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_banner);
    layout->addLayout(bar);
    layout->addWidget(m_tabs, 1);
    resize(760, 640);

    if (session) {
        connect(session->portInspector(), &PortInspector::detailsReady, this, [this](const Term &key, const PortDetails &d) {
            if (key == m_id)
                onDetails(d);
        });
        connect(session->portInspector(), &PortInspector::failed, this, [this](const Term &key, const QString &error) {
            if (key == m_id)
                m_banner->showNotice(NoticeBar::Kind::Warning, tr("Could not read %1.").arg(m_idText), error);
        });
        // The session samples the port on every tick while this window lives.
        m_sampler = session->samplePort(id, this);
        connect(m_sampler, &PortSampler::sampled, this, &PortDetailsWindow::onSample);
        connect(m_sampler, &PortSampler::closed, this, &PortDetailsWindow::setClosed);
        connect(m_sampler, &PortSampler::failed, this, [this](const QString &error) {
            m_live->setText(tr("This port cannot be sampled from %1: %2").arg(m_node, error));
        });
        connect(m_actions, &PortActions::closed, this, [this](const Term &closed) {
            if (closed == m_id)
                setClosed();
        });
        connect(session, &NodeSession::formatterChanged, this, [this] {
            render();
            updateTitle();
        });
        connect(session, &NodeSession::readOnlyChanged, this, &PortDetailsWindow::updateCloseButton);
        connect(session, &NodeSession::stateChanged, this, [this](NodeSession::State s) {
            updateCloseButton();
            if (s == NodeSession::State::Reconnecting || s == NodeSession::State::Disconnected)
                m_banner->showNotice(NoticeBar::Kind::Warning,
                                     tr("The connection to %1 is down; what is shown is the last data read.").arg(m_node));
            else if (s == NodeSession::State::Live && !m_closed) {
                m_banner->clear();
                refreshDetails();
            }
        });
    }
    m_overview->setHtml(QStringLiteral("<p>") + tr("Reading %1…").arg(m_idText).toHtmlEscaped() + QStringLiteral("</p>"));
    updateTitle();
    updateLive();
    updateCloseButton();
    refreshDetails();
    if (m_sampler && session->isLive())
        m_sampler->fetch(); // the charts start now, not one interval later
}

PortDetailsWindow::~PortDetailsWindow() = default;

QTextBrowser *PortDetailsWindow::browser(const QString &name)
{
    auto *b = new QTextBrowser;
    b->setObjectName(name);
    b->setOpenLinks(false);
    b->setOpenExternalLinks(false);
    connect(b, &QTextBrowser::anchorClicked, this, &PortDetailsWindow::openLink);
    return b;
}

void PortDetailsWindow::updateTitle()
{
    QString who = m_idText;
    if (!m_details.type.isEmpty())
        who += QLatin1Char(' ') + PortTableModel::typeText(m_details.type);
    setWindowTitle(m_closed ? tr("%1 — %2 (closed)").arg(who, m_node) : tr("%1 — %2").arg(who, m_node));
}

void PortDetailsWindow::updateCloseButton()
{
    QString why;
    const bool allowed = m_actions->canChange(&why);
    // Left clickable while read-only: clicking says why it is refused, as the menus' tooltips do.
    m_closeButton->setEnabled(!m_closed);
    m_closeButton->setToolTip(m_closed ? tr("The port is already closed")
                                       : allowed ? tr("Close this port on %1 (asks first)").arg(m_node)
                                                 : why);
}

void PortDetailsWindow::updateLive()
{
    if (!m_hasSample) {
        m_live->setText(m_closed ? tr("Closed") : tr("Sampling…"));
        return;
    }
    const QString none = QStringLiteral("—");
    auto rate = [&](double v) { return v < 0 ? none : Format::bytesPerSecond(v); };
    QStringList parts;
    parts << tr("Received/s %1").arg(rate(m_last.recvPerS)) << tr("Sent/s %1").arg(rate(m_last.sendPerS));
    if (m_last.queueSize >= 0)
        parts << tr("Queue %1").arg(Format::bytes(m_last.queueSize));
    if (m_last.memory >= 0)
        parts << tr("Memory %1").arg(Format::bytes(m_last.memory));
    if (m_closed)
        parts << tr("closed");
    m_live->setText(parts.join(QStringLiteral(" · ")));
    m_live->setToolTip(tr("%1 received, %2 sent in all; sampled every refresh")
                           .arg(m_last.recvOct < 0 ? none : Format::exactBytes(m_last.recvOct),
                                m_last.sendOct < 0 ? none : Format::exactBytes(m_last.sendOct)));
}

void PortDetailsWindow::refreshDetails()
{
    if (!m_session || !m_session->isLive() || m_closed)
        return;
    m_session->portInspector()->fetchDetails(m_id);
}

void PortDetailsWindow::onDetails(const PortDetails &details)
{
    if (!details.alive) {
        setClosed();
        return;
    }
    m_details = details;
    if (!details.idText.isEmpty())
        m_idText = details.idText; // #Socket<…> reads better than the {'$socket', Ref} term
    updateTitle();
    render();
}

void PortDetailsWindow::render()
{
    if (!m_details.alive)
        return;
    const PortDetailsHtml html(m_session ? m_session->formatter() : TermFormatter());
    auto set = [](QTextBrowser *b, const QString &h) {
        const int v = b->verticalScrollBar()->value();
        b->setHtml(h);
        b->verticalScrollBar()->setValue(v); // a refresh keeps the place
    };
    set(m_overview, html.overview(m_details));
    set(m_addresses, html.addresses(m_details));
    set(m_statistics, html.statistics(m_details));
    set(m_options, html.options(m_details));
    set(m_links, html.links(m_details));
}

void PortDetailsWindow::onSample(const PortSample &s)
{
    m_last = s;
    m_hasSample = true;
    m_history->addSample(s.timeMs, s.recvPerS, s.sendPerS, s.queueSize);
    m_link->setData(m_history->index(0, 0).data(PortHistoryModel::TimeRole).toLongLong(),
                    m_history->index(m_history->rowCount() - 1, 0).data(PortHistoryModel::TimeRole).toLongLong());
    updateLive();
}

void PortDetailsWindow::setClosed()
{
    if (m_closed)
        return;
    m_closed = true;
    updateTitle();
    updateLive();
    updateCloseButton();
    m_banner->showNotice(NoticeBar::Kind::Warning,
                         tr("%1 has closed (noticed at %2).").arg(m_idText, QTime::currentTime().toString(QStringLiteral("HH:mm:ss"))),
                         m_details.alive ? tr("What is shown is its last data.") : tr("It was gone before its details could be read."));
    if (!m_details.alive)
        m_overview->setHtml(QStringLiteral("<p>") + tr("%1 is closed.").arg(m_idText).toHtmlEscaped() + QStringLiteral("</p>"));
    emit portClosed();
}

void PortDetailsWindow::openLink(const QUrl &url)
{
    const Term t = ProcessDetailsHtml::target(url);
    if (t.isPid())
        emit openProcess(t);
    else if (t.kind() == Term::Kind::Port)
        emit openPort(t);
}

QString PortDetailsWindow::tabText(Tab tab) const
{
    switch (tab) {
    case OverviewTab: return m_overview->toPlainText();
    case AddressesTab: return m_addresses->toPlainText();
    case StatisticsTab: return m_statistics->toPlainText();
    case OptionsTab: return m_options->toPlainText();
    case LinksTab: return m_links->toPlainText();
    case ChartsTab: return {};
    }
    return {};
}

bool PortDetailsWindow::exportTo(const QString &path, QString *error) const
{
    const TermFormatter f = m_session ? m_session->formatter() : TermFormatter();
    QJsonObject o;
    o.insert(QStringLiteral("node"), m_node);
    o.insert(QStringLiteral("id"), m_idText);
    o.insert(QStringLiteral("exported_at"), QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs));
    o.insert(QStringLiteral("alive"), !m_closed);
    o.insert(QStringLiteral("details"), m_details.alive ? QJsonValue(m_details.toJson(f)) : QJsonValue(QJsonValue::Null));
    return ExportFile::writeAll(path, QJsonDocument(o).toJson(QJsonDocument::Indented), error);
}

void PortDetailsWindow::exportAs()
{
    const QString dir = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    QString name = m_idText;
    for (const QChar c : {QLatin1Char('<'), QLatin1Char('>'), QLatin1Char('#'), QLatin1Char('{'), QLatin1Char('}'),
                          QLatin1Char('\''), QLatin1Char(','), QLatin1Char(' ')})
        name.remove(c);
    const QString path = FileChooser::askSavePath(this, tr("Export port details"), dir + QStringLiteral("/port-") + name + QStringLiteral(".json"),
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
