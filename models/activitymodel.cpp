// SPDX-License-Identifier: GPL-3.0-or-later
#include "activitymodel.h"

#include "collect/systemsample.h"
#include "format.h"

#include <QLocale>

namespace beamtop {

ActivityModel::ActivityModel(QObject *parent) : RowTableModel(ColumnCount, parent) {}

QString ActivityModel::headerText(int column) const
{
    switch (Column(column)) {
    case Name: return tr("Counter");
    case Total: return tr("Total");
    case PerSecond: return tr("Per second");
    case ColumnCount: break;
    }
    return {};
}

QString ActivityModel::headerToolTip(int column) const
{
    switch (Column(column)) {
    case Total: return tr("Since the node started.");
    case PerSecond: return tr("Over the last refresh interval, by the node's clock.");
    default: return {};
    }
}

void ActivityModel::setSample(const SystemSample &s)
{
    QVector<Row> rows;
    const QString none = QStringLiteral("—");
    auto rateCell = [&](double perS, bool isBytes) {
        if (!s.hasRates)
            return Cell{none, {}, tr("Needs two samples.")};
        const QString exact = tr("%1 per second over %2 s")
                                  .arg(QLocale().toString(perS, 'f', 2), QLocale().toString(s.intervalS, 'f', 3));
        return Cell{isBytes ? Format::bytesPerSecond(perS) : Format::perSecond(perS), perS, exact};
    };
    auto counter = [&](const QString &key, const QString &name, qint64 total, double perS, const QString &tip = {}) {
        Row r;
        r.key = key;
        r.cells = {Cell{name, name, tip}, Cell{Format::count(total), total, {}}, rateCell(perS, false)};
        rows.append(r);
    };
    auto bytes = [&](const QString &key, const QString &name, qint64 total, double perS) {
        Row r;
        r.key = key;
        r.cells = {Cell{name, name, {}}, Cell{Format::bytes(total), total, Format::exactBytes(total)},
                   rateCell(perS, true)};
        rows.append(r);
    };

    counter(QStringLiteral("reductions"), tr("Reductions"), s.reductions, s.reductionsPerS,
            tr("Units of work done by the schedulers."));
    {
        Row r;
        r.key = QStringLiteral("run_queue");
        const QString name = tr("Run queue");
        r.cells = {Cell{name, name, tr("Processes and ports ready to run, waiting for a scheduler, now.")},
                   Cell{Format::count(s.runQueue), s.runQueue, {}}, Cell{none, {}, {}}};
        rows.append(r);
    }
    bytes(QStringLiteral("io_input"), tr("I/O input"), s.ioInputBytes, s.ioInputBytesPerS);
    bytes(QStringLiteral("io_output"), tr("I/O output"), s.ioOutputBytes, s.ioOutputBytesPerS);
    counter(QStringLiteral("gc_count"), tr("Garbage collections"), s.gcCount, s.gcPerS);
    {
        Row r;
        r.key = QStringLiteral("gc_words_reclaimed");
        const QString name = tr("Words reclaimed");
        const qint64 wordBytes = s.wordsize > 0 ? s.wordsize : 8;
        Cell rate = rateCell(s.gcWordsReclaimedPerS, false);
        if (s.hasRates)
            rate.exact += QLatin1Char('\n') + tr("%1 per second").arg(Format::bytes(qint64(s.gcWordsReclaimedPerS) * wordBytes));
        r.cells = {Cell{name, name, tr("Heap words freed by garbage collection.")},
                   Cell{Format::count(s.gcWordsReclaimed), s.gcWordsReclaimed,
                        tr("%1 words (%2)").arg(Format::count(s.gcWordsReclaimed),
                                                Format::bytes(s.gcWordsReclaimed * wordBytes))},
                   rate};
        rows.append(r);
    }
    counter(QStringLiteral("context_switches"), tr("Context switches"), s.contextSwitches, s.contextSwitchesPerS);
    applyRows(std::move(rows));
}

} // namespace beamtop
