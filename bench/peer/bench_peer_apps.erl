%% SPDX-License-Identifier: GPL-3.0-or-later
%% The node of bench_apps and observer_cli's App view rebuilt as a peer (observer_cli runs on
%% the observed node and is not in Debian; this module makes, from a reading of its source,
%% observer_cli 1f5a86d src/observer_cli_application.erl and src/observer_cli_lib.erl, the calls
%% one refresh of its App view makes; no code of observer_cli or recon).
%%
%%   setup(N) -> ProcessCount  N idle processes spread over three applications started here,
%%                             held by supervisors (simple_one_for_one pools, nested
%%                             one_for_one supervisors with static workers, two processes
%%                             linked to a supervisor that are not its children, one light
%%                             busy worker), and 5 % outside any application
%%   refresh() -> Page         one refresh of observer_cli's App view (sorted by process count,
%%                             page 1): the menu's reads, application:info(), the group leader
%%                             of every running application's master, process_info/2 of four
%%                             items for every process on the node, the totals per application,
%%                             the largest rows rendered as text; Page is that text (what the
%%                             real view writes to the remote terminal)
%%
%% The three applications are this module too (application and supervisor callbacks):
%%   bench_apps_web  50 %: bench_apps_web_sup -> bench_apps_web_pool (simple_one_for_one, all
%%                   of its processes), bench_apps_web_static (one_for_one: 3 workers and
%%                   bench_apps_web_cache with 2); 2 processes linked to bench_apps_web_sup
%%   bench_apps_db   30 %: bench_apps_db_sup -> three pools of 50 %, 30 % and 20 %
%%   bench_apps_jobs 15 %: bench_apps_jobs_sup -> one pool and bench_apps_jobs_ticker (busy)
-module(bench_peer_apps).
-behaviour(application).
-behaviour(supervisor).
-export([setup/1, refresh/0]).
-export([start/2, stop/1, init/1, worker/0, ticker/0]).

%% --- the measured node ----------------------------------------------------------------------

setup(N) ->
    Web = N * 50 div 100,
    Db = N * 30 div 100,
    Jobs = N * 15 div 100,
    Outside = N - Web - Db - Jobs,
    [ok = start_app(App, Desc) || {App, Desc} <- [{bench_apps_web, "Bench: the web tier"},
                                                  {bench_apps_db, "Bench: database pools"},
                                                  {bench_apps_jobs, "Bench: background jobs"}]],
    %% The static workers (8) and linked helpers (2) count in web's share.
    Fills = [{bench_apps_web_pool, max(0, Web - 10)},
             {bench_apps_db_pool_1, Db * 50 div 100},
             {bench_apps_db_pool_2, Db * 30 div 100},
             {bench_apps_db_pool_3, Db - Db * 50 div 100 - Db * 30 div 100},
             {bench_apps_jobs_pool, max(0, Jobs - 1)}],
    %% Each pool filled by its own process: the pools' supervisors work in parallel.
    Self = self(),
    Fillers = [spawn(fun() -> fill(Pool, Count), Self ! {filled, self()} end) || {Pool, Count} <- Fills],
    [receive {filled, F} -> ok after 1200000 -> exit(not_filled) end || F <- Fillers],
    outside(Outside),
    erlang:system_info(process_count).

start_app(App, Desc) ->
    ok = application:load({application, App,
                           [{description, Desc}, {vsn, "1.0.0"}, {modules, [?MODULE]}, {registered, []},
                            {applications, [kernel, stdlib]}, {mod, {?MODULE, App}}]}),
    application:start(App).

fill(_, 0) -> ok;
fill(Pool, Count) ->
    {ok, _} = supervisor:start_child(Pool, []),
    fill(Pool, Count - 1).

%% Processes no application holds: spawned by a process whose group leader is the node's
%% user, not an application master.
outside(Count) ->
    Self = self(),
    spawn(fun() ->
                  group_leader(whereis(user), self()),
                  register(bench_apps_outside, self()),
                  [spawn(fun idle/0) || _ <- lists:seq(1, Count)],
                  Self ! outside_made,
                  idle()
          end),
    receive outside_made -> ok after 1200000 -> exit(outside_not_made) end.

%% application callbacks
start(_Type, App) ->
    supervisor:start_link({local, list_to_atom(atom_to_list(App) ++ "_sup")}, ?MODULE, {top, App}).

stop(_) -> ok.

%% supervisor callbacks
init({top, bench_apps_web}) ->
    %% Linked to the supervisor, not its children: the tree's "linked" group.
    [spawn_link(fun idle/0) || _ <- [1, 2]],
    {ok, {flags(one_for_one), [sup(bench_apps_web_pool, pool), sup(bench_apps_web_static, static)]}};
init({top, bench_apps_db}) ->
    {ok, {flags(rest_for_one), [sup(P, pool) || P <- [bench_apps_db_pool_1, bench_apps_db_pool_2, bench_apps_db_pool_3]]}};
init({top, bench_apps_jobs}) ->
    {ok, {flags(one_for_all),
          [sup(bench_apps_jobs_pool, pool),
           #{id => ticker, start => {?MODULE, ticker, []}, restart => permanent, shutdown => 1000, type => worker}]}};
init(pool) ->
    {ok, {flags(simple_one_for_one),
          [#{id => worker, start => {?MODULE, worker, []}, restart => temporary, shutdown => brutal_kill}]}};
init(static) ->
    {ok, {flags(one_for_one), [static_worker(I) || I <- [1, 2, 3]] ++ [sup(bench_apps_web_cache, cache)]}};
init(cache) ->
    {ok, {flags(one_for_one), [static_worker(I) || I <- [1, 2]]}}.

flags(Strategy) -> #{strategy => Strategy, intensity => 10, period => 5}.

sup(Name, Arg) ->
    #{id => Name, start => {supervisor, start_link, [{local, Name}, ?MODULE, Arg]}, restart => permanent,
      shutdown => infinity, type => supervisor}.

static_worker(I) ->
    #{id => {worker, I}, start => {?MODULE, worker, []}, restart => permanent, shutdown => 1000, type => worker}.

worker() -> {ok, spawn_link(fun idle/0)}.

idle() ->
    receive stop -> ok end.

%% A little work every 100 ms, so the jobs application's reductions per second are not zero.
ticker() ->
    {ok, spawn_link(fun() -> register(bench_apps_jobs_ticker, self()), tick() end)}.

tick() ->
    _ = lists:seq(1, 500),
    receive stop -> ok after 100 -> tick() end.

%% --- observer_cli's App view, one refresh ----------------------------------------------------
%% observer_cli_application.erl:73-87 (render_worker/2), one pass; its redraw timer is the
%% bench's 1 s tick. The view's defaults (observer_cli.hrl:19-23): sorted by process count
%% ({proc_count, 1}), page 1.

refresh() ->
    Interval = 1000,
    %% observer_cli_lib.erl:318-325 (get_terminal_rows/1): a terminal's io:rows() round trip
    %% is left out (the rpc caller has no terminal); the default row count instead.
    TerminalRows = application:get_env(observer_cli, default_row_size, 30),
    Rows = max(TerminalRows - 5, 0),
    Menu = menu(Interval),
    Table = table(Rows, 1, 1),
    Last = io_lib:format("refresh: ~wms q(quit) Positive Number(set refresh interval time ms) "
                         "F/B(forward/back) Current pages is ~w~n", [Interval, 1]),
    iolist_to_binary([<<"\e[H">>, Menu, Table, Last]).

%% observer_cli_lib.erl:123-133 (render_menu/2) and 37-41 (uptime/0): whether Mnesia runs,
%% the node's uptime.
menu(Interval) ->
    Mnesia = case ets:info(schema, owner) of
                 undefined -> "";
                 _ -> "Mnesia(M)"
             end,
    {UpMs, _} = erlang:statistics(wall_clock),
    {D, {H, M, S}} = calendar:seconds_to_daystime(UpMs div 1000),
    io_lib:format("\e[7mHome(H) Network(N) System(S) Ets(E) ~sApp(A) Doc(D) Plugin(P) Interval: ~wms "
                  "~BDays ~2..0B:~2..0B:~2..0B\e[0m~n", [Mnesia, Interval, D, H, M, S]).

%% observer_cli_application.erl:89-147 (render_app_info/3): every application's totals as
%% rows keyed {the sort column, status}, the page's rows largest first (observer_cli_lib.erl:
%% 391-400, recon_lib:sublist_top_n_attrs/2 over a few dozen rows), each rendered.
table(Rows, Page, Column) ->
    Keyed = [{App, {element(Column, T), Status}, T} || {App, T = {_, _, _, _, Status, _}} <- maps:to_list(totals())],
    Sorted = lists:reverse(lists:keysort(2, Keyed)),
    Start = Rows * (Page - 1) + 1,
    Shown = case length(Sorted) >= Start of
                true -> lists:sublist(Sorted, Start, Rows);
                false -> []
            end,
    Header = io_lib:format("|~-3s|~-31s|~-20s|~-20s|~-17s|~-10s|~-12s|~-16s|~n",
                           ["Id", "App", "ProcessCount(p)", "Memory(m)", "Reductions(r)", "MsgQ(mq)", "Status", "version"]),
    {_, Lines} = lists:foldl(
                   fun({App, _, {C, Mem, R, Q, Status, V}}, {Pos, Acc}) ->
                           Line = io_lib:format("|~-3w|~-31.31s|~-20w|~-20s|~-17w|~-10w|~-12s|~-16s|~n",
                                                [Pos, atom_to_list(App), C, bytes(Mem), R, Q, Status, V]),
                           {Pos + 1, [Line | Acc]}
                   end, {Start, []}, Shown),
    [Header | lists:reverse(Lines)].

bytes(B) when B >= 1 bsl 30 -> io_lib:format("~.4f GB", [B / (1 bsl 30)]);
bytes(B) when B >= 1 bsl 20 -> io_lib:format("~.4f MB", [B / (1 bsl 20)]);
bytes(B) when B >= 1 bsl 10 -> io_lib:format("~.4f KB", [B / (1 bsl 10)]);
bytes(B) -> io_lib:format("~w B", [B]).

%% observer_cli_application.erl:149-158 (app_info/0): the application controller's lists, the
%% group leaders of the running applications, then one pass over every process. On OTP 27+
%% it walks erlang:processes_iterator/0 (160-178, and 181-210 for a group leader it does not
%% know: up the group-leader chain, 310-314); before, the list of erlang:processes() without
%% itself (212-238, an unknown group leader counts as no_group at once).
totals() ->
    Info = application:info(),
    Apps = statuses(Info),
    Leaders = leaders(Info),
    case erlang:function_exported(erlang, processes_iterator, 0) of
        true -> walk(erlang:processes_iterator(), Leaders, Apps);
        false -> scan(erlang:processes(), self(), Leaders, Apps)
    end.

-define(ITEMS, [group_leader, memory, reductions, message_queue_len]).

scan([], _Self, _Leaders, Acc) -> Acc;
scan([Self | Pids], Self, Leaders, Acc) -> scan(Pids, Self, Leaders, Acc);
scan([Pid | Pids], Self, Leaders, Acc) ->
    case erlang:process_info(Pid, ?ITEMS) of
        undefined ->
            scan(Pids, Self, Leaders, Acc);
        [{group_leader, GL}, {memory, M}, {reductions, R}, {message_queue_len, Q}] ->
            scan(Pids, Self, Leaders, count(maps:get(GL, Leaders, no_group), M, R, Q, Acc))
    end.

walk(Iter, Leaders, Acc) ->
    case erlang:processes_next(Iter) of
        none ->
            Acc;
        {Pid, Next} ->
            case erlang:process_info(Pid, ?ITEMS) of
                undefined ->
                    walk(Next, Leaders, Acc);
                [{group_leader, GL}, {memory, M}, {reductions, R}, {message_queue_len, Q}] ->
                    walk(Next, Leaders, count(owner(GL, Leaders), M, R, Q, Acc))
            end
    end.

owner(GL, Leaders) ->
    case Leaders of
        #{GL := App} -> App;
        _ ->
            case top_leader(GL) of
                no_group -> no_group;
                Top -> maps:get(Top, Leaders, no_group)
            end
    end.

top_leader(Pid) ->
    case erlang:process_info(Pid, group_leader) of
        undefined -> no_group;
        {group_leader, Pid} -> Pid;
        {group_leader, Up} -> top_leader(Up)
    end.

count(App, M, R, Q, Acc) ->
    {C0, M0, R0, Q0, S, V} = maps:get(App, Acc),
    Acc#{App := {C0 + 1, M0 + M, R0 + R, Q0 + Q, S, V}}.

%% observer_cli_application.erl:240-256 (leader_info/1): each running application's master
%% (the pid application:info() gives) and its group leader.
leaders(Info) ->
    {running, Running} = lists:keyfind(running, 1, Info),
    lists:foldl(fun({App, Master}, Acc) when is_pid(Master) ->
                        case erlang:process_info(Master, group_leader) of
                            {group_leader, GL} -> Acc#{GL => App};
                            undefined -> Acc
                        end;
                   (_, Acc) -> Acc
                end, #{}, Running).

%% observer_cli_application.erl:258-308 (app_status/1, get_version/2): a row of zeros per
%% application with its status and version, later lists overriding earlier ones; no_group
%% for the rest.
statuses(Info) ->
    Get = fun(Key) -> element(2, lists:keyfind(Key, 1, Info)) end,
    Zero = fun(Status, Vsn) -> {0, 0, 0, 0, Status, Vsn} end,
    Vsn = fun(App, Acc) ->
                  case Acc of
                      #{App := {_, _, _, _, _, V}} -> V;
                      _ -> "unknown"
                  end
          end,
    A0 = #{no_group => Zero("Unknown", "unknown")},
    A1 = lists:foldl(fun({App, _}, Acc) -> Acc#{App => Zero("Loading", "unknown")} end, A0, Get(loading)),
    A2 = lists:foldl(fun({App, _, V}, Acc) -> Acc#{App => Zero("Loaded", V)} end, A1, Get(loaded)),
    A3 = lists:foldl(fun({App, _, _, _}, Acc) -> Acc#{App => Zero("Starting", Vsn(App, Acc))} end, A2, Get(starting)),
    A4 = lists:foldl(fun({App, _}, Acc) -> Acc#{App => Zero("Started", Vsn(App, Acc))} end, A3, Get(started)),
    lists:foldl(fun({App, _, _, _}, Acc) -> Acc#{App => Zero("StartPFalse", Vsn(App, Acc))} end, A4, Get(start_p_false)).
