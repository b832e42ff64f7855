// SPDX-License-Identifier: GPL-3.0-or-later
#include "alloccollector.h"

#include <QCoreApplication>

namespace beamtop {

AllocCollector::AllocCollector(AgentClient *agent, QObject *parent) : Collector(agent, parent) {}

bool AllocCollector::isAvailable() const
{
    return fullMode() && agent()->can("alloc");
}

void AllocCollector::setInstanceTypes(const QStringList &types, bool now)
{
    QStringList sorted = types;
    sorted.sort();
    sorted.removeDuplicates();
    if (sorted == m_instanceTypes)
        return;
    m_instanceTypes = sorted;
    if (now)
        fetch();
}

void AllocCollector::setAllInstances(bool all, bool now)
{
    if (all == m_allInstances)
        return;
    m_allInstances = all;
    if (now)
        fetch();
}

void AllocCollector::fetch()
{
    // A newer question (other instances) replaces the one in flight: begin() makes it stale.
    const int gen = begin();
    if (!gen)
        return;
    if (!isAvailable()) {
        fail(gen, fullMode()
                      ? QCoreApplication::translate("AllocCollector",
                                                    "The Beamtop agent running on this node is older and cannot read "
                                                    "allocators. Disconnect every Beamtop from the node, then connect again.")
                      : QCoreApplication::translate("AllocCollector",
                                                    "Allocators need the Beamtop agent, which this node did not load "
                                                    "(reduced mode). Check that the node allows loading code."));
        return;
    }
    QVector<Term> types;
    for (const QString &t : m_instanceTypes)
        types.append(Term::atom(t.toLatin1().constData()));
    QVector<std::pair<Term, Term>> args;
    args.append({Term::atom("instances"), m_allInstances ? Term::atom("all") : Term::list(types)});
    args.append({Term::atom("fragments"), Term::integer(m_fragmentCount)});
    args.append({Term::atom("settings"), Term::boolean(!m_haveSettings)});
    // Every instance of every type at 64 schedulers is about 100 KB; a type's alone, 10 KB.
    const qint64 maxBytes = m_allInstances ? (4 << 20) : (1 << 20);
    askAgent(gen, "alloc", args, maxBytes, [this, gen](const Term &v) { deliver(gen, v); });
}

void AllocCollector::deliver(int gen, const Term &value)
{
    AllocSample sample;
    QString error;
    if (!AllocSample::fromTerm(value, &sample, &error)) {
        fail(gen, error);
        return;
    }
    if (!finish(gen))
        return;
    // The settings come once per link; keep them and give every sample its copy.
    if (!m_haveSettings) {
        for (const AllocType &t : sample.types)
            m_settings.insert(t.name, t.settings);
        m_otherSettings = sample.otherSettings;
        m_haveSettings = true;
    }
    for (AllocType &t : sample.types)
        t.settings = m_settings.value(t.name);
    sample.otherSettings = m_otherSettings;
    m_last = sample;
    emit sampleReady(sample);
}

void AllocCollector::linkLost()
{
    // The node may have restarted with other flags.
    m_haveSettings = false;
    m_settings.clear();
    m_otherSettings.clear();
}

} // namespace beamtop
