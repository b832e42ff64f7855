%% SPDX-License-Identifier: GPL-3.0-or-later
%% A hidden node connected to the demo node, like a monitoring or reporting
%% tool attached with -hidden: started here with OTP's peer module as
%% <demo name>_reports, it pulls a report of 16-32 KB from the demo once a
%% second, so the distribution view has a second link (hidden, with traffic)
%% beside Beamtop's own.
%%
%% It cannot outlive the demo: peer's control connection is the distribution
%% link, and the peer node halts as soon as it loses its origin (the demo
%% halting, crashing or being killed), besides being stopped with this
%% process. Its cookie comes from the same $HOME/.erlang.cookie as the
%% demo's, or from the demo's own -setcookie when it was given one.
%%
%% Left out (with a warning) when the demo node is not distributed or the
%% peer does not start.
-module(beamtop_demo_hidden).
-behaviour(gen_server).

-export([start_link/0, node_name/0]).
-export([init/1, handle_continue/2, handle_call/3, handle_cast/2, handle_info/2,
         terminate/2]).
-export([reporter/1, report/0]).

-define(REPORT_EVERY, 1000).
-define(CALL_TIMEOUT, 5000).

start_link() ->
    gen_server:start_link({local, ?MODULE}, ?MODULE, [], []).

%% The hidden node's name, or undefined while it is not running.
-spec node_name() -> node() | undefined.
node_name() ->
    gen_server:call(?MODULE, node_name).

init([]) ->
    process_flag(trap_exit, true),  % stop the peer in terminate/2
    case node() of
        nonode@nohost -> ignore;
        _ -> {ok, #{peer => undefined, node => undefined}, {continue, start_peer}}
    end.

%% After init, so that a slow peer start does not hold up the demo's boot.
handle_continue(start_peer, State) ->
    [Alive, _Host] = string:split(atom_to_list(node()), "@"),
    Ebin = filename:dirname(code:which(?MODULE)),
    %% The peer's scheduler threads spin a little after each wake-up; one
    %% scheduler that sleeps at once keeps this idle node near zero CPU.
    Light = ["+S", "1:1", "+sbwt", "none", "+sbwtdcpu", "none", "+sbwtdio", "none"],
    Args = ["-hidden", "-pa", Ebin] ++ Light ++ cookie_args(),
    Opts = #{name => Alive ++ "_reports", args => Args, exec => erl_exec(),
             wait_boot => 30000},
    try peer:start_link(Opts) of
        {ok, Peer, Node} ->
            Reporter = spawn_link(Node, ?MODULE, reporter, [node()]),
            {noreply, State#{peer := Peer, node := Node, reporter => Reporter}};
        Other ->
            logger:warning("beamtop_demo: no hidden node (~p)", [Other]),
            {noreply, State}
    catch
        Class:Reason ->
            logger:warning("beamtop_demo: no hidden node (~p:~p)", [Class, Reason]),
            {noreply, State}
    end.

handle_call(node_name, _From, #{node := Node} = State) ->
    {reply, Node, State};
handle_call(_Request, _From, State) ->
    {reply, {error, unknown_call}, State}.

handle_cast(_Msg, State) ->
    {noreply, State}.

handle_info({'EXIT', Peer, Reason}, #{peer := Peer} = State) ->
    {stop, {hidden_node_down, Reason}, State#{peer := undefined}};
handle_info({'EXIT', _Pid, normal}, State) ->
    {noreply, State};
handle_info({'EXIT', _Pid, Reason}, State) ->
    {stop, Reason, State};
handle_info(_Info, State) ->
    {noreply, State}.

terminate(_Reason, #{peer := Peer}) when is_pid(Peer) ->
    catch peer:stop(Peer);
terminate(_Reason, _State) ->
    ok.

%% The erl the demo itself runs on (the peer's default guesses from argv[0]).
erl_exec() ->
    Erl = filename:join([code:root_dir(), "bin", "erl"]),
    case filelib:is_regular(Erl) of
        true -> Erl;
        false -> os:find_executable("erl")
    end.

%% A cookie given on the demo's command line is already there for anyone to
%% see; one read from a file stays in the file.
cookie_args() ->
    case init:get_argument(setcookie) of
        {ok, [[Cookie | _] | _]} -> ["-setcookie", Cookie];
        _ -> []
    end.

%% --- on the hidden node --------------------------------------------------

%% Runs on the hidden node, linked to the demo's beamtop_demo_hidden.
reporter(Origin) ->
    beamtop_demo_clock:sleep(?REPORT_EVERY),
    _ = (catch erpc:call(Origin, ?MODULE, report, [], ?CALL_TIMEOUT)),
    reporter(Origin).

%% Runs on the demo node, called by the reporter.
report() ->
    #{node => node(),
      memory => erlang:memory(),
      run_queue => erlang:statistics(run_queue),
      processes => erlang:system_info(process_count),
      ports => erlang:system_info(port_count),
      detail => binary:copy(<<"report line\n">>, 1366 + rand:uniform(1366))}.
