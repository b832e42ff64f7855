%% SPDX-License-Identifier: GPL-3.0-or-later
%% ETS tables for the growth and configuration columns of the ETS page.
%%
%%   beamtop_demo_growing   named public set, write_concurrency auto: gains
%%                          ?ROWS_PER_TICK rows every ?TICK_MS ms (~200/s, a
%%                          few hundred bytes each) up to ?GROWING_MAX rows,
%%                          is then cleared and grows again. A checksum pass
%%                          walks it in chunks under safe_fixtable, so it is
%%                          shown fixed part of the time.
%%   beamtop_demo_counters  unnamed, keypos 2, write_concurrency with
%%                          decentralized counters, heir beamtop_demo_ets
%%                          (which deletes what it inherits).
-module(beamtop_demo_growth).
-behaviour(gen_server).

-export([start_link/0]).
-export([init/1, handle_call/3, handle_cast/2, handle_info/2]).

-define(TICK_MS, 100).
-define(ROWS_PER_TICK, 20).
-define(GROWING_MAX, 200000).   % rows; ~55 MB at the cap
-define(WALK_CHUNK, 500).       % rows looked at per tick by a checksum pass
-define(WALK_REST, 50).         % ticks between two passes

start_link() ->
    gen_server:start_link({local, ?MODULE}, ?MODULE, [], []).

init([]) ->
    Growing = ets:new(beamtop_demo_growing, [set, public, named_table,
                                             {write_concurrency, auto}]),
    %% The heir outlives this process in the cache supervisor (started
    %% before it, stopped after it); none when it is not running.
    Heir = case whereis(beamtop_demo_ets) of
               undefined -> {heir, none};
               Pid -> {heir, Pid, ?MODULE}
           end,
    Counters = ets:new(beamtop_demo_counters,
                       [set, public, {keypos, 2}, {write_concurrency, true},
                        {decentralized_counters, true}, Heir]),
    true = ets:insert(Counters, [{counter, Name, 0}
                                 || Name <- [rows_inserted, clears, passes, checksum]]),
    beamtop_demo_clock:send_after(?TICK_MS, tick),
    {ok, #{growing => Growing, counters => Counters, next_key => 0,
           walk => {rest, ?WALK_REST}}}.

handle_call(_Request, _From, State) ->
    {reply, {error, unknown_call}, State}.

handle_cast(_Msg, State) ->
    {noreply, State}.

handle_info(tick, State) ->
    NewState = walk(grow(State)),
    beamtop_demo_clock:send_after(?TICK_MS, tick),
    {noreply, NewState};
handle_info(_Info, State) ->
    {noreply, State}.

%% At the cap the table is emptied (a flush, as a real buffer would do) after
%% ending any pass, so it is never cleared while fixed.
grow(#{growing := T, counters := C} = State) ->
    case ets:info(T, size) >= ?GROWING_MAX of
        true ->
            State1 = end_walk(State),
            true = ets:delete_all_objects(T),
            _ = ets:update_counter(C, clears, {3, 1}),
            State1;
        false ->
            insert_rows(State)
    end.

insert_rows(#{growing := T, counters := C, next_key := Key} = State) ->
    Now = erlang:system_time(millisecond),
    true = ets:insert(T, [row(K, Now) || K <- lists:seq(Key, Key + ?ROWS_PER_TICK - 1)]),
    _ = ets:update_counter(C, rows_inserted, {3, ?ROWS_PER_TICK}),
    State#{next_key := Key + ?ROWS_PER_TICK}.

%% {Key, Millis, Path, Status, Tags}: a heap binary and a short list of small
%% terms, ~280 bytes in the table. (Binaries over 64 bytes would live off the
%% table and barely show in its memory.)
row(Key, Now) ->
    Path = <<"/api/items/", (integer_to_binary(Key rem 100000))/binary,
             "/reviews?page=", (integer_to_binary(Key rem 7))/binary>>,
    Tags = [lists:nth(1 + (Key + I) rem 5, [new, sale, eco, gift, popular])
            || I <- lists:seq(1, 8)],
    {Key, Now, Path, 200 + (Key rem 3) * 100, Tags}.

%% A checksum pass over the table, ?WALK_CHUNK rows a tick, holding
%% safe_fixtable so that a select continuation stays valid while rows are
%% inserted; then ?WALK_REST ticks of rest.
walk(#{walk := {rest, 0}, growing := T} = State) ->
    true = ets:safe_fixtable(T, true),
    walk_step(ets:select(T, [{{'_', '_', '$1', '_', '_'}, [], [{byte_size, '$1'}]}],
                         ?WALK_CHUNK), State#{walk := {walking, 0}});
walk(#{walk := {rest, N}} = State) ->
    State#{walk := {rest, N - 1}};
walk(#{walk := {walking, Cont, Sum}} = State) ->
    walk_step(ets:select(Cont), State#{walk := {walking, Sum}}).

walk_step('$end_of_table', #{walk := {walking, Sum}, counters := C} = State) ->
    true = ets:insert(C, {counter, checksum, Sum}),
    _ = ets:update_counter(C, passes, {3, 1}),
    end_walk(State);
walk_step({Sizes, Cont}, #{walk := {walking, Sum}} = State) ->
    State#{walk := {walking, Cont, Sum + lists:sum(Sizes)}}.

end_walk(#{walk := {rest, _}} = State) ->
    State;
end_walk(#{growing := T} = State) ->
    true = ets:safe_fixtable(T, false),
    State#{walk := {rest, ?WALK_REST}}.
