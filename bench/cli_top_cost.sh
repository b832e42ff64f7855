#!/bin/bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Cross-check for bench_processes: the node CPU that `beamtop-cli top --watch` (1 s interval,
# 50 rows, default 2 % budget) costs a node with N idle processes plus three busy ones, measured
# from /proc over 30 s against a 20 s idle baseline. Run from the repo root after a build:
#   bench/cli_top_cost.sh [N]          (COUNT=R: rows per refresh, default 50)
set -u
N=${1:-100000}
C=$(head -c 12 /dev/urandom | base64 | tr -dc A-Za-z | head -c 16)
export ERL_EPMD_PORT=43690
READY=$(mktemp -u)
erl -sname clicost -setcookie $C +P 3000000 -noshell -eval "
Ps = [spawn(fun() -> receive stop -> ok end end) || _ <- lists:seq(1, $N)],
[spawn(fun Spin() -> _ = lists:seq(1, 2000), receive after 20 -> ok end, Spin() end) || _ <- lists:seq(1, 3)],
file:write_file(\"$READY\", <<\"ok\">>),
register(keep, self()), receive stop -> halt() end." &
# Wait until every process is spawned (at most 5 minutes), then let the node settle.
for _ in $(seq 3000); do [ -e "$READY" ] && break; sleep 0.1; done
rm -f "$READY"
sleep 3
PID=$(pgrep -f "sname clicost" | head -1)
BEAM=$(pgrep -P $PID beam.smp || echo $PID)
# utime + stime in clock ticks; 100 ticks a second on Debian, so ticks per second = % of a core.
cpu() { awk '{print $14+$15}' /proc/$BEAM/stat; }
c0=$(cpu); sleep 20; c1=$(cpu)
COOKIE_FILE=$(mktemp)
chmod 600 "$COOKIE_FILE"
echo -n "$C" > "$COOKIE_FILE"
timeout 31 build/bin/beamtop-cli --node clicost@$(hostname -s) --cookie-file "$COOKIE_FILE" top --watch --interval 1000 --count ${COUNT:-50} --format json > /dev/null 2>&1 &
sleep 1; c2=$(cpu); sleep 30; c3=$(cpu)
python3 -c "idle=($c1-$c0)/20; b=($c3-$c2)/30; print('%d processes: node idle %.2f %%, with beamtop-cli top %.2f %%, Beamtop %.2f %% of one core' % ($N, idle, b, b - idle))"
kill $PID
rm -f "$COOKIE_FILE"
