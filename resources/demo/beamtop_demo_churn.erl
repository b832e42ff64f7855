%% SPDX-License-Identifier: GPL-3.0-or-later
%% A steady trickle of short-lived processes, so process counts and spawn
%% rates move: every 200 ms it starts 1-6 jobs that live up to ~2 s, and every
%% 30 s a burst of 100 (a batch run arriving), which shows up as a spike in
%% the process count. Some are started with proc_lib (Beamtop can show their
%% real initial call), some with plain spawn. Jobs read the public ETS tables
%% the cache application owns.
-module(beamtop_demo_churn).
-behaviour(gen_server).

-export([start_link/0]).
-export([init/1, handle_call/3, handle_cast/2, handle_info/2]).
-export([lookup_job/1, render_job/1]).

-define(TICK_MS, 200).
-define(BURST_EVERY, 150).  % ticks
-define(BURST, 100).

start_link() ->
    gen_server:start_link({local, ?MODULE}, ?MODULE, [], []).

init([]) ->
    beamtop_demo_clock:send_after(?TICK_MS, tick),
    {ok, #{spawned => 0, ticks => 0}}.

handle_call(_Request, _From, State) ->
    {reply, {error, unknown_call}, State}.

handle_cast(_Msg, State) ->
    {noreply, State}.

handle_info(tick, #{spawned := Spawned, ticks := Ticks} = State) ->
    N = case Ticks rem ?BURST_EVERY of
            0 -> ?BURST;
            _ -> rand:uniform(6)
        end,
    lists:foreach(fun spawn_job/1, lists:seq(Spawned, Spawned + N - 1)),
    beamtop_demo_clock:send_after(?TICK_MS, tick),
    {noreply, State#{spawned := Spawned + N, ticks := Ticks + 1}};
handle_info(_Info, State) ->
    {noreply, State}.

spawn_job(Seq) ->
    case Seq rem 3 of
        0 -> proc_lib:spawn(?MODULE, lookup_job, [Seq]);
        1 -> proc_lib:spawn(?MODULE, render_job, [Seq]);
        2 -> spawn(fun() -> beamtop_demo_clock:sleep(rand:uniform(500)) end)
    end.

%% Look up a few prices, as a request handler would, then linger a little.
lookup_job(Seq) ->
    _ = [catch ets:lookup(beamtop_demo_prices, (Seq * 31 + K) rem 100000)
         || K <- lists:seq(1, 20)],
    beamtop_demo_clock:sleep(rand:uniform(2000)).

%% Build a small page, as a template renderer would.
render_job(Seq) ->
    Page = iolist_to_binary([[<<"<li>item ">>, integer_to_binary(K), <<"</li>">>]
                             || K <- lists:seq(Seq rem 100, Seq rem 100 + 200)]),
    beamtop_demo_clock:sleep(rand:uniform(1000)),
    byte_size(Page).
