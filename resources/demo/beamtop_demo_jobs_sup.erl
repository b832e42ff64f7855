%% SPDX-License-Identifier: GPL-3.0-or-later
%% Supervision tree of the jobs application: CPU-busy workers, a pool of idle
%% sessions under nested supervisors, a mailbox that fills and drains, a
%% GC-heavy worker, a spawner of short-lived processes and a port to `cat'.
%%
%%   beamtop_demo_jobs_sup (one_for_one)
%%     beamtop_demo_indexer, beamtop_demo_report_builder   (beamtop_demo_busy)
%%     beamtop_demo_session_sup (one_for_one)
%%       beamtop_demo_session_shard_1..3 (one_for_one, 100 beamtop_demo_session each)
%%     beamtop_demo_event_sink, beamtop_demo_event_source  (beamtop_demo_mailbox)
%%     beamtop_demo_gc, beamtop_demo_churn, beamtop_demo_port
-module(beamtop_demo_jobs_sup).
-behaviour(supervisor).

-export([start_link/0]).
-export([init/1]).

-define(SHARDS, 3).
-define(SESSIONS_PER_SHARD, 100).

start_link() ->
    supervisor:start_link({local, ?MODULE}, ?MODULE, top).

init(top) ->
    Flags = #{strategy => one_for_one, intensity => 10, period => 10},
    {ok, {Flags,
          [%% Budget: ms of CPU per period; together about 2-3% of one core.
           worker(beamtop_demo_indexer, beamtop_demo_busy,
                  [beamtop_demo_indexer, #{period => 50, budget => 1.0}]),
           worker(beamtop_demo_report_builder, beamtop_demo_busy,
                  [beamtop_demo_report_builder, #{period => 100, budget => 1.5}]),
           sup(beamtop_demo_session_sup, sessions),
           worker(beamtop_demo_event_sink, beamtop_demo_mailbox, [sink]),
           worker(beamtop_demo_event_source, beamtop_demo_mailbox, [source]),
           worker(beamtop_demo_gc, beamtop_demo_gc, []),
           worker(beamtop_demo_churn, beamtop_demo_churn, []),
           worker(beamtop_demo_port, beamtop_demo_port, [])]}};
init(sessions) ->
    {ok, {#{strategy => one_for_one, intensity => 10, period => 10},
          [sup(shard_name(S), {shard, S}) || S <- lists:seq(1, ?SHARDS)]}};
init({shard, S}) ->
    First = (S - 1) * ?SESSIONS_PER_SHARD + 1,
    Ids = lists:seq(First, First + ?SESSIONS_PER_SHARD - 1),
    {ok, {#{strategy => one_for_one, intensity => 10, period => 10},
          [worker({session, Id}, beamtop_demo_session, [Id]) || Id <- Ids]}}.

shard_name(S) ->
    list_to_atom("beamtop_demo_session_shard_" ++ integer_to_list(S)).

sup(Name, Kind) ->
    #{id => Name,
      start => {supervisor, start_link, [{local, Name}, ?MODULE, Kind]},
      type => supervisor}.

worker(Id, Module, Args) ->
    #{id => Id, start => {Module, start_link, Args}}.
