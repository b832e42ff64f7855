// SPDX-License-Identifier: GPL-3.0-or-later
#include "clustercollector.h"

namespace beamtop {

ClusterCollector::ClusterCollector(AgentClient *agent, QObject *parent) : Collector(agent, parent) {}

void ClusterCollector::fetch()
{
    if (isBusy())
        return;
    const int gen = begin();
    if (!gen)
        return;
    if (fullMode() && agent()->can("cluster")) {
        askAgent(gen, "cluster", {}, 1 << 20,
                 [this, gen](const Term &v) { deliver(gen, v.value("visible"), v.value("hidden")); });
        return;
    }
    callAll(gen,
            {{QStringLiteral("visible"), QStringLiteral("erlang"), QStringLiteral("nodes"), {Term::atom("visible")}},
             {QStringLiteral("hidden"), QStringLiteral("erlang"), QStringLiteral("nodes"), {Term::atom("hidden")}}},
            [this, gen](const Replies &r) {
                for (const CallResult &each : r)
                    if (!each.ok())
                        return fail(gen, each.message);
                deliver(gen, r.value(QStringLiteral("visible")).value, r.value(QStringLiteral("hidden")).value);
            });
}

void ClusterCollector::deliver(int gen, const Term &visible, const Term &hidden)
{
    if (!visible.isProperList() || !hidden.isProperList())
        return fail(gen, tr("The node sent a list of nodes Beamtop does not understand."));
    if (!finish(gen))
        return;
    ClusterSample s;
    for (const Term &t : visible.elements())
        s.visible.append(t.atomName());
    for (const Term &t : hidden.elements())
        s.hidden.append(t.atomName());
    emit sampleReady(s);
}

} // namespace beamtop
