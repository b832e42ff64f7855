// SPDX-License-Identifier: GPL-3.0-or-later
#include "loadpage.h"

#include "tuiparts.h"

#include "collect/schedulercollector.h"
#include "format.h"
#include "history/historystore.h"
#include "history/loadmetrics.h"
#include "historymodel.h"
#include "schedulermodel.h"
#include "session/nodesession.h"

#include <QLocale>

#include <cmath>
#include <limits>

namespace beamtop::tui {

namespace {

constexpr int MaxCellWidth = 40;  // a scheduler's bar cell, when there is room
constexpr int MinBarWidth = 12;   // "100.0 % q 12" still readable over it
constexpr int HistoryLabelWidth = 22;
constexpr int ValueWidth = 14; // what a sparkline leaves room for before the values are known

struct TypeGroup
{
    SchedulerSample::Type type;
    QVector<int> rows; // model rows of this type's schedulers
};

// The scheduler model's rows by type, in the node's order.
QVector<TypeGroup> groups(const SchedulerModel *m)
{
    QVector<TypeGroup> out;
    for (int r = 0; r < m->rowCount(); ++r) {
        const auto type = SchedulerSample::Type(m->index(r, SchedulerModel::Type).data(RowTableModel::RawValueRole).toInt());
        if (out.isEmpty() || out.last().type != type)
            out.append({type, {}});
        out.last().rows.append(r);
    }
    return out;
}

// The short label of a scheduler in a bar's cell: 3 for normal scheduler 3, C3 and I3 for dirty ones.
QString shortLabel(SchedulerSample::Type type, int index)
{
    switch (type) {
    case SchedulerSample::Type::Normal: return QString::number(index);
    case SchedulerSample::Type::DirtyCpu: return LoadPage::tr("C%1").arg(index);
    case SchedulerSample::Type::DirtyIo: return LoadPage::tr("I%1").arg(index);
    }
    return {};
}

Role levelRole(double fraction)
{
    switch (RowTableModel::levelFor(fraction)) {
    case RowTableModel::Level::Critical: return Role::Critical;
    case RowTableModel::Level::Warning: return Role::Warning;
    case RowTableModel::Level::Normal: break;
    }
    return Role::Good;
}

struct HistoryLine
{
    const char *key;
    MetricUnit unit;
    bool ratio; // drawn from 0 to 1 rather than to its own peak
};

// In the order they matter: a short terminal shows the first ones.
const HistoryLine HistoryLines[] = {
    {"scheduler_utilization_total", MetricUnit::Ratio, true},
    {"run_queue", MetricUnit::Count, false},
    {"reductions_per_s", MetricUnit::PerSecond, false},
    {"process_count", MetricUnit::Count, false},
    {"memory_total_bytes", MetricUnit::Bytes, false},
    {"memory_binary_bytes", MetricUnit::Bytes, false},
    {"memory_ets_bytes", MetricUnit::Bytes, false},
    {"io_in_bytes_per_s", MetricUnit::BytesPerSecond, false},
    {"io_out_bytes_per_s", MetricUnit::BytesPerSecond, false},
    {"gc_per_s", MetricUnit::PerSecond, false},
    {"port_count", MetricUnit::Count, false},
};

} // namespace

LoadPage::LoadPage(TuiScreen *screen) : TuiPage(screen), m_schedulers(new SchedulerModel(this))
{
    // No feed: the system sample, the schedulers and the history are read every tick.
}

void LoadPage::setSession(NodeSession *session)
{
    if (m_watched) {
        disconnect(m_watched, nullptr, this, nullptr);
        disconnect(m_watched->schedulers(), nullptr, this, nullptr);
    }
    const bool otherNode = !session || !m_watched || session->nodeName() != m_watched->nodeName();
    TuiPage::setSession(session);
    m_watched = session;
    m_schedulerError.clear();
    if (otherNode)
        m_schedulers->clear();
    if (session) {
        connect(session->schedulers(), &SchedulerCollector::sampleReady, this, &LoadPage::onSchedulers);
        connect(session, &NodeSession::schedulerError, this, [this](const QString &error) {
            m_schedulerError = tr("Could not read the schedulers: %1").arg(error);
            if (isShown())
                emit changed();
        });
        // Drawn again with each row of history (after the tick's readings), only while shown.
        connect(session, &NodeSession::historyAppended, this, [this] {
            if (isShown())
                emit changed();
        });
        connect(session, &NodeSession::stateChanged, this, [this] {
            if (isShown())
                emit changed();
        });
        if (const std::optional<SchedulerSample> &s = session->schedulers()->last())
            onSchedulers(*s);
    }
    emit changed();
}

void LoadPage::onSchedulers(const SchedulerSample &sample)
{
    m_schedulers->setSample(sample); // kept current when hidden: the model applies differences
    m_schedulerError.clear();
    if (isShown())
        emit changed();
}

QVector<double> LoadPage::recent(const HistoryStore &store, const QString &key, int count, int intervalMs)
{
    const int column = store.indexOf(key);
    if (column < 0 || count <= 0 || store.isEmpty())
        return {};
    // Only the end of the history: twice the span count samples take, at least a minute.
    const qint64 span = qMax<qint64>(60 * 1000, 2 * qint64(count) * qMax(100, intervalMs));
    const QVector<HistoryFrame> frames = store.frames(store.lastMs() - span, store.lastMs());
    QVector<double> out;
    const int first = qMax(0, int(frames.size()) - count);
    out.reserve(frames.size() - first);
    for (int i = first; i < frames.size(); ++i) {
        const HistoryFrame &f = frames.at(i);
        out.append(column < f.max.size() ? f.max.at(column) : std::numeric_limits<double>::quiet_NaN());
    }
    return out;
}

QStringList LoadPage::summaryParts() const
{
    const NodeSession *s = session();
    const std::optional<SchedulerSample> last = s ? s->schedulers()->last() : std::nullopt;
    if (!last)
        return {};
    QStringList parts;
    if (!last->wallTimeAvailable)
        parts << tr("utilisation needs the agent (scheduler_wall_time)");
    else if (!last->hasUtilization)
        parts << tr("measuring utilisation…");
    else
        parts << tr("total %1 (normal %2, dirty CPU %3, dirty I/O %4)")
                     .arg(Format::percent(last->total), Format::percent(last->normal), Format::percent(last->dirtyCpu),
                          Format::percent(last->dirtyIo));
    if (last->hasUtilization && last->spread >= 0 && last->schedulersOnline > 1)
        parts << tr("spread %1 pts (busiest %2, idlest %3)")
                     .arg(QLocale().toString(last->spread * 100.0, 'f', 1))
                     .arg(last->busiestId)
                     .arg(last->idlestId);
    parts << tr("run queue %1").arg(Format::count(last->totalRunQueue()));
    if (last->schedulersOnline > 1 && last->runQueueImbalance() > 0)
        parts << tr("imbalance %1").arg(Format::count(last->runQueueImbalance()));
    return parts;
}

int LoadPage::schedulerRows(int columns) const
{
    int rows = 0;
    const QVector<TypeGroup> gs = groups(m_schedulers);
    for (const TypeGroup &g : gs)
        rows += 1 + (int(g.rows.size()) + columns - 1) / columns;
    return rows;
}

int LoadPage::renderSchedulers(Terminal &t, const QRect &area)
{
    const int w = area.width();
    const QVector<TypeGroup> gs = groups(m_schedulers);
    if (gs.isEmpty() || area.height() <= 0)
        return 0;
    const NodeSession *s = session();
    const std::optional<SchedulerSample> last = s ? s->schedulers()->last() : std::nullopt;

    int labelWidth = 1;
    for (const TypeGroup &g : gs)
        labelWidth = qMax(labelWidth, Terminal::width(shortLabel(g.type, int(g.rows.size()))));
    const int minCell = labelWidth + 1 + MinBarWidth;
    const int maxColumns = qMax(1, (w + 2) / (minCell + 2));
    int columns = qBound(1, (w + MaxCellWidth + 1) / (MaxCellWidth + 2), maxColumns);
    while (schedulerRows(columns) > area.height() && columns < maxColumns)
        ++columns;
    const bool strips = schedulerRows(columns) > area.height();

    int y = area.top();
    for (const TypeGroup &g : gs) {
        if (y > area.bottom())
            break;
        // The type's heading: its utilisation and its run queue (dirty schedulers of a kind share one).
        double typeUse = -1;
        qint64 queue = 0;
        int online = 0;
        if (last) {
            switch (g.type) {
            case SchedulerSample::Type::Normal:
                typeUse = last->normal;
                queue = last->totalRunQueue() - last->dirtyCpuRunQueue - last->dirtyIoRunQueue;
                online = last->schedulersOnline;
                break;
            case SchedulerSample::Type::DirtyCpu:
                typeUse = last->dirtyCpu;
                queue = last->dirtyCpuRunQueue;
                online = last->dirtyCpuSchedulersOnline;
                break;
            case SchedulerSample::Type::DirtyIo:
                typeUse = last->dirtyIo;
                queue = last->dirtyIoRunQueue;
                online = last->dirtyIoSchedulers;
                break;
            }
        }
        QStringList parts;
        parts << tr("%1 of %2 online").arg(online).arg(g.rows.size());
        if (typeUse >= 0)
            parts << tr("%1 busy").arg(Format::percent(typeUse));
        parts << tr("run queue %1").arg(Format::count(queue));
        TuiParts::titleLine(t, area.left(), y++, w, SchedulerSample::typeName(g.type), parts);

        if (strips) {
            // One cell per scheduler, its height its utilisation: a heat strip over as many lines as it needs.
            QVector<double> values;
            for (const int r : g.rows) {
                const QVariant use = m_schedulers->index(r, SchedulerModel::Utilization).data(RowTableModel::UsageRole);
                values.append(use.isValid() ? use.toDouble() : std::numeric_limits<double>::quiet_NaN());
            }
            for (int from = 0; from < values.size() && y <= area.bottom(); from += w)
                t.sparkline(area.left(), y++, qMin(w, int(values.size()) - from), values.mid(from, w), 1.0, Role::Accent);
            continue;
        }
        const int cellWidth = qMin(MaxCellWidth, (w - 2 * (columns - 1)) / columns);
        const int barWidth = qMax(1, cellWidth - labelWidth - 1);
        for (int i = 0; i < g.rows.size(); ++i) {
            const int col = i % columns;
            if (col == 0 && i > 0)
                ++y;
            if (y > area.bottom())
                break;
            const int r = g.rows.at(i);
            const int x = area.left() + col * (cellWidth + 2);
            const QString label = shortLabel(g.type, i + 1);
            t.text(x, y, label.rightJustified(labelWidth), Role::Dim, labelWidth);
            const QVariant use = m_schedulers->index(r, SchedulerModel::Utilization).data(RowTableModel::UsageRole);
            const bool online = m_schedulers->index(r, 0).data(SchedulerModel::OnlineRole).toBool();
            QString text = m_schedulers->index(r, SchedulerModel::Utilization).data().toString();
            const qint64 q = m_schedulers->index(r, SchedulerModel::RunQueue).data(RowTableModel::RawValueRole).toLongLong();
            if (g.type == SchedulerSample::Type::Normal && q > 0)
                text += tr(" q %1").arg(Format::count(q));
            const double fraction = use.isValid() ? use.toDouble() : 0.0;
            t.bar(x + labelWidth + 1, y, barWidth, fraction, online ? levelRole(fraction) : Role::Dim, text);
        }
        ++y;
    }
    return qMin(area.height(), y - area.top());
}

void LoadPage::renderHistory(Terminal &t, const QRect &area)
{
    const NodeSession *s = session();
    if (!s || area.height() <= 0)
        return;
    const HistoryStore &store = s->history();
    const int w = area.width();
    int y = area.top();
    TuiParts::titleLine(t, area.left(), y++, w, tr("History"),
                        {store.isEmpty() ? QString() : tr("one cell per sample, newest right; max over the line")});
    if (store.isEmpty()) {
        if (y <= area.bottom())
            t.text(area.left(), y, TuiParts::waitingText(s, tr("Recording the first samples…")), Role::Dim, w);
        return;
    }
    // The lines this node records, as many as there is room for; the sparkline takes the width
    // the label and the two values leave.
    struct Shown
    {
        const HistoryLine *line;
        QString label;
    };
    QVector<Shown> shown;
    int labelWidth = 0;
    for (const HistoryLine &line : HistoryLines) {
        if (y + shown.size() > area.bottom())
            break;
        const QString key = QLatin1String(line.key);
        if (store.indexOf(key) < 0)
            continue; // not recorded on this node
        shown.append({&line, LoadMetrics::label(key)});
        labelWidth = qMax(labelWidth, Terminal::width(shown.last().label));
    }
    labelWidth = qMin(labelWidth, qMax(HistoryLabelWidth, w / 5));
    // At most as many values as the widest line could need: the line's values come first.
    const int sparkWidth = qMax(0, w - labelWidth - 1 - 2 * (ValueWidth + 1));
    struct Values
    {
        QVector<double> values;
        QString now, max;
    };
    QVector<Values> values;
    int nowWidth = 0, maxWidth = 0;
    for (const Shown &sh : std::as_const(shown)) {
        Values v;
        v.values = recent(store, QLatin1String(sh.line->key), qMax(1, sparkWidth), s->refreshIntervalMs());
        double current = std::numeric_limits<double>::quiet_NaN(), peak = std::numeric_limits<double>::quiet_NaN();
        for (const double d : std::as_const(v.values)) {
            if (std::isnan(d))
                continue;
            current = d;
            peak = std::isnan(peak) ? d : qMax(peak, d);
        }
        v.now = HistoryModel::formatValue(sh.line->unit, current);
        v.max = tr("max %1").arg(HistoryModel::formatValue(sh.line->unit, peak));
        nowWidth = qMax(nowWidth, Terminal::width(v.now));
        maxWidth = qMax(maxWidth, Terminal::width(v.max));
        values.append(v);
    }
    // The peak goes first when the width is short; then the sparkline shrinks to what is left.
    const bool withMax = w - labelWidth - nowWidth - maxWidth - 3 >= 10;
    const int spark = w - labelWidth - 1 - nowWidth - 1 - (withMax ? maxWidth + 1 : 0);
    for (int i = 0; i < shown.size() && y <= area.bottom(); ++i, ++y) {
        const Values &v = values.at(i);
        int x = area.left();
        t.text(x, y, shown.at(i).label, Role::Normal, labelWidth);
        x += labelWidth + 1;
        if (spark > 0) {
            t.sparkline(x, y, spark, v.values.mid(qMax(0, int(v.values.size()) - spark)), shown.at(i).line->ratio ? 1.0 : 0.0,
                        Role::Accent);
            x += spark + 1;
        }
        t.text(x + nowWidth - Terminal::width(v.now), y, v.now, Role::Normal, qMax(0, area.left() + w - x));
        x += nowWidth + 1;
        if (withMax)
            t.text(x + maxWidth - Terminal::width(v.max), y, v.max, Role::Dim, qMax(0, area.left() + w - x));
    }
}

void LoadPage::render(Terminal &t, const QRect &area)
{
    if (area.width() <= 0 || area.height() <= 0)
        return;
    TuiParts::titleLine(t, area.left(), area.top(), area.width(), tr("Schedulers"), summaryParts());
    int y = area.top() + 1;
    if (!m_schedulerError.isEmpty() && y <= area.bottom())
        t.text(area.left(), y++, m_schedulerError, Role::Warning, area.width());
    if (y > area.bottom())
        return;
    const int left = area.bottom() - y + 1;
    if (m_schedulers->rowCount() == 0) {
        t.text(area.left(), y++, TuiParts::waitingText(session(), tr("Reading the schedulers…")), Role::Dim, area.width());
    } else {
        // The history keeps at least its title and three lines (or half the room); the bars the rest.
        const int historyRows = qMin(int(std::size(HistoryLines)) + 1, qMax(4, left / 2));
        const int barRows = qMax(1, left - historyRows - 1);
        y += renderSchedulers(t, QRect(area.left(), y, area.width(), barRows));
    }
    ++y; // a blank line between
    if (y <= area.bottom())
        renderHistory(t, QRect(area.left(), y, area.width(), area.bottom() - y + 1));
}

} // namespace beamtop::tui
