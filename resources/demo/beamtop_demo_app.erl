%% SPDX-License-Identifier: GPL-3.0-or-later
%% The demo's OTP applications.
%%
%% The build only compiles *.erl into an ebin, with no .app files, so the
%% application specs are written here and handed to application:load/1. Each
%% application's callback is this module; its start argument names the top
%% supervisor. Several applications (rather than one) give Beamtop's
%% applications view something to list, with dependencies between them.
-module(beamtop_demo_app).
-behaviour(application).

-export([load_all/1]).
-export([start/2, stop/1]).

-spec load_all([{atom(), term()}]) -> ok.
load_all(CoreEnv) ->
    lists:foreach(fun load/1, specs(CoreEnv)).

load({Name, _, _, _, _, _} = Spec) ->
    case application:load(app_spec(Spec)) of
        ok -> ok;
        {error, {already_loaded, Name}} -> ok
    end.

%% {Name, Description, ExtraDeps, Env, TopSupervisor, Modules}
specs(CoreEnv) ->
    [{beamtop_demo, "Beamtop demo: core (stdin watchdog)", [], CoreEnv,
      beamtop_demo_sup,
      [beamtop_demo, beamtop_demo_app, beamtop_demo_sup, beamtop_demo_watchdog,
       beamtop_demo_clock, beamtop_demo_misc]},
     {beamtop_demo_store, "Beamtop demo: Mnesia-backed ledger", [mnesia], [],
      beamtop_demo_store_sup,
      [beamtop_demo_store_sup, beamtop_demo_store, beamtop_demo_hotkeys]},
     {beamtop_demo_cache, "Beamtop demo: caches (ETS, binaries, big heaps)", [], [],
      beamtop_demo_cache_sup,
      [beamtop_demo_cache_sup, beamtop_demo_ets, beamtop_demo_blobs,
       beamtop_demo_heap, beamtop_demo_leaky, beamtop_demo_frag, beamtop_demo_growth]},
     {beamtop_demo_jobs, "Beamtop demo: background jobs and sessions", [], [],
      beamtop_demo_jobs_sup,
      [beamtop_demo_jobs_sup, beamtop_demo_busy, beamtop_demo_session,
       beamtop_demo_mailbox, beamtop_demo_gc, beamtop_demo_churn,
       beamtop_demo_port]},
     {beamtop_demo_web, "Beamtop demo: TCP/UDP traffic on loopback and a hidden node", [], [],
      beamtop_demo_web_sup,
      [beamtop_demo_web_sup, beamtop_demo_tcp_listener, beamtop_demo_tcp_conn,
       beamtop_demo_tcp_client, beamtop_demo_pool, beamtop_demo_udp, beamtop_demo_socket,
       beamtop_demo_stream, beamtop_demo_slow, beamtop_demo_hidden]}].

app_spec({Name, Description, ExtraDeps, Env, TopSup, Modules}) ->
    %% Every workload application depends on the core one, so the core is
    %% started first and stopped last.
    Core = [beamtop_demo || Name =/= beamtop_demo],
    {application, Name,
     [{description, Description},
      {vsn, "1.0.0"},
      {modules, Modules},
      {registered, []},
      {applications, [kernel, stdlib] ++ Core ++ ExtraDeps},
      {env, Env},
      {mod, {?MODULE, TopSup}}]}.

start(_Type, TopSup) ->
    case TopSup:start_link() of
        {ok, Pid} -> {ok, Pid, TopSup};
        Error -> Error
    end.

%% The core application stops last, after mnesia, so its directory is no
%% longer in use by then.
stop(beamtop_demo_sup) ->
    beamtop_demo:cleanup();
stop(_TopSup) ->
    ok.
