#!/usr/bin/env bash
# Runs every benchmark in turn and keeps each one's output in LOGDIR (default
# /tmp/precommit-bench-logs-<date>): hygiene.sh, large-run.sh, commit-latency.sh, git-access.sh.
# The same environment variables as the scripts (PRECOMMIT_BIN, RUNS, …) pass through.
#
#   bench/all.sh [LOGDIR]
set -uo pipefail
HERE=$(cd "$(dirname "$0")" && pwd)
LOGDIR=${1:-/tmp/precommit-bench-logs-$(date -u +%Y%m%dT%H%M%SZ)}
mkdir -p "$LOGDIR"
status=0
for b in hygiene large-run commit-latency git-access; do
  echo "=== $b ($(date -u +%H:%M:%S), load $(cut -d' ' -f1-3 /proc/loadavg)) -> $LOGDIR/$b.log"
  "$HERE/$b.sh" >"$LOGDIR/$b.log" 2>&1 || { echo "$b failed (exit $?), see its log"; status=1; }
  sed -n '/^-- summary/,$p' "$LOGDIR/$b.log"
  grep -E '^(trees|ratio|  ratio|staged|diff|diff-index):' "$LOGDIR/$b.log" || true
done
exit $status
