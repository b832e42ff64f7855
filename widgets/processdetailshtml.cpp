// SPDX-License-Identifier: GPL-3.0-or-later
#include "processdetailshtml.h"

#include "detailshtml.h"
#include "format.h"

#include <QHash>
#include <QLocale>

#include <algorithm>

namespace beamtop {

namespace {

using DetailsHtml::bytes;
using DetailsHtml::esc;
using DetailsHtml::row;
using DetailsHtml::section;
using DetailsHtml::tableStart;

// Every pid and port inside t (bounded: a pruned term is small, but never trust a size).
void collect(const Term &t, QVector<Term> *out, int depth = 0)
{
    if (depth > 64 || out->size() > 2000)
        return;
    switch (t.kind()) {
    case Term::Kind::Pid:
    case Term::Kind::Port:
        out->append(t);
        return;
    case Term::Kind::Tuple:
    case Term::Kind::List: {
        const QVector<Term> elements = t.elements();
        for (const Term &e : elements)
            collect(e, out, depth + 1);
        if (t.kind() == Term::Kind::List)
            collect(t.tail(), out, depth + 1);
        return;
    }
    case Term::Kind::Map: {
        const auto pairs = t.mapPairs();
        for (const auto &kv : pairs) {
            collect(kv.first, out, depth + 1);
            collect(kv.second, out, depth + 1);
        }
        return;
    }
    default:
        return;
    }
}

// A heading inside the overview's one table: the labels of every section line up.
QString sectionRow(const QString &title)
{
    return QStringLiteral("<tr><td colspan=\"2\"><h3>") + esc(title) + QStringLiteral("</h3></td></tr>");
}

} // namespace

ProcessDetailsHtml::ProcessDetailsHtml(const TermFormatter &formatter, int wordSize)
    : m_formatter(formatter), m_wordSize(wordSize > 0 ? wordSize : 8)
{
}

QString ProcessDetailsHtml::href(const Term &t)
{
    const NodeId id = t.kind() == Term::Kind::Pid || t.kind() == Term::Kind::Port ? t.nodeId() : NodeId();
    const QString node = QString::fromLatin1(QUrl::toPercentEncoding(QString::fromUtf8(id.node)));
    if (t.isPid())
        return QStringLiteral("pid:%1/%2/%3/%4").arg(node).arg(id.id).arg(id.serial).arg(id.creation);
    if (t.kind() == Term::Kind::Port)
        return QStringLiteral("port:%1/%2/%3").arg(node).arg(id.id).arg(id.creation);
    if (t.isAtom())
        return QStringLiteral("name:") + QString::fromLatin1(QUrl::toPercentEncoding(t.atomName()));
    return {};
}

Term ProcessDetailsHtml::target(const QUrl &url)
{
    const QString path = url.path(QUrl::FullyDecoded);
    if (url.scheme() == QLatin1String("name"))
        return path.isEmpty() ? Term::error(QStringLiteral("empty name")) : Term::atom(path);
    const QStringList parts = path.split(QLatin1Char('/'));
    NodeId id;
    bool ok = !parts.isEmpty() && !parts.first().isEmpty();
    if (ok)
        id.node = parts.first().toUtf8();
    if (url.scheme() == QLatin1String("pid") && parts.size() == 4) {
        bool a = false, b = false, c = false;
        id.id = parts.at(1).toULongLong(&a);
        id.serial = parts.at(2).toUInt(&b);
        id.creation = parts.at(3).toUInt(&c);
        if (ok && a && b && c)
            return Term::pid(id);
    } else if (url.scheme() == QLatin1String("port") && parts.size() == 3) {
        bool a = false, c = false;
        id.id = parts.at(1).toULongLong(&a);
        id.creation = parts.at(2).toUInt(&c);
        if (ok && a && c)
            return Term::port(id);
    }
    return Term::error(QStringLiteral("not a link Beamtop made"));
}

QString ProcessDetailsHtml::term(const Term &t) const
{
    QString html = esc(m_formatter.format(t));
    QVector<Term> found;
    collect(t, &found);
    if (found.isEmpty())
        return html;
    // Longest texts first, so no pid's text is replaced inside another's.
    QHash<QString, QString> links;
    for (const Term &p : qAsConst(found)) {
        const QString text = esc(m_formatter.format(p));
        if (!links.contains(text))
            links.insert(text, href(p));
    }
    QStringList texts = links.keys();
    std::sort(texts.begin(), texts.end(), [](const QString &a, const QString &b) { return a.size() > b.size(); });
    // Placeholders first, then anchors: an anchor's own text must not be matched again.
    for (int i = 0; i < texts.size(); ++i)
        html.replace(texts.at(i), QStringLiteral("\x01%1\x02").arg(i));
    for (int i = 0; i < texts.size(); ++i)
        html.replace(QStringLiteral("\x01%1\x02").arg(i),
                     QStringLiteral("<a href=\"%1\">%2</a>").arg(links.value(texts.at(i)).toHtmlEscaped(), texts.at(i)));
    return html;
}

QString ProcessDetailsHtml::function(const Term &mfa) const
{
    if (mfa.isTuple(3) && mfa.at(0).isAtom() && mfa.at(1).isAtom() && mfa.at(2).isInteger())
        return esc(m_formatter.call(mfa));
    if (mfa.isAtom("undefined") || mfa.isError())
        return QStringLiteral("—");
    return term(mfa); // not a function: a term, with its pids and ports linked
}

QString ProcessDetailsHtml::cappedList(const QString &title, const Term &capped, bool monitors) const
{
    const QVector<Term> items = capped.value("items").elements();
    const qint64 more = capped.value("more").toInt();
    QString out = section(tr("%1 (%L2)").arg(title).arg(qint64(items.size()) + more));
    if (items.isEmpty())
        return out + QStringLiteral("<p>") + esc(tr("None")) + QStringLiteral("</p>");
    out += QStringLiteral("<p>");
    QStringList parts;
    for (const Term &item : items) {
        // Monitors are {process, Pid}, {process, {Name, Node}} or {port, Port}: link the target.
        if (monitors && item.isTuple(2)) {
            const Term what = item.at(1);
            if (what.isTuple(2) && what.at(0).isAtom()) {
                parts << QStringLiteral("<a href=\"%1\">%2</a>").arg(href(what.at(0)).toHtmlEscaped(), esc(m_formatter.format(what)));
                continue;
            }
            parts << term(what);
            continue;
        }
        parts << term(item);
    }
    out += parts.join(QStringLiteral(", "));
    if (more > 0)
        out += QStringLiteral("<br><i>") + esc(tr("%Ln more", nullptr, int(more))) + QStringLiteral("</i>");
    return out + QStringLiteral("</p>");
}

QString ProcessDetailsHtml::overview(const Term &d, double reductionsPerS) const
{
    const QLocale loc;
    QString h;
    h += tableStart();
    h += sectionRow(tr("Process"));
    h += row(tr("Pid"), esc(d.value("pid_text").toText()));
    const Term name = d.value("name");
    if (name.isAtom() && !name.isAtom("undefined"))
        h += row(tr("Registered name"), esc(m_formatter.atom(name.atomName())));
    else if (name.isTaggedTuple("label", 2))
        h += row(tr("Label"), esc(name.at(1).toText()));
    h += row(tr("Initial call"), function(d.value("initial_call")));
    if (d.value("raw_initial_call") != d.value("initial_call"))
        h += row(tr("Spawned as"), function(d.value("raw_initial_call")));
    h += row(tr("Current function"), function(d.value("current_function")));
    const Term app = d.value("application");
    h += row(tr("Application"), app.isAtom() && !app.isAtom("undefined") ? esc(m_formatter.atom(app.atomName())) : QStringLiteral("—"));
    h += row(tr("Status"), esc(d.value("status").atomName()));
    h += row(tr("Priority"), esc(d.value("priority").atomName()));
    h += row(tr("Traps exits"), d.value("trap_exit").toBool() ? esc(tr("yes")) : esc(tr("no")));
    h += row(tr("Group leader"), term(d.value("group_leader")));
    h += sectionRow(tr("Work"));
    h += row(tr("Reductions"), esc(loc.toString(d.value("reductions").toInt())));
    h += row(tr("Reductions/s"), reductionsPerS < 0 ? esc(tr("measured from the second sample")) : esc(Format::perSecond(reductionsPerS)));
    h += row(tr("Message queue"), esc(loc.toString(d.value("message_queue_len").toInt())));
    h += sectionRow(tr("Memory"));
    h += row(tr("Memory"), bytes(d.value("memory").toInt()));
    auto words = [&](const char *key) {
        const qint64 w = d.value(key).toInt();
        return esc(tr("%1 (%L2 words)").arg(Format::bytes(w * m_wordSize)).arg(w));
    };
    h += row(tr("Heap size"), words("heap_size"));
    h += row(tr("Stack size"), words("stack_size"));
    h += row(tr("Total heap size"), words("total_heap_size"));
    h += row(tr("Binaries"), esc(tr("%1 in %Ln binaries", nullptr, int(d.value("binary_count").toInt())).arg(Format::bytes(d.value("binary_memory").toInt()))));
    const QVector<Term> largest = d.value("largest_binaries").elements();
    for (int i = 0; i < largest.size(); ++i) {
        const Term &b = largest.at(i);
        h += row(i == 0 ? tr("Largest binaries") : QString(),
                 esc(tr("%1, %Ln references", nullptr, int(b.value("refc").toInt())).arg(Format::bytes(b.value("size").toInt()))));
    }
    h += sectionRow(tr("Garbage collection"));
    for (const char *key : {"garbage_collection", "garbage_collection_info"}) {
        const QVector<Term> items = d.value(key).elements();
        for (const Term &kv : items) {
            if (kv.isTuple(2) && kv.at(0).isAtom())
                h += row(kv.at(0).atomName(), kv.at(1).isInteger() ? esc(loc.toString(kv.at(1).toInt())) : term(kv.at(1)));
        }
    }
    h += QStringLiteral("</table>");

    h += cappedList(tr("Links"), d.value("links"), false);
    h += cappedList(tr("Monitors"), d.value("monitors"), true);
    h += cappedList(tr("Monitored by"), d.value("monitored_by"), false);
    return h;
}

QString ProcessDetailsHtml::dictionary(const Term &d) const
{
    const Term dict = d.value("dictionary");
    const QVector<Term> items = dict.value("items").elements();
    const qint64 more = dict.value("more").toInt();
    if (items.isEmpty())
        return QStringLiteral("<p>") + esc(tr("The process dictionary is empty.")) + QStringLiteral("</p>");
    QString h = tableStart();
    h += QStringLiteral("<tr><th align=\"left\">%1</th><th align=\"left\">%2</th></tr>").arg(esc(tr("Key")), esc(tr("Value")));
    for (const Term &kv : items) {
        if (kv.isTuple(2))
            h += QStringLiteral("<tr><td valign=\"top\">%1</td><td>%2</td></tr>").arg(term(kv.at(0)), term(kv.at(1)));
    }
    h += QStringLiteral("</table>");
    if (more > 0)
        h += QStringLiteral("<p><i>") + esc(tr("%Ln more entries not shown", nullptr, int(more))) + QStringLiteral("</i></p>");
    return h;
}

QString ProcessDetailsHtml::stack(const Term &d) const
{
    const QVector<Term> frames = d.value("stacktrace").elements();
    if (frames.isEmpty())
        return QStringLiteral("<p>") + esc(tr("No stack trace.")) + QStringLiteral("</p>");
    QString h = tableStart();
    h += QStringLiteral("<tr><th align=\"left\">%1</th><th align=\"left\">%2</th></tr>").arg(esc(tr("Function")), esc(tr("Location")));
    for (const Term &f : frames) {
        if (!f.isTuple(4))
            continue;
        const Term loc = f.at(3);
        QString where;
        if (loc.isTuple(2) && !loc.at(0).isAtom("undefined")) {
            where = loc.at(0).toText();
            if (loc.at(1).isInteger())
                where += QLatin1Char(':') + QString::number(loc.at(1).toInt());
        }
        h += QStringLiteral("<tr><td>%1</td><td>%2</td></tr>")
                 .arg(function(Term::tuple({f.at(0), f.at(1), f.at(2)})), where.isEmpty() ? QStringLiteral("—") : esc(where));
    }
    return h + QStringLiteral("</table>");
}

QString ProcessDetailsHtml::state(const Term &d) const
{
    const Term st = d.value("state");
    if (st.isTaggedTuple("ok", 2))
        return QStringLiteral("<pre>") + term(st.at(1)) + QStringLiteral("</pre>");
    QString why;
    const QString reason = st.isTuple(2) ? st.at(1).atomName() : QString();
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
    return QStringLiteral("<p>") + esc(why) + QStringLiteral("</p>");
}

QString ProcessDetailsHtml::messages(const Term &m) const
{
    if (!m.value("alive").toBool(true))
        return QStringLiteral("<p>") + esc(tr("The process has exited; its messages are gone.")) + QStringLiteral("</p>");
    const qint64 length = m.value("length").toInt();
    if (m.value("refused").toBool()) {
        return QStringLiteral("<p>")
            + esc(tr("The queue holds %L1 messages. Reading it makes the node copy every one of them (the process's memory, "
                     "roughly doubled for a moment), so Beamtop asks first. Only the first 100 are sent either way.")
                      .arg(length))
            + QStringLiteral("</p>");
    }
    const QVector<Term> msgs = m.value("messages").elements();
    if (msgs.isEmpty())
        return QStringLiteral("<p>") + esc(tr("The message queue is empty.")) + QStringLiteral("</p>");
    QString h = QStringLiteral("<p>") + esc(tr("The first %L1 of %L2 messages, each cut to a readable size.").arg(msgs.size()).arg(length))
        + QStringLiteral("</p>") + tableStart();
    h += QStringLiteral("<tr><th align=\"right\">#</th><th align=\"left\">%1</th></tr>").arg(esc(tr("Message")));
    for (int i = 0; i < msgs.size(); ++i)
        h += QStringLiteral("<tr><td valign=\"top\" align=\"right\">%1</td><td>%2</td></tr>").arg(i + 1).arg(term(msgs.at(i)));
    return h + QStringLiteral("</table>");
}

} // namespace beamtop
