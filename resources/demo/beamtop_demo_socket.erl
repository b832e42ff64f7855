%% One TCP connection made with the `socket' module (NIF sockets, not ports,
%% so it shows up in socket:which_sockets/0 rather than erlang:ports/0). The
%% process owns both ends on loopback and bounces a message across every
%% 100 ms; blocking recv with a timeout keeps it simple. The sockets close
%% when their owner (this process) exits.
-module(beamtop_demo_socket).
-behaviour(gen_server).

-export([start_link/0]).
-export([init/1, handle_call/3, handle_cast/2, handle_info/2]).

-define(INTERVAL, 100).
-define(TIMEOUT, 1000).

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
    beamtop_demo_clock:send_after(?INTERVAL, tick),
    {ok, #{listen => Listen, client => Client, server => Server, rounds => 0}}.

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
    beamtop_demo_clock:send_after(?INTERVAL, tick),
    {noreply, State#{rounds := Rounds + 1}};
handle_info(_Info, State) ->
    {noreply, State}.
