#!/usr/bin/env bash
# Side by side with prek (issue 18): the same workspace (a root config and nested projects, as in
# prek's docs/workspace.md, plus a hidden, a git-ignored and a .prekignore'd config that must not
# count), the same commands, and a comparison of which hooks ran on which files in which project,
# with which exit code. Each hook prints its working directory and arguments; file order is
# normalised (the tools shuffle differently), durations dropped, indentation ignored (the lines
# below a project header are pre-commit's, see docs/workspaces.md). Prints SAME or the difference
# per command, and ends with the number of differences. Not a benchmark; nothing is timed.
#
#   bench/workspace-vs-prek.sh
#
# PRECOMMIT_BIN (else `precommit` on PATH), PREK_BIN (else `prek`); python3 normalises.
set -euo pipefail
# shellcheck source=bench/lib.sh
. "$(dirname "$0")/lib.sh"
bench_workdir
bench_isolate
find_tool precommit || die "precommit is needed"
find_tool prek || die "prek is needed (npm install @j178/prek@0.5.3, or pip install prek)"
PC=$(tool_bin precommit)
PK=$(tool_bin prek)
note "precommit: $(tool_version precommit); prek: $(tool_version prek)"

config() { # NAME [extra top-level YAML]
  cat <<YAML
${2:-}repos:
- repo: local
  hooks:
  - id: show
    name: show $1
    language: system
    entry: sh -c 'echo "cwd=\$(pwd) args=\$*"; exit 1' --
    verbose: true
  - id: lint
    name: lint $1
    language: system
    entry: "true"
    files: \.txt$
YAML
}
R=$BENCH_WORK/repo
mkdir -p "$R" && cd "$R" && git init -q
config root >.pre-commit-config.yaml
for p in docs src src/backend frontend frontend/docs .hidden/x node_modules/y vendor/z; do
  mkdir -p "$p" && config "${p//\//-}" >"$p/.pre-commit-config.yaml"
done
config orphan 'orphan: true
' >src/backend/.pre-commit-config.yaml
echo node_modules/ >.gitignore
echo vendor/z/ >.prekignore
for f in a.txt docs/d.md src/s.txt src/backend/b.txt src/backend/b.py frontend/f.txt frontend/docs/e.txt; do
  echo "$f" >"$f"
done
git add -A && git commit -q -m init

normalise() {
  python3 -c '
import re, sys
out = []
for line in sys.stdin:
    line = line.strip()
    if not line or "- duration:" in line or line.startswith(("[", "Unstaged", "Restored")):
        continue
    m = re.match(r"cwd=(\S+) args=(.*)", line)
    if m:
        if out and out[-1][0] == m.group(1):
            out[-1][1].extend(m.group(2).split())
        else:
            out.append((m.group(1), m.group(2).split()))
        continue
    out.append(line)
for o in out:
    print(o if isinstance(o, str) else "cwd=%s args=%s" % (o[0], " ".join(sorted(o[1]))))
'
}

# A verbose hook that is skipped prints `- hook id:` in precommit (pre-commit's rule) only.
drop_skipped_ids() {
  awk '/Skipped$/ { s = 1; print; next } s && /- hook id:/ { s = 0; next } { s = 0; print }'
}

DIFFS=0
compare() { # DIR ARGS...
  local dir=$1 a b
  shift
  a=$(cd "$dir" && "$PC" "$@" 2>&1) && ra=0 || ra=$?
  b=$(cd "$dir" && "$PK" "$@" 2>&1) && rb=0 || rb=$?
  a=$(printf '%s\n' "$a" | drop_skipped_ids)
  if [ "$(printf '%s' "$a" | normalise)" = "$(printf '%s' "$b" | normalise)" ] && [ $ra = $rb ]; then
    note "SAME (exit $ra): ${dir#"$R"}: $*"
  else
    note "DIFF (exit $ra/$rb): ${dir#"$R"}: $*"
    diff <(printf '%s' "$a" | normalise) <(printf '%s' "$b" | normalise) | sed 's/^/    /' || true
    DIFFS=$((DIFFS + 1))
  fi
}
compare "$R" run --all-files
compare "$R" run --all-files lint
compare "$R" run --all-files frontend/
compare "$R" run --all-files frontend:show
compare "$R" run --all-files --skip frontend/docs/ --skip src:show
compare "$R" run --files frontend/f.txt src/backend/b.txt a.txt
compare "$R/frontend" run --all-files
compare "$R/frontend" run --all-files docs/
compare "$R/frontend/docs" run --all-files show
compare "$R" run --all-files -c frontend/.pre-commit-config.yaml
compare "$R" list
compare "$R" list -v
compare "$R" list --output-format json
compare "$R/frontend" list

# A real commit with unstaged changes in two projects, in two clones.
for tool in precommit prek; do
  git clone -q "$R" "$BENCH_WORK/$tool"
  (cd "$BENCH_WORK/$tool" && "$(tool_bin $tool)" install >/dev/null)
  (cd "$BENCH_WORK/$tool" && echo x >>frontend/f.txt && echo y >>src/backend/b.txt && echo z >>a.txt \
    && git add -A && echo unstaged >>frontend/docs/e.txt && echo unstaged >>src/s.txt)
done
a=$(cd "$BENCH_WORK/precommit" && git commit -q -m c 2>&1) && ra=0 || ra=$?
b=$(cd "$BENCH_WORK/prek" && git commit -q -m c 2>&1) && rb=0 || rb=$?
a=$(printf '%s\n' "${a//$BENCH_WORK\/precommit/REPO}" | drop_skipped_ids)
b=${b//$BENCH_WORK\/prek/REPO}
sa=$(cd "$BENCH_WORK/precommit" && git status --short)
sb=$(cd "$BENCH_WORK/prek" && git status --short)
if [ "$(printf '%s' "$a" | normalise)" = "$(printf '%s' "$b" | normalise)" ] && [ $ra = $rb ] && [ "$sa" = "$sb" ]; then
  note "SAME (exit $ra): git commit with unstaged changes in two projects; status after: $(printf '%s' "$sa" | tr '\n' ' ')"
else
  note "DIFF (exit $ra/$rb): git commit"
  diff <(printf '%s\n%s' "$a" "$sa" | normalise) <(printf '%s\n%s' "$b" "$sb" | normalise) | sed 's/^/    /' || true
  DIFFS=$((DIFFS + 1))
fi
note "$DIFFS difference(s)"
