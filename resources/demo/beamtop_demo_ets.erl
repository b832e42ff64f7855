%% SPDX-License-Identifier: GPL-3.0-or-later
%% Owns a spread of ETS tables: every type (set, ordered_set, bag,
%% duplicate_bag), named and unnamed, public, protected and private, from a
%% handful of objects to 100k, most of them changing all the time. Every
%% 100 ms a tick applies a few hundred inserts, updates and deletes.
-module(beamtop_demo_ets).
-behaviour(gen_server).

-export([start_link/0]).
-export([init/1, handle_call/3, handle_cast/2, handle_info/2]).

-define(TICK_MS, 100).
-define(PRICES, 100000).      % objects in beamtop_demo_prices
-define(LOG_KEYS, 400).       % request log keeps this many keys of ~50 objects
-define(HISTOGRAM, 10000).    % buckets
-define(AUDIT_MAX, 300).

start_link() ->
    gen_server:start_link({local, ?MODULE}, ?MODULE, [], []).

init([]) ->
    %% Named tables; other processes (beamtop_demo_churn's jobs) read the public ones.
    Routes = ets:new(beamtop_demo_routes, [set, protected, named_table]),
    true = ets:insert(Routes, [{<<"/">>, index}, {<<"/login">>, login},
                               {<<"/logout">>, logout}, {<<"/cart">>, cart},
                               {<<"/search">>, search}, {<<"/api/items">>, items},
                               {<<"/api/orders">>, orders}, {<<"/health">>, health}]),
    Prices = ets:new(beamtop_demo_prices, [ordered_set, public, named_table,
                                           {read_concurrency, true}]),
    true = ets:insert(Prices, [{Sku, price(Sku), 0} || Sku <- lists:seq(0, ?PRICES - 1)]),
    Tags = ets:new(beamtop_demo_tags, [bag, public, named_table]),
    true = ets:insert(Tags, [random_tag() || _ <- lists:seq(1, 5000)]),
    Audit = ets:new(beamtop_demo_audit_trail, [duplicate_bag, protected, named_table]),
    %% Unnamed tables: Beamtop can only show their ids and owner.
    Log = ets:new(request_log, [duplicate_bag, private, compressed]),
    Sessions = ets:new(session_cache, [set, public, {write_concurrency, true}]),
    Histogram = ets:new(latency_histogram, [ordered_set, private]),
    true = ets:insert(Histogram, [{B, 0} || B <- lists:seq(0, ?HISTOGRAM - 1)]),
    beamtop_demo_clock:send_after(?TICK_MS, tick),
    {ok, #{prices => Prices, tags => Tags, audit => Audit, log => Log,
           sessions => Sessions, histogram => Histogram, tick => 0}}.

handle_call(_Request, _From, State) ->
    {reply, {error, unknown_call}, State}.

handle_cast(_Msg, State) ->
    {noreply, State}.

handle_info(tick, #{tick := Tick} = State) ->
    churn_prices(State),
    churn_tags(State),
    churn_log(Tick, State),
    churn_sessions(State),
    churn_histogram(State),
    churn_audit(Tick, State),
    beamtop_demo_clock:send_after(?TICK_MS, tick),
    {noreply, State#{tick := Tick + 1}};
%% Heir of beamtop_demo_growth's counters: the table outlives its owner only
%% to show an heir on the ETS page; its restarted owner makes a fresh one.
handle_info({'ETS-TRANSFER', Table, _From, beamtop_demo_growth}, State) ->
    true = ets:delete(Table),
    {noreply, State};
handle_info(_Info, State) ->
    {noreply, State}.

churn_prices(#{prices := T}) ->
    [ets:update_element(T, Sku, [{2, price(Sku)}, {3, erlang:system_time(second)}])
     || Sku <- rand_list(100, ?PRICES)],
    ok.

%% Random inserts and deletes at the same rate settle the bag around half of
%% its 10,000 possible objects.
churn_tags(#{tags := T}) ->
    true = ets:insert(T, [random_tag() || _ <- lists:seq(1, 30)]),
    [ets:delete_object(T, random_tag()) || _ <- lists:seq(1, 30)],
    ok.

%% Each tick appends ~50 entries under one key and drops the key from
%% ?LOG_KEYS ticks ago: a rolling window of ~20,000 objects.
churn_log(Tick, #{log := T}) ->
    Entries = [{Tick, Method, Path, Status, rand:uniform(50000)}
               || {Method, Path, Status} <- [random_request() || _ <- lists:seq(1, 50)]],
    true = ets:insert(T, Entries),
    true = ets:delete(T, Tick - ?LOG_KEYS),
    ok.

churn_sessions(#{sessions := T}) ->
    true = ets:insert(T, [{rand:uniform(3000), erlang:system_time(second)}
                          || _ <- lists:seq(1, 20)]),
    [ets:delete(T, rand:uniform(3000)) || _ <- lists:seq(1, 20)],
    ok.

churn_histogram(#{histogram := T}) ->
    [ets:update_counter(T, B, 1) || B <- rand_list(100, ?HISTOGRAM)],
    ok.

%% A small table that fills up slowly and is cleared, as a periodic flush would.
churn_audit(Tick, #{audit := T}) ->
    case ets:info(T, size) >= ?AUDIT_MAX of
        true -> true = ets:delete_all_objects(T);
        false -> true = ets:insert(T, {lists:nth(1 + Tick rem 3, [login, logout, refund]), Tick})
    end,
    ok.

price(Sku) ->
    round(100 * (10 + (Sku rem 990) + rand:uniform())) / 100.

rand_list(N, Range) ->
    [rand:uniform(Range) - 1 || _ <- lists:seq(1, N)].

random_tag() ->
    Tags = {new, sale, popular, limited, eco, imported, clearance, gift},
    {element(rand:uniform(tuple_size(Tags)), Tags), rand:uniform(1250)}.

random_request() ->
    Paths = {<<"/">>, <<"/cart">>, <<"/search">>, <<"/api/items">>, <<"/api/orders">>},
    Method = case rand:uniform(5) of 1 -> post; _ -> get end,
    Status = case rand:uniform(50) of 1 -> 500; 2 -> 404; _ -> 200 end,
    {Method, element(rand:uniform(tuple_size(Paths)), Paths), Status}.
