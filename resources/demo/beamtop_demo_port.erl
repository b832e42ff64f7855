%% SPDX-License-Identifier: GPL-3.0-or-later
%% A port to an external OS process: `cat', fed a line every 500 ms and
%% echoing it back. If there is no `cat' (e.g. on Windows) the child is
%% simply left out.
-module(beamtop_demo_port).
-behaviour(gen_server).

-export([start_link/0]).
-export([init/1, handle_call/3, handle_cast/2, handle_info/2, terminate/2]).

-define(TICK_MS, 500).

start_link() ->
    gen_server:start_link({local, ?MODULE}, ?MODULE, [], []).

init([]) ->
    case os:find_executable("cat") of
        false ->
            ignore;
        Cat ->
            process_flag(trap_exit, true),  % a dying port should reach us as a message
            Port = open_port({spawn_executable, Cat},
                             [binary, stream, use_stdio, exit_status]),
            beamtop_demo_clock:send_after(?TICK_MS, tick),
            {ok, #{port => Port, sent => 0, echoed => 0}}
    end.

handle_call(_Request, _From, State) ->
    {reply, {error, unknown_call}, State}.

handle_cast(_Msg, State) ->
    {noreply, State}.

handle_info(tick, #{port := Port, sent := Sent} = State) ->
    Line = iolist_to_binary([<<"beamtop demo line ">>, integer_to_binary(Sent), $\s,
                             binary:copy(<<"=">>, rand:uniform(2000)), $\n]),
    true = port_command(Port, Line),
    beamtop_demo_clock:send_after(?TICK_MS, tick),
    {noreply, State#{sent := Sent + byte_size(Line)}};
handle_info({Port, {data, Data}}, #{port := Port, echoed := Echoed} = State) ->
    {noreply, State#{echoed := Echoed + byte_size(Data)}};
handle_info({Port, {exit_status, Status}}, #{port := Port} = State) ->
    {stop, {cat_exited, Status}, State};
handle_info({'EXIT', Port, Reason}, #{port := Port} = State) ->
    {stop, {port_died, Reason}, State};
handle_info(_Info, State) ->
    {noreply, State}.

terminate(_Reason, #{port := Port}) ->
    catch port_close(Port),
    ok.
