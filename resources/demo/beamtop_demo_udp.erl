%% SPDX-License-Identifier: GPL-3.0-or-later
%% Two UDP sockets on 127.0.0.1 playing ping-pong: every 50 ms `ping' sends a
%% datagram to `pong', which answers. Gives Beamtop udp_inet ports with moving
%% send/receive counters.
-module(beamtop_demo_udp).
-behaviour(gen_server).

-export([start_link/0]).
-export([init/1, handle_call/3, handle_cast/2, handle_info/2]).

-define(INTERVAL, 50).

start_link() ->
    gen_server:start_link({local, ?MODULE}, ?MODULE, [], []).

init([]) ->
    Opts = [binary, {ip, {127, 0, 0, 1}}, {active, true}],
    {ok, Ping} = gen_udp:open(0, Opts),
    {ok, Pong} = gen_udp:open(0, Opts),
    {ok, PongPort} = inet:port(Pong),
    beamtop_demo_clock:send_after(?INTERVAL, tick),
    {ok, #{ping => Ping, pong => Pong, pong_port => PongPort, seq => 0, echoed => 0}}.

handle_call(_Request, _From, State) ->
    {reply, {error, unknown_call}, State}.

handle_cast(_Msg, State) ->
    {noreply, State}.

handle_info(tick, #{ping := Ping, pong_port := PongPort, seq := Seq} = State) ->
    Payload = binary:copy(<<Seq:32>>, 1 + rand:uniform(200)),
    ok = gen_udp:send(Ping, {127, 0, 0, 1}, PongPort, Payload),
    beamtop_demo_clock:send_after(?INTERVAL, tick),
    {noreply, State#{seq := Seq + 1}};
handle_info({udp, Pong, Ip, Port, <<Seq:32, _/binary>>}, #{pong := Pong} = State) ->
    ok = gen_udp:send(Pong, Ip, Port, <<"ack", Seq:32>>),
    {noreply, State};
handle_info({udp, Ping, _Ip, _Port, <<"ack", _:32>>}, #{ping := Ping, echoed := E} = State) ->
    {noreply, State#{echoed := E + 1}};
handle_info(_Info, State) ->
    {noreply, State}.
