%% SPDX-License-Identifier: GPL-3.0-or-later
%% Supervision tree of the web application: TCP traffic between a listener with
%% an acceptor pool and a few clients, a pool of quiet connections, one heavy
%% stream and one sender stuck behind a slow reader, plus UDP and `socket'
%% module traffic, and a hidden node pulling reports over the distribution.
%% All of it stays on 127.0.0.1 and uses ephemeral ports.
%%
%%   beamtop_demo_web_sup (rest_for_one)
%%     beamtop_demo_web_conn_sup (simple_one_for_one: acceptors/connections)
%%     beamtop_demo_tcp_listener
%%     beamtop_demo_web_client_sup (one_for_one: beamtop_demo_tcp_client_N)
%%     beamtop_demo_db_pool        (beamtop_demo_pool: 12 quiet connections)
%%     beamtop_demo_udp
%%     beamtop_demo_socket
%%     beamtop_demo_replicator     (beamtop_demo_stream: ~3 MB/s to a replica)
%%     beamtop_demo_exporter       (beamtop_demo_slow: blocked on a full queue)
%%     beamtop_demo_hidden         (the hidden node <demo>_reports)
-module(beamtop_demo_web_sup).
-behaviour(supervisor).

-export([start_link/0]).
-export([init/1]).

-define(CLIENTS, 4).

start_link() ->
    supervisor:start_link({local, ?MODULE}, ?MODULE, top).

init(top) ->
    %% rest_for_one: connections die with the listener's socket, and clients
    %% must reconnect to the new listener's port when it restarts.
    {ok, {#{strategy => rest_for_one, intensity => 10, period => 10},
          [sup(beamtop_demo_web_conn_sup, conns),
           worker(beamtop_demo_tcp_listener, {beamtop_demo_tcp_listener, start_link, []}),
           sup(beamtop_demo_web_client_sup, clients),
           worker(beamtop_demo_db_pool, {beamtop_demo_pool, start_link, []}),
           worker(beamtop_demo_udp, {beamtop_demo_udp, start_link, []}),
           worker(beamtop_demo_socket, {beamtop_demo_socket, start_link, []}),
           worker(beamtop_demo_replicator, {beamtop_demo_stream, start_link, []}),
           worker(beamtop_demo_exporter, {beamtop_demo_slow, start_link, []}),
           %% peer:stop/1 halts the node and waits for it: give it the time.
           (worker(beamtop_demo_hidden, {beamtop_demo_hidden, start_link, []}))
               #{shutdown => 10000}]}};
init(conns) ->
    %% Connections come and go with the clients, so they are not restarted.
    {ok, {#{strategy => simple_one_for_one, intensity => 10, period => 10},
          [#{id => conn, start => {beamtop_demo_tcp_conn, start_link, []},
             restart => temporary}]}};
init(clients) ->
    {ok, {#{strategy => one_for_one, intensity => 10, period => 10},
          [worker({client, N}, {beamtop_demo_tcp_client, start_link, [N]})
           || N <- lists:seq(1, ?CLIENTS)]}}.

sup(Name, Kind) ->
    #{id => Name,
      start => {supervisor, start_link, [{local, Name}, ?MODULE, Kind]},
      type => supervisor}.

worker(Id, Start) ->
    #{id => Id, start => Start}.
