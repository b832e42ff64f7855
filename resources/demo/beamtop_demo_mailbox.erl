%% SPDX-License-Identifier: GPL-3.0-or-later
%% A message queue that grows and drains in cycles, the classic overload
%% pattern Beamtop should make visible.
%%
%% The source sends 100 events every 50 ms (2,000/s) to the sink. The sink
%% repeats: stall for 16 s without receiving (queue grows to ~32,000), drain
%% in batches of 1,000 every 100 ms (empty in ~4 s), then keep up for 5 s.
%% The queue stays over 10,000 for about 14 s a cycle: long enough for the
%% default alert rule (over 10,000 for 10 s) to fire and resolve each cycle.
%% Both are plain proc_lib processes: a gen_server cannot leave its mailbox
%% alone for 10 s without blocking inside a callback.
-module(beamtop_demo_mailbox).

-export([start_link/1]).
-export([init/2]).

-define(SINK, beamtop_demo_event_sink).
-define(SOURCE, beamtop_demo_event_source).
-define(STALL_MS, 16000).
-define(KEEP_UP_MS, 5000).
-define(BATCH, 1000).
-define(BATCH_PAUSE_MS, 100).
-define(EVENTS_PER_TICK, 100).
-define(TICK_MS, 50).

start_link(Role) ->
    proc_lib:start_link(?MODULE, init, [self(), Role]).

init(Parent, Role) ->
    register(name(Role), self()),
    proc_lib:init_ack(Parent, {ok, self()}),
    case Role of
        sink -> stall(#{handled => 0});
        source -> source(0)
    end.

name(sink) -> ?SINK;
name(source) -> ?SOURCE.

%% --- sink ---------------------------------------------------------------

stall(State) ->
    receive after ?STALL_MS -> ok end,
    drain(State).

drain(State) ->
    NewState = handle_batch(?BATCH, State),
    case erlang:process_info(self(), message_queue_len) of
        {message_queue_len, N} when N > ?BATCH ->
            beamtop_demo_clock:sleep(?BATCH_PAUSE_MS),
            drain(NewState);
        _ ->
            keep_up(erlang:monotonic_time(millisecond) + ?KEEP_UP_MS, NewState)
    end.

keep_up(Until, State) ->
    case Until - erlang:monotonic_time(millisecond) of
        Left when Left =< 0 ->
            stall(State);
        Left ->
            receive
                {event, _, _} = Event -> keep_up(Until, handle(Event, State))
            after Left ->
                stall(State)
            end
    end.

handle_batch(0, State) ->
    State;
handle_batch(N, State) ->
    receive
        {event, _, _} = Event -> handle_batch(N - 1, handle(Event, State))
    after 0 ->
        State
    end.

handle({event, _Seq, {_Kind, _User, _Ts}}, #{handled := H} = State) ->
    State#{handled := H + 1}.

%% --- source -------------------------------------------------------------

source(Seq) ->
    beamtop_demo_clock:sleep(?TICK_MS),
    case whereis(?SINK) of
        undefined ->
            source(Seq);
        Sink ->
            Kinds = {click, view, purchase, search},
            [Sink ! {event, S, {element(1 + S rem 4, Kinds), S rem 997,
                                erlang:system_time(millisecond)}}
             || S <- lists:seq(Seq, Seq + ?EVENTS_PER_TICK - 1)],
            source(Seq + ?EVENTS_PER_TICK)
    end.
