// SPDX-License-Identifier: GPL-3.0-or-later
#include "porttablemodel.h"

#include "format.h"

#include <QLocale>

namespace beamtop {

PortTableModel::PortTableModel(QObject *parent) : RankedTableModel(ColumnCount, parent) {}

bool PortTableModel::rankable(int column, PortQuery::Sort *sort, PortQuery::Mode *mode)
{
    using S = PortQuery::Sort;
    S s;
    bool window = false; // the per-second columns are the window mode of their byte counts
    switch (column) {
    case Io: s = S::Io; break;
    case IoPerS: s = S::Io; window = true; break;
    case RecvOct: s = S::RecvOct; break;
    case RecvPerS: s = S::RecvOct; window = true; break;
    case SendOct: s = S::SendOct; break;
    case SendPerS: s = S::SendOct; window = true; break;
    case RecvCnt: s = S::RecvCnt; break;
    case SendCnt: s = S::SendCnt; break;
    case QueueSize: s = S::QueueSize; break;
    case Memory: s = S::Memory; break;
    default: return false;
    }
    if (sort)
        *sort = s;
    if (mode && (column == Io || column == RecvOct || column == SendOct || window))
        *mode = window ? PortQuery::Mode::Window : PortQuery::Mode::Absolute;
    return true;
}

int PortTableModel::columnFor(PortQuery::Sort sort, PortQuery::Mode mode)
{
    const bool window = mode == PortQuery::Mode::Window;
    switch (sort) {
    case PortQuery::Sort::Io: return window ? IoPerS : Io;
    case PortQuery::Sort::RecvOct: return window ? RecvPerS : RecvOct;
    case PortQuery::Sort::SendOct: return window ? SendPerS : SendOct;
    case PortQuery::Sort::RecvCnt: return window ? WindowChange : RecvCnt;
    case PortQuery::Sort::SendCnt: return window ? WindowChange : SendCnt;
    case PortQuery::Sort::QueueSize: return window ? WindowChange : QueueSize;
    case PortQuery::Sort::Memory: return window ? WindowChange : Memory;
    }
    return Io;
}

QString PortTableModel::typeText(const QString &type)
{
    if (type == QLatin1String("tcp"))
        return tr("TCP");
    if (type == QLatin1String("udp"))
        return tr("UDP");
    if (type == QLatin1String("sctp"))
        return tr("SCTP");
    if (type == QLatin1String("socket"))
        return tr("socket");
    if (type == QLatin1String("spawn"))
        return tr("spawned");
    if (type == QLatin1String("file"))
        return tr("file");
    if (type == QLatin1String("other"))
        return tr("other");
    return type;
}

QVector<PortTableModel::Cell> PortTableModel::present(const PortRow &r) const
{
    QVector<Cell> s(ColumnCount);
    const QString none = QStringLiteral("—");
    auto text = [&](int c, const QString &t, const QString &tip = {}) { s[c] = {t, tip.isEmpty() ? t : tip, t}; };
    auto bytes = [&](int c, qint64 v, const QString &unknown) {
        if (v < 0) {
            s[c] = {none, unknown, QVariant()};
            return;
        }
        s[c] = {Format::bytes(v), Format::exactBytes(v), v};
    };
    auto count = [&](int c, qint64 v, const QString &unknown) {
        if (v < 0) {
            s[c] = {none, unknown, QVariant()};
            return;
        }
        s[c] = {Format::count(v), QLocale().toString(v), v};
    };
    const QString notYet = tr("Known from the second refresh that shows this port");
    auto rate = [&](int c, double v, const QString &what) {
        if (v < 0) {
            s[c].tip = notYet;
            return;
        }
        s[c] = {Format::bytesPerSecond(v), tr("%1 bytes per second %2").arg(QLocale().toString(v, 'f', 1), what), v};
    };

    text(Id, r.idText);
    s[Type] = {typeText(r.type), r.name.isEmpty() ? typeText(r.type) : typeText(r.type) + QLatin1String(": ") + r.name, r.type};
    text(Name, r.name);
    const QString owner = r.ownerText(formatter());
    const QString ownerPid = r.owner.isPid() ? formatter().format(r.owner) : QString();
    s[Owner] = {owner, owner == ownerPid || ownerPid.isEmpty() ? owner : owner + QLatin1Char(' ') + ownerPid, owner};
    text(Local, r.local);
    text(Peer, r.peer);
    text(State, r.state);

    bytes(Io, r.recvOct + r.sendOct, {});
    s[Io].tip = tr("%1 received + %2 sent").arg(Format::exactBytes(r.recvOct), Format::exactBytes(r.sendOct));
    bytes(RecvOct, r.recvOct, {});
    bytes(SendOct, r.sendOct, {});
    if (r.recvPerS >= 0 && r.sendPerS >= 0) {
        const double io = r.recvPerS + r.sendPerS;
        s[IoPerS] = {Format::bytesPerSecond(io), tr("%1 bytes per second received and sent").arg(QLocale().toString(io, 'f', 1)), io};
    } else {
        s[IoPerS].tip = notYet;
    }
    rate(RecvPerS, r.recvPerS, tr("received"));
    rate(SendPerS, r.sendPerS, tr("sent"));
    const QString noPackets = tr("Not counted: plain ports count bytes only");
    count(RecvCnt, r.recvCnt, noPackets);
    count(SendCnt, r.sendCnt, noPackets);
    bytes(QueueSize, r.queueSize, tr("Sockets of the socket module have no port queue"));
    if (r.queueSize > 0)
        s[QueueSize].tip = tr("%1 waiting to be sent: the peer or the network is not keeping up").arg(Format::exactBytes(r.queueSize));
    bytes(Memory, r.memory, tr("Not reported for sockets of the socket module"));
    if (r.osPid >= 0)
        s[OsPid] = {QString::number(r.osPid), tr("Operating-system process %1").arg(r.osPid), r.osPid};

    if (mode() == PortQuery::Mode::Window && lastPage().windowValid && r.rankValue >= 0) {
        const qint64 v = r.rankValue;
        Cell &w = s[WindowChange];
        switch (sort()) {
        case PortQuery::Sort::RecvCnt:
        case PortQuery::Sort::SendCnt:
            w.text = Format::perSecond(double(v));
            w.tip = tr("%1 packets per second over the last interval").arg(QLocale().toString(v));
            break;
        case PortQuery::Sort::QueueSize:
            w.text = Format::bytesPerSecond(double(v));
            w.tip = tr("The queue grew by %1 per second over the last interval").arg(Format::exactBytes(v));
            break;
        default:
            w.text = Format::bytesPerSecond(double(v));
            w.tip = tr("Grew by %1 per second over the last interval").arg(Format::exactBytes(v));
            break;
        }
        w.raw = v;
    }
    if (r.closed())
        presentClosed(r, s);
    return s;
}

void PortTableModel::presentClosed(const PortRow &r, QVector<Cell> &s) const
{
    const QString closed = QStringLiteral("closed");
    if (!r.hasValues()) {
        // Closed before Beamtop read it open: its figures are unknown, not zero.
        const QString never = tr("The port closed before Beamtop could read it; it leaves the ranking at the next refresh");
        for (int c = Type; c < ColumnCount; ++c) {
            if (c == State || (c == WindowChange && s[c].text.isEmpty()) || c == OsPid)
                continue;
            s[c] = {QStringLiteral("—"), never, QVariant()};
        }
        s[State] = {tr("closed"), never, closed};
        return;
    }
    const QString seen = QLocale().toString(r.seenAt.toLocalTime().time(), QStringLiteral("HH:mm:ss"));
    const QString note =
        tr("The port has closed; these are its figures last seen at %1. It leaves the ranking at the next refresh.").arg(seen);
    noteOnEveryCell(s, note);
    s[State] = {tr("closed, last seen %1").arg(seen), note, closed};
}

QVariant PortTableModel::data(const QModelIndex &index, int role) const
{
    if (role != OwnerRole && role != LevelRole)
        return RankedTableModel::data(index, role);
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const PortRow *r = rowAt(index.row());
    if (!r)
        return {};
    switch (role) {
    case OwnerRole: return r->owner.isPid() ? QVariant::fromValue(r->owner) : QVariant();
    case LevelRole:
        // Bytes waiting in a port's queue mean its peer (or the network) is not keeping up.
        if (index.column() == QueueSize && !r->closed() && r->queueSize > 0)
            return int(RowTableModel::Level::Warning);
        return int(RowTableModel::Level::Normal);
    }
    return {};
}

QString PortTableModel::headerText(int section) const
{
    switch (section) {
    case Id: return tr("Id");
    case Type: return tr("Type");
    case Name: return tr("Name");
    case Owner: return tr("Owner");
    case Local: return tr("Local");
    case Peer: return tr("Peer");
    case State: return tr("State");
    case Io: return tr("I/O");
    case RecvOct: return tr("Received");
    case SendOct: return tr("Sent");
    case IoPerS: return tr("I/O/s");
    case RecvPerS: return tr("Recv/s");
    case SendPerS: return tr("Sent/s");
    case RecvCnt: return tr("Packets in");
    case SendCnt: return tr("Packets out");
    case QueueSize: return tr("Queue");
    case Memory: return tr("Memory");
    case WindowChange:
        switch (sort()) {
        case PortQuery::Sort::RecvCnt: return tr("Packets in/s");
        case PortQuery::Sort::SendCnt: return tr("Packets out/s");
        case PortQuery::Sort::QueueSize: return tr("Queue growth/s");
        case PortQuery::Sort::Memory: return tr("Memory growth/s");
        default: return tr("Change/s");
        }
    case OsPid: return tr("OS pid");
    }
    return {};
}

QString PortTableModel::headerToolTip(int section) const
{
    QString what;
    switch (section) {
    case Id: what = tr("The port or socket, as the node prints it"); break;
    case Type: what = tr("TCP, UDP or SCTP (inet ports), socket (the socket module), spawned (an OS process), file, or other drivers"); break;
    case Name: what = tr("The driver's name, the command of a spawned port, or domain/type/protocol for a socket"); break;
    case Owner: what = tr("The process the port is connected to (its owner), by name when it has one"); break;
    case Local: what = tr("The local address and port"); break;
    case Peer: what = tr("The address and port of the other end"); break;
    case State:
        what = tr("listening, connected, accepting, …; \"closed\" (greyed, with its last figures) for a port closed since it "
                  "was ranked, until it leaves the ranking at the next refresh");
        break;
    case Io: what = tr("Bytes received and sent since the port opened"); break;
    case RecvOct: what = tr("Bytes received since the port opened"); break;
    case SendOct: what = tr("Bytes sent since the port opened"); break;
    case IoPerS: what = tr("Bytes received and sent per second, between the last two refreshes"); break;
    case RecvPerS: what = tr("Bytes received per second, between the last two refreshes"); break;
    case SendPerS: what = tr("Bytes sent per second, between the last two refreshes"); break;
    case RecvCnt: what = tr("Packets received (inet ports and sockets)"); break;
    case SendCnt: what = tr("Packets sent (inet ports and sockets)"); break;
    case QueueSize: what = tr("Bytes waiting in the port's queue to be sent: marked when not zero"); break;
    case Memory: what = tr("Memory the runtime has allocated for the port"); break;
    case WindowChange: what = tr("Change per second of the ranked figure over the last interval (sliding window)"); break;
    case OsPid: what = tr("The operating-system process of a spawned port"); break;
    }
    if (rankable(section))
        return tr("%1.\nClick to rank every port by this on the node, biggest first.").arg(what);
    if (section == WindowChange)
        return QString(what + QLatin1Char('.'));
    return tr("%1.\nThe node ranks only by bytes, rates, packets, queue and memory: this column does not sort.").arg(what);
}

QHash<int, QByteArray> PortTableModel::roleNames() const
{
    QHash<int, QByteArray> names = RankedTableModel::roleNames();
    names.insert(IdRole, "id");
    names.insert(IdTextRole, "idText");
    names.insert(OwnerRole, "owner");
    names.insert(ClosedRole, "closed");
    names.insert(LevelRole, "level");
    return names;
}

void PortTableModel::setRanking(PortQuery::Sort sort, PortQuery::Mode mode, const QString &type, const QString &filter)
{
    PortQuery ranking;
    ranking.sort = sort;
    ranking.mode = mode;
    ranking.type = type;
    ranking.filter = filter;
    resetRanking(ranking, WindowChange); // the window column's header names the ranked metric
}

QString PortTableModel::describe(const PortRow &row) const
{
    QStringList parts;
    if (!row.type.isEmpty())
        parts << typeText(row.type);
    if (!row.local.isEmpty() && !row.peer.isEmpty())
        parts << row.local + QStringLiteral(" → ") + row.peer;
    else if (!row.local.isEmpty())
        parts << row.local;
    else if (!row.name.isEmpty())
        parts << row.name;
    return parts.isEmpty() ? row.idText : row.idText + QStringLiteral(" (") + parts.join(QLatin1Char(' ')) + QLatin1Char(')');
}

} // namespace beamtop
