// SPDX-License-Identifier: GPL-3.0-or-later
#include "agentclient.h"

#include "term/termcodec.h"

#include <QCoreApplication>
#include <QFile>
#include <QtEndian>

namespace beamtop {

namespace {


QByteArray readResource(const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return {};
    return f.readAll();
}

// Compiles the source bound to Src on the node and loads it, without touching the node's
// file system. The agent source uses no preprocessor, so compile:forms/2 takes it as parsed.
const char CompileExpression[] = R"erl(
begin
  {ok, Toks, _} = erl_scan:string(unicode:characters_to_list(Src)),
  Split = fun Split([], _Acc, Forms) -> lists:reverse(Forms);
              Split([{dot, _} = D | T], Acc, Forms) -> Split(T, [], [lists:reverse([D | Acc]) | Forms]);
              Split([H | T], Acc, Forms) -> Split(T, [H | Acc], Forms)
          end,
  Parsed = [erl_parse:parse_form(F) || F <- Split(Toks, [], [])],
  case [E || {error, E} <- Parsed] of
    [] ->
      case compile:forms([F || {ok, F} <- Parsed], [binary, return_errors]) of
        {ok, Mod, Bin} -> code:load_binary(Mod, "beamtop_agent_v2.erl", Bin);
        Error -> {error, {compile, Error}}
      end;
    Errors -> {error, {parse, Errors}}
  end
end.
)erl";

// Compiling on the node loads the parser and the compiler first: about 5,400 new atoms on
// OTP 25 with the agent's own, measured on a fresh node.
constexpr qint64 CompileOnNodeAtoms = 8000;

// Beamtop leaves at least this share of the node's atom table free: a full table stops the
// node, and a node that close to it needs its atoms for itself.
constexpr qint64 AtomTableReserveDivisor = 20; // 5 %

} // namespace

AgentClient::AgentClient(NodeClient *node, QObject *parent) : AgentClient(node, Options{}, parent) {}

AgentClient::AgentClient(NodeClient *node, Options options, QObject *parent)
    : QObject(parent), m_node(node), m_options(options)
{
    connect(node, &NodeClient::connected, this, &AgentClient::onConnected);
    // Loading steps still under way belong to the lost link: their failures (the link is gone)
    // must not make a reduced mode, and a session look live, while nothing is connected. The
    // reconnect loads the agent again.
    connect(node, &NodeClient::connectionLost, this, [this] {
        ++m_generation;
        setMode(Mode::None);
    });
    if (node->isConnected())
        onConnected();
}

QByteArray AgentClient::bundledBeam()
{
    return readResource(QStringLiteral(":/agent/beamtop_agent_v2.beam"));
}

QByteArray AgentClient::bundledSource()
{
    return readResource(QStringLiteral(":/agent/beamtop_agent_v2.erl"));
}

QByteArray AgentClient::bundledMd5()
{
    return QByteArray::fromHex(readResource(QStringLiteral(":/agent/beamtop_agent_v2.md5")).trimmed());
}

qint64 AgentClient::bundledAtomCount()
{
    // The beam is IFF: "FOR1", size, "BEAM", then chunks (id, big-endian size, data padded to
    // 4 bytes). The atom chunk starts with the number of atoms (negative in the compact form of
    // newer releases). Unreadable: a generous guess.
    static const qint64 count = [] {
        const QByteArray beam = bundledBeam();
        const char *d = beam.constData();
        if (beam.size() < 12 || !beam.startsWith("FOR1") || beam.mid(8, 4) != "BEAM")
            return qint64(2000);
        for (qsizetype at = 12; at + 12 <= beam.size();) {
            const QByteArray id = beam.mid(at, 4);
            const quint32 size = qFromBigEndian<quint32>(d + at + 4);
            if (id == "AtU8" || id == "Atom") {
                const qint32 n = qFromBigEndian<qint32>(d + at + 8);
                return n < 0 ? -qint64(n) : qint64(n);
            }
            at += 8 + ((qsizetype(size) + 3) & ~qsizetype(3));
        }
        return qint64(2000);
    }();
    return count;
}

QString AgentClient::modeText() const
{
    switch (m_mode) {
    case Mode::None: return tr("no agent");
    case Mode::Loading: return tr("loading agent");
    case Mode::Full: return tr("full (agent loaded)");
    case Mode::Reduced: return tr("reduced (no agent)");
    }
    return {};
}

void AgentClient::setMode(Mode m)
{
    if (m_mode == m)
        return;
    m_mode = m;
    if (m == Mode::Full || m == Mode::Reduced) {
        m_loadTimeMs = m_loadClock.elapsed();
        emit ready(m);
    }
}

void AgentClient::onConnected()
{
    const int gen = ++m_generation;
    m_waitedForSlowLoad = false;
    m_loadClock.start();
    m_reducedReason.clear();
    m_atomTableNearlyFull = false;
    m_lastBusyUs = -1;
    m_elixirVersion.clear();
    setMode(Mode::Loading);
    // Whether the node runs Elixir decides how terms are written (Elixir or Erlang syntax). The
    // loaded applications tell without naming elixir, which would make an atom on a plain node.
    m_node->call(QStringLiteral("application"), QStringLiteral("loaded_applications"), {},
                 m_options.callTimeoutMs, this, [this, gen](const CallResult &r) {
                     if (gen != m_generation)
                         return;
                     if (r.ok()) {
                         for (const Term &app : r.value.elements())
                             if (app.isTuple(3) && app.at(0).isAtom("elixir"))
                                 m_elixirVersion = app.at(2).toText();
                     }
                     if (atProcessLimit(r))
                         return becomeReduced(tr("The agent did not start: %1 Plain calls are used instead; some views are limited.")
                                                  .arg(processLimitText()));
                     if (!m_options.useAgent) {
                         m_loadPath = tr("not loaded (turned off)");
                         becomeReduced(tr("The agent is turned off for this connection."));
                         return;
                     }
                     checkLoaded();
                 });
}

TermSyntax AgentClient::preferredSyntax(SyntaxChoice choice) const
{
    switch (choice) {
    case SyntaxChoice::Erlang: return TermSyntax::Erlang;
    case SyntaxChoice::Elixir: return TermSyntax::Elixir;
    case SyntaxChoice::Auto: break;
    }
    return runsElixir() ? TermSyntax::Elixir : TermSyntax::Erlang;
}

void AgentClient::checkLoaded()
{
    const int gen = m_generation;
    // An agent server already running (another Beamtop, maybe another build of it) is joined,
    // never replaced: replacing its module under it would end it, and the other Beamtop with it.
    m_node->call(QStringLiteral("erlang"), QStringLiteral("whereis"), {Term::atom(ModuleName)}, m_options.callTimeoutMs,
                 this, [this, gen](const CallResult &w) {
                     if (gen != m_generation)
                         return;
                     if (atProcessLimit(w))
                         return becomeReduced(tr("The agent did not start: %1 Plain calls are used instead; some views are limited.")
                                                  .arg(processLimitText()));
                     if (w.ok() && w.value.isPid() && !m_options.corruptBinaryForTest) {
                         m_loadPath = tr("already running");
                         attach(false);
                         return;
                     }
                     m_node->call(QString::fromLatin1(ModuleName), QStringLiteral("module_info"), {Term::atom("md5")},
                                  m_options.callTimeoutMs, this, [this, gen](const CallResult &r) {
                                      if (gen != m_generation)
                                          return;
                                      if (r.ok() && r.value.isBinary() && r.value.bytes() == bundledMd5()
                                          && !m_options.corruptBinaryForTest) {
                                          m_loadPath = tr("already loaded");
                                          attach(true);
                                      } else if (atProcessLimit(r)) {
                                          becomeReduced(tr("The agent did not start: %1 Plain calls are used instead; some views are limited.")
                                                            .arg(processLimitText()));
                                      } else if (r.ok() || r.status == CallResult::Status::RemoteError) {
                                          loadWhenAtomRoom(false); // missing, or another version: (re)load ours
                                      } else {
                                          becomeReduced(r.message);
                                      }
                                  });
                 });
}

// Loading adds the agent's atoms to the node, and a node whose atom table fills up stops at
// once (no error, no recovery). Asks how full the table is first, and loads only with room to
// spare; otherwise the reduced mode, which sends only atoms every node has.
void AgentClient::loadWhenAtomRoom(bool compile)
{
    const int gen = m_generation;
    auto ask = [this](const char *item, std::function<void(const CallResult &)> handler) {
        m_node->call(QStringLiteral("erlang"), QStringLiteral("system_info"), {Term::atom(item)}, m_options.callTimeoutMs,
                     this, std::move(handler));
    };
    ask("atom_limit", [this, gen, compile, ask](const CallResult &limit) {
        if (gen != m_generation)
            return;
        ask("atom_count", [this, gen, compile, limit](const CallResult &count) {
            if (gen != m_generation)
                return;
            if (atProcessLimit(limit) || atProcessLimit(count))
                return becomeReduced(tr("The agent did not start: %1 Plain calls are used instead; some views are limited.")
                                         .arg(processLimitText()));
            if (limit.ok() && count.ok() && limit.value.isInteger() && count.value.isInteger()) {
                const qint64 max = limit.value.toInt();
                const qint64 used = count.value.toInt();
                const qint64 adds = compile ? CompileOnNodeAtoms : bundledAtomCount();
                if (used + adds > max - max / AtomTableReserveDivisor) {
                    m_loadPath = tr("not loaded (atom table nearly full)");
                    m_atomTableNearlyFull = true;
                    return becomeReduced(
                        tr("The node's atom table is nearly full (%L1 of %L2 atoms). Loading the agent would add up to %L3 "
                           "atoms and leave less than 5 % of the table free, and a full atom table stops the node. Plain "
                           "calls are used instead; some views are limited. Memory figures stay out until the node has "
                           "read them itself: the first reading adds about 300 atoms.")
                            .arg(used)
                            .arg(max)
                            .arg(adds));
                }
            }
            // Not known (the calls failed another way): loading says what is wrong, if anything.
            if (compile)
                compileOnNode();
            else
                loadBinary();
        });
    });
}

void AgentClient::loadBinary()
{
    QByteArray beam = bundledBeam();
    if (beam.isEmpty()) {
        loadWhenAtomRoom(true);
        return;
    }
    if (m_options.corruptBinaryForTest)
        beam = QByteArrayLiteral("FOR1\0\0\0\x10" "BEAMgarbage....");
    const int gen = m_generation;
    m_node->call(QStringLiteral("code"), QStringLiteral("load_binary"),
                 {Term::atom(ModuleName), Term::string("beamtop_agent_v2.beam"), Term::binary(beam)},
                 m_options.callTimeoutMs, this, [this, gen](const CallResult &r) {
                     if (gen != m_generation)
                         return;
                     if (r.ok() && r.value.isTaggedTuple("module", 2)) {
                         m_loadPath = tr("loaded");
                         attach(true);
                     } else if (r.status == CallResult::Status::Timeout && !m_waitedForSlowLoad) {
                         waitForSlowLoad(r.message);
                     } else if (atProcessLimit(r)) {
                         becomeReduced(tr("The agent did not start: %1 Plain calls are used instead; some views are limited.")
                                           .arg(processLimitText()));
                     } else if (r.status == CallResult::Status::Ok || r.status == CallResult::Status::RemoteError) {
                         loadWhenAtomRoom(true); // e.g. {error, badfile} from another OTP release
                     } else {
                         becomeReduced(r.message);
                     }
                 });
}

// The load call timed out: the node's code server is busy (a purge on a large node, say), and
// the load is queued there and will still happen. Giving up here left the module loaded with
// no server once it did. The code server answers in order, so code:is_loaded answers once the
// load is done; then the module is checked and attached as usual, and the agent's server,
// which follows this connection, takes it off again when Beamtop goes.
void AgentClient::waitForSlowLoad(const QString &timeoutText)
{
    m_waitedForSlowLoad = true;
    m_loadPath = tr("loaded (the code server was slow)");
    const int gen = m_generation;
    m_node->call(QStringLiteral("code"), QStringLiteral("is_loaded"), {Term::atom(ModuleName)}, SlowLoadWaitMs, this,
                 [this, gen, timeoutText](const CallResult &q) {
                     if (gen != m_generation)
                         return;
                     if (!q.ok())
                         return becomeReduced(timeoutText);
                     m_node->call(QString::fromLatin1(ModuleName), QStringLiteral("module_info"), {Term::atom("md5")},
                                  m_options.callTimeoutMs, this, [this, gen, timeoutText](const CallResult &r) {
                                      if (gen != m_generation)
                                          return;
                                      if (r.ok() && r.value.isBinary() && r.value.bytes() == bundledMd5())
                                          attach(true);
                                      else
                                          becomeReduced(timeoutText);
                                  });
                 });
}

void AgentClient::compileOnNode()
{
    const QByteArray source = bundledSource();
    const int gen = m_generation;
    auto failed = [this, gen](const QString &why) {
        if (gen == m_generation)
            becomeReduced(tr("The node refused the agent (%1). Plain calls are used instead; some views are limited.").arg(why));
    };
    // erl_scan and erl_parse turn the expression into terms; erl_eval runs it with Src bound.
    m_node->call(QStringLiteral("erl_scan"), QStringLiteral("string"), {Term::string(CompileExpression)},
                 m_options.callTimeoutMs, this, [this, gen, source, failed](const CallResult &r) {
                     if (gen != m_generation)
                         return;
                     if (!r.ok() || !r.value.isTaggedTuple("ok", 3))
                         return failed(tr("cannot scan"));
                     m_node->call(QStringLiteral("erl_parse"), QStringLiteral("parse_exprs"), {r.value.at(1)},
                                  m_options.callTimeoutMs, this, [this, gen, source, failed](const CallResult &p) {
                                      if (gen != m_generation)
                                          return;
                                      if (!p.ok() || !p.value.isTaggedTuple("ok", 2))
                                          return failed(tr("cannot parse"));
                                      const Term bindings = Term::list(
                                          {Term::tuple({Term::atom("Src"), Term::binary(source)})});
                                      m_node->call(QStringLiteral("erl_eval"), QStringLiteral("exprs"),
                                                   {p.value.at(1), bindings}, m_options.callTimeoutMs * 4, this,
                                                   [this, gen, failed](const CallResult &e) {
                                                       if (gen != m_generation)
                                                           return;
                                                       if (e.ok() && e.value.isTaggedTuple("value", 3)
                                                           && e.value.at(1).isTaggedTuple("module", 2)) {
                                                           m_loadPath = tr("compiled on the node");
                                                           attach(true);
                                                       } else {
                                                           failed(tr("compiling on the node failed; the compiler application may be missing"));
                                                       }
                                                   });
                                  });
                 });
}

void AgentClient::attach(bool loadedByUs)
{
    const int gen = m_generation;
    const Term args = Term::map({{Term::atom("pid"), Term::pid(m_node->info().selfPid)}});
    m_node->call(QString::fromLatin1(ModuleName), QStringLiteral("request"), {Term::atom("attach"), args},
                 m_options.callTimeoutMs, this, [this, gen, loadedByUs](const CallResult &r) {
                     if (gen != m_generation)
                         return;
                     if (!r.ok() || !r.value.isTaggedTuple("ok", 2) || !r.value.at(1).isMap()) {
                         // The server we meant to join went away while we looked (its last
                         // Beamtop left and it unloaded: the module is gone, or its server
                         // was gone by the time attach asked it): load our own once.
                         const bool serverGone = r.ok() && r.value.isTaggedTuple("error", 2) && r.value.at(1).isAtom("not_running");
                         if (!loadedByUs && ((r.status == CallResult::Status::RemoteError && !atProcessLimit(r)) || serverGone))
                             return loadWhenAtomRoom(false);
                         const QString why = tr("The agent did not start: %1")
                                                 .arg(atProcessLimit(r) ? processLimitText()
                                                      : r.ok() ? reasonText(r.value.isTuple(2) ? r.value.at(1) : r.value)
                                                               : r.message);
                         if (loadedByUs)
                             return removeUnstartedAgent(why);
                         becomeReduced(why);
                         return;
                     }
                     const Term info = r.value.at(1);
                     m_agentVersion = int(info.value("version").toInt());
                     m_capabilities.clear();
                     m_rankKinds.clear();
                     for (const Term &c : info.value("capabilities").elements()) {
                         if (c.isAtom()) {
                             m_capabilities.insert(c.atomName());
                         } else if (c.isTaggedTuple("rank", 2)) {
                             m_capabilities.insert(QStringLiteral("rank"));
                             for (const Term &k : c.at(1).elements())
                                 m_rankKinds.insert(k.atomName());
                         }
                     }
                     setMode(Mode::Full);
                     if (m_budget > 0)
                         setBudget(m_budget);
                 });
}

// The module we loaded is left without a server (the node could not start it): take it off
// the node again, unless another Beamtop's server runs it by now. soft_purge never ends a
// process. At the process limit each call may need a few tries; either way the reduced mode
// follows.
void AgentClient::removeUnstartedAgent(const QString &why)
{
    const int gen = m_generation;
    const QString erlang = QStringLiteral("erlang");
    const QString code = QStringLiteral("code");
    const Term mod = Term::atom(ModuleName);
    callRetrying(erlang, QStringLiteral("whereis"), {mod}, 5, [this, gen, why, code, mod](const CallResult &w) {
        if (gen != m_generation)
            return;
        if (!w.ok() || !w.value.isAtom("undefined"))
            return becomeReduced(why);
        callRetrying(code, QStringLiteral("delete"), {mod}, 5, [this, gen, why, code, mod](const CallResult &d) {
            if (gen != m_generation)
                return;
            if (!d.ok())
                return becomeReduced(why);
            callRetrying(code, QStringLiteral("soft_purge"), {mod}, 5, [this, gen, why](const CallResult &) {
                if (gen == m_generation)
                    becomeReduced(why);
            });
        });
    });
}

void AgentClient::callRetrying(const QString &module, const QString &function, const QVector<Term> &args, int attempts,
                               std::function<void(const CallResult &)> handler)
{
    m_node->call(module, function, args, m_options.callTimeoutMs, this,
                 [this, module, function, args, attempts, handler](const CallResult &r) {
                     if (attempts > 1 && atProcessLimit(r))
                         return callRetrying(module, function, args, attempts - 1, handler);
                     handler(r);
                 });
}

bool AgentClient::atProcessLimit(const CallResult &r)
{
    // rex's {'EXIT', system_limit} (its spawn failed), or a worker's exit reason with a stack.
    if (r.status == CallResult::Status::RemoteError)
        return r.value.isTaggedTuple("EXIT", 2)
            && (r.value.at(1).isAtom("system_limit") || r.value.at(1).isTaggedTuple("system_limit"));
    return r.ok() && r.value.isTaggedTuple("error", 2) && r.value.at(1).isAtom("system_limit");
}

QString AgentClient::processLimitText()
{
    return tr("The node is at its process limit: it cannot start the process a call needs, so calls fail until some "
              "of its processes end.");
}

RequestId AgentClient::request(const char *type, const Term &args, int timeoutMs, QObject *context, ReplyHandler handler)
{
    if (m_mode != Mode::Full) {
        AgentReply reply;
        reply.message = tr("The agent is not loaded on this node.");
        if (handler)
            handler(reply);
        return 0;
    }
    if (!m_capabilities.isEmpty() && !can(type)) {
        // Sending it would make its name an atom on the node only to be refused there.
        AgentReply reply;
        reply.status = AgentReply::Status::Refused;
        reply.reason = Term::tuple({Term::atom("unknown_request"), Term::atom(type)});
        reply.message = reasonText(reply.reason);
        if (handler)
            handler(reply);
        return 0;
    }
    return m_node->call(QString::fromLatin1(ModuleName), QStringLiteral("request"), {Term::atom(type), args}, timeoutMs,
                        context ? context : this, [handler](const CallResult &r) {
                            if (!handler)
                                return;
                            AgentReply reply;
                            reply.callStatus = r.status;
                            if (!r.ok()) {
                                reply.status = AgentReply::Status::Failed;
                                reply.message = atProcessLimit(r) ? processLimitText() : r.message;
                            } else if (r.value.isTaggedTuple("ok", 2)) {
                                reply.status = AgentReply::Status::Ok;
                                reply.value = r.value.at(1);
                                reply.replyBytes = TermEncoder::encode(r.value).size();
                            } else if (r.value.isTaggedTuple("error", 2)) {
                                reply.status = AgentReply::Status::Refused;
                                reply.reason = r.value.at(1);
                                reply.message = reasonText(reply.reason);
                            } else {
                                reply.status = AgentReply::Status::Failed;
                                reply.callStatus = CallResult::Status::DecodeError;
                                reply.message = tr("The agent sent a reply Beamtop does not understand.");
                            }
                            handler(reply);
                        });
}

bool AgentReply::timedOut() const
{
    return callStatus == CallResult::Status::Timeout || (status == Status::Refused && reason.isAtom("timeout"));
}

QString AgentClient::reasonText(const Term &reason)
{
    if (reason.isAtom("timeout"))
        return tr("The node took too long to answer; it may be overloaded.");
    if (reason.isAtom("not_running"))
        return tr("The agent on the node is not running; Beamtop reloads it when it reconnects.");
    if (reason.isAtom("not_alive") || reason.isAtom("closed"))
        return tr("It no longer exists on the node.");
    if (reason.isAtom("system_limit"))
        return processLimitText();
    if (reason.isAtom("not_suspended_by_beamtop"))
        return tr("It was not suspended by Beamtop, so Beamtop does not resume it.");
    if (reason.isTaggedTuple("too_large", 3))
        return tr("The answer would be %1 bytes, over the limit of %2.").arg(reason.at(1).toInt()).arg(reason.at(2).toInt());
    if (reason.isTaggedTuple("crashed", 2))
        return tr("The agent's work failed on the node: %1").arg(reason.at(1).toText());
    if (reason.isTaggedTuple("unknown_request", 2) || reason.isTaggedTuple("unknown_kind", 2))
        return tr("The agent on the node does not know this request (%1); it is another version.").arg(reason.at(1).atomName());
    if (reason.isTaggedTuple("bad_arguments", 2))
        return tr("The agent refused the arguments of %1.").arg(reason.at(1).atomName());
    return tr("The agent refused: %1").arg(TermFormatter().format(reason));
}

void AgentClient::becomeReduced(const QString &why)
{
    m_reducedReason = why;
    setMode(Mode::Reduced);
}

void AgentClient::detachAndDisconnect(int timeoutMs)
{
    ++m_generation;
    auto finish = [this] {
        m_node->disconnectFromNode();
        setMode(Mode::None);
        emit detached();
    };
    if (m_mode != Mode::Full || !m_node->isConnected()) {
        finish();
        return;
    }
    request("detach", Term::map({{Term::atom("pid"), Term::pid(m_node->info().selfPid)}}), timeoutMs, this,
            [finish](const AgentReply &) { finish(); });
}

void AgentClient::requestCost()
{
    if (m_mode != Mode::Full)
        return;
    const int gen = m_generation;
    request("cost", Term::map({}), m_options.callTimeoutMs, this, [this, gen](const AgentReply &r) {
        if (gen != m_generation || !r.ok() || !r.value.isMap())
            return;
        const qint64 busy = r.value.value("busy_us").toInt();
        const qint64 since = r.value.value("since_us").toInt();
        // A share over a short span says little: just after the agent starts, loading and the
        // first sweep step fill a few hundred milliseconds and would read as most of a
        // scheduler. The first reading of a server that started moments ago is only a
        // baseline, and readings closer than MinCostSpanUs wait for a longer span.
        constexpr qint64 MinCostSpanUs = 500 * 1000;
        constexpr qint64 MinFirstSpanUs = 5 * 1000 * 1000;
        double fraction = 0;
        if (m_lastBusyUs >= 0 && since >= m_lastSinceUs) {
            if (since - m_lastSinceUs < MinCostSpanUs)
                return;
            fraction = double(busy - m_lastBusyUs) / double(since - m_lastSinceUs);
        } else if (since >= MinFirstSpanUs) {
            fraction = double(busy) / double(since);
        } else {
            m_lastBusyUs = busy;
            m_lastSinceUs = since;
            return;
        }
        m_lastBusyUs = busy;
        m_lastSinceUs = since;
        emit costUpdated(fraction, busy, since);
    });
}

void AgentClient::setBudget(double fraction)
{
    m_budget = qBound(0.001, fraction, 1.0);
    request("set_budget", Term::map({{Term::atom("budget"), Term::floating(m_budget)}}), m_options.callTimeoutMs, this, {});
}

} // namespace beamtop
