%% SPDX-License-Identifier: GPL-3.0-or-later
%% An idle session: hundreds of these sit in the session shards doing almost
%% nothing, as user sessions or connection handlers do on a real node. Every
%% 30-120 s one wakes up to "touch" its state. A third of them hibernate in
%% between, so Beamtop shows both erlang:hibernate/3 and gen_server loops.
-module(beamtop_demo_session).
-behaviour(gen_server).

-export([start_link/1]).
-export([init/1, handle_call/3, handle_cast/2, handle_info/2]).

start_link(Id) ->
    gen_server:start_link(?MODULE, Id, []).

init(Id) ->
    schedule_touch(),
    State = #{id => Id,
              user => <<"user", (integer_to_binary(Id))/binary, "@example.org">>,
              started => erlang:system_time(second),
              touches => 0,
              hibernate => Id rem 3 =:= 0},
    {ok, State, idle(State)}.

handle_call(info, _From, State) ->
    {reply, State, State, idle(State)};
handle_call(_Request, _From, State) ->
    {reply, {error, unknown_call}, State, idle(State)}.

handle_cast(_Msg, State) ->
    {noreply, State, idle(State)}.

handle_info(touch, #{touches := N} = State) ->
    schedule_touch(),
    NewState = State#{touches := N + 1},
    {noreply, NewState, idle(NewState)};
handle_info(_Info, State) ->
    {noreply, State, idle(State)}.

%% What to do while waiting: hibernate, or just wait (no timeout).
idle(#{hibernate := true}) -> hibernate;
idle(_State) -> infinity.

schedule_touch() ->
    beamtop_demo_clock:send_after(30000 + rand:uniform(90000), touch).
