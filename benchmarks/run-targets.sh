#!/usr/bin/env bash
# Measures every target of issue 12 in one run of about ten minutes, so that it can be repeated on a quiet
# machine: the JMH DecodeBenchmark with a short configuration (read, validate, reject and write against their
# baselines) and `presence validate` (one thread and --threads 2) against Ajv on the same seeded file, through
# benchmarks/peers/run-peers.sh, which writes the table (peers.md) and the chart (peers.svg). The load average
# is recorded at the start and the end; every ratio compares two numbers of this one run.
#
# Usage: benchmarks/run-targets.sh [--out DIR] [--rounds N] [--lines N]
# Needs: a built repository (mvn -B -ntp package -DskipTests -Dinvoker.skip), java 17+, node 20 and npm.
# The share of SchemaStore schemas that are fully profiled is not timed; it is counted by
#   mvn -B -ntp -pl runtime -am verify -Dinvoker.skip -Dtest=CorpusProfileTest \
#       -Dsurefire.failIfNoSpecifiedTests=false -Dpresence.corpus=$PWD/../shared/schemastore-dev
set -euo pipefail

here=$(cd "$(dirname "$0")" && pwd)
out="$here/results/targets-$(date -u +%Y-%m-%d)"
rounds=3
lines=400000

while [ $# -gt 0 ]; do
  case "$1" in
    --out) out=$2; shift 2 ;;
    --rounds) rounds=$2; shift 2 ;;
    --lines) lines=$2; shift 2 ;;
    -h|--help) sed -n '2,13p' "$0"; exit 0 ;;
    *) echo "run-targets.sh: unknown argument $1 (see --help)" >&2; exit 2 ;;
  esac
done

mkdir -p "$out"
{
  echo "== run-targets.sh at $(date -u +%FT%TZ) on $(nproc) cores; load: $(uptime)"
  # One fork, 6 warm-up and 5 measured iterations of 2 s per benchmark: about 3.5 minutes for the 9 methods.
  "$here/peers/run-peers.sh" --rounds "$rounds" --lines "$lines" --jmh "-f 1 -wi 6 -w 2s -i 5 -r 2s" --out "$out"
  echo "== done at $(date -u +%FT%TZ); load: $(uptime)"
} 2>&1 | tee "$out/log.txt"
