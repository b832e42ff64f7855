// SPDX-License-Identifier: GPL-3.0-or-later
#include "homepage.h"

#include "loadpage.h"
#include "processdetails.h"
#include "processlist.h"
#include "tuiparts.h"
#include "tuiscreen.h"

#include "collect/schedulercollector.h"
#include "format.h"
#include "processtablemodel.h"
#include "rowtablemodel.h"
#include "session/nodesession.h"

namespace beamtop::tui {

namespace {

struct Field
{
    QString label, value;
    Role role = Role::Normal;
    QString detail = {}; // after the value, dim
};

Role usageRole(qint64 used, qint64 limit)
{
    if (limit <= 0)
        return Role::Normal;
    switch (RowTableModel::levelFor(double(used) / double(limit))) {
    case RowTableModel::Level::Critical: return Role::Critical;
    case RowTableModel::Level::Warning: return Role::Warning;
    case RowTableModel::Level::Normal: break;
    }
    return Role::Normal;
}

constexpr int FieldGap = 3;
constexpr int MaxUtilisationBar = 40;

} // namespace

HomePage::HomePage(TuiScreen *screen) : TuiPage(screen), m_list(new ProcessList(this))
{
    setFeeds({int(NodeSession::Feed::Processes)});
    m_list->setMargin(false); // the top of the ranking only
    using M = ProcessTableModel;
    m_list->setColumns({M::Pid, M::Name, M::Memory, M::ReductionsPerS, M::MessageQueueLen, M::CurrentFunction, M::Status,
                        M::Application});
    connect(m_list, &ProcessList::changed, this, &TuiPage::changed);
}

void HomePage::setSession(NodeSession *session)
{
    if (m_watched)
        disconnect(m_watched, nullptr, this, nullptr);
    TuiPage::setSession(session);
    m_watched = session;
    m_list->setSession(session);
    if (session) {
        connect(session, &NodeSession::sampleReady, this, [this] {
            if (isShown())
                emit changed();
        });
        connect(session, &NodeSession::stateChanged, this, [this] {
            if (isShown())
                emit changed();
        });
    }
    emit changed();
}

void HomePage::shown()
{
    m_list->updateQuery(true); // the collector's standing query is this page's again
}

void HomePage::setByReductions(bool on)
{
    m_byReductions = on;
    // Reductions per second is the window mode on reductions, as the Processes page's R then w.
    if (on)
        m_list->setRanking(ProcessQuery::Sort::Reductions, ProcessQuery::Mode::Window, QString());
    else
        m_list->setRanking(ProcessQuery::Sort::Memory, ProcessQuery::Mode::Absolute, QString());
    emit changed();
}

int HomePage::renderSummary(Terminal &t, const QRect &area)
{
    const NodeSession *s = session();
    const std::optional<SystemSample> &sample = s->lastSample();
    int y = area.top();
    const int w = area.width();
    if (!sample) {
        TuiParts::titleLine(t, area.left(), y++, w, s->nodeName(), {});
        if (y <= area.bottom())
            y += TuiParts::paragraph(t, QRect(area.left(), y, w, area.bottom() - y + 1),
                                     TuiParts::waitingText(s, tr("Reading the node…")));
        return y - area.top();
    }
    const SystemSample &x = *sample;

    // The node: what it runs and for how long.
    QStringList about;
    about << tr("OTP %1 (ERTS %2)").arg(x.otpRelease, x.ertsVersion);
    if (!x.elixirVersion.isEmpty())
        about << tr("Elixir %1").arg(x.elixirVersion);
    about << tr("up %1").arg(Format::duration(x.uptimeMs));
    about << tr("%1 schedulers, %2 CPUs").arg(x.schedulersOnline).arg(x.logicalProcessorsOnline);
    TuiParts::titleLine(t, area.left(), y++, w, x.node.isEmpty() ? s->nodeName() : x.node, about);

    // Figures, flowing over as many lines as the width needs.
    QVector<Field> fields;
    fields.append({tr("Processes"), tr("%1 / %2").arg(Format::count(x.processCount), Format::count(x.processLimit)),
                   usageRole(x.processCount, x.processLimit)});
    fields.append({tr("Ports"), tr("%1 / %2").arg(Format::count(x.portCount), Format::count(x.portLimit)),
                   usageRole(x.portCount, x.portLimit)});
    fields.append({tr("Memory"), Format::bytes(x.memory.total),
                   x.machineMemory > 0 ? usageRole(x.memory.total, x.machineMemory) : Role::Normal,
                   tr("(processes %1, binary %2, ETS %3)")
                       .arg(Format::bytes(x.memory.processes), Format::bytes(x.memory.binary), Format::bytes(x.memory.ets))});
    fields.append({tr("Run queue"), Format::count(x.runQueue)});
    if (x.hasRates) {
        fields.append({tr("Reductions"), Format::perSecond(x.reductionsPerS)});
        fields.append({tr("I/O"), tr("%1 in, %2 out").arg(Format::bytesPerSecond(x.ioInputBytesPerS),
                                                          Format::bytesPerSecond(x.ioOutputBytesPerS))});
    }
    fields.append({tr("Atoms"), tr("%1 / %2").arg(Format::count(x.atomCount), Format::count(x.atomLimit)),
                   usageRole(x.atomCount, x.atomLimit)});
    fields.append({tr("ETS tables"), Format::count(x.etsCount)});
    int fx = area.left();
    for (const Field &f : std::as_const(fields)) {
        const int need = Terminal::width(f.label) + 1 + Terminal::width(f.value)
            + (f.detail.isEmpty() ? 0 : 1 + Terminal::width(f.detail));
        if (fx > area.left() && fx + need > area.left() + w) {
            fx = area.left();
            ++y;
        }
        if (y > area.bottom())
            return y - area.top();
        fx += t.text(fx, y, f.label + QLatin1Char(' '), Role::Dim, area.left() + w - fx);
        fx += t.text(fx, y, f.value, f.role, qMax(0, area.left() + w - fx));
        if (!f.detail.isEmpty() && fx < area.left() + w)
            fx += t.text(fx, y, QLatin1Char(' ') + f.detail, Role::Dim, area.left() + w - fx);
        fx += FieldGap;
    }
    ++y;

    // Scheduler utilisation: a bar now, and a sparkline of the recent past beside it.
    if (y <= area.bottom()) {
        const std::optional<SchedulerSample> sched = s->schedulers()->last();
        const QString label = tr("Utilisation");
        int ux = area.left() + t.text(area.left(), y, label + QLatin1Char(' '), Role::Dim, w);
        const int room = area.left() + w - ux;
        if (sched && sched->hasUtilization && room > 0) {
            const int barWidth = qMin(MaxUtilisationBar, room >= 40 ? room / 2 : room);
            const Role role = sched->total >= RowTableModel::CriticalFraction ? Role::Critical
                : sched->total >= RowTableModel::WarningFraction              ? Role::Warning
                                                                               : Role::Good;
            t.bar(ux, y, barWidth, qBound(0.0, sched->total, 1.0), role,
                  tr("%1 of %2 schedulers").arg(Format::percent(sched->total)).arg(sched->schedulersOnline));
            ux += barWidth + 2;
            const int sparkWidth = area.left() + w - ux;
            if (sparkWidth >= 8) {
                const QVector<double> recent = LoadPage::recent(s->history(), QStringLiteral("scheduler_utilization_total"),
                                                                sparkWidth, s->refreshIntervalMs());
                if (!recent.isEmpty())
                    t.sparkline(ux, y, sparkWidth, recent, 1.0, Role::Accent);
            }
        } else if (room > 0) {
            t.text(ux, y,
                   sched && !sched->wallTimeAvailable ? tr("needs the agent (scheduler_wall_time)") : tr("measuring…"),
                   Role::Dim, room);
        }
        ++y;
    }
    return y - area.top();
}

void HomePage::render(Terminal &t, const QRect &area)
{
    if (area.width() <= 0 || area.height() <= 0)
        return;
    if (!session()) {
        TuiParts::paragraph(t, area, TuiParts::waitingText(nullptr, QString()));
        return;
    }
    int y = area.top() + renderSummary(t, area);
    ++y; // a blank line before the processes
    if (y > area.bottom())
        return;
    const ProcessRanking &p = m_list->lastPage();
    QStringList parts;
    if (!m_list->error().isEmpty())
        parts << tr("last refresh failed: %1").arg(m_list->error());
    parts << TuiParts::rankingText(p, m_byReductions);
    const QString title = p.reducedMode ? tr("Processes in pid order")
        : m_byReductions                 ? tr("Top processes by reductions/s")
                                         : tr("Top processes by memory");
    TuiParts::titleLine(t, area.left(), y++, area.width(), title, parts);
    if (y > area.bottom())
        return;
    const QRect table(area.left(), y, area.width(), area.bottom() - y + 1);
    m_list->render(t, table);
    if (m_list->model()->rowCount() == 0 && table.height() > 1)
        TuiParts::paragraph(t, table.adjusted(0, 1, 0, 0), TuiParts::waitingText(session(), tr("Reading the processes…")));
}

bool HomePage::handleKey(const Key &key)
{
    if (key.isChar(U'M')) {
        setByReductions(false);
        return true;
    }
    if (key.isChar(U'R')) {
        setByReductions(true);
        return true;
    }
    if (key.type == Key::Enter) {
        const ProcessRow *r = m_list->currentRow();
        if (r && session())
            screen()->openOverlay(new ProcessDetails(screen(), session(), Term::pid(r->pid), m_list->describe(*r)));
        return true;
    }
    return m_list->handleKey(key);
}

QVector<QPair<QString, QString>> HomePage::keyHelp() const
{
    return {
        {QStringLiteral("M"), tr("top processes by memory")},
        {QStringLiteral("R"), tr("top processes by reductions per second")},
        {tr("Enter"), tr("details of the selected process")},
        {tr("arrows, PgUp, PgDn"), tr("move (Home, End: first, last)")},
    };
}

QString HomePage::hint() const
{
    return tr("M/R memory or reductions/s · Enter details");
}

} // namespace beamtop::tui
