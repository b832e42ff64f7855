%% SPDX-License-Identifier: GPL-3.0-or-later
%% A pool of mostly idle connections to beamtop_demo_tcp_listener, like a
%% database client's pool: twelve connections, and once a second one of them
%% (at random) sends a keep-alive and reads a 64-byte answer. The quiet rows
%% the heavy stream (beamtop_demo_stream) stands out from. One process owns
%% every connection of the pool, as pool managers often do.
-module(beamtop_demo_pool).
-behaviour(gen_server).

-export([start_link/0]).
-export([init/1, handle_continue/2, handle_call/3, handle_cast/2, handle_info/2]).

-define(SIZE, 12).
-define(TICK_MS, 1000).
-define(ANSWER_BYTES, 64).

start_link() ->
    gen_server:start_link({local, beamtop_demo_db_pool}, ?MODULE, [], []).

init([]) ->
    {ok, #{socks => {}, pings => 0}, {continue, connect}}.

handle_continue(connect, State) ->
    Port = beamtop_demo_tcp_listener:port(),
    Socks = [begin
                 {ok, S} = gen_tcp:connect({127, 0, 0, 1}, Port,
                                           [binary, {packet, 4}, {active, true}]),
                 S
             end || _ <- lists:seq(1, ?SIZE)],
    beamtop_demo_clock:send_after(?TICK_MS, tick),
    {noreply, State#{socks := list_to_tuple(Socks)}}.

handle_call(_Request, _From, State) ->
    {reply, {error, unknown_call}, State}.

handle_cast(_Msg, State) ->
    {noreply, State}.

handle_info(tick, #{socks := Socks, pings := Pings} = State) ->
    Sock = element(rand:uniform(tuple_size(Socks)), Socks),
    ok = gen_tcp:send(Sock, <<?ANSWER_BYTES:32, "ping">>),
    beamtop_demo_clock:send_after(?TICK_MS, tick),
    {noreply, State#{pings := Pings + 1}};
handle_info({tcp, _Sock, _Answer}, State) ->
    {noreply, State};
handle_info({tcp_closed, _Sock}, State) ->
    %% The listener went away; the supervisor (rest_for_one) restarts us after it.
    {stop, server_closed, State};
handle_info(_Info, State) ->
    {noreply, State}.
