%% SPDX-License-Identifier: GPL-3.0-or-later
%% Holds large reference-counted binaries, like a cache of uploaded files:
%% four slots of 1-4 MB each, one replaced every 3 s. It also keeps a 64-byte
%% "header" sliced from an evicted blob, which pins the whole blob in memory:
%% the classic sub-binary leak that Beamtop's binary view should expose. The
%% slice is replaced once a minute, so the leak stays bounded.
-module(beamtop_demo_blobs).
-behaviour(gen_server).

-export([start_link/0]).
-export([init/1, handle_call/3, handle_cast/2, handle_info/2, handle_continue/2]).

-define(SLOTS, 4).
-define(TICK_MS, 3000).
-define(LEAK_EVERY, 20).  % ticks
-define(MB, 1048576).

start_link() ->
    gen_server:start_link({local, ?MODULE}, ?MODULE, [], []).

init([]) ->
    beamtop_demo_clock:send_after(?TICK_MS, tick),
    {ok, #{blobs => maps:from_list([{Slot, new_blob(Slot)} || Slot <- lists:seq(1, ?SLOTS)]),
           header => <<>>, tick => 0}}.

handle_call(_Request, _From, State) ->
    {reply, {error, unknown_call}, State}.

handle_cast(_Msg, State) ->
    {noreply, State}.

handle_info(tick, #{blobs := Blobs, header := Header, tick := Tick} = State) ->
    Slot = rand:uniform(?SLOTS),
    Evicted = maps:get(Slot, Blobs),
    NewHeader = case Tick rem ?LEAK_EVERY of
                    0 -> binary:part(Evicted, 0, 64);  % shares Evicted's storage
                    _ -> Header
                end,
    beamtop_demo_clock:send_after(?TICK_MS, tick),
    NewState = State#{blobs := Blobs#{Slot := new_blob(Slot)}, header := NewHeader,
                      tick := Tick + 1},
    %% Evicted binaries are freed when this process next collects. With so
    %% small a heap that can take a while, so collect every few ticks: dead
    %% blobs pile up a little and then drop.
    case Tick rem 4 of
        3 -> {noreply, NewState, {continue, collect}};
        _ -> {noreply, NewState}
    end;
handle_info(_Info, State) ->
    {noreply, State}.

new_blob(Slot) ->
    Size = ?MB + rand:uniform(3 * ?MB),
    binary:copy(<<Slot>>, Size).

handle_continue(collect, State) ->
    true = erlang:garbage_collect(),
    {noreply, State}.
