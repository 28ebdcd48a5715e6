#!/usr/bin/env bash
# Prepares the production jar for a fast start (issue 16, decision 017): extracts it into a plain class path (the
# AOT cache cannot read the nested jars of a fat jar) and records a JDK 25 AOT cache (classes loaded and linked,
# profiles) from one training start that exits once the Spring context is refreshed. Needs a JDK 25 `java`.
#
#   ops/aot-cache.sh target/baton-0.1.0-SNAPSHOT.jar /opt/baton
#   java -XX:AOTCache=/opt/baton/baton.aot -jar /opt/baton/app/baton.jar --spring.profiles.active=mysql
#
# Make the cache again whenever the jar changes: a cache made from another jar is refused (with a warning) and the
# start is then as slow as without it.
set -euo pipefail
jar=${1:?usage: ops/aot-cache.sh <production jar> <destination>}
dest=${2:?usage: ops/aot-cache.sh <production jar> <destination>}
java_major=$(java -version 2>&1 | sed -nE 's/.*version "([0-9]+).*/\1/p' | head -1)
if [ "${java_major:-0}" -lt 25 ]; then
  echo "the AOT cache needs JDK 25 or later (found ${java_major:-none}); run the jar without it" >&2
  exit 1
fi
rm -rf "$dest/app"
mkdir -p "$dest"
java -Djarmode=tools -jar "$jar" extract --destination "$dest/app" >/dev/null
# the training start: an in-memory database (migrations run, so their classes are cached too), no port kept open
java -XX:AOTCacheOutput="$dest/baton.aot" -Dspring.context.exit=onRefresh -jar "$dest/app/$(basename "$jar")" \
  --server.port=0 --spring.datasource.url="jdbc:h2:mem:aot-training;MODE=MySQL;DB_CLOSE_DELAY=-1" \
  >"$dest/aot-training.log" 2>&1
echo "AOT cache: $dest/baton.aot; start with: java -XX:AOTCache=$dest/baton.aot -jar $dest/app/$(basename "$jar")"
