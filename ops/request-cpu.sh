#!/usr/bin/env bash
# Per-request CPU by what the request did (decision 017): reads the file a Baton started with
# --baton.capacity.request-cpu-file=FILE writes (label TAB cpu-µs TAB wall-µs TAB allocated-KB a line; files written
# before 5 December have no fourth field) from byte OFFSET on, and prints per label the count, the median, 90th
# percentile and mean of the request thread's CPU, its share of all requests' CPU, the median wall time and the median
# memory the request allocated (MB; what a machine's slower stretch does not change); then the same for all navigations
# together.
#   ops/request-cpu.sh <file> [offset]
set -euo pipefail
file=$1 offset=${2:-0}
lines=$(mktemp)
trap 'rm -f "$lines"' EXIT
tail -c +"$((offset + 1))" "$file" | awk -F'\t' 'NF == 3 { print $0 "\t0" } NF == 4' > "$lines"
if [ ! -s "$lines" ]; then
  echo "no requests in $file after byte $offset"
  exit 1
fi
pick() { # stdin: numbers sorted ascending; prints the median and 90th percentile (nearest rank) and the mean
  awk '{ v[NR] = $1; s += $1 } END { p = int(NR * 0.9); if (p < NR * 0.9) p++; if (p < 1) p = 1
    printf "%d %d %d %d\n", NR, v[int((NR + 1) / 2)], v[p], s / NR }'
}
summary() { # stdin: cpu TAB wall TAB allocated-KB per line; $1 label, $2 total cpu
  local rows cpu wall
  rows=$(cat)
  read -r n median p90 mean <<< "$(cut -f1 <<< "$rows" | sort -n | pick)"
  read -r _ wall _ _ <<< "$(cut -f2 <<< "$rows" | sort -n | pick)"
  read -r _ alloc _ _ <<< "$(cut -f3 <<< "$rows" | sort -n | pick)"
  awk -v l="$1" -v n="$n" -v m="$median" -v p="$p90" -v a="$mean" -v t="$2" -v w="$wall" -v b="$alloc" 'BEGIN {
    printf "%-34s %6d %9.1f %9.1f %9.1f %6.1f %% %9.1f %9.1f\n", l, n, m / 1000, p / 1000, a / 1000, 100 * a * n / t, w / 1000, b / 1024 }'
}
total=$(awk -F'\t' '{ s += $2 } END { print s }' "$lines")
printf "%-34s %6s %9s %9s %9s %8s %9s %9s\n" "request (thread CPU, ms)" count median p90 mean share "wall p50" "alloc MB"
for label in $(cut -f1 "$lines" | tr ' ' '~' | sort | uniq -c | sort -rn | awk '{ print $2 }'); do
  name=${label//\~/ }
  awk -F'\t' -v l="$name" '$1 == l { print $2 "\t" $3 "\t" $4 }' "$lines" | summary "$name" "$total"
done
echo
awk -F'\t' '$1 ~ /^nav / { print $2 "\t" $3 "\t" $4 }' "$lines" | summary "all navigations" "$total"
awk -F'\t' '$1 ~ /^(nav|action) / { print $2 "\t" $3 "\t" $4 }' "$lines" | summary "all navigations and actions" "$total"
awk -F'\t' '{ print $2 "\t" $3 "\t" $4 }' "$lines" | summary "every request" "$total"
