%% SPDX-License-Identifier: GPL-3.0-or-later
%% Supervision tree of the cache application: the processes that hold memory
%% in its different forms (ETS tables, refc binaries, a big heap, a heap that
%% grows and resets, binary carriers left sparsely used, an ETS table that
%% grows and is flushed). beamtop_demo_growth comes after beamtop_demo_ets,
%% the heir of one of its tables.
-module(beamtop_demo_cache_sup).
-behaviour(supervisor).

-export([start_link/0]).
-export([init/1]).

start_link() ->
    supervisor:start_link({local, ?MODULE}, ?MODULE, []).

init([]) ->
    {ok, {#{strategy => one_for_one, intensity => 10, period => 10},
          [#{id => M, start => {M, start_link, []}}
           || M <- [beamtop_demo_ets, beamtop_demo_blobs, beamtop_demo_heap,
                    beamtop_demo_leaky, beamtop_demo_frag, beamtop_demo_growth]]}}.
