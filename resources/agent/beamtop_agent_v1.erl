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
-export([proc_page/1, set_budget/1]).
-export([proc_details/2, proc_messages/2, proc_action/2]).
-export([server_start/2]).
-export([scheduler_sample/1]).


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
    server_call(What, []).

server_call(What, Args) ->
    case whereis(beamtop_agent_v1) of
        undefined -> {error, not_running};
        Server ->
            Ref = erlang:monitor(process, Server),
            Server ! list_to_tuple([What, self(), Ref | Args]),
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
            Now = erlang:monotonic_time(microsecond),
            erlang:send_after(work_tick_ms(), self(), work),
            server_loop(#{sessions => #{}, flags => [], busy_us => 0, calls => 0,
                          since => Now,
                          %% Budget: share of one scheduler the agent may spend on background
                          %% work (ranking sweeps); tokens are microseconds of work allowed now.
                          budget => 0.02, tokens => 0, refilled => Now,
                          rankings => #{}})
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
        {suspend, From, Ref, Pid} ->
            %% A suspension ends when the suspending process dies, so the server holds it.
            Result = (catch erlang:suspend_process(Pid)),
            Suspended = maps:get(suspended, State, []),
            From ! {Ref, Result},
            server_loop(State#{suspended => case Result of
                                                 true -> [Pid | Suspended];
                                                 _ -> Suspended
                                             end});
        {resume, From, Ref, Pid} ->
            Suspended = maps:get(suspended, State, []),
            Result = case lists:member(Pid, Suspended) of
                         true -> catch erlang:resume_process(Pid);
                         false -> not_suspended_by_beamtop
                     end,
            From ! {Ref, Result},
            server_loop(State#{suspended => lists:delete(Pid, Suspended)});
        {set_budget, From, Ref, Budget} ->
            From ! {Ref, ok},
            server_loop(State#{budget := Budget});
        {proc_page, From, Ref, Req} ->
            T0 = erlang:monotonic_time(microsecond),
            {Reply, State1} = serve_page(Req, State),
            From ! {Ref, Reply},
            server_loop(charge(State1, erlang:monotonic_time(microsecond) - T0));
        {sched_enable, From, Ref} ->
            {Reply, State1} = sched_enable(State),
            From ! {Ref, Reply},
            server_loop(State1);
        work ->
            erlang:send_after(work_tick_ms(), self(), work),
            server_loop(background_work(State));
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
    sched_restore(State),
    %% Processes suspended through Beamtop run again when Beamtop goes.
    lists:foreach(fun(P) -> catch erlang:resume_process(P) end, maps:get(suspended, State, [])),
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

%% ---------------------------------------------------------------------------------------
%% Process ranking
%%
%% Ranking a million processes every second would cost the node seconds of CPU. Instead the
%% server keeps, per requested ranking (sort key, mode, filter), a sorted tuple of pids built
%% by an incremental sweep that runs only while the budget has tokens. A page request reads
%% rows at an offset from the last complete ranking (or the sweep in progress, before the first
%% one completes) and refreshes just those rows with fresh process_info. So the cost on screen
%% is per row shown, and the background cost is capped by the budget whatever the node's size.
%% Rankings nobody asked for in a while are dropped.

work_tick_ms() -> 50.
ranking_idle_drop_ms() -> 30000.
max_page_rows() -> 500.

set_budget(Fraction) when is_number(Fraction), Fraction > 0, Fraction =< 1 ->
    server_call(set_budget, [Fraction]).

%% Req: #{sort => memory | reductions | message_queue_len | total_heap_size | binary_memory,
%%        mode => absolute | window, filter => binary(), offset => N, limit => N,
%%        interval_ms => N (how fresh the ranking should be), pids => [pid()] (rows to refresh
%%        beside the page, e.g. the selection)}.
proc_page(Req) when is_map(Req) ->
    server_call(proc_page, [Req]).

charge(State, Us) ->
    State#{busy_us := maps:get(busy_us, State) + Us,
           tokens := maps:get(tokens, State) - Us}.

ranking_key(Req) ->
    {sort_key(maps:get(sort, Req, memory)), mode(maps:get(mode, Req, absolute)),
     normalize_filter(maps:get(filter, Req, <<>>))}.

sort_key(K) when K =:= memory; K =:= reductions; K =:= message_queue_len;
                 K =:= total_heap_size; K =:= binary_memory -> K;
sort_key(_) -> memory.

mode(window) -> window;
mode(_) -> absolute.

normalize_filter(F) when is_binary(F) -> string:lowercase(F);
normalize_filter(F) when is_list(F) -> string:lowercase(unicode:characters_to_binary(F));
normalize_filter(_) -> <<>>.

serve_page(Req, State) ->
    Now = erlang:monotonic_time(millisecond),
    Key = ranking_key(Req),
    Rankings = maps:get(rankings, State),
    Interval = max(250, min(60000, maps:get(interval_ms, Req, 1000))),
    R0 = case maps:find(Key, Rankings) of
             {ok, R} -> R;
             error -> new_ranking(Key)
         end,
    R1 = R0#{requested => Now, interval => Interval},
    %% A new ranking gets a first step right away so first rows come without waiting a tick.
    {R2, State1} = case maps:get(tuple, R1) =:= undefined andalso maps:get(sweep, R1) =:= undefined of
                       true -> first_step(R1, State);
                       false -> {R1, State}
                   end,
    Offset = max(0, maps:get(offset, Req, 0)),
    Limit = max(0, min(max_page_rows(), maps:get(limit, Req, 50))),
    {Total, Slice} = slice(R2, Offset, Limit),
    Extra = [P || P <- maps:get(pids, Req, []), is_pid(P), node(P) =:= node()],
    %% The cache of what rows keep (initial call, application, label) starts over when it is
    %% large or a minute old, so it stays small and a label set later shows within a minute.
    Kept = maps:get(row_cache, State1, #{}),
    CacheAge = Now - maps:get(row_cache_at, State1, Now),
    {Cache0, CacheAt} = case map_size(Kept) > 4 * max_page_rows() orelse CacheAge > 60000 of
                            true -> {#{}, Now};
                            false -> {Kept, maps:get(row_cache_at, State1, Now)}
                        end,
    {Rows, Cache1} = lists:mapfoldl(fun({P, V}, C) -> row(P, V, C) end, Cache0, Slice),
    {ExtraRows, Cache2} = lists:mapfoldl(fun(P, C) -> row(P, undefined, C) end, Cache1,
                                         lists:sublist(Extra, max_page_rows())),
    Reply = #{total => Total,
              %% The node's clock when the rows were read, so rates between refreshes do not
              %% depend on how long the replies took to travel.
              sampled_at_ms => erlang:monotonic_time(millisecond),
              offset => Offset,
              rows => Rows,
              extra => ExtraRows,
              process_count => erlang:system_info(process_count),
              ranked_at_ms_ago => case maps:get(completed_at, R2) of
                                      undefined -> undefined;
                                      T -> Now - T
                                  end,
              last_sweep_ms => maps:get(last_sweep_ms, R2),
              %% In window mode the values are rates only once a sweep had a previous one.
              window_valid => maps:get(window_valid, R2),
              sweep => sweep_progress(R2),
              budget => maps:get(budget, State1)},
    {Reply, State1#{rankings := (maps:get(rankings, State1))#{Key => R2}, row_cache => Cache2, row_cache_at => CacheAt}}.

new_ranking({Sort, Mode, Filter}) ->
    #{sort => Sort, mode => Mode, filter => Filter,
      tuple => undefined, values => undefined, completed_at => undefined, last_sweep_ms => undefined,
      sweep => undefined, prev => undefined, requested => 0, interval => 1000,
      window_valid => false}.

%% Charged by the caller, which times the whole page.
first_step(R, State) ->
    {sweep_step(start_sweep(R), 2000), State}.

sweep_progress(R) ->
    case maps:get(sweep, R) of
        undefined -> complete;
        S -> #{done => maps:get(done, S), total => maps:get(total, S)}
    end.

%% Rows at [Offset, Offset + Limit) of the best ranking available, as {Pid, RankValue}.
slice(R, Offset, Limit) ->
    case maps:get(tuple, R) of
        undefined ->
            case maps:get(sweep, R) of
                undefined -> {0, []};
                S -> partial_slice(maps:get(tab, S), Offset, Limit)
            end;
        Pids ->
            Values = maps:get(values, R),
            Size = tuple_size(Pids),
            Last = min(Size, Offset + Limit),
            {Size, [{element(I, Pids), element(I, Values)} || I <- lists:seq(Offset + 1, Last)]}
    end.

%% Before the first ranking completes: what the sweep has ranked so far.
partial_slice(Tab, Offset, Limit) ->
    Size = ets:info(Tab, size),
    case Offset >= Size of
        true -> {Size, []};
        false ->
            Walk = ets:select(Tab, [{{{'$1', '$2'}}, [], [{{'$2', '$1'}}]}], Offset + Limit),
            case Walk of
                {Found, _} -> {Size, [{P, -NegV} || {P, NegV} <- lists:nthtail(min(Offset, length(Found)), Found)]};
                '$end_of_table' -> {Size, []}
            end
    end.

background_work(State) ->
    Now = erlang:monotonic_time(microsecond),
    Budget = maps:get(budget, State),
    Elapsed = Now - maps:get(refilled, State),
    %% Tokens accrue at the budget rate; a burst is capped at one second's worth, so a long
    %% idle spell never turns into a long busy one.
    Tokens = min(maps:get(tokens, State) + Elapsed * Budget, 1000000 * Budget),
    NowMs = Now div 1000,
    Rankings = maps:filter(fun(_, R) -> NowMs - maps:get(requested, R) < ranking_idle_drop_ms() end,
                           maps:get(rankings, State)),
    lists:foreach(fun(R) -> drop_tables(R) end,
                  maps:values(maps:without(maps:keys(Rankings), maps:get(rankings, State)))),
    work_loop(State#{tokens := Tokens, refilled := Now, rankings := Rankings}).

work_loop(State) ->
    Tokens = maps:get(tokens, State),
    NowMs = erlang:monotonic_time(millisecond),
    Due = [K || {K, R} <- maps:to_list(maps:get(rankings, State)), needs_work(R, NowMs)],
    case {Tokens > 0, Due} of
        {true, [Key | _]} ->
            T0 = erlang:monotonic_time(microsecond),
            R = maps:get(Key, maps:get(rankings, State)),
            R1 = case maps:get(sweep, R) of
                     undefined -> start_sweep(R);
                     _ -> R
                 end,
            %% Each step aims at a slice of the tokens so no single step holds the server long.
            R2 = sweep_step(R1, max(200, min(Tokens, 5000))),
            Us = erlang:monotonic_time(microsecond) - T0,
            State1 = charge(State#{rankings := (maps:get(rankings, State))#{Key => R2}}, Us),
            work_loop(State1);
        _ ->
            State
    end.

needs_work(R, NowMs) ->
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
    Pids = erlang:processes(),
    Tab = ets:new(beamtop_rank, [ordered_set, private]),
    R#{sweep => #{pending => Pids, tab => Tab, done => 0, total => length(Pids),
                  started => erlang:monotonic_time(millisecond), phase => scan,
                  cur => case maps:get(mode, R) of
                             window -> ets:new(beamtop_prev, [set, private]);
                             absolute -> undefined
                         end}}.

%% One bounded step of the sweep: scan pids until about BudgetUs microseconds are used, or
%% finish the ranking.
sweep_step(R, BudgetUs) ->
    S = maps:get(sweep, R),
    Deadline = erlang:monotonic_time(microsecond) + round(BudgetUs),
    case maps:get(phase, S) of
        scan ->
            {Pending, Done} = scan(maps:get(pending, S), R, S, Deadline, maps:get(done, S)),
            S1 = S#{pending := Pending, done := Done},
            case Pending of
                [] -> finish_sweep(R#{sweep := S1});
                _ -> R#{sweep := S1}
            end
    end.

scan([], _R, _S, _Deadline, Done) ->
    {[], Done};
scan(Pids, R, S, Deadline, Done) ->
    {Chunk, Rest} = split(64, Pids),
    lists:foreach(fun(P) -> rank_one(P, R, S) end, Chunk),
    Done1 = Done + length(Chunk),
    case erlang:monotonic_time(microsecond) >= Deadline of
        true -> {Rest, Done1};
        false -> scan(Rest, R, S, Deadline, Done1)
    end.

split(N, L) ->
    split(N, L, []).
split(0, L, Acc) -> {Acc, L};
split(_, [], Acc) -> {Acc, []};
split(N, [H | T], Acc) -> split(N - 1, T, [H | Acc]).

rank_one(P, R, S) ->
    Sort = maps:get(sort, R),
    case matches(P, maps:get(filter, R)) andalso metric(P, Sort) of
        false -> ok;
        undefined -> ok;
        V ->
            Value = case maps:get(mode, R) of
                        absolute -> V;
                        window ->
                            ets:insert(maps:get(cur, S), {P, V}),
                            windowed(P, V, R)
                    end,
            ets:insert(maps:get(tab, S), {{-Value, P}})
    end.

%% Change since the previous sweep, per second. A process first seen now counts from zero
%% for queue and memory growth; for reductions its whole count is recent work.
windowed(P, V, R) ->
    case {maps:get(prev, R), maps:get(completed_at, R)} of
        {undefined, _} -> 0;
        {_, undefined} -> 0;
        {Prev, At} ->
            Dt = max(1, erlang:monotonic_time(millisecond) - At + maps:get(last_sweep_ms, R, 0)),
            Before = case {ets:lookup(Prev, P), maps:get(sort, R)} of
                         {[{_, B}], _} -> B;
                         {[], reductions} -> 0;
                         {[], _} -> V
                     end,
            (V - Before) * 1000 div Dt
    end.

metric(P, binary_memory) ->
    case erlang:process_info(P, binary) of
        {binary, Bins} -> lists:foldl(fun({_, Size, _}, A) -> A + Size end, 0, Bins);
        undefined -> undefined
    end;
metric(P, Key) ->
    case erlang:process_info(P, Key) of
        {Key, V} -> V;
        undefined -> undefined
    end.

matches(_P, <<>>) -> true;
matches(P, Filter) ->
    Text = string:lowercase(unicode:characters_to_binary(
                              io_lib:format("~w ~tw ~tw ~tw ~tw",
                                            [P, name_of(P), initial_call(P),
                                             element2(erlang:process_info(P, current_function)),
                                             application_of(P)]))),
    binary:match(Text, Filter) =/= nomatch.

element2({_, V}) -> V;
element2(_) -> undefined.

finish_sweep(R) ->
    S = maps:get(sweep, R),
    Tab = maps:get(tab, S),
    Ranked = ets:select(Tab, [{{{'$1', '$2'}}, [], [{{'$2', '$1'}}]}]),
    ets:delete(Tab),
    Now = erlang:monotonic_time(millisecond),
    case maps:get(prev, R) of
        undefined -> ok;
        OldPrev -> ets:delete(OldPrev)
    end,
    R#{tuple := list_to_tuple([P || {P, _} <- Ranked]),
       values := list_to_tuple([-NegV || {_, NegV} <- Ranked]),
       completed_at := Now,
       last_sweep_ms := Now - maps:get(started, S),
       prev := maps:get(cur, S),
       window_valid := maps:get(prev, R) =/= undefined,
       sweep := undefined}.

%% One row for the table: {Pid, PidText, Name, InitialCall, CurrentFunction, Memory,
%% Reductions, MessageQueueLen, BinaryMemory, TotalHeapSize, Status, Application, RankValue}.
%% A process that died since it was ranked comes back with status exited and zero metrics.
%%
%% Reading another process's info is a signal the target handles and is charged for, so a row
%% costs one process_info call: what does not change after start (initial call through
%% proc_lib, application, label) is read once and kept in Cache, a map bounded by the caller.
row(P, RankValue, Cache) ->
    Live = [memory, reductions, message_queue_len, total_heap_size, status, current_function,
            registered_name, binary],
    Items = case maps:is_key(P, Cache) of
                true -> Live;
                false -> Live ++ [dictionary, initial_call, group_leader]
            end,
    case erlang:process_info(P, Items) of
        undefined ->
            {{P, pid_text(P), undefined, undefined, undefined, 0, 0, 0, 0, 0, exited, undefined,
              RankValue}, maps:remove(P, Cache)};
        Info ->
            [{memory, Mem}, {reductions, Reds}, {message_queue_len, Q}, {total_heap_size, Heap},
             {status, Status}, {current_function, Cur}, {registered_name, Reg}, {binary, Bins}
             | Once] = Info,
            {Initial, App, Label} = case Once of
                                        [] -> maps:get(P, Cache);
                                        _ -> once_items(Once)
                                    end,
            Name = case Reg of
                       [] -> Label;
                       _ -> Reg
                   end,
            BinMem = lists:foldl(fun({_, Size, _}, A) -> A + Size end, 0, Bins),
            {{P, pid_text(P), Name, Initial, Cur, Mem, Reds, Q, BinMem, Heap, Status, App,
              RankValue}, Cache#{P => {Initial, App, Label}}}
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

name_of(P) ->
    case erlang:process_info(P, registered_name) of
        {registered_name, Name} when is_atom(Name) -> Name;
        _ -> label_of(P)
    end.

%% Process labels arrived in OTP 27 (proc_lib:set_label/1).
label_of(P) ->
    case erlang:function_exported(proc_lib, get_label, 1) of
        true ->
            case catch proc_lib:get_label(P) of
                undefined -> undefined;
                {'EXIT', _} -> undefined;
                Label -> {label, truncate_term(Label)}
            end;
        false -> undefined
    end.

truncate_term(T) ->
    unicode:characters_to_binary(io_lib:format("~tP", [T, 6])).

%% The initial call a person recognises: what proc_lib recorded for gen_servers and friends,
%% else the real one. (proc_lib:translate_initial_call/1 answers {proc_lib,init_p,5} for
%% processes proc_lib did not start, which says nothing.)
initial_call(P) ->
    case erlang:process_info(P, dictionary) of
        {dictionary, Dict} ->
            case lists:keyfind('$initial_call', 1, Dict) of
                {_, {M, F, A}} when is_atom(M), is_atom(F), is_integer(A) -> {M, F, A};
                _ -> element2(erlang:process_info(P, initial_call))
            end;
        undefined -> undefined
    end.

application_of(P) ->
    case catch application:get_application(P) of
        {ok, App} -> App;
        _ -> undefined
    end.

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

proc_details(Pid, Opts) when is_pid(Pid), is_map(Opts) ->
    bounded(fun() -> details(Pid, Opts) end, Opts).

details(Pid, Opts) ->
    Items = [registered_name, initial_call, current_function, status, priority, trap_exit,
             group_leader, links, monitors, monitored_by, reductions, memory, heap_size,
             stack_size, total_heap_size, message_queue_len, garbage_collection,
             garbage_collection_info, error_handler, suspending],
    case erlang:process_info(Pid, Items) of
        undefined -> #{alive => false};
        Info0 ->
            Info = maps:from_list(Info0),
            Cap = maps:get(list_cap, Opts, 100),
            Bins = case erlang:process_info(Pid, binary) of
                       {binary, Bs} -> Bs;
                       undefined -> []
                   end,
            %% Shared binaries appear once per reference; count each once.
            Unique = lists:ukeysort(1, Bins),
            Largest = lists:sublist(lists:reverse(lists:keysort(2, Unique)), 10),
            Dict = case erlang:process_info(Pid, dictionary) of
                       {dictionary, D} -> D;
                       undefined -> []
                   end,
            Stack = case erlang:process_info(Pid, current_stacktrace) of
                        {current_stacktrace, S} -> S;
                        undefined -> []
                    end,
            #{alive => true,
              pid_text => pid_text(Pid),
              name => name_of(Pid),
              initial_call => initial_call(Pid),
              raw_initial_call => maps:get(initial_call, Info),
              current_function => maps:get(current_function, Info),
              status => maps:get(status, Info),
              priority => maps:get(priority, Info),
              trap_exit => maps:get(trap_exit, Info),
              group_leader => maps:get(group_leader, Info),
              application => application_of(Pid),
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

%% The first N messages. Copying a long queue costs the node, so past 10,000 messages nothing
%% is copied unless the caller says force; even then only N are sent.
proc_messages(Pid, Opts) when is_pid(Pid), is_map(Opts) ->
    N = min(maps:get(count, Opts, 100), 100),
    Force = maps:get(force, Opts, false),
    bounded(fun() ->
                    case erlang:process_info(Pid, message_queue_len) of
                        undefined -> #{alive => false};
                        {message_queue_len, Len} when Len > 10000, Force =/= true ->
                            #{alive => true, refused => true, length => Len};
                        {message_queue_len, Len} ->
                            case erlang:process_info(Pid, messages) of
                                {messages, Ms} ->
                                    #{alive => true, refused => false, length => Len,
                                      messages => [prune(M, Opts) || M <- lists:sublist(Ms, N)]};
                                undefined -> #{alive => false}
                            end
                    end
            end, Opts).

%% gc | suspend | resume | kill
proc_action(Pid, gc) when is_pid(Pid) ->
    case erlang:is_process_alive(Pid) of
        true -> erlang:garbage_collect(Pid);
        false -> {error, not_alive}
    end;
proc_action(Pid, kill) when is_pid(Pid) ->
    exit(Pid, kill);
proc_action(Pid, suspend) when is_pid(Pid) ->
    server_call(suspend, [Pid]);
proc_action(Pid, resume) when is_pid(Pid) ->
    server_call(resume, [Pid]).

%% ---------------------------------------------------------------------------------------
%% Schedulers
%%
%% Utilisation comes from scheduler_wall_time: per scheduler, the time it was busy and the time
%% that passed. The flag is reference-counted per process: it stays on while any process that
%% turned it on lives and has not turned it off. So the server, which lives exactly as long as
%% some Beamtop is attached, turns it on for itself at the first request (not before: measuring
%% costs the node a little) and off again in unload/1; if it dies instead, its count goes with
%% it. Either way the node is left as it was, whether something else had the flag on or not.

%% Opts: timeout_ms and max_bytes as for bounded/2; window_ms (0..2000): take a first sample
%% that long before the second, so that one call already gives utilisation. The wait happens
%% between two bounded readings, so it is not counted as the agent's work.
scheduler_sample(Opts) when is_map(Opts) ->
    case server_call(sched_enable) of
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

sched_enable(State) ->
    case maps:find(sched_wall_time, State) of
        {ok, WasOn} ->
            {{ok, WasOn}, State};
        error ->
            WasOn = erlang:system_flag(scheduler_wall_time, true),
            {{ok, WasOn}, State#{sched_wall_time => WasOn}}
    end.

%% Takes back the server's own count; other processes' counts stay as they were.
sched_restore(State) ->
    case maps:is_key(sched_wall_time, State) of
        true -> catch erlang:system_flag(scheduler_wall_time, false);
        false -> ok
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
