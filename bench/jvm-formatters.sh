#!/usr/bin/env bash
# Times a real `git commit` of one staged Java file with macisamuele/language-formatters-pre-commit-
# hooks' `pretty-format-java` (google-java-format 1.28.0, check mode, the file well formatted):
#   bare git                 no hook installed
#   pre-commit-wrapper       `pre-commit install`: the Python wrapper starts `java -version` and a
#                            `java -jar google-java-format` per commit
#   precommit-inprocess      `precommit install`, the same config: gjf runs inside precommit's JVM
#                            (through the warm daemon when the launcher has its client)
#   precommit-inprocess-jvm  the same with PRECOMMIT_DAEMON=0: one JVM launch per commit
# and prints medians and the ratios.
#
#   bench/jvm-formatters.sh
#
# Environment: RUNS (default 10), WARMUP (default 2), ROUNDS (default RUNS), PRECOMMIT_BIN,
# PRE_COMMIT_BIN, BENCH_KEEP=1, and LFPH_REPO: where pre-commit clones the wrapper from (default
# its GitHub URL; a local clone or mirror works offline, its dependencies still come from PyPI).
# The wrapper downloads its jar from GitHub; the script seeds the wrapper's cache with the same
# version from Maven Central instead (curl), so GitHub is not needed for the jar.
set -euo pipefail
# shellcheck source=bench/lib.sh
. "$(dirname "$0")/lib.sh"

RUNS=${RUNS:-10}
WARMUP=${WARMUP:-2}
ROUNDS=${ROUNDS:-$RUNS}
URL=https://github.com/macisamuele/language-formatters-pre-commit-hooks
LFPH_REPO=${LFPH_REPO:-$URL}
REV=v2.16.0
GJF=1.28.0
CENTRAL=https://repo.maven.apache.org/maven2

[ $# -eq 0 ] || die "usage: bench/jvm-formatters.sh (no arguments; see the comment at the top)"
require_hyperfine
bench_workdir
bench_isolate
export GIT_AUTHOR_DATE='2026-01-02T00:00:00Z' GIT_COMMITTER_DATE='2026-01-02T00:00:00Z'

note "== pretty-format-java: git commit of one staged Java file"
print_machine
note "java:     $(java -version 2>&1 | head -n 2 | tail -n 1)"

mkdir -p "$PRE_COMMIT_HOME"
jar=$PRE_COMMIT_HOME/google-java-formatter$GJF.jar
curl -sSf -o "$jar" \
  "$CENTRAL/com/google/googlejavaformat/google-java-format/$GJF/google-java-format-$GJF-all-deps.jar" \
  || die "cannot download google-java-format $GJF from Maven Central"

config() {
  printf 'repos:\n- repo: %s\n  rev: %s\n  hooks:\n  - id: pretty-format-java\n' "$1" "$REV"
  printf '    args: [--google-java-formatter-version=%s]\n' "$GJF"
}

# make_scenario NAME REPO-URL INSTALL-COMMAND...: a repository with the config committed, the hook
# installed and one Java file staged; one untimed commit proves it works.
SCENARIOS=()
declare -A BASE=() RUN_ENV=()
make_scenario() {
  local name=$1 url=$2 dir=$BENCH_WORK/$1 out
  shift 2
  git init -q "$dir"
  if [ -n "$url" ]; then
    config "$url" >"$dir/.pre-commit-config.yaml"
    git -C "$dir" add .pre-commit-config.yaml
  fi
  git -C "$dir" commit -q --allow-empty --no-verify -m "bench: config"
  if [ $# -gt 0 ] && ! out=$(cd "$dir" && "$@" 2>&1); then
    note "skip $name: \`$*\` failed: $(printf '%s' "$out" | tail -n 2 | tr '\n' ' ')"
    return 1
  fi
  mkdir -p "$dir/src/demo"
  printf 'package demo;\n\n/** A staged file. */\npublic final class Staged {\n  private Staged() {}\n}\n' \
    >"$dir/src/demo/Staged.java"
  git -C "$dir" add src
  BASE[$name]=$(git -C "$dir" rev-parse HEAD)
  if ! out=$(cd "$dir" && ${RUN_ENV[$name]:-} git commit -m bench 2>&1); then
    note "skip $name: the trial commit failed:"
    printf '%s\n' "$out" | tail -n 12 | cut -c1-150 | sed 's/^/    /'
    return 1
  fi
  if [ -n "$url" ] && ! printf '%s' "$out" | grep -q 'Passed$'; then
    note "skip $name: the trial commit printed no hook result: $(printf '%s' "$out" | head -n 3 | tr '\n' ' ')"
    return 1
  fi
  git -C "$dir" reset -q --soft "${BASE[$name]}"
  SCENARIOS+=("$name")
}

make_scenario bare ""
if find_tool pre-commit; then
  note "pre-commit: $(tool_version pre-commit) ($(tool_bin pre-commit)); wrapper from $LFPH_REPO"
  note "  (installing the wrapper's environment: a clone and a virtualenv from PyPI, untimed)"
  make_scenario pre-commit-wrapper "$LFPH_REPO" "$(tool_bin pre-commit)" install || true
fi
if find_tool precommit; then
  bin=$(tool_bin precommit)
  note "precommit: $(tool_version precommit) ($bin); $(precommit_java)"
  make_scenario precommit-inprocess "$URL" "$bin" install || true
  RUN_ENV[precommit-inprocess-jvm]='env PRECOMMIT_DAEMON=0'
  make_scenario precommit-inprocess-jvm "$URL" "$bin" install || true
fi

note ""
note "-- timing: $RUNS commits per scenario after $WARMUP warm-up commits"
args=()
for s in "${SCENARIOS[@]}"; do
  dir=$BENCH_WORK/$s
  args+=(--prepare "$(printf 'cd %q && git reset -q --soft %s' "$dir" "${BASE[$s]}")" -n "$s"
    "$(printf 'cd %q && %s git commit -q -m bench' "$dir" "${RUN_ENV[$s]:-}")")
done
timed_rounds "$BENCH_WORK/commit.times" "$ROUNDS" $(((RUNS + ROUNDS - 1) / ROUNDS)) "$WARMUP" "${args[@]}" \
  || die "hyperfine failed (a commit failed during the timed runs?)"

J=$BENCH_WORK/commit.times
med() { median_of "$J" "$1"; }
note ""
note "-- summary (git commit of one Java file, pretty-format-java, gjf $GJF)"
print_table "$J"
for s in "${SCENARIOS[@]}"; do note "$s cpu: $(cpu_of "$J" "$s")"; done
for pair in "precommit-inprocess pre-commit-wrapper" "precommit-inprocess-jvm pre-commit-wrapper"; do
  set -- $pair
  if [ -n "$(med "$1")" ] && [ -n "$(med "$2")" ]; then
    note "ratio $1/$2: $(ratio "$(med "$1")" "$(med "$2")")"
  fi
done
