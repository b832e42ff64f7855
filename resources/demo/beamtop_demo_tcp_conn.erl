%% SPDX-License-Identifier: GPL-3.0-or-later
%% Server side of one TCP connection. It starts life as an acceptor blocked in
%% gen_tcp:accept/1 (so Beamtop shows idle acceptors too); once a client
%% arrives it starts its own replacement and serves requests: each request
%% names a reply size and gets that many bytes back.
-module(beamtop_demo_tcp_conn).
-behaviour(gen_server).

-export([start_acceptor/1, start_link/1]).
-export([init/1, handle_continue/2, handle_call/3, handle_cast/2, handle_info/2]).

start_acceptor(LSock) ->
    supervisor:start_child(beamtop_demo_web_conn_sup, [LSock]).

start_link(LSock) ->
    gen_server:start_link(?MODULE, LSock, []).

init(LSock) ->
    %% Accept after init returns, or start_child would block the caller.
    {ok, #{lsock => LSock, sock => undefined, served => 0}, {continue, accept}}.

handle_continue(accept, #{lsock := LSock} = State) ->
    case gen_tcp:accept(LSock) of
        {ok, Sock} ->
            {ok, _} = start_acceptor(LSock),
            ok = inet:setopts(Sock, [{active, once}]),
            {noreply, State#{sock := Sock}};
        {error, _} ->
            %% The listen socket is gone with its listener.
            {stop, normal, State}
    end.

handle_call(_Request, _From, State) ->
    {reply, {error, unknown_call}, State}.

handle_cast(_Msg, State) ->
    {noreply, State}.

handle_info({tcp, Sock, <<ReplySize:32, _Padding/binary>>},
            #{sock := Sock, served := Served} = State) ->
    Reply = binary:copy(<<"beamtop ">>, ReplySize div 8),
    case gen_tcp:send(Sock, Reply) of
        ok ->
            ok = inet:setopts(Sock, [{active, once}]),
            {noreply, State#{served := Served + 1}};
        {error, _} ->
            {stop, normal, State}
    end;
handle_info({tcp_closed, Sock}, #{sock := Sock} = State) ->
    {stop, normal, State};
handle_info({tcp_error, Sock, _}, #{sock := Sock} = State) ->
    {stop, normal, State};
handle_info(_Info, State) ->
    {noreply, State}.
