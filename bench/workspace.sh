#!/usr/bin/env bash
# Times a real `git commit` in a workspace (issue 18): one project against 50, for precommit and
# prek side by side. Each scenario is a clone of a small generated repository (bench/corpus.sh,
# 100 files) with the hook installed and three files staged under one directory, `app07/`:
#   precommit-1    one config at the root: one `repo: local` `language: system` hook, entry "true"
#   precommit-50   the same root config and 49 nested projects app01/ … app49/, each with the same
#                  hook (the staged files are in app07/, so two projects' hooks run)
#   prek-1, prek-50  the same under `prek install`
#   precommit-1-jvm, precommit-50-jvm  when the launcher has the warm engine's client (install.sh
#                  compiled it), precommit-1/-50 go through the warm daemon and these two run with
#                  PRECOMMIT_DAEMON=0: a JVM of its own per commit, as without a client
# Prints medians and what the 49 extra projects cost each tool (50 minus 1). The issue's target:
# precommit's extra cost is a few milliseconds.
#
#   bench/workspace.sh
#
# Environment: RUNS (timed commits per scenario, default 20), WARMUP (default 3), ROUNDS
# (default RUNS), PRECOMMIT_BIN, PREK_BIN, BENCH_KEEP=1, BENCH_TOOLS (default "precommit prek").
set -euo pipefail
# shellcheck source=bench/lib.sh
. "$(dirname "$0")/lib.sh"

RUNS=${RUNS:-20}
WARMUP=${WARMUP:-3}
ROUNDS=${ROUNDS:-$RUNS}
PROJECTS=50

[ $# -eq 0 ] || die "usage: bench/workspace.sh (no arguments; see the comment at the top)"
require_hyperfine
bench_workdir
bench_isolate
export GIT_AUTHOR_DATE='2026-01-02T00:00:00Z' GIT_COMMITTER_DATE='2026-01-02T00:00:00Z'

note "== workspace: git commit of three staged files, 1 project against $PROJECTS"
print_machine

SMALL=$BENCH_WORK/small
"$BENCH_DIR/corpus.sh" "$SMALL" 100 >/dev/null

config() {
  cat <<'YAML'
repos:
  - repo: local
    hooks:
      - id: no-op
        name: no-op
        entry: "true"
        language: system
YAML
}

# make_scenario NAME PROJECTS INSTALL-COMMAND...: a clone with PROJECTS configs committed (the
# root's and PROJECTS-1 nested ones), the hook installed, three files staged in app07/.
make_scenario() {
  local name=$1 projects=$2 dir=$BENCH_WORK/$1 i out
  shift 2
  git clone -q "$SMALL" "$dir"
  config >"$dir/.pre-commit-config.yaml"
  for ((i = 1; i < projects; i++)); do
    mkdir -p "$dir/app$(printf %02d "$i")"
    config >"$dir/app$(printf %02d "$i")/.pre-commit-config.yaml"
  done
  git -C "$dir" add -A
  git -C "$dir" commit -q --no-verify -m "bench: hook configuration"
  if ! out=$(cd "$dir" && "$@" 2>&1) || [ ! -x "$dir/.git/hooks/pre-commit" ]; then
    note "skip $name: \`$*\` did not install a pre-commit hook: $(printf '%s' "$out" | tail -n 2 | tr '\n' ' ')"
    return 1
  fi
  mkdir -p "$dir/app07"
  printf 'package staged;\n\n/** A staged file. */\npublic final class Staged {\n  private Staged() {}\n}\n' >"$dir/app07/Staged.java"
  printf '# Staged\n\nA staged Markdown file.\n' >"$dir/app07/README.md"
  printf 'name: staged\nitems:\n  - one\n  - two\n' >"$dir/app07/staged.yaml"
  git -C "$dir" add app07
  printf -v "BASE_${name//-/_}" '%s' "$(git -C "$dir" rev-parse HEAD)"
  if ! out=$(cd "$dir" && git commit -m bench 2>&1) || ! printf '%s' "$out" | grep -q 'Passed$'; then
    note "skip $name: the trial commit failed or ran no hook:"
    printf '%s\n' "$out" | tail -n 8 | sed 's/^/    /'
    return 1
  fi
  if [ "$projects" -gt 1 ]; then
    note "$name: trial commit ran $(printf '%s' "$out" | grep -c 'Passed$') hook(s) in $(printf '%s' "$out" | grep -c '^. ') project header(s)"
  fi
  git -C "$dir" reset -q --soft "$(base_of "$name")"
  SCENARIOS+=("$name")
}
base_of() { local v="BASE_${1//-/_}"; printf '%s' "${!v}"; }

SCENARIOS=()
declare -A RUN_ENV=()
make_scenario bare-1 1 true || true
for tool in ${BENCH_TOOLS:-precommit prek}; do
  find_tool "$tool" || continue
  bin=$(tool_bin "$tool")
  note "$tool: $(tool_version "$tool") ($bin)"
  make_scenario "$tool-1" 1 "$bin" install || true
  make_scenario "$tool-$PROJECTS" "$PROJECTS" "$bin" install || true
  if [ "$tool" = precommit ] && grep -q 'precommit-client' "$bin" 2>/dev/null \
    && [ -x "$(sed -n "s/^client='\(.*\)'$/\1/p" "$bin")" ]; then
    note "precommit: warm engine client present; precommit-1/-$PROJECTS use the daemon, *-jvm not"
    for n in 1 "$PROJECTS"; do
      RUN_ENV[precommit-$n-jvm]='PRECOMMIT_DAEMON=0 '
      PRECOMMIT_DAEMON=0 make_scenario "precommit-$n-jvm" "$n" "$bin" install || true
    done
  fi
done

note ""
note "-- timing: $RUNS commits per scenario after $WARMUP warm-up commits"
note "load before: $(load_now)"
args=()
for s in "${SCENARIOS[@]}"; do
  [ "$s" = bare-1 ] && continue
  dir=$BENCH_WORK/$s
  args+=(--prepare "$(printf 'cd %q && git reset -q --soft %s' "$dir" "$(base_of "$s")")" -n "$s"
    "$(printf 'cd %q && %sgit commit -q -m bench' "$dir" "${RUN_ENV[$s]:-}")")
done
timed_rounds "$BENCH_WORK/commit.times" "$ROUNDS" $(((RUNS + ROUNDS - 1) / ROUNDS)) "$WARMUP" "${args[@]}" \
  || die "hyperfine failed (a commit failed during the timed runs?)"
note "load after:  $(load_now)"

J=$BENCH_WORK/commit.times
med() { median_of "$J" "$1"; }
note ""
note "-- summary (git commit, three staged files in app07/)"
print_table "$J"
cost() {
  local label=$1 one many
  one=$(med "$2")
  many=$(med "$3")
  if [ -n "$one" ] && [ -n "$many" ]; then
    note "$label: $PROJECTS projects cost $(awk -v a="$many" -v b="$one" 'BEGIN { printf "%+.1f", a - b }') ms over 1 (median $many ms against $one ms)"
  fi
}
for tool in ${BENCH_TOOLS:-precommit prek}; do
  cost "$tool" "$tool-1" "$tool-$PROJECTS"
done
cost "precommit (own JVM)" precommit-1-jvm "precommit-$PROJECTS-jvm"
if [ -n "$(med precommit-$PROJECTS)" ] && [ -n "$(med prek-$PROJECTS)" ]; then
  note "ratio precommit-$PROJECTS/prek-$PROJECTS: $(ratio "$(med precommit-$PROJECTS)" "$(med prek-$PROJECTS)")"
fi
