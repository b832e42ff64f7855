%% SPDX-License-Identifier: GPL-3.0-or-later
%% The peer for bench_alloc: what observer_cli's System page asks the node for its allocator
%% tables on every refresh, written for the bench (no code taken from recon or observer_cli).
%%
%% observer_cli's render worker calls recon_alloc five times per refresh: cache_hit_rates(),
%% average_block_sizes(current), average_block_sizes(max), sbcs_to_mbcs(current) and
%% sbcs_to_mbcs(max), and sums the two sbcs/mbcs lists per type. Each of those calls takes a
%% whole snapshot of its own: erlang:memory(), erlang:system_info({allocator, erts_mmap}),
%% erlang:system_info(alloc_util_allocators), and erlang:system_info({allocator, A}) for
%% sys_alloc, mseg_alloc and every enabled alloc_util allocator; every instance's figures are
%% sorted and their per-origin block lists folded into totals before the call picks what it
%% needs. This module makes the same node calls, five dumps per refresh, and the same kind of
%% reshaping, then derives the same five results.
%%
%% Left out: the page's text rendering and its other collectors (`ps` through os:cmd, the
%% system_info calls of the header, the distribution statistics), which are not the allocator
%% collector.
-module(bench_peer_alloc).
-export([refresh/0, results/0, sizes/0, time_refreshes/1, one_dump/0, sizes_only/0]).

%% The types observer_cli shows (and recon analyses): not literal_alloc, nor exec_alloc.
types() ->
    [temp_alloc, eheap_alloc, binary_alloc, ets_alloc, driver_alloc, sl_alloc, ll_alloc,
     fix_alloc, std_alloc].

%% One refresh, as driven by the bench over rpc: the five results are built and dropped; the
%% reply is their lengths, so what crosses the wire is not the peer's cost.
refresh() ->
    [length(R) || R <- results()].

results() ->
    [hit_rates(dump()),
     block_averages(dump(), current),
     block_averages(dump(), max),
     per_type(sbcs_ratios(dump(), current)),
     per_type(sbcs_ratios(dump(), max))].

%% What the five results weigh in the external format, one by one and together: what a tool
%% shipping them to another node would send (observer_cli sends rendered text instead).
sizes() ->
    Rs = results(),
    [byte_size(term_to_binary(R)) || R <- Rs] ++ [byte_size(term_to_binary(Rs))].

%% Microseconds N refreshes take in this process (for checking the peer against the real
%% thing by hand).
time_refreshes(N) ->
    {Us, _} = timer:tc(fun() -> [refresh() || _ <- lists:seq(1, N)] end),
    Us div N.

%% For comparison, the node calls alone of a single allocator dump, as Beamtop's agent makes
%% them once per request (erlang:memory(total), then {allocator, A} for every alloc_util
%% allocator and mseg_alloc), with nothing done with the answers.
one_dump() ->
    _ = erlang:memory(total),
    [length(erlang:system_info({allocator, A}))
     || A <- erlang:system_info(alloc_util_allocators) ++ [mseg_alloc]].

%% And what a sizes-only reading would take: erlang:memory(total), carrier and block sizes of
%% every alloc_util allocator in one call (no carrier or block counts, no settings), and
%% mseg_alloc's dump for its cache.
sizes_only() ->
    _ = erlang:memory(total),
    Sizes = erlang:system_info({allocator_sizes, erlang:system_info(alloc_util_allocators)}),
    [length(Sizes), length(erlang:system_info({allocator, mseg_alloc}))].

%% ---------------------------------------------------------------------------------------
%% One snapshot: memory, then every allocator instance as {{Alloc, N}, Props}, Props sorted and
%% reshaped.

dump() ->
    Memory = erlang:memory(),
    Mmap = try [{{erts_mmap, 0}, erlang:system_info({allocator, erts_mmap})}]
           catch error:badarg -> []
           end,
    Allocs = [sys_alloc, mseg_alloc | erlang:system_info(alloc_util_allocators)],
    Instances = [{{A, N}, reshape(A, Props)}
                 || A <- Allocs,
                    Info <- [erlang:system_info({allocator, A})],
                    is_list(Info),
                    {_, N, Props} <- Info],
    {Memory, Mmap ++ Instances}.

reshape(A, Props) ->
    [{K, reshape_value(A, K, V)} || {K, V} <- lists:sort(Props)].

%% Every list value is walked; a {blocks, [{Origin, Counts}]} entry (OTP 23+: blocks by the
%% type that allocated them) becomes totals, the foreign origins, and the raw list.
reshape_value(A, K, V) when is_list(V) -> reshape_list(A, K, V);
reshape_value(_, _, V) -> V.

reshape_list(_, _, []) ->
    [];
reshape_list(A, K, [{blocks, Origins} | Rest]) when is_list(Origins) ->
    Foreign = [O || {Origin, _} = O <- Origins, Origin =/= A],
    Totals = case K of
                 mbcs_pool ->
                     [{blocks, origin_sum(count, Origins, 0)},
                      {blocks_size, origin_sum(size, Origins, 0)}];
                 _ ->
                     {C, L, M} = origin_sum(count, Origins, {0, 0, 0}),
                     {SC, SL, SM} = origin_sum(size, Origins, {0, 0, 0}),
                     [{blocks, C, L, M}, {blocks_size, SC, SL, SM}]
             end,
    Totals ++ [{foreign_blocks, Foreign}, {raw_blocks, Origins} | reshape_list(A, K, Rest)];
reshape_list(A, K, [X | Rest]) ->
    [X | reshape_list(A, K, Rest)].

origin_sum(Key, Origins, Zero) ->
    lists:foldl(fun({_, Counts}, Acc) ->
                        case lists:keyfind(Key, 1, Counts) of
                            {Key, C, L, M} -> {C0, L0, M0} = Acc, {C0 + C, L0 + L, M0 + M};
                            {Key, V} -> Acc + V;
                            false -> Acc
                        end
                end, Zero, Origins).

instances_of(Types, {_Memory, Instances}) ->
    [I || {{A, _}, _} = I <- Instances, lists:member(A, Types)].

%% ---------------------------------------------------------------------------------------
%% The five results.

%% mseg_alloc's cache per instance, worst first (misses weighted by calls).
hit_rates(Dump) ->
    Rows = [begin
                Kind = proplists:get_value(memkind, Props),
                {_, Hits} = lists:keyfind(cache_hits, 1, proplists:get_value(status, Kind)),
                {_, G, O} = lists:keyfind(mseg_alloc, 1, proplists:get_value(calls, Kind)),
                Calls = G * 1000000000 + O,
                Rate = ratio(Hits, Calls),
                {(1.0 - Rate) * Calls, {instance, N}, [{hit_rate, Rate}, {hits, Hits}, {calls, Calls}]}
            end || {{_, N}, Props} <- instances_of([mseg_alloc], Dump)],
    [{Key, Val} || {_, Key, Val} <- lists:reverse(lists:sort(Rows))].

%% Average block size in mbcs (pool included at current) and sbcs, per type.
block_averages(Dump, Which) ->
    Sums = lists:foldl(
             fun({{A, _}, Props}, D0) ->
                     D1 = dict:update_counter({A, sbcs, count}, field(Props, Which, sbcs, blocks), D0),
                     D2 = dict:update_counter({A, sbcs, size}, field(Props, Which, sbcs, blocks_size), D1),
                     D3 = dict:update_counter({A, mbcs, count}, field(Props, Which, mbcs, blocks), D2),
                     dict:update_counter({A, mbcs, size}, field(Props, Which, mbcs, blocks_size), D3)
             end, dict:new(), instances_of(types(), Dump)),
    pair_up(averages(lists:sort(dict:to_list(Sums)))).

averages([{{A, Kind, count}, Count}, {{A, Kind, size}, Size} | Rest]) ->
    Avg = case Count of 0 -> 0; _ -> Size / Count end,
    [{A, Kind, Avg} | averages(Rest)];
averages([]) ->
    [].

pair_up([{A, K1, V1}, {A, K2, V2} | Rest]) -> [{A, [{K1, V1}, {K2, V2}]} | pair_up(Rest)];
pair_up([]) -> [].

%% Blocks in sbcs per block in mbcs, per instance, worst first.
sbcs_ratios(Dump, Which) ->
    Rows = [begin
                S = field(Props, Which, sbcs, blocks),
                M = field(Props, Which, mbcs, blocks),
                R = if S =:= 0, M =:= 0 -> 0;
                       M =:= 0 -> infinity;
                       true -> S / M
                    end,
                {R, Key}
            end || {Key, Props} <- instances_of(types(), Dump)],
    [{Key, R} || {R, Key} <- lists:reverse(lists:sort(Rows))].

%% observer_cli's table: the ratios summed per type (an instance at infinity drops out).
per_type(Ratios) ->
    maps:to_list(lists:foldl(fun({{A, _}, R}, Acc) when is_number(R) ->
                                     maps:update_with(A, fun(V) -> V + R end, R, Acc);
                                (_, Acc) ->
                                     Acc
                             end, #{}, Ratios)).

%% One figure of an instance: current or max, mbcs with the pool added at current.
field(Props, Which, Kind, Key) ->
    Pos = case Which of current -> 2; max -> 4 end,
    Own = element(Pos, lists:keyfind(Key, 1, proplists:get_value(Kind, Props))),
    case {Kind, Which} of
        {mbcs, current} ->
            case proplists:get_value(mbcs_pool, Props) of
                undefined -> Own;
                Pool -> Own + element(2, lists:keyfind(Key, 1, Pool))
            end;
        _ ->
            Own
    end.

ratio(0, 0) -> 1.0;
ratio(A, B) -> A / B.
