// SPDX-License-Identifier: GPL-3.0-or-later
#include "appstablemodel.h"

#include "format.h"

#include <QLocale>

namespace beamtop {

namespace {

QString statusForPeople(AppRow::Status s)
{
    switch (s) {
    case AppRow::Status::Running: return AppsTableModel::tr("running");
    case AppRow::Status::Starting: return AppsTableModel::tr("starting");
    case AppRow::Status::Loaded: break;
    }
    return AppsTableModel::tr("loaded");
}

QString dash()
{
    return QStringLiteral("—");
}

} // namespace

AppsTableModel::AppsTableModel(QObject *parent) : RowTableModel(ColumnCount, parent) {}

QString AppsTableModel::outsideKey()
{
    return QStringLiteral("$outside");
}

QString AppsTableModel::headerText(int column) const
{
    switch (Column(column)) {
    case Name: return tr("Application");
    case Status: return tr("Status");
    case Version: return tr("Version");
    case Description: return tr("Description");
    case StartType: return tr("Start type");
    case Processes: return tr("Processes");
    case Memory: return tr("Memory");
    case ReductionsPerSec: return tr("Reductions/s");
    case MessageQueue: return tr("Message queue");
    case ColumnCount: break;
    }
    return {};
}

QString AppsTableModel::headerToolTip(int column) const
{
    switch (Column(column)) {
    case Name: return tr("The application; \"(no application)\" holds the processes whose group leader belongs to none "
                         "(started from a shell, by rpc, ...). Double-click an application for its supervision tree.");
    case Status: return tr("running, starting, or loaded (its code is known but it was not started).");
    case StartType: return tr("What a stop of this application does to the node: permanent stops the node, transient "
                              "does if it stopped abnormally, temporary only reports it.");
    case Processes: return tr("The processes whose group leader is this application's, as the Processes page's "
                              "application column counts them.");
    case Memory: return tr("The memory of those processes, added up.");
    case ReductionsPerSec: return tr("The reductions of those processes per second, between the agent's last two "
                                     "counts.");
    case MessageQueue: return tr("The messages waiting in those processes' queues, added up.");
    default: break;
    }
    return {};
}

bool AppsTableModel::isMetricColumn(int column) const
{
    return column >= Processes && column < ColumnCount;
}

void AppsTableModel::setSample(const AppsSample &sample)
{
    m_sample = sample;
    apply();
}

void AppsTableModel::setFormatter(const TermFormatter &formatter)
{
    m_formatter = formatter;
    apply();
}

void AppsTableModel::clear()
{
    m_sample = AppsSample();
    RowTableModel::clear();
}

const AppRow *AppsTableModel::app(const QString &key) const
{
    return key == outsideKey() ? nullptr : m_sample.find(key);
}

void AppsTableModel::apply()
{
    QVector<Row> rows;
    rows.reserve(m_sample.apps.size() + 1);
    for (const AppRow &a : std::as_const(m_sample.apps))
        rows.append(makeRow(a));
    // Before the first sample there is nothing outside anything to speak of.
    if (!m_sample.apps.isEmpty() || m_sample.processCount > 0)
        rows.append(makeOutsideRow());
    applyRows(std::move(rows));
}

void AppsTableModel::setTotals(Row *row, const AppTotals *t, const QString &why) const
{
    // An unknown figure's raw value is -1, not nothing: a proxy sorting biggest first puts
    // invalid values on top, and "—" belongs at the bottom.
    if (!t) {
        for (int c = Processes; c < ColumnCount; ++c)
            row->cells[c] = Cell{dash(), qint64(-1), why};
        return;
    }
    // While the agent's first count is under way the figures are a part of the node.
    QString partial;
    if (m_sample.partial)
        partial = QLatin1Char('\n')
            + tr("Partial: the first count has reached %1 of %2 processes.")
                  .arg(Format::count(m_sample.sweepDone), Format::count(m_sample.sweepTotal));
    row->cells[Processes] = Cell{Format::count(t->processes), t->processes,
                                 tr("%1 processes").arg(QLocale().toString(t->processes)) + partial};
    row->cells[Memory] = Cell{Format::bytes(t->memory), t->memory, Format::exactBytes(t->memory) + partial};
    if (t->reductionsPerSec >= 0)
        row->cells[ReductionsPerSec] =
            Cell{Format::perSecond(t->reductionsPerSec), t->reductionsPerSec,
                 tr("%1 reductions per second").arg(QLocale().toString(t->reductionsPerSec, 'f', 1)) + partial};
    else
        row->cells[ReductionsPerSec] =
            Cell{dash(), -1.0, tr("Not known yet: the rate needs two complete counts of the processes.")};
    row->cells[MessageQueue] = Cell{Format::count(t->messageQueue), t->messageQueue,
                                    tr("%1 messages waiting").arg(QLocale().toString(t->messageQueue)) + partial};
}

RowTableModel::Row AppsTableModel::makeRow(const AppRow &a) const
{
    Row row;
    row.key = a.nameText;
    row.cells.resize(ColumnCount);
    const QString name = m_formatter.atom(a.nameText);
    QString nameTip = name;
    if (!a.description.isEmpty())
        nameTip += QLatin1Char('\n') + a.description;
    row.cells[Name] = Cell{name, a.nameText, nameTip};
    if (m_sample.infoOk) {
        row.cells[Status] = Cell{statusForPeople(a.status), a.statusText(), {}};
    } else {
        // Without the application controller's answer we only know the application exists.
        row.cells[Status] = Cell{dash(), QVariant(), tr("The application controller did not answer: %1").arg(m_sample.infoError)};
    }
    row.cells[Version] = Cell{a.version, a.version, {}};
    row.cells[Description] = Cell{a.description, a.description, {}};
    row.cells[StartType] = Cell{a.startType, a.startType, {}};
    if (a.hasTotals)
        setTotals(&row, &a.totals, {});
    else if (a.status == AppRow::Status::Loaded)
        setTotals(&row, nullptr, tr("Not running: no processes of its own."));
    else
        setTotals(&row, nullptr, tr("Not counted yet: the agent's count of the processes has not reached it."));
    return row;
}

RowTableModel::Row AppsTableModel::makeOutsideRow() const
{
    Row row;
    row.key = outsideKey();
    row.cells.resize(ColumnCount);
    row.cells[Name] = Cell{tr("(no application)"), QString(),
                           tr("Processes whose group leader belongs to no application: started from a shell, by rpc, "
                              "or by the runtime itself. Double-click to list them on the Processes page.")};
    row.cells[Status] = Cell{dash(), QVariant(), tr("Not an application.")};
    setTotals(&row, &m_sample.outside, {});
    return row;
}

} // namespace beamtop
