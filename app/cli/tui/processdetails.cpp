// SPDX-License-Identifier: GPL-3.0-or-later
#include "processdetails.h"

#include "processactionkeys.h"
#include "tuiparts.h"
#include "tuiscreen.h"

#include "collect/processinspector.h"
#include "format.h"
#include "session/nodesession.h"

#include <QDateTime>
#include <QLocale>

namespace beamtop::tui {

namespace {
constexpr int MessagePreview = 100;  // the agent's cap on a queue preview, as the desktop asks
constexpr qint64 LargeQueue = 10000; // the agent refuses to copy more without force
constexpr int LabelWidth = 20;

// text cut into pieces of at most width cells, after a space or a comma where one is near the end.
QStringList wrap(const QString &text, int width)
{
    QStringList out;
    if (width <= 0)
        return out;
    const QStringList paragraphs = text.split(QLatin1Char('\n'));
    for (const QString &paragraph : paragraphs) {
        QString rest = paragraph;
        while (Terminal::width(rest) > width) {
            // The most characters that fit (wide characters take two cells).
            int fit = 0, cells = 0;
            while (fit < rest.size()) {
                const int n = rest.at(fit).isHighSurrogate() && fit + 1 < rest.size() ? 2 : 1; // a pair stays whole
                const int w = Terminal::width(rest.mid(fit, n));
                if (cells + w > width)
                    break;
                cells += w;
                fit += n;
            }
            fit = qMax(1, fit);
            // After the last space or comma in the second half of the line (terms have commas).
            int cut = fit;
            for (int i = fit - 1; i > fit / 2; --i) {
                if (rest.at(i) == QLatin1Char(' ') || rest.at(i) == QLatin1Char(',')) {
                    cut = i + 1;
                    break;
                }
            }
            out << rest.left(cut);
            rest = rest.mid(cut);
        }
        out << rest;
    }
    return out;
}
} // namespace

ProcessDetails::ProcessDetails(TuiScreen *screen, NodeSession *session, const Term &pid, const QString &description)
    : TuiPage(screen), m_sessionGuard(session), m_pid(pid), m_actions(new ProcessActionKeys(screen, this))
{
    TuiPage::setSession(session);
    m_actions->setSession(session);
    const TermFormatter f = session ? session->formatter() : TermFormatter();
    m_pidText = f.format(pid);
    m_name = description.endsWith(m_pidText) ? description.chopped(m_pidText.size()).trimmed() : description;
    connect(m_actions, &ProcessActionKeys::done, this, [this] {
        if (m_sampler)
            m_sampler->fetch(); // show what the action did now
        refreshDetails();
    });
    if (!session)
        return;
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
        if (p != m_pid)
            return;
        m_problem = tr("Could not read %1: %2").arg(m_pidText, error);
        emit changed();
    });
    // The session samples the process on every tick while this overlay lives.
    m_sampler = session->sampleProcess(pid, this);
    connect(m_sampler, &ProcessSampler::sampled, this, &ProcessDetails::onSample);
    connect(m_sampler, &ProcessSampler::exited, this, &ProcessDetails::setDead);
    connect(m_sampler, &ProcessSampler::failed, this, [this](const QString &error) {
        m_problem = tr("This process cannot be sampled: %1").arg(error);
        emit changed();
    });
    connect(session, &NodeSession::stateChanged, this, [this](NodeSession::State s) {
        if (s == NodeSession::State::Live && !m_dead) {
            m_problem.clear();
            refreshDetails();
        }
        emit changed();
    });
    connect(session, &NodeSession::formatterChanged, this, &TuiPage::changed);
    connect(session, &QObject::destroyed, this, [this] {
        if (isShown())
            this->screen()->closeOverlay(); // nothing left to show it from
    });
    refreshDetails();
    if (session->isLive())
        m_sampler->fetch(); // the live figures now, not one interval later
}

ProcessDetails::~ProcessDetails() = default;

void ProcessDetails::setSession(NodeSession *session)
{
    TuiPage::setSession(session);
    // Another session (--demo's, say) is another node: this process is not on it.
    if (session != m_sessionGuard && isShown())
        screen()->closeOverlay();
}

QString ProcessDetails::title() const
{
    return m_name.isEmpty() ? m_pidText : m_name + QLatin1Char(' ') + m_pidText;
}

QString ProcessDetails::tabName(Tab tab)
{
    switch (tab) {
    case OverviewTab: return tr("Overview");
    case MessagesTab: return tr("Messages");
    case DictionaryTab: return tr("Dictionary");
    case StackTab: return tr("Stack trace");
    case StateTab: return tr("State");
    case TabCount: break;
    }
    return {};
}

void ProcessDetails::refreshDetails()
{
    if (!m_sessionGuard || !m_sessionGuard->isLive() || m_dead)
        return;
    m_sessionGuard->inspector()->fetchDetails(m_pid);
    if (m_messagesAsked)
        fetchMessages(false);
}

void ProcessDetails::fetchMessages(bool force)
{
    if (!m_sessionGuard || !m_sessionGuard->isLive() || m_dead)
        return;
    m_messagesAsked = true;
    m_sessionGuard->inspector()->fetchMessages(m_pid, MessagePreview, force);
}

void ProcessDetails::setTab(Tab tab)
{
    if (tab < 0 || tab >= TabCount)
        return;
    m_tab = tab;
    if (tab == MessagesTab && !m_messagesAsked && m_details.isMap())
        fetchMessages(false);
    emit changed();
}

void ProcessDetails::onDetails(const Term &details)
{
    if (!details.value("alive").toBool()) {
        setDead();
        return;
    }
    m_details = details;
    m_problem.clear();
    const Term name = details.value("name");
    const TermFormatter f = m_sessionGuard ? m_sessionGuard->formatter() : TermFormatter();
    if (name.isAtom() && !name.isAtom("undefined"))
        m_name = f.atom(name.atomName());
    else if (name.isTaggedTuple("label", 2))
        m_name = name.at(1).toText();
    else
        m_name = f.call(details.value("initial_call"));
    if (m_memory < 0) {
        m_memory = details.value("memory").toInt();
        m_queue = details.value("message_queue_len").toInt();
        m_status = details.value("status").atomName();
    }
    if (m_tab == MessagesTab && !m_messagesAsked)
        fetchMessages(false);
    emit changed();
}

void ProcessDetails::onMessages(const Term &messages)
{
    if (!messages.value("alive").toBool(true)) {
        setDead();
        return;
    }
    m_messages = messages;
    emit changed();
}

void ProcessDetails::onSample(const ProcessSample &s)
{
    m_reductionsPerS = s.reductionsPerS;
    m_memory = s.memory;
    m_queue = s.messageQueueLen;
    m_status = s.status;
    emit changed();
}

void ProcessDetails::setDead()
{
    if (m_dead)
        return;
    m_dead = true;
    m_deadAt = QLocale().toString(QTime::currentTime(), QStringLiteral("HH:mm:ss"));
    emit changed();
}

void ProcessDetails::confirmReadQueue()
{
    const qint64 length = m_messages.isMap() ? m_messages.value("length").toInt() : m_queue;
    screen()->confirm(tr("Read the first %1 of %2 messages of %3? The node copies the whole queue first (the process uses %4).")
                          .arg(MessagePreview)
                          .arg(Format::count(length), m_pidText,
                               m_memory >= 0 ? Format::bytes(m_memory) : tr("an unknown amount")),
                      [this](bool yes) {
                          if (yes)
                              fetchMessages(true);
                      });
}

QString ProcessDetails::liveText() const
{
    if (m_memory < 0)
        return m_dead ? tr("exited") : tr("sampling…");
    return tr("memory %1 · reductions/s %2 · queue %3 · %4")
        .arg(Format::bytes(m_memory), m_reductionsPerS < 0 ? QStringLiteral("—") : Format::perSecond(m_reductionsPerS),
             Format::count(m_queue), m_dead ? tr("exited") : m_status);
}

QString ProcessDetails::function(const Term &mfa) const
{
    if (mfa.isAtom("undefined") || mfa.isError())
        return QStringLiteral("—");
    const TermFormatter f = m_sessionGuard ? m_sessionGuard->formatter() : TermFormatter();
    return f.call(mfa);
}

void ProcessDetails::cappedList(QVector<Line> &out, const QString &title, const Term &capped, bool monitors) const
{
    const TermFormatter f = m_sessionGuard ? m_sessionGuard->formatter() : TermFormatter();
    const QVector<Term> items = capped.value("items").elements();
    const qint64 more = capped.value("more").toInt();
    QStringList texts;
    for (const Term &item : items) {
        // Monitors are {process, Pid}, {process, {Name, Node}} or {port, Port}: the target.
        texts << f.format(monitors && item.isTuple(2) ? item.at(1) : item);
    }
    if (more > 0)
        texts << tr("%1 more").arg(Format::count(more));
    out.append({tr("%1 (%2)").arg(title, Format::count(qint64(items.size()) + more)),
                texts.isEmpty() ? tr("none") : texts.join(QStringLiteral(", ")), Role::Normal});
}

QVector<ProcessDetails::Line> ProcessDetails::overviewLines() const
{
    QVector<Line> out;
    const Term &d = m_details;
    const TermFormatter f = m_sessionGuard ? m_sessionGuard->formatter() : TermFormatter();
    const QLocale loc;
    auto section = [&](const QString &title) { out.append({QString(), title, Role::Header}); };
    auto row = [&](const QString &label, const QString &value) { out.append({label, value, Role::Normal}); };

    section(tr("Process"));
    row(tr("Pid"), d.value("pid_text").toText());
    const Term name = d.value("name");
    if (name.isAtom() && !name.isAtom("undefined"))
        row(tr("Registered name"), f.atom(name.atomName()));
    else if (name.isTaggedTuple("label", 2))
        row(tr("Label"), name.at(1).toText());
    row(tr("Initial call"), function(d.value("initial_call")));
    if (d.value("raw_initial_call") != d.value("initial_call"))
        row(tr("Spawned as"), function(d.value("raw_initial_call")));
    row(tr("Current function"), function(d.value("current_function")));
    const Term app = d.value("application");
    row(tr("Application"), app.isAtom() && !app.isAtom("undefined") ? f.atom(app.atomName()) : QStringLiteral("—"));
    row(tr("Status"), m_dead ? tr("exited") : d.value("status").atomName());
    row(tr("Priority"), d.value("priority").atomName());
    row(tr("Traps exits"), d.value("trap_exit").toBool() ? tr("yes") : tr("no"));
    row(tr("Group leader"), f.format(d.value("group_leader")));

    section(tr("Work"));
    row(tr("Reductions"), Format::count(d.value("reductions").toInt()));
    row(tr("Reductions/s"), m_reductionsPerS < 0 ? tr("measured from the second sample") : Format::perSecond(m_reductionsPerS));
    row(tr("Message queue"), Format::count(d.value("message_queue_len").toInt()));

    section(tr("Memory"));
    const qint64 memory = d.value("memory").toInt();
    row(tr("Memory"), tr("%1 (%2)").arg(Format::bytes(memory), Format::exactBytes(memory)));
    const int wordSize = m_sessionGuard && m_sessionGuard->lastSample() ? int(m_sessionGuard->lastSample()->wordsize) : 8;
    auto words = [&](const char *key) {
        const qint64 w = d.value(key).toInt();
        return tr("%1 (%2 words)").arg(Format::bytes(w * qMax(1, wordSize)), Format::count(w));
    };
    row(tr("Heap size"), words("heap_size"));
    row(tr("Stack size"), words("stack_size"));
    row(tr("Total heap size"), words("total_heap_size"));
    row(tr("Binaries"), tr("%1 in %2 binaries").arg(Format::bytes(d.value("binary_memory").toInt()),
                                                     Format::count(d.value("binary_count").toInt())));
    const QVector<Term> largest = d.value("largest_binaries").elements();
    for (int i = 0; i < largest.size(); ++i) {
        const Term &b = largest.at(i);
        row(i == 0 ? tr("Largest binaries") : QString(),
            tr("%1, %2 references").arg(Format::bytes(b.value("size").toInt()), Format::count(b.value("refc").toInt())));
    }

    section(tr("Garbage collection"));
    for (const char *key : {"garbage_collection", "garbage_collection_info"}) {
        const QVector<Term> items = d.value(key).elements();
        for (const Term &kv : items) {
            if (kv.isTuple(2) && kv.at(0).isAtom())
                row(kv.at(0).atomName(), kv.at(1).isInteger() ? loc.toString(kv.at(1).toInt()) : f.format(kv.at(1)));
        }
    }

    section(tr("Links and monitors"));
    cappedList(out, tr("Links"), d.value("links"), false);
    cappedList(out, tr("Monitors"), d.value("monitors"), true);
    cappedList(out, tr("Monitored by"), d.value("monitored_by"), false);
    return out;
}

QVector<ProcessDetails::Line> ProcessDetails::messageLines() const
{
    const Term &m = m_messages;
    if (!m.isMap())
        return {{QString(), m_dead ? tr("The process has exited; its messages are gone.") : tr("Reading the messages…"), Role::Dim}};
    if (!m.value("alive").toBool(true))
        return {{QString(), tr("The process has exited; its messages are gone."), Role::Dim}};
    const qint64 length = m.value("length").toInt();
    if (m.value("refused").toBool())
        return {{QString(),
                 tr("The queue holds %1 messages. Reading it makes the node copy every one of them (the process's memory, "
                    "roughly doubled for a moment), so Beamtop asks first. Only the first %2 are sent either way. "
                    "Press f to read them.")
                     .arg(Format::count(length))
                     .arg(MessagePreview),
                 Role::Warning}};
    const QVector<Term> msgs = m.value("messages").elements();
    if (msgs.isEmpty())
        return {{QString(), tr("The message queue is empty."), Role::Dim}};
    const TermFormatter f = m_sessionGuard ? m_sessionGuard->formatter() : TermFormatter();
    QVector<Line> out;
    out.append({QString(), tr("The first %1 of %2 messages, each cut to a readable size.")
                               .arg(Format::count(qint64(msgs.size())), Format::count(length)),
                Role::Dim});
    for (int i = 0; i < msgs.size(); ++i)
        out.append({QString::number(i + 1), f.format(msgs.at(i)), Role::Normal});
    return out;
}

QVector<ProcessDetails::Line> ProcessDetails::dictionaryLines() const
{
    const Term dict = m_details.value("dictionary");
    const QVector<Term> items = dict.value("items").elements();
    const qint64 more = dict.value("more").toInt();
    if (items.isEmpty())
        return {{QString(), tr("The process dictionary is empty."), Role::Dim}};
    const TermFormatter f = m_sessionGuard ? m_sessionGuard->formatter() : TermFormatter();
    QVector<Line> out;
    for (const Term &kv : items) {
        if (kv.isTuple(2))
            out.append({f.format(kv.at(0)), f.format(kv.at(1)), Role::Normal});
    }
    if (more > 0)
        out.append({QString(), tr("%1 more entries not shown").arg(Format::count(more)), Role::Dim});
    return out;
}

QVector<ProcessDetails::Line> ProcessDetails::stackLines() const
{
    const QVector<Term> frames = m_details.value("stacktrace").elements();
    if (frames.isEmpty())
        return {{QString(), tr("No stack trace."), Role::Dim}};
    QVector<Line> out;
    for (const Term &fr : frames) {
        if (!fr.isTuple(4))
            continue;
        const Term loc = fr.at(3);
        QString where;
        if (loc.isTuple(2) && !loc.at(0).isAtom("undefined")) {
            where = loc.at(0).toText();
            if (loc.at(1).isInteger())
                where += QLatin1Char(':') + QString::number(loc.at(1).toInt());
        }
        out.append({QString(), function(Term::tuple({fr.at(0), fr.at(1), fr.at(2)})), Role::Normal});
        if (!where.isEmpty())
            out.append({QString(), QStringLiteral("    ") + where, Role::Dim});
    }
    return out;
}

QVector<ProcessDetails::Line> ProcessDetails::stateLines() const
{
    const Term st = m_details.value("state");
    if (st.isTaggedTuple("ok", 2)) {
        const TermFormatter f = m_sessionGuard ? m_sessionGuard->formatter() : TermFormatter();
        return {{QString(), f.format(st.at(1)), Role::Normal}};
    }
    const QString reason = st.isTuple(2) ? st.at(1).atomName() : QString();
    QString why;
    if (reason == QLatin1String("not_otp"))
        why = tr("Not available: this process was not started by proc_lib (it is not a gen_server, gen_statem or other OTP "
                 "behaviour), so it does not answer system messages. Asking would leave a message in its queue for ever.");
    else if (reason == QLatin1String("timeout"))
        why = tr("Not available: the process did not answer sys:get_state within a second. It may be busy, blocked in a "
                 "call, or suspended.");
    else if (reason == QLatin1String("no_state"))
        why = tr("Not available: the process does not handle sys:get_state (it has no state to give).");
    else
        why = tr("Not available.");
    return {{QString(), why, Role::Dim}};
}

QVector<ProcessDetails::Line> ProcessDetails::lines(Tab tab) const
{
    if (tab == MessagesTab)
        return messageLines();
    if (!m_details.isMap())
        return {{QString(), m_dead ? tr("%1 has exited.").arg(m_pidText) : tr("Reading %1…").arg(m_pidText), Role::Dim}};
    switch (tab) {
    case OverviewTab: return overviewLines();
    case DictionaryTab: return dictionaryLines();
    case StackTab: return stackLines();
    case StateTab: return stateLines();
    case MessagesTab:
    case TabCount: break;
    }
    return {};
}

QStringList ProcessDetails::tabText(Tab tab) const
{
    QStringList out;
    const QVector<Line> ls = lines(tab);
    for (const Line &l : ls)
        out << (l.label.isEmpty() ? l.value : l.label + QStringLiteral(": ") + l.value);
    return out;
}

void ProcessDetails::render(Terminal &t, const QRect &area)
{
    if (area.width() <= 0 || area.height() <= 0)
        return;
    const int x = area.left(), w = area.width();
    int y = area.top();
    // The process and its live figures.
    TuiParts::titleLine(t, x, y++, w, tr("Process %1").arg(title()), {liveText()});

    // What is wrong: exited, the link down, a read that failed.
    QString problem;
    if (m_dead)
        problem = tr("%1 has exited (noticed at %2); what is shown is the last data read.").arg(m_pidText, m_deadAt);
    else if (m_sessionGuard && !m_sessionGuard->isLive())
        problem = TuiParts::waitingText(m_sessionGuard, QString());
    else if (!m_problem.isEmpty())
        problem = m_problem;
    if (!problem.isEmpty() && y <= area.bottom())
        t.text(x, y++, problem, Role::Warning, w);

    // The tabs, the current one marked.
    if (y > area.bottom())
        return;
    m_tabsY = y;
    m_tabCells.clear();
    int tx = x;
    for (int i = 0; i < TabCount; ++i) {
        const QString label = QLatin1Char(' ') + tabName(Tab(i)) + QLatin1Char(' ');
        const int cells = t.text(tx, y, label, i == m_tab ? Role::TopBarActive : Role::TopBar, qMax(0, x + w - tx));
        m_tabCells.append({tx, tx + cells});
        tx += cells;
        if (tx >= x + w)
            break;
    }
    if (tx < x + w)
        t.fill(tx, y, x + w - tx, 1, Role::TopBar);
    ++y;
    if (y > area.bottom())
        return;

    // The tab's lines, wrapped to the width, from the scroll position.
    const QVector<Line> ls = lines(m_tab);
    // The labels' column as wide as this tab's widest label (a message's number is narrow).
    int labelWidth = 0;
    for (const Line &l : ls)
        labelWidth = qMax(labelWidth, Terminal::width(l.label));
    labelWidth = qMin(qMin(labelWidth, LabelWidth), w / 3);
    struct Row
    {
        QString label, text;
        Role role;
        bool valueColumn; // a labelled value (or its continuation): drawn right of the labels
    };
    QVector<Row> rows;
    for (const Line &l : ls) {
        if (l.label.isEmpty()) {
            const QStringList parts = wrap(l.value, w);
            for (const QString &p : parts)
                rows.append({QString(), p, l.role, false});
            continue;
        }
        const QStringList parts = wrap(l.value, qMax(1, w - labelWidth - 1));
        for (int i = 0; i < parts.size(); ++i)
            rows.append({i == 0 ? l.label : QString(), parts.at(i), l.role, true});
    }
    m_pageRows = qMax(1, area.bottom() - y + 1);
    m_maxScroll = qMax(0, int(rows.size()) - m_pageRows);
    int &scroll = m_scroll[m_tab];
    scroll = qBound(0, scroll, m_maxScroll);
    for (int i = scroll; i < rows.size() && y <= area.bottom(); ++i, ++y) {
        const Row &r = rows.at(i);
        if (!r.valueColumn) {
            t.text(x, y, r.text, r.role, w);
            continue;
        }
        if (!r.label.isEmpty())
            t.text(x, y, r.label, Role::Dim, labelWidth);
        if (w > labelWidth + 1)
            t.text(x + labelWidth + 1, y, r.text, r.role, w - labelWidth - 1);
    }
    if (m_maxScroll > 0 && area.bottom() >= area.top()) {
        const QString more = tr(" %1-%2 of %3 ").arg(scroll + 1).arg(qMin(int(rows.size()), scroll + m_pageRows)).arg(rows.size());
        const int mw = Terminal::width(more);
        if (mw < w)
            t.text(x + w - mw, m_tabsY, more, Role::Dim, mw);
    }
}

bool ProcessDetails::handleKey(const Key &key)
{
    int &scroll = m_scroll[m_tab];
    switch (key.type) {
    case Key::Left: setTab(Tab((m_tab + TabCount - 1) % TabCount)); return true;
    case Key::Right: setTab(Tab((m_tab + 1) % TabCount)); return true;
    case Key::Up: scroll = qMax(0, scroll - 1); break;
    case Key::Down: scroll = qMin(m_maxScroll, scroll + 1); break;
    case Key::PageUp: scroll = qMax(0, scroll - m_pageRows); break;
    case Key::PageDown: scroll = qMin(m_maxScroll, scroll + m_pageRows); break;
    case Key::Home: scroll = 0; break;
    case Key::End: scroll = m_maxScroll; break;
    case Key::Mouse:
        if (key.button == 4) {
            scroll = qMax(0, scroll - 3);
        } else if (key.button == 5) {
            scroll = qMin(m_maxScroll, scroll + 3);
        } else if (key.button == 1 && key.y == m_tabsY) {
            for (int i = 0; i < m_tabCells.size(); ++i)
                if (key.x >= m_tabCells.at(i).first && key.x < m_tabCells.at(i).second)
                    setTab(Tab(i));
        } else {
            return false;
        }
        break;
    case Key::Char: {
        if (key.isChar(U'o'))
            setTab(OverviewTab);
        else if (key.isChar(U'm'))
            setTab(MessagesTab);
        else if (key.isChar(U'd'))
            setTab(DictionaryTab);
        else if (key.isChar(U't'))
            setTab(StackTab);
        else if (key.isChar(U's'))
            setTab(StateTab);
        else if (key.isChar(U'a'))
            refreshDetails();
        else if (key.isChar(U'f') && m_tab == MessagesTab && m_messages.value("refused").toBool())
            confirmReadQueue();
        else if (ProcessInspector::Action a; ProcessActionKeys::actionFor(key, m_status == QLatin1String("suspended"), &a)) {
            if (m_dead)
                screen()->notice(tr("%1 has exited.").arg(m_pidText), Role::Warning);
            else
                m_actions->run(a, m_pid, title());
        } else
            return false;
        return true;
    }
    default: return false;
    }
    emit changed();
    return true;
}

QVector<QPair<QString, QString>> ProcessDetails::keyHelp() const
{
    QVector<QPair<QString, QString>> keys = {
        {tr("Left Right"), tr("previous / next tab")},
        {QStringLiteral("o m d t s"), tr("overview, messages, dictionary, stack trace, state")},
        {tr("Up, Down, PgUp, PgDn"), tr("scroll (Home, End: top, bottom)")},
        {QStringLiteral("a"), tr("read the details (and messages) again")},
        {QStringLiteral("f"), tr("read a queue over %1 messages (asks first)").arg(Format::count(LargeQueue))},
        {tr("Esc"), tr("close the details")},
    };
    keys << ProcessActionKeys::keyHelp();
    return keys;
}

QString ProcessDetails::hint() const
{
    return tr("Left/Right tabs · Esc close");
}

} // namespace beamtop::tui
