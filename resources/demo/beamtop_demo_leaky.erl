%% SPDX-License-Identifier: GPL-3.0-or-later
%% A process whose memory grows and then resets: it appends 1,000 records
%% every 250 ms (think of an unbounded buffer) and, once it holds 240,000
%% (after a minute), drops them and collects. Its memory graph is a sawtooth.
-module(beamtop_demo_leaky).
-behaviour(gen_server).

-export([start_link/0]).
-export([init/1, handle_call/3, handle_cast/2, handle_info/2, handle_continue/2]).

-define(TICK_MS, 250).
-define(CHUNK, 1000).
-define(LIMIT, 240000).

start_link() ->
    gen_server:start_link({local, ?MODULE}, ?MODULE, [], []).

init([]) ->
    beamtop_demo_clock:send_after(?TICK_MS, tick),
    {ok, #{buffer => [], size => 0, resets => 0}}.

handle_call(_Request, _From, State) ->
    {reply, {error, unknown_call}, State}.

handle_cast(_Msg, State) ->
    {noreply, State}.

handle_info(tick, #{size := Size, resets := Resets} = State) when Size >= ?LIMIT ->
    beamtop_demo_clock:send_after(?TICK_MS, tick),
    %% Collect after returning the emptied state, or the old buffer is still live.
    {noreply, State#{buffer := [], size := 0, resets := Resets + 1}, {continue, collect}};
handle_info(tick, #{buffer := Buffer, size := Size} = State) ->
    Now = erlang:system_time(millisecond),
    Chunk = [{record, Size + I, Now} || I <- lists:seq(1, ?CHUNK)],
    beamtop_demo_clock:send_after(?TICK_MS, tick),
    {noreply, State#{buffer := Chunk ++ Buffer, size := Size + ?CHUNK}};
handle_info(_Info, State) ->
    {noreply, State}.

handle_continue(collect, State) ->
    true = erlang:garbage_collect(),
    {noreply, State}.
