#!/usr/bin/env bash
# Times a staged run on a real repository as the pre-commit shim runs it:
# `TOOL hook-impl --hook-type=pre-commit …` in a clone of REPO with a few files staged, for
# precommit and pre-commit (and prek when asked), and prints medians and the ratio.
#
#   bench/staged-run.sh REPO
#
# REPO is anything `git clone` takes offline (a path, a bare mirror). The clone gets, in one
# commit: placeholders for blobs missing from REPO's object store (snapshot mirrors may lack
# large files) and the edits below to its .pre-commit-config.yaml; then the files of BENCH_STAGE
# get one more line each and are staged.
#
# Environment:
#   BENCH_SKIP       SKIP for the timed runs; default `all`: every hook id in the config, so every
#                    hook is Skipped and the run measures what a tool does around its hooks.
#                    Set it empty to skip nothing (hook environments must then be installable).
#   BENCH_STAGE      files to change and stage (space-separated); default: README.md and the
#                    first tracked *.java and *.py files
#   BENCH_REPO_MAP   "URL=PATH …": `repo: URL` lines of the config become `repo: PATH` (hook
#                    repositories cloned locally, for a machine without network)
#   BENCH_SED        a sed script applied to the config as well (e.g. a language_version)
#   BENCH_CACHE_DIR  keep the tools' caches (cloned hook repositories, environments) here across
#                    runs of this script; default: inside the work directory
#   PRECOMMIT_BASELINE_BIN  another precommit launcher (an older build) to time as
#                    `precommit-baseline` in the same rounds: before/after on one loaded machine
#   RUNS (default 20), WARMUP (default 2), ROUNDS (default 4), BENCH_TOOLS (default
#   "precommit pre-commit"), PRECOMMIT_BIN, PRE_COMMIT_BIN, PREK_BIN, BENCH_KEEP=1.
#
# Every tool runs once untimed first (clones hook repositories, installs environments); a tool
# whose first run fails is skipped with its output. The staged files stay staged between runs
# (no hook changes them when all are skipped; with BENCH_SKIP empty, fixers may, and
# `git checkout -- .` restores the staged content before each run).
set -euo pipefail
# shellcheck source=bench/lib.sh
. "$(dirname "$0")/lib.sh"

RUNS=${RUNS:-20}
WARMUP=${WARMUP:-2}
ROUNDS=${ROUNDS:-4}

[ $# -eq 1 ] || die "usage: bench/staged-run.sh REPO (see the comment at the top)"
SRC=$1
require_hyperfine
bench_workdir
bench_isolate
if [ -n "${BENCH_CACHE_DIR:-}" ]; then
  mkdir -p "$BENCH_CACHE_DIR"
  export PRECOMMIT_HOME="$BENCH_CACHE_DIR/precommit" PREK_HOME="$BENCH_CACHE_DIR/prek"
  export PRE_COMMIT_HOME="$BENCH_CACHE_DIR/pre-commit"
fi

note "== staged run on $SRC"
print_machine

REPO=$BENCH_WORK/repo
git clone -q --no-checkout "$SRC" "$REPO"
cd "$REPO"
git read-tree HEAD
# Blobs the source lacks (a mirror without its large files) become placeholders, so the work
# tree can be checked out and commits written.
git ls-tree -r -z HEAD | tr '\0' '\n' | awk -F'\t' '{ split($1, m, " "); if (m[2] == "blob") print m[3] "\t" m[1] "\t" $2 }' \
  >"$BENCH_WORK/blobs"
cut -f1 "$BENCH_WORK/blobs" | git cat-file --batch-check='%(objectname) %(objecttype)' \
  | awk '$2 == "missing" { print $1 }' >"$BENCH_WORK/missing" || true
while IFS=$'\t' read -r oid mode path; do
  grep -qx "$oid" "$BENCH_WORK/missing" || continue
  blob=$(printf 'placeholder: blob %s is missing from %s\n' "$oid" "$SRC" | git hash-object -w --stdin)
  git update-index --cacheinfo "$mode,$blob,$path"
  note "placeholder for a missing blob: $path"
done < <(awk -F'\t' 'NR == FNR { want[$1] = 1; next } ($1 in want)' "$BENCH_WORK/missing" "$BENCH_WORK/blobs")
git checkout -q -f -- .
[ -f .pre-commit-config.yaml ] || die "$SRC has no .pre-commit-config.yaml"
for pair in ${BENCH_REPO_MAP:-}; do
  url=${pair%%=*}
  path=${pair#*=}
  sed -i "s#^\\(\\s*-\\?\\s*repo:\\s*\\)$url\\s*\$#\\1$path#" .pre-commit-config.yaml
done
[ -z "${BENCH_SED:-}" ] || sed -i -e "$BENCH_SED" .pre-commit-config.yaml
git add -A
git commit -q --no-verify --allow-empty -m "bench: offline hook repositories"

if [ -z "${BENCH_STAGE+set}" ]; then
  BENCH_STAGE="$( { [ -f README.md ] && echo README.md; git ls-files '*.java' | head -n 1;
    git ls-files '*.py' | head -n 1; } | tr '\n' ' ')"
fi
for f in $BENCH_STAGE; do
  printf '\n' >>"$f"
  git add -- "$f"
done
note "staged:   $(git diff --cached --name-only | tr '\n' ' ')"

if [ "${BENCH_SKIP-all}" = all ]; then
  SKIP_IDS=$(sed -n 's/^[[:space:]]*-\{0,1\}[[:space:]]*id:[[:space:]]*\([^[:space:]#]*\).*/\1/p' .pre-commit-config.yaml \
    | tr -d "\"'" | sort -u | paste -sd, -)
else
  SKIP_IDS=${BENCH_SKIP}
fi
export SKIP=$SKIP_IDS
note "SKIP:     ${SKIP:-(none)}"

args=()
tools=${BENCH_TOOLS:-precommit pre-commit}
[ -z "${PRECOMMIT_BASELINE_BIN:-}" ] || tools="precommit-baseline $tools"
for tool in $tools; do
  if [ "$tool" = precommit-baseline ]; then
    bin=$PRECOMMIT_BASELINE_BIN
    TOOL_VERSION_precommit_baseline=$("$bin" --version 2>&1 | head -n 1) || continue
  else
    find_tool "$tool" || continue
    bin=$(tool_bin "$tool")
  fi
  extra=""
  [ "$tool" = pre-commit ] && extra="--skip-on-missing-config"
  cmd=$(printf '%q hook-impl --config=.pre-commit-config.yaml --hook-type=pre-commit --hook-dir %q %s --' \
    "$bin" "$REPO/.git/hooks" "$extra")
  note "$tool: $(tool_version "$tool") ($bin)"
  if ! out=$(bash -c "$cmd" 2>&1); then
    if printf '%s' "$out" | grep -q 'Failed$'; then
      note "$tool: a hook failed in the first run (timed anyway):"
    else
      note "skip $tool: its first run failed:"
      printf '%s\n' "$out" | tail -n 5 | sed 's/^/    /'
      continue
    fi
  fi
  note "$tool first run: $(printf '%s' "$out" | grep -c 'Skipped$' || true) hooks Skipped," \
    "$(printf '%s' "$out" | grep -c 'Passed$' || true) Passed," \
    "$(printf '%s' "$out" | grep -c 'Failed$' || true) Failed"
  args+=(--prepare "$(printf 'cd %q && git checkout -q -- .' "$REPO")" -n "$tool" "$(printf 'cd %q && %s' "$REPO" "$cmd")")
done
[ ${#args[@]} -gt 0 ] || die "no tool to time"
if grep -q "precommit" <<<"${args[*]}"; then
  note "precommit's java: $(precommit_java)"
fi

note ""
note "-- timing: $RUNS runs per tool in $ROUNDS rounds after $WARMUP warm-up runs"
note "load before: $(load_now)"
T=$BENCH_WORK/staged.times
timed_rounds "$T" "$ROUNDS" $(((RUNS + ROUNDS - 1) / ROUNDS)) "$WARMUP" -i "${args[@]}" \
  || die "hyperfine failed"
note "load after:  $(load_now)"
note ""
note "-- summary (hook-impl --hook-type=pre-commit, staged files)"
print_table "$T"
for tool in $tools; do
  [ -z "$(median_of "$T" "$tool")" ] || note "cpu $tool: $(cpu_of "$T" "$tool") (mean, children included)"
done
for other in precommit-baseline pre-commit prek; do
  if [ -n "$(median_of "$T" precommit)" ] && [ -n "$(median_of "$T" "$other")" ]; then
    note "ratio precommit/$other: $(ratio "$(median_of "$T" precommit)" "$(median_of "$T" "$other")")"
  fi
done
