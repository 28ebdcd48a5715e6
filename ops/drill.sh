#!/usr/bin/env bash
# The two-replica drill (issue 16, decision 017), on one machine without a container engine: the topology of
# docker/compose.yaml — MariaDB, an S3-compatible object store (s3proxy on its file-system back end), two production
# jars and HAProxy with sticky sessions and health checks — under the Gatling load; one replica is killed and rejoins;
# a backup (consistent dump + the object store) is taken every BACKUP_EVERY seconds; at the end everything is restored
# into an empty database and store and every stored report is checked against its SHA-256.
#   ops/drill.sh <production jar> [companies (20)] [users (40)]
# Run from the project root with MariaDB on 127.0.0.1:3306 (root, no password) and haproxy installed. Settings (env):
# LOAD_SECONDS (360) the load after the ramp, KILL_AT (90) and REJOIN_AT (150) seconds into the load, BACKUP_EVERY
# (300). Everything lands in target/drill/; the summary in target/drill/summary.txt.
set -euo pipefail
jar=$(readlink -f "$1")
companies=${2:-20}
users=${3:-40}
load_seconds=${LOAD_SECONDS:-360}
kill_at=${KILL_AT:-90}
rejoin_at=${REJOIN_AT:-150}
backup_every=${BACKUP_EVERY:-300}
dir=$PWD/target/drill
db=baton_drill
sql() { mariadb -uroot -h127.0.0.1 -P3306 -N -B "$@"; }
say() { printf '%s  %s\n' "$(date +%T)" "$*" | tee -a "$dir/summary.txt"; }

pids=()
cleanup() {
  for p in "${pids[@]}"; do kill "$p" 2>/dev/null || true; done
  [ -f "$dir/haproxy.pid" ] && kill "$(cat "$dir/haproxy.pid")" 2>/dev/null || true
}
trap cleanup EXIT

rm -rf "$dir" && mkdir -p "$dir"/{r1,r2,store,backups}
: > "$dir/summary.txt"
sql -e "DROP DATABASE IF EXISTS $db; DROP DATABASE IF EXISTS ${db}_restored;
        CREATE DATABASE $db CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci"

say "object store: s3proxy (file system) on :18333"
./mvnw -B -q -ntp dependency:copy -Dartifact=org.gaul:s3proxy:4.1.0:jar:jar-with-dependencies \
  -DoutputDirectory="$dir" -Dmdep.stripVersion=true >/dev/null
s3_props() {
  cat <<EOF
s3proxy.endpoint=http://127.0.0.1:$1
s3proxy.authorization=aws-v2-or-v4
s3proxy.identity=baton
s3proxy.credential=drill-secret
jclouds.provider=filesystem
jclouds.filesystem.basedir=$2
EOF
}
s3_props 18333 "$dir/store" > "$dir/s3proxy.properties"
java -jar "$dir/s3proxy-jar-with-dependencies.jar" --properties "$dir/s3proxy.properties" > "$dir/s3proxy.log" 2>&1 &
pids+=($!)

replica() { # <n> <port> <database> <store endpoint> [load companies]
  local n=$1 port=$2 database=$3 endpoint=$4 extra=()
  if [ -n "${5:-}" ]; then
    extra=(--baton.demo.load-companies="$5" --baton.demo.load-users-file="$dir/load-users.csv")
  fi
  mkdir -p "$dir/r$n"
  (cd "$dir/r$n" && BATON_FILES_STORE=s3 BATON_FILES_S3_ENDPOINT="$endpoint" BATON_FILES_S3_BUCKET=baton-files \
     BATON_FILES_S3_ACCESS_KEY=baton BATON_FILES_S3_SECRET_KEY=drill-secret BATON_FILES_S3_CREATE_BUCKET=true \
     exec java -jar "$jar" --server.port="$port" \
       --spring.datasource.url="jdbc:mysql://127.0.0.1:3306/$database" --spring.datasource.username=root \
       --spring.datasource.password= "${extra[@]}" >> "$dir/r$n/app.log" 2>&1) &
  echo $!
}
wait_up() { # <port> <seconds>
  for _ in $(seq 1 "$2"); do
    curl -fsS -o /dev/null "http://127.0.0.1:$1/login" 2>/dev/null && return 0
    sleep 1
  done
  return 1
}

say "replica 1 on :18081 (makes the demo data and $companies load companies)"
r1=$(replica 1 18081 $db http://127.0.0.1:18333 "$companies")
pids+=("$r1")
wait_up 18081 $((900 + 6 * companies)) || { say "replica 1 did not start"; tail -40 "$dir/r1/app.log"; exit 1; }
say "replica 2 on :18082"
r2=$(replica 2 18082 $db http://127.0.0.1:18333)
pids+=("$r2")
wait_up 18082 300 || { say "replica 2 did not start"; tail -40 "$dir/r2/app.log"; exit 1; }

cat > "$dir/haproxy.cfg" <<EOF
# docker/haproxy.cfg for the drill: plain HTTP on one machine, the same stickiness and health checks
global
    maxconn 2048
defaults
    mode http
    timeout connect 5s
    timeout client 1h
    timeout server 1h
    option forwardfor
    compression algo gzip
    compression type text/html text/css text/plain text/javascript application/javascript application/json
frontend web
    bind 127.0.0.1:18090
    default_backend baton
backend baton
    balance roundrobin
    cookie SERVERID insert indirect nocache httponly
    option redispatch
    option httpchk GET /login
    default-server inter 2s fall 2 rise 2
    server baton-1 127.0.0.1:18081 check cookie baton-1
    server baton-2 127.0.0.1:18082 check cookie baton-2
EOF
haproxy -c -q -f "$dir/haproxy.cfg"
haproxy -D -p "$dir/haproxy.pid" -f "$dir/haproxy.cfg"
wait_up 18090 30
say "HAProxy on :18090 in front of both"

# what was committed: immutable rows up to an id, as a checksum (audit events, report versions and their files)
committed() { # <database> <max audit id> <max version id>
  sql "$1" -e "SET SESSION group_concat_max_len = 1073741824; SELECT
    (SELECT CONCAT(COUNT(*), ':', MD5(GROUP_CONCAT(id, action, IFNULL(object_id, ''), summary, occurred_at
       ORDER BY id SEPARATOR '|'))) FROM audit_event WHERE id <= $2),
    (SELECT CONCAT(COUNT(*), ':', MD5(GROUP_CONCAT(id, sha256, storage_key ORDER BY id SEPARATOR '|')))
       FROM report_version WHERE id <= $3)"
}
max_ids() { sql "$1" -e "SELECT IFNULL(MAX(id), 0) FROM audit_event; SELECT IFNULL(MAX(id), 0) FROM report_version" | tr '\n' ' '; }

backup() { # a consistent dump and the store as they are now; prints the backup's directory
  local b="$dir/backups/$(date +%H%M%S)"
  mkdir -p "$b"
  local ids
  ids=$(max_ids $db)
  mariadb-dump -uroot -h127.0.0.1 --single-transaction --routines --triggers $db > "$b/db.sql"
  tar -C "$dir/store" -cf "$b/store.tar" .
  echo "$ids" > "$b/ids"
  date +%s > "$b/at"
  echo "$b"
}

say "backup every ${backup_every}s; load: $users users for ${load_seconds}s"
last_backup=$(backup)
(
  while sleep "$backup_every"; do backup > "$dir/backups/latest"; done
) &
pids+=($!)

set +e
./mvnw -B -ntp -Pload gatling:test -Dvaadin.skip=true -Dbaton.load.url=http://127.0.0.1:18090 \
  -Dbaton.load.users-file="$dir/load-users.csv" -Dusers="$users" -Dramp=30 -Dduration="$load_seconds" -Dthink=5 \
  > "$dir/gatling.log" 2>&1 &
gatling=$!
set -e
sleep $((30 + kill_at))
read -r audit_before versions_before <<< "$(max_ids $db)"
before=$(committed $db "$audit_before" "$versions_before")
locks_before=$(sql $db -e "SELECT CONCAT(name, '@', locked_by) FROM shedlock ORDER BY name" | tr '\n' ' ')
kill -9 "$r2"
killed_at=$(date +%s)
say "killed replica 2 (kill -9) with $audit_before audit events and $versions_before report versions committed"
sleep $((rejoin_at - kill_at))
r2=$(replica 2 18082 $db http://127.0.0.1:18333)
pids+=("$r2")
wait_up 18082 300 && say "replica 2 rejoined after $(( $(date +%s) - killed_at )) s" || say "replica 2 did not rejoin"
gatling_rc=0
wait "$gatling" || gatling_rc=$?
after=$(committed $db "$audit_before" "$versions_before")
locks_after=$(sql $db -e "SELECT CONCAT(name, '@', locked_by) FROM shedlock ORDER BY name" | tr '\n' ' ')
say "Gatling exit $gatling_rc: $(grep -E '^> (request count|response time 95th|KO) ' "$dir/gatling.log" | tail -3 | tr -s ' ' | tr '\n' ';')"
if [ "$before" = "$after" ]; then
  say "nothing committed before the kill was lost or changed ($before)"
else
  say "COMMITTED ROWS CHANGED: before $before, after $after"
fi
say "scheduled-job locks before: $locks_before; after: $locks_after"
grep -q "Exception" "$dir/r1/app.log" && say "replica 1 logged exceptions: $(grep -c Exception "$dir/r1/app.log")" || true

# the disaster: the database and the store are gone; restore the newest backup into empty ones
[ -s "$dir/backups/latest" ] && last_backup=$(cat "$dir/backups/latest")
read -r audit_final versions_final <<< "$(max_ids $db)"
ended_at=$(date +%s)
read -r audit_backup versions_backup < "$last_backup/ids"
say "newest backup $(( ended_at - $(cat "$last_backup/at") )) s before the end (RPO); since then $((audit_final - audit_backup)) audit events and $((versions_final - versions_backup)) report versions were written"
restore_started=$(date +%s%N)
sql -e "CREATE DATABASE ${db}_restored CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci"
mariadb -uroot -h127.0.0.1 ${db}_restored < "$last_backup/db.sql"
mkdir -p "$dir/restored-store" && tar -C "$dir/restored-store" -xf "$last_backup/store.tar"
bad=0 checked=0
while read -r key sum; do
  checked=$((checked + 1))
  file="$dir/restored-store/baton-files/$key"
  if [ ! -f "$file" ] || [ "$(sha256sum "$file" | cut -d' ' -f1)" != "$sum" ]; then
    bad=$((bad + 1))
  fi
done < <(sql ${db}_restored -e "SELECT storage_key, sha256 FROM report_version")
s3_props 18334 "$dir/restored-store" > "$dir/s3proxy-restored.properties"
java -jar "$dir/s3proxy-jar-with-dependencies.jar" --properties "$dir/s3proxy-restored.properties" \
  > "$dir/s3proxy-restored.log" 2>&1 &
pids+=($!)
r3=$(replica 3 18083 ${db}_restored http://127.0.0.1:18334)
pids+=("$r3")
wait_up 18083 300 || say "the restored replica did not start"
restored_ms=$(( ($(date +%s%N) - restore_started) / 1000000 ))
say "restored into an empty database and store and served /login in ${restored_ms} ms (RTO); $checked report files checked, $bad missing or not matching their SHA-256"
same=$(committed ${db}_restored "$audit_backup" "$versions_backup")
say "restored rows match the backup's: $([ "$same" = "$(committed $db "$audit_backup" "$versions_backup")" ] && echo yes || echo NO)"
[ "$before" = "$after" ] && [ "$bad" -eq 0 ]
