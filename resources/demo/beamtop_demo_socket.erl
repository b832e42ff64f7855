%% SPDX-License-Identifier: GPL-3.0-or-later
%% One TCP connection made with the `socket' module (NIF sockets, not ports,
%% so it shows up in socket:which_sockets/0 rather than erlang:ports/0). The
%% process owns both ends on loopback and bounces a message across every
%% 100 ms; blocking recv with a timeout keeps it simple. The sockets close
%% when their owner (this process) exits.
%%
%% Beside it, a gen_tcp listener and connection on `{inet_backend, socket}'
%% (gen_tcp's API over the same NIF sockets, each socket owned by a gen_tcp
%% process of its own): a health check asked once a second.
-module(beamtop_demo_socket).
-behaviour(gen_server).

-export([start_link/0]).
-export([init/1, handle_call/3, handle_cast/2, handle_info/2]).

-define(INTERVAL, 100).
-define(TIMEOUT, 1000).
-define(HEALTH_EVERY, 10). % ticks

start_link() ->
    gen_server:start_link({local, ?MODULE}, ?MODULE, [], []).

init([]) ->
    {ok, Listen} = socket:open(inet, stream, tcp),
    ok = socket:bind(Listen, #{family => inet, addr => loopback, port => 0}),
    ok = socket:listen(Listen),
    {ok, Addr} = socket:sockname(Listen),
    {ok, Client} = socket:open(inet, stream, tcp),
    %% The listen backlog completes the handshake before we accept.
    ok = socket:connect(Client, Addr),
    {ok, Server} = socket:accept(Listen, ?TIMEOUT),
    %% inet_backend must be the first option.
    Opts = [{inet_backend, socket}, binary, {active, false}],
    {ok, HListen} = gen_tcp:listen(0, Opts ++ [{ip, {127, 0, 0, 1}}, {reuseaddr, true}]),
    {ok, HPort} = inet:port(HListen),
    {ok, HClient} = gen_tcp:connect({127, 0, 0, 1}, HPort, Opts, ?TIMEOUT),
    {ok, HServer} = gen_tcp:accept(HListen, ?TIMEOUT),
    beamtop_demo_clock:send_after(?INTERVAL, tick),
    {ok, #{listen => Listen, client => Client, server => Server, rounds => 0,
           health => {HListen, HClient, HServer}}}.

handle_call(_Request, _From, State) ->
    {reply, {error, unknown_call}, State}.

handle_cast(_Msg, State) ->
    {noreply, State}.

handle_info(tick, #{client := Client, server := Server, rounds := Rounds} = State) ->
    Ping = binary:copy(<<"ping">>, 1 + rand:uniform(256)),
    ok = socket:send(Client, Ping),
    {ok, Ping} = socket:recv(Server, byte_size(Ping), ?TIMEOUT),
    Pong = <<"pong", Rounds:32>>,
    ok = socket:send(Server, Pong),
    {ok, Pong} = socket:recv(Client, byte_size(Pong), ?TIMEOUT),
    Rounds rem ?HEALTH_EVERY =:= 0 andalso health_check(maps:get(health, State)),
    beamtop_demo_clock:send_after(?INTERVAL, tick),
    {noreply, State#{rounds := Rounds + 1}};
handle_info(_Info, State) ->
    {noreply, State}.

health_check({_Listen, Client, Server}) ->
    ok = gen_tcp:send(Client, <<"GET /health">>),
    {ok, <<"GET /health">>} = gen_tcp:recv(Server, 11, ?TIMEOUT),
    ok = gen_tcp:send(Server, <<"200 OK">>),
    {ok, <<"200 OK">>} = gen_tcp:recv(Client, 6, ?TIMEOUT),
    true.
