// SPDX-License-Identifier: GPL-3.0-or-later
#include "appscollector.h"

#include <QDateTime>

#include <algorithm>

namespace beamtop {

AppsCollector::AppsCollector(AgentClient *agent, QObject *parent) : Collector(agent, parent) {}

void AppsCollector::fetch()
{
    if (isBusy())
        return;
    const int gen = begin();
    if (!gen)
        return;
    if (!isAvailable())
        return fail(gen, fullMode() ? tr("The agent on this node comes from an older Beamtop and cannot list applications; reconnect to load this one.")
                                    : tr("Application totals are counted by the agent, which is not loaded on this node."));
    askAgent(gen, "apps", {{Term::atom("interval_ms"), Term::integer(m_sweepIntervalMs)}}, 4 << 20,
             [this, gen](const Term &v) {
                 if (!v.isMap())
                     return fail(gen, tr("The agent sent a list of applications Beamtop does not understand."));
                 if (!finish(gen))
                     return;
                 m_last = AppsSample::fromTerm(v);
                 m_hasSample = true;
                 emit sampleReady(m_last);
             });
}

void AppsCollector::linkLost()
{
    m_hasSample = false;
}

AppTreeCollector::AppTreeCollector(AgentClient *agent, QObject *parent) : Collector(agent, parent) {}

void AppTreeCollector::setQuery(const AppTreeQuery &query)
{
    if (query == m_query)
        return;
    const bool otherApp = query.app != m_query.app;
    m_query = query;
    if (otherApp) {
        m_hasTree = false;
        m_minIntervalMs = 0;
    }
    cancel();
    if (!m_query.app.isEmpty())
        fetch();
}

void AppTreeCollector::refresh()
{
    if (m_query.app.isEmpty() || isBusy())
        return;
    if (m_lastWalkAt && QDateTime::currentMSecsSinceEpoch() - m_lastWalkAt < m_minIntervalMs)
        return;
    fetch();
}

void AppTreeCollector::fetch()
{
    if (isBusy() || m_query.app.isEmpty())
        return;
    const int gen = begin();
    if (!gen)
        return;
    if (!isAvailable())
        return fail(gen, fullMode() ? tr("The agent on this node comes from an older Beamtop and cannot read supervision trees; reconnect to load this one.")
                                    : tr("Supervision trees are read by the agent, which is not loaded on this node."));
    m_lastWalkAt = QDateTime::currentMSecsSinceEpoch();
    QVector<Term> offsets;
    for (auto it = m_query.offsets.cbegin(); it != m_query.offsets.cend(); ++it)
        if (it.value() > 0)
            offsets << Term::tuple({Term::binary(it.key().toUtf8()), Term::integer(it.value())});
    const QString app = m_query.app;
    QVector<std::pair<Term, Term>> args = {{Term::atom("app"), Term::binary(app.toUtf8())},
              {Term::atom("sort"), Term::atom(AppTreeQuery::sortWord(m_query.sort))},
              {Term::atom("depth"), Term::integer(m_query.depth)},
              {Term::atom("page_limit"), Term::integer(m_query.pageLimit)},
              {Term::atom("offsets"), Term::list(offsets)},
              {Term::atom("call_timeout_ms"), Term::integer(m_query.callTimeoutMs)}};
    if (m_query.maxReads > 0)
        args.append({Term::atom("max_reads"), Term::integer(m_query.maxReads)});
    askAgent(gen, "app_tree", args, 8 << 20,
             [this, gen, app](const Term &v) {
                 if (!v.isMap())
                     return fail(gen, tr("The agent sent a supervision tree Beamtop does not understand."));
                 if (!finish(gen))
                     return;
                 m_last = AppTree::fromTerm(app, v);
                 m_hasTree = true;
                 // Walks spaced so they take at most half the agent's share of a scheduler: the
                 // walk is charged to the agent's tokens, and the applications' sweep lives on
                 // what is left, so the two together stay within the budget.
                 const double budget = agent()->budget() > 0 ? agent()->budget() : 0.02;
                 m_minIntervalMs = qint64(double(m_last.walkUs) / 1000.0 / (budget / 2));
                 emit treeReady(m_last);
             });
}

void AppTreeCollector::linkLost()
{
    m_hasTree = false;
    m_lastWalkAt = 0;
    m_minIntervalMs = 0;
}

} // namespace beamtop
