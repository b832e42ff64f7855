// SPDX-License-Identifier: GPL-3.0-or-later
#include "processdetailswindow.h"

#include "collect/processinspector.h"
#include "collect/termjson.h"
#include "format.h"
#include "session/nodesession.h"
#include "noticebar.h"
#include "portdetailswindow.h"
#include "processactions.h"
#include "processdetailshtml.h"
#include "processhistorymodel.h"

#include <QAction>
#include <QHBoxLayout>
#include <QJsonObject>
#include <QLabel>
#include <QMenu>
#include <QMessageBox>
#include <QPushButton>
#include <QScrollBar>
#include <QTabWidget>
#include <QTextBrowser>
#include <QTime>
#include <QToolButton>
#include <QVBoxLayout>

namespace beamtop {

namespace {
constexpr int MessagePreview = 100;
constexpr qint64 LargeQueue = 10000; // the agent refuses to copy more without force
} // namespace

ProcessDetailsWindow::ProcessDetailsWindow(NodeSession *session, const Term &pid, const QString &description, QWidget *parent)
    : DetailsWindow(session, texts(), parent), m_pid(pid), m_history(new ProcessHistoryModel(this)),
      m_actions(new ProcessActions(this))
{
    const TermFormatter f = session ? session->formatter() : TermFormatter();
    m_pidText = f.format(pid);
    m_name = description.endsWith(m_pidText) ? description.chopped(m_pidText.size()).trimmed() : description;
    m_actions->setSession(session);

    auto *act = new QToolButton(this);
    act->setText(tr("Process"));
    act->setObjectName(QStringLiteral("processActions"));
    act->setToolButtonStyle(Qt::ToolButtonTextOnly);
    act->setPopupMode(QToolButton::InstantPopup);
    auto *menu = new QMenu(act);
    connect(menu, &QMenu::aboutToShow, this, [this, menu] {
        menu->clear();
        m_actions->addTo(menu, m_pid, m_name.isEmpty() ? m_pidText : m_name + QLatin1Char(' ') + m_pidText);
        if (isDead()) {
            for (QAction *a : menu->actions())
                a->setEnabled(false);
        }
    });
    act->setMenu(menu);
    addBarWidget(act);
    connect(m_actions, &ProcessActions::finished, this, [this](bool ok, const QString &message) {
        banner()->showNotice(ok ? NoticeBar::Kind::Info : NoticeBar::Kind::Warning, message);
        if (m_sampler)
            m_sampler->fetch(); // show what the action did now
    });

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

    // Memory, reductions/s and queue length over the time the window is open.
    QWidget *chartsPage = createCharts(m_history, {{ProcessHistoryModel::Memory, tr("Memory"), MetricUnit::Bytes},
                                                   {ProcessHistoryModel::ReductionsPerS, tr("Reductions/s"), MetricUnit::PerSecond},
                                                   {ProcessHistoryModel::MessageQueueLen, tr("Message queue"), MetricUnit::Count}});

    tabs()->addTab(m_overview, tr("&Overview"));
    tabs()->addTab(messagesPage, tr("&Messages"));
    tabs()->addTab(m_dictionary, tr("&Dictionary"));
    tabs()->addTab(m_stack, tr("Stack &Trace"));
    tabs()->addTab(m_state, tr("&State"));
    tabs()->addTab(chartsPage, tr("&Charts"));
    connect(tabs(), &QTabWidget::currentChanged, this, [this](int index) {
        if (index == MessagesTab && !m_messagesAsked && !isDead())
            fetchMessages(false);
    });

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
                banner()->showNotice(NoticeBar::Kind::Info, p.kind() == Term::Kind::Port
                                                                ? tr("Port %1 is closed.").arg(this->session()->formatter().format(p))
                                                                : error);
        });
        connect(inspector, &ProcessInspector::nameResolved, this, [this](const Term &name, const Term &pid) {
            if (!m_asked.removeOne(name))
                return;
            if (pid.isPid())
                emit openProcess(pid);
            else
                banner()->showNotice(NoticeBar::Kind::Info, tr("No process is registered as %1 now.").arg(name.atomName()));
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
            liveLabel()->setText(tr("This process cannot be sampled from %1: %2").arg(node(), error));
        });
        connect(session, &NodeSession::readOnlyChanged, this, [this] { updateLive(); });
    }
    m_overview->setHtml(QStringLiteral("<p>") + tr("Reading %1…").arg(m_pidText).toHtmlEscaped() + QStringLiteral("</p>"));
    updateTitle();
    updateLive();
    refreshDetails();
    if (m_sampler && session->isLive())
        m_sampler->fetch(); // the charts start now, not one interval later
}

ProcessDetailsWindow::~ProcessDetailsWindow() = default;

DetailsWindow::Texts ProcessDetailsWindow::texts()
{
    Texts t;
    t.objectName = QStringLiteral("processDetails");
    t.idKey = QStringLiteral("pid");
    t.endedTitle = tr("%1 — %2 (dead)");
    t.endedBanner = tr("%1 has exited (noticed at %2).");
    t.exportCaption = tr("Export process details");
    t.exportStem = QStringLiteral("process");
    return t;
}

QMessageBox *ProcessDetailsWindow::queueConfirmation() const
{
    return m_queueConfirm;
}

void ProcessDetailsWindow::updateTitle()
{
    setTitleFor(m_name.isEmpty() ? m_pidText : m_name + QLatin1Char(' ') + m_pidText);
}

void ProcessDetailsWindow::updateLive()
{
    QLabel *live = liveLabel();
    if (m_memory < 0) {
        live->setText(isDead() ? tr("Exited") : tr("Sampling…"));
        return;
    }
    const QString text = tr("Memory %1 · Reductions/s %2 · Queue %3 · %4")
                             .arg(Format::bytes(m_memory),
                                  m_reductionsPerS < 0 ? QStringLiteral("—") : Format::perSecond(m_reductionsPerS),
                                  Format::count(m_queue), isDead() ? tr("exited") : m_status);
    live->setText(text);
    live->setToolTip(tr("Memory %1, queue %2 messages; sampled every refresh")
                           .arg(Format::exactBytes(m_memory), QLocale().toString(m_queue)));
}

void ProcessDetailsWindow::refreshDetails()
{
    if (!session() || !session()->isLive())
        return;
    session()->inspector()->fetchDetails(m_pid);
}

void ProcessDetailsWindow::fetchMessages(bool force)
{
    if (!session() || !session()->isLive())
        return;
    m_messagesAsked = true;
    if (!m_messages.isMap())
        m_messagesView->setHtml(QStringLiteral("<p>") + tr("Reading the messages…").toHtmlEscaped() + QStringLiteral("</p>"));
    session()->inspector()->fetchMessages(m_pid, MessagePreview, force);
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
    const TermFormatter f = session() ? session()->formatter() : TermFormatter();
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
    if (tabs()->currentIndex() == MessagesTab && !m_messagesAsked)
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
    banner()->showNotice(NoticeBar::Kind::Warning, tr("Could not read %1.").arg(m_pidText), error);
}

ProcessDetailsHtml ProcessDetailsWindow::html() const
{
    NodeSession *s = session();
    return ProcessDetailsHtml(s ? s->formatter() : TermFormatter(), s && s->lastSample() ? int(s->lastSample()->wordsize) : 8);
}

void ProcessDetailsWindow::render()
{
    const ProcessDetailsHtml h = html();
    if (m_details.isMap()) {
        renderOverview();
        setKeepingPlace(m_dictionary, h.dictionary(m_details));
        setKeepingPlace(m_stack, h.stack(m_details));
        setKeepingPlace(m_state, h.state(m_details));
    }
    if (m_messages.isMap())
        setKeepingPlace(m_messagesView, h.messages(m_messages));
}

void ProcessDetailsWindow::renderOverview()
{
    setKeepingPlace(m_overview, html().overview(m_details, m_reductionsPerS));
}

void ProcessDetailsWindow::onSample(const ProcessSample &s)
{
    m_reductionsPerS = s.reductionsPerS;
    m_memory = s.memory;
    m_queue = s.messageQueueLen;
    m_status = s.status;
    m_history->addSample(s.timeMs, m_memory, m_reductionsPerS, m_queue);
    historyGrew();
    updateLive();
    // The overview's reductions/s is the live one; leave a selection alone.
    if (m_details.isMap() && !m_overview->textCursor().hasSelection())
        renderOverview();
}

void ProcessDetailsWindow::setDead()
{
    if (!markEnded(m_details.isMap()))
        return;
    m_readQueue->setVisible(false);
    updateTitle();
    updateLive();
    emit dead();
}

void ProcessDetailsWindow::openLink(const QUrl &url)
{
    const Term t = ProcessDetailsHtml::target(url);
    if (t.isPid()) {
        emit openProcess(t);
    } else if (t.kind() == Term::Kind::Port && session() && session()->agent()->can("port_details")) {
        // The port's own window: everything the Network page's details show, live.
        auto *w = new PortDetailsWindow(session(), t, QString(), this);
        connect(w, &PortDetailsWindow::openProcess, this, &ProcessDetailsWindow::openProcess);
        w->show();
    } else if (t.kind() == Term::Kind::Port && session()) {
        // An older agent: port_info/1 answers a short fixed list (name, links, id, connected,
        // input, output, os_pid).
        m_asked.append(t);
        session()->inspector()->fetchPortInfo(t);
    } else if (t.isAtom() && session()) {
        // A registered name: whichever process holds it now.
        m_asked.append(t);
        session()->inspector()->lookupName(t);
    }
}

void ProcessDetailsWindow::showPort(const Term &port, const Term &info)
{
    if (!session())
        return;
    const TermFormatter f = session()->formatter();
    const QString text = f.format(port);
    auto *w = new QTextBrowser;
    w->setAttribute(Qt::WA_DeleteOnClose);
    w->setWindowFlag(Qt::Window);
    w->setParent(this, Qt::Window);
    w->setObjectName(QStringLiteral("portInfo"));
    w->setWindowTitle(tr("%1 — %2").arg(text, node()));
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

void ProcessDetailsWindow::writeJson(QJsonObject &o) const
{
    const TermFormatter f = session() ? session()->formatter() : TermFormatter();
    o.insert(QStringLiteral("details"), m_details.isMap() ? termToJson(m_details, f) : QJsonValue(QJsonValue::Null));
    if (m_messages.isMap())
        o.insert(QStringLiteral("messages"), termToJson(m_messages, f));
}

} // namespace beamtop
