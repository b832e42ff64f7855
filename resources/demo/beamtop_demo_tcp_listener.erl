%% SPDX-License-Identifier: GPL-3.0-or-later
%% Owns the TCP listen socket (loopback, ephemeral port) and seeds the acceptor
%% pool. Clients ask it for the port. It traps exits so that terminate/2 runs
%% on shutdown, which also gives the demo a gen_server with trap_exit set.
-module(beamtop_demo_tcp_listener).
-behaviour(gen_server).

-export([start_link/0, port/0]).
-export([init/1, handle_call/3, handle_cast/2, handle_info/2, terminate/2]).

-define(ACCEPTORS, 2).

start_link() ->
    gen_server:start_link({local, ?MODULE}, ?MODULE, [], []).

-spec port() -> inet:port_number().
port() ->
    gen_server:call(?MODULE, port).

init([]) ->
    process_flag(trap_exit, true),
    {ok, LSock} = gen_tcp:listen(0, [binary, {ip, {127, 0, 0, 1}}, {packet, 4},
                                     {active, false}, {reuseaddr, true}]),
    {ok, Port} = inet:port(LSock),
    [{ok, _} = beamtop_demo_tcp_conn:start_acceptor(LSock)
     || _ <- lists:seq(1, ?ACCEPTORS)],
    {ok, #{lsock => LSock, port => Port}}.

handle_call(port, _From, #{port := Port} = State) ->
    {reply, Port, State};
handle_call(_Request, _From, State) ->
    {reply, {error, unknown_call}, State}.

handle_cast(_Msg, State) ->
    {noreply, State}.

handle_info(_Info, State) ->
    {noreply, State}.

terminate(_Reason, #{lsock := LSock}) ->
    gen_tcp:close(LSock).
