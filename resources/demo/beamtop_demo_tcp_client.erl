%% SPDX-License-Identifier: GPL-3.0-or-later
%% A TCP client talking to beamtop_demo_tcp_listener: every 100-400 ms it sends a
%% request for 1-16 KB and reads the reply. After a random lifetime it hangs up
%% and reconnects, so connections (ports) and acceptors keep changing.
-module(beamtop_demo_tcp_client).
-behaviour(gen_server).

-export([start_link/1]).
-export([init/1, handle_continue/2, handle_call/3, handle_cast/2, handle_info/2]).

start_link(N) ->
    Name = list_to_atom("beamtop_demo_tcp_client_" ++ integer_to_list(N)),
    gen_server:start_link({local, Name}, ?MODULE, N, []).

init(N) ->
    {ok, #{n => N, sock => undefined, left => 0, requests => 0, bytes_in => 0},
     {continue, connect}}.

handle_continue(connect, State) ->
    Port = beamtop_demo_tcp_listener:port(),
    {ok, Sock} = gen_tcp:connect({127, 0, 0, 1}, Port,
                                 [binary, {packet, 4}, {active, once}]),
    self() ! send,
    %% Requests to make before reconnecting: about 1-3 minutes' worth.
    {noreply, State#{sock := Sock, left := 200 + rand:uniform(500)}}.

handle_call(_Request, _From, State) ->
    {reply, {error, unknown_call}, State}.

handle_cast(_Msg, State) ->
    {noreply, State}.

handle_info(send, #{sock := Sock, left := 0} = State) ->
    ok = gen_tcp:close(Sock),
    {noreply, State#{sock := undefined}, {continue, connect}};
handle_info(send, #{sock := Sock, left := Left, requests := Requests} = State) ->
    ReplySize = 1024 * rand:uniform(16),
    Padding = binary:copy(<<0>>, rand:uniform(512)),
    ok = gen_tcp:send(Sock, <<ReplySize:32, Padding/binary>>),
    beamtop_demo_clock:send_after(100 + rand:uniform(300), send),
    {noreply, State#{left := Left - 1, requests := Requests + 1}};
handle_info({tcp, Sock, Data}, #{sock := Sock, bytes_in := In} = State) ->
    ok = inet:setopts(Sock, [{active, once}]),
    {noreply, State#{bytes_in := In + byte_size(Data)}};
handle_info({tcp_closed, Sock}, #{sock := Sock} = State) ->
    {stop, server_closed, State};
handle_info(_Stale, State) ->
    %% e.g. the reply to a request sent just before we hung up
    {noreply, State}.
