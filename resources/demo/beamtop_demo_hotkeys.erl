%% SPDX-License-Identifier: GPL-3.0-or-later
%% Mnesia transactions that restart under contention.
%%
%%   beamtop_demo_hotkey  ram_copies, set: ?KEYS counters
%%
%% ?WORKERS processes (beamtop_demo_hotkeys_1..N) each run, every ?PERIOD_MS,
%% a transaction that reads two of the keys under read locks, pauses briefly
%% and then writes both: the read-to-write lock upgrade of two transactions
%% holding the same key makes Mnesia restart the younger one. The workers
%% tick together, so they collide every round: about ten commits and a few
%% restarts a second (restarts back off, so a round can take longer than
%% ?PERIOD_MS), for about half a percent of a core.
-module(beamtop_demo_hotkeys).
-behaviour(gen_server).

-export([create_table/0, workers/0, start_link/1]).
-export([init/1, handle_call/3, handle_cast/2, handle_info/2]).

-record(beamtop_demo_hotkey, {key, value, updated}).

-define(KEYS, 3).
-define(WORKERS, 4).
-define(PERIOD_MS, 200).
-define(HOLD_MS, 10).   % pause inside the transaction, holding its read locks

-spec create_table() -> ok.
create_table() ->
    Opts = [{ram_copies, [node()]},
            {attributes, record_info(fields, beamtop_demo_hotkey)}],
    case mnesia:create_table(beamtop_demo_hotkey, Opts) of
        {atomic, ok} -> ok;
        {aborted, {already_exists, beamtop_demo_hotkey}} -> ok
    end,
    ok = mnesia:wait_for_tables([beamtop_demo_hotkey], 30000),
    Seed = fun() ->
                   [mnesia:write(#beamtop_demo_hotkey{key = K, value = 0, updated = 0})
                    || K <- lists:seq(1, ?KEYS)],
                   ok
           end,
    {atomic, ok} = mnesia:transaction(Seed),
    ok.

-spec workers() -> [pos_integer()].
workers() ->
    lists:seq(1, ?WORKERS).

start_link(N) ->
    Name = list_to_atom("beamtop_demo_hotkeys_" ++ integer_to_list(N)),
    gen_server:start_link({local, Name}, ?MODULE, N, []).

init(N) ->
    next_tick(),
    {ok, #{worker => N, committed => 0, aborted => 0, attempts => 0}}.

%% attempts - committed - aborted = the restarts this worker went through.
handle_call(stats, _From, State) ->
    {reply, maps:with([committed, aborted, attempts], State), State};
handle_call(_Request, _From, State) ->
    {reply, {error, unknown_call}, State}.

handle_cast(_Msg, State) ->
    {noreply, State}.

handle_info(tick, State) ->
    NewState = bump(State),
    next_tick(),
    {noreply, NewState};
handle_info(_Info, State) ->
    {noreply, State}.

%% Every worker ticks on the same multiples of ?PERIOD_MS of monotonic time
%% (which are on beamtop_demo_clock's grid too), so their transactions start
%% together and collide; on timers of their own they drift apart and rarely do.
next_tick() ->
    Now = erlang:monotonic_time(millisecond),
    %% Now - Now rem P is a multiple of P less than P from Now (on either side,
    %% rem keeps Now's sign), so adding P gives the next one to come.
    erlang:send_after(Now - Now rem ?PERIOD_MS + ?PERIOD_MS, self(), tick, [{abs, true}]).

bump(#{worker := N} = State) ->
    First = rand:uniform(?KEYS),
    Second = 1 + (First + rand:uniform(?KEYS - 1) - 1) rem ?KEYS,  % =/= First
    Self = self(),
    Bump = fun() ->
                   Self ! attempt,  % counted after the transaction: it may run several times
                   Rows = [R || K <- [First, Second],
                                R <- mnesia:read(beamtop_demo_hotkey, K, read)],
                   beamtop_demo_clock:sleep(?HOLD_MS),
                   Now = erlang:system_time(millisecond),
                   [mnesia:write(R#beamtop_demo_hotkey{value = V + N, updated = Now})
                    || #beamtop_demo_hotkey{value = V} = R <- Rows],
                   ok
           end,
    Result = mnesia:transaction(Bump),
    tally(Result, State#{attempts := maps:get(attempts, State) + flush_attempts(0)}).

flush_attempts(N) ->
    receive attempt -> flush_attempts(N + 1)
    after 0 -> N
    end.

tally({atomic, _}, #{committed := C} = State) -> State#{committed := C + 1};
tally({aborted, _}, #{aborted := A} = State) -> State#{aborted := A + 1}.
