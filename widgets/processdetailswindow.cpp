#include "processdetailswindow.h"

#include "charttimelink.h"
#include "chartwidget.h"
#include "collect/processinspector.h"
#include "collect/termjson.h"
#include "export/exportfile.h"
#include "filechooser.h"
#include "format.h"
#include "session/nodesession.h"
#include "noticebar.h"
#include "portdetailswindow.h"
#include "processactions.h"
#include "processdetailshtml.h"
#include "processhistorymodel.h"

#include <QAction>
#include <QDateTime>
#include <QHBoxLayout>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QMenu>
#include <QMessageBox>
#include <QPushButton>
#include <QScrollBar>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTextBrowser>
#include <QToolButton>
#include <QVBoxLayout>

namespace beamtop {

namespace {
constexpr int MessagePreview = 100;
constexpr qint64 LargeQueue = 10000; // the agent refuses to copy more without force
} // namespace

ProcessDetailsWindow::ProcessDetailsWindow(NodeSession *session, const Term &pid, const QString &description, QWidget *parent)
    : QWidget(parent, Qt::Window), m_session(session), m_pid(pid), m_history(new ProcessHistoryModel(this)),
      m_actions(new ProcessActions(this))
{
    setAttribute(Qt::WA_DeleteOnClose);
    setObjectName(QStringLiteral("processDetails"));
    m_node = session ? session->nodeName() : QString();
    const TermFormatter f = session ? session->formatter() : TermFormatter();
    m_pidText = f.format(pid);
    m_name = description.endsWith(m_pidText) ? description.chopped(m_pidText.size()).trimmed() : description;
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
    connect(refreshAction, &QAction::triggered, this, &ProcessDetailsWindow::refreshDetails);
    refresh->setDefaultAction(refreshAction);
    refresh->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);

    auto *act = new QToolButton(this);
    act->setText(tr("Process"));
    act->setObjectName(QStringLiteral("processActions"));
    act->setToolButtonStyle(Qt::ToolButtonTextOnly);
    act->setPopupMode(QToolButton::InstantPopup);
    auto *menu = new QMenu(act);
    connect(menu, &QMenu::aboutToShow, this, [this, menu] {
        menu->clear();
        m_actions->addTo(menu, m_pid, m_name.isEmpty() ? m_pidText : m_name + QLatin1Char(' ') + m_pidText);
        if (m_dead) {
            for (QAction *a : menu->actions())
                a->setEnabled(false);
        }
    });
    act->setMenu(menu);
    connect(m_actions, &ProcessActions::finished, this, [this](bool ok, const QString &message) {
        m_banner->showNotice(ok ? NoticeBar::Kind::Info : NoticeBar::Kind::Warning, message);
        if (m_sampler)
            m_sampler->fetch(); // show what the action did now
    });

    auto *exportButton = new QToolButton(this);
    auto *exportAction = new QAction(QIcon::fromTheme(QStringLiteral("document-save-as")), tr("Export JSON…"), this);
    exportAction->setShortcut(QKeySequence::Save);
    exportAction->setToolTip(tr("Save these details as JSON (%1)").arg(QKeySequence(QKeySequence::Save).toString(QKeySequence::NativeText)));
    connect(exportAction, &QAction::triggered, this, &ProcessDetailsWindow::exportAs);
    exportButton->setDefaultAction(exportAction);
    exportButton->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);

    auto *bar = new QHBoxLayout;
    bar->addWidget(m_live, 1);
    bar->addWidget(refresh);
    bar->addWidget(act);
    bar->addWidget(exportButton);

    m_tabs = new QTabWidget(this);
    m_overview = browser(QStringLiteral("overview"));
    m_messagesView = browser(QStringLiteral("messages"));
    m_dictionary = browser(QStringLiteral("dictionary"));
    m_stack = browser(QStringLiteral("stack"));
    m_state = browser(QStringLiteral("state"));

    auto *messagesPage = new QWidget;
    auto *ml = new QVBoxLayout(messagesPage);
    ml->setContentsMargins(0, 0, 0, 0);
    m_readQueue = new QPushButton(tr("Read the First %1 Messages…").arg(MessagePreview), messagesPage);
    m_readQueue->setObjectName(QStringLiteral("readQueue"));
    m_readQueue->setVisible(false);
    connect(m_readQueue, &QPushButton::clicked, this, &ProcessDetailsWindow::confirmReadQueue);
    auto *reload = new QPushButton(tr("Read Again"), messagesPage);
    reload->setToolTip(tr("Read the first %1 messages again").arg(MessagePreview));
    connect(reload, &QPushButton::clicked, this, [this] { fetchMessages(false); });
    auto *mb = new QHBoxLayout;
    mb->addWidget(m_readQueue);
    mb->addStretch(1);
    mb->addWidget(reload);
    ml->addLayout(mb);
    ml->addWidget(m_messagesView, 1);

    auto *chartsPage = new QWidget;
    auto *cl = new QVBoxLayout(chartsPage);
    // Memory, reductions/s and queue length over the time the window is open, on one time axis
    // (zoom one, zoom all); hovering shows the exact values.
    m_link = new ChartTimeLink(this);
    m_link->setMaximumSpanMs(24 * 3600 * 1000);
    const ChartWidget::TimeRoles roles{ProcessHistoryModel::TimeRole, ProcessHistoryModel::RawValueRole,
                                       ProcessHistoryModel::MinRole, ProcessHistoryModel::MaxRole,
                                       ProcessHistoryModel::SamplesRole};
    struct Line
    {
        int column;
        QString title;
        MetricUnit unit;
    };
    const Line lines[] = {{ProcessHistoryModel::Memory, tr("Memory"), MetricUnit::Bytes},
                          {ProcessHistoryModel::ReductionsPerS, tr("Reductions/s"), MetricUnit::PerSecond},
                          {ProcessHistoryModel::MessageQueueLen, tr("Message queue"), MetricUnit::Count}};
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
    m_tabs->addTab(messagesPage, tr("&Messages"));
    m_tabs->addTab(m_dictionary, tr("&Dictionary"));
    m_tabs->addTab(m_stack, tr("Stack &Trace"));
    m_tabs->addTab(m_state, tr("&State"));
    m_tabs->addTab(chartsPage, tr("&Charts"));
    connect(m_tabs, &QTabWidget::currentChanged, this, [this](int index) {
        if (index == MessagesTab && !m_messagesAsked && !m_dead)
            fetchMessages(false);
    });

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_banner);
    layout->addLayout(bar);
    layout->addWidget(m_tabs, 1);
    resize(760, 640);

    if (session) {
        ProcessInspector *inspector = session->inspector();
        connect(inspector, &ProcessInspector::detailsReady, this, [this](const Term &p, const Term &d) {
            if (p == m_pid)
                onDetails(d);
        });
        connect(inspector, &ProcessInspector::messagesReady, this, [this](const Term &p, const Term &m) {
            if (p == m_pid)
                onMessages(m);
        });
        connect(inspector, &ProcessInspector::failed, this, [this](const Term &p, const QString &error) {
            if (p == m_pid)
                onFailed(error);
            else if (m_asked.removeOne(p))
                m_banner->showNotice(NoticeBar::Kind::Info, p.kind() == Term::Kind::Port
                                                                ? tr("Port %1 is closed.").arg(m_session->formatter().format(p))
                                                                : error);
        });
        connect(inspector, &ProcessInspector::nameResolved, this, [this](const Term &name, const Term &pid) {
            if (!m_asked.removeOne(name))
                return;
            if (pid.isPid())
                emit openProcess(pid);
            else
                m_banner->showNotice(NoticeBar::Kind::Info, tr("No process is registered as %1 now.").arg(name.atomName()));
        });
        connect(inspector, &ProcessInspector::portInfoReady, this, [this](const Term &port, const Term &info) {
            if (m_asked.removeOne(port))
                showPort(port, info);
        });
        // The session samples the process on every tick while this window lives.
        m_sampler = session->sampleProcess(pid, this);
        connect(m_sampler, &ProcessSampler::sampled, this, &ProcessDetailsWindow::onSample);
        connect(m_sampler, &ProcessSampler::exited, this, &ProcessDetailsWindow::setDead);
        connect(m_sampler, &ProcessSampler::failed, this, [this](const QString &error) {
            m_live->setText(tr("This process cannot be sampled from %1: %2").arg(m_node, error));
        });
        connect(session, &NodeSession::formatterChanged, this, [this] {
            render();
            updateTitle();
        });
        connect(session, &NodeSession::readOnlyChanged, this, [this] { updateLive(); });
        connect(session, &NodeSession::stateChanged, this, [this](NodeSession::State s) {
            if (s == NodeSession::State::Reconnecting || s == NodeSession::State::Disconnected)
                m_banner->showNotice(NoticeBar::Kind::Warning,
                                     tr("The connection to %1 is down; what is shown is the last data read.").arg(m_node));
            else if (s == NodeSession::State::Live && !m_dead) {
                m_banner->clear();
                refreshDetails();
            }
        });
    }
    m_overview->setHtml(QStringLiteral("<p>") + tr("Reading %1…").arg(m_pidText).toHtmlEscaped() + QStringLiteral("</p>"));
    updateTitle();
    updateLive();
    refreshDetails();
    if (m_sampler && session->isLive())
        m_sampler->fetch(); // the charts start now, not one interval later
}

ProcessDetailsWindow::~ProcessDetailsWindow() = default;

QMessageBox *ProcessDetailsWindow::queueConfirmation() const
{
    return m_queueConfirm;
}

QTextBrowser *ProcessDetailsWindow::browser(const QString &name)
{
    auto *b = new QTextBrowser;
    b->setObjectName(name);
    b->setOpenLinks(false);
    b->setOpenExternalLinks(false);
    connect(b, &QTextBrowser::anchorClicked, this, &ProcessDetailsWindow::openLink);
    return b;
}

void ProcessDetailsWindow::updateTitle()
{
    const QString who = m_name.isEmpty() ? m_pidText : m_name + QLatin1Char(' ') + m_pidText;
    setWindowTitle(m_dead ? tr("%1 — %2 (dead)").arg(who, m_node) : tr("%1 — %2").arg(who, m_node));
}

void ProcessDetailsWindow::updateLive()
{
    if (m_memory < 0) {
        m_live->setText(m_dead ? tr("Exited") : tr("Sampling…"));
        return;
    }
    const QString text = tr("Memory %1 · Reductions/s %2 · Queue %3 · %4")
                             .arg(Format::bytes(m_memory),
                                  m_reductionsPerS < 0 ? QStringLiteral("—") : Format::perSecond(m_reductionsPerS),
                                  Format::count(m_queue), m_dead ? tr("exited") : m_status);
    m_live->setText(text);
    m_live->setToolTip(tr("Memory %1, queue %2 messages; sampled every refresh")
                           .arg(Format::exactBytes(m_memory), QLocale().toString(m_queue)));
}

void ProcessDetailsWindow::refreshDetails()
{
    if (!m_session || !m_session->isLive())
        return;
    m_session->inspector()->fetchDetails(m_pid);
}

void ProcessDetailsWindow::fetchMessages(bool force)
{
    if (!m_session || !m_session->isLive())
        return;
    m_messagesAsked = true;
    if (!m_messages.isMap())
        m_messagesView->setHtml(QStringLiteral("<p>") + tr("Reading the messages…").toHtmlEscaped() + QStringLiteral("</p>"));
    m_session->inspector()->fetchMessages(m_pid, MessagePreview, force);
}

void ProcessDetailsWindow::confirmReadQueue()
{
    if (m_queueConfirm)
        return;
    const qint64 length = m_messages.isMap() ? m_messages.value("length").toInt() : m_queue;
    auto *box = new QMessageBox(QMessageBox::Question, tr("Read a long message queue"),
                                tr("Read the first %1 of %L2 messages of %3?").arg(MessagePreview).arg(length).arg(m_pidText),
                                QMessageBox::Cancel, this);
    box->setObjectName(QStringLiteral("queueConfirmation"));
    box->setInformativeText(
        tr("To read any of them the node copies the whole queue — all %L1 messages — into a list inside the process "
           "that reads it, so for a moment it needs about as much memory again as the messages take (the process uses "
           "%2 now), and the copy takes time in proportion. Only the first %3 are sent to Beamtop.")
            .arg(length)
            .arg(m_memory >= 0 ? Format::bytes(m_memory) : tr("an unknown amount"))
            .arg(MessagePreview));
    QPushButton *read = box->addButton(tr("Copy and Read"), QMessageBox::AcceptRole);
    read->setObjectName(QStringLiteral("readButton"));
    box->setDefaultButton(QMessageBox::Cancel);
    box->setAttribute(Qt::WA_DeleteOnClose);
    connect(box, &QMessageBox::buttonClicked, this, [this, read](QAbstractButton *b) {
        if (b == read)
            fetchMessages(true);
    });
    m_queueConfirm = box;
    box->open();
}

void ProcessDetailsWindow::onDetails(const Term &details)
{
    if (!details.value("alive").toBool()) {
        setDead();
        return;
    }
    m_details = details;
    const Term name = details.value("name");
    const TermFormatter f = m_session ? m_session->formatter() : TermFormatter();
    if (name.isAtom() && !name.isAtom("undefined"))
        m_name = f.atom(name.atomName());
    else if (name.isTaggedTuple("label", 2))
        m_name = name.at(1).toText();
    else
        m_name = ProcessDetailsHtml(f).function(details.value("initial_call"));
    if (m_memory < 0) {
        m_memory = details.value("memory").toInt();
        m_queue = details.value("message_queue_len").toInt();
        m_status = details.value("status").atomName();
    }
    updateTitle();
    updateLive();
    render();
    if (m_tabs->currentIndex() == MessagesTab && !m_messagesAsked)
        fetchMessages(false);
}

void ProcessDetailsWindow::onMessages(const Term &messages)
{
    if (!messages.value("alive").toBool(true)) {
        setDead();
        return;
    }
    m_messages = messages;
    m_readQueue->setVisible(messages.value("refused").toBool());
    render();
}

void ProcessDetailsWindow::onFailed(const QString &error)
{
    m_banner->showNotice(NoticeBar::Kind::Warning, tr("Could not read %1.").arg(m_pidText), error);
}

void ProcessDetailsWindow::render()
{
    const TermFormatter f = m_session ? m_session->formatter() : TermFormatter();
    const int wordSize = m_session && m_session->lastSample() ? int(m_session->lastSample()->wordsize) : 8;
    const ProcessDetailsHtml html(f, wordSize);
    auto set = [](QTextBrowser *b, const QString &h) {
        const int v = b->verticalScrollBar()->value();
        b->setHtml(h);
        b->verticalScrollBar()->setValue(v); // a refresh keeps the place
    };
    if (m_details.isMap()) {
        renderOverview();
        set(m_dictionary, html.dictionary(m_details));
        set(m_stack, html.stack(m_details));
        set(m_state, html.state(m_details));
    }
    if (m_messages.isMap())
        set(m_messagesView, html.messages(m_messages));
}

void ProcessDetailsWindow::renderOverview()
{
    const TermFormatter f = m_session ? m_session->formatter() : TermFormatter();
    const int wordSize = m_session && m_session->lastSample() ? int(m_session->lastSample()->wordsize) : 8;
    const int v = m_overview->verticalScrollBar()->value();
    m_overview->setHtml(ProcessDetailsHtml(f, wordSize).overview(m_details, m_reductionsPerS));
    m_overview->verticalScrollBar()->setValue(v);
}

void ProcessDetailsWindow::onSample(const ProcessSample &s)
{
    m_reductionsPerS = s.reductionsPerS;
    m_memory = s.memory;
    m_queue = s.messageQueueLen;
    m_status = s.status;
    m_history->addSample(s.timeMs, m_memory, m_reductionsPerS, m_queue);
    m_link->setData(m_history->index(0, 0).data(ProcessHistoryModel::TimeRole).toLongLong(),
                    m_history->index(m_history->rowCount() - 1, 0).data(ProcessHistoryModel::TimeRole).toLongLong());
    updateLive();
    // The overview's reductions/s is the live one; leave a selection alone.
    if (m_details.isMap() && !m_overview->textCursor().hasSelection())
        renderOverview();
}

void ProcessDetailsWindow::setDead()
{
    if (m_dead)
        return;
    m_dead = true;
    m_readQueue->setVisible(false);
    updateTitle();
    updateLive();
    m_banner->showNotice(NoticeBar::Kind::Warning,
                         tr("%1 has exited (noticed at %2).").arg(m_pidText, QTime::currentTime().toString(QStringLiteral("HH:mm:ss"))),
                         m_details.isMap() ? tr("What is shown is its last data.") : tr("It was gone before its details could be read."));
    emit dead();
}

void ProcessDetailsWindow::openLink(const QUrl &url)
{
    const Term t = ProcessDetailsHtml::target(url);
    if (t.isPid()) {
        emit openProcess(t);
    } else if (t.kind() == Term::Kind::Port && m_session && m_session->agent()->can("port_details")) {
        // The port's own window: everything the Network page's details show, live.
        auto *w = new PortDetailsWindow(m_session, t, QString(), this);
        connect(w, &PortDetailsWindow::openProcess, this, &ProcessDetailsWindow::openProcess);
        w->show();
    } else if (t.kind() == Term::Kind::Port && m_session) {
        // An older agent: port_info/1 answers a short fixed list (name, links, id, connected,
        // input, output, os_pid).
        m_asked.append(t);
        m_session->inspector()->fetchPortInfo(t);
    } else if (t.isAtom() && m_session) {
        // A registered name: whichever process holds it now.
        m_asked.append(t);
        m_session->inspector()->lookupName(t);
    }
}

void ProcessDetailsWindow::showPort(const Term &port, const Term &info)
{
    if (!m_session)
        return;
    const TermFormatter f = m_session->formatter();
    const QString text = f.format(port);
    auto *w = new QTextBrowser;
    w->setAttribute(Qt::WA_DeleteOnClose);
    w->setWindowFlag(Qt::Window);
    w->setParent(this, Qt::Window);
    w->setObjectName(QStringLiteral("portInfo"));
    w->setWindowTitle(tr("%1 — %2").arg(text, m_node));
    w->setOpenLinks(false);
    connect(w, &QTextBrowser::anchorClicked, this, &ProcessDetailsWindow::openLink);
    const ProcessDetailsHtml html(f);
    QString h = QStringLiteral("<table cellpadding=\"3\">");
    for (const Term &kv : info.elements()) {
        if (kv.isTuple(2))
            h += QStringLiteral("<tr><td><b>%1</b></td><td>%2</td></tr>").arg(kv.at(0).atomName().toHtmlEscaped(), html.term(kv.at(1)));
    }
    w->setHtml(h + QStringLiteral("</table>"));
    w->resize(420, 300);
    w->show();
}

QString ProcessDetailsWindow::tabText(Tab tab) const
{
    switch (tab) {
    case OverviewTab: return m_overview->toPlainText();
    case MessagesTab: return m_messagesView->toPlainText();
    case DictionaryTab: return m_dictionary->toPlainText();
    case StackTab: return m_stack->toPlainText();
    case StateTab: return m_state->toPlainText();
    case ChartsTab: return {};
    }
    return {};
}

bool ProcessDetailsWindow::exportTo(const QString &path, QString *error) const
{
    const TermFormatter f = m_session ? m_session->formatter() : TermFormatter();
    QJsonObject o;
    o.insert(QStringLiteral("node"), m_node);
    o.insert(QStringLiteral("pid"), m_pidText);
    o.insert(QStringLiteral("exported_at"), QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs));
    o.insert(QStringLiteral("alive"), !m_dead);
    o.insert(QStringLiteral("details"), m_details.isMap() ? termToJson(m_details, f) : QJsonValue(QJsonValue::Null));
    if (m_messages.isMap())
        o.insert(QStringLiteral("messages"), termToJson(m_messages, f));
    return ExportFile::writeAll(path, QJsonDocument(o).toJson(QJsonDocument::Indented), error);
}

void ProcessDetailsWindow::exportAs()
{
    const QString dir = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    QString name = m_pidText;
    name.remove(QLatin1Char('<')).remove(QLatin1Char('>')).remove(QLatin1Char('#'));
    const QString path = FileChooser::askSavePath(this, tr("Export process details"),
                                                 dir + QStringLiteral("/process-") + name + QStringLiteral(".json"),
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
