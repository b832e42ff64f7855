// SPDX-License-Identifier: GPL-3.0-or-later
#include "portdetailshtml.h"

#include "detailshtml.h"
#include "format.h"
#include "porttablemodel.h"
#include "processdetailshtml.h"

#include <QLocale>

#include <algorithm>

namespace beamtop {

namespace {

using DetailsHtml::bytes;
using DetailsHtml::esc;
using DetailsHtml::paragraph;
using DetailsHtml::row;
using DetailsHtml::section;
using DetailsHtml::tableStart;

QString textOrNone(const QString &s)
{
    return s.isEmpty() ? esc(QStringLiteral("—")) : esc(s);
}

// Figures of port_info and the counters that are byte counts: shown as sizes with the exact
// figure beside them.
bool isByteCount(const QString &key)
{
    static const QStringList keys = {QStringLiteral("input"),     QStringLiteral("output"),   QStringLiteral("memory"),
                                     QStringLiteral("queue_size"), QStringLiteral("recv_oct"), QStringLiteral("send_oct"),
                                     QStringLiteral("recv_max"),  QStringLiteral("send_max"), QStringLiteral("recv_avg"),
                                     QStringLiteral("send_avg"),  QStringLiteral("send_pend"), QStringLiteral("read_byte"),
                                     QStringLiteral("write_byte")};
    return keys.contains(key);
}

} // namespace

PortDetailsHtml::PortDetailsHtml(const TermFormatter &formatter) : m_formatter(formatter) {}

QString PortDetailsHtml::value(const Term &t) const
{
    if (t.kind() == Term::Kind::String) {
        const QByteArray b = t.bytes();
        if (std::all_of(b.begin(), b.end(), [](char c) { return uchar(c) >= 0x20 && uchar(c) < 0x7f; }))
            return esc(QString::fromLatin1(b));
    }
    if (t.isBinary())
        return esc(t.toText());
    return ProcessDetailsHtml(m_formatter).term(t);
}

QString PortDetailsHtml::owner(const PortDetails &d) const
{
    if (!d.owner.isPid())
        return esc(tr("none"));
    const QString pid = m_formatter.format(d.owner);
    const QString name = d.ownerText(m_formatter);
    const QString text = name.isEmpty() || name == pid ? pid : name + QLatin1Char(' ') + pid;
    return QStringLiteral("<a href=\"%1\">%2</a>").arg(ProcessDetailsHtml::href(d.owner).toHtmlEscaped(), esc(text));
}

QString PortDetailsHtml::overview(const PortDetails &d) const
{
    QString h = tableStart();
    h += row(tr("Id"), esc(d.idText));
    h += row(tr("Type"), esc(PortTableModel::typeText(d.type)));
    h += row(tr("Name"), textOrNone(d.name));
    h += row(tr("Owner"), owner(d));
    h += row(tr("Local"), textOrNone(d.local));
    h += row(tr("Peer"), textOrNone(d.peer));
    h += row(tr("State"), textOrNone(d.state));
    h += QStringLiteral("</table>");
    h += section(d.isSocket() ? tr("socket:info/1") : tr("erlang:port_info/1"));
    if (d.info.isEmpty())
        return h + paragraph(tr("The node gave nothing more for this port."));
    h += tableStart();
    for (const auto &kv : d.info) {
        const Term &v = kv.second;
        if (isByteCount(kv.first) && v.isInteger())
            h += row(kv.first, bytes(v.toInt()));
        else if ((kv.first == QLatin1String("links") || kv.first == QLatin1String("monitors")
                  || kv.first == QLatin1String("monitored_by"))
                 && v.isProperList() && v.size() > 20)
            h += row(kv.first, esc(tr("%Ln entries: see Links & Monitors", nullptr, v.size())));
        else
            h += row(kv.first, value(v));
    }
    return h + QStringLiteral("</table>");
}

QString PortDetailsHtml::addresses(const PortDetails &d) const
{
    QString h = tableStart();
    h += row(tr("Local address"), textOrNone(d.local));
    h += row(tr("Peer address"), textOrNone(d.peer));
    h += row(tr("State"), textOrNone(d.state));
    h += row(tr("Connected process"), owner(d));
    // What a socket says of its kind and its read and write sides.
    static const QStringList socketKeys = {QStringLiteral("domain"),  QStringLiteral("type"),    QStringLiteral("protocol"),
                                           QStringLiteral("ctype"),   QStringLiteral("rstates"), QStringLiteral("wstates"),
                                           QStringLiteral("num_acceptors"), QStringLiteral("num_readers"),
                                           QStringLiteral("num_writers")};
    for (const QString &key : socketKeys) {
        const Term v = d.infoValue(key);
        if (!v.isError())
            h += row(key, value(v));
    }
    // Address options the port answered (sockname, peername, bind address, ...).
    for (const PortDetails::Option &o : d.options) {
        if (o.status == PortDetails::Option::Status::Ok
            && (o.name.contains(QLatin1String("addr")) || o.name.contains(QLatin1String("name"))))
            h += row(o.name, value(o.value));
    }
    return h + QStringLiteral("</table>");
}

QString PortDetailsHtml::statistics(const PortDetails &d) const
{
    if (d.stats.isEmpty())
        return paragraph(d.type.isEmpty() || d.type == QLatin1String("tcp") || d.type == QLatin1String("udp")
                                 || d.type == QLatin1String("sctp") || d.type == QLatin1String("socket")
                             ? tr("The node gave no counters for this port.")
                             : tr("Only inet ports and sockets keep traffic counters; see the Overview for the bytes "
                                  "this port has read and written."));
    QString h = section(d.isSocket() ? tr("Socket counters") : tr("inet:getstat/1"));
    h += tableStart();
    for (const auto &kv : d.stats)
        h += row(kv.first, isByteCount(kv.first) ? bytes(kv.second) : esc(QLocale().toString(kv.second)));
    return h + QStringLiteral("</table>");
}

QString PortDetailsHtml::options(const PortDetails &d) const
{
    if (d.options.isEmpty())
        return paragraph(tr("This kind of port has no options to read."));
    int unsupported = 0;
    QString h = tableStart();
    for (const PortDetails::Option &o : d.options) {
        switch (o.status) {
        case PortDetails::Option::Status::Ok: h += row(o.name, value(o.value)); break;
        case PortDetails::Option::Status::Unsupported:
            ++unsupported;
            h += row(o.name, QStringLiteral("<i>") + esc(tr("not supported")) + QStringLiteral("</i>"));
            break;
        case PortDetails::Option::Status::Error:
            h += row(o.name, esc(tr("could not be read: ")) + value(o.value));
            break;
        }
    }
    h += QStringLiteral("</table>");
    if (unsupported > 0)
        h += paragraph(tr("%Ln options are not supported by this kind of port: that is not an error.", nullptr, unsupported));
    return h;
}

QString PortDetailsHtml::list(const QString &title, const QVector<Term> &items, qint64 total) const
{
    QString h = section(tr("%1 (%L2)").arg(title).arg(total));
    if (items.isEmpty())
        return h + paragraph(tr("None"));
    QStringList parts;
    for (const Term &item : items) {
        // Monitors come as {process, Pid} or {port, Port}: link the target.
        if (item.isTuple(2) && item.at(0).isAtom() && (item.at(1).isPid() || item.at(1).kind() == Term::Kind::Port))
            parts << value(item.at(1));
        else
            parts << value(item);
    }
    h += QStringLiteral("<p>") + parts.join(QStringLiteral(", "));
    if (total > items.size())
        h += QStringLiteral("<br><i>") + esc(tr("Showing %L1 of %L2.").arg(qint64(items.size())).arg(total)) + QStringLiteral("</i>");
    return h + QStringLiteral("</p>");
}

QString PortDetailsHtml::links(const PortDetails &d) const
{
    return list(tr("Links"), d.links, d.linksTotal) + list(tr("Monitors"), d.monitors, d.monitorsTotal)
        + list(tr("Monitored by"), d.monitoredBy, d.monitoredByTotal);
}

} // namespace beamtop
