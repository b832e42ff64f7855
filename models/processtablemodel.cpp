// SPDX-License-Identifier: GPL-3.0-or-later
#include "processtablemodel.h"

#include "format.h"

#include <QLocale>

namespace beamtop {

ProcessTableModel::ProcessTableModel(QObject *parent) : RankedTableModel(ColumnCount, parent) {}

bool ProcessTableModel::rankable(int column, ProcessQuery::Sort *sort, ProcessQuery::Mode *mode)
{
    using S = ProcessQuery::Sort;
    S s;
    switch (column) {
    case Memory: s = S::Memory; break;
    case Reductions: s = S::Reductions; break;
    case ReductionsPerS: s = S::Reductions; break;
    case MessageQueueLen: s = S::MessageQueueLen; break;
    case BinaryMemory: s = S::BinaryMemory; break;
    case TotalHeapSize: s = S::TotalHeapSize; break;
    default: return false;
    }
    if (sort)
        *sort = s;
    if (mode && column == ReductionsPerS)
        *mode = ProcessQuery::Mode::Window;
    return true;
}

int ProcessTableModel::columnFor(ProcessQuery::Sort sort, ProcessQuery::Mode mode)
{
    // In window mode the rows are in order of the change per second: its column, not the
    // metric's (Reductions/s is the rate of reductions).
    if (mode == ProcessQuery::Mode::Window && sort != ProcessQuery::Sort::Reductions)
        return WindowChange;
    switch (sort) {
    case ProcessQuery::Sort::Memory: return Memory;
    case ProcessQuery::Sort::Reductions: return mode == ProcessQuery::Mode::Window ? ReductionsPerS : Reductions;
    case ProcessQuery::Sort::MessageQueueLen: return MessageQueueLen;
    case ProcessQuery::Sort::BinaryMemory: return BinaryMemory;
    case ProcessQuery::Sort::TotalHeapSize: return TotalHeapSize;
    }
    return Memory;
}

QVariant ProcessTableModel::entityOf(const ProcessRow &row) const
{
    return QVariant::fromValue(Term::pid(row.pid));
}

QVector<ProcessTableModel::Cell> ProcessTableModel::present(const ProcessRow &r) const
{
    QVector<Cell> s(ColumnCount);
    const TermFormatter &f = formatter();
    auto term = [&](int c, const Term &t) {
        s[c].text = f.call(t);
        s[c].raw = s[c].text;
        s[c].tip = t.isTuple(3) ? f.format(t) : s[c].text;
    };
    auto count = [&](int c, qint64 v) {
        s[c].text = Format::count(v);
        s[c].raw = v;
        s[c].tip = s[c].text;
    };
    auto bytes = [&](int c, qint64 v) {
        s[c].text = Format::bytes(v);
        s[c].raw = v;
        s[c].tip = Format::exactBytes(v);
    };

    s[Pid] = {r.pidText, r.pidText, r.pidText};

    const QString name = r.displayName(f);
    s[Name] = {name, name.isEmpty() ? r.pidText : name + QLatin1Char(' ') + r.pidText, name};

    term(InitialCall, r.initialCall);
    term(CurrentFunction, r.currentFunction);
    bytes(Memory, r.memory);
    count(Reductions, r.reductions);
    if (r.reductionsPerS >= 0) {
        s[ReductionsPerS].text = Format::perSecond(r.reductionsPerS);
        s[ReductionsPerS].raw = r.reductionsPerS;
        s[ReductionsPerS].tip = tr("%1 reductions per second").arg(QLocale().toString(r.reductionsPerS, 'f', 1));
    } else {
        s[ReductionsPerS].tip = tr("Known from the second refresh that shows this process");
    }
    count(MessageQueueLen, r.messageQueueLen);
    bytes(BinaryMemory, r.binaryMemory);
    // total_heap_size is in words; people read bytes (the raw value stays in words, like the
    // node's and beamtop-cli's).
    s[TotalHeapSize].text = Format::bytes(r.totalHeapSize * m_wordSize);
    s[TotalHeapSize].raw = r.totalHeapSize;
    s[TotalHeapSize].tip = tr("%1 words (%2)").arg(QLocale().toString(r.totalHeapSize), Format::exactBytes(r.totalHeapSize * m_wordSize));

    if (mode() == ProcessQuery::Mode::Window && lastPage().windowValid && r.rankValue >= 0) {
        const qint64 v = r.rankValue;
        Cell &w = s[WindowChange];
        switch (sort()) {
        case ProcessQuery::Sort::MessageQueueLen:
            w.text = Format::perSecond(double(v));
            w.tip = tr("The queue grew by %1 messages per second over the last interval").arg(QLocale().toString(v));
            break;
        case ProcessQuery::Sort::TotalHeapSize:
            w.text = Format::bytesPerSecond(double(v * m_wordSize));
            w.tip = tr("The heap grew by %1 words per second over the last interval").arg(QLocale().toString(v));
            break;
        case ProcessQuery::Sort::Reductions:
            w.text = Format::perSecond(double(v));
            w.tip = tr("%1 reductions per second over the last interval").arg(QLocale().toString(v));
            break;
        default:
            w.text = Format::bytesPerSecond(double(v));
            w.tip = tr("Grew by %1 per second over the last interval").arg(Format::exactBytes(v));
            break;
        }
        w.raw = v;
    }

    s[Status] = {r.status, r.status, r.status};
    s[Application] = {r.application, r.application, r.application};
    if (r.exited())
        presentExited(r, s);
    return s;
}

void ProcessTableModel::presentExited(const ProcessRow &r, QVector<Cell> &s) const
{
    const QString exited = QStringLiteral("exited");
    if (!r.hasValues()) {
        // Gone before Beamtop read it alive: its figures are unknown, not zero.
        const QString never = tr("The process exited before Beamtop could read it; it leaves the ranking at the next refresh");
        for (int c : {InitialCall, CurrentFunction, Memory, Reductions, ReductionsPerS, MessageQueueLen, BinaryMemory,
                      TotalHeapSize, WindowChange}) {
            if (c == WindowChange && s[c].text.isEmpty())
                continue;
            s[c] = {QStringLiteral("—"), never, QVariant()};
        }
        s[Status] = {tr("exited"), never, exited};
        return;
    }
    const QString seen = QLocale().toString(r.seenAt.toLocalTime().time(), QStringLiteral("HH:mm:ss"));
    const QString note = tr("The process has exited; these are its figures last seen at %1. It leaves the ranking at the "
                            "next refresh.")
                             .arg(seen);
    noteOnEveryCell(s, note);
    s[Status] = {tr("exited, last seen %1").arg(seen), note, exited};
}

QString ProcessTableModel::headerText(int section) const
{
    switch (section) {
    case Pid: return tr("Pid");
    case Name: return tr("Name");
    case InitialCall: return tr("Initial call");
    case CurrentFunction: return tr("Current function");
    case Memory: return tr("Memory");
    case Reductions: return tr("Reductions");
    case ReductionsPerS: return tr("Reductions/s");
    case MessageQueueLen: return tr("Queue");
    case BinaryMemory: return tr("Binary");
    case TotalHeapSize: return tr("Heap");
    case WindowChange:
        switch (sort()) {
        case ProcessQuery::Sort::Memory: return tr("Memory growth/s");
        case ProcessQuery::Sort::MessageQueueLen: return tr("Queue growth/s");
        case ProcessQuery::Sort::BinaryMemory: return tr("Binary growth/s");
        case ProcessQuery::Sort::TotalHeapSize: return tr("Heap growth/s");
        case ProcessQuery::Sort::Reductions: return tr("Reductions/s (window)");
        }
        return {};
    case Status: return tr("Status");
    case Application: return tr("Application");
    }
    return {};
}

QString ProcessTableModel::headerToolTip(int section) const
{
    QString what;
    switch (section) {
    case Pid: what = tr("The process identifier, as the node prints it"); break;
    case Name: what = tr("Registered name, else process label, else the initial call"); break;
    case InitialCall: what = tr("The function the process started in (for OTP processes, what proc_lib recorded)"); break;
    case CurrentFunction: what = tr("The function the process is executing or waiting in"); break;
    case Memory: what = tr("Memory of the process: heap, stack, message queue and internal structures"); break;
    case Reductions: what = tr("Reductions (units of work) since the process started"); break;
    case ReductionsPerS: what = tr("Reductions per second: how busy the process is now"); break;
    case MessageQueueLen: what = tr("Messages waiting in the process's queue"); break;
    case BinaryMemory: what = tr("Size of the reference-counted binaries the process holds"); break;
    case TotalHeapSize: what = tr("Total heap size, all heap fragments included"); break;
    case WindowChange: what = tr("Change per second of the ranked figure over the last interval (sliding window)"); break;
    case Status:
        what = tr("running, runnable, waiting, garbage_collecting, suspended or exiting; \"exited\" (greyed, with its last "
                  "figures) for a process gone since it was ranked, until it leaves the ranking at the next refresh");
        break;
    case Application: what = tr("The OTP application the process belongs to (from its group leader)"); break;
    }
    if (rankable(section))
        return tr("%1.\nClick to rank every process by this on the node, biggest first.").arg(what);
    if (section == WindowChange)
        return QString(what + QLatin1Char('.'));
    return tr("%1.\nThe node ranks only by memory, reductions, reductions/s, queue, binary and heap: this column does not sort.")
        .arg(what);
}

QHash<int, QByteArray> ProcessTableModel::roleNames() const
{
    QHash<int, QByteArray> names = RankedTableModel::roleNames();
    names.insert(PidRole, "pid"); // the key role, by the name process views know it under
    names.insert(PidTextRole, "pidText");
    names.insert(ExitedRole, "exited");
    return names;
}

void ProcessTableModel::setRanking(ProcessQuery::Sort sort, ProcessQuery::Mode mode, const QString &filter)
{
    ProcessQuery ranking;
    ranking.sort = sort;
    ranking.mode = mode;
    ranking.filter = filter;
    resetRanking(ranking, WindowChange); // the window column's header names the ranked metric
}

void ProcessTableModel::setWordSize(int bytes)
{
    assertGuiThread();
    if (bytes <= 0 || bytes == m_wordSize)
        return;
    m_wordSize = bytes;
    representRows();
}

QString ProcessTableModel::describe(const ProcessRow &row) const
{
    const QString name = present(row).at(Name).text;
    return name.isEmpty() ? row.pidText : name + QLatin1Char(' ') + row.pidText;
}

} // namespace beamtop
