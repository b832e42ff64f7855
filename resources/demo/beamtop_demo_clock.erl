%% SPDX-License-Identifier: GPL-3.0-or-later
%% Timers for the workload's periodic ticks.
%%
%% Dozens of processes tick every 10-500 ms. Left alone their timers fire at
%% scattered instants, and every instant wakes a scheduler, which busy-waits
%% for a moment before sleeping again; on this mostly idle node that spinning
%% was a large share of the demo's CPU. Rounding every due time up to the next
%% multiple of ?GRID ms (in absolute monotonic time) makes timers due close
%% together fire together, at the cost of at most ?GRID ms of jitter.
-module(beamtop_demo_clock).

-export([send_after/2, sleep/1]).

-define(GRID, 10).

%% Like erlang:send_after(Ms, self(), Msg), on the grid.
-spec send_after(non_neg_integer(), term()) -> reference().
send_after(Ms, Msg) ->
    erlang:send_after(due(Ms), self(), Msg, [{abs, true}]).

%% Like timer:sleep(Ms), on the grid.
-spec sleep(non_neg_integer()) -> ok.
sleep(Ms) ->
    Wait = max(due(Ms) - erlang:monotonic_time(millisecond), 0),
    receive after Wait -> ok end.

due(Ms) ->
    Due = erlang:monotonic_time(millisecond) + Ms,
    %% rem keeps the sign of Due (monotonic time may be negative), so the outer
    %% rem maps both signs onto the distance up to the next grid line.
    Due + (?GRID - Due rem ?GRID) rem ?GRID.
