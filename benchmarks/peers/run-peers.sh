#!/usr/bin/env bash
# SPDX-License-Identifier: Apache-2.0
# Times `presence validate` (one thread and --threads 2) against Ajv 8 on the same seeded JSON Lines file, runs
# the JMH DecodeBenchmark, and writes a Markdown table and an SVG chart of every ratio. All timings of one
# invocation run interleaved on the same machine in the same minutes, so their ratios can be compared.
#
# Usage: benchmarks/peers/run-peers.sh [--seed N] [--lines N] [--invalid PERCENT] [--rounds N]
#                                      [--jmh "JMH ARGS" | --jmh-json FILE | --no-jmh] [--out DIR]
# Needs: java 17+, node 20 and npm (Ajv is installed into a temporary folder, never into the repository),
# and a built repository (mvn -B -ntp package -DskipTests -Dinvoker.skip).
set -euo pipefail

here=$(cd "$(dirname "$0")" && pwd)
root=$(cd "$here/../.." && pwd)
seed=20261201
lines=400000
invalid=5
rounds=3
jmh_args="-f 1 -wi 3 -w 1s -i 5 -r 1s"
jmh_json=""
run_jmh=1
out="$root/benchmarks/results/peers"
presence_jar="$root/examples/presence-cli/target/presence.jar"
benchmarks_jar="$root/benchmarks/target/benchmarks.jar"

while [ $# -gt 0 ]; do
  case "$1" in
    --seed) seed=$2; shift 2 ;;
    --lines) lines=$2; shift 2 ;;
    --invalid) invalid=$2; shift 2 ;;
    --rounds) rounds=$2; shift 2 ;;
    --jmh) jmh_args=$2; shift 2 ;;
    --jmh-json) jmh_json=$2; shift 2 ;;
    --no-jmh) run_jmh=0; shift ;;
    --out) out=$2; shift 2 ;;
    -h|--help) sed -n '2,9p' "$0"; exit 0 ;;
    *) echo "run-peers.sh: unknown argument $1 (see --help)" >&2; exit 2 ;;
  esac
done

for jar in "$presence_jar" "$benchmarks_jar"; do
  [ -f "$jar" ] || { echo "run-peers.sh: $jar is missing; build first: mvn -B -ntp package -DskipTests -Dinvoker.skip" >&2; exit 2; }
done
mkdir -p "$out"
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

echo "== load at start: $(uptime)"
echo "== installing Ajv 8 and ajv-formats into $work"
npm install --prefix "$work" --no-audit --no-fund --loglevel=error ajv@8 ajv-formats@3 >/dev/null
ajv_version=$(node -p "require('$work/node_modules/ajv/package.json').version")
formats_version=$(node -p "require('$work/node_modules/ajv-formats/package.json').version")

data="$work/presence.jsonl"
echo "== generating $lines lines, $invalid% invalid, seed $seed"
# The one seeded presence generator (test-fixtures' SeededPresence), which benchmarks.jar carries.
java -cp "$benchmarks_jar" org.realtimepresence.fixtures.PresenceLines "$seed" "$lines" "$invalid" > "$data"
bytes=$(wc -c < "$data")

# Runs one command, prints its wall time in milliseconds; stdout is discarded, the summary goes to $work/last.err.
timed() {
  local start end
  local start end status=0
  start=$(date +%s%N)
  "$@" > /dev/null 2> "$work/last.err" || status=$?
  end=$(date +%s%N)
  if [ "$status" -gt 1 ]; then
    echo "run-peers.sh: '$*' failed with exit status $status:" >&2
    cat "$work/last.err" >&2
    return 1
  fi
  echo $(( (end - start) / 1000000 ))
}

declare -a ajv_ms one_ms two_ms
for ((round = 1; round <= rounds; round++)); do
  t=$(timed node "$here/ajv-validate.mjs" "$work" "$root/schemas/realtime-presence.json" "$data"); ajv_ms+=("$t")
  ajv_summary=$(tail -1 "$work/last.err")
  t=$(timed java -jar "$presence_jar" validate --threads 1 "$data"); one_ms+=("$t")
  one_summary=$(tail -1 "$work/last.err")
  t=$(timed java -jar "$presence_jar" validate --threads 2 "$data"); two_ms+=("$t")
  two_summary=$(tail -1 "$work/last.err")
  echo "round $round: ajv ${ajv_ms[-1]} ms, presence 1 thread ${one_ms[-1]} ms, presence 2 threads ${two_ms[-1]} ms"
done
echo "ajv:       $ajv_summary"
echo "presence:  $one_summary"
echo "presence2: $two_summary"
# Both tools must find the same invalid records, or the comparison means nothing.
ajv_invalid=$(echo "$ajv_summary" | sed -E 's/.* ([0-9]+) invalid$/\1/')
for summary in "$one_summary" "$two_summary"; do
  if [ "$(echo "$summary" | sed -E 's/.* ([0-9]+) invalid$/\1/')" != "$ajv_invalid" ]; then
    echo "run-peers.sh: Ajv and presence validate disagree on the number of invalid records" >&2
    exit 1
  fi
done

if [ -n "$jmh_json" ]; then
  cp "$jmh_json" "$work/jmh.json"
elif [ "$run_jmh" = 1 ]; then
  echo "== JMH: java -jar benchmarks/target/benchmarks.jar DecodeBenchmark $jmh_args"
  # The machine is shared: another JMH run may hold /tmp/jmh.lock. Both sides of every ratio run in this one
  # JMH run, so a concurrent run slows them alike; say so in the results rather than wait.
  # shellcheck disable=SC2086
  java -Djmh.ignoreLock=true -jar "$benchmarks_jar" DecodeBenchmark $jmh_args -rf json -rff "$work/jmh.json" \
    | grep -E '^(Benchmark|DecodeBenchmark)' || true
  cp "$work/jmh.json" "$out/decode-benchmark.json"
else
  echo '[]' > "$work/jmh.json"
fi
echo "== load at end: $(uptime)"

node "$here/report.mjs" "$work/jmh.json" "$out" <<JSON
{"seed": $seed, "lines": $lines, "invalidPercent": $invalid, "bytes": $bytes,
 "ajv": "ajv $ajv_version, ajv-formats $formats_version, node $(node --version)",
 "java": "$(java -version 2>&1 | head -1 | sed 's/"/\\"/g')",
 "ajvMs": [$(IFS=,; echo "${ajv_ms[*]}")], "oneMs": [$(IFS=,; echo "${one_ms[*]}")], "twoMs": [$(IFS=,; echo "${two_ms[*]}")],
 "summaries": {"ajv": "$ajv_summary", "one": "$one_summary", "two": "$two_summary"}}
JSON
echo "== wrote $out/peers.md and $out/peers.svg"
