#!/usr/bin/env bash
# Issue 8's second scenario: `run --all-files` over the 10,000-file corpus with ten hooks in
# parallel priority groups, a mix of built-ins and cheap `system` hooks; precommit against prek
# (and pre-commit when PRE_COMMIT_HOOKS_REPO names a local clone of pre-commit-hooks).
#
#   bench/large-run.sh [REPO]
#
# Same environment and output as bench/hygiene.sh (RUNS, ROUNDS, PRECOMMIT_BIN, PREK_BIN,
# PRE_COMMIT_BIN, PRE_COMMIT_HOOKS_REPO, BENCH_KEEP, BENCH_TOOLS, BENCH_CORPUS).
#
# The hooks and their `priority` (prek's meaning: hooks with the same priority run at the same
# time, lower numbers first). The three fixers get a group each, because two fixers on the same
# file at once would race; the seven read-only hooks share the last group:
#   10 trailing-whitespace   20 end-of-file-fixer   30 mixed-line-ending
#   40 check-yaml, check-json, check-xml, check-added-large-files (built-ins),
#      all-files-true (`true`, every file), python-wc (`wc -l`, Python files),
#      java-grep (`grep -c class`, Java files)   (system hooks: argv batches, one process each)
# A tool that does not know `priority` warns about the key and runs the hooks in config order,
# so the script measures whatever the tool does with it.
set -euo pipefail
# shellcheck source=bench/lib.sh
. "$(dirname "$0")/lib.sh"
BENCH_NAME=large-run
BENCH_TITLE="7 built-ins + 3 system hooks in priority groups"

BUILTIN=(trailing-whitespace:10 end-of-file-fixer:20 mixed-line-ending:30 check-yaml:40
  check-json:40 check-xml:40 check-added-large-files:40)
HOOK_IDS=()
for h in "${BUILTIN[@]}"; do HOOK_IDS+=("${h%%:*}"); done
HOOK_IDS+=(all-files-true python-wc java-grep)
RUNS=${RUNS:-5}
ROUNDS=${ROUNDS:-$RUNS}

config_for() {
  if [ "$1" = pre-commit ]; then
    printf 'repos:\n  - repo: %s\n    rev: %s\n    hooks:\n' "$2" "$3"
  else
    printf 'repos:\n  - repo: builtin\n    hooks:\n'
  fi
  for h in "${BUILTIN[@]}"; do printf '      - id: %s\n        priority: %s\n' "${h%%:*}" "${h##*:}"; done
  cat <<'EOF'
  - repo: local
    hooks:
      - id: all-files-true
        name: all files (true)
        entry: "true"
        language: system
        priority: 40
      - id: python-wc
        name: python line count
        entry: wc -l
        language: system
        types: [python]
        priority: 40
      - id: java-grep
        name: java classes
        entry: grep -c class
        language: system
        types: [java]
        priority: 40
EOF
}

# shellcheck source=bench/runall.sh
. "$BENCH_DIR/runall.sh"
