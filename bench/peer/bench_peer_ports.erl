%% SPDX-License-Identifier: GPL-3.0-or-later
%% The two nodes of bench_ports: the measured node serves N TCP connections on loopback, one
%% process per connection as a server has them, and a second node holds the far ends, so the
%% measured node spends one file descriptor per connection (the per-process limit is what
%% bounds the largest size). A few of the far ends send all the time; the rest stay quiet.
%%
%%   on the measured node:  serve() -> Port          listen, accept forever
%%                          held() -> N              connections accepted and still open
%%   on the far node:       open(Port, N, Busy, ChunkBytes, EveryMs) -> Opened
%%                          (the first Busy connections send ChunkBytes every EveryMs)
-module(bench_peer_ports).
-export([serve/0, held/0, open/5]).
-export([acceptor/1, conn/1, opener/3, sender/3]).

-define(BACKLOG, 4096).
-define(OPENERS, 8).

%% --- the measured node ----------------------------------------------------------------------

serve() ->
    Self = self(),
    Pid = spawn(fun() ->
                        {ok, L} = gen_tcp:listen(0, [binary, {ip, {127, 0, 0, 1}}, {active, false},
                                                     {reuseaddr, true}, {backlog, ?BACKLOG}]),
                        {ok, Port} = inet:port(L),
                        register(bench_ports_listener, self()),
                        Self ! {port, Port},
                        acceptor(L)
                end),
    receive {port, Port} -> Port after 10000 -> exit({no_listener, Pid}) end.

acceptor(L) ->
    case gen_tcp:accept(L) of
        {ok, S} ->
            Conn = spawn(?MODULE, conn, [S]),
            ok = gen_tcp:controlling_process(S, Conn),
            Conn ! go,
            acceptor(L);
        {error, emfile} ->
            %% Out of file descriptors: the far node stops at its own count; keep the listener.
            receive after 100 -> ok end,
            acceptor(L);
        {error, Reason} ->
            exit(Reason)
    end.

%% One connection's owner: reads whatever comes (active, once at a time) and drops it.
conn(S) ->
    receive go -> ok end,
    ok = inet:setopts(S, [{active, once}]),
    conn_loop(S).

conn_loop(S) ->
    receive
        {tcp, S, _} ->
            ok = inet:setopts(S, [{active, once}]),
            conn_loop(S);
        {tcp_closed, S} -> ok;
        {tcp_error, S, _} -> ok
    end.

%% Connections accepted and still open: the ports the connection owners hold (not the node's
%% own distribution and EPMD connections).
held() ->
    length([P || P <- erlang:ports(), {connected, C} <- [erlang:port_info(P, connected)],
                 erlang:process_info(C, initial_call) =:= {initial_call, {?MODULE, conn, 1}}]).

%% --- the far node ---------------------------------------------------------------------------

open(Port, N, Busy, Chunk, EveryMs) ->
    Self = self(),
    Per = [N div ?OPENERS + (if I =< N rem ?OPENERS -> 1; true -> 0 end) || I <- lists:seq(1, ?OPENERS)],
    Openers = [spawn(?MODULE, opener, [Self, Port, K]) || K <- Per],
    Socks = lists:append([receive {opened, O, L} -> L end || O <- Openers]),
    Holder = spawn(fun() -> receive stop -> ok end end),
    [ok = gen_tcp:controlling_process(S, Holder) || S <- Socks],
    {BusySocks, _} = lists:split(min(Busy, length(Socks)), Socks),
    Blob = binary:copy(<<"b">>, Chunk),
    [spawn(?MODULE, sender, [S, Blob, EveryMs]) || S <- BusySocks],
    length(Socks).

%% Opens up to K connections, one after another, and stops at the first refusal (the measured
%% node out of descriptors, or this one).
opener(Parent, Port, K) ->
    Socks = open_loop(Port, K, []),
    [ok = gen_tcp:controlling_process(S, Parent) || S <- Socks],
    Parent ! {opened, self(), Socks}.

open_loop(_Port, 0, Acc) -> Acc;
open_loop(Port, K, Acc) ->
    case gen_tcp:connect({127, 0, 0, 1}, Port, [binary, {active, false}], 5000) of
        {ok, S} -> open_loop(Port, K - 1, [S | Acc]);
        {error, _} -> Acc
    end.

%% Sends Blob every EveryMs on S, as long as it is open. A controlling process is not needed
%% to send.
sender(S, Blob, EveryMs) ->
    case gen_tcp:send(S, Blob) of
        ok ->
            receive after EveryMs -> ok end,
            sender(S, Blob, EveryMs);
        {error, _} ->
            ok
    end.
