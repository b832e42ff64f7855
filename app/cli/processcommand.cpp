// SPDX-License-Identifier: GPL-3.0-or-later
#include "processcommand.h"

#include "collect/processinspector.h"
#include "collect/termjson.h"
#include "session/nodesession.h"

#include <QCommandLineParser>
#include <QJsonArray>
#include <QLocale>
#include <QRegularExpression>

namespace beamtop {

QString ProcessCommand::summary() const
{
    return tr("One process in detail, by pid or registered name.");
}

QString ProcessCommand::description() const
{
    return tr("Shows one process: what it is, what it runs, its memory, links and monitors, stack trace, dictionary "
              "and state, and with --messages the first messages in its queue. Give a pid (<0.123.0> or "
              "#PID<0.123.0>) or a registered name as the node writes it: code_server, or MyApp.Cache on an Elixir "
              "node ('Elixir.MyApp.Cache' in Erlang syntax).");
}

QList<QCommandLineOption> ProcessCommand::options() const
{
    return {{QStringLiteral("messages"), tr("Include the first N messages (at most 100: more reads 100)."), tr("N"),
             QStringLiteral("0")},
            {QStringLiteral("force"), tr("Copy the message queue even when it holds over 10,000 messages.")},
            formatOption(), prettyOption()};
}

QStringList ProcessCommand::formats() const
{
    return {QStringLiteral("json"), QStringLiteral("text")};
}

bool ProcessCommand::looksLikePid(const QString &text)
{
    static const QRegularExpression bare(QStringLiteral("^\\d+\\.\\d+\\.\\d+$"));
    const QString t = text.trimmed();
    return t.startsWith(QLatin1Char('<')) || t.startsWith(QLatin1String("#PID")) || bare.match(t).hasMatch();
}

QString ProcessCommand::atomForName(const QString &text)
{
    QString t = text.trimmed();
    if (t.startsWith(QLatin1Char(':'))) // Elixir's :code_server, :"with space"
        t = t.mid(1);
    const bool quoted = t.size() >= 2
        && ((t.startsWith(QLatin1Char('\'')) && t.endsWith(QLatin1Char('\'')))
            || (t.startsWith(QLatin1Char('"')) && t.endsWith(QLatin1Char('"'))));
    if (quoted) {
        QString inner = t.mid(1, t.size() - 2);
        inner.replace(QStringLiteral("\\'"), QStringLiteral("'"));
        inner.replace(QStringLiteral("\\\""), QStringLiteral("\""));
        inner.replace(QStringLiteral("\\\\"), QStringLiteral("\\"));
        return inner;
    }
    if (!t.isEmpty() && t.at(0).isUpper() && !t.startsWith(QLatin1String("Elixir.")))
        return QStringLiteral("Elixir.") + t;
    return t;
}

int ProcessCommand::parse(const QCommandLineParser &p, const QStringList &args)
{
    if (args.isEmpty())
        return usageError(tr("'process' needs a pid, like <0.123.0>, or a registered name, like code_server."));
    if (args.size() > 1)
        return usageError(tr("Unexpected arguments: %1").arg(args.mid(1).join(QLatin1Char(' '))));
    m_target = args.first();
    if (!looksLikePid(m_target) && atomForName(m_target).isEmpty())
        return usageError(tr("'%1' is neither a pid nor a name.").arg(m_target));
    if (const int rc = parseFormat(p))
        return rc;
    bool ok = true;
    m_messages = p.value(QStringLiteral("messages")).toInt(&ok);
    if (!ok || m_messages < 0)
        return usageError(tr("--messages takes a number from 0 to 100."));
    if (m_messages > MaxMessages) {
        // The node never sends more (the agent caps the preview): say so, and show what comes.
        m_err << tr("--messages: at most %1 messages are read; showing the first %1.").arg(MaxMessages) << Qt::endl;
        m_messages = MaxMessages;
    }
    m_force = p.isSet(QStringLiteral("force"));
    return Ok;
}

void ProcessCommand::attach(NodeSession *session, const Context &context)
{
    Command::attach(session, context);
    session->setPaused(true); // one look: no ticks after the first
    ProcessInspector *inspector = session->inspector();
    // The inspector answers everyone who asks: only the replies for this process count.
    connect(inspector, &ProcessInspector::failed, this, [this](const Term &entity, const QString &error) {
        if (entity != m_pid && entity != m_name)
            return;
        m_err << error << Qt::endl;
        finish(RemoteError);
    });
    connect(inspector, &ProcessInspector::nameResolved, this, [this](const Term &name, const Term &pid) {
        if (name != m_name || !m_pid.isError())
            return;
        if (!pid.isPid()) {
            m_err << tr("No process is registered as %1 on %2.")
                         .arg(this->session()->formatter().atom(m_name.atomName()), this->session()->nodeName())
                  << Qt::endl;
            finish(RemoteError);
            return;
        }
        fetch(pid);
    });
    connect(inspector, &ProcessInspector::detailsReady, this, [this](const Term &pid, const Term &details) {
        if (pid != m_pid)
            return;
        m_details = details;
        if (!details.value("alive").toBool()) {
            print();
            m_err << tr("No process %1 is alive on %2.").arg(this->session()->formatter().format(pid), this->session()->nodeName())
                  << Qt::endl;
            finish(RemoteError);
            return;
        }
        if (m_messages > 0) {
            this->session()->inspector()->fetchMessages(pid, m_messages, m_force);
            return;
        }
        print();
        finish(Ok);
    });
    connect(inspector, &ProcessInspector::messagesReady, this, [this](const Term &pid, const Term &messages) {
        if (pid != m_pid)
            return;
        m_messageReply = messages;
        print();
        if (messages.value("refused").toBool()) {
            m_err << tr("The queue holds %L1 messages; copying it costs the node memory. Add --force to copy it anyway "
                        "(only %2 are sent).")
                         .arg(messages.value("length").toInt()).arg(m_messages)
                  << Qt::endl;
            finish(RemoteError);
            return;
        }
        finish(Ok);
    });
}

void ProcessCommand::start()
{
    if (looksLikePid(m_target)) {
        QString text = m_target.trimmed();
        if (text.at(0).isDigit())
            text = QLatin1Char('<') + text + QLatin1Char('>');
        session()->inspector()->resolvePid(text, [this](const Term &pid) {
            if (pid.isError()) {
                m_err << pid.errorString() << Qt::endl;
                finish(Usage);
                return;
            }
            fetch(pid);
        });
        return;
    }
    m_name = Term::atom(atomForName(m_target));
    session()->inspector()->lookupName(m_name);
}

void ProcessCommand::fetch(const Term &pid)
{
    m_pid = pid;
    session()->inspector()->fetchDetails(pid);
}

QJsonObject ProcessCommand::detailsJson(const Term &details, const TermFormatter &f)
{
    QJsonObject o = termToJson(details, f).toObject();
    // Functions as people write them (m:f/a, or :m.f/a in Elixir syntax), like everywhere else.
    for (const char *key : {"initial_call", "raw_initial_call", "current_function"}) {
        const Term t = details.value(key);
        if (!t.isError())
            o.insert(QLatin1String(key), t.isAtom("undefined") ? QJsonValue(QJsonValue::Null) : QJsonValue(f.call(t)));
    }
    if (!details.value("stacktrace").isError()) {
        QJsonArray frames;
        const QVector<Term> stack = details.value("stacktrace").elements();
        for (const Term &fr : stack) {
            if (!fr.isTuple(4))
                continue;
            const Term where = fr.at(3);
            QJsonObject frame;
            frame.insert(QStringLiteral("function"), f.call(Term::tuple({fr.at(0), fr.at(1), fr.at(2)})));
            frame.insert(QStringLiteral("file"), where.isTuple(2) && !where.at(0).isAtom("undefined") ? QJsonValue(where.at(0).toText())
                                                                                                   : QJsonValue(QJsonValue::Null));
            frame.insert(QStringLiteral("line"), where.isTuple(2) && where.at(1).isInteger() ? QJsonValue(double(where.at(1).toInt()))
                                                                                          : QJsonValue(QJsonValue::Null));
            frames.append(frame);
        }
        o.insert(QStringLiteral("stacktrace"), frames);
    }
    return o;
}

void ProcessCommand::print()
{
    const TermFormatter f = session()->formatter();
    if (isText()) {
        printText(f);
        return;
    }
    QJsonObject doc;
    doc.insert(QStringLiteral("node"), session()->nodeName());
    doc.insert(QStringLiteral("pid"), f.format(m_pid));
    doc.insert(QStringLiteral("details"), detailsJson(m_details, f));
    if (!m_messageReply.isError())
        doc.insert(QStringLiteral("messages"), termToJson(m_messageReply, f));
    printJson(doc);
}

void ProcessCommand::printText(const TermFormatter &f)
{
    const QLocale loc;
    const Term &d = m_details;
    auto line = [this](const QString &label, const QString &value) {
        m_out << QStringLiteral("  ") << label.leftJustified(20) << QLatin1Char(' ') << value << '\n';
    };
    auto callOrDash = [&](const Term &t) { return t.isAtom("undefined") || t.isError() ? QStringLiteral("-") : f.call(t); };
    m_out << tr("Process %1 on %2").arg(f.format(m_pid), session()->nodeName()) << '\n';
    if (!d.value("alive").toBool()) {
        line(tr("Status"), tr("exited"));
        m_out.flush();
        return;
    }
    const Term name = d.value("name");
    if (name.isAtom() && !name.isAtom("undefined"))
        line(tr("Registered name"), f.atom(name.atomName()));
    else if (name.isTaggedTuple("label", 2))
        line(tr("Label"), f.format(name.at(1)));
    line(tr("Initial call"), callOrDash(d.value("initial_call")));
    if (d.value("raw_initial_call") != d.value("initial_call"))
        line(tr("Spawned as"), callOrDash(d.value("raw_initial_call")));
    line(tr("Current function"), callOrDash(d.value("current_function")));
    const Term app = d.value("application");
    line(tr("Application"), app.isAtom() && !app.isAtom("undefined") ? f.atom(app.atomName()) : QStringLiteral("-"));
    line(tr("Status"), d.value("status").atomName());
    line(tr("Priority"), d.value("priority").atomName());
    line(tr("Traps exits"), d.value("trap_exit").toBool() ? tr("yes") : tr("no"));
    line(tr("Group leader"), f.format(d.value("group_leader")));
    line(tr("Reductions"), loc.toString(d.value("reductions").toInt()));
    line(tr("Message queue"), loc.toString(d.value("message_queue_len").toInt()));
    line(tr("Memory"), loc.formattedDataSize(d.value("memory").toInt()));
    for (const auto &[key, label] : {std::pair{"heap_size", tr("Heap size")}, std::pair{"stack_size", tr("Stack size")},
                                     std::pair{"total_heap_size", tr("Total heap size")}})
        line(label, tr("%L1 words").arg(d.value(key).toInt()));
    line(tr("Binaries"), tr("%1 in %Ln binaries", nullptr, int(d.value("binary_count").toInt()))
                             .arg(loc.formattedDataSize(d.value("binary_memory").toInt())));
    for (const auto &[key, label] : {std::pair{"links", tr("Links")}, std::pair{"monitors", tr("Monitors")},
                                     std::pair{"monitored_by", tr("Monitored by")}}) {
        const Term capped = d.value(key);
        const QVector<Term> items = capped.value("items").elements();
        const qint64 more = capped.value("more").toInt();
        QStringList texts;
        for (const Term &item : items)
            texts << f.format(item);
        if (more > 0)
            texts << tr("%Ln more", nullptr, int(more));
        line(tr("%1 (%L2)").arg(label).arg(qint64(items.size()) + more), texts.isEmpty() ? tr("none") : texts.join(QStringLiteral(", ")));
    }

    const QVector<Term> frames = d.value("stacktrace").elements();
    m_out << '\n' << tr("Stack trace") << '\n';
    if (frames.isEmpty())
        m_out << QStringLiteral("  ") << tr("none") << '\n';
    for (const Term &fr : frames) {
        if (!fr.isTuple(4))
            continue;
        const Term where = fr.at(3);
        QString location;
        if (where.isTuple(2) && !where.at(0).isAtom("undefined")) {
            location = where.at(0).toText();
            if (where.at(1).isInteger())
                location += QLatin1Char(':') + QString::number(where.at(1).toInt());
        }
        line(f.call(Term::tuple({fr.at(0), fr.at(1), fr.at(2)})), location);
    }

    const Term dict = d.value("dictionary");
    const QVector<Term> entries = dict.value("items").elements();
    m_out << '\n' << tr("Dictionary (%L1)").arg(qint64(entries.size()) + dict.value("more").toInt()) << '\n';
    if (entries.isEmpty())
        m_out << QStringLiteral("  ") << tr("empty") << '\n';
    for (const Term &kv : entries)
        if (kv.isTuple(2))
            line(f.format(kv.at(0)), f.format(kv.at(1)));

    const Term state = d.value("state");
    m_out << '\n' << tr("State") << '\n';
    if (state.isTaggedTuple("ok", 2))
        m_out << QStringLiteral("  ") << f.format(state.at(1)) << '\n';
    else
        m_out << QStringLiteral("  ") << tr("not available (%1)").arg(state.isTuple(2) ? state.at(1).atomName() : QString()) << '\n';

    if (m_messageReply.value("alive").toBool()) {
        const qint64 length = m_messageReply.value("length").toInt();
        if (m_messageReply.value("refused").toBool()) {
            m_out << '\n' << tr("Messages: %L1 in the queue, not read (add --force)").arg(length) << '\n';
        } else {
            const QVector<Term> msgs = m_messageReply.value("messages").elements();
            m_out << '\n' << tr("Messages (%L1 of %L2)").arg(qint64(msgs.size())).arg(length) << '\n';
            for (const Term &m : msgs)
                m_out << QStringLiteral("  ") << f.format(m) << '\n';
        }
    }
    m_out.flush();
}

} // namespace beamtop
