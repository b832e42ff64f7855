%% SPDX-License-Identifier: GPL-3.0-or-later
%% A process with a large heap: a product catalogue of 80,000 entries kept in
%% a map in its state, as an in-process cache would. Every 5 s it reprices a
%% few hundred items, so it is alive but its size stays put.
-module(beamtop_demo_heap).
-behaviour(gen_server).

-export([start_link/0]).
-export([init/1, handle_call/3, handle_cast/2, handle_info/2]).

-define(ITEMS, 80000).
-define(TICK_MS, 5000).

start_link() ->
    gen_server:start_link({local, ?MODULE}, ?MODULE, [], []).

init([]) ->
    Catalogue = maps:from_list([{Sku, item(Sku)} || Sku <- lists:seq(1, ?ITEMS)]),
    beamtop_demo_clock:send_after(?TICK_MS, tick),
    {ok, #{catalogue => Catalogue, updates => 0}}.

handle_call({lookup, Sku}, _From, #{catalogue := C} = State) ->
    {reply, maps:find(Sku, C), State};
handle_call(_Request, _From, State) ->
    {reply, {error, unknown_call}, State}.

handle_cast(_Msg, State) ->
    {noreply, State}.

handle_info(tick, #{catalogue := C, updates := U} = State) ->
    Skus = [rand:uniform(?ITEMS) || _ <- lists:seq(1, 300)],
    NewC = lists:foldl(fun(Sku, Acc) -> Acc#{Sku := item(Sku)} end, C, Skus),
    beamtop_demo_clock:send_after(?TICK_MS, tick),
    {noreply, State#{catalogue := NewC, updates := U + length(Skus)}};
handle_info(_Info, State) ->
    {noreply, State}.

item(Sku) ->
    {<<"sku-", (integer_to_binary(Sku))/binary>>, rand:uniform(10000) / 100, rand:uniform(500)}.
