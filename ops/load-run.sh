#!/usr/bin/env bash
# One measured load run (decision 017): runs the Gatling harness — and the local MariaDB/MySQL, all its threads — pinned
# to the CPUs in LOAD_CPUS (default 1; the database's: DB_CPUS) against
# a Baton already running (pinned elsewhere, e.g. `taskset -c 0 java -jar …`), and prints the server's CPU time per
# request beside Gatling's latencies, and the active users one server core would carry at 50 % CPU.
#   ops/load-run.sh <server-pid> <url> <users-file> <users> [ramp-s] [loop-s] [think-s]
# Run from the project root. The report lands under target/gatling/; the console output in target/load-run.log.
# With REQUEST_CPU_FILE set to the file the server writes (--baton.capacity.request-cpu-file), it also prints the
# CPU of each kind of request of this run (ops/request-cpu.sh).
set -euo pipefail
pid=$1 url=$2 file=$3 users=$4 ramp=${5:-60} loop=${6:-180} think=${7:-10}
cpus=${LOAD_CPUS:-1}
ticks=$(getconf CLK_TCK)
cpu_ticks() { awk '{print $14 + $15}' "/proc/$1/stat"; }
# CPU ticks of each of the server's threads, by name with its number taken off (http-nio-8080-exec, C2 CompilerThre…)
thread_ticks() {
  { for t in /proc/"$1"/task/*; do # a thread may end while this reads: skip it
      printf '%s\t%s\n' "$(sed 's/[0-9]*$//' "$t/comm" 2>/dev/null || true)" \
        "$(sed 's/.*) //' "$t/stat" 2>/dev/null | awk '{print $12 + $13}' || true)"
    done || true; } | awk -F'\t' '$1 != "" && $2 != "" { s[$1] += $2 } END { for (n in s) print n "\t" s[n] }' | sort
}
# busy ticks of each core (user+nice+system+irq+softirq+steal), to tell which core a run saturates
core_ticks() { awk '/^cpu[0-9]/ { print $1 "\t" ($2 + $3 + $4 + $7 + $8 + $9) "\t" ($2 + $3 + $4 + $5 + $6 + $7 + $8 + $9) "\t" $9 }' /proc/stat; }
cores_before=$(core_ticks)
before=$(cpu_ticks "$pid")
threads_before=$(thread_ticks "$pid")
db_pid=$(pgrep -x mariadbd || pgrep -x mysqld || true)
# the database runs beside the load generator, away from the server's core (all its threads; DB_CPUS, default LOAD_CPUS)
if [ -n "$db_pid" ]; then
  taskset -a -pc "${DB_CPUS:-$cpus}" "$db_pid" > /dev/null || echo "could not pin the database to ${DB_CPUS:-$cpus}"
fi
db_before=$( [ -n "$db_pid" ] && cpu_ticks "$db_pid" || echo 0)
started=$(date +%s%N)
cpu_file=${REQUEST_CPU_FILE:-}
cpu_offset=$( [ -n "$cpu_file" ] && [ -f "$cpu_file" ] && stat -c %s "$cpu_file" || echo 0)
set +e
taskset -c "$cpus" ./mvnw -B -ntp -Pload gatling:test -Dvaadin.skip=true -Dbaton.load.url="$url" \
  -Dbaton.load.users-file="$file" -Dusers="$users" -Dramp="$ramp" -Dduration="$loop" -Dthink="$think" \
  > target/load-run.log 2>&1
rc=$?
set -e
after=$(cpu_ticks "$pid")
cores_after=$(core_ticks)
threads_after=$(thread_ticks "$pid")
db_after=$( [ -n "$db_pid" ] && cpu_ticks "$db_pid" || echo 0)
elapsed_ms=$(( ($(date +%s%N) - started) / 1000000 ))
requests=$(grep -E '^> request count' target/load-run.log | tail -1 | awk -F'|' '{gsub(/[ ,]/, "", $2); print $2}')
cpu_ms=$(( (after - before) * 1000 / ticks ))
echo "users: $users (ramp ${ramp}s, loop ${loop}s, think median ${think}s) — Gatling exit $rc"
grep -E '^> (request count|min|mean|response time (50th|75th|95th|99th)|max|mean throughput)' target/load-run.log | tail -9
grep -E '^> (OK: t|KO) ' target/load-run.log | tail -4
# the UIDL requests alone, the latency the targets name (the lines above also hold sign-ins, pages and the API)
grep -E '^UIDL requests' target/load-run.log | tail -1 || true
grep -E 'percentile|count of failed' target/load-run.log | grep -v 'actual : 0.0)' | head -20 || true
# Gatling's assertions that failed, e.g. a journey whose steps failed although every request answered (decision 017)
grep -E ' : false \(actual' target/load-run.log | sed 's/^/assertion failed: /' | head -10 || true
if [ -n "$requests" ] && [ "$requests" -gt 0 ]; then
  echo "server CPU: ${cpu_ms} ms over ${elapsed_ms} ms wall ($(( cpu_ms * 100 / elapsed_ms )) % of one core)"
  echo "server CPU per request: $(( cpu_ms * 1000 / requests )) µs over $requests requests"
  echo "database CPU: $(( (db_after - db_before) * 1000 / ticks )) ms ($(( (db_after - db_before) * 1000 / ticks * 1000 / requests )) µs per request)"
  # each core's busy share over the run: the server's core, and the one the load generator shares with the database
  join -t $'\t' <(echo "$cores_before") <(echo "$cores_after") \
    | awk -F'\t' '{ t = ($6 - $3) > 0 ? ($6 - $3) : 1
        printf "%s busy: %d %% of the run (stolen by the host: %.1f %%)\n", $1, ($5 - $2) * 100 / t, ($7 - $4) * 100 / t }'
  echo "server CPU by thread (threads alive at the end; ms, share):"
  join -t $'\t' -a 2 -e 0 -o 0,1.2,2.2 <(echo "$threads_before") <(echo "$threads_after") \
    | awk -F'\t' -v t="$ticks" -v all="$(( after - before ))" '{ d = $3 - $2; if (d > 0) printf "%8d ms %5.1f %%  %s\n", d * 1000 / t, 100 * d / all, $1 }' \
    | sort -rn | head -12
fi
if [ -n "$cpu_file" ]; then
  ops/request-cpu.sh "$cpu_file" "$cpu_offset" || true
fi
exit $rc
