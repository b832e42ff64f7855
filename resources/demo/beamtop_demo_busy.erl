%% SPDX-License-Identifier: GPL-3.0-or-later
%% A worker that is always a little busy, like an indexer or a report builder:
%% every `period' ms it burns about `budget' ms of CPU on real work (hashing
%% and sorting), then sleeps. The budget follows a slow wave so the CPU and
%% reductions graphs move instead of sitting flat.
-module(beamtop_demo_busy).
-behaviour(gen_server).

-export([start_link/2]).
-export([init/1, handle_call/3, handle_cast/2, handle_info/2]).

-define(WAVE_MS, 90000).

start_link(Name, Config) ->
    gen_server:start_link({local, Name}, ?MODULE, Config, []).

init(#{period := Period, budget := Budget}) ->
    self() ! tick,
    {ok, #{period => Period, budget => Budget, rounds => 0, digest => 0,
           t0 => erlang:monotonic_time(millisecond)}}.

handle_call(stats, _From, #{rounds := Rounds, digest := Digest} = State) ->
    {reply, #{rounds => Rounds, digest => Digest}, State};
handle_call(_Request, _From, State) ->
    {reply, {error, unknown_call}, State}.

handle_cast(_Msg, State) ->
    {noreply, State}.

handle_info(tick, #{period := Period, rounds := Rounds, digest := Digest} = State) ->
    Deadline = erlang:monotonic_time(microsecond) + round(budget_now(State) * 1000),
    NewDigest = work(Deadline, Digest),
    beamtop_demo_clock:send_after(Period, tick),
    {noreply, State#{rounds := Rounds + 1, digest := NewDigest}};
handle_info(_Info, State) ->
    {noreply, State}.

%% Between 30% and 100% of the configured budget.
budget_now(#{budget := Budget, t0 := T0}) ->
    Phase = (erlang:monotonic_time(millisecond) - T0) / ?WAVE_MS * 2 * math:pi(),
    Budget * (0.65 + 0.35 * math:sin(Phase)).

work(Deadline, Digest) ->
    Batch = lists:sort([erlang:phash2({Digest, I}) || I <- lists:seq(1, 200)]),
    Next = erlang:phash2(Batch),
    case erlang:monotonic_time(microsecond) >= Deadline of
        true -> Next;
        false -> work(Deadline, Next)
    end.
