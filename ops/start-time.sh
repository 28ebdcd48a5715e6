#!/usr/bin/env bash
# Times a start of the production jar to its first served /login (issue 16, decision 017): starts java with the given
# arguments, polls /login every 50 ms, prints the seconds, stops the app. Two modes:
#   production — the mysql profile against DB_URL (default: MariaDB on 127.0.0.1, database baton_start; migrate it
#                once with a first start), no demo data
#   demo       — the default profile on a fresh in-memory H2: 36 migrations and the demo data before /login
#
#   ops/start-time.sh production -XX:AOTCache=/opt/baton/baton.aot -jar /opt/baton/app/baton-0.1.0-SNAPSHOT.jar
#   ops/start-time.sh demo -jar target/baton-0.1.0-SNAPSHOT.jar
set -euo pipefail
mode=${1:?usage: ops/start-time.sh production|demo <java arguments>}
shift
port=${PORT:-18099}
dir=$(mktemp -d)
case "$mode" in
  production)
    export DB_URL=${DB_URL:-jdbc:mysql://127.0.0.1:3306/baton_start} DB_USER=${DB_USER:-root}
    extra=(--spring.profiles.active=mysql) ;;
  demo)
    extra=(--spring.datasource.url="jdbc:h2:mem:start;MODE=MySQL;DB_CLOSE_DELAY=-1") ;;
  *) echo "mode must be production or demo" >&2; exit 2 ;;
esac
started=$(date +%s%N)
(cd "$dir" && exec java "$@" "${extra[@]}" --server.port="$port" >app.log 2>&1) &
pid=$!
until curl -s -o /dev/null -w '%{http_code}' "http://127.0.0.1:$port/login" 2>/dev/null | grep -q 200; do
  if ! kill -0 "$pid" 2>/dev/null; then
    echo "the application stopped before serving /login; its log: $dir/app.log" >&2
    exit 1
  fi
  sleep 0.05
done
elapsed=$(( ($(date +%s%N) - started) / 1000000 ))
echo "$mode: /login after $((elapsed / 1000)).$(printf '%03d' $((elapsed % 1000))) s (load average $(cut -d' ' -f1 /proc/loadavg))"
kill "$pid" 2>/dev/null || true
wait "$pid" 2>/dev/null || true
rm -rf "$dir"
