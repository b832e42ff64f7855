%% SPDX-License-Identifier: GPL-3.0-or-later
%% Supervision tree of the store application: Mnesia tables under
%% transactional load, and workers contending for a few hot keys. Tables are
%% created (and seeded) before the workers start; beamtop_demo created the
%% disc schema before Mnesia started.
-module(beamtop_demo_store_sup).
-behaviour(supervisor).

-export([start_link/0]).
-export([init/1]).

start_link() ->
    ok = beamtop_demo_store:create_tables(),
    ok = beamtop_demo_hotkeys:create_table(),
    supervisor:start_link({local, ?MODULE}, ?MODULE, []).

init([]) ->
    Store = [#{id => Role, start => {beamtop_demo_store, start_link, [Role]}}
             || Role <- [ledger, sessions, auditor, reporter]],
    Hotkeys = [#{id => {hotkeys, N}, start => {beamtop_demo_hotkeys, start_link, [N]}}
               || N <- beamtop_demo_hotkeys:workers()],
    {ok, {#{strategy => one_for_one, intensity => 10, period => 10}, Store ++ Hotkeys}}.
