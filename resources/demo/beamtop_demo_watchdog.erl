%% SPDX-License-Identifier: GPL-3.0-or-later
%% Halts the demo node when Beamtop goes away.
%%
%% Beamtop starts the node with stdin a pipe that it holds open and never
%% writes to. When Beamtop exits, for whatever reason including SIGKILL, the
%% kernel closes its end and we read EOF; nothing else needs to cooperate.
%%
%% Who may read fd 0 depends on the flags:
%%   -noshell            the `user' process owns fd 0, so we ask it for lines;
%%                       opening a second port on fd 0 would steal it.
%%   -noshell -noinput   nobody reads fd 0, so we open our own port on it.
%% Note that stdin at EOF from the start (e.g. /dev/null, or -detached) halts
%% the node at once; manual runs set BEAMTOP_DEMO_NO_WATCHDOG=1 or pass
%% no_watchdog (see beamtop_demo:start/1).
-module(beamtop_demo_watchdog).

-export([start_link/0]).
-export([init/1]).

start_link() ->
    proc_lib:start_link(?MODULE, init, [self()]).

init(Parent) ->
    register(?MODULE, self()),
    proc_lib:init_ack(Parent, {ok, self()}),
    case init:get_argument(noinput) of
        {ok, _} -> watch_port();
        error -> watch_user()
    end.

watch_user() ->
    case io:get_line(user, '') of
        eof -> stdin_closed();
        {error, _} -> watch_port();  % no usable `user' (e.g. -nouser): read fd 0 ourselves
        _Line -> watch_user()        % Beamtop never writes, but a terminal user may
    end.

watch_port() ->
    Port = open_port({fd, 0, 1}, [in, binary, eof]),
    port_loop(Port).

port_loop(Port) ->
    receive
        {Port, {data, _}} -> port_loop(Port);
        {Port, eof} -> stdin_closed()
    end.

%% No orderly init:stop(): an application that hangs while stopping would keep
%% an orphan node alive. The temp Mnesia directory is the only thing worth
%% tidying; halt without flushing in case stdout is a pipe nobody reads any more.
stdin_closed() ->
    _ = spawn(fun() -> timer:sleep(2000), erlang:halt(0, [{flush, false}]) end),
    _ = (catch beamtop_demo:cleanup()),
    erlang:halt(0, [{flush, false}]).
