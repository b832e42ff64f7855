%% SPDX-License-Identifier: GPL-3.0-or-later
%% Plain processes outside any supervision tree or application, started with
%% spawn/3 (not proc_lib), each showing one process property Beamtop displays:
%%
%%   beamtop_demo_janitor       traps exits; links to short-lived helpers and
%%                              collects their 'EXIT' messages
%%   beamtop_demo_watcher       linked to three heartbeat processes, and
%%                              monitoring processes in the workload apps
%%   beamtop_demo_config        keeps its settings and counters in the
%%                              process dictionary
%%   beamtop_demo_deep_sleeper  sleeps at the bottom of a 250-frame stack
-module(beamtop_demo_misc).

-export([start/0, stop/0]).
-export([janitor/0, watcher/0, heartbeat/2, config/0, deep_sleeper/0]).

-define(PROCS, [{beamtop_demo_janitor, janitor}, {beamtop_demo_watcher, watcher},
                {beamtop_demo_config, config}, {beamtop_demo_deep_sleeper, deep_sleeper}]).
-define(WATCHED, [beamtop_demo_ets, beamtop_demo_tcp_listener, beamtop_demo_event_sink,
                  beamtop_demo_ledger]).

-spec start() -> ok.
start() ->
    lists:foreach(fun({Name, Fun}) -> register(Name, spawn(?MODULE, Fun, [])) end, ?PROCS).

-spec stop() -> ok.
stop() ->
    %% kill, since the janitor traps exits; linked helpers die along.
    [exit(Pid, kill) || {Name, _} <- ?PROCS, Pid <- [whereis(Name)], is_pid(Pid)],
    ok.

%% --- janitor ------------------------------------------------------------

janitor() ->
    process_flag(trap_exit, true),
    janitor_loop(#{normal => 0, abnormal => 0}).

janitor_loop(Counts) ->
    receive
        {'EXIT', _Helper, normal} ->
            janitor_loop(maps:update_with(normal, fun(N) -> N + 1 end, Counts));
        {'EXIT', _Helper, _Reason} ->
            janitor_loop(maps:update_with(abnormal, fun(N) -> N + 1 end, Counts))
    after 500 ->
            %% A helper that finishes, or one in ten that gives up with a reason.
            _ = spawn_link(fun() ->
                                   beamtop_demo_clock:sleep(rand:uniform(3000)),
                                   rand:uniform(10) =:= 1 andalso exit(timeout)
                           end),
            janitor_loop(Counts)
    end.

%% --- watcher ------------------------------------------------------------

watcher() ->
    Self = self(),
    [spawn_link(?MODULE, heartbeat, [Self, N]) || N <- lists:seq(1, 3)],
    {ok, _} = timer:send_interval(5000, remonitor),
    watcher_loop(monitor_all(#{}), 0).

%% (Re)monitor whichever watched processes are running and not yet monitored.
monitor_all(Monitors) ->
    lists:foldl(fun(Name, Acc) ->
                        case {maps:is_key(Name, Acc), whereis(Name)} of
                            {false, Pid} when is_pid(Pid) -> Acc#{Name => monitor(process, Pid)};
                            _ -> Acc
                        end
                end, Monitors, ?WATCHED).

watcher_loop(Monitors, Beats) ->
    receive
        {heartbeat, _N} ->
            watcher_loop(Monitors, Beats + 1);
        {'DOWN', Ref, process, _, _} ->
            watcher_loop(maps:filter(fun(_, R) -> R =/= Ref end, Monitors), Beats);
        remonitor ->
            watcher_loop(monitor_all(Monitors), Beats)
    end.

heartbeat(Watcher, N) ->
    beamtop_demo_clock:sleep(1000 + N * 100),
    Watcher ! {heartbeat, N},
    heartbeat(Watcher, N).

%% --- config -------------------------------------------------------------

config() ->
    Settings = [{pool_size, 10}, {request_timeout, 5000}, {log_level, notice},
                {feature_dark_mode, true}, {feature_new_checkout, false},
                {currency, <<"EUR">>}, {region, <<"eu-west">>}, {max_upload, 16#1000000}]
        ++ [{{route_weight, R}, rand:uniform(100)} || R <- lists:seq(1, 30)],
    [put(Key, Value) || {Key, Value} <- Settings],
    put(reloads, 0),
    config_loop().

config_loop() ->
    beamtop_demo_clock:sleep(2000),
    put(reloads, get(reloads) + 1),
    put({route_weight, rand:uniform(30)}, rand:uniform(100)),
    put(last_reload, calendar:system_time_to_rfc3339(erlang:system_time(second))),
    config_loop().

%% --- deep sleeper -------------------------------------------------------

deep_sleeper() ->
    descend(250),
    deep_sleeper().

%% Not tail recursive on purpose: each level leaves a frame on the stack.
descend(0) ->
    receive after 30000 -> 0 end;
descend(Depth) ->
    1 + descend(Depth - 1).
