%% SPDX-License-Identifier: GPL-3.0-or-later
%% A sender stuck behind a slow reader, the way a client that stops reading
%% backs up a server: the exporter writes 16 KB every 100 ms to a connection
%% whose far end (the slow client) takes 16 KB every 400 ms. Small socket
%% buffers fill at once, then the port's own queue grows to its high
%% watermark, the port is busy and the exporter waits in gen_tcp:send/2
%% until the queue drains below the low one. So the Network page shows a
%% queue that never empties (about 100 KB, and a busy port), and the
%% Processes page a process stuck in prim_inet:send_recv_reply/2. Both are plain processes: the
%% exporter spends most of its life blocked in send.
%%
%%   beamtop_demo_exporter     the blocked sender
%%   beamtop_demo_slow_client  the slow reader (linked to the exporter)
-module(beamtop_demo_slow).

-export([start_link/0]).
-export([init/1, slow_client/1]).

-define(CHUNK, 16384).
-define(SEND_EVERY, 100).
-define(READ_EVERY, 400).
-define(TIMEOUT, 5000).

start_link() ->
    proc_lib:start_link(?MODULE, init, [self()]).

init(Parent) ->
    register(beamtop_demo_exporter, self()),
    Buffers = [{sndbuf, 4096}, {recbuf, 4096}],
    {ok, LSock} = gen_tcp:listen(0, [binary, {ip, {127, 0, 0, 1}}, {active, false},
                                     {reuseaddr, true} | Buffers]),
    {ok, Port} = inet:port(LSock),
    {ok, Reader} = gen_tcp:connect({127, 0, 0, 1}, Port, [binary, {active, false} | Buffers],
                                   ?TIMEOUT),
    {ok, Sock} = gen_tcp:accept(LSock, ?TIMEOUT),
    ok = gen_tcp:close(LSock),
    ok = inet:setopts(Sock, [{high_watermark, 131072}, {low_watermark, 65536}]),
    Client = proc_lib:spawn_link(?MODULE, slow_client, [Reader]),
    ok = gen_tcp:controlling_process(Reader, Client),
    Client ! go,
    proc_lib:init_ack(Parent, {ok, self()}),
    export_loop(Sock, binary:copy(<<"export!!">>, ?CHUNK div 8)).

export_loop(Sock, Chunk) ->
    %% Blocks while the port is busy: that is the point.
    case gen_tcp:send(Sock, Chunk) of
        ok ->
            beamtop_demo_clock:sleep(?SEND_EVERY),
            export_loop(Sock, Chunk);
        {error, Reason} ->
            exit({export_failed, Reason})
    end.

slow_client(Sock) ->
    register(beamtop_demo_slow_client, self()),
    receive go -> ok end,
    slow_loop(Sock).

slow_loop(Sock) ->
    beamtop_demo_clock:sleep(?READ_EVERY),
    case gen_tcp:recv(Sock, ?CHUNK, ?TIMEOUT) of
        {ok, _} -> slow_loop(Sock);
        {error, timeout} -> slow_loop(Sock);
        {error, Reason} -> exit({slow_client_failed, Reason})
    end.
