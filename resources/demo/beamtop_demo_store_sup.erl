%% Supervision tree of the store application: Mnesia tables under
%% transactional load. Tables are created (and seeded) before the workers
%% start; beamtop_demo created the disc schema before Mnesia started.
-module(beamtop_demo_store_sup).
-behaviour(supervisor).

-export([start_link/0]).
-export([init/1]).

start_link() ->
    ok = beamtop_demo_store:create_tables(),
    supervisor:start_link({local, ?MODULE}, ?MODULE, []).

init([]) ->
    {ok, {#{strategy => one_for_one, intensity => 10, period => 10},
          [#{id => Role, start => {beamtop_demo_store, start_link, [Role]}}
           || Role <- [ledger, sessions, auditor, reporter]]}}.
