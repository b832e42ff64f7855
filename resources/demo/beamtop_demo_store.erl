%% SPDX-License-Identifier: GPL-3.0-or-later
%% Mnesia workload: a small bank ledger.
%%
%%   beamtop_demo_account  disc_copies, set          2,000 accounts
%%   beamtop_demo_audit    disc_copies, ordered_set  last ~10,000 transfers
%%   beamtop_demo_session  ram_copies,  set (+index) ~700 live sessions
%%   beamtop_demo_login    ram_copies,  bag          one row per live session
%%
%% One gen_server per role, each running transactions on a timer:
%%   ledger    every 10 ms: transfer between two accounts, plus an audit row;
%%             aborts when the payer is short of funds
%%   sessions  every 25 ms: open a session, expire the due ones
%%   auditor   every 2 s: trim the audit table under a table write lock
%%   reporter  every 50 ms: read random balances; every 25 s a full scan
%% Roles touching the same rows give Mnesia real lock contention (restarts are
%% rare here; beamtop_demo_hotkeys makes them on purpose).
-module(beamtop_demo_store).
-behaviour(gen_server).

-export([create_tables/0, start_link/1]).
-export([init/1, handle_call/3, handle_cast/2, handle_info/2]).

-record(beamtop_demo_account, {id, owner, balance, updated}).
-record(beamtop_demo_audit, {key, from, to, amount}).
-record(beamtop_demo_session, {id, user, expires}).
-record(beamtop_demo_login, {user, session, at}).

-define(ACCOUNTS, 2000).
-define(AUDIT_KEEP, 10000).
-define(SCAN_EVERY, 500).  % reporter ticks

%% --- tables -------------------------------------------------------------

-spec create_tables() -> ok.
create_tables() ->
    Here = [node()],
    Tables =
        [{beamtop_demo_account, [{disc_copies, Here},
                                 {attributes, record_info(fields, beamtop_demo_account)}]},
         {beamtop_demo_audit, [{disc_copies, Here}, {type, ordered_set},
                               {attributes, record_info(fields, beamtop_demo_audit)}]},
         {beamtop_demo_session, [{ram_copies, Here}, {index, [#beamtop_demo_session.user]},
                                 {attributes, record_info(fields, beamtop_demo_session)}]},
         {beamtop_demo_login, [{ram_copies, Here}, {type, bag},
                               {attributes, record_info(fields, beamtop_demo_login)}]}],
    lists:foreach(fun create/1, Tables),
    ok = mnesia:wait_for_tables([Name || {Name, _} <- Tables], 30000),
    seed_accounts().

create({Name, Opts}) ->
    case mnesia:create_table(Name, Opts) of
        {atomic, ok} -> ok;
        {aborted, {already_exists, Name}} -> ok
    end.

seed_accounts() ->
    Seed = fun() ->
                   Now = erlang:system_time(millisecond),
                   lists:foreach(
                     fun(Id) ->
                             Owner = <<"customer-", (integer_to_binary(Id))/binary>>,
                             mnesia:write(#beamtop_demo_account{id = Id, owner = Owner,
                                                                balance = 1000, updated = Now})
                     end, lists:seq(1, ?ACCOUNTS))
           end,
    case mnesia:table_info(beamtop_demo_account, size) of
        0 -> {atomic, ok} = mnesia:transaction(Seed), ok;
        _ -> ok
    end.

%% --- workers ------------------------------------------------------------

start_link(Role) ->
    gen_server:start_link({local, name(Role)}, ?MODULE, Role, []).

name(ledger) -> beamtop_demo_ledger;
name(sessions) -> beamtop_demo_session_store;
name(auditor) -> beamtop_demo_auditor;
name(reporter) -> beamtop_demo_reporter.

%% About 200 transactions a second in all (a session costs two): plenty for
%% Mnesia's counters and lock graphs, yet only a few percent of a core.
period(ledger) -> 10;
period(sessions) -> 25;
period(auditor) -> 2000;
period(reporter) -> 50.

init(Role) ->
    self() ! tick,
    {ok, #{role => Role, ticks => 0, committed => 0, aborted => 0,
           next_session => 1, expiries => gb_sets:empty()}}.

handle_call(stats, _From, State) ->
    {reply, maps:with([committed, aborted], State), State};
handle_call(_Request, _From, State) ->
    {reply, {error, unknown_call}, State}.

handle_cast(_Msg, State) ->
    {noreply, State}.

handle_info(tick, #{role := Role, ticks := Ticks} = State) ->
    NewState = run(Role, State),
    beamtop_demo_clock:send_after(period(Role), tick),
    {noreply, NewState#{ticks := Ticks + 1}};
handle_info(_Info, State) ->
    {noreply, State}.

run(ledger, State) ->
    From = rand:uniform(?ACCOUNTS),
    To = rand:uniform(?ACCOUNTS),
    tally(mnesia:transaction(fun() -> transfer(From, To, rand:uniform(200)) end), State);
run(sessions, State) ->
    expire_sessions(open_session(State));
run(auditor, State) ->
    %% Pick the oldest rows with a cheap dirty walk, then delete them in one
    %% transaction holding a table write lock (which stalls the ledger briefly).
    Excess = mnesia:table_info(beamtop_demo_audit, size) - ?AUDIT_KEEP,
    Keys = oldest_audit_keys(Excess, mnesia:dirty_first(beamtop_demo_audit)),
    tally(mnesia:transaction(fun() -> delete_audit(Keys) end), State);
run(reporter, #{ticks := Ticks} = State) when Ticks rem ?SCAN_EVERY =:= 0 ->
    tally(mnesia:transaction(fun total_balance/0), State);
run(reporter, State) ->
    Ids = [rand:uniform(?ACCOUNTS) || _ <- lists:seq(1, 10)],
    tally(mnesia:transaction(fun() -> balances(Ids) end), State).

tally({atomic, _}, #{committed := C} = State) -> State#{committed := C + 1};
tally({aborted, _}, #{aborted := A} = State) -> State#{aborted := A + 1}.

transfer(Id, Id, _Amount) ->
    ok;
transfer(From, To, Amount) ->
    [Payer] = mnesia:read(beamtop_demo_account, From, write),
    [Payee] = mnesia:read(beamtop_demo_account, To, write),
    Balance = Payer#beamtop_demo_account.balance,
    Balance >= Amount orelse mnesia:abort(insufficient_funds),
    Now = erlang:system_time(millisecond),
    mnesia:write(Payer#beamtop_demo_account{balance = Balance - Amount, updated = Now}),
    mnesia:write(Payee#beamtop_demo_account{
                   balance = Payee#beamtop_demo_account.balance + Amount, updated = Now}),
    mnesia:write(#beamtop_demo_audit{key = {Now, erlang:unique_integer([monotonic])},
                                     from = From, to = To, amount = Amount}).

oldest_audit_keys(N, Key) when N =< 0; Key =:= '$end_of_table' ->
    [];
oldest_audit_keys(N, Key) ->
    [Key | oldest_audit_keys(N - 1, mnesia:dirty_next(beamtop_demo_audit, Key))].

delete_audit(Keys) ->
    mnesia:lock({table, beamtop_demo_audit}, write),
    lists:foreach(fun(Key) -> mnesia:delete({beamtop_demo_audit, Key}) end, Keys).

balances(Ids) ->
    [Balance || Id <- Ids,
                #beamtop_demo_account{balance = Balance} <- mnesia:read(beamtop_demo_account, Id)].

total_balance() ->
    mnesia:foldl(fun(#beamtop_demo_account{balance = B}, Sum) -> Sum + B end,
                 0, beamtop_demo_account).

open_session(#{next_session := Id, expiries := Expiries} = State) ->
    Now = erlang:system_time(millisecond),
    User = rand:uniform(500),
    Expires = Now + 5000 + rand:uniform(25000),
    Login = #beamtop_demo_login{user = User, session = Id, at = Now},
    Write = fun() ->
                    mnesia:write(#beamtop_demo_session{id = Id, user = User, expires = Expires}),
                    mnesia:write(Login)
            end,
    tally(mnesia:transaction(Write),
          State#{next_session := Id + 1, expiries := gb_sets:add({Expires, Login}, Expiries)}).

expire_sessions(#{expiries := Expiries} = State) ->
    Now = erlang:system_time(millisecond),
    case gb_sets:is_empty(Expiries) orelse gb_sets:smallest(Expiries) of
        {Expires, #beamtop_demo_login{session = Id} = Login} when Expires =< Now ->
            Delete = fun() ->
                             mnesia:delete({beamtop_demo_session, Id}),
                             mnesia:delete_object(Login)
                     end,
            Rest = gb_sets:delete_any({Expires, Login}, Expiries),
            expire_sessions(tally(mnesia:transaction(Delete), State#{expiries := Rest}));
        _ ->
            State
    end.
