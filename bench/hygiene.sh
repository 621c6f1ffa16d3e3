#!/usr/bin/env bash
# Times `run --all-files` with the ten most common hygiene checks, precommit against prek (and
# pre-commit when a local pre-commit-hooks checkout is given), on a fresh copy of a repository per
# run, and checks that the tools leave byte-identical trees. Issue 5's benchmark.
#
#   bench/hygiene.sh [REPO]
#
# REPO: any git repository (its committed files are used; it is cloned, never modified).
# Default: the generated 10,000-file corpus (bench/corpus.sh), made once in
# ${BENCH_CORPUS:-/tmp/precommit-bench-corpus-10000}.
#
# Environment: RUNS (timed runs per tool, default 5), ROUNDS (the tools take turns in this many
# rounds, default RUNS: one run of each per round), PRECOMMIT_BIN, PREK_BIN, PRE_COMMIT_BIN,
# PRE_COMMIT_HOOKS_REPO (a local clone of pre-commit-hooks, for pre-commit: it has no builtins),
# BENCH_KEEP=1 (keep the work directory), BENCH_TOOLS (default "precommit prek pre-commit").
#
# The ten checks. pre-commit's own `sample-config` names four (trailing-whitespace,
# end-of-file-fixer, check-yaml, check-added-large-files); the other six are the pre-commit-hooks
# ids that public configurations add most often next to them and that apply to any repository,
# whatever its language (check-json, check-toml, check-xml, check-merge-conflict,
# mixed-line-ending, detect-private-key). Left out: debug-statements and
# requirements-txt-fixer (Python-only), check-case-conflict and check-executables-have-shebangs
# (common too, but they look at names and modes rather than contents, so they say less about a
# content pass). All ten are in prek's `repo: builtin` and precommit's built-ins.
# Options are the defaults, as most configurations leave them.
set -euo pipefail
# shellcheck source=bench/lib.sh
. "$(dirname "$0")/lib.sh"
BENCH_NAME=hygiene
BENCH_TITLE="ten hygiene checks"

HOOK_IDS=(trailing-whitespace end-of-file-fixer check-yaml check-json check-xml check-toml
  mixed-line-ending check-added-large-files check-merge-conflict detect-private-key)
RUNS=${RUNS:-5}
ROUNDS=${ROUNDS:-$RUNS}

config_for() {
  if [ "$1" = pre-commit ]; then
    printf 'repos:\n  - repo: %s\n    rev: %s\n    hooks:\n' "$2" "$3"
  else
    printf 'repos:\n  - repo: builtin\n    hooks:\n'
  fi
  for id in "${HOOK_IDS[@]}"; do printf '      - id: %s\n' "$id"; done
}

# shellcheck source=bench/runall.sh
. "$BENCH_DIR/runall.sh"
