%% SPDX-License-Identifier: GPL-3.0-or-later
%% The node of bench_ets and observer_cli's ETS view rebuilt as a peer (observer_cli runs on
%% the observed node and is not in Debian; this module repeats, from a description of its
%% collector, the calls one refresh of its ETS view makes; no code of observer_cli or recon).
%%
%%   tables(N) -> Count        N tables owned by bench_ets_owner: every type and protection,
%%                             one in ten named, a few rows each, and bench_small (19 rows);
%%                             Count: ets:all() after
%%   big(Rows) -> Size         bench_big, a public set of Rows small rows, owned by bench_ets_big
%%   refresh() -> Page         one refresh of observer_cli's ETS view, sorted by memory: the menu's
%%                             reads, ets:info/1 and the owner's registered name for every table,
%%                             the 26 largest kept in a bounded structure, the page rendered as
%%                             text; Page is that text (what the real view writes to the remote
%%                             terminal), so the bench's byte column carries its real traffic
-module(bench_peer_ets).
-export([tables/1, big/1, refresh/0]).

-define(ROWS, 26). %% a 30-row terminal, less the menu and last lines

%% --- the measured node ----------------------------------------------------------------------

tables(N) ->
    hold(bench_ets_owner, fun() ->
                                  [make(I) || I <- lists:seq(1, N)],
                                  Small = ets:new(bench_small, [named_table, public]),
                                  ets:insert(Small, [{K, K} || K <- lists:seq(1, 19)])
                          end),
    length(ets:all()).

make(I) ->
    Type = lists:nth(I rem 4 + 1, [set, ordered_set, bag, duplicate_bag]),
    Prot = lists:nth(I rem 3 + 1, [public, protected, private]),
    Opts = case I rem 10 of
               0 -> [named_table];
               _ -> []
           end,
    T = ets:new(list_to_atom("bench_ets_" ++ integer_to_list(I)), [Type, Prot | Opts]),
    ets:insert(T, [{K, I} || K <- lists:seq(1, I rem 20)]).

big(Rows) ->
    hold(bench_ets_big, fun() ->
                                T = ets:new(bench_big, [named_table, public, set]),
                                fill(T, 1, Rows)
                        end),
    ets:info(bench_big, size).

fill(_, From, Rows) when From > Rows -> ok;
fill(T, From, Rows) ->
    To = min(Rows, From + 9999),
    ets:insert(T, [{K, K} || K <- lists:seq(From, To)]),
    fill(T, To + 1, Rows).

%% A registered process that runs Make and then keeps what it made.
hold(Name, Make) ->
    Self = self(),
    spawn(fun() ->
                  register(Name, self()),
                  Make(),
                  Self ! {made, Name},
                  receive stop -> ok end
          end),
    receive {made, Name} -> ok after 600000 -> exit({not_made, Name}) end.

%% --- observer_cli's ETS view, one refresh ----------------------------------------------------

refresh() ->
    Menu = menu(),
    Sorted = top(?ROWS),
    WordSize = erlang:system_info(wordsize),
    Lines = [row(Value, Info, WordSize) || {Value, _, Info} <- Sorted],
    iolist_to_binary([<<"\e[H">>, Menu, Lines, <<"q(quit) p(pause) r/rr(reduction) s(size) m(memory)\n">>]).

%% The menu line: whether Mnesia runs (the owner of its schema table) and the uptime.
menu() ->
    Mnesia = case ets:info(schema, owner) of
                 undefined -> "";
                 _ -> "Mnesia(M) "
             end,
    {Up, _} = erlang:statistics(wall_clock),
    io_lib:format("\e[7mHome(H) Network(N) System(S) Ets(E) ~sApp(A) Doc(D) Plugin(P) recon:~s Uptime:~pms\e[0m~n",
                  [Mnesia, "2.5", Up]).

%% Every table's info and its owner's registered name; the Rows largest by memory (words),
%% largest first, kept in a bounded ordered set: O(N log Rows), never a sort of every table.
top(Rows) ->
    Keep = fun(Tab, {Set, Seq}) ->
                   {Value, Info} = info(Tab),
                   Set1 = gb_sets:add({Value, Seq, Info}, Set),
                   Set2 = case gb_sets:size(Set1) > Rows of
                              true -> element(2, gb_sets:take_smallest(Set1));
                              false -> Set1
                          end,
                   {Set2, Seq + 1}
           end,
    {Set, _} = lists:foldl(Keep, {gb_sets:empty(), 0}, ets:all()),
    lists:reverse(gb_sets:to_list(Set)).

info(Tab) ->
    try ets:info(Tab) of
        undefined -> unread();
        Info ->
            Owner = proplists:get_value(owner, Info),
            %% observer_cli asks for the owner's registered name and keeps the pid anyway.
            _ = erlang:process_info(Owner, registered_name),
            {proplists:get_value(memory, Info), Info}
    catch _:_ -> unread()
    end.

unread() ->
    {0, [{name, unread}, {memory, 0}, {size, 0}, {type, unread}, {protection, unread}, {keypos, 0},
         {write_concurrency, unread}, {read_concurrency, unread}, {owner, unread}]}.

row(Memory, Info, WordSize) ->
    G = fun(K) -> proplists:get_value(K, Info) end,
    io_lib:format("|~-24.24s|~12w|~14w|~-13w|~-10w|~6w|~-14.14s|~-14w|~n",
                  [io_lib:format("~p", [G(name)]), G(size), Memory * WordSize, G(type), G(protection), G(keypos),
                   io_lib:format("~p/~p", [G(write_concurrency), G(read_concurrency)]), G(owner)]).
