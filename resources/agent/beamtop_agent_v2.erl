%% SPDX-License-Identifier: GPL-3.0-or-later
%% Beamtop's agent: loaded into the observed node for as long as Beamtop is connected.
%%
%% Rules it keeps (see DESIGN.md §3 and ARCHITECTURE.md, "The agent protocol"):
%%  * one entry point, request/2, dispatches by request type through handlers/0; every reply
%%    is {ok, Value} or {error, Reason};
%%  * every request that reads the node runs in a monitored worker with a deadline and a byte
%%    cap, and its cost is charged to one budget shared by everything the agent does; a row
%%    list over the cap comes back cut, with rows_cut saying how many rows were left out;
%%  * it leaves no trace: one registered server process monitors every attached Beamtop (its
%%    C-node pid); everything a request changes on the node registers an undo step with the
%%    server, and when the last Beamtop goes, clean or not, the server runs them all, deletes
%%    and purges this module, and exits.
%%
%% The source is also compiled on the node itself when the node refuses the prebuilt beam
%% (another OTP release), with compile:forms/2 and no preprocessor: so no macros, no
%% includes, no records here.
-module(beamtop_agent_v2).

-export([request/2]).
-export([server_start/2]).

%% The protocol this module speaks. A Beamtop that finds another build of the same protocol
%% already serving the node attaches to it and enables what its capabilities list.
protocol_version() -> 2.

%% ---------------------------------------------------------------------------------------
%% The entry point

%% Every request type: how it runs and what does it. bounded: in a worker under bounded/2
%% (deadline, byte cap, cost charged); direct: in the caller, for requests that only talk to
%% the server or do constant work and return {ok, V} | {error, R} themselves; with_ctx: bounded,
%% with the tables that count the agent's reads of the processes on screen (see read_mark/3).
handlers() ->
    #{attach => {direct, fun attach/1},
      detach => {direct, fun detach/1},
      ping => {direct, fun(_) -> {ok, pong} end},
      cost => {direct, fun(_) -> server_call(cost) end},
      set_budget => {direct, fun set_budget/1},
      system => {bounded, fun(_) -> collect_system() end},
      alloc => {bounded, fun alloc_sample/1},
      schedulers => {direct, fun scheduler_sample/1},
      rank => {direct, fun rank/1},
      proc_details => {with_ctx, fun proc_details/2},
      proc_messages => {with_ctx, fun proc_messages/2},
      proc_sample => {with_ctx, fun proc_sample/2},
      proc_action => {direct, fun proc_action/1},
      whereis => {bounded, fun whereis_name/1},
      port_info => {bounded, fun port_summary/1},
      port_types => {bounded, fun port_type_counts/1},
      port_details => {bounded, fun port_details/1},
      port_sample => {bounded, fun port_sample/1},
      port_action => {bounded, fun port_action/1},
      dist => {bounded, fun dist_sample/1},
      ets_rows => {bounded, fun ets_rows/1},
      ets_info => {bounded, fun ets_info/1},
      mnesia => {bounded, fun mnesia_sample/1},
      mnesia_rows => {bounded, fun mnesia_rows/1},
      apps => {direct, fun apps/1},
      app_tree => {with_ctx, fun app_tree/2},
      cluster => {bounded, fun(_) -> #{visible => nodes(visible), hidden => nodes(hidden)} end}}.

%% What attach reports: the request types, and for rank the kinds it can rank.
capabilities() ->
    [{rank, [K || K <- maps:keys(kinds())]} | [T || T <- maps:keys(handlers()), T =/= rank]].

request(Type, Args) when is_atom(Type), is_map(Args) ->
    case maps:find(Type, handlers()) of
        {ok, {direct, F}} ->
            try F(Args)
            catch error:function_clause -> {error, {bad_arguments, Type}}
            end;
        {ok, {bounded, F}} -> bounded(fun() -> F(Args) end, Args);
        {ok, {with_ctx, F}} ->
            case server_call(ctx) of
                {ok, Ctx} ->
                    try bounded(fun() -> F(Args, Ctx) end, Args)
                    catch error:function_clause -> {error, {bad_arguments, Type}}
                    end;
                Error -> Error
            end;
        error -> {error, {unknown_request, Type}}
    end;
request(_, _) ->
    {error, bad_request}.

%% ---------------------------------------------------------------------------------------
%% Sessions

%% Registers the calling Beamtop (its C-node pid) with the agent server, starting the server
%% if needed.
attach(#{pid := CNodePid}) when is_pid(CNodePid) ->
    %% A node at its process limit cannot start the server: an answer Beamtop can put in
    %% words, not a crash of the call.
    try ensure_server(3) of
        Server ->
            %% The emulator makes the atoms that name the allocators' figures on their first
            %% reading. Make them now, while the table has room (Beamtop loads the agent only
            %% then), rather than at a later reading when a filling table may have none left.
            _ = [alloc_info(A) || A <- [sys_alloc, mseg_alloc, erts_mmap | lists:sublist(alloc_util_allocators(), 1)]],
            case server_call(attach, [CNodePid], Server) of
                {ok, Sessions} ->
                    {ok, #{version => protocol_version(), capabilities => capabilities(),
                           sessions => Sessions, server => whereis(beamtop_agent_v2)}};
                Error -> Error
            end
    catch
        error:system_limit -> {error, system_limit}
    end.

%% Detaches a Beamtop; the last one to go makes the agent clean up and unload.
detach(#{pid := CNodePid}) when is_pid(CNodePid) ->
    case whereis(beamtop_agent_v2) of
        undefined -> {ok, detached};
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
                {'DOWN', Ref, process, _, _} -> {ok, detached}
            after 5000 ->
                erlang:demonitor(Ref, [flush]),
                {error, timeout}
            end
    end.

server_call(What) ->
    server_call(What, []).

server_call(What, Args) ->
    case whereis(beamtop_agent_v2) of
        undefined -> {error, not_running};
        Server -> server_call(What, Args, Server)
    end.

%% Replies from the server are {ok, V} or {error, R} already.
server_call(What, Args, Server) ->
    Ref = erlang:monitor(process, Server),
    Server ! list_to_tuple([What, self(), Ref | Args]),
    receive
        {Ref, Reply} -> erlang:demonitor(Ref, [flush]), Reply;
        {'DOWN', Ref, process, _, _} -> {error, not_running}
    after 5000 -> erlang:demonitor(Ref, [flush]), {error, timeout}
    end.

ensure_server(0) ->
    error(agent_server_start_failed);
ensure_server(Tries) ->
    case whereis(beamtop_agent_v2) of
        undefined ->
            Ref = make_ref(),
            {Pid, MRef} = spawn_monitor(beamtop_agent_v2, server_start, [self(), Ref]),
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
    try register(beamtop_agent_v2, self()) of
        true ->
            Parent ! {Ref, started},
            Now = erlang:monotonic_time(microsecond),
            server_loop(#{sessions => #{}, busy_us => 0, calls => 0, since => Now,
                          %% The background work timer: every work_tick_ms() while some
                          %% ranking is kept, every idle_tick_ms() otherwise (see schedule_work/1).
                          work_timer => erlang:send_after(idle_tick_ms(), self(), work),
                          work_tick => idle_tick_ms(),
                          %% What to put back when the last Beamtop goes: [{Key, Fun}], newest
                          %% first. Nothing else may change the node's state.
                          undo => [],
                          %% Budget: share of one scheduler the agent may spend on all its work;
                          %% tokens are microseconds of work allowed now. Requests are charged
                          %% what they cost; background ranking sweeps run only on tokens.
                          budget => 0.02, tokens => 0, refilled => Now,
                          rankings => #{},
                          %% Rows keep what does not change after start (public: the workers
                          %% that read rows fill it); cleared when large or a minute old.
                          row_cache => ets:new(beamtop_rows, [set, public]),
                          row_cache_at => Now div 1000,
                          %% The processes on someone's screen, and how often the agent read
                          %% each ({Pid, Reads, LastShownMs}), so Beamtop can leave its own
                          %% reads out of reductions per second.
                          watch => ets:new(beamtop_watch, [set, public]),
                          %% The applications' totals (see apps_state/2); undefined until asked.
                          apps => undefined,
                          %% Each process of a supervision tree walked, {Pid, Reductions, AtMs},
                          %% for reductions per second at the next walk; and the child specs
                          %% read, {{spec, ChildPid} | {template, Sup}, Spec, AtMs}.
                          tree_reds => ets:new(beamtop_tree_reds, [set, public]),
                          charges => calibrate()})
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
            From ! {Ref, {ok, map_size(Sessions1)}},
            server_loop(State#{sessions := Sessions1});
        {detach, From, Ref, CNodePid} ->
            State1 = drop_session(CNodePid, State),
            From ! {Ref, {ok, detached}},
            maybe_stop(State1);
        {'DOWN', _MRef, process, CNodePid, _Reason} ->
            maybe_stop(drop_session(CNodePid, State));
        {cost_add, Us} ->
            server_loop(charge(State, Us));
        {cost, From, Ref} ->
            Now = erlang:monotonic_time(microsecond),
            From ! {Ref, {ok, #{busy_us => maps:get(busy_us, State),
                                since_us => Now - maps:get(since, State),
                                calls => maps:get(calls, State),
                                budget => maps:get(budget, State)}}},
            server_loop(State);
        {ctx, From, Ref} ->
            From ! {Ref, {ok, ctx(State)}},
            server_loop(State);
        {set_budget, From, Ref, Budget} ->
            From ! {Ref, {ok, Budget}},
            server_loop(State#{budget := Budget});
        {undo_do, From, Ref, Key, Do, Undo} ->
            %% Runs a change and keeps its undo step, in the server: a suspension, for one,
            %% lasts only as long as the process that made it.
            {Reply, State1} = undo_do(Key, Do, Undo, State),
            From ! {Ref, Reply},
            server_loop(State1);
        {undo_now, From, Ref, Key} ->
            {Reply, State1} = undo_now(Key, State),
            From ! {Ref, Reply},
            server_loop(State1);
        {rank_slice, From, Ref, Req} ->
            T0 = erlang:monotonic_time(microsecond),
            {Reply, State1} = rank_slice(Req, State),
            From ! {Ref, Reply},
            server_loop(wake_work(charge(State1, erlang:monotonic_time(microsecond) - T0)));
        {apps_state, From, Ref, Req} ->
            T0 = erlang:monotonic_time(microsecond),
            {Reply, State1} = apps_state(Req, State),
            From ! {Ref, Reply},
            server_loop(wake_work(charge(State1, erlang:monotonic_time(microsecond) - T0)));
        {apps_peek, From, Ref} ->
            From ! {Ref, case maps:get(apps, State) of
                             #{result := R} when is_map(R) -> {ok, R};
                             _ -> {error, no_sweep}
                         end},
            server_loop(State);
        {gone, From, Ref, Key, Gen, Entries} ->
            %% From a rank worker: entities of a page that no longer exist (see rank_rows/1).
            From ! {Ref, ok},
            server_loop(forget_gone(Key, Gen, Entries, State));
        work ->
            %% Waking the node costs more than the agent's own code: the scheduler that runs
            %% the timer spins before it sleeps again (see wake_charge_us/0).
            server_loop(schedule_work(background_work(charge(State, wake_charge_us()))));
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

charge(State, Us) ->
    State#{busy_us := maps:get(busy_us, State) + Us,
           calls := maps:get(calls, State) + 1,
           tokens := maps:get(tokens, State) - Us}.

%% Runs Do once per Key and keeps Undo, to run when the last Beamtop goes; asked again, it
%% answers what Do answered the first time.
undo_do(Key, Do, Undo, State) ->
    Steps = maps:get(undo, State),
    case lists:keyfind(Key, 1, Steps) of
        {_, _, V} -> {{ok, V}, State};
        false ->
            case catch Do() of
                {ok, V} -> {{ok, V}, State#{undo := [{Key, Undo, V} | Steps]}};
                {'EXIT', Reason} -> {{error, {failed, truncate_reason(Reason)}}, State};
                Other -> {Other, State}
            end
    end.

%% Runs one undo step now (a resume) and forgets it.
undo_now(Key, State) ->
    Steps = maps:get(undo, State),
    case lists:keytake(Key, 1, Steps) of
        {value, {_, Undo, _}, Rest} -> {{ok, catch Undo()}, State#{undo := Rest}};
        false -> {{error, not_changed_by_beamtop}, State}
    end.

%% Puts back everything the agent changed, then removes this module from the node.
%% code:delete/1 turns the current code into old code; the purge that follows runs in a
%% process outside this module and also ends this server, which is what we want.
%% The purges go to the code purger directly (erlang:purge_module/1), not through
%% code:purge/1: a purge checks every process on the node (3 s at a million), and through
%% code:purge/1 the code server, and so all code loading on the node, would wait for it.
unload(State) ->
    lists:foreach(fun({_Key, Undo, _}) -> catch Undo() end, maps:get(undo, State)),
    unregister(beamtop_agent_v2),
    %% Old code of an earlier agent, if any (none in the usual case: badarg at once).
    _ = (catch erlang:purge_module(beamtop_agent_v2)),
    _ = code:delete(beamtop_agent_v2),
    %% Not a fun of this module: the purge would end a process running it. The purger's own
    %% entry (what erlang:purge_module/1 calls) answers instead of raising when another purge
    %% got there first, so no crash report is left in the node's log.
    _ = spawn(erts_code_purger, purge, [beamtop_agent_v2]),
    exit(normal).

%% ---------------------------------------------------------------------------------------
%% Bounded work

%% Runs Fun in a fresh process: killed at the deadline; a result over MaxBytes external size
%% is cut when it is a map with a list of rows (rows_cut says how many were left out) and
%% refused otherwise. The time it took is charged to the agent's budget. Fun returns a value,
%% or {error, Reason} for a failure the caller should see as one.
bounded(Fun, Opts) ->
    Timeout = max(1, min(60000, opt(timeout_ms, Opts, 5000))),
    MaxBytes = max(1024, min(64 * 1024 * 1024, opt(max_bytes, Opts, 4 * 1024 * 1024))),
    Caller = self(),
    Ref = make_ref(),
    T0 = erlang:monotonic_time(microsecond),
    %% At the node's process limit no worker can start: say so (system_limit) instead of
    %% crashing the call.
    case catch spawn_monitor(fun() -> Caller ! {Ref, Fun()} end) of
        {'EXIT', {system_limit, _}} -> {error, system_limit};
        {Pid, MRef} -> bounded_wait(Pid, MRef, Ref, Timeout, MaxBytes, T0)
    end.

bounded_wait(Pid, MRef, Ref, Timeout, MaxBytes, T0) ->
    Result = receive
                 {Ref, {error, Reason}} ->
                     erlang:demonitor(MRef, [flush]),
                     {error, Reason};
                 {Ref, Value} ->
                     erlang:demonitor(MRef, [flush]),
                     fit(Value, MaxBytes);
                 {'DOWN', MRef, process, Pid, Reason} ->
                     {error, {crashed, truncate_reason(Reason)}}
             after Timeout ->
                 exit(Pid, kill),
                 erlang:demonitor(MRef, [flush]),
                 receive {Ref, _} -> ok after 0 -> ok end,
                 {error, timeout}
             end,
    Us = erlang:monotonic_time(microsecond) - T0,
    case whereis(beamtop_agent_v2) of
        undefined -> ok;
        Server -> Server ! {cost_add, Us}
    end,
    Result.

fit(Value, MaxBytes) ->
    Size = erlang:external_size(Value),
    case Size =< MaxBytes of
        true -> {ok, Value};
        false ->
            case is_map(Value) andalso is_list(maps:get(rows, Value, none)) of
                true -> cut_rows(Value, MaxBytes, Size);
                false -> {error, {too_large, Size, MaxBytes}}
            end
    end.

%% The most rows that fit, found by halving; the rows kept are the first ones (the best
%% ranked), and rows_cut counts the rest.
cut_rows(Value, MaxBytes, Size) ->
    Rows = maps:get(rows, Value),
    N = length(Rows),
    Fits = fun(K) -> erlang:external_size(Value#{rows := lists:sublist(Rows, K), rows_cut => N - K}) =< MaxBytes end,
    case Fits(0) of
        false -> {error, {too_large, Size, MaxBytes}};
        true ->
            K = most_that_fit(Fits, 0, N),
            {ok, Value#{rows := lists:sublist(Rows, K), rows_cut => N - K}}
    end.

%% Lo fits, Hi does not (or is N + 1 away): the largest K in [Lo, Hi) that fits.
most_that_fit(_Fits, Lo, Hi) when Hi - Lo =< 1 -> Lo;
most_that_fit(Fits, Lo, Hi) ->
    Mid = (Lo + Hi) div 2,
    case Fits(Mid) of
        true -> most_that_fit(Fits, Mid, Hi);
        false -> most_that_fit(Fits, Lo, Mid)
    end.

truncate_reason(Reason) ->
    %% A crash reason can hold anything; keep what we send back small.
    unicode:characters_to_binary(io_lib:format("~tP", [Reason, 8])).

opt(Key, Opts, Default) when is_map(Opts) ->
    maps:get(Key, Opts, Default);
opt(_, _, Default) ->
    Default.

set_budget(#{budget := Fraction}) when is_number(Fraction), Fraction > 0, Fraction =< 1 ->
    server_call(set_budget, [Fraction]).

%% ---------------------------------------------------------------------------------------
%% System overview

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
      alloc_util_allocators => alloc_util_allocators(),
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
      mnesia => mnesia_counters(),
      machine_memory => machine_memory(),
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

%% ---------------------------------------------------------------------------------------
%% Memory allocators
%%
%% One allocator dump per request: erlang:system_info({allocator, A}) once for every enabled
%% alloc_util allocator and once for mseg_alloc, with erlang:memory(total) read right before,
%% summarised here so the reply stays small whatever the number of schedulers: per type always,
%% per instance only for the types asked for, the worst fragments, the mseg cache per instance.
%% The settings (and sys_alloc, erts_mmap, which only have settings) only when asked: they do
%% not change while the node runs.
%%
%% A carrier summary is {Carriers, CarriersSize, Blocks, BlocksSize, CarriersMax,
%% CarriersSizeMax, BlocksMax, BlocksSizeMax}; the maxima are since the node started (per
%% instance; summed over instances they are a sum of peaks, which the client labels so). The
%% pool of abandoned carriers has no maxima: its are its current values.

alloc_util_allocators() ->
    try erlang:system_info(alloc_util_allocators) catch _:_ -> [] end.

alloc_sample(Args) ->
    Want = opt(instances, Args, []),
    NFrag = opt(fragments, Args, 20),
    Total = erlang:memory(total),
    Dumps = [{A, Insts} || A <- alloc_util_allocators(),
                           Insts <- [alloc_info(A)], is_list(Insts), Insts =/= []],
    Summaries = [{A, [alloc_instance(N, Props) || {instance, N, Props} <- Insts]}
                 || {A, Insts} <- Dumps],
    Types = [list_to_tuple([A, length(Is) | alloc_sum([tl(tuple_to_list(I)) || I <- Is])])
             || {A, Is} <- Summaries],
    Instances = [{A, N, M, S, P} || {A, Is} <- Summaries,
                                    Want =:= all orelse lists:member(A, Want),
                                    {N, M, S, P} <- Is],
    Fragments = lists:sublist(
                  lists:reverse(lists:keysort(1, [alloc_fragment(A, I) || {A, Is} <- Summaries,
                                                                          I <- Is])),
                  NFrag),
    Base = #{sampled_at_ms => erlang:system_time(millisecond),
             erlang_total => Total,
             rss => os_rss(),
             types => Types,
             instances => Instances,
             fragments => [F || {_, F} <- Fragments],
             mseg => mseg_cache(alloc_info(mseg_alloc))},
    case opt(settings, Args, false) of
        true -> Base#{settings => alloc_settings(Dumps)};
        _ -> Base
    end.

alloc_info(A) ->
    try erlang:system_info({allocator, A}) catch _:_ -> false end.

%% {N, Mbcs, Sbcs, Pool} for one instance.
alloc_instance(N, Props) ->
    {N, carrier_summary(proplists:get_value(mbcs, Props, [])),
     carrier_summary(proplists:get_value(sbcs, Props, [])),
     carrier_summary(proplists:get_value(mbcs_pool, Props, []))}.

carrier_summary(Props) when is_list(Props) ->
    {C, CMax} = cur_max(lists:keyfind(carriers, 1, Props)),
    {CS, CSMax} = cur_max(lists:keyfind(carriers_size, 1, Props)),
    {{B, BMax}, {BS, BSMax}} =
        case lists:keyfind(blocks, 1, Props) of
            {blocks, PerType} when is_list(PerType) ->
                %% OTP 23+: blocks by the type that allocated them (carriers migrate).
                lists:foldl(fun({_, L}, {{B0, BM0}, {S0, SM0}}) when is_list(L) ->
                                    {B1, BM1} = cur_max(lists:keyfind(count, 1, L)),
                                    {S1, SM1} = cur_max(lists:keyfind(size, 1, L)),
                                    {{B0 + B1, BM0 + BM1}, {S0 + S1, SM0 + SM1}};
                               (_, Acc) -> Acc
                            end, {{0, 0}, {0, 0}}, PerType);
            Old ->
                {cur_max(Old), cur_max(lists:keyfind(blocks_size, 1, Props))}
        end,
    {C, CS, B, BS, CMax, CSMax, BMax, BSMax};
carrier_summary(_) ->
    {0, 0, 0, 0, 0, 0, 0, 0}.

cur_max({_, Cur, _LastMax, Max}) when is_integer(Cur), is_integer(Max) -> {Cur, Max};
cur_max({_, Cur}) when is_integer(Cur) -> {Cur, Cur};
cur_max(_) -> {0, 0}.

%% Element-wise sums of the instances' [Mbcs, Sbcs, Pool].
alloc_sum(Instances) ->
    Zero = {0, 0, 0, 0, 0, 0, 0, 0},
    lists:foldl(fun([M, S, P], [AM, AS, AP]) -> [tsum(M, AM), tsum(S, AS), tsum(P, AP)] end,
                [Zero, Zero, Zero], Instances).

tsum({A1, A2, A3, A4, A5, A6, A7, A8}, {B1, B2, B3, B4, B5, B6, B7, B8}) ->
    {A1 + B1, A2 + B2, A3 + B3, A4 + B4, A5 + B5, A6 + B6, A7 + B7, A8 + B8}.

%% {Unused, {Type, N, MbcsCarriersSize, MbcsBlocksSize, SbcsCarriersSize, SbcsBlocksSize}},
%% the pool counted with the multiblock carriers (as recon does).
alloc_fragment(A, {N, M, S, P}) ->
    MC = element(2, M) + element(2, P),
    MB = element(4, M) + element(4, P),
    SC = element(2, S),
    SB = element(4, S),
    {(MC - MB) + (SC - SB), {A, N, MC, MB, SC, SB}}.

%% {N, Hits, Calls, CachedSegments, SegmentsSize} per mseg_alloc instance.
mseg_cache(Insts) when is_list(Insts) ->
    [mseg_instance(N, Props) || {instance, N, Props} <- Insts];
mseg_cache(_) ->
    [].

mseg_instance(N, Props) ->
    Kind = proplists:get_value(memkind, Props, Props),
    Status = proplists:get_value(status, Kind, []),
    Calls = proplists:get_value(calls, Kind, []),
    Hits = case lists:keyfind(cache_hits, 1, Status) of {_, H} -> H; _ -> 0 end,
    Allocs = case lists:keyfind(mseg_alloc, 1, Calls) of {_, Giga, Ones} -> Giga * 1000000000 + Ones; _ -> 0 end,
    Cached = case lists:keyfind(cached_segments, 1, Status) of {_, CS} -> CS; _ -> 0 end,
    {Size, _} = cur_max(lists:keyfind(segments_size, 1, Status)),
    {N, Hits, Allocs, Cached, Size}.

%% [{Name, [{Key, Value}]}]: each alloc_util type's options from a scheduler instance when it
%% has one (instance 0 may differ, e.g. temp_alloc's), then sys_alloc, mseg_alloc, erts_mmap.
alloc_settings(Dumps) ->
    Util = [{A, alloc_options(Insts)} || {A, Insts} <- Dumps],
    Other = [{A, alloc_options(I)} || A <- [sys_alloc, mseg_alloc], I <- [alloc_info(A)], is_list(I)],
    Mmap = case alloc_info(erts_mmap) of
               L when is_list(L) ->
                   [{erts_mmap, [{bin([atom_to_list(Kind), ".", atom_to_list(K)]), V}
                                 || {Kind, KProps} <- L, is_list(KProps),
                                    {options, Opts} <- KProps, {K, V} <- Opts]}];
               _ -> []
           end,
    Util ++ Other ++ Mmap.

alloc_options(Insts) ->
    Props = case [P || {instance, 1, P} <- Insts] ++ [P || {instance, 0, P} <- Insts] of
                [P | _] -> P;
                [] -> []
            end,
    [{K, V} || {K, V} <- proplists:get_value(options, Props, []), is_atom(K)].

%% The memory the node can have, in bytes: the machine's (MemTotal), or its cgroup's limit when
%% lower (a container); undefined where neither can be read (not Linux). Two small files.
machine_memory() ->
    case os:type() of
        {unix, linux} ->
            Total = try
                        {ok, Info} = file:read_file("/proc/meminfo"),
                        [_, After] = binary:split(Info, <<"MemTotal:">>),
                        [Num | _] = binary:split(string:trim(After, leading), <<" ">>),
                        binary_to_integer(Num) * 1024
                    catch _:_ -> undefined
                    end,
            Limit = try
                        {ok, Max} = file:read_file("/sys/fs/cgroup/memory.max"),
                        binary_to_integer(string:trim(Max))
                    catch _:_ -> undefined
                    end,
            if
                is_integer(Total), is_integer(Limit), Limit < Total -> Limit;
                true -> Total
            end;
        _ -> undefined
    end.

%% The resident size of this node's OS process, in bytes, on Linux; undefined elsewhere.
os_rss() ->
    case os:type() of
        {unix, linux} ->
            try
                {ok, Status} = file:read_file("/proc/self/status"),
                [_, After] = binary:split(Status, <<"VmRSS:">>),
                [Num | _] = binary:split(string:trim(After, leading), <<" ">>),
                binary_to_integer(Num) * 1024
            catch _:_ -> undefined
            end;
        _ -> undefined
    end.

%% ---------------------------------------------------------------------------------------
%% The ranking engine, for any kind of entity
%%
%% Ranking a million processes every second would cost the node seconds of CPU. Instead the
%% server keeps, per requested ranking (kind, sort key, mode, filter), a sorted tuple of ids
%% built by an incremental sweep that runs only while the budget has tokens. A rank request
%% takes the ids at an offset from the last complete ranking (or the sweep in progress, before
%% the first one completes) from the server, and reads just those rows fresh in a bounded
%% worker. So the cost on screen is per row shown, and the background cost is capped by the
%% budget whatever the node's size. Rankings nobody asked for in a while are dropped.
%%
%% A kind is a map of funs (kinds/0): ids() lists every entity, count() says how many there
%% are (cheaply); sorts is what it can rank by, the first being the default;
%% sample(Id, Sort, Filter, Ctx) reads one entity's metric, undefined when it is gone or the
%% filter does not match it; row(Id, RankValue, Ctx) reads one row for the table, as {ok, Row},
%% or {gone, Row} when the entity no longer exists (Row then says so in the kind's own way, the
%% way clients before the gone list read it); valid_id says whether a pinned id from the client
%% names one of this node's entities; new_from_zero lists the sorts whose whole value counts as
%% change when an entity first appears.
%%
%% Entities die between sweeps. A page that finds one gone tells the server (forget_gone/4),
%% which leaves it out of later pages and totals, and out of the sweep in progress, so it leaves
%% the ranking at the next refresh rather than at the next sweep; the reply lists it under gone
%% so the client can show it as exited once, with what it last showed for it.

%% The working pace. Every wake of an idle node costs it about wake_charge_us() beyond the
%% work done: the scheduler busy-waits for more work before it sleeps (+sbwt, on by default).
%% At a 50 ms pace that was 0.6 % of a core the agent did not count (a timer every 50 ms doing
%% nothing cost an idle node 0.63 %, 0.08 % with +sbwt none); at 250 ms, with the same work
%% per second in steps of 5 ms, it is 0.12 %, and it is charged.
work_tick_ms() -> 250.
wake_charge_us() -> 300.
%% With no ranking to keep, the server only forgets old rows: waking the node 20 times a second
%% for that cost an idle 64-scheduler node 0.3-0.8 % of a core (bench_alloc's hand check).
idle_tick_ms() -> 1000.

schedule_work(State) ->
    Ms = case has_background(State) of
             false -> idle_tick_ms();
             true -> next_work_ms(State)
         end,
    State#{work_timer := erlang:send_after(Ms, self(), work), work_tick := Ms}.

%% While rankings are kept: the working pace while one is due and the budget has tokens; else
%% a sleep until the first is due again or the tokens are back (at most idle_tick_ms()). A
%% ranking of 50,000 ETS tables re-ranked every 10 s would otherwise wake the node 200 times
%% between two sweeps for nothing.
next_work_ms(State) ->
    NowMs = erlang:monotonic_time(millisecond),
    UntilDue = lists:min([due_in_ms(R, NowMs) || R <- maps:values(maps:get(rankings, State))]
                         ++ [apps_due_in_ms(A, NowMs) || A <- [maps:get(apps, State)], A =/= undefined]
                         ++ [idle_tick_ms()]),
    Tokens = maps:get(tokens, State),
    UntilTokens = case Tokens > 0 of
                      true -> 0;
                      false -> ceil(-Tokens / max(maps:get(budget, State), 0.0001) / 1000)
                  end,
    max(work_tick_ms(), min(idle_tick_ms(), max(UntilDue, UntilTokens))).

due_in_ms(R, NowMs) ->
    case held(R, NowMs) of
        true -> maps:get(held_until, R) - NowMs;
        false -> due_in_ms_unheld(R, NowMs)
    end.

due_in_ms_unheld(R, NowMs) ->
    case {maps:get(sweep, R), maps:get(completed_at, R)} of
        {undefined, undefined} -> 0;
        {undefined, T} -> max(0, T + maps:get(interval, R) - NowMs);
        _ -> 0
    end.

%% A request has just woken the node: the background work due is done on the back of it, its
%% wake already paid for, and the timer set again from here (a ranking asked for while the
%% server idled starts at the working pace this way). With Beamtop asking once a second, this
%% saves about one timer wake in four.
wake_work(State) ->
    case has_background(State) of
        true ->
            erlang:cancel_timer(maps:get(work_timer, State)),
            receive work -> ok after 0 -> ok end,
            schedule_work(background_work(State));
        false ->
            State
    end.
%% Rankings or application totals to keep: the server works at its pace rather than idling.
has_background(State) ->
    map_size(maps:get(rankings, State)) > 0 orelse maps:get(apps, State) =/= undefined.

ranking_idle_drop_ms() -> 30000.
max_page_rows() -> 500.

kinds() ->
    #{process => #{ids => fun erlang:processes/0,
                   count => fun() -> erlang:system_info(process_count) end,
                   sorts => [memory, reductions, message_queue_len, total_heap_size, binary_memory],
                   sample => fun proc_sample_metric/4,
                   row => fun proc_read/3,
                   valid_id => fun(P) -> is_pid(P) andalso node(P) =:= node() end,
                   new_from_zero => [reductions]},
      port => #{ids => fun port_ids/0,
                count => fun port_count/0,
                sorts => [io, recv_oct, send_oct, recv_cnt, send_cnt, queue_size, memory],
                sample => fun port_sample_metric/4,
                row => fun port_read/3,
                valid_id => fun valid_port_id/1,
                new_from_zero => [io, recv_oct, send_oct, recv_cnt, send_cnt]},
      ets => #{ids => fun ets_ids/0,
               count => fun ets_count/0,
               sorts => [memory, size],
               sample => fun ets_sample_metric/4,
               row => fun ets_read/3,
               valid_id => fun valid_ets_id/1,
               new_from_zero => []}}.

%% Req: #{kind => process, sort => atom(), mode => absolute | window, filter => binary(),
%%        offset => N, limit => N, interval_ms => N (how fresh the ranking should be),
%%        ids => [Id] (rows to refresh beside the page, e.g. the selection), timeout_ms,
%%        max_bytes, resume => {Gen, Pos}, hold_ms => N, release => boolean()}.
%%
%% A client that walks a whole ranking page by page (an export) cannot do it by offset: an
%% entity a page finds gone leaves the ranking, so every later one moves up a place and the
%% one at the next page's edge is never sent, and a sweep completing between two pages
%% re-sorts it all. Such a client asks with hold_ms, which keeps the complete ranking as it is
%% (no sweep of it advances) for that long after each request, and continues with resume: the
%% reply's gen and last_pos, the ranking's generation and the tuple position of the page's last
%% row. A page asked after a position of another generation (the hold lapsed) starts at offset
%% instead; the reply's gen tells the client so. When done, the client asks once with release
%% (and limit 0), so that the ranking is not left behind a walk that is over.
rank(Req) ->
    case server_call(rank_slice, [Req]) of
        {ok, Slice} -> walked(bounded(fun() -> rank_rows(Slice) end, Req));
        Error -> Error
    end.

%% last_pos: the tuple position of the last row sent (rows cut to fit the reply were not), or
%% where the page started when none was; more: positions of the ranking come after it.
walked({ok, #{positions := Ps, rows := Rows} = V}) ->
    Sent = [P || P <- lists:sublist(Ps, length(Rows)), is_integer(P)],
    Last = case Sent of
               [] -> maps:get(last_pos, V);
               _ -> lists:last(Sent)
           end,
    Cut = length(Sent) < length([P || P <- Ps, is_integer(P)]),
    {ok, (maps:remove(positions, V))#{last_pos := Last, more := maps:get(more, V) orelse Cut}};
walked(Other) ->
    Other.

ranking_key(Req) ->
    Kind = maps:get(kind, Req, process),
    K = maps:get(Kind, kinds()),
    Sorts = maps:get(sorts, K),
    Sort = case lists:member(maps:get(sort, Req, hd(Sorts)), Sorts) of
               true -> maps:get(sort, Req);
               false -> hd(Sorts)
           end,
    {Kind, Sort, mode(maps:get(mode, Req, absolute)), normalize_filter(maps:get(filter, Req, <<>>))}.

mode(window) -> window;
mode(_) -> absolute.

normalize_filter(F) when is_binary(F) -> string:lowercase(F);
normalize_filter(F) when is_list(F) -> string:lowercase(unicode:characters_to_binary(F));
normalize_filter(_) -> <<>>.

%% In the server: the ids to show and what the ranking knows, cheap (at most a first sweep
%% step and max_page_rows element reads); the rows themselves are read by the caller's worker.
rank_slice(Req, State) ->
    case maps:is_key(maps:get(kind, Req, process), kinds()) of
        false -> {{error, {unknown_kind, maps:get(kind, Req)}}, State};
        true -> rank_slice_known(Req, State)
    end.

rank_slice_known(Req, State) ->
    Now = erlang:monotonic_time(millisecond),
    Key = {Kind, _, _, _} = ranking_key(Req),
    K = maps:get(Kind, kinds()),
    Rankings = maps:get(rankings, State),
    Interval = max(250, min(60000, maps:get(interval_ms, Req, 1000))),
    R0 = case maps:find(Key, Rankings) of
             {ok, R} -> R;
             error -> new_ranking(Key)
         end,
    Hold = max(0, min(60000, maps:get(hold_ms, Req, 0))),
    %% (The monotonic clock may be negative: no hold is undefined, not 0.)
    HeldUntil = case {maps:get(release, Req, false), maps:get(held_until, R0, undefined)} of
                    {true, _} -> undefined; % the walk is over: the ranking may move on at once
                    {_, Held} when Hold =:= 0 -> Held;
                    {_, undefined} -> Now + Hold;
                    {_, Held} -> max(Held, Now + Hold)
                end,
    R1 = R0#{requested => Now, interval => Interval, held_until => HeldUntil},
    %% A new ranking gets a first step right away so first rows come without waiting a tick.
    R2 = case maps:get(tuple, R1) =:= undefined andalso maps:get(sweep, R1) =:= undefined of
             true -> sweep_step(start_sweep(R1), 2000, ctx(State));
             false -> R1
         end,
    Offset = max(0, maps:get(offset, Req, 0)),
    Limit = max(0, min(max_page_rows(), maps:get(limit, Req, 50))),
    Gen = maps:get(gen, R2, 0),
    {Total, Slice} = case maps:get(resume, Req, undefined) of
                         {Gen, After} when is_integer(After), After >= 0, Gen > 0 -> slice_after(R2, After, Limit);
                         _ -> slice(R2, Offset, Limit)
                     end,
    %% Where the page starts; walked/1 makes it where the rows sent end.
    StartPos = case maps:get(resume, Req, undefined) of
                   {Gen, A} when is_integer(A), A >= 0, Gen > 0 -> A;
                   _ -> 0
               end,
    ValidId = maps:get(valid_id, K),
    Extra = lists:sublist([I || I <- maps:get(ids, Req, []), ValidId(I)], max_page_rows()),
    watch([I || {_, I, _} <- Slice] ++ Extra, Now, State),
    Reply = #{kind => Kind, slice => Slice, extra => Extra, ctx => ctx(State),
              key => Key, gen => Gen, last_pos => StartPos,
              more => case {lists:reverse(Slice), maps:get(tuple, R2)} of
                          {[{P, _, _} | _], Ids} when is_integer(P), is_tuple(Ids) -> P < tuple_size(Ids);
                          _ -> false
                      end,
              total => Total,
              offset => Offset,
              ranked_at_ms_ago => case maps:get(completed_at, R2) of
                                      undefined -> undefined;
                                      T -> max(0, Now - T)
                                  end,
              last_sweep_ms => maps:get(last_sweep_ms, R2),
              %% In window mode the values are rates only once a sweep had a previous one.
              window_valid => maps:get(window_valid, R2),
              sweep => sweep_progress(R2),
              budget => maps:get(budget, State)},
    {{ok, Reply}, State#{rankings := Rankings#{Key => R2}}}.

%% In the caller's bounded worker: the rows, read fresh. Entities of the page found gone are
%% reported to the server, which leaves them out from the next page on.
rank_rows(Slice) ->
    #{kind := Kind, slice := Entries, extra := Extra, ctx := Ctx, key := Key, gen := Gen} = Slice,
    K = maps:get(Kind, kinds()),
    Row = maps:get(row, K),
    Read = [{E, Row(I, V, Ctx)} || {_, I, V} = E <- Entries],
    ExtraRead = [{I, Row(I, undefined, Ctx)} || I <- Extra],
    case [E || {E, {gone, _}} <- Read] of
        [] -> ok;
        %% A call, not a cast: the server has them before this page's reply leaves, so the
        %% next page (asked for after it) is sliced without them.
        GoneHere -> _ = server_call(gone, [Key, Gen, GoneHere])
    end,
    Gone = lists:usort([I || {{_, I, _}, {gone, _}} <- Read] ++ [I || {I, {gone, _}} <- ExtraRead]),
    (maps:without([slice, ctx, key], Slice))#{
      rows => [R || {_, {_, R}} <- Read],
      positions => [P || {{P, _, _}, _} <- Read],
      extra => [R || {_, {_, R}} <- ExtraRead],
      %% The ids of the rows (and extra rows) whose entity is gone.
      gone => Gone,
      %% The node's clock when the rows were read, so rates between refreshes do not depend
      %% on how long the replies took to travel.
      sampled_at_ms => erlang:monotonic_time(millisecond),
      count => (maps:get(count, K))()}.

%% What a kind's sample and row funs may use: the row cache, the watch table and which reads
%% charge a process.
ctx(State) ->
    #{cache => maps:get(row_cache, State), watch => maps:get(watch, State), charges => maps:get(charges, State),
      tree_reds => maps:get(tree_reds, State)}.

%% Ids on someone's screen: their reads are counted from now on (see read_mark/3).
watch(Ids, NowMs, State) ->
    Tab = maps:get(watch, State),
    lists:foreach(fun(I) ->
                          case ets:update_element(Tab, I, {3, NowMs}) of
                              true -> ok;
                              false -> ets:insert(Tab, {I, 0, NowMs})
                          end
                  end, Ids).

%% One read of a watched process by the agent with these process_info items. Reading some
%% items is a signal the process handles and is charged a reduction for (memory, binary,
%% dictionary, current_function on OTP 25); others are read directly, at no charge to it. Which
%% is which depends on the emulator, so the server measures it once (calibrate/0) and only
%% charged reads are counted. Returns the count so far, this read included; 0 when not watched.
read_mark(#{watch := Tab, charges := Charges}, I, Items) ->
    case lists:any(fun(Item) -> maps:get(Item, Charges, true) end, Items) andalso ets:member(Tab, I) of
        true -> ets:update_counter(Tab, I, {2, 1});
        false -> read_count(Tab, I)
    end.

read_count(Tab, I) ->
    case ets:lookup(Tab, I) of
        [{_, N, _}] -> N;
        [] -> 0
    end.

%% Which process_info items cost the process read a reduction on this emulator: read each
%% three times from an idle probe process and see whether its reduction count moved (reading
%% reductions itself is free).
calibrate() ->
    Items = [memory, reductions, message_queue_len, total_heap_size, heap_size, stack_size, binary,
             status, dictionary, current_function, current_stacktrace, registered_name,
             group_leader, initial_call, messages, links, monitors, monitored_by, priority,
             trap_exit, garbage_collection, garbage_collection_info, error_handler, suspending],
    Self = self(),
    Probe = spawn(fun() -> Self ! {self(), waiting}, receive stop -> ok end end),
    receive {Probe, waiting} -> ok after 1000 -> ok end,
    Charges = maps:from_list([{Item, charged(Probe, Item)} || Item <- Items]),
    Probe ! stop,
    Charges.

charged(Probe, Item) ->
    {reductions, R0} = erlang:process_info(Probe, reductions),
    _ = [erlang:process_info(Probe, [Item]) || _ <- [1, 2, 3]],
    {reductions, R1} = erlang:process_info(Probe, reductions),
    R1 - R0 >= 3.

new_ranking({Kind, Sort, Mode, Filter}) ->
    #{kind => Kind, sort => Sort, mode => Mode, filter => Filter,
      tuple => undefined, values => undefined, completed_at => undefined, last_sweep_ms => undefined,
      sweep => undefined, prev => undefined, requested => 0, interval => 1000,
      window_valid => false,
      %% gen counts complete rankings; gone holds the positions (in tuple) of entities pages
      %% found gone since it was made: #{Pos => Id}.
      gen => 0, gone => #{}}.

sweep_progress(R) ->
    case maps:get(sweep, R) of
        undefined -> complete;
        S -> #{done => maps:get(done, S), total => maps:get(total, S)}
    end.

%% Ids at [Offset, Offset + Limit) of the best ranking available, entities found gone left
%% out, as {Pos, Id, RankValue}: Pos is the id's position in the ranking's tuple, or partial
%% before the first ranking completes.
slice(R, Offset, Limit) ->
    case maps:get(tuple, R) of
        undefined ->
            case maps:get(sweep, R) of
                undefined -> {0, []};
                S -> partial_slice(maps:get(tab, S), Offset, Limit)
            end;
        Ids ->
            Values = maps:get(values, R),
            Size = tuple_size(Ids),
            Gone = lists:sort(maps:keys(maps:get(gone, R, #{}))),
            {First, Later} = skip_gone(Offset + 1, Gone),
            Positions = take_positions(First, Size, Later, Limit, []),
            {Size - length(Gone), [{P, element(P, Ids), element(P, Values)} || P <- Positions]}
    end.

%% Ids after tuple position After of the complete ranking, entities found gone left out: the
%% next page of a client walking the ranking by position (rank_slice_known/2).
slice_after(R, After, Limit) ->
    Ids = maps:get(tuple, R),
    Size = tuple_size(Ids),
    GoneMap = maps:get(gone, R, #{}),
    Gone = lists:sort([G || G <- maps:keys(GoneMap), G > After]),
    Positions = take_positions(After + 1, Size, Gone, Limit, []),
    {Size - map_size(GoneMap), [{P, element(P, Ids), element(P, maps:get(values, R))} || P <- Positions]}.

%% The tuple position of the row shown at Pos (1-based) when the positions in Gone (sorted)
%% are left out, and the gone positions after it.
skip_gone(Pos, [G | Gs]) when G =< Pos -> skip_gone(Pos + 1, Gs);
skip_gone(Pos, Gs) -> {Pos, Gs}.

take_positions(_Pos, _Size, _Gone, 0, Acc) -> lists:reverse(Acc);
take_positions(Pos, Size, _Gone, _N, Acc) when Pos > Size -> lists:reverse(Acc);
take_positions(Pos, Size, [Pos | Gone], N, Acc) -> take_positions(Pos + 1, Size, Gone, N, Acc);
take_positions(Pos, Size, Gone, N, Acc) -> take_positions(Pos + 1, Size, Gone, N - 1, [Pos | Acc]).

%% Before the first ranking completes: what the sweep has ranked so far.
partial_slice(Tab, Offset, Limit) ->
    Size = ets:info(Tab, size),
    case Offset >= Size of
        true -> {Size, []};
        false ->
            Walk = ets:select(Tab, [{{{'$1', '$2'}}, [], [{{'$2', '$1'}}]}], Offset + Limit),
            case Walk of
                {Found, _} ->
                    {Size, [{partial, I, -NegV} || {I, NegV} <- lists:nthtail(min(Offset, length(Found)), Found)]};
                '$end_of_table' -> {Size, []}
            end
    end.

%% In the server: entities a page found gone ({Pos, Id, RankValue}, from the ranking of Key as
%% it was at Gen) leave it. A report about a ranking that has been redone since is dropped: the
%% new one either left the entity out (its sweep found it gone) or will report it again.
forget_gone(Key, Gen, Entries, State) ->
    Rankings = maps:get(rankings, State),
    case maps:find(Key, Rankings) of
        {ok, R} -> State#{rankings := Rankings#{Key => mark_gone(R, Gen, Entries)}};
        error -> State
    end.

mark_gone(R, Gen, Entries) ->
    case {maps:get(tuple, R), maps:get(sweep, R)} of
        {undefined, #{tab := Tab}} ->
            %% Before the first ranking: out of what the sweep has ranked so far.
            lists:foreach(fun({partial, I, V}) -> ets:delete(Tab, {-V, I}); (_) -> ok end, Entries),
            R;
        {Ids, _} when is_tuple(Ids) ->
            case maps:get(gen, R, 0) =:= Gen of
                true ->
                    Size = tuple_size(Ids),
                    Gone = lists:foldl(fun({Pos, I, _}, G) when is_integer(Pos), Pos >= 1, Pos =< Size ->
                                               case element(Pos, Ids) =:= I of
                                                   true -> G#{Pos => I};
                                                   false -> G
                                               end;
                                          (_, G) -> G
                                       end, maps:get(gone, R, #{}), Entries),
                    R#{gone => Gone};
                false -> R
            end;
        _ -> R
    end.

background_work(State) ->
    Now = erlang:monotonic_time(microsecond),
    Budget = maps:get(budget, State),
    Elapsed = Now - maps:get(refilled, State),
    %% Tokens accrue at the budget rate, less what the agent cannot time (sweep_share/0); a
    %% burst is capped at one second's worth, so a long idle spell never turns into a long busy
    %% one.
    Tokens = min(maps:get(tokens, State) + Elapsed * Budget * sweep_share(), 1000000 * Budget),
    NowMs = Now div 1000,
    Rankings = maps:filter(fun(_, R) -> NowMs - maps:get(requested, R) < ranking_idle_drop_ms() end,
                           maps:get(rankings, State)),
    lists:foreach(fun(R) -> drop_tables(R) end,
                  maps:values(maps:without(maps:keys(Rankings), maps:get(rankings, State)))),
    Apps = case maps:get(apps, State) of
               #{requested := At} when NowMs - At >= 30000 -> undefined;
               A -> A
           end,
    State1 = forget_old(State, NowMs),
    work_loop(State1#{tokens := Tokens, refilled := Now, rankings := Rankings, apps := Apps}).

%% The share of the budget the sweeps' tokens accrue at. The rest is headroom: requests are
%% answered whatever the tokens, a ranking starts with a full bucket, and the node pays for
%% what the agent cannot time (rex's process and the distribution's encoding per request, its
%% garbage collection between steps). Over 20 s phases on idle nodes of 10k to 1M processes
%% (bench_overhead) the agent counted 2.05-2.16 % against a 2 % budget, and the OS measured
%% 0.6-1.04 times its count: a tenth held back keeps the OS's figure within the budget.
sweep_share() -> 0.9.

%% The row cache starts over when it is large or a minute old, so it stays small and a label
%% set later shows within a minute; ids nobody has shown for a minute are no longer watched.
%% Looked at every few seconds, not every work tick: the watch table's scan is not free.
forget_old(State, NowMs) ->
    case NowMs - maps:get(forgot_at, State, 0) >= 5000 of
        true -> forget_old_now(State#{forgot_at => NowMs}, NowMs);
        false -> State
    end.

forget_old_now(State, NowMs) ->
    Cache = maps:get(row_cache, State),
    State1 = case ets:info(Cache, size) > 4 * max_page_rows()
                 orelse NowMs - maps:get(row_cache_at, State) > 60000 of
                 true -> ets:delete_all_objects(Cache), State#{row_cache := Cache, row_cache_at := NowMs};
                 false -> State
             end,
    %% Tree readings older than a minute give no useful rate any more.
    TreeReds = maps:get(tree_reds, State),
    case ets:info(TreeReds, size) > 1000000 of
        true -> ets:delete_all_objects(TreeReds);
        false -> ets:select_delete(TreeReds, [{{'_', '_', '$1'}, [{'<', '$1', NowMs - 60000}], [true]}])
    end,
    Watch = maps:get(watch, State),
    case ets:info(Watch, size) > 20 * max_page_rows() of
        true -> ets:delete_all_objects(Watch);
        false -> ets:select_delete(Watch, [{{'_', '_', '$1'}, [{'<', '$1', NowMs - 60000}], [true]}])
    end,
    State1.

work_loop(State) ->
    Tokens = maps:get(tokens, State),
    NowMs = erlang:monotonic_time(millisecond),
    Due = [K || {K, R} <- maps:to_list(maps:get(rankings, State)), needs_work(R, NowMs)],
    AppsDue = apps_due(maps:get(apps, State), NowMs),
    %% The applications' sweep and the rankings take turns, so neither starves the other while
    %% a large node keeps a ranking always in progress.
    AppsTurn = AppsDue andalso (Due =:= [] orelse maps:get(apps_turn, State, false)),
    %% Each step aims at a slice of the tokens so no single step holds the server long.
    Target = max(200, min(Tokens, 5000)),
    T0 = erlang:monotonic_time(microsecond),
    case {Tokens > 0, AppsTurn, Due} of
        {true, true, _} ->
            A = maps:get(apps, State),
            A1 = case maps:get(sweep, A) of
                     undefined -> apps_start(A);
                     _ -> A
                 end,
            T1 = erlang:monotonic_time(microsecond),
            A2 = apps_step(A1, Target),
            Us = step_charge(T0, T1, maps:get(sweep, A2) =:= undefined, Target, maps:get(total, maps:get(sweep, A1))),
            work_loop(charge(State#{apps := A2, apps_turn => false}, apps_step_charge(Us)));
        {true, false, [Key | _]} ->
            R = maps:get(Key, maps:get(rankings, State)),
            R1 = case maps:get(sweep, R) of
                     undefined -> start_sweep(R);
                     _ -> R
                 end,
            T1 = erlang:monotonic_time(microsecond),
            R2 = sweep_step(R1, Target, ctx(State)),
            Us = step_charge(T0, T1, maps:get(sweep, R2) =:= undefined, Target, maps:get(total, maps:get(sweep, R1))),
            State1 = charge(State#{rankings := (maps:get(rankings, State))#{Key => R2}, apps_turn => AppsDue}, Us),
            work_loop(State1);
        _ ->
            State
    end.

%% What a step is charged: a sweep's start (T0 to T1: the list of every id, 60 ms or more at a
%% million processes) and a step that finished its sweep (the sort and the tuples of the whole
%% ranking) have no deadline, so they are charged what they took up to what a sweep of Size
%% ids can cost (a fifth of a microsecond an id each, on top of a step's cap); a step of the
%% scan alone at most step_charge_cap/1. Charging starts and finishes only up to a step's cap
%% left most of their cost uncounted on large nodes; charging them in full on a loaded host
%% charged the time the OS did not run the node, and starved the sweeps (issue 15).
step_charge(T0, T1, Finished, Target, Size) ->
    T2 = erlang:monotonic_time(microsecond),
    Cap = step_charge_cap(Target),
    Whole = Cap + Size div 5,
    min(T1 - T0, Whole) + case Finished of
                              true -> min(T2 - T1, Whole);
                              false -> min(T2 - T1, Cap)
                          end.

%% A step of the scan stops at the first chunk of 64 ids past its target, so its work is the
%% target and a chunk. Wall time beyond a few times that is time the OS did not run the node (a
%% loaded host, a stopped process). The refill over the pause pays back only the budget's share
%% of it, so charging it all would stall the sweep for pause x (1 - B) / B: a 75 ms pause at
%% 0.5 % is 15 s without ranking, on the loaded nodes that most need one.
step_charge_cap(TargetUs) ->
    3 * TargetUs + 1000.

needs_work(R, NowMs) ->
    case held(R, NowMs) of
        true -> false;
        false -> needs_work_unheld(R, NowMs)
    end.

%% A complete ranking a client walks page by page stays as it is until the hold lapses.
held(R, NowMs) ->
    case maps:get(held_until, R, undefined) of
        undefined -> false;
        Until -> maps:get(tuple, R) =/= undefined andalso NowMs < Until
    end.

needs_work_unheld(R, NowMs) ->
    case maps:get(sweep, R) of
        undefined ->
            case maps:get(completed_at, R) of
                undefined -> true;
                T -> NowMs - T >= maps:get(interval, R)
            end;
        _ -> true
    end.

drop_tables(R) ->
    case maps:get(sweep, R) of
        undefined -> ok;
        S -> catch ets:delete(maps:get(tab, S))
    end,
    case maps:get(prev, R) of
        undefined -> ok;
        Prev -> catch ets:delete(Prev)
    end.

start_sweep(R) ->
    Ids = (maps:get(ids, maps:get(maps:get(kind, R), kinds())))(),
    Tab = ets:new(beamtop_rank, [ordered_set, private]),
    R#{sweep => #{pending => Ids, tab => Tab, done => 0, total => length(Ids),
                  started => erlang:monotonic_time(millisecond),
                  cur => case maps:get(mode, R) of
                             window -> ets:new(beamtop_prev, [set, private]);
                             absolute -> undefined
                         end}}.

%% One bounded step of the sweep: rank ids until about BudgetUs microseconds are used, or
%% finish the ranking.
sweep_step(R, BudgetUs, Ctx) ->
    S = maps:get(sweep, R),
    Deadline = erlang:monotonic_time(microsecond) + round(BudgetUs),
    K = maps:get(maps:get(kind, R), kinds()),
    {Pending, Done} = scan(maps:get(pending, S), R, S, K, Ctx, Deadline, maps:get(done, S)),
    S1 = S#{pending := Pending, done := Done},
    case Pending of
        [] -> finish_sweep(R#{sweep := S1});
        _ -> R#{sweep := S1}
    end.

scan([], _R, _S, _K, _Ctx, _Deadline, Done) ->
    {[], Done};
scan(Ids, R, S, K, Ctx, Deadline, Done) ->
    {Chunk, Rest} = split(64, Ids),
    %% One insert per chunk, not per id: an ordered_set insert call costs more than the
    %% sample of most kinds (a third of an ETS sweep's time at 50,000 tables).
    Rank = rank_fun(R, K, Ctx),
    Ranked = lists:foldl(Rank, [], Chunk),
    case maps:get(cur, S) of
        undefined -> ok;
        Cur -> ets:insert(Cur, [{I, V} || {_, I, V} <- Ranked])
    end,
    ets:insert(maps:get(tab, S), [{{-Value, I}} || {Value, I, _} <- Ranked]),
    Done1 = Done + length(Chunk),
    case erlang:monotonic_time(microsecond) >= Deadline of
        true -> {Rest, Done1};
        false -> scan(Rest, R, S, K, Ctx, Deadline, Done1)
    end.

split(N, L) ->
    split(N, L, []).
split(0, L, Acc) -> {Acc, L};
split(_, [], Acc) -> {Acc, []};
split(N, [H | T], Acc) -> split(N - 1, T, [H | Acc]).

%% The fold that ranks one id: {RankValue, Id, Sample} onto Acc, or Acc when the entity is gone
%% or filtered out. In window mode the sample is kept (the sweep's cur table) for the next
%% sweep's change. What does not change from id to id is read once, not per id.
rank_fun(R, K, Ctx) ->
    Sort = maps:get(sort, R),
    Filter = maps:get(filter, R),
    Sample = maps:get(sample, K),
    case maps:get(mode, R) of
        absolute ->
            fun(I, Acc) ->
                    case Sample(I, Sort, Filter, Ctx) of
                        undefined -> Acc;
                        V -> [{V, I, V} | Acc]
                    end
            end;
        window ->
            NewFromZero = lists:member(Sort, maps:get(new_from_zero, K)),
            fun(I, Acc) ->
                    case Sample(I, Sort, Filter, Ctx) of
                        undefined -> Acc;
                        V -> [{windowed(I, V, R, NewFromZero), I, V} | Acc]
                    end
            end
    end.

%% Change since the previous sweep, per second. An entity first seen now counts from zero for
%% growth; for counters like reductions its whole count is recent work.
windowed(I, V, R, NewFromZero) ->
    case {maps:get(prev, R), maps:get(completed_at, R)} of
        {undefined, _} -> 0;
        {_, undefined} -> 0;
        {Prev, At} ->
            Dt = max(1, erlang:monotonic_time(millisecond) - At + maps:get(last_sweep_ms, R, 0)),
            Before = case ets:lookup(Prev, I) of
                         [{_, B}] -> B;
                         [] when NewFromZero -> 0;
                         [] -> V
                     end,
            (V - Before) * 1000 div Dt
    end.

finish_sweep(R) ->
    S = maps:get(sweep, R),
    Tab = maps:get(tab, S),
    %% An entity a page found gone may have been ranked by this sweep before it died.
    Ranked = case maps:values(maps:get(gone, R, #{})) of
                 [] -> ets:select(Tab, [{{{'$1', '$2'}}, [], [{{'$2', '$1'}}]}]);
                 GoneIds ->
                     Gone = maps:from_list([{I, true} || I <- GoneIds]),
                     [E || {I, _} = E <- ets:select(Tab, [{{{'$1', '$2'}}, [], [{{'$2', '$1'}}]}]),
                           not maps:is_key(I, Gone)]
             end,
    ets:delete(Tab),
    Now = erlang:monotonic_time(millisecond),
    case maps:get(prev, R) of
        undefined -> ok;
        OldPrev -> ets:delete(OldPrev)
    end,
    R#{tuple := list_to_tuple([I || {I, _} <- Ranked]),
       values := list_to_tuple([-NegV || {_, NegV} <- Ranked]),
       completed_at := Now,
       last_sweep_ms := Now - maps:get(started, S),
       prev := maps:get(cur, S),
       window_valid := maps:get(prev, R) =/= undefined,
       sweep := undefined,
       gen => maps:get(gen, R, 0) + 1,
       gone => #{}}.

%% ---------------------------------------------------------------------------------------
%% The process kind

%% One process_info call per process and sweep, whatever the filter; a call that costs the
%% process a reduction is counted for the watched ones (read_mark/3).
proc_sample_metric(P, Sort, Filter, Ctx) ->
    Item = case Sort of
               binary_memory -> binary;
               _ -> Sort
           end,
    Items = case Filter of
                <<>> -> [Item];
                _ -> [Item, registered_name, dictionary, initial_call, current_function, group_leader]
            end,
    read_mark(Ctx, P, Items),
    case erlang:process_info(P, Items) of
        undefined -> undefined;
        [{_, V} | Rest] ->
            case Filter =:= <<>> orelse proc_matches(P, Rest, Filter) of
                true when Sort =:= binary_memory -> binary_size(V);
                true -> V;
                false -> undefined
            end
    end.

binary_size(Bins) ->
    lists:foldl(fun({_, Size, _}, A) -> A + Size end, 0, Bins).

proc_matches(P, [{registered_name, Reg}, {dictionary, Dict}, {initial_call, Real},
                 {current_function, Cur}, {group_leader, Gl}], Filter) ->
    {Initial, App, Label} = once_items([{dictionary, Dict}, {initial_call, Real}, {group_leader, Gl}]),
    Name = case Reg of
               [] -> Label;
               _ -> Reg
           end,
    {AppWord, Rest} = app_word(Filter),
    app_matches(AppWord, App)
        andalso (Rest =:= <<>>
                 orelse binary:match(string:lowercase(unicode:characters_to_binary(
                                                        io_lib:format("~w ~tw ~tw ~tw ~tw", [P, Name, Initial, Cur, App]))),
                                     Rest) =/= nomatch).

%% The filter word app:NAME keeps the processes of one application (app:none: of none, by group
%% leader as the application column shows); the rest of the filter is text.
app_word(Filter) ->
    case binary:match(Filter, <<"app:">>) of
        nomatch -> {any, Filter};
        _ ->
            Words = binary:split(Filter, [<<" ">>, <<"\t">>], [global, trim_all]),
            {Apps, Text} = lists:partition(fun(<<"app:", _/binary>>) -> true; (_) -> false end, Words),
            <<"app:", Name/binary>> = hd(Apps),
            {Name, iolist_to_binary(lists:join(<<" ">>, Text))}
    end.

app_matches(any, _App) -> true;
app_matches(<<"none">>, App) -> App =:= undefined;
app_matches(Name, App) when is_atom(App), App =/= undefined ->
    string:lowercase(atom_to_binary(App, utf8)) =:= Name;
app_matches(_, _) -> false.

%% One row for the table: {Pid, PidText, Name, InitialCall, CurrentFunction, Memory,
%% Reductions, MessageQueueLen, BinaryMemory, TotalHeapSize, Status, Application, RankValue,
%% Reads}. Reads: how many of the agent's reads cost this process a reduction since it came on
%% screen, this one included, so Beamtop can take them out of reductions per second.
%% A process that died since it was ranked comes back with status exited and zero metrics
%% (what v2 clients have always read; the ranking engine's gone list says it too).
%%
%% What does not change after start (initial call through proc_lib, application, label) is
%% read once and kept in the row cache.
proc_row(P, RankValue, Ctx) ->
    element(2, proc_read(P, RankValue, Ctx)).

%% The kind's row fun: {ok, Row}, or {gone, Row} for a process that no longer exists.
proc_read(P, RankValue, #{cache := Cache} = Ctx) ->
    Live = [memory, reductions, message_queue_len, total_heap_size, status, current_function,
            registered_name, binary],
    Kept = ets:lookup(Cache, P),
    Items = case Kept of
                [_] -> Live;
                [] -> Live ++ [dictionary, initial_call, group_leader]
            end,
    Reads = read_mark(Ctx, P, Items),
    case erlang:process_info(P, Items) of
        undefined ->
            ets:delete(Cache, P),
            {gone, {P, pid_text(P), undefined, undefined, undefined, 0, 0, 0, 0, 0, exited, undefined,
                    RankValue, Reads}};
        Info ->
            [{memory, Mem}, {reductions, Reds}, {message_queue_len, Q}, {total_heap_size, Heap},
             {status, Status}, {current_function, Cur}, {registered_name, Reg}, {binary, Bins}
             | Once] = Info,
            {Initial, App, Label} = case Kept of
                                        [{_, Known}] -> Known;
                                        [] ->
                                            New = once_items(Once),
                                            ets:insert(Cache, {P, New}),
                                            New
                                    end,
            Name = case Reg of
                       [] -> Label;
                       _ -> Reg
                   end,
            {ok, {P, pid_text(P), Name, Initial, Cur, Mem, Reds, Q, binary_size(Bins), Heap, Status, App,
                  RankValue, Reads}}
    end.

once_items([{dictionary, Dict}, {initial_call, Real}, {group_leader, Gl}]) ->
    Initial = case lists:keyfind('$initial_call', 1, Dict) of
                  {_, {M, F, A}} when is_atom(M), is_atom(F), is_integer(A) -> {M, F, A};
                  _ -> Real
              end,
    %% OTP 27 keeps proc_lib:set_label/1 labels in the dictionary.
    Label = case lists:keyfind('$process_label', 1, Dict) of
                {_, L} -> {label, truncate_term(L)};
                false -> undefined
            end,
    App = case catch application_controller:get_application(Gl) of
              {ok, AppName} -> AppName;
              _ -> undefined
          end,
    {Initial, App, Label}.

pid_text(P) ->
    list_to_binary(pid_to_list(P)).

truncate_term(T) ->
    unicode:characters_to_binary(io_lib:format("~tP", [T, 6])).

%% One process's live figures for a details window: the table's row, read the same way (so
%% its reads are counted too).
proc_sample(#{pid := Pid}, Ctx) when is_pid(Pid) ->
    watch([Pid], erlang:monotonic_time(millisecond), Ctx),
    #{row => proc_row(Pid, undefined, Ctx), sampled_at_ms => erlang:monotonic_time(millisecond)}.

%% A process_info call that counts as one of the agent's reads of a watched process.
pinfo(Ctx, P, Items) ->
    read_mark(Ctx, P, Items),
    erlang:process_info(P, Items).
%% ---------------------------------------------------------------------------------------
%% One process in detail
%%
%% Terms are pruned on the node (depth, width, binary bytes) before they travel, and pids and
%% ports inside them stay real pids and ports so Beamtop can link them.

prune(T, Opts) ->
    prune(T, maps:get(depth, Opts, 6), maps:get(width, Opts, 30), maps:get(binary_bytes, Opts, 256)).

prune(_T, 0, _W, _B) -> '...';
prune(T, D, W, B) when is_list(T) -> prune_list(T, D, W, B, W);
prune(T, D, W, B) when is_tuple(T) ->
    L = tuple_to_list(T),
    case length(L) > W of
        true -> list_to_tuple([prune(E, D - 1, W, B) || E <- lists:sublist(L, W)] ++ ['...']);
        false -> list_to_tuple([prune(E, D - 1, W, B) || E <- L])
    end;
prune(T, D, W, B) when is_map(T) ->
    Pairs = lists:sublist(maps:to_list(T), W),
    M = maps:from_list([{prune(K, D - 1, W, B), prune(V, D - 1, W, B)} || {K, V} <- Pairs]),
    case map_size(T) > W of
        true -> M#{'...' => map_size(T) - W};
        false -> M
    end;
prune(T, _D, _W, B) when is_binary(T), byte_size(T) > B ->
    <<(binary:part(T, 0, B))/binary, "...">>;
prune(T, _D, _W, B) when is_bitstring(T), bit_size(T) > B * 8 ->
    <<(binary:part(T, 0, B))/binary, "...">>;
prune(F, _D, _W, _B) when is_function(F) ->
    case erlang:fun_info(F, type) of
        {type, external} -> F;
        _ -> list_to_binary(erlang:fun_to_list(F))
    end;
prune(T, _D, _W, _B) -> T.

prune_list([], _D, _W, _B, _Left) -> [];
prune_list(_, _D, _W, _B, 0) -> '...';
prune_list([H | T], D, W, B, Left) -> [prune(H, D - 1, W, B) | prune_list(T, D, W, B, Left - 1)];
prune_list(Tail, D, W, B, _Left) -> prune(Tail, D - 1, W, B).

%% A list capped at N entries, with the count of what was left out.
capped(L, N) when length(L) > N -> #{items => lists:sublist(L, N), more => length(L) - N};
capped(L, _N) -> #{items => L, more => 0}.

proc_details(#{pid := Pid} = Opts, Ctx) when is_pid(Pid) ->
    Items = [registered_name, initial_call, current_function, status, priority, trap_exit,
             group_leader, links, monitors, monitored_by, reductions, memory, heap_size,
             stack_size, total_heap_size, message_queue_len, garbage_collection,
             garbage_collection_info, error_handler, suspending, binary, dictionary,
             current_stacktrace],
    %% One read for everything but the state (sys:get_state is a message the process answers).
    case pinfo(Ctx, Pid, Items) of
        undefined -> #{alive => false};
        Info0 ->
            Info = maps:from_list(Info0),
            Cap = maps:get(list_cap, Opts, 100),
            %% Shared binaries appear once per reference; count each once.
            Unique = lists:ukeysort(1, maps:get(binary, Info)),
            Largest = lists:sublist(lists:reverse(lists:keysort(2, Unique)), 10),
            Dict = maps:get(dictionary, Info),
            Stack = maps:get(current_stacktrace, Info),
            {Initial, App, Label} = once_items([{dictionary, Dict},
                                                {initial_call, maps:get(initial_call, Info)},
                                                {group_leader, maps:get(group_leader, Info)}]),
            #{alive => true,
              pid_text => pid_text(Pid),
              name => case maps:get(registered_name, Info) of
                          [] -> Label;
                          Reg -> Reg
                      end,
              initial_call => Initial,
              raw_initial_call => maps:get(initial_call, Info),
              current_function => maps:get(current_function, Info),
              status => maps:get(status, Info),
              priority => maps:get(priority, Info),
              trap_exit => maps:get(trap_exit, Info),
              group_leader => maps:get(group_leader, Info),
              application => App,
              links => capped(maps:get(links, Info), Cap),
              monitors => capped(maps:get(monitors, Info), Cap),
              monitored_by => capped(maps:get(monitored_by, Info), Cap),
              reductions => maps:get(reductions, Info),
              memory => maps:get(memory, Info),
              heap_size => maps:get(heap_size, Info),
              stack_size => maps:get(stack_size, Info),
              total_heap_size => maps:get(total_heap_size, Info),
              message_queue_len => maps:get(message_queue_len, Info),
              garbage_collection => maps:get(garbage_collection, Info),
              garbage_collection_info => maps:get(garbage_collection_info, Info),
              binary_memory => lists:foldl(fun({_, Sz, _}, A) -> A + Sz end, 0, Unique),
              binary_count => length(Unique),
              largest_binaries => [#{size => Sz, refc => Rc} || {_, Sz, Rc} <- Largest],
              dictionary => capped([{prune(K, Opts), prune(V, Opts)} || {K, V} <- Dict], Cap),
              stacktrace => [{M, F, arity_of(A), location(L)} || {M, F, A, L} <- lists:sublist(Stack, Cap)],
              state => state_of(Pid, Dict, Opts)}
    end.

arity_of(A) when is_integer(A) -> A;
arity_of(A) when is_list(A) -> length(A).

location(L) ->
    File = case lists:keyfind(file, 1, L) of
               {file, F} -> unicode:characters_to_binary(F);
               false -> undefined
           end,
    Line = case lists:keyfind(line, 1, L) of
               {line, N} -> N;
               false -> undefined
           end,
    {File, Line}.

%% sys:get_state/2 only for processes proc_lib started (OTP behaviours); a plain process would
%% keep the system message in its mailbox forever. The timeout keeps a busy process from
%% holding us.
state_of(Pid, Dict, Opts) ->
    case lists:keymember('$initial_call', 1, Dict) andalso lists:keymember('$ancestors', 1, Dict) of
        false -> {not_available, not_otp};
        true ->
            case catch sys:get_state(Pid, maps:get(state_timeout_ms, Opts, 1000)) of
                {'EXIT', {timeout, _}} -> {not_available, timeout};
                {'EXIT', _} -> {not_available, no_state};
                St -> {ok, prune(St, Opts)}
            end
    end.

%% The process a registered name names now. A name typed by a person comes as text: only an
%% existing atom can be registered, so a name the node lacks is not registered, and looking
%% it up makes no atom (a full atom table stops the node).
whereis_name(#{name_text := Text}) when is_binary(Text) ->
    try binary_to_existing_atom(Text, utf8) of
        Name -> whereis(Name)
    catch
        error:badarg -> undefined
    end;
whereis_name(#{name := N}) when is_atom(N) ->
    whereis(N).

%% The first N messages. Copying a long queue costs the node, so past 10,000 messages nothing
%% is copied unless the caller says force; even then only N are sent.
proc_messages(#{pid := Pid} = Opts, Ctx) when is_pid(Pid) ->
    N = max(0, min(maps:get(count, Opts, 100), 100)),
    Force = maps:get(force, Opts, false),
    case pinfo(Ctx, Pid, [message_queue_len]) of
        undefined -> #{alive => false};
        [{message_queue_len, Len}] when Len > 10000, Force =/= true ->
            #{alive => true, refused => true, length => Len};
        [{message_queue_len, Len}] ->
            case pinfo(Ctx, Pid, [messages]) of
                [{messages, Ms}] ->
                    #{alive => true, refused => false, length => Len,
                      messages => [prune(M, Opts) || M <- lists:sublist(Ms, N)]};
                undefined -> #{alive => false}
            end
    end.

%% gc and kill act at once; a suspension lasts while the server lives, and is undone (the
%% process resumed) when the last Beamtop goes.
proc_action(#{pid := Pid, action := gc}) when is_pid(Pid) ->
    case erlang:is_process_alive(Pid) of
        true -> {ok, erlang:garbage_collect(Pid)};
        false -> {error, not_alive}
    end;
proc_action(#{pid := Pid, action := kill}) when is_pid(Pid) ->
    {ok, exit(Pid, kill)};
proc_action(#{pid := Pid, action := suspend}) when is_pid(Pid) ->
    Do = fun() ->
                 case catch erlang:suspend_process(Pid) of
                     true -> {ok, true};
                     false -> {error, not_alive};
                     {'EXIT', _} -> {error, not_alive}
                 end
         end,
    server_call(undo_do, [{suspended, Pid}, Do, fun() -> erlang:resume_process(Pid) end]);
proc_action(#{pid := Pid, action := resume}) when is_pid(Pid) ->
    case server_call(undo_now, [{suspended, Pid}]) of
        {ok, _} -> {ok, true};
        {error, not_changed_by_beamtop} -> {error, not_suspended_by_beamtop};
        Error -> Error
    end.

%% port_info/1 answers a short fixed list (name, links, id, connected, input, output, os_pid).
port_summary(#{port := Port}) when is_port(Port) ->
    case erlang:port_info(Port) of
        undefined -> {error, closed};
        Info -> Info
    end.
%% ---------------------------------------------------------------------------------------
%% The port kind: every port of the node and every socket of the OTP socket module (the
%% sockets of gen_tcp's socket backend among them), ranked by I/O, packets, queue or memory.
%%
%% Ids are ports and {'$socket', Ref}. Reading an inet port's counters is a port control
%% call, which is only safe on a port known to run the inet driver, so every read looks at
%% the driver name first.

port_ids() ->
    erlang:ports() ++ socket_ids().

%% socket:which_sockets/0 asks the socket registry process; it is asked only when sockets
%% exist, and not waited for longer than a second.
socket_ids() ->
    case catch socket:number_of() of
        N when is_integer(N), N > 0 ->
            case timed(fun socket:which_sockets/0, 1000) of
                {ok, L} when is_list(L) -> L;
                _ -> []
            end;
        _ -> []
    end.

port_count() ->
    erlang:system_info(port_count) + case catch socket:number_of() of
                                         N when is_integer(N) -> N;
                                         _ -> 0
                                     end.

valid_port_id(P) when is_port(P) -> node(P) =:= node();
valid_port_id({'$socket', Ref}) -> is_reference(Ref);
valid_port_id(_) -> false.

port_types() -> [tcp, udp, sctp, socket, spawn, file, other].

%% What a filter asks for: words type:T restrict the type, the rest is text to match.
port_filter(<<>>) -> {any, <<>>}; % the common case, once per port and sweep
port_filter(Filter) ->
    {[Type], Text} = filter_words(Filter, [{<<"type:">>, port_types()}]),
    {Type, Text}.

%% A kind's filter: for each {Prefix, Allowed}, the atom a word Prefix<Name> names (any when no
%% word has the prefix, none when the name is not allowed), and the other words as the text.
filter_words(Filter, Prefixes) ->
    Words = binary:split(Filter, [<<" ">>, <<"\t">>], [global, trim_all]),
    Has = fun(W, P) -> binary:match(W, P) =:= {0, byte_size(P)} end,
    Pick = fun({P, Allowed}) ->
                   case [binary:part(W, byte_size(P), byte_size(W) - byte_size(P)) || W <- Words, Has(W, P)] of
                       [] -> any;
                       [Name | _] ->
                           case [A || A <- Allowed, atom_to_binary(A) =:= Name] of
                               [A] -> A;
                               [] -> none
                           end
                   end
           end,
    Text = [W || W <- Words, not lists:any(fun({P, _}) -> Has(W, P) end, Prefixes)],
    {[Pick(P) || P <- Prefixes], iolist_to_binary(lists:join(<<" ">>, Text))}.

%% The driver's type from its name (and os_pid: a spawned OS process has one).
port_type("tcp_inet", _) -> tcp;
port_type("udp_inet", _) -> udp;
port_type("sctp_inet", _) -> sctp;
port_type("efile", _) -> file;
port_type("ram_file_drv", _) -> file; % dets and ram_file keep files in memory through it
port_type(_, OsPid) when is_integer(OsPid) -> spawn;
port_type(Name, _) ->
    case io_lib:fread("~d/~d", Name) of
        {ok, [_, _], []} -> file; % an fd port: {fd, In, Out}
        _ -> other
    end.

inet_type(T) -> T =:= tcp orelse T =:= udp orelse T =:= sctp.

port_kind_type(P) when is_port(P) ->
    case erlang:port_info(P, name) of
        {name, Name} ->
            case port_type(Name, undefined) of
                other ->
                    case erlang:port_info(P, os_pid) of
                        {os_pid, OsPid} -> port_type(Name, OsPid);
                        undefined -> undefined
                    end;
                T -> T
            end;
        undefined -> undefined
    end;
port_kind_type({'$socket', _}) -> socket.

%% The ranking's metric of one port or socket; undefined when gone or not matching.
port_sample_metric(I, Sort, Filter, Ctx) ->
    case port_filter(Filter) of
        {none, _} -> undefined;
        {Want, Text} ->
            case port_kind_type(I) of
                undefined -> undefined;
                T when Want =/= any, T =/= Want -> undefined;
                T when Text =:= <<>> -> port_metric(I, T, Sort);
                T ->
                    case port_read(I, undefined, Ctx) of
                        {ok, Row} ->
                            case binary:match(port_row_text(Row), Text) of
                                nomatch -> undefined;
                                _ -> port_metric(I, T, Sort)
                            end;
                        {gone, _} -> undefined
                    end
            end
    end.

port_metric(P, T, Sort) when is_port(P) ->
    case Sort of
        queue_size -> port_item(P, queue_size);
        memory -> port_item(P, memory);
        _ ->
            case inet_type(T) of
                true ->
                    Keys = case Sort of
                               io -> [recv_oct, send_oct];
                               _ -> [Sort]
                           end,
                    case prim_inet:getstat(P, Keys) of
                        {ok, Stats} -> lists:sum([V || {_, V} <- Stats]);
                        _ -> undefined
                    end;
                false ->
                    case Sort of
                        io -> add(port_item(P, input), port_item(P, output));
                        recv_oct -> port_item(P, input);
                        send_oct -> port_item(P, output);
                        _ -> 0 % no packet counts for plain ports
                    end
            end
    end;
port_metric(S, socket, Sort) ->
    case socket_info(S) of
        undefined -> undefined;
        Info ->
            C = maps:get(counters, Info, #{}),
            case Sort of
                io -> maps:get(read_byte, C, 0) + maps:get(write_byte, C, 0);
                recv_oct -> maps:get(read_byte, C, 0);
                send_oct -> maps:get(write_byte, C, 0);
                recv_cnt -> maps:get(read_pkg, C, 0);
                send_cnt -> maps:get(write_pkg, C, 0);
                _ -> 0 % sockets have no port queue nor a memory figure
            end
    end.

add(A, B) when is_integer(A), is_integer(B) -> A + B;
add(_, _) -> undefined.

port_item(P, Item) ->
    case erlang:port_info(P, Item) of
        {Item, V} -> V;
        undefined -> undefined
    end.

%% A socket's info map, or undefined once it is closed.
socket_info(S) ->
    try socket:info(S) of
        #{rstates := R} = Info ->
            case lists:member(closed, R) of
                true -> undefined;
                false -> Info
            end;
        Info when is_map(Info) -> Info;
        _ -> undefined
    catch _:_ -> undefined
    end.

%% The text a filter is matched against: id, type, name, owner, addresses and state. Built from
%% binaries, since a text filter reads every port of a sweep.
port_row_text(Row) ->
    [_, IdText, Type, Name, Owner, OwnerName, Local, Peer, State | _] = tuple_to_list(Row),
    iolist_to_binary(lists:join(<<" ">>, [IdText, atom_to_binary(Type), lower(Name), owner_text(Owner),
                                           lower(owner_name_text(OwnerName)), text_or_empty(Local),
                                           text_or_empty(Peer), text_or_empty(State)])).

lower(B) when is_binary(B) -> string:lowercase(B);
lower(_) -> <<>>.

owner_text(P) when is_pid(P) -> list_to_binary(pid_to_list(P));
owner_text(_) -> <<>>.

owner_name_text(A) when is_atom(A), A =/= undefined -> atom_to_binary(A);
owner_name_text({M, F, A}) when is_atom(M), is_atom(F), is_integer(A) ->
    iolist_to_binary([atom_to_binary(M), ":", atom_to_binary(F), "/", integer_to_list(A)]);
owner_name_text({label, L}) -> iolist_to_binary(io_lib:format("~tw", [L]));
owner_name_text(_) -> <<>>.

text_or_empty(B) when is_binary(B) -> B;
text_or_empty(_) -> <<>>.

port_id_text(P) when is_port(P) -> list_to_binary(erlang:port_to_list(P));
port_id_text({'$socket', Ref}) ->
    "#Ref" ++ Rest = erlang:ref_to_list(Ref),
    list_to_binary("#Socket" ++ Rest).

%% The kind's row fun: {ok, Row} or {gone, Row}. Row:
%% {Id, IdText, Type, Name, Owner, OwnerName, Local, Peer, State, RecvOct, SendOct, RecvCnt,
%%  SendCnt, QueueSize, Memory, OsPid, RankValue}; undefined where a kind of port has no
%% such figure.
port_read(P, RankValue, Ctx) when is_port(P) ->
    case erlang:port_info(P) of
        undefined -> {gone, port_gone_row(P, RankValue)};
        Info ->
            Name = proplists:get_value(name, Info),
            OsPid = proplists:get_value(os_pid, Info),
            Owner = proplists:get_value(connected, Info),
            Type = port_type(Name, OsPid),
            {Local, Peer, State, RecvOct, SendOct, RecvCnt, SendCnt} =
                case inet_type(Type) of
                    true -> inet_row_items(P, Type);
                    false -> {undefined, undefined, <<"open">>, proplists:get_value(input, Info),
                              proplists:get_value(output, Info), undefined, undefined}
                end,
            {ok, {P, port_id_text(P), Type, name_text(Name), Owner,
                  owner_name(Owner, Ctx), Local, Peer, State, RecvOct, SendOct, RecvCnt, SendCnt,
                  port_item(P, queue_size), port_item(P, memory),
                  case OsPid of undefined -> undefined; _ -> OsPid end, RankValue}}
    end;
port_read({'$socket', _} = S, RankValue, Ctx) ->
    case socket_info(S) of
        undefined -> {gone, port_gone_row(S, RankValue)};
        Info ->
            C = maps:get(counters, Info, #{}),
            Owner = maps:get(owner, Info, undefined),
            Name = iolist_to_binary(io_lib:format("~w/~w/~w", [maps:get(domain, Info, undefined),
                                                               maps:get(type, Info, undefined),
                                                               maps:get(protocol, Info, undefined)])),
            State = states_text(lists:usort(maps:get(rstates, Info, []) ++ maps:get(wstates, Info, [])),
                                <<"open">>),
            {ok, {S, port_id_text(S), socket, Name, Owner, owner_name(Owner, Ctx),
                  sock_addr(socket:sockname(S)), sock_addr(socket:peername(S)), State,
                  maps:get(read_byte, C, 0), maps:get(write_byte, C, 0),
                  maps:get(read_pkg, C, 0), maps:get(write_pkg, C, 0),
                  undefined, undefined, undefined, RankValue}}
    end.

name_text(Name) ->
    case catch unicode:characters_to_binary(Name) of
        B when is_binary(B) -> B;
        _ -> iolist_to_binary(io_lib:format("~w", [Name]))
    end.

port_gone_row(I, RankValue) ->
    {I, port_id_text(I), undefined, undefined, undefined, undefined, undefined, undefined,
     <<"closed">>, 0, 0, 0, 0, 0, 0, undefined, RankValue}.

inet_row_items(P, Type) ->
    {RecvOct, SendOct, RecvCnt, SendCnt} =
        case prim_inet:getstat(P, [recv_oct, send_oct, recv_cnt, send_cnt]) of
            {ok, [{recv_oct, A}, {send_oct, B}, {recv_cnt, C}, {send_cnt, D}]} -> {A, B, C, D};
            _ -> {undefined, undefined, undefined, undefined}
        end,
    State = case prim_inet:getstatus(P) of
                {ok, S} -> states_text(S, <<"open">>);
                _ -> <<"closed">>
            end,
    Peer = case Type of
               udp -> undefined; % an unconnected UDP socket has none; peername says enotconn
               _ -> inet_addr(catch prim_inet:peername(P))
           end,
    {inet_addr(catch prim_inet:sockname(P)), Peer, State, RecvOct, SendOct, RecvCnt, SendCnt}.

%% The states people ask about, in the order they read them; open alone when none applies.
states_text(States, Default) ->
    Shown = [atom_to_binary(case S of listen -> listening; _ -> S end)
             || S <- [listen, listening, accepting, connecting, connected, busy, closing, closed, selected],
                lists:member(S, States)],
    case Shown of
        [] -> Default;
        _ -> iolist_to_binary(lists:join(<<", ">>, Shown))
    end.

inet_addr({ok, {Ip, Port}}) when is_tuple(Ip), is_integer(Port) -> addr_text(Ip, Port);
inet_addr({ok, {local, Path}}) -> local_path(Path);
inet_addr(_) -> undefined.

sock_addr({ok, #{family := local, path := Path}}) -> local_path(Path);
sock_addr({ok, #{addr := Ip, port := Port}}) when is_tuple(Ip) -> addr_text(Ip, Port);
sock_addr({ok, #{addr := any, port := Port}}) -> addr_text({0, 0, 0, 0}, Port);
sock_addr({ok, #{addr := loopback, port := Port}}) -> addr_text({127, 0, 0, 1}, Port);
sock_addr(_) -> undefined.

addr_text(Ip, Port) when tuple_size(Ip) =:= 8 ->
    iolist_to_binary(["[", inet:ntoa(Ip), "]:", integer_to_list(Port)]);
addr_text(Ip, Port) ->
    iolist_to_binary([inet:ntoa(Ip), ":", integer_to_list(Port)]).

local_path(Path) when is_binary(Path) -> Path;
local_path(Path) when is_list(Path) -> unicode:characters_to_binary(Path);
local_path(_) -> undefined.

%% What people call the owner: its registered name, else its proc_lib label or initial call.
%% What does not change is kept in the row cache, as for process rows.
owner_name(Owner, #{cache := none}) ->
    owner_registered(Owner);
owner_name(Owner, #{cache := Cache}) when is_pid(Owner), node(Owner) =:= node() ->
    case erlang:process_info(Owner, registered_name) of
        {registered_name, Reg} when is_atom(Reg) -> Reg;
        undefined -> undefined;
        _ ->
            {Initial, _App, Label} =
                case ets:lookup(Cache, Owner) of
                    [{_, Known}] -> Known;
                    [] ->
                        case erlang:process_info(Owner, [dictionary, initial_call, group_leader]) of
                            undefined -> {undefined, undefined, undefined};
                            Once ->
                                New = once_items(Once),
                                ets:insert(Cache, {Owner, New}),
                                New
                        end
                end,
            case Label of
                undefined -> Initial;
                _ -> Label
            end
    end;
owner_name(_, _) ->
    undefined.

%% Registered name only: for readings that keep no cache (a details window's samples).
owner_registered(Owner) when is_pid(Owner), node(Owner) =:= node() ->
    case erlang:process_info(Owner, registered_name) of
        {registered_name, Reg} when is_atom(Reg) -> Reg;
        _ -> undefined
    end;
owner_registered(_) ->
    undefined.

%% How many ports of each type, for the type filter's counts.
port_type_counts(_Args) ->
    Counts = lists:foldl(fun(P, Acc) ->
                                 case port_kind_type(P) of
                                     undefined -> Acc;
                                     T -> maps:update_with(T, fun(N) -> N + 1 end, 1, Acc)
                                 end
                         end, #{}, erlang:ports()),
    Sockets = case catch socket:number_of() of
                  N when is_integer(N) -> N;
                  _ -> 0
              end,
    All = case Sockets of
              0 -> Counts;
              _ -> Counts#{socket => Sockets}
          end,
    #{counts => [{T, maps:get(T, All, 0)} || T <- port_types()],
      ports => erlang:system_info(port_count),
      sockets => Sockets,
      port_limit => erlang:system_info(port_limit)}.

%% An id as the client sent it: the term itself, or its text (#Port<0.5>, 5, #Socket<...>).
port_lookup(Args) ->
    entity_arg(Args, id, id_text, fun valid_port_id/1, fun parse_port_text/1, fun(T) -> {bad_arguments, T} end).

parse_port_text("#Port<" ++ _ = T) -> erlang:list_to_port(T);
parse_port_text("#Socket" ++ Rest) -> {'$socket', erlang:list_to_ref("#Ref" ++ Rest)};
parse_port_text("#Ref" ++ _ = T) -> {'$socket', erlang:list_to_ref(T)};
parse_port_text(T) -> erlang:list_to_port("#Port<0." ++ integer_to_list(list_to_integer(T)) ++ ">").

%% An entity named in a request's Args: the term under Key (checked by Valid), or its text
%% under TextKey, turned into the term by Parse (which raises on text it cannot read; no atom is
%% ever made from it). BadText says what a text that names nothing is.
entity_arg(Args, Key, TextKey, Valid, Parse, BadText) ->
    case Args of
        #{Key := I} ->
            case Valid(I) of
                true -> {ok, I};
                false -> {error, {bad_arguments, I}}
            end;
        #{TextKey := Text} when is_binary(Text) ->
            try {ok, Parse(string:trim(binary_to_list(Text)))}
            catch _:_ -> {error, BadText(Text)}
            end;
        _ -> {error, {bad_arguments, Key}}
    end.

%% Everything about one port or socket, for its details window and beamtop-cli port.
port_details(Args) ->
    case port_lookup(Args) of
        {ok, I} ->
            Ctx = #{cache => ets:new(beamtop_owner, [set, private])},
            case port_read(I, undefined, Ctx) of
                {gone, _} -> #{alive => false, id => I, id_text => port_id_text(I)};
                {ok, Row} -> (port_extra(I, element(3, Row)))#{
                                alive => true, id => I, id_text => port_id_text(I),
                                type => element(3, Row), name => element(4, Row),
                                owner => element(5, Row), owner_name => element(6, Row),
                                local => element(7, Row), peer => element(8, Row),
                                state => element(9, Row),
                                sampled_at_ms => erlang:monotonic_time(millisecond)}
            end;
        Error -> Error
    end.

port_extra(P, Type) when is_port(P) ->
    Info = case erlang:port_info(P) of
               undefined -> [];
               L -> L
           end,
    More = [X || Item <- [memory, queue_size, parallelism, locking, registered_name],
                 {_, _} = X <- [catch erlang:port_info(P, Item)]],
    Monitors = port_list_item(P, monitors),
    MonitoredBy = port_list_item(P, monitored_by),
    Links = proplists:get_value(links, Info, []),
    {Stats, Options} = case inet_type(Type) of
                           true ->
                               {case inet:getstat(P) of
                                    {ok, S} -> S;
                                    _ -> []
                                end,
                                [{atom_to_binary(O), inet_option(P, O)} || O <- inet_options()]};
                           false -> {[], []}
                       end,
    #{info => [X || {K, _} = X <- Info, K =/= links] ++ More,
      links => lists:sublist(Links, 100), links_total => length(Links),
      monitors => lists:sublist(Monitors, 100), monitors_total => length(Monitors),
      monitored_by => lists:sublist(MonitoredBy, 100), monitored_by_total => length(MonitoredBy),
      stats => Stats, options => Options};
port_extra({'$socket', _} = S, _Type) ->
    Info = case socket_info(S) of
               undefined -> #{};
               M -> M
           end,
    Counters = maps:get(counters, Info, #{}),
    Monitors = try socket:monitored_by(S) catch _:_ -> [] end,
    #{info => lists:sort([X || {K, _} = X <- maps:to_list(Info), K =/= counters]),
      links => [], links_total => 0, monitors => [], monitors_total => 0,
      monitored_by => lists:sublist(Monitors, 100), monitored_by_total => length(Monitors),
      stats => lists:sort(maps:to_list(Counters)),
      options => socket_options(S, Info)}.

port_list_item(P, Item) ->
    case catch erlang:port_info(P, Item) of
        {Item, L} when is_list(L) -> L;
        _ -> []
    end.

%% The options OTP observer's port window and recon ask of an inet port, one call each, so an
%% option the port does not have is marked unsupported rather than failing the rest.
inet_options() ->
    [active, broadcast, buffer, delay_send, deliver, dontroute, exit_on_close, header,
     high_msgq_watermark, high_watermark, ipv6_v6only, keepalive, linger, low_msgq_watermark,
     low_watermark, mode, nodelay, packet, packet_size, priority, read_packets, recbuf,
     reuseaddr, reuseport, send_timeout, send_timeout_close, show_econnreset, sndbuf, tos,
     tclass].

inet_option(P, O) ->
    case catch inet:getopts(P, [O]) of
        {ok, [{O, V}]} -> {ok, V};
        {ok, []} -> unsupported;
        {error, R} when R =:= einval; R =:= enotsup; R =:= enoprotoopt -> unsupported;
        {error, R} -> {error, R};
        _ -> unsupported
    end.

%% A socket's options at the levels that apply to it: socket, its IP version and its protocol,
%% each as socket:supports/1 lists them.
socket_options(S, Info) ->
    Levels = [socket, case maps:get(domain, Info, inet) of inet6 -> ipv6; _ -> ip end,
              maps:get(protocol, Info, undefined)],
    Supported = try socket:supports(options) catch _:_ -> [] end,
    Opts = lists:sort([{L, O} || {{L, O}, true} <- Supported, lists:member(L, Levels)]),
    [{iolist_to_binary([atom_to_binary(L), ":", atom_to_binary(O)]),
      case catch socket:getopt(S, {L, O}) of
          {ok, V} -> {ok, V};
          {error, R} when R =:= einval; R =:= enotsup; R =:= enoprotoopt; R =:= enopkg -> unsupported;
          {error, {invalid, _}} -> unsupported;
          {error, R} -> {error, R};
          _ -> unsupported
      end} || {L, O} <- lists:sublist(Opts, 200)].

%% A details window's live figures: the counters of one port, cheap.
port_sample(Args) ->
    case port_lookup(Args) of
        {ok, I} ->
            case port_read(I, undefined, #{cache => none}) of
                {gone, _} -> #{alive => false};
                {ok, Row} ->
                    #{alive => true, recv_oct => element(10, Row), send_oct => element(11, Row),
                      recv_cnt => element(12, Row), send_cnt => element(13, Row),
                      queue_size => element(14, Row), memory => element(15, Row),
                      sampled_at_ms => erlang:monotonic_time(millisecond)}
            end;
        Error -> Error
    end.

port_action(#{action := close} = Args) ->
    case port_lookup(Args) of
        {ok, P} when is_port(P) ->
            try erlang:port_close(P) of
                true -> closed
            catch error:badarg -> {error, not_alive}
            end;
        {ok, {'$socket', _} = S} ->
            case socket_info(S) of
                undefined -> {error, not_alive};
                _ ->
                    case socket:close(S) of
                        ok -> closed;
                        {error, closed} -> {error, not_alive};
                        {error, R} -> {error, R}
                    end
            end;
        Error -> Error
    end.

%% ---------------------------------------------------------------------------------------
%% Distribution: the connected nodes, their traffic and the queue to each.

dist_sample(_Args) ->
    Hidden = nodes(hidden),
    {Info, Ticktime} = net_kernel_info(),
    Nodes = [dist_node(N, Ctrl, lists:member(N, Hidden), maps:get(N, Info, []))
             || {N, Ctrl} <- erlang:system_info(dist_ctrl)],
    #{this_node => node(),
      net_ticktime => Ticktime,
      dist_buf_busy_limit => erlang:system_info(dist_buf_busy_limit),
      nodes => Nodes,
      sampled_at_ms => erlang:monotonic_time(millisecond)}.

%% net_kernel's message counts per node and its tick time, if it answers within half a second
%% (it is the process that handles connections; a busy one must not hold this reading up).
net_kernel_info() ->
    Ask = fun() ->
                  Info = case catch net_kernel:nodes_info() of
                             {ok, L} when is_list(L) -> maps:from_list(L);
                             _ -> #{}
                         end,
                  Tick = case catch net_kernel:get_net_ticktime() of
                             T when is_integer(T) -> T;
                             {ongoing_change_to, T} -> T;
                             _ -> undefined
                         end,
                  {Info, Tick}
          end,
    case timed(Ask, 500) of
        {ok, Answer} -> Answer;
        _ -> {#{}, undefined}
    end.

dist_node(Node, Ctrl, Hidden, Info) ->
    {Recv, Send, Queue, Addr} =
        case is_port(Ctrl) of
            true ->
                {R, S} = case catch prim_inet:getstat(Ctrl, [recv_oct, send_oct]) of
                             {ok, [{recv_oct, A}, {send_oct, B}]} -> {A, B};
                             _ -> {undefined, undefined}
                         end,
                {R, S, port_item(Ctrl, queue_size), inet_addr(catch prim_inet:peername(Ctrl))};
            false -> {undefined, undefined, undefined, undefined}
        end,
    #{node => Node, type => case Hidden of true -> hidden; false -> normal end,
      controller => Ctrl, address => Addr, recv_oct => Recv, send_oct => Send,
      queue_size => Queue,
      in_msgs => proplists:get_value(in, Info), out_msgs => proplists:get_value(out, Info)}.

%% ---------------------------------------------------------------------------------------
%% The ETS kind: every table of the node, private ones included (their metadata is readable
%% by anyone; their contents only by their owner). Ranked by memory (bytes) or size; growth is
%% window mode. ets:info/2 reads are cheap and take no lock on the table's data.

ets_ids() ->
    ets:all().

ets_count() ->
    erlang:system_info(ets_count).

valid_ets_id(T) when is_atom(T) -> T =/= undefined;
valid_ets_id(T) -> is_reference(T).

ets_types() -> [set, ordered_set, bag, duplicate_bag].

%% Filter words: type:T (set, ordered_set, bag, duplicate_bag) and protection:P restrict;
%% the rest is text matched against id, name, owner and type.
ets_filter(<<>>) -> {any, any, <<>>};
ets_filter(Filter) ->
    {[Type, Prot], Text} = filter_words(Filter, [{<<"type:">>, ets_types()},
                                                 {<<"protection:">>, [public, protected, private]}]),
    {Type, Prot, Text}.

ets_sample_metric(T, Sort, Filter, Ctx) ->
    case ets_filter(Filter) of
        {none, _, _} -> undefined;
        {_, none, _} -> undefined;
        {any, any, <<>>} -> ets_metric(T, Sort);
        {Type, Prot, Text} ->
            case ets_read(T, undefined, Ctx) of
                {ok, Row} ->
                    Match = (Type =:= any orelse element(5, Row) =:= Type)
                        andalso (Prot =:= any orelse element(6, Row) =:= Prot)
                        andalso (Text =:= <<>> orelse binary:match(ets_row_text(Row), Text) =/= nomatch),
                    case Match of
                        true -> ets_metric(T, Sort);
                        false -> undefined
                    end;
                {gone, _} -> undefined
            end
    end.

ets_metric(T, memory) ->
    case ets:info(T, memory) of
        undefined -> undefined;
        Words -> Words * erlang:system_info(wordsize)
    end;
ets_metric(T, size) ->
    ets:info(T, size).

ets_row_text(Row) ->
    [_, IdText, Name, _, Type, _, _, _, Owner, OwnerName | _] = tuple_to_list(Row),
    iolist_to_binary(lists:join(<<" ">>, [IdText, lower(atom_to_binary(Name)), atom_to_binary(Type),
                                           owner_text(Owner), lower(owner_name_text(OwnerName))])).

ets_id_text(T) when is_atom(T) -> atom_to_binary(T);
ets_id_text(T) when is_reference(T) -> list_to_binary(erlang:ref_to_list(T)).

%% The kind's row fun. Row: {Id, IdText, Name, Named, Type, Protection, Size, MemoryBytes, Owner,
%% OwnerName, Heir, Keypos, ReadConcurrency, WriteConcurrency, DecentralizedCounters,
%% Compressed, Fixed, RankValue}. A table deleted since comes as {gone, Row} with zero figures
%% and undefined attributes.
ets_read(T, RankValue, Ctx) ->
    case catch ets:info(T) of
        Info when is_list(Info) ->
            G = fun(K) -> proplists:get_value(K, Info) end,
            Owner = G(owner),
            Heir = case G(heir) of
                       none -> none;
                       H -> H
                   end,
            {ok, {T, ets_id_text(T), G(name), G(named_table), G(type), G(protection), G(size),
                  G(memory) * erlang:system_info(wordsize), Owner, owner_name(Owner, Ctx), Heir,
                  G(keypos), G(read_concurrency), G(write_concurrency),
                  proplists:get_value(decentralized_counters, Info, false), G(compressed),
                  ets:info(T, fixed), RankValue}};
        _ ->
            {gone, {T, ets_id_text(T), undefined, undefined, undefined, undefined, 0, 0, undefined,
                    undefined, undefined, undefined, undefined, undefined, undefined, undefined,
                    undefined, RankValue}}
    end.

%% ---------------------------------------------------------------------------------------
%% Table contents, bounded: pages of ets:select/3 with a continuation, never tab2list. The
%% continuation travels to Beamtop and back (ets:repair_continuation/2 makes it usable again).
%% A search by pattern scans the table in chunks and stops after scan_limit rows; a key search
%% is one lookup. Every row is pruned (depth, width, binary bytes) before it leaves.
%%
%% Args: #{table => Id | table_text => Text, limit => Rows, scan_limit => Rows,
%%         continuation => Cont | undefined, key => Text | pattern => Text,
%%         syntax => erlang | elixir, depth, width, binary_bytes}.
ets_rows(Args) ->
    case ets_table(Args) of
        {ok, T} ->
            case ets:info(T, protection) of
                undefined -> #{alive => false};
                %% Only the owner reads a private table, and the agent is never its owner.
                private -> #{alive => true, private => true, rows => [], size => ets:info(T, size)};
                _ -> table_page(ets, T, Args, #{alive => true, private => false, size => ets:info(T, size)})
            end;
        Error -> Error
    end.

%% One table's row (as the ets kind sends it), for a details window's charts:
%% #{alive => true, row => Row, sampled_at_ms => T} or #{alive => false} once deleted.
ets_info(Args) ->
    case ets_table(Args) of
        {ok, T} ->
            case ets_read(T, undefined, #{cache => none}) of
                {ok, Row} -> #{alive => true, row => Row, sampled_at_ms => erlang:monotonic_time(millisecond)};
                {gone, _} -> #{alive => false}
            end;
        Error -> Error
    end.

ets_table(Args) ->
    entity_arg(Args, table, table_text, fun valid_ets_id/1, fun parse_ets_text/1, fun(T) -> {no_such_table, T} end).

parse_ets_text("#Ref<" ++ _ = S) -> erlang:list_to_ref(S);
parse_ets_text(S) -> list_to_existing_atom(S).

%% One page of a table's rows, from ets or dets (the same calls in both): the first page or the
%% one after a continuation, the objects under a key, or the rows matching a pattern. Every page
%% is read in chunks of select/3 (Limit rows; 1,000 for a pattern) and ends when it has Limit
%% rows, when its pruned rows reach three quarters of max_bytes (so the reply is never cut and no
%% row is skipped), when the table ends, or, for a pattern, after scan_limit rows. A page that
%% ends inside a chunk continues there: the continuation sent is {beamtop_scan, From, Skip}, the
%% chunk's own continuation and how many of its matches were sent ({beamtop_key, Skip} for the
%% objects under a key). Continuations are values: reading one again reads the same chunk.
table_page(Mod, T, Args, Base) ->
    Limit = max(1, min(500, opt(limit, Args, 100))),
    All = [{'_', [], ['$_']}],
    Fetch = fun(first, N) -> Mod:select(T, All, N);
               (Cont, _) -> Mod:select(Mod:repair_continuation(Cont, All))
            end,
    Page = #{fetch => Fetch, limit => Limit, prune => fun(R) -> prune(R, Args) end,
             budget => max(1024, opt(max_bytes, Args, 4 * 1024 * 1024) * 3 div 4)},
    Cont = opt(continuation, Args, undefined),
    try
        case Args of
            #{key := KeyText} ->
                Skip = case Cont of
                           {beamtop_key, K} when is_integer(K), K >= 0 -> K;
                           _ -> 0
                       end,
                with_term(KeyText, Args, Base, fun(Key) -> key_page(Mod:lookup(T, Key), Skip, Page, Base) end);
            #{pattern := PatText} ->
                with_term(PatText, Args, Base,
                          fun(Pattern) ->
                                  case catch ets:match_spec_compile([{Pattern, [], ['$_']}]) of
                                      {'EXIT', _} -> {error, {bad_pattern, <<"not a match pattern">>}};
                                      C ->
                                          ScanLimit = max(1000, min(10000000, opt(scan_limit, Args, 100000))),
                                          {From, Skip} = scan_start(Cont),
                                          table_scan(Page#{chunk => 1000, match => C, scan_limit => ScanLimit},
                                               From, Skip, 0, [], 0, Base)
                                  end
                          end);
            _ ->
                {From, Skip} = scan_start(Cont),
                table_scan(Page#{chunk => Limit, match => all, scan_limit => infinity}, From, Skip, 0, [], 0, Base)
        end
    catch
        error:badarg ->
            case Mod:info(T, size) of
                undefined -> #{alive => false};
                _ -> {error, {bad_continuation, T}}
            end
    end.

%% Text parsed into a term for F; a term naming an atom the node lacks matches nothing.
with_term(Text, Args, Base, F) ->
    case parse_term_text(Text, opt(syntax, Args, erlang)) of
        {ok, Term} -> F(Term);
        {no_atom, A} -> Base#{rows => [], done => true, scanned => 0, no_atom => A};
        {error, Why} -> {error, {bad_pattern, Why}}
    end.

scan_start(undefined) -> {first, 0};
scan_start({beamtop_scan, From, Skip}) when is_integer(Skip), Skip >= 0 -> {From, Skip};
scan_start(Cont) -> {Cont, 0}.

%% The objects under one key (a bag may have many): the page from Skip on.
key_page(Found, Skip, Page, Base) ->
    #{limit := Limit} = Page,
    Rest = lists:nthtail(min(Skip, length(Found)), Found),
    case take(Rest, Limit, Page, 0, []) of
        {full, Rows, Taken} ->
            Base#{rows => Rows, done => false, scanned => length(Found), continuation => {beamtop_key, Skip + Taken}};
        {all, Rows, _} ->
            Base#{rows => Rows, done => true, scanned => length(Found)}
    end.

%% Chunk after chunk from From (Skip of its matches already sent) until the page ends.
table_scan(Page, From, Skip, Scanned, Acc, Bytes, Base) ->
    #{fetch := Fetch, chunk := Chunk, match := Match, limit := Limit, scan_limit := ScanLimit} = Page,
    Reply = fun(Rows, Done, Seen, Extra) -> scan_reply(Base, Rows, Done, Match =/= all, Seen, Extra) end,
    case Fetch(From, Chunk) of
        '$end_of_table' -> Reply(lists:reverse(Acc), true, Scanned, #{});
        {error, R} -> {error, R};
        {Rows, Next} ->
            Matches = case Match of
                          all -> Rows;
                          C -> ets:match_spec_run(Rows, C)
                      end,
            Rest = lists:nthtail(min(Skip, length(Matches)), Matches),
            Scanned1 = Scanned + length(Rows),
            case take(Rest, Limit - length(Acc), Page, Bytes, Acc) of
                {full, Out, Taken} ->
                    Reply(Out, false, Scanned1, #{continuation => {beamtop_scan, From, Skip + Taken}});
                {all, Acc1, _} when Next =:= '$end_of_table' ->
                    Reply(lists:reverse(Acc1), true, Scanned1, #{});
                {all, Acc1, _} when length(Acc1) >= Limit ->
                    Reply(lists:reverse(Acc1), false, Scanned1, #{continuation => {beamtop_scan, Next, 0}});
                {all, Acc1, _} when Scanned1 >= ScanLimit ->
                    Reply(lists:reverse(Acc1), false, Scanned1,
                          #{scan_capped => true, continuation => {beamtop_scan, Next, 0}});
                {all, Acc1, Bytes1} ->
                    table_scan(Page, Next, 0, Scanned1, Acc1, Bytes1, Base)
            end
    end.

%% A page's reply; a pattern search also says how many rows it looked at.
scan_reply(Base, Rows, Done, Pattern, Scanned, Extra) ->
    R = maps:merge(Base#{rows => Rows, done => Done}, Extra),
    case Pattern of
        true -> R#{scanned => Scanned};
        false -> R
    end.

%% Pruned rows from Matches onto Acc (reversed) while the page has Room and its rows fit the
%% byte budget (the first row of a page is always taken): {full, Rows, Taken} when the page
%% ended before Matches did (Rows in order), else {all, Acc, Bytes} (still reversed).
take(Matches, Room, Page, Bytes, Acc) ->
    #{prune := Prune, budget := Budget} = Page,
    take(Matches, Room, Prune, Budget, Bytes, Acc, 0).

take([], _Room, _Prune, _Budget, Bytes, Acc, _Taken) ->
    {all, Acc, Bytes};
take(_, Room, _Prune, _Budget, _Bytes, Acc, Taken) when Room =< 0 ->
    {full, lists:reverse(Acc), Taken};
take([M | Ms], Room, Prune, Budget, Bytes, Acc, Taken) ->
    P = Prune(M),
    Size = erlang:external_size(P),
    case Bytes + Size > Budget andalso Acc =/= [] of
        true -> {full, lists:reverse(Acc), Taken};
        false -> take(Ms, Room - 1, Prune, Budget, Bytes + Size, [P | Acc], Taken + 1)
    end.

%% A term typed by a person, parsed on the node without making atoms: a term naming an atom
%% the node does not have cannot match anything in its tables, so the search stops there and
%% says so ({no_atom, Name}). Erlang syntax by default; Elixir through the node's own parser
%% with existing_atoms_only.
parse_term_text(Text, elixir) when is_binary(Text) ->
    case code:ensure_loaded('Elixir.Code') of
        {module, _} ->
            try 'Elixir.Code':string_to_quoted(Text, [{existing_atoms_only, true}]) of
                {ok, Quoted} -> elixir_literal(Quoted);
                {error, {_, Msg, Token}} ->
                    case flat_msg(Msg) of
                        %% existing_atoms_only refused an atom the node lacks: like Erlang text
                        %% naming one, nothing can match.
                        <<"unsafe atom does not exist", _/binary>> -> {no_atom, flat_msg(Token)};
                        M -> {error, iolist_to_binary([M, flat_msg(Token)])}
                    end
            catch _:E -> {error, iolist_to_binary(io_lib:format("~tP", [E, 5]))}
            end;
        _ -> {error, <<"Elixir is not loaded on this node">>}
    end;
parse_term_text(Text, _) when is_binary(Text) ->
    Chars = unicode:characters_to_list(Text),
    case atoms_in(Chars, []) of
        {error, Why} -> {error, Why};
        Atoms ->
            case [A || A <- Atoms, not atom_exists(A)] of
                %% erl_scan would make a variable's name an atom; a term has none anyway.
                [{var, _} | _] -> {error, <<"a search term holds no variables: write '_' for any value">>};
                [Missing | _] -> {no_atom, unicode:characters_to_binary(Missing)};
                [] ->
                    Dot = case lists:reverse(string:trim(Chars)) of
                              "." ++ _ -> string:trim(Chars);
                              _ -> string:trim(Chars) ++ "."
                          end,
                    case erl_scan:string(Dot) of
                        {ok, Tokens, _} ->
                            case erl_parse:parse_term(Tokens) of
                                {ok, Term} -> {ok, Term};
                                {error, {_, Mod, Desc}} ->
                                    {error, unicode:characters_to_binary(Mod:format_error(Desc))}
                            end;
                        {error, {_, Mod, Desc}, _} ->
                            {error, unicode:characters_to_binary(Mod:format_error(Desc))}
                    end
            end
    end;
parse_term_text(_, _) ->
    {error, <<"not text">>}.

%% The term an Elixir literal's AST stands for; anything that would run code is refused, so a
%% search never evaluates what was typed. `_` is the match wildcard.
elixir_literal(Q) ->
    try {ok, ex_lit(Q)}
    catch
        throw:{no_atom, A} -> {no_atom, A};
        throw:not_literal -> {error, <<"only literal terms can be searched for (atoms, numbers, strings, tuples, lists, maps, _)">>}
    end.

ex_lit(Q) when is_atom(Q); is_number(Q); is_binary(Q) -> Q;
ex_lit(Q) when is_list(Q) -> [ex_lit(E) || E <- Q];
ex_lit({A, B}) -> {ex_lit(A), ex_lit(B)};
ex_lit({'{}', _, Elems}) when is_list(Elems) -> list_to_tuple([ex_lit(E) || E <- Elems]);
ex_lit({'%{}', _, Pairs}) when is_list(Pairs) -> maps:from_list([{ex_lit(K), ex_lit(V)} || {K, V} <- Pairs]);
ex_lit({'-', _, [N]}) when is_number(N) -> -N;
ex_lit({'_', _, Ctx}) when is_atom(Ctx) -> '_';
ex_lit({'__aliases__', _, Parts}) when is_list(Parts) ->
    Name = "Elixir." ++ lists:join(".", [atom_to_list(P) || P <- Parts]),
    case atom_exists(lists:flatten(Name)) of
        true -> list_to_existing_atom(lists:flatten(Name));
        false -> throw({no_atom, unicode:characters_to_binary(Name)})
    end;
ex_lit(_) -> throw(not_literal).

flat_msg(M) when is_binary(M) -> M;
flat_msg(M) when is_list(M) -> unicode:characters_to_binary(io_lib:format("~ts", [M]));
flat_msg(M) -> unicode:characters_to_binary(io_lib:format("~tp", [M])).

atom_exists({var, Name}) ->
    atom_exists(Name);
atom_exists(Name) ->
    try list_to_existing_atom(Name) of
        _ -> true
    catch error:badarg -> false
    end.

%% The atoms an Erlang term's text names (unquoted and quoted), and its variables ({var, Name}:
%% the scanner makes their names atoms too), found without making them.
atoms_in([], Acc) -> Acc;
atoms_in([$" | T], Acc) -> atoms_in(skip_quoted(T, $"), Acc);
atoms_in([$$, $\\, _ | T], Acc) -> atoms_in(T, Acc);
atoms_in([$$, _ | T], Acc) -> atoms_in(T, Acc);
atoms_in([$' | T], Acc) ->
    case take_quoted(T, []) of
        {error, _} = E -> E;
        {Name, Rest} -> atoms_in(Rest, [Name | Acc])
    end;
atoms_in([C | T], Acc) when C >= $a, C =< $z ->
    {Name, Rest} = lists:splitwith(fun(X) -> ident_char(X) end, [C | T]),
    atoms_in(Rest, [Name | Acc]);
atoms_in([C | T], Acc) when C >= $A, C =< $Z; C =:= $_ ->
    {Name, Rest} = lists:splitwith(fun(X) -> ident_char(X) end, [C | T]),
    atoms_in(Rest, [{var, Name} | Acc]);
atoms_in([C | T], Acc) when C >= $0, C =< $9 ->
    {_, Rest} = lists:splitwith(fun(X) -> ident_char(X) orelse X =:= $# end, [C | T]),
    atoms_in(Rest, Acc);
atoms_in([_ | T], Acc) -> atoms_in(T, Acc).

ident_char(X) -> (X >= $a andalso X =< $z) orelse (X >= $A andalso X =< $Z)
                     orelse (X >= $0 andalso X =< $9) orelse X =:= $_ orelse X =:= $@.

skip_quoted([], _Q) -> [];
skip_quoted([$\\, _ | T], Q) -> skip_quoted(T, Q);
skip_quoted([Q | T], Q) -> T;
skip_quoted([_ | T], Q) -> skip_quoted(T, Q).

take_quoted([], _) -> {error, <<"a quoted atom is not closed">>};
take_quoted([$\\ | _], _) -> {error, <<"escapes in quoted atoms are not supported in a search">>};
take_quoted([$' | T], Acc) -> {lists:reverse(Acc), T};
take_quoted([C | T], Acc) -> take_quoted(T, [C | Acc]).

%% ---------------------------------------------------------------------------------------
%% Mnesia: the database's health and its tables, read without a lock or a transaction. Nothing
%% here loads Mnesia on a node that does not run it (the module is looked up, not called).
%% Every read that may wait on one of Mnesia's processes (locks, transactions, a table held
%% elsewhere) runs with a short timeout of its own, so a stuck Mnesia shows what could be read
%% and names what could not.

mnesia_running() ->
    erlang:module_loaded(mnesia) andalso whereis(mnesia_sup) =/= undefined
        andalso (catch mnesia:system_info(is_running)) =:= yes.

%% The transaction counters, for the system sample (and so the history) each refresh: counter
%% reads from Mnesia's own ETS tables. undefined when Mnesia does not run.
mnesia_counters() ->
    case mnesia_running() of
        true ->
            try #{commits => mnesia:system_info(transaction_commits),
                  failures => mnesia:system_info(transaction_failures),
                  restarts => mnesia:system_info(transaction_restarts),
                  log_writes => mnesia:system_info(transaction_log_writes)}
            catch _:_ -> undefined
            end;
        false -> undefined
    end.

%% Args: #{timeout_item_ms => Ms (each read that may wait, default 500), max_items => N (locks,
%% queue, transactions: default 100)}.
mnesia_sample(Args) ->
    case mnesia_running() of
        false ->
            #{running => false,
              loaded => erlang:module_loaded(mnesia),
              status => case erlang:module_loaded(mnesia) of
                            true -> timed(fun() -> mnesia:system_info(is_running) end, 200);
                            false -> {ok, no}
                        end};
        true ->
            ItemMs = max(50, min(2000, opt(timeout_item_ms, Args, 500))),
            %% Each read that may wait gets ItemMs; on a stuck Mnesia (many tables, each field
            %% waiting) they would add up past the request's deadline, so past this point the
            %% rest are marked timeout unread and what was read still comes back.
            Deadline = erlang:monotonic_time(millisecond)
                + max(ItemMs, opt(timeout_ms, Args, 5000) - 2 * ItemMs - 500),
            Max = max(1, min(1000, opt(max_items, Args, 100))),
            Info = fun(K) ->
                           case erlang:monotonic_time(millisecond) >= Deadline of
                               true -> timeout;
                               false -> timed(fun() -> mnesia:system_info(K) end, ItemMs)
                           end
                   end,
            Capped = fun(K) ->
                             case Info(K) of
                                 {ok, L} when is_list(L) -> {ok, #{items => [prune(X, 5, 20, 64) || X <- lists:sublist(L, Max)],
                                                                   total => length(L)}};
                                 Other -> Other
                             end
                     end,
            Tables = case Info(tables) of
                         {ok, Ts} -> Ts;
                         _ -> []
                     end,
            #{running => true,
              system => maps:from_list([{K, Info(K)} || K <- [db_nodes, running_db_nodes, extra_db_nodes,
                                                                directory, use_dir, schema_location,
                                                                local_tables, master_node_tables, version,
                                                                checkpoints, dump_log_write_threshold,
                                                                dump_log_time_threshold,
                                                                dump_log_update_in_place, core_dir,
                                                                transaction_commits, transaction_failures,
                                                                transaction_restarts, transaction_log_writes,
                                                                subscribers, backend_types]]),
              schema_storage => timed(fun() -> mnesia:table_info(schema, storage_type) end, ItemMs),
              held_locks => Capped(held_locks),
              lock_queue => Capped(lock_queue),
              transactions => Capped(transactions),
              tables => [mnesia_table(T, ItemMs, Deadline) || T <- lists:sublist(Tables, 2000)],
              tables_total => length(Tables),
              sampled_at_ms => erlang:monotonic_time(millisecond)}
    end.

%% One table: what mnesia:table_info/2 says. Size and memory only where this node holds a copy
%% (elsewhere they would be a remote call); memory in bytes (Mnesia gives words for ram and disc
%% copies and bytes for disc_only copies).
mnesia_table(T, ItemMs, Deadline) ->
    I = fun(K) ->
                case erlang:monotonic_time(millisecond) >= Deadline of
                    true -> timeout;
                    false ->
                        case timed(fun() -> mnesia:table_info(T, K) end, ItemMs) of
                            {ok, V} -> V;
                            Other -> Other
                        end
                end
        end,
    Storage = I(storage_type),
    Local = lists:member(Storage, [ram_copies, disc_copies, disc_only_copies]) orelse
        (is_tuple(Storage) andalso element(1, Storage) =:= ext),
    Memory = case {Local, I(memory)} of
                 {true, M} when is_integer(M), Storage =:= disc_only_copies -> M;
                 {true, M} when is_integer(M) -> M * erlang:system_info(wordsize);
                 _ -> undefined
             end,
    #{name => T, system => T =:= schema, storage_type => Storage, type => I(type),
      size => case Local of true -> I(size); false -> undefined end,
      memory_bytes => Memory,
      ram_copies => I(ram_copies), disc_copies => I(disc_copies),
      disc_only_copies => I(disc_only_copies),
      external_copies => I(external_copies),
      where_to_read => I(where_to_read), majority => I(majority),
      index => I(index), attributes => prune(I(attributes), 3, 50, 64),
      load_reason => prune(I(load_reason), 4, 10, 64), local_content => I(local_content),
      record_name => I(record_name)}.

%% Fun's value, or timeout / {error, Reason}: in a process of its own, killed after Ms.
timed(Fun, Ms) ->
    {Pid, MRef} = spawn_monitor(fun() -> exit({value, Fun()}) end),
    receive
        {'DOWN', MRef, process, Pid, {value, V}} -> {ok, V};
        {'DOWN', MRef, process, Pid, {{badmatch, _}, _} = R} -> {error, truncate_reason(R)};
        {'DOWN', MRef, process, Pid, {R, _}} when is_atom(R) -> {error, R};
        {'DOWN', MRef, process, Pid, R} -> {error, truncate_reason(R)}
    after Ms ->
        exit(Pid, kill),
        receive {'DOWN', MRef, process, Pid, _} -> timeout end
    end.

%% A Mnesia table's contents, through the same bounded browser as ETS: its local copy read
%% dirty (the ETS table of a ram or disc copy, the Dets file of a disc_only copy), never a lock.
mnesia_rows(#{table := T} = Args) when is_atom(T) ->
    case mnesia_running() of
        false -> {error, mnesia_not_running};
        true ->
            case timed(fun() -> mnesia:table_info(T, storage_type) end, 500) of
                {ok, S} when S =:= ram_copies; S =:= disc_copies ->
                    table_page(ets, T, Args, #{alive => true, private => false, size => ets:info(T, size)});
                {ok, disc_only_copies} ->
                    table_page(dets, T, Args, #{alive => true, private => false, size => dets:info(T, size)});
                {ok, unknown} -> {error, {not_local, T}};
                {ok, Other} -> {error, {storage_not_readable, Other}};
                timeout -> {error, timeout};
                {error, _} -> #{alive => false}
            end
    end;
mnesia_rows(#{table_text := Text} = Args) when is_binary(Text) ->
    case catch list_to_existing_atom(string:trim(binary_to_list(Text))) of
        T when is_atom(T) -> mnesia_rows((maps:remove(table_text, Args))#{table => T});
        _ -> {error, {no_such_table, Text}}
    end.


%% ---------------------------------------------------------------------------------------
%% Schedulers
%%
%% Utilisation comes from scheduler_wall_time: per scheduler, the time it was busy and the time
%% that passed. The flag is reference-counted per process: it stays on while any process that
%% turned it on lives and has not turned it off. So the server, which lives exactly as long as
%% some Beamtop is attached, turns it on for itself at the first request (not before: measuring
%% costs the node a little) and off again through its undo step; if it dies instead, its count
%% goes with it. Either way the node is left as it was, whether something else had the flag on
%% or not.

%% Opts: timeout_ms and max_bytes as for bounded/2; window_ms (0..2000): take a first sample
%% that long before the second, so that one call already gives utilisation. The wait happens
%% between two bounded readings, so it is not counted as the agent's work.
scheduler_sample(Opts) when is_map(Opts) ->
    %% The server turns the flag on for itself once; its undo step turns its count off again.
    Enable = fun() -> {ok, erlang:system_flag(scheduler_wall_time, true)} end,
    Disable = fun() -> erlang:system_flag(scheduler_wall_time, false) end,
    case server_call(undo_do, [{flag, scheduler_wall_time}, Enable, Disable]) of
        {ok, WasOn} ->
            case max(0, min(2000, opt(window_ms, Opts, 0))) of
                0 ->
                    bounded(fun() -> (scheduler_now())#{enabled_before => WasOn} end, Opts);
                Window ->
                    case bounded(fun scheduler_now/0, Opts) of
                        {ok, First} ->
                            receive after Window -> ok end,
                            bounded(fun() -> (scheduler_now())#{enabled_before => WasOn, previous => First} end, Opts);
                        Error ->
                            Error
                    end
            end;
        Error ->
            Error
    end.

%% wall_time: [{Id, Active, Total}] by id: normal schedulers first, then dirty CPU, then dirty
%% IO; undefined while the flag is off. run_queues: one per normal scheduler, then the dirty
%% CPU queue and the dirty IO queue (each shared by its schedulers).
scheduler_now() ->
    #{wall_time => case erlang:statistics(scheduler_wall_time_all) of
                       undefined -> undefined;
                       L -> lists:sort(L)
                   end,
      run_queues => erlang:statistics(run_queue_lengths_all),
      schedulers => erlang:system_info(schedulers),
      schedulers_online => erlang:system_info(schedulers_online),
      dirty_cpu_schedulers => erlang:system_info(dirty_cpu_schedulers),
      dirty_cpu_schedulers_online => erlang:system_info(dirty_cpu_schedulers_online),
      dirty_io_schedulers => erlang:system_info(dirty_io_schedulers),
      sampled_at_us => erlang:monotonic_time(microsecond)}.

%% ---------------------------------------------------------------------------------------
%% Applications
%%
%% What each application's processes add up to comes from a sweep the server runs in the
%% background like a ranking's (chunks of 64 processes on the budget's tokens, kept for
%% ranking_idle_drop_ms() after the last request): one process_info per process and sweep, summed
%% by group leader; a group leader is turned into its application once per sweep. A request
%% reads the last complete sweep, so it costs the same on any node. Reductions per second are
%% the change of an application's sum between two complete sweeps (processes that exit in
%% between take their count with them, so it reads low under churn and is never negative).

new_apps() ->
    #{requested => 0, interval => 1000, sweep => undefined, result => undefined,
      completed_at => undefined, last_sweep_ms => undefined}.

%% In the server: the last complete result and the sweep's progress; a first step at once.
apps_state(Req, State) ->
    Now = erlang:monotonic_time(millisecond),
    A0 = case maps:get(apps, State, undefined) of
             undefined -> new_apps();
             A -> A
         end,
    A1 = A0#{requested := Now, interval := max(1000, min(60000, opt(interval_ms, Req, 1000)))},
    A2 = case {maps:get(result, A1), maps:get(sweep, A1)} of
             {undefined, undefined} -> apps_step(apps_start(A1), 2000);
             _ -> A1
         end,
    Progress = case maps:get(sweep, A2) of
                   undefined -> complete;
                   S -> #{done => maps:get(done, S), total => maps:get(total, S)}
               end,
    Reply = #{result => case maps:get(result, A2) of
                            %% Before the first sweep completes: what it has counted so far.
                            undefined -> apps_by_app(maps:get(acc, maps:get(sweep, A2)), undefined, 1);
                            R -> R
                        end,
              complete => maps:get(result, A2) =/= undefined,
              sweep => Progress,
              aged_ms => case maps:get(completed_at, A2) of
                             undefined -> undefined;
                             T -> max(0, Now - T)
                         end,
              last_sweep_ms => maps:get(last_sweep_ms, A2)},
    {{ok, Reply}, State#{apps => A2}}.

apps_start(A) ->
    Pids = erlang:processes(),
    A#{sweep := #{pending => Pids, acc => #{}, done => 0, total => length(Pids),
                  started => erlang:monotonic_time(millisecond)}}.

apps_due(undefined, _NowMs) -> false;
apps_due(A, NowMs) ->
    case {maps:get(sweep, A), maps:get(completed_at, A)} of
        {undefined, undefined} -> true;
        {undefined, T} -> NowMs - T >= maps:get(interval, A);
        _ -> true
    end.

apps_due_in_ms(A, NowMs) ->
    case {maps:get(sweep, A), maps:get(completed_at, A)} of
        {undefined, T} when is_integer(T) -> max(0, T + maps:get(interval, A) - NowMs);
        _ -> 0
    end.

%% One bounded step: count processes until about BudgetUs microseconds are used.
apps_step(A, BudgetUs) ->
    S = maps:get(sweep, A),
    Deadline = erlang:monotonic_time(microsecond) + round(BudgetUs),
    {Pending, Acc, Done} = apps_scan(maps:get(pending, S), maps:get(acc, S), maps:get(done, S), Deadline),
    S1 = S#{pending := Pending, acc := Acc, done := Done},
    case Pending of
        [] -> apps_finish(A#{sweep := S1});
        _ -> A#{sweep := S1}
    end.

apps_scan([], Acc, Done, _Deadline) ->
    {[], Acc, Done};
apps_scan(Pids, Acc, Done, Deadline) ->
    {Chunk, Rest} = split(64, Pids),
    Acc1 = lists:foldl(fun apps_count/2, Acc, Chunk),
    Done1 = Done + length(Chunk),
    case erlang:monotonic_time(microsecond) >= Deadline of
        true -> {Rest, Acc1, Done1};
        false -> apps_scan(Rest, Acc1, Done1, Deadline)
    end.

apps_count(P, Acc) ->
    case erlang:process_info(P, [group_leader, memory, message_queue_len, reductions]) of
        [{_, Gl}, {_, M}, {_, Q}, {_, R}] ->
            case Acc of
                #{Gl := {C0, M0, Q0, R0}} -> Acc#{Gl := {C0 + 1, M0 + M, Q0 + Q, R0 + R}};
                _ -> Acc#{Gl => {1, M, Q, R}}
            end;
        undefined -> Acc
    end.

apps_finish(A) ->
    S = maps:get(sweep, A),
    Now = erlang:monotonic_time(millisecond),
    Prev = maps:get(result, A),
    Dt = case maps:get(completed_at, A) of
             undefined -> 0;
             T -> Now - T
         end,
    A#{sweep := undefined, result := apps_by_app(maps:get(acc, S), Prev, Dt), completed_at := Now,
       last_sweep_ms := Now - maps:get(started, S)}.

%% What a step of the sweep costs the node: its own time and half as much again. Reading a
%% process's memory is a signal the process answers, on its scheduler, outside the step's time;
%% bench_apps measured the node's CPU (the OS's count) at 1.45 times the steps' time at 1M
%% processes, so the sweep is charged for it and the whole stays within the budget.
apps_step_charge(Us) -> round(Us * 1.5). % Us may be the cap, a float

%% Group leader totals to application totals: #{App | '$outside' => {Procs, Mem, Queue, Reds,
%% RedsPerSec | undefined}}. A group leader of another node, or of no application, is outside.
apps_by_app(ByGl, Prev, Dt) ->
    Masters = maps:from_list([{M, App} || [App, M] <- catch_match_masters()]),
    Summed = maps:fold(fun(Gl, {C, M, Q, R}, Acc) ->
                               App = maps:get(Gl, Masters, '$outside'),
                               case Acc of
                                   #{App := {C0, M0, Q0, R0}} -> Acc#{App := {C0 + C, M0 + M, Q0 + Q, R0 + R}};
                                   _ -> Acc#{App => {C, M, Q, R}}
                               end
                       end, #{}, ByGl),
    maps:map(fun(App, {C, M, Q, R}) ->
                     Rate = case Prev of
                                #{App := {_, _, _, R0, _}} when Dt > 0 -> max(0, (R - R0) * 1000 div Dt);
                                _ -> undefined
                            end,
                     {C, M, Q, R, Rate}
             end, Summed).

%% Every application master (the group leader of an application's processes), in one read of
%% the application controller's table rather than one per group leader.
catch_match_masters() ->
    try ets:match(ac_tab, {{application_master, '$1'}, '$2'})
    catch error:badarg -> []
    end.

%% The request: the server's totals and the application controller's list, merged.
apps(Req) ->
    case server_call(apps_state, [Req]) of
        {ok, St} -> bounded(fun() -> apps_rows(St) end, Req);
        Error -> Error
    end.

apps_rows(#{result := Result} = St) ->
    Loaded = try application:loaded_applications() catch _:_ -> [] end,
    {Info, Started, Running, Starting} =
        case timed(fun() -> application:info() end, 1000) of
            {ok, I} when is_list(I) ->
                {ok, proplists:get_value(started, I, []), proplists:get_value(running, I, []),
                 proplists:get_value(starting, I, [])};
            timeout -> {{error, <<"the application controller did not answer within 1 s">>}, [], [], []};
            {error, R} -> {{error, bin_text(R)}, [], [], []}
        end,
    Rows = [begin
                Status = case lists:keymember(App, 1, Running) of
                             true -> running;
                             false ->
                                 case lists:keymember(App, 1, Starting) of
                                     true -> starting;
                                     false -> loaded
                                 end
                         end,
                Type = case lists:keyfind(App, 1, Started) of
                           {_, T} when Status =/= loaded -> T;
                           _ -> undefined
                       end,
                Totals = case Status of
                             loaded -> undefined;
                             _ -> maps:get(App, Result, {0, 0, 0, 0, rate_zero(St)})
                         end,
                {App, bin_text(Desc), bin_text(Vsn), Status, Type, Totals}
            end || {App, Desc, Vsn} <- Loaded],
    #{apps => Rows,
      outside => maps:get('$outside', Result, {0, 0, 0, 0, rate_zero(St)}),
      info => Info,
      sweep => maps:get(sweep, St),
      aged_ms => maps:get(aged_ms, St),
      last_sweep_ms => maps:get(last_sweep_ms, St),
      process_count => erlang:system_info(process_count),
      sampled_at_ms => erlang:monotonic_time(millisecond)}.

%% An application with no process in a sweep that has a rate for others does no work.
rate_zero(#{complete := true}) -> 0;
rate_zero(_) -> undefined.

bin_text(B) when is_binary(B) -> B;
bin_text(L) when is_list(L) ->
    try unicode:characters_to_binary(L) of
        B when is_binary(B) -> B;
        _ -> truncate_term(L)
    catch _:_ -> truncate_term(L)
    end;
bin_text(A) when is_atom(A) -> atom_to_binary(A, utf8);
bin_text(T) -> truncate_term(T).

%% ---------------------------------------------------------------------------------------
%% Supervision trees
%%
%% app_tree walks one application's tree from its top supervisor. Supervisors of a level are
%% asked at once, each in a process of its own with call_timeout_ms per call, so one that does
%% not answer (busy, hung, restarting in a loop) is marked not_answering and delays its level by
%% that timeout at most. Every process of the tree is read once (process_info) for the subtree
%% totals, whatever part of it is sent: children are sorted by their subtree totals and paged
%% (page_limit from the supervisor's offset), and the reply stops at depth levels and
%% tree_max_nodes() nodes. Reductions per second are per process, against the previous walk's
%% reading (the server's tree_reds table).

tree_max_nodes() -> 5000.
%% Processes read per walk: 120,000 (a simple_one_for_one supervisor of 100,000 and the rest of
%% its tree) are about a quarter of a second of one scheduler. A larger tree
%% (a supervisor of a million workers) has its supervisors and the rest up to the cap read, the
%% others are sent as not_read, and the reply says its totals are cut (reads_capped).
tree_max_reads() -> 120000.
tree_max_supervisors() -> 20000.
%% Child specs are read one call each, for supervisors of static children up to this many.
tree_max_specs() -> 500.
%% A supervisor's state is copied to read its flags only while it is this small.
tree_max_state_children() -> 10000.

app_tree(Req, Ctx) ->
    T0 = erlang:monotonic_time(microsecond),
    AppBin = maps:get(app, Req),
    CallT = max(50, min(5000, opt(call_timeout_ms, Req, 500))),
    Base = #{app => AppBin, found => false, error => undefined, root => undefined,
             app_processes => undefined, truncated => false},
    Reply = case app_atom(AppBin) of
                undefined -> Base#{error => <<"no application of that name is loaded">>};
                App ->
                    case application_controller:get_master(App) of
                        undefined ->
                            %% A running library application (no mod) has no master and no tree.
                            Why = case lists:keymember(App, 1, application:loaded_applications()) of
                                      true -> <<"the application is not running, or is a library application with no processes">>;
                                      false -> <<"no application of that name is loaded">>
                                  end,
                            Base#{app := App, error => Why};
                        Master ->
                            {Root, Truncated} = tree_root(App, Master, Req, CallT, Ctx),
                            Base#{app := App, found := true, root := maps:remove(reads_capped, Root),
                                  truncated := Truncated,
                                  reads_capped => maps:get(reads_capped, Root, undefined),
                                  app_processes := app_process_count(App)}
                    end
            end,
    Reply#{walk_us => erlang:monotonic_time(microsecond) - T0,
           sampled_at_ms => erlang:monotonic_time(millisecond)}.

app_atom(B) when is_binary(B) ->
    try binary_to_existing_atom(B, utf8) catch error:badarg -> undefined end;
app_atom(A) when is_atom(A) -> A;
app_atom(_) -> undefined.

%% The application's processes by group leader, from the last apps sweep (undefined without one).
app_process_count(App) ->
    case server_call(apps_peek) of
        {ok, #{App := {C, _, _, _, _}}} -> C;
        {ok, Result} when is_map(Result) -> 0;
        _ -> undefined
    end.

tree_root(App, Master, Req, CallT, Ctx) ->
    AppNode = #{key => atom_to_binary(App, utf8), kind => supervisor, status => running,
                id => App, pid => Master, pid_text => pid_text(Master), name => undefined,
                restart => undefined, shutdown => undefined, modules => undefined,
                flags => undefined, error => undefined, children_offset => 0},
    case timed(fun() -> application_master:get_child(Master) end, CallT) of
        {ok, {Top, Mod}} when is_pid(Top) ->
            %% Keyed by its registered name (stable across restarts), else by the callback module.
            Key = case erlang:process_info(Top, registered_name) of
                      {registered_name, Reg} when is_atom(Reg) -> atom_to_binary(Reg, utf8);
                      _ -> atom_to_binary(Mod, utf8)
                  end,
            Spec = #{id => Mod, pid => Top, type => supervisor, modules => [Mod], dynamic => false,
                     key => Key},
            {Walk, Truncated} = tree_walk(Top, Req, CallT, maps:get(tree_reds, Ctx)),
            MaxReads = max(1000, min(tree_max_reads(), opt(max_reads, Req, tree_max_reads()))),
            {Figures, Capped} = tree_figures(Walk, Ctx, MaxReads),
            Sort = opt(sort, Req, start),
            Offsets = tree_offsets(opt(offsets, Req, [])),
            Depth = max(0, min(64, opt(depth, Req, 64))),
            Limit = max(1, min(max_page_rows(), opt(page_limit, Req, 100))),
            T = #{walk => Walk, figures => Figures, totals => tree_totals(Walk, Figures), sort => Sort,
                  offsets => Offsets, limit => Limit, capped => Capped},
            {TopNode, _Left} = tree_node(Spec, T, Depth, tree_max_nodes()),
            Tot = maps:get(totals, TopNode),
            {AppNode#{own => {0, 0, 0, 0, 0}, totals => Tot, children => [TopNode], children_total => 1,
                      reads_capped => case Capped of true -> MaxReads; false -> undefined end},
             Truncated orelse Capped};
        {ok, _} ->
            {AppNode#{own => zero_totals(), totals => zero_totals(), children => [], children_total => 0}, false};
        Failed ->
            {AppNode#{status => not_answering, error => tree_error(Failed), own => zero_totals(),
                      totals => zero_totals(), children => [], children_total => undefined}, false}
    end.

zero_totals() -> {0, 0, 0, 0, undefined}.

tree_error(timeout) -> <<"did not answer in time">>;
tree_error({error, R}) -> bin_text(R);
tree_error(Other) -> truncate_term(Other).

tree_offsets(L) when is_list(L) ->
    maps:from_list([{P, Off} || {PidText, Off} <- L, is_integer(Off), Off > 0,
                                P <- [catch list_to_pid(binary_to_list(PidText))], is_pid(P)]);
tree_offsets(_) -> #{}.

%% Reads every supervisor of the tree, level by level, each level's at once: #{Sup =>
%% {ok, Info} | {failed, Why}}, and whether the supervisor cap cut it short.
tree_walk(Top, Req, CallT, Tab) ->
    tree_walk([Top], #{}, 0, Req, {CallT, Tab}).

tree_walk([], Acc, _N, _Req, _Opts) -> {Acc, false};
tree_walk(Level, Acc, N, Req, {CallT, Tab} = Opts) ->
    Read = par_timed([{S, fun() -> sup_info(S, CallT, Tab) end} || S <- Level], 3 * CallT + 100),
    Acc1 = maps:merge(Acc, Read),
    Next = lists:usort([P || {ok, #{children := Cs}} <- maps:values(Read),
                             #{pid := P, type := supervisor} <- Cs, is_pid(P),
                             not maps:is_key(P, Acc1)]),
    Room = tree_max_supervisors() - N - length(Level),
    case length(Next) > Room of
        true -> {element(1, tree_walk(lists:sublist(Next, max(0, Room)), Acc1, N + length(Level), Req, Opts)), true};
        false -> tree_walk(Next, Acc1, N + length(Level), Req, Opts)
    end.

%% Runs each fun in a process of its own, 64 at a time, all bounded by Ms: #{Key => {ok, V} |
%% {failed, timeout | Text}}.
par_timed(KeyFuns, Ms) ->
    par_timed(KeyFuns, Ms, #{}).

par_timed([], _Ms, Acc) -> Acc;
par_timed(KeyFuns, Ms, Acc) ->
    {Batch, Rest} = lists:split(min(64, length(KeyFuns)), KeyFuns),
    Started = [{K, spawn_monitor(fun() -> exit({value, F()}) end)} || {K, F} <- Batch],
    Deadline = erlang:monotonic_time(millisecond) + Ms,
    Got = lists:foldl(
            fun({K, {Pid, MRef}}, A) ->
                    Left = max(0, Deadline - erlang:monotonic_time(millisecond)),
                    R = receive
                            {'DOWN', MRef, process, Pid, {value, V}} -> V;
                            {'DOWN', MRef, process, Pid, Why} -> {failed, truncate_reason(Why)}
                        after Left ->
                            exit(Pid, kill),
                            receive {'DOWN', MRef, process, Pid, _} -> ok end,
                            {failed, timeout}
                        end,
                    A#{K => R}
            end, Acc, Started),
    par_timed(Rest, Ms, Got).

%% One supervisor, in its own process: {ok, #{children => [Child], flags, linked, parent}} or
%% {failed, timeout | Text}. A call that times out leaves no reply behind: this process ends.
sup_info(Sup, CallT, Tab) ->
    try gen_server:call(Sup, which_children, CallT) of
        WhichAll when is_list(WhichAll) ->
            N = length(WhichAll),
            %% Past the read cap the children would not be read anyway: every later pass over
            %% them (specs, totals, sorting) is bounded by it too.
            Which = case N > tree_max_reads() of
                        true -> lists:sublist(WhichAll, tree_max_reads());
                        false -> WhichAll
                    end,
            Dynamic = N > 0 andalso lists:all(fun({Id, _, _, _}) -> Id =:= undefined end, Which),
            Specs = case Dynamic orelse N =< tree_max_specs() of
                        true -> sup_specs(Sup, Which, Dynamic, CallT, Tab);
                        false -> #{}
                    end,
            %% which_children lists static children last started first; start order reads
            %% the other way (dynamic children come as the supervisor keeps them).
            Ordered = case Dynamic of
                          true -> Which;
                          false -> lists:reverse(Which)
                      end,
            Children = [child_of(C, Dynamic, Specs) || C <- Ordered],
            Flags = case N =< tree_max_state_children() of
                        true -> sup_flags(Sup, CallT);
                        false when Dynamic -> #{strategy => simple_one_for_one};
                        false -> undefined
                    end,
            %% A supervisor of 500,000 children has as many links: copying them and setting them
            %% against the children is most of a walk's time, for the few processes that may be
            %% linked besides; so that is only looked at below tree_max_state_children().
            {Links, Parent} = case N =< tree_max_state_children() andalso erlang:process_info(Sup, [links, dictionary]) of
                                  false -> {[], undefined};
                                  [{links, Ls}, {dictionary, D}] ->
                                      {[L || L <- Ls, is_pid(L), node(L) =:= node()],
                                       case proplists:get_value('$ancestors', D) of
                                           [P | _] when is_pid(P) -> P;
                                           [Name | _] when is_atom(Name) -> whereis(Name);
                                           _ -> undefined
                                       end};
                                  undefined -> {[], undefined}
                              end,
            Kids = maps:from_list([{P, true} || #{pid := P} <- Children, is_pid(P)]),
            Linked = [L || L <- Links, L =/= Parent, not maps:is_key(L, Kids)],
            {ok, #{children => Children, flags => Flags, linked => Linked, count => N}}
    catch
        exit:{timeout, _} -> {failed, timeout};
        exit:{noproc, _} -> {failed, <<"the supervisor is gone">>};
        exit:{Reason, _} -> {failed, truncate_reason(Reason)}
    end.

child_of({Id, Child, Type, Mods}, Dynamic, Specs) ->
    Spec = case Dynamic of
               true -> Specs;
               false -> maps:get(Id, Specs, #{})
           end,
    #{id => Id, pid => Child, type => Type, modules => Mods, dynamic => Dynamic,
      restart => maps:get(restart, Spec, undefined), shutdown => maps:get(shutdown, Spec, undefined)}.

%% Restart and shutdown: one child spec call per static child (up to tree_max_specs()), one
%% for all the children of a simple_one_for_one supervisor. A spec cannot change under a running
%% child (changing it means deleting the child), so what was read is kept by the child's pid (or
%% the simple_one_for_one supervisor's) in the server's tree table, and a walk every second
%% asks a supervisor only for children it has not seen; unused entries go after a minute.
sup_specs(Sup, [{_, Child, _, _} | _], true, CallT, Tab) when is_pid(Child) ->
    case kept_spec(Tab, {template, Sup}, fun() -> gen_server:call(Sup, {get_childspec, Child}, CallT) end) of
        {ok, Spec} -> Spec;
        error -> #{}
    end;
sup_specs(_Sup, _Which, true, _CallT, _Tab) -> #{};
sup_specs(Sup, Which, false, CallT, Tab) ->
    maps:from_list([{Id, Spec} || {Id, Child, _, _} <- Which,
                                  {ok, Spec} <- [case is_pid(Child) of
                                                     true -> kept_spec(Tab, {spec, Child}, fun() -> gen_server:call(Sup, {get_childspec, Id}, CallT) end);
                                                     false -> read_spec(fun() -> gen_server:call(Sup, {get_childspec, Id}, CallT) end)
                                                 end]]).

kept_spec(Tab, Key, Read) ->
    Now = erlang:monotonic_time(millisecond),
    case ets:lookup(Tab, Key) of
        [{_, Spec, _}] ->
            ets:update_element(Tab, Key, {3, Now}),
            {ok, Spec};
        [] ->
            case read_spec(Read) of
                {ok, Spec} -> ets:insert(Tab, {Key, Spec, Now}), {ok, Spec};
                error -> error
            end
    end.

%% The two fields a tree shows, from a child spec call.
read_spec(Read) ->
    case catch Read() of
        {ok, Spec} when is_map(Spec) -> {ok, maps:with([restart, shutdown], Spec)};
        _ -> error
    end.

%% Strategy, intensity and period from the supervisor's state: a record whose fields 3, 6 and 7
%% have held them since OTP 19 (checked, not trusted: anything else gives no flags).
sup_flags(Sup, CallT) ->
    case catch sys:get_state(Sup, CallT) of
        State when is_tuple(State), tuple_size(State) >= 7, element(1, State) =:= state ->
            case {element(3, State), element(6, State), element(7, State)} of
                {S, I, P} when is_atom(S), is_integer(I), is_integer(P) ->
                    #{strategy => S, intensity => I, period => P};
                _ -> undefined
            end;
        _ -> undefined
    end.

%% Every process of the tree read once: #{Pid => {Name, {Mem, Queue, Reds, RedsPerSec | undefined}}}.
tree_figures(Walk, #{tree_reds := Reds}, MaxReads) ->
    Sups = maps:keys(Walk),
    Others = [P || {ok, #{children := Cs}} <- maps:values(Walk), #{pid := P} <- Cs, is_pid(P)]
             ++ [P || {ok, #{linked := Ls}} <- maps:values(Walk), P <- Ls],
    Pids = lists:usort(Sups ++ lists:sublist(Others, max(0, MaxReads - length(Sups)))),
    Now = erlang:monotonic_time(millisecond),
    Read = fun(P, Acc) ->
                   case erlang:process_info(P, [registered_name, memory, message_queue_len, reductions]) of
                       [{_, Name}, {_, M}, {_, Q}, {_, R}] ->
                           Rate = case ets:lookup(Reds, P) of
                                      [{_, R0, T0}] when Now > T0 -> max(0, (R - R0) * 1000 div (Now - T0));
                                      _ -> undefined
                                  end,
                           Acc#{P => {case Name of [] -> undefined; _ -> Name end, {M, Q, R, Rate}}};
                       undefined -> Acc
                   end
           end,
    Figures = lists:foldl(Read, #{}, Pids),
    %% One insert for the walk, not one per process.
    ets:insert(Reds, [{P, R, Now} || {P, {_, {_, _, R, _}}} <- maps:to_list(Figures)]),
    Cut = lists:any(fun({ok, #{children := Cs, count := N}}) -> N > length(Cs); (_) -> false end, maps:values(Walk)),
    {Figures, Cut orelse length(Sups) + length(Others) > MaxReads}.

%% Subtree totals of every supervisor read, bottom up, each subtree summed once:
%% #{SupPid => Totals}.
tree_totals(Walk, Figures) ->
    lists:foldl(fun(Sup, Acc) -> element(2, sup_totals(Sup, Walk, Figures, Acc)) end,
                #{}, maps:keys(Walk)).

sup_totals(Sup, Walk, Figures, Acc) ->
    case Acc of
        #{Sup := T} -> {T, Acc};
        _ ->
            Own = own_totals(Sup, Figures),
            {Sum, Acc1} = case maps:get(Sup, Walk) of
                              {ok, #{children := Cs}} ->
                                  lists:foldl(fun(#{pid := P, type := supervisor}, {S, A}) when is_pid(P), is_map_key(P, Walk) ->
                                                      {T, A1} = sup_totals(P, Walk, Figures, A),
                                                      {[T | S], A1};
                                                 (#{pid := P}, {S, A}) -> {[own_totals(P, Figures) | S], A}
                                              end, {[], Acc}, Cs);
                              _ -> {[], Acc}
                          end,
            T = sum_totals([Own | Sum]),
            {T, Acc1#{Sup => T}}
    end.

own_totals(P, Figures) when is_pid(P) ->
    case maps:find(P, Figures) of
        {ok, {_, {M, Q, R, Rate}}} -> {1, M, Q, R, Rate};
        error -> zero_totals()
    end;
own_totals(_, _) -> zero_totals().

child_totals(#{pid := P}, Totals, Figures) ->
    case is_pid(P) andalso maps:find(P, Totals) of
        {ok, T} -> T;
        _ -> own_totals(P, Figures)
    end.

%% A child as sent: {Node, NodesLeft}. Its totals count its whole subtree; its children are
%% sorted by theirs and one page of them is sent, down to Depth levels and within the node cap.
tree_node(Spec, T, Depth, Left) ->
    #{walk := Walk, figures := Figures, totals := Totals, sort := Sort, offsets := Offsets, limit := Limit,
      capped := Capped} = T,
    #{id := Id, pid := Pid, type := Type, modules := Mods, dynamic := Dynamic} = Spec,
    {Name, Status0} = case is_pid(Pid) of
                          true ->
                              case maps:find(Pid, Figures) of
                                  {ok, {N, _}} -> {N, running};
                                  error when Capped -> {undefined, not_read};
                                  error -> {undefined, gone}
                              end;
                          false when Pid =:= restarting -> {undefined, restarting};
                          false -> {undefined, not_running}
                      end,
    Key = case Dynamic of
              _ when is_map_key(key, Spec) -> maps:get(key, Spec);
              true when is_pid(Pid) -> pid_text(Pid);
              true -> iolist_to_binary(io_lib:format("~tp-~w", [Pid, erlang:unique_integer([positive])]));
              false -> iolist_to_binary(io_lib:format("~0tp", [Id]))
          end,
    Base = #{key => Key, kind => Type, status => Status0,
             id => case Dynamic of true -> undefined; false -> prune(Id, #{depth => 4, width => 10, binary_bytes => 64}) end,
             pid => Pid, pid_text => case is_pid(Pid) of true -> pid_text(Pid); false -> undefined end,
             name => Name, restart => maps:get(restart, Spec, undefined),
             shutdown => maps:get(shutdown, Spec, undefined),
             modules => Mods, flags => undefined, error => undefined,
             own => own_totals(Pid, Figures), totals => child_totals(Spec, Totals, Figures),
             children => [], children_total => undefined, children_offset => 0},
    case Type =:= supervisor andalso is_pid(Pid) andalso maps:find(Pid, Walk) of
        {ok, {ok, #{children := Cs, flags := Flags, linked := Linked} = Info}} ->
            Sorted = tree_sort(Cs, Sort, Totals, Figures),
            Offset = min(maps:get(Pid, Offsets, 0), max(0, length(Sorted) - 1)),
            Shown = lists:sublist(lists:nthtail(min(Offset, length(Sorted)), Sorted), Limit),
            {Page, Left1} = case Depth > 0 of
                                true ->
                                    lists:foldl(fun(C, {Acc, L}) when L > 0 ->
                                                        {Node, L1} = tree_node(C, T, Depth - 1, L - 1),
                                                        {[Node | Acc], L1};
                                                   (_, Acc) -> Acc
                                                end, {[], Left}, Shown);
                                false -> {[], Left}
                            end,
            Group = case Linked of
                        [_ | _] when Depth > 0, Left1 > 0 ->
                            LinkedNodes = [linked_node(L, Figures) || L <- Linked],
                            [#{key => <<"$linked">>, kind => linked_group, status => running,
                               id => undefined, pid => undefined, pid_text => undefined, name => undefined,
                               restart => undefined, shutdown => undefined, modules => undefined,
                               flags => undefined, error => undefined, own => zero_totals(),
                               totals => sum_totals([maps:get(totals, L) || L <- LinkedNodes]),
                               children => lists:sublist(LinkedNodes, Limit),
                               children_total => length(LinkedNodes), children_offset => 0}];
                        _ -> []
                    end,
            {Base#{flags := Flags, children := lists:reverse(Page) ++ Group,
                   children_total := maps:get(count, Info, length(Cs)), children_offset := Offset},
             Left1 - length(Group) * (1 + min(Limit, length(Linked)))};
        {ok, {failed, Why}} ->
            {Base#{status := not_answering, error := tree_error_text(Why)}, Left};
        _ when Type =:= supervisor, is_pid(Pid), Status0 =:= running ->
            {Base#{error := <<"not read: the tree is larger than Beamtop reads at once">>}, Left};
        _ ->
            {Base, Left}
    end.

tree_error_text(timeout) -> <<"did not answer in time (busy, hung, or restarting)">>;
tree_error_text(T) -> bin_text(T).

linked_node(P, Figures) ->
    {Name, Own, Status} = case maps:find(P, Figures) of
                              {ok, {N, {M, Q, R, Rate}}} -> {N, {1, M, Q, R, Rate}, running};
                              error -> {undefined, zero_totals(), gone}
                          end,
    #{key => pid_text(P), kind => linked, status => Status, id => undefined, pid => P,
      pid_text => pid_text(P), name => Name, restart => undefined, shutdown => undefined,
      modules => undefined, flags => undefined, error => undefined, own => Own, totals => Own,
      children => [], children_total => undefined, children_offset => 0}.

sum_totals(Ts) ->
    lists:foldl(fun({C, M, Q, R, Rate}, {C0, M0, Q0, R0, Rate0}) ->
                        {C0 + C, M0 + M, Q0 + Q, R0 + R,
                         case {Rate, Rate0} of
                             {undefined, _} -> Rate0;
                             {_, undefined} -> Rate;
                             _ -> Rate + Rate0
                         end}
                end, zero_totals(), Ts).

%% Children by their subtree totals, heaviest first (ties in the supervisor's order); start
%% keeps the supervisor's order.
tree_sort(Cs, Sort, Totals, Figures) ->
    Pos = case Sort of
              processes -> 1;
              memory -> 2;
              message_queue_len -> 3;
              reductions -> 5;
              _ -> 0
          end,
    case Pos of
        0 -> Cs;
        _ ->
            Keyed = [{-sort_value(element(Pos, child_totals(C, Totals, Figures))), I, C}
                     || {I, C} <- lists:zip(lists:seq(1, length(Cs)), Cs)],
            [C || {_, _, C} <- lists:sort(Keyed)]
    end.

sort_value(undefined) -> 0;
sort_value(V) -> V.
