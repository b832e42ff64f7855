#include "processtablemodel.h"

#include "format.h"

#include <QCoreApplication>
#include <QThread>

#include <limits>

namespace beamtop {

namespace {

const QString Placeholder = QStringLiteral("…");

} // namespace

ProcessTableModel::ProcessTableModel(QObject *parent) : QAbstractTableModel(parent) {}

void ProcessTableModel::assertGuiThread() const
{
    Q_ASSERT_X(!QCoreApplication::instance() || QThread::currentThread() == QCoreApplication::instance()->thread(),
               "ProcessTableModel", "models change only in the GUI thread");
}

int ProcessTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : m_total;
}

int ProcessTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

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
    switch (sort) {
    case ProcessQuery::Sort::Memory: return Memory;
    case ProcessQuery::Sort::Reductions: return mode == ProcessQuery::Mode::Window ? ReductionsPerS : Reductions;
    case ProcessQuery::Sort::MessageQueueLen: return MessageQueueLen;
    case ProcessQuery::Sort::BinaryMemory: return BinaryMemory;
    case ProcessQuery::Sort::TotalHeapSize: return TotalHeapSize;
    }
    return Memory;
}

ProcessTableModel::Shown ProcessTableModel::present(const ProcessRow &r) const
{
    Shown s;
    s.row = r;
    const TermFormatter &f = m_formatter;
    auto term = [&](int c, const Term &t) {
        s.text[c] = f.call(t);
        s.raw[c] = s.text[c];
        s.tip[c] = t.isTuple(3) ? f.format(t) : s.text[c];
    };
    auto count = [&](int c, qint64 v) {
        s.text[c] = Format::count(v);
        s.raw[c] = v;
        s.tip[c] = s.text[c];
    };
    auto bytes = [&](int c, qint64 v) {
        s.text[c] = Format::bytes(v);
        s.raw[c] = v;
        s.tip[c] = Format::exactBytes(v);
    };

    s.text[Pid] = r.pidText;
    s.raw[Pid] = r.pidText;
    s.tip[Pid] = r.pidText;

    s.text[Name] = r.displayName(f);
    s.raw[Name] = s.text[Name];
    s.tip[Name] = s.text[Name].isEmpty() ? r.pidText : s.text[Name] + QLatin1Char(' ') + r.pidText;

    term(InitialCall, r.initialCall);
    term(CurrentFunction, r.currentFunction);
    bytes(Memory, r.memory);
    count(Reductions, r.reductions);
    if (r.reductionsPerS >= 0) {
        s.text[ReductionsPerS] = Format::perSecond(r.reductionsPerS);
        s.raw[ReductionsPerS] = r.reductionsPerS;
        s.tip[ReductionsPerS] = tr("%1 reductions per second").arg(QLocale().toString(r.reductionsPerS, 'f', 1));
    } else {
        s.tip[ReductionsPerS] = tr("Known from the second refresh that shows this process");
    }
    count(MessageQueueLen, r.messageQueueLen);
    bytes(BinaryMemory, r.binaryMemory);
    // total_heap_size is in words; people read bytes (the raw value stays in words, like the
    // node's and beamtop-cli's).
    s.text[TotalHeapSize] = Format::bytes(r.totalHeapSize * m_wordSize);
    s.raw[TotalHeapSize] = r.totalHeapSize;
    s.tip[TotalHeapSize] = tr("%1 words (%2)").arg(QLocale().toString(r.totalHeapSize), Format::exactBytes(r.totalHeapSize * m_wordSize));

    if (m_mode == ProcessQuery::Mode::Window && m_page.windowValid && r.rankValue >= 0) {
        const qint64 v = r.rankValue;
        switch (m_sort) {
        case ProcessQuery::Sort::MessageQueueLen:
            s.text[WindowChange] = Format::perSecond(double(v));
            s.tip[WindowChange] = tr("The queue grew by %1 messages per second over the last interval").arg(QLocale().toString(v));
            break;
        case ProcessQuery::Sort::TotalHeapSize:
            s.text[WindowChange] = Format::bytesPerSecond(double(v * m_wordSize));
            s.tip[WindowChange] = tr("The heap grew by %1 words per second over the last interval").arg(QLocale().toString(v));
            break;
        case ProcessQuery::Sort::Reductions:
            s.text[WindowChange] = Format::perSecond(double(v));
            s.tip[WindowChange] = tr("%1 reductions per second over the last interval").arg(QLocale().toString(v));
            break;
        default:
            s.text[WindowChange] = Format::bytesPerSecond(double(v));
            s.tip[WindowChange] = tr("Grew by %1 per second over the last interval").arg(Format::exactBytes(v));
            break;
        }
        s.raw[WindowChange] = v;
    }

    s.text[Status] = r.status;
    s.raw[Status] = r.status;
    s.tip[Status] = r.exited() ? tr("The process exited after it was ranked") : r.status;
    s.text[Application] = r.application;
    s.raw[Application] = r.application;
    s.tip[Application] = r.application;
    return s;
}

bool ProcessTableModel::sameCell(const Shown &a, const Shown &b, int c)
{
    return a.text[c] == b.text[c] && a.raw[c] == b.raw[c] && a.tip[c] == b.tip[c];
}

QVariant ProcessTableModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const int c = index.column();
    if (role == Qt::TextAlignmentRole) {
        const bool number = c >= Memory && c <= WindowChange;
        return QVariant::fromValue((number ? Qt::AlignRight : Qt::AlignLeft) | Qt::AlignVCenter);
    }
    if (role == RankRole)
        return index.row();
    const int i = index.row() - m_offset;
    if (i < 0 || i >= m_rows.size()) {
        switch (role) {
        case Qt::DisplayRole: return c == Pid ? QVariant(Placeholder) : QVariant(QString());
        case Qt::ToolTipRole: return c == Pid ? QVariant(tr("Not fetched yet: it comes when the row is on screen")) : QVariant();
        case LoadedRole: return false;
        case ExitedRole: return false;
        default: return {};
        }
    }
    const Shown &s = m_rows.at(i);
    switch (role) {
    case Qt::DisplayRole: return s.text[c];
    case Qt::ToolTipRole: return s.tip[c].isEmpty() ? QVariant() : QVariant(s.tip[c]);
    case RawValueRole: return s.raw[c];
    case PidRole: return QVariant::fromValue(Term::pid(s.row.pid));
    case PidTextRole: return s.row.pidText;
    case LoadedRole: return true;
    case ExitedRole: return s.row.exited();
    default: return {};
    }
}

QVariant ProcessTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || section < 0 || section >= ColumnCount)
        return {};
    if (role == Qt::InitialSortOrderRole)
        return section >= Memory && section <= WindowChange ? Qt::DescendingOrder : Qt::AscendingOrder;
    if (role == Qt::TextAlignmentRole)
        return QVariant::fromValue((section >= Memory && section <= WindowChange ? Qt::AlignRight : Qt::AlignLeft) | Qt::AlignVCenter);
    if (role == Qt::DisplayRole) {
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
            switch (m_sort) {
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
    if (role == Qt::ToolTipRole) {
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
        case Status: what = tr("running, runnable, waiting, garbage_collecting, suspended or exiting"); break;
        case Application: what = tr("The OTP application the process belongs to (from its group leader)"); break;
        }
        if (rankable(section))
            return tr("%1.\nClick to rank every process by this on the node, biggest first.").arg(what);
        if (section == WindowChange)
            return QString(what + QLatin1Char('.'));
        return tr("%1.\nThe node ranks only by memory, reductions, reductions/s, queue, binary and heap: this column does not sort.")
            .arg(what);
    }
    return {};
}

QHash<int, QByteArray> ProcessTableModel::roleNames() const
{
    QHash<int, QByteArray> names = QAbstractTableModel::roleNames();
    names.insert(RawValueRole, "rawValue");
    names.insert(PidRole, "pid");
    names.insert(PidTextRole, "pidText");
    names.insert(LoadedRole, "loaded");
    names.insert(ExitedRole, "exited");
    names.insert(RankRole, "rank");
    return names;
}

void ProcessTableModel::setRanking(ProcessQuery::Sort sort, ProcessQuery::Mode mode, const QString &filter)
{
    assertGuiThread();
    if (sort == m_sort && mode == m_mode && filter == m_filter)
        return;
    const bool headerChanged = sort != m_sort;
    beginResetModel();
    m_sort = sort;
    m_mode = mode;
    m_filter = filter;
    m_total = 0;
    m_offset = 0;
    m_rows.clear();
    m_rowOfPid.clear();
    m_page = {};
    endResetModel();
    if (headerChanged)
        emit headerDataChanged(Qt::Horizontal, WindowChange, WindowChange);
}

void ProcessTableModel::setWordSize(int bytes)
{
    assertGuiThread();
    if (bytes <= 0 || bytes == m_wordSize)
        return;
    m_wordSize = bytes;
    reformat();
}

void ProcessTableModel::setFormatter(const TermFormatter &formatter)
{
    assertGuiThread();
    if (formatter.options().syntax == m_formatter.options().syntax
        && formatter.options().localNode == m_formatter.options().localNode)
        return;
    m_formatter = formatter;
    reformat();
}

void ProcessTableModel::reformat()
{
    for (Shown &s : m_rows)
        s = present(s.row);
    if (!m_rows.isEmpty())
        emit dataChanged(index(m_offset, 0), index(m_offset + int(m_rows.size()) - 1, ColumnCount - 1));
}

void ProcessTableModel::clear()
{
    assertGuiThread();
    if (m_total == 0 && m_rows.isEmpty())
        return;
    beginResetModel();
    m_total = 0;
    m_offset = 0;
    m_rows.clear();
    m_rowOfPid.clear();
    m_pinned.clear();
    m_page = {};
    endResetModel();
    emit pageApplied();
}

bool ProcessTableModel::applyPage(const ProcessRanking &page)
{
    assertGuiThread();
    if (page.query.sort != m_sort || page.query.mode != m_mode || page.query.filter != m_filter)
        return false;
    ProcessRanking status = page;
    status.rows.clear();
    status.pinned.clear();
    m_page = status;

    m_pinned.clear();
    for (const ProcessRow &r : page.pinned)
        m_pinned.insert(r.pidText, r);

    // 1. The total: rows come and go at the end; the positions in between change contents.
    const int total = int(qBound(qint64(0), page.total, qint64(std::numeric_limits<int>::max())));
    if (total > m_total) {
        beginInsertRows({}, m_total, total - 1);
        m_total = total;
        endInsertRows();
    } else if (total < m_total) {
        // Rows held beyond the new end go with them.
        beginRemoveRows({}, total, m_total - 1);
        m_total = total;
        if (m_offset >= total) {
            m_offset = 0;
            m_rows.clear();
        } else if (m_offset + m_rows.size() > total) {
            m_rows.resize(total - m_offset);
        }
        endRemoveRows();
    }

    // 2. The new rows held. Positions in the old range only: they lose their contents.
    const int newOffset = qBound(0, page.query.offset, total);
    const int newCount = qMin(int(page.rows.size()), qMax(0, total - newOffset));
    QVector<Shown> fresh;
    fresh.reserve(newCount);
    for (int i = 0; i < newCount; ++i)
        fresh.append(present(page.rows.at(i)));

    // 3. Changed cells over the old and the new range, batched in runs of rows. Positions
    //    that were held and are not any more lose their contents (placeholders again).
    const int curEnd = m_offset + int(m_rows.size());
    const int newEnd = newOffset + newCount;
    QVector<std::pair<int, std::pair<int, int>>> changes; // row -> [firstCol, lastCol]
    auto visit = [&](int row) {
        const bool wasHeld = row >= m_offset && row < curEnd;
        const bool isHeld = row >= newOffset && row < newEnd;
        if (wasHeld != isHeld) {
            changes.append({row, {0, ColumnCount - 1}});
            return;
        }
        const Shown &a = m_rows.at(row - m_offset);
        const Shown &b = fresh.at(row - newOffset);
        int fc = ColumnCount, lc = -1;
        for (int c = 0; c < ColumnCount; ++c) {
            if (!sameCell(a, b, c)) {
                fc = qMin(fc, c);
                lc = qMax(lc, c);
            }
        }
        if (a.row.pid != b.row.pid) {
            fc = 0;
            lc = ColumnCount - 1;
        }
        if (lc >= 0)
            changes.append({row, {fc, lc}});
    };
    // In row order: the old range's rows before the new range, the new range, then the rest.
    for (int row = m_offset; row < qMin(curEnd, newOffset); ++row)
        visit(row);
    for (int row = newOffset; row < newEnd; ++row)
        visit(row);
    for (int row = qMax(m_offset, newEnd); row < curEnd; ++row)
        visit(row);
    m_offset = newOffset;
    m_rows = std::move(fresh);
    m_rowOfPid.clear();
    for (int i = 0; i < m_rows.size(); ++i)
        m_rowOfPid.insert(m_rows.at(i).row.pidText, i);

    for (int i = 0; i < changes.size();) {
        int j = i;
        int fc = changes.at(i).second.first, lc = changes.at(i).second.second;
        while (j + 1 < changes.size() && changes.at(j + 1).first == changes.at(j).first + 1) {
            ++j;
            fc = qMin(fc, changes.at(j).second.first);
            lc = qMax(lc, changes.at(j).second.second);
        }
        emit dataChanged(index(changes.at(i).first, fc), index(changes.at(j).first, lc));
        i = j + 1;
    }
    emit pageApplied();
    return true;
}

int ProcessTableModel::rowOfPid(const QString &pidText) const
{
    const auto it = m_rowOfPid.constFind(pidText);
    return it == m_rowOfPid.constEnd() ? -1 : m_offset + *it;
}

const ProcessRow *ProcessTableModel::rowForPid(const QString &pidText) const
{
    const auto it = m_rowOfPid.constFind(pidText);
    if (it != m_rowOfPid.constEnd())
        return &m_rows.at(*it).row;
    const auto p = m_pinned.constFind(pidText);
    return p == m_pinned.constEnd() ? nullptr : &*p;
}

const ProcessRow *ProcessTableModel::rowAt(int row) const
{
    return isLoaded(row) ? &m_rows.at(row - m_offset).row : nullptr;
}

QString ProcessTableModel::describe(const ProcessRow &row) const
{
    const QString name = present(row).text[Name];
    return name.isEmpty() ? row.pidText : name + QLatin1Char(' ') + row.pidText;
}

} // namespace beamtop
