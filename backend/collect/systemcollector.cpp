// SPDX-License-Identifier: GPL-3.0-or-later
#include "systemcollector.h"

#include <QCoreApplication>

namespace beamtop {

namespace {


// What the reduced mode asks for: plain BIFs, each a separate rex call, all in flight at once.
struct BifCall
{
    const char *key; // key in the assembled map; nullptr: handled by `split`
    const char *module;
    const char *function;
    const char *atomArg; // single atom argument, or nullptr for none
    bool direct = true;  // the reply goes into the map as it is; else assemble() reshapes it
};

const BifCall ReducedCalls[] = {
    {"node", "erlang", "node", nullptr},
    {"otp_release", "erlang", "system_info", "otp_release", false},
    {"erts_version", "erlang", "system_info", "version", false},
    {"system_architecture", "erlang", "system_info", "system_architecture", false},
    {"wordsize", "erlang", "system_info", "wordsize"},
    {"logical_processors", "erlang", "system_info", "logical_processors"},
    {"logical_processors_online", "erlang", "system_info", "logical_processors_online"},
    {"logical_processors_available", "erlang", "system_info", "logical_processors_available"},
    {"schedulers", "erlang", "system_info", "schedulers"},
    {"schedulers_online", "erlang", "system_info", "schedulers_online"},
    {"dirty_cpu_schedulers", "erlang", "system_info", "dirty_cpu_schedulers"},
    {"dirty_cpu_schedulers_online", "erlang", "system_info", "dirty_cpu_schedulers_online"},
    {"dirty_io_schedulers", "erlang", "system_info", "dirty_io_schedulers"},
    {"async_threads", "erlang", "system_info", "thread_pool_size"},
    {"kernel_poll", "erlang", "system_info", "kernel_poll"},
    {"alloc_util_allocators", "erlang", "system_info", "alloc_util_allocators"},
    {"process_count", "erlang", "system_info", "process_count"},
    {"process_limit", "erlang", "system_info", "process_limit"},
    {"port_count", "erlang", "system_info", "port_count"},
    {"port_limit", "erlang", "system_info", "port_limit"},
    {"atom_count", "erlang", "system_info", "atom_count"},
    {"atom_limit", "erlang", "system_info", "atom_limit"},
    {"ets_count", "erlang", "system_info", "ets_count"},
    {"ets_limit", "erlang", "system_info", "ets_limit"},
    {"run_queue", "erlang", "statistics", "total_run_queue_lengths_all"},
    {"connected_nodes_list", "erlang", "nodes", "connected", false},
    {"sampled_at_ms", "erlang", "system_time", "millisecond"},
    {"memory_list", "erlang", "memory", nullptr, false},
    {"io", "erlang", "statistics", "io", false},
    {"gc", "erlang", "statistics", "garbage_collection", false},
    {"reductions_pair", "erlang", "statistics", "reductions", false},
    {"wall_clock", "erlang", "statistics", "wall_clock", false},
    {"context_switches_pair", "erlang", "statistics", "context_switches", false},
    {"os_type", "os", "type", nullptr, false},
    {"os_version_raw", "os", "version", nullptr, false},
    {"pt_info", "persistent_term", "info", nullptr, false},
};

Term pairKey(const char *k)
{
    return Term::atom(k);
}

// Turns the raw replies into the same map the agent returns. The Elixir version is the one
// the agent client found on connecting (asking again by name would make an atom on a plain
// Erlang node).
Term assemble(const QHash<QString, Term> &r, const QString &elixirVersion)
{
    QVector<std::pair<Term, Term>> m;
    auto put = [&](const char *k, const Term &v) { m.append({pairKey(k), v}); };
    auto textOf = [](const Term &t) { return Term::binary(t.toText().toUtf8()); };
    for (const BifCall &c : ReducedCalls) {
        if (c.direct)
            put(c.key, r.value(QLatin1String(c.key)));
    }
    for (const char *k : {"otp_release", "erts_version", "system_architecture"})
        put(k, textOf(r.value(QLatin1String(k))));
    put("connected_nodes", Term::integer(r.value(QStringLiteral("connected_nodes_list")).size()));
    const Term io = r.value(QStringLiteral("io"));
    put("io_input_bytes", io.at(0).at(1));
    put("io_output_bytes", io.at(1).at(1));
    const Term gc = r.value(QStringLiteral("gc"));
    put("gc_count", gc.at(0));
    put("gc_words_reclaimed", gc.at(1));
    put("reductions", r.value(QStringLiteral("reductions_pair")).at(0));
    put("uptime_ms", r.value(QStringLiteral("wall_clock")).at(0));
    put("context_switches", r.value(QStringLiteral("context_switches_pair")).at(0));
    const Term os = r.value(QStringLiteral("os_type"));
    put("os_family", os.at(0));
    put("os_name", os.at(1));
    const Term ov = r.value(QStringLiteral("os_version_raw"));
    if (ov.isTuple(3))
        put("os_version", Term::binary(QStringLiteral("%1.%2.%3").arg(ov.at(0).toInt()).arg(ov.at(1).toInt())
                                           .arg(ov.at(2).toInt()).toUtf8()));
    put("elixir_version", elixirVersion.isEmpty() ? Term::atom("undefined") : Term::binary(elixirVersion.toUtf8()));
    QVector<std::pair<Term, Term>> mem;
    const Term memList = r.value(QStringLiteral("memory_list"));
    for (const Term &kv : memList.elements())
        if (kv.isTuple(2))
            mem.append({kv.at(0), kv.at(1)});
    mem.append({Term::atom("persistent_term"), r.value(QStringLiteral("pt_info")).value("memory")});
    put("memory", Term::map(mem));
    return Term::map(m);
}

} // namespace

SystemCollector::SystemCollector(AgentClient *agent, QObject *parent) : Collector(agent, parent) {}

void SystemCollector::fetch()
{
    if (isBusy())
        return;
    const int gen = begin();
    if (!gen)
        return;
    if (fullMode()) {
        askAgent(gen, "system", {}, 1 << 20, [this, gen](const Term &v) { deliver(gen, v); });
        return;
    }
    // The emulator makes the atoms naming its memory types (about 300) on the first
    // erlang:memory() of its life. Where the atom table is nearly full, memory is read only once
    // they exist: atom_tab is one of them.
    const bool probeMemory = agent()->atomTableNearlyFull() && !m_memoryAtomsExist;
    QVector<Call> calls;
    for (const BifCall &c : ReducedCalls) {
        QVector<Term> args;
        if (c.atomArg)
            args.append(Term::atom(c.atomArg));
        if (probeMemory && QLatin1String(c.key) == QLatin1String("memory_list")) {
            calls.append({QStringLiteral("memory_atoms"), QStringLiteral("erlang"), QStringLiteral("binary_to_existing_atom"),
                          {Term::binary("atom_tab"), Term::atom("utf8")}});
            continue;
        }
        calls.append({QLatin1String(c.key), QLatin1String(c.module), QLatin1String(c.function), args});
    }
    callAll(gen, calls, [this, gen](const Replies &replies) {
        QHash<QString, Term> values;
        for (auto it = replies.begin(); it != replies.end(); ++it) {
            // A BIF the node lacks (an older release) leaves its key out; anything else fails,
            // and a node at its process limit says so rather than showing zeros.
            if (it.key() == QLatin1String("memory_atoms"))
                m_memoryAtomsExist = it->ok(); // read from the next sample on
            else if (it->ok())
                values.insert(it.key(), it->value);
            else if (AgentClient::atProcessLimit(*it))
                return fail(gen, AgentClient::processLimitText());
            else if (it->status != CallResult::Status::RemoteError)
                return fail(gen, it->message);
        }
        deliver(gen, assemble(values, agent()->elixirVersion()));
    });
}

void SystemCollector::deliver(int gen, const Term &map)
{
    if (!finish(gen))
        return;
    SystemSample s;
    QString error;
    if (!SystemSample::fromTerm(map, &s, &error))
        return emit failed(error);
    if (m_last)
        s.computeRates(*m_last);
    m_last = s;
    emit sampleReady(s);
}

} // namespace beamtop
