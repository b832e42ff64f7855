%% SPDX-License-Identifier: GPL-3.0-or-later
%% Entry point of the Beamtop demo node.
%%
%% `beamtop --demo` starts
%%
%%   erl -sname beamtop_demo_<rand> -setcookie <rand> -noshell -pa <ebin> -s beamtop_demo start
%%
%% with stdin a pipe that Beamtop holds open, and connects to the node. start/0,1
%% lays out a small but realistic system (several OTP applications with
%% supervision trees, ETS, Mnesia, sockets, a port, and some odd processes) so
%% that every Beamtop view has live data, then returns so that init can finish
%% booting. Everything then runs forever on timers.
%%
%% Extra options go after the function name on the command line, and init hands
%% them to start/1 as atoms:  -s beamtop_demo start no_watchdog no_mnesia
-module(beamtop_demo).

-export([start/0, start/1, stop/0, cleanup/0]).

%% Started in this order, stopped in the reverse one. The core application goes
%% first so that the watchdog runs even if a later step fails, and it is stopped
%% last (after mnesia) so that its stop callback can remove the Mnesia directory.
-define(WORKLOAD_APPS, [beamtop_demo_cache, beamtop_demo_jobs, beamtop_demo_web]).

-spec start() -> ok.
start() ->
    start([]).

%% Options:
%%   no_watchdog  keep running when stdin reaches EOF (or BEAMTOP_DEMO_NO_WATCHDOG=1)
%%   no_mnesia    leave out Mnesia and its load (or BEAMTOP_DEMO_NO_MNESIA=1)
-spec start([atom()]) -> ok.
start(Opts) when is_list(Opts) ->
    Watchdog = not (lists:member(no_watchdog, Opts)
                    orelse env_flag("BEAMTOP_DEMO_NO_WATCHDOG")),
    Mnesia = not (lists:member(no_mnesia, Opts)
                  orelse env_flag("BEAMTOP_DEMO_NO_MNESIA")),
    ok = beamtop_demo_app:load_all([{watchdog, Watchdog}]),
    start_app(beamtop_demo),
    _ = Mnesia andalso prepare_mnesia() andalso start_app(beamtop_demo_store),
    lists:foreach(fun start_app/1, ?WORKLOAD_APPS),
    beamtop_demo_misc:start(),
    ok.

%% For manual runs: take the workload down without halting the node.
-spec stop() -> ok.
stop() ->
    beamtop_demo_misc:stop(),
    Apps = [beamtop_demo] ++ [mnesia, beamtop_demo_store] ++ ?WORKLOAD_APPS,
    lists:foreach(fun application:stop/1, lists:reverse(Apps)),
    cleanup().

%% Removes the Mnesia directory this run created, if any. Called by the core
%% application's stop callback (orderly shutdown) and by the watchdog (just
%% before halt). Mnesia may still be writing its log in the latter case, so a
%% failed removal is retried a few times rather than treated as an error.
-spec cleanup() -> ok.
cleanup() ->
    case application:get_env(beamtop_demo, mnesia_dir) of
        {ok, Dir} -> remove_dir(Dir, 3);
        undefined -> ok
    end.

%% A failure in one part of the workload should not cost the user the rest of
%% the demo (nor crash the boot, which -s would do), so it is only logged.
start_app(App) ->
    case application:ensure_all_started(App) of
        {ok, _} ->
            true;
        {error, Reason} ->
            logger:warning("beamtop_demo: ~p did not start: ~p", [App, Reason]),
            false
    end.

%% disc_copies tables need a disc schema, which must be created before Mnesia
%% starts, in a directory of our own: a fresh one per run under the OS temp dir.
prepare_mnesia() ->
    Tmp = temp_dir(),
    remove_stale_dirs(Tmp),
    Name = lists:flatten(io_lib:format("~s~s_~b",
                                       [dir_prefix(), os:getpid(),
                                        erlang:system_time(millisecond)])),
    Dir = filename:join(Tmp, Name),
    try
        ok = file:make_dir(Dir),
        ok = application:set_env(beamtop_demo, mnesia_dir, Dir),
        case application:load(mnesia) of
            ok -> ok;
            {error, {already_loaded, mnesia}} -> ok
        end,
        ok = application:set_env(mnesia, dir, Dir),
        %% The ledger writes a few hundred records a second; at the default
        %% threshold (1,000) Mnesia would dump its log every couple of seconds
        %% and print "Mnesia is overloaded" warnings.
        ok = application:set_env(mnesia, dump_log_write_threshold, 50000),
        ok = mnesia:create_schema([node()]),
        true
    catch
        Class:Reason ->
            logger:warning("beamtop_demo: Mnesia left out (~p:~p)", [Class, Reason]),
            false
    end.

dir_prefix() -> "beamtop_demo_mnesia_".

temp_dir() ->
    Candidates = [os:getenv(V) || V <- ["TMPDIR", "TEMP", "TMP"]],
    case [D || D <- Candidates, D =/= false, D =/= ""] of
        [D | _] -> D;
        [] -> "/tmp"
    end.

%% A demo node killed with SIGKILL cannot clean up after itself. Its directory
%% name carries its OS pid, so a later run removes directories whose owner is
%% gone. Only done where /proc tells us that (Linux); elsewhere they stay.
remove_stale_dirs(Tmp) ->
    case filelib:is_dir("/proc/self") of
        true ->
            Prefix = dir_prefix(),
            Stale = [D || D <- filelib:wildcard(Prefix ++ "*", Tmp),
                          not owner_alive(string:prefix(D, Prefix))],
            lists:foreach(fun(D) -> remove_dir(filename:join(Tmp, D), 1) end, Stale);
        false ->
            ok
    end.

owner_alive(Suffix) ->
    case string:split(Suffix, "_") of
        [Pid, _Time] when Pid =/= "" ->
            lists:any(fun(C) -> C < $0 orelse C > $9 end, Pid)  % not ours: leave it
                orelse filelib:is_dir("/proc/" ++ Pid);
        _ ->
            true
    end.

remove_dir(Dir, Tries) ->
    case file:del_dir_r(Dir) of
        ok -> ok;
        {error, enoent} -> ok;
        {error, _} when Tries > 1 -> remove_dir(Dir, Tries - 1);
        {error, _} -> ok
    end.

env_flag(Name) ->
    case os:getenv(Name) of
        false -> false;
        Value -> not lists:member(string:lowercase(Value), ["", "0", "false", "no"])
    end.
