%% Beamtop's agent: loaded into the observed node for as long as Beamtop is connected.
%%
%% Rules it keeps (see DESIGN.md §3):
%%  * it leaves no trace: one registered server process monitors every attached Beamtop
%%    (its C-node pid); when the last one goes, clean or not, the server restores what it
%%    changed, deletes and purges this module, and exits;
%%  * every reply is bounded in time, rows and bytes: work runs in a monitored worker that
%%    is killed at its deadline, and a reply over its byte limit is replaced by an error;
%%  * it measures what its work costs the node, so Beamtop can show and budget it.
%%
%% The source is also compiled on the node itself when the node refuses the prebuilt beam
%% (another OTP release), with compile:forms/2 and no preprocessor: so no macros, no
%% includes, no records here.
-module(beamtop_agent_v1).

-export([attach/2, detach/1, sessions/0, cost/0, ping/0]).
-export([system_info/1]).
-export([server_start/2]).


%% ---------------------------------------------------------------------------------------
%% Sessions

%% Registers the calling Beamtop (its C-node pid) with the agent server, starting the server
%% if needed. Returns {ok, ServerPid, Info}.
attach(CNodePid, Opts) when is_pid(CNodePid), is_map(Opts) ->
    Server = ensure_server(3),
    Ref = erlang:monitor(process, Server),
    Server ! {attach, self(), Ref, CNodePid},
    receive
        {Ref, Reply} ->
            erlang:demonitor(Ref, [flush]),
            Reply;
        {'DOWN', Ref, process, _, Reason} ->
            {error, {agent_down, Reason}}
    after 5000 ->
        erlang:demonitor(Ref, [flush]),
        {error, timeout}
    end.

%% Detaches a Beamtop; the last one to go makes the agent clean up and unload.
detach(CNodePid) when is_pid(CNodePid) ->
    case whereis(beamtop_agent_v1) of
        undefined -> ok;
        Server ->
            Ref = erlang:monitor(process, Server),
            Server ! {detach, self(), Ref, CNodePid},
            receive
                {Ref, Reply} ->
                    %% The server may still be unloading; wait for it to be gone so that a
                    %% clean disconnect leaves nothing behind when it returns.
                    receive {'DOWN', Ref, process, _, _} -> Reply
                    after 2000 -> erlang:demonitor(Ref, [flush]), Reply
                    end;
                {'DOWN', Ref, process, _, _} -> ok
            after 5000 ->
                erlang:demonitor(Ref, [flush]),
                {error, timeout}
            end
    end.

sessions() ->
    server_call(sessions).

%% What the agent's own work has cost the node: #{busy_us, since_us, calls}.
cost() ->
    server_call(cost).

ping() ->
    pong.

server_call(What) ->
    case whereis(beamtop_agent_v1) of
        undefined -> {error, not_running};
        Server ->
            Ref = erlang:monitor(process, Server),
            Server ! {What, self(), Ref},
            receive
                {Ref, Reply} -> erlang:demonitor(Ref, [flush]), Reply;
                {'DOWN', Ref, process, _, _} -> {error, not_running}
            after 5000 -> erlang:demonitor(Ref, [flush]), {error, timeout}
            end
    end.

ensure_server(0) ->
    error(agent_server_start_failed);
ensure_server(Tries) ->
    case whereis(beamtop_agent_v1) of
        undefined ->
            Ref = make_ref(),
            {Pid, MRef} = spawn_monitor(beamtop_agent_v1, server_start, [self(), Ref]),
            receive
                {Ref, started} ->
                    erlang:demonitor(MRef, [flush]),
                    Pid;
                {'DOWN', MRef, process, Pid, _} ->
                    %% Lost the race to register: another attach started it first.
                    ensure_server(Tries - 1)
            after 5000 ->
                exit(Pid, kill),
                ensure_server(Tries - 1)
            end;
        Pid ->
            Pid
    end.

%% ---------------------------------------------------------------------------------------
%% The server

server_start(Parent, Ref) ->
    try register(beamtop_agent_v1, self()) of
        true ->
            Parent ! {Ref, started},
            server_loop(#{sessions => #{}, flags => [], busy_us => 0, calls => 0,
                          since => erlang:monotonic_time(microsecond)})
    catch
        error:badarg -> exit(normal)
    end.

server_loop(State) ->
    receive
        {attach, From, Ref, CNodePid} ->
            Sessions = maps:get(sessions, State),
            Sessions1 = case maps:is_key(CNodePid, Sessions) of
                            true -> Sessions;
                            false -> Sessions#{CNodePid => erlang:monitor(process, CNodePid)}
                        end,
            From ! {Ref, {ok, self(), #{sessions => map_size(Sessions1)}}},
            server_loop(State#{sessions := Sessions1});
        {detach, From, Ref, CNodePid} ->
            State1 = drop_session(CNodePid, State),
            From ! {Ref, ok},
            maybe_stop(State1);
        {'DOWN', _MRef, process, CNodePid, _Reason} ->
            maybe_stop(drop_session(CNodePid, State));
        {cost_add, Us} ->
            server_loop(State#{busy_us := maps:get(busy_us, State) + Us,
                               calls := maps:get(calls, State) + 1});
        {cost, From, Ref} ->
            Now = erlang:monotonic_time(microsecond),
            From ! {Ref, #{busy_us => maps:get(busy_us, State),
                           since_us => Now - maps:get(since, State),
                           calls => maps:get(calls, State)}},
            server_loop(State);
        {sessions, From, Ref} ->
            From ! {Ref, maps:keys(maps:get(sessions, State))},
            server_loop(State);
        _Other ->
            server_loop(State)
    end.

drop_session(CNodePid, State) ->
    Sessions = maps:get(sessions, State),
    case maps:take(CNodePid, Sessions) of
        {MRef, Rest} ->
            erlang:demonitor(MRef, [flush]),
            State#{sessions := Rest};
        error ->
            State
    end.

maybe_stop(State) ->
    case map_size(maps:get(sessions, State)) of
        0 -> unload(State);
        _ -> server_loop(State)
    end.

%% Puts back every system flag the agent changed, then removes this module from the node.
%% code:delete/1 turns the current code into old code; the purge that follows runs in a
%% process outside this module and also ends this server, which is what we want.
unload(State) ->
    lists:foreach(fun({Flag, Old}) -> catch erlang:system_flag(Flag, Old) end,
                  maps:get(flags, State)),
    unregister(beamtop_agent_v1),
    _ = code:purge(beamtop_agent_v1),
    _ = code:delete(beamtop_agent_v1),
    _ = spawn(code, purge, [beamtop_agent_v1]),
    exit(normal).

%% ---------------------------------------------------------------------------------------
%% Bounded work

%% Runs Fun in a fresh process: killed at the deadline, its result dropped when its external
%% size is over MaxBytes. The time it took is added to the agent's cost.
bounded(Fun, Opts) ->
    Timeout = opt(timeout_ms, Opts, 5000),
    MaxBytes = opt(max_bytes, Opts, 4 * 1024 * 1024),
    Caller = self(),
    Ref = make_ref(),
    T0 = erlang:monotonic_time(microsecond),
    {Pid, MRef} = spawn_monitor(fun() -> Caller ! {Ref, Fun()} end),
    Result = receive
                 {Ref, Value} ->
                     erlang:demonitor(MRef, [flush]),
                     case erlang:external_size(Value) of
                         Size when Size > MaxBytes -> {error, {too_large, Size, MaxBytes}};
                         _ -> {ok, Value}
                     end;
                 {'DOWN', MRef, process, Pid, Reason} ->
                     {error, {crashed, truncate_reason(Reason)}}
             after Timeout ->
                 exit(Pid, kill),
                 erlang:demonitor(MRef, [flush]),
                 receive {Ref, _} -> ok after 0 -> ok end,
                 {error, timeout}
             end,
    Us = erlang:monotonic_time(microsecond) - T0,
    case whereis(beamtop_agent_v1) of
        undefined -> ok;
        Server -> Server ! {cost_add, Us}
    end,
    Result.

truncate_reason(Reason) ->
    %% A crash reason can hold anything; keep what we send back small.
    unicode:characters_to_binary(io_lib:format("~tP", [Reason, 8])).

opt(Key, Opts, Default) when is_map(Opts) ->
    maps:get(Key, Opts, Default);
opt(_, _, Default) ->
    Default.

%% ---------------------------------------------------------------------------------------
%% System overview

system_info(Opts) ->
    bounded(fun collect_system/0, Opts).

collect_system() ->
    {{input, In}, {output, Out}} = erlang:statistics(io),
    {GCs, Words, _} = erlang:statistics(garbage_collection),
    {Reds, _} = erlang:statistics(reductions),
    {UptimeMs, _} = erlang:statistics(wall_clock),
    {ContextSwitches, _} = erlang:statistics(context_switches),
    {OsFamily, OsName} = os:type(),
    Memory = maps:from_list(erlang:memory()),
    PtMemory = try maps:get(memory, persistent_term:info()) catch _:_ -> 0 end,
    #{node => node(),
      otp_release => bin(erlang:system_info(otp_release)),
      erts_version => bin(erlang:system_info(version)),
      elixir_version => elixir_version(),
      uptime_ms => UptimeMs,
      system_architecture => bin(erlang:system_info(system_architecture)),
      os_family => OsFamily,
      os_name => OsName,
      os_version => os_version(),
      wordsize => erlang:system_info(wordsize),
      logical_processors => erlang:system_info(logical_processors),
      logical_processors_online => erlang:system_info(logical_processors_online),
      logical_processors_available => erlang:system_info(logical_processors_available),
      schedulers => erlang:system_info(schedulers),
      schedulers_online => erlang:system_info(schedulers_online),
      dirty_cpu_schedulers => erlang:system_info(dirty_cpu_schedulers),
      dirty_cpu_schedulers_online => erlang:system_info(dirty_cpu_schedulers_online),
      dirty_io_schedulers => erlang:system_info(dirty_io_schedulers),
      async_threads => erlang:system_info(thread_pool_size),
      kernel_poll => erlang:system_info(kernel_poll),
      process_count => erlang:system_info(process_count),
      process_limit => erlang:system_info(process_limit),
      port_count => erlang:system_info(port_count),
      port_limit => erlang:system_info(port_limit),
      atom_count => erlang:system_info(atom_count),
      atom_limit => erlang:system_info(atom_limit),
      ets_count => erlang:system_info(ets_count),
      ets_limit => erlang:system_info(ets_limit),
      memory => Memory#{persistent_term => PtMemory},
      run_queue => erlang:statistics(total_run_queue_lengths_all),
      reductions => Reds,
      io_input_bytes => In,
      io_output_bytes => Out,
      gc_count => GCs,
      gc_words_reclaimed => Words,
      context_switches => ContextSwitches,
      connected_nodes => length(nodes(connected)),
      sampled_at_ms => erlang:system_time(millisecond)}.

elixir_version() ->
    case application:get_key(elixir, vsn) of
        {ok, Vsn} -> bin(Vsn);
        undefined -> undefined
    end.

os_version() ->
    case os:version() of
        {Major, Minor, Release} -> bin(io_lib:format("~b.~b.~b", [Major, Minor, Release]));
        Other -> bin(io_lib:format("~tp", [Other]))
    end.

bin(L) when is_list(L) -> unicode:characters_to_binary(L);
bin(B) when is_binary(B) -> B.
