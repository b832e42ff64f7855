%% SPDX-License-Identifier: GPL-3.0-or-later
%% One heavy TCP connection among the quiet ones, like a replication feed: the
%% replicator pushes a 64 KB chunk every 20 ms (about 3.2 MB/s) over loopback
%% to a replica that reads as fast as it can. It should top the Network page
%% by I/O rate. The chunk is one binary sent again and again (no copying on
%% our side), so the feed costs the node little CPU.
%%
%%   beamtop_demo_replicator  owns the sending end (gen_server, this module)
%%   beamtop_demo_replica     owns the receiving end (plain process, linked)
-module(beamtop_demo_stream).
-behaviour(gen_server).

-export([start_link/0]).
-export([init/1, handle_call/3, handle_cast/2, handle_info/2]).
-export([replica/2]).

-define(CHUNK, 65536).
-define(INTERVAL, 20).
-define(TIMEOUT, 5000).

start_link() ->
    gen_server:start_link({local, beamtop_demo_replicator}, ?MODULE, [], []).

init([]) ->
    {ok, LSock} = gen_tcp:listen(0, [binary, {ip, {127, 0, 0, 1}}, {active, false},
                                     {reuseaddr, true}]),
    {ok, Port} = inet:port(LSock),
    {ok, Sock} = gen_tcp:connect({127, 0, 0, 1}, Port, [binary, {active, false}],
                                 ?TIMEOUT),
    %% The backlog completed the handshake: accept at once, then hand the end
    %% to the replica and drop the listener (one connection is all we need).
    {ok, Accepted} = gen_tcp:accept(LSock, ?TIMEOUT),
    Replica = proc_lib:spawn_link(?MODULE, replica, [self(), Accepted]),
    ok = gen_tcp:controlling_process(Accepted, Replica),
    Replica ! go,
    ok = gen_tcp:close(LSock),
    beamtop_demo_clock:send_after(?INTERVAL, tick),
    {ok, #{sock => Sock, chunk => binary:copy(<<"replicate">>, ?CHUNK div 9 + 1),
           sent => 0}}.

handle_call(_Request, _From, State) ->
    {reply, {error, unknown_call}, State}.

handle_cast(_Msg, State) ->
    {noreply, State}.

handle_info(tick, #{sock := Sock, chunk := Chunk, sent := Sent} = State) ->
    case gen_tcp:send(Sock, Chunk) of
        ok ->
            beamtop_demo_clock:send_after(?INTERVAL, tick),
            {noreply, State#{sent := Sent + byte_size(Chunk)}};
        {error, Reason} ->
            {stop, {send_failed, Reason}, State}
    end;
handle_info(_Info, State) ->
    {noreply, State}.

%% --- replica ------------------------------------------------------------

replica(Replicator, Sock) ->
    register(beamtop_demo_replica, self()),
    receive go -> ok end,
    replica_loop(Replicator, Sock, 0).

replica_loop(Replicator, Sock, Received) ->
    case gen_tcp:recv(Sock, 0) of
        {ok, Data} -> replica_loop(Replicator, Sock, Received + byte_size(Data));
        {error, Reason} -> exit({replica_recv_failed, Reason})
    end.
