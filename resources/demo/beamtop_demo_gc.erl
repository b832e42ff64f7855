%% SPDX-License-Identifier: GPL-3.0-or-later
%% A worker that produces lots of short-lived garbage, like an importer
%% parsing batches: every second it builds and throws away a few hundred KB
%% of terms, and every 15 s a much larger batch. A low fullsweep_after makes
%% some of its collections major ones, so both GC counters move.
-module(beamtop_demo_gc).
-behaviour(gen_server).

-export([start_link/0]).
-export([init/1, handle_call/3, handle_cast/2, handle_info/2]).

-define(TICK_MS, 1000).
-define(BIG_EVERY, 15).

start_link() ->
    gen_server:start_link({local, ?MODULE}, ?MODULE, [], [{spawn_opt, [{fullsweep_after, 10}]}]).

init([]) ->
    beamtop_demo_clock:send_after(?TICK_MS, tick),
    {ok, #{batches => 0, checksum => 0}}.

handle_call(_Request, _From, State) ->
    {reply, {error, unknown_call}, State}.

handle_cast(_Msg, State) ->
    {noreply, State}.

handle_info(tick, #{batches := N} = State) ->
    Rows = case N rem ?BIG_EVERY of
               0 -> 40000;
               _ -> 2000 + rand:uniform(3000)
           end,
    Checksum = import(Rows),
    beamtop_demo_clock:send_after(?TICK_MS, tick),
    {noreply, State#{batches := N + 1, checksum := Checksum}};
handle_info(_Info, State) ->
    {noreply, State}.

%% "Parse" Rows CSV-ish lines into maps and fold them; all of it is garbage
%% by the time we return.
import(Rows) ->
    Lines = [iolist_to_binary([integer_to_binary(I), $,, integer_to_binary(I * 7), $,, <<"ok">>])
             || I <- lists:seq(1, Rows)],
    Records = [begin
                   [Id, Qty, Status] = binary:split(L, <<",">>, [global]),
                   #{id => binary_to_integer(Id), qty => binary_to_integer(Qty), status => Status}
               end || L <- Lines],
    lists:foldl(fun(#{qty := Q}, Acc) -> (Acc + Q) rem 1000000007 end, 0, Records).
