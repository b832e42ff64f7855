%% SPDX-License-Identifier: GPL-3.0-or-later
%% Top supervisor of the core application: just the stdin watchdog, unless the
%% user turned it off for a manual run.
-module(beamtop_demo_sup).
-behaviour(supervisor).

-export([start_link/0]).
-export([init/1]).

start_link() ->
    supervisor:start_link({local, ?MODULE}, ?MODULE, []).

init([]) ->
    Watchdog = #{id => beamtop_demo_watchdog,
                 start => {beamtop_demo_watchdog, start_link, []},
                 shutdown => brutal_kill},
    Children = [Watchdog || application:get_env(beamtop_demo, watchdog, true)],
    {ok, {#{strategy => one_for_one, intensity => 5, period => 10}, Children}}.
