%% SPDX-License-Identifier: GPL-3.0-or-later
%% Leaves binary_alloc's carriers sparsely used, so Beamtop's Memory page has
%% fragmentation to show (and its "fragmentation" finding fires).
%%
%% At start it allocates ~64 MiB of mid-sized binaries (2-60 KB: below the
%% 512 KB single-block threshold, so they share multiblock carriers), keeps
%% every ?KEEP_EVERY th of them and drops the rest. The survivors are spread over
%% every carrier the batch filled, so no carrier can be given back to the OS,
%% yet they hold only ~1/?KEEP_EVERY of the carriers' bytes.
%%
%% Then it churns slowly: each tick a handful of short-lived binaries fill
%% some of the holes and are freed at the next tick. The survivors never move,
%% so the carriers stay pinned and the usage stays low; every ?REBUILD_EVERY
%% ticks the pattern is laid again from a fresh batch (the old survivors go
%% only once the new ones are spread), so allocation and freeing show over
%% time. Carriers stay around the batch size plus the survivors (~72 MiB),
%% and the CPU cost is a few binary copies per tick plus one batch every few
%% minutes.
-module(beamtop_demo_frag).
-behaviour(gen_server).

-export([start_link/0]).
-export([init/1, handle_call/3, handle_cast/2, handle_info/2]).

-define(BATCH_BYTES, (64 * 1048576)).
-define(MIN_SIZE, 2048).
-define(MAX_SIZE, 61440).
-define(KEEP_EVERY, 10).
-define(TICK_MS, 2000).
-define(CHURN, 8).           % short-lived binaries per tick
-define(REBUILD_EVERY, 150). % ticks (5 minutes)

start_link() ->
    gen_server:start_link({local, ?MODULE}, ?MODULE, [], []).

init([]) ->
    beamtop_demo_clock:send_after(?TICK_MS, tick),
    Kept = lay([]),
    true = erlang:garbage_collect(), % the dropped nine in ten go now
    {ok, #{kept => Kept, churn => [], tick => 0}}.

handle_call(_Request, _From, State) ->
    {reply, {error, unknown_call}, State}.

handle_cast(_Msg, State) ->
    {noreply, State}.

handle_info(tick, #{kept := Kept, tick := Tick} = State) ->
    beamtop_demo_clock:send_after(?TICK_MS, tick),
    Next = Tick + 1,
    NewKept = case Next rem ?REBUILD_EVERY of
                  0 -> lay(Kept);
                  _ -> Kept
              end,
    %% The previous tick's short-lived binaries are dropped here; the
    %% collection below frees them (refc binaries go when no heap refers to
    %% them), so the holes open again.
    Churn = [new_binary() || _ <- lists:seq(1, ?CHURN)],
    NewState = State#{kept := NewKept, churn := Churn, tick := Next},
    true = erlang:garbage_collect(),
    {noreply, NewState};
handle_info(_Info, State) ->
    {noreply, State}.

%% Allocates a batch of ?BATCH_BYTES in mid-sized binaries and returns every
%% ?KEEP_EVERY th. The previous survivors (Old) stay referenced until the new
%% batch is in place, so the new one fills the holes around them and then
%% spreads over carriers of its own; only then are they released.
lay(Old) ->
    Batch = batch(?BATCH_BYTES, 0, []),
    Kept = every(Batch, 0, []),
    _ = length(Old),
    Kept.

batch(Left, _N, Acc) when Left =< 0 ->
    lists:reverse(Acc);
batch(Left, N, Acc) ->
    B = new_binary(),
    batch(Left - byte_size(B), N + 1, [B | Acc]).

every([], _I, Acc) ->
    lists:reverse(Acc);
every([B | Rest], I, Acc) when I rem ?KEEP_EVERY =:= 0 ->
    every(Rest, I + 1, [B | Acc]);
every([_ | Rest], I, Acc) ->
    every(Rest, I + 1, Acc).

new_binary() ->
    Size = ?MIN_SIZE + rand:uniform(?MAX_SIZE - ?MIN_SIZE),
    binary:copy(<<(rand:uniform(255))>>, Size).
