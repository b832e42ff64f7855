// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "appsample.h"
#include "apptree.h"
#include "collector.h"

namespace beamtop {

// Every application of the node with what its processes add up to (the agent's `apps`).
// The totals come from a sweep the agent runs in the background within its budget and keeps
// for 30 s after the last request; a fetch reads the last complete sweep (or the first one's
// progress) and the application controller's list, so it costs about the same on any node.
// Needs the agent (isAvailable()).
class AppsCollector : public Collector
{
    Q_OBJECT
public:
    explicit AppsCollector(AgentClient *agent, QObject *parent = nullptr);

    bool isAvailable() const { return fullMode() && agent()->can("apps"); }
    void fetch();
    // How fresh the totals should be: the agent re-sweeps the processes at most this often
    // (and no faster than its budget allows).
    void setSweepIntervalMs(int ms) { m_sweepIntervalMs = ms; }
    const AppsSample &last() const { return m_last; }
    bool hasSample() const { return m_hasSample; }

signals:
    void sampleReady(const beamtop::AppsSample &sample);

protected:
    void linkLost() override;

private:
    AppsSample m_last;
    bool m_hasSample = false;
    // Totals over 5 s: at 10,000 processes a sweep each second would cost the node about what
    // observer_cli's scan per refresh does (bench_apps); a one-shot command asks for 1 s.
    int m_sweepIntervalMs = 5000;
};

// One application's supervision tree (the agent's `app_tree`), for the query set. The walk
// costs the node in proportion to the tree (a supervisor with 100,000 children is 100,000
// process reads), so refresh() spaces walks out to keep within the agent's budget: after a
// walk that cost C, the next waits at least C / (budget / 2) (minIntervalMs()): the other half
// is the applications' sweep's. fetch() walks now.
class AppTreeCollector : public Collector
{
    Q_OBJECT
public:
    explicit AppTreeCollector(AgentClient *agent, QObject *parent = nullptr);

    bool isAvailable() const { return fullMode() && agent()->can("app_tree"); }
    // A changed query is walked at once; the same query waits for refresh().
    void setQuery(const AppTreeQuery &query);
    const AppTreeQuery &query() const { return m_query; }
    void fetch();   // walks now (unless a walk is on its way)
    void refresh(); // the tick: walks when the query names an application and the spacing allows
    // The least time between walks the last walk's cost allows at the agent's budget (0 before
    // the first walk).
    qint64 minIntervalMs() const { return m_minIntervalMs; }
    const AppTree &last() const { return m_last; }
    bool hasTree() const { return m_hasTree; }

signals:
    void treeReady(const beamtop::AppTree &tree);

protected:
    void linkLost() override;

private:
    AppTreeQuery m_query;
    AppTree m_last;
    bool m_hasTree = false;
    qint64 m_minIntervalMs = 0;
    qint64 m_lastWalkAt = 0; // QDateTime::currentMSecsSinceEpoch() of the last walk's start
};

} // namespace beamtop
