#!/usr/bin/env bash
# Times a real `git commit` of three staged files with the hooks installed, as a user has them
# (issue 8's first benchmark):
#   bare git             no hook installed
#   precommit-noop       `precommit install`, one `repo: local` `language: system` hook, entry "true"
#   precommit-hygiene    `precommit install`, the ten hygiene checks as `repo: builtin`
#   prek-noop            `prek install`, the same no-op hook
#   prek-hygiene         `prek install`, the same ten `repo: builtin` checks
#   pre-commit-noop      `pre-commit install`, the same no-op hook (it runs offline)
# When precommit's launcher has the warm engine's client (install.sh compiled it), precommit-noop
# and precommit-hygiene go through a warm daemon (the normal case), and three more scenarios run:
#   precommit-noop-jvm   PRECOMMIT_DAEMON=0: the JVM launch, as without a client (the fallback)
#   precommit-hygiene-jvm  the same for the hygiene checks
#   precommit-noop-cold  the first commit after the daemon exited (`precommit daemon stop` before
#                        each, untimed): the client starts a daemon and the JVM runs the commit;
#                        timed separately afterwards, so that warm scenarios never meet a
#                        daemon that has just started
# and prints medians, the overhead over bare git, and the ratios precommit/prek and
# precommit/pre-commit (of the whole commit and of the overhead).
#
#   bench/commit-latency.sh
#
# Environment: RUNS (timed commits per scenario, default 20), WARMUP (default 3), ROUNDS (the
# scenarios take turns in this many rounds of RUNS/ROUNDS commits each, default RUNS), PRECOMMIT_BIN,
# PREK_BIN, PRE_COMMIT_BIN, BENCH_KEEP=1, BENCH_TOOLS (default "precommit prek pre-commit").
#
# Each scenario has its own clone of a small generated repository (bench/corpus.sh, 100 files)
# with its configuration committed and the hook installed. Before every commit (untimed, in
# hyperfine's --prepare) `git reset -q --soft BASE` undoes the previous one, leaving the same
# three files staged; commit dates are fixed, so every commit writes the same objects.
set -euo pipefail
# shellcheck source=bench/lib.sh
. "$(dirname "$0")/lib.sh"

RUNS=${RUNS:-20}
WARMUP=${WARMUP:-3}
ROUNDS=${ROUNDS:-$RUNS}
HOOK_IDS=(trailing-whitespace end-of-file-fixer check-yaml check-json check-xml check-toml
  mixed-line-ending check-added-large-files check-merge-conflict detect-private-key)

[ $# -eq 0 ] || die "usage: bench/commit-latency.sh (no arguments; see the comment at the top)"
require_hyperfine
bench_workdir
bench_isolate
export GIT_AUTHOR_DATE='2026-01-02T00:00:00Z' GIT_COMMITTER_DATE='2026-01-02T00:00:00Z'

note "== commit latency: git commit of three staged files"
print_machine

SMALL=$BENCH_WORK/small
"$BENCH_DIR/corpus.sh" "$SMALL" 100 >/dev/null

noop_config() {
  cat <<'EOF'
repos:
  - repo: local
    hooks:
      - id: no-op
        name: no-op
        entry: "true"
        language: system
EOF
}
hygiene_config() {
  printf 'repos:\n  - repo: builtin\n    hooks:\n'
  for id in "${HOOK_IDS[@]}"; do printf '      - id: %s\n' "$id"; done
}

# make_scenario NAME CONFIG INSTALL-COMMAND...: a clone with CONFIG committed, the hook
# installed, three files staged; sets BASE_<name> to the commit to reset to.
make_scenario() {
  local name=$1 config=$2 dir=$BENCH_WORK/$1
  shift 2
  git clone -q "$SMALL" "$dir"
  if [ -n "$config" ]; then
    printf '%s' "$config" >"$dir/.pre-commit-config.yaml"
    git -C "$dir" add .pre-commit-config.yaml
    git -C "$dir" commit -q --no-verify -m "bench: hook configuration"
  fi
  if [ $# -gt 0 ]; then
    local out
    if ! out=$(cd "$dir" && "$@" 2>&1) || [ ! -x "$dir/.git/hooks/pre-commit" ]; then
      note "skip $name: \`$*\` did not install a pre-commit hook: $(printf '%s' "$out" | tail -n 2 | tr '\n' ' ')"
      return 1
    fi
  fi
  mkdir -p "$dir/staged"
  printf 'package staged;\n\n/** A staged file. */\npublic final class Staged {\n  private Staged() {}\n}\n' >"$dir/staged/Staged.java"
  printf '# Staged\n\nA staged Markdown file.\n' >"$dir/staged/README.md"
  printf 'name: staged\nitems:\n  - one\n  - two\n' >"$dir/staged/staged.yaml"
  git -C "$dir" add staged
  printf -v "BASE_${name//-/_}" '%s' "$(git -C "$dir" rev-parse HEAD)"
  # One untimed commit proves the scenario works (the hook ran and passed), then undo it.
  if ! out=$(cd "$dir" && git commit -m bench 2>&1); then
    note "skip $name: the trial commit failed:"
    printf '%s\n' "$out" | grep -A4 'Failed$' | head -n 12 | cut -c1-150 | sed 's/^/    /'
    [ -n "$(printf '%s' "$out" | grep 'Failed$')" ] || printf '%s\n' "$out" | tail -n 5 | sed 's/^/    /'
    return 1
  fi
  if [ -n "$config" ] && ! printf '%s' "$out" | grep -q 'Passed$'; then
    note "skip $name: the trial commit printed no hook result; output: $(printf '%s' "$out" | head -n 3 | tr '\n' ' ')"
    return 1
  fi
  git -C "$dir" reset -q --soft "$(base_of "$name")"
  SCENARIOS+=("$name")
}
base_of() { local v="BASE_${1//-/_}"; printf '%s' "${!v}"; }

SCENARIOS=()
declare -A RUN_ENV=()
DAEMON=
make_scenario bare ""
for tool in ${BENCH_TOOLS:-precommit prek pre-commit}; do
  find_tool "$tool" || continue
  bin=$(tool_bin "$tool")
  note "$tool: $(tool_version "$tool") ($bin)"
  make_scenario "$tool-noop" "$(noop_config)" "$bin" install || true
  if [ "$tool" = precommit ] && grep -q 'precommit-client' "$bin" 2>/dev/null \
    && [ -x "$(sed -n "s/^client='\(.*\)'$/\1/p" "$bin")" ]; then
    DAEMON=$bin
    note "precommit: warm engine client present; precommit-* scenarios use the daemon"
    make_scenario precommit-noop-jvm "$(noop_config)" "$bin" install \
      && RUN_ENV[precommit-noop-jvm]='PRECOMMIT_DAEMON=0 '
    make_scenario precommit-hygiene-jvm "$(hygiene_config)" "$bin" install \
      && RUN_ENV[precommit-hygiene-jvm]='PRECOMMIT_DAEMON=0 '
  fi
  if [ "$tool" = pre-commit ]; then
    note "skip pre-commit-hygiene: pre-commit has no built-ins and cannot fetch pre-commit-hooks here"
  else
    make_scenario "$tool-hygiene" "$(hygiene_config)" "$bin" install || true
  fi
done
if [[ " ${SCENARIOS[*]} " == *" precommit-"* ]]; then
  note "precommit's java: $(precommit_java)"
fi

note ""
note "-- timing: $RUNS commits per scenario after $WARMUP warm-up commits"
note "load before: $(load_now)"
args=()
for s in "${SCENARIOS[@]}"; do
  dir=$BENCH_WORK/$s
  args+=(--prepare "$(printf 'cd %q && git reset -q --soft %s' "$dir" "$(base_of "$s")")" -n "$s"
    "$(printf 'cd %q && %sgit commit -q -m bench' "$dir" "${RUN_ENV[$s]:-}")")
done
timed_rounds "$BENCH_WORK/commit.times" "$ROUNDS" $(((RUNS + ROUNDS - 1) / ROUNDS)) "$WARMUP" "${args[@]}" \
  || die "hyperfine failed (a commit failed during the timed runs?)"
note "load after:  $(load_now)"
if [ -n "$DAEMON" ]; then
  # The first commit after the daemon exited: stop it (untimed), then time the commit that finds
  # no daemon, starts one and runs in the JVM. Fewer runs: each stop costs a JVM start.
  dir=$BENCH_WORK/precommit-noop
  note "-- first commit after the daemon exited: $(((RUNS + 1) / 2)) commits"
  timed_rounds "$BENCH_WORK/cold.times" 1 $(((RUNS + 1) / 2)) 0 \
    --prepare "$(printf 'cd %q && git reset -q --soft %s && %q daemon stop >/dev/null' \
      "$dir" "$(base_of precommit-noop)" "$DAEMON")" \
    -n precommit-noop-cold "$(printf 'cd %q && git commit -q -m bench' "$dir")" \
    || die "hyperfine failed on the cold-daemon commits"
  cat "$BENCH_WORK/cold.times" >>"$BENCH_WORK/commit.times"
  SCENARIOS+=(precommit-noop-cold)
  git -C "$dir" reset -q --soft "$(base_of precommit-noop)"
  sleep 2 # the last cold commit's daemon is starting: let it, before the RSS probes
fi

declare -A RSS=()
if have_gnu_time; then
  for s in "${SCENARIOS[@]}"; do
    dir=$BENCH_WORK/$s
    [ -d "$dir" ] || continue # precommit-noop-cold shares precommit-noop's clone
    git -C "$dir" reset -q --soft "$(base_of "$s")"
    # With the daemon this is the client's RSS (the daemon's own is a separate, resident process).
    case $s in *-jvm) RSS[$s]=$(PRECOMMIT_DAEMON=0 peak_rss_kb "$dir" git commit -q -m bench) ;;
      *) RSS[$s]=$(peak_rss_kb "$dir" git commit -q -m bench) ;; esac
    git -C "$dir" reset -q --soft "$(base_of "$s")"
  done
else
  note "peak RSS: skipped (/usr/bin/time, GNU time, is not installed)"
fi

J=$BENCH_WORK/commit.times
med() { median_of "$J" "$1"; }
bare=$(med bare)
note ""
note "-- summary (git commit, three staged files)"
print_table "$J"
printf "%-20s %10s %12s %10s  %s\n" scenario median_ms overhead_ms peak_RSS "cpu (mean)"
for s in "${SCENARIOS[@]}"; do
  m=$(med "$s")
  printf '%-20s %10s %12s %10s  %s\n' "$s" "$m" "$(awk -v a="$m" -v b="$bare" 'BEGIN { printf "%+.1f", a - b }')" \
    "$(awk -v k="${RSS[$s]:-}" 'BEGIN { if (k == "") print "?"; else printf "%.0f MiB", k / 1024 }')" "$(cpu_of "$J" "$s")"
done
over() { awk -v a="$(med "$1")" -v b="$bare" 'BEGIN { if (a == "") print ""; else printf "%.1f", a - b }'; }
for pair in "precommit-noop prek-noop" "precommit-hygiene prek-hygiene" "precommit-noop pre-commit-noop" \
  "precommit-noop-jvm prek-noop" "precommit-noop precommit-noop-jvm" "precommit-noop-cold precommit-noop-jvm"; do
  set -- $pair
  if [ -n "$(med "$1")" ] && [ -n "$(med "$2")" ]; then
    note "ratio $1/$2: whole commit $(ratio "$(med "$1")" "$(med "$2")"), overhead over bare git $(ratio "$(over "$1")" "$(over "$2")")"
  fi
done
