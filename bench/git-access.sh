#!/usr/bin/env bash
# JGit against the git command for the three git operations on the hook path (issue 8):
#   staged      the staged file list     git diff --cached --name-only --no-ext-diff -z
#   diff        the diff snapshot taken around a hook that may change files
#               git diff --no-ext-diff --no-textconv --ignore-submodules
#   diff-index  what the stash saves     git write-tree, then
#               git diff-index --ignore-submodules --binary --no-color --no-ext-diff TREE --
# on a copy of the corpus with 3 files staged (+1 new) and 50 text files and 1 binary changed but
# not staged.
#
#   bench/git-access.sh [REPO]
#
# Two measurements:
#  1. hyperfine times the git commands from the shell (what any tool pays per call);
#  2. bench/JGitAccess.java, run with the project's shaded jar on the class path, times each
#     operation inside a fresh JVM (every commit starts one), done with JGit (repository open +
#     first call) and with the git command through ProcessBuilder (first call), plus the median
#     of 10 further calls of each (warm), and checks that both give the same bytes.
# Environment: RUNS (hyperfine runs per command, default 20), JVMS (fresh JVMs per operation and
# implementation, default 5), PRECOMMIT_JAR (the shaded jar; default target/precommit-*-all.jar,
# else the jar next to PRECOMMIT_BIN's launcher), JAVA (default: the launcher's java, else PATH).
set -euo pipefail
# shellcheck source=bench/lib.sh
. "$(dirname "$0")/lib.sh"

RUNS=${RUNS:-20}
JVMS=${JVMS:-5}
[ $# -le 1 ] || die "usage: bench/git-access.sh [REPO]"
require_hyperfine
bench_workdir
bench_isolate

if [ $# -eq 1 ]; then
  SRC=$(cd "$1" && pwd) || die "no such directory: $1"
else
  SRC=$(default_corpus 10000)
fi
note "== git access: JGit against the git command, on $SRC"
print_machine

# --- The repository state --------------------------------------------------------------------------
R=$BENCH_WORK/repo
git clone -q "$SRC" "$R"
git -C "$R" ls-files >"$BENCH_WORK/files"
total=$(wc -l <"$BENCH_WORK/files")
# Deterministic picks: text files by position in the sorted list; the first binary-looking file.
grep -vE '\.(png|bin|dat)$' "$BENCH_WORK/files" | awk -v n="$total" 'NR % int(n / 60) == 7' | head -n 53 >"$BENCH_WORK/picked"
head -n 3 "$BENCH_WORK/picked" >"$BENCH_WORK/staged"
tail -n +4 "$BENCH_WORK/picked" | head -n 50 >"$BENCH_WORK/unstaged"
while IFS= read -r f; do printf 'staged change\n' >>"$R/$f"; done <"$BENCH_WORK/staged"
mkdir -p "$R/bench-new" && printf 'new staged file\n' >"$R/bench-new/new.txt"
(cd "$R" && xargs git add -- <"$BENCH_WORK/staged" && git add bench-new/new.txt)
while IFS= read -r f; do printf 'unstaged change\n' >>"$R/$f"; done <"$BENCH_WORK/unstaged"
binary=$(grep -E '\.(png|bin|dat)$' "$BENCH_WORK/files" | head -n 1 || true)
[ -n "$binary" ] && printf '\001\002\003unstaged binary change' >>"$R/$binary"
# A refreshed index (as the stash leaves it), so no timed command pays for racily clean entries.
sleep 1
git -C "$R" update-index -q --refresh || true
TREE=$(git -C "$R" write-tree)
note "state: $total tracked files; staged: $(git -C "$R" diff --cached --name-only | wc -l) files; unstaged: $(git -C "$R" diff --name-only | wc -l) files${binary:+ (incl. binary $binary)}"

# --- 1. The git command, from the shell --------------------------------------------------------------
note ""
note "-- git command (hyperfine, no shell, $RUNS runs each, output to /dev/null; load $(load_now))"
# Four rounds: the commands take turns.
timed_rounds "$BENCH_WORK/git.times" 4 $(((RUNS + 3) / 4)) 3 -N \
  -n staged "git -C $R diff --cached --name-only --no-ext-diff -z" \
  -n diff "git -C $R diff --no-ext-diff --no-textconv --ignore-submodules" \
  -n write-tree "git -C $R write-tree" \
  -n diff-index "git -C $R diff-index --ignore-submodules --binary --no-color --no-ext-diff $TREE --" \
  || die "hyperfine failed"
print_table "$BENCH_WORK/git.times"

# --- 2. Inside a JVM: JGit against ProcessBuilder("git", …) ---------------------------------------------
note ""
JAR=${PRECOMMIT_JAR:-}
if [ -z "$JAR" ]; then
  JAR=$(ls "$BENCH_DIR"/../target/precommit-*-all.jar 2>/dev/null | head -n 1 || true)
fi
if [ -z "$JAR" ] && find_tool precommit >/dev/null; then
  JAR=$(sed -n "s/^jar='\(.*\)'$/\1/p" "$(tool_bin precommit)" | head -n 1)
fi
if [ -z "$JAR" ] || [ ! -f "$JAR" ]; then
  note "skip JGit: no shaded jar (build it: mvn -B -q -o -DskipTests package, or set PRECOMMIT_JAR)"
  exit 0
fi
JAVA=${JAVA:-}
if [ -z "$JAVA" ] && find_tool precommit >/dev/null; then
  JAVA=$(sed -n "s/^java='\(.*\)'$/\1/p" "$(tool_bin precommit)" | head -n 1)
fi
JAVA=${JAVA:-$(command -v java || true)}
[ -n "$JAVA" ] || { note "skip JGit: no java"; exit 0; }
# The launcher's flags (install.sh), without its start-up archive: JGit is what is measured.
FLAGS=(-XX:+IgnoreUnrecognizedVMOptions -XX:TieredStopAtLevel=1 -XX:+UseSerialGC -XX:-UsePerfData
  -Xshare:auto -Xlog:disable -Xlog:all=error:stderr "-XX:ErrorFile=$BENCH_WORK/hs_err_%p.log")
JAVAC=$(dirname "$(readlink -f "$JAVA")")/javac
if [ -x "$JAVAC" ] && "$JAVAC" -nowarn -cp "$JAR" -d "$BENCH_WORK/classes" "$BENCH_DIR/JGitAccess.java" 2>"$BENCH_WORK/javac.err"; then
  RUNJ=("$JAVA" "${FLAGS[@]}" -cp "$JAR:$BENCH_WORK/classes" JGitAccess)
else
  note "(javac unavailable or failed: running the source file directly; its compilation warms the JVM a little)"
  RUNJ=("$JAVA" "${FLAGS[@]}" -cp "$JAR" "$BENCH_DIR/JGitAccess.java")
fi
note "-- inside a JVM: $JVMS fresh JVMs per operation and implementation (alternating), $JAVA"
note "   ($("$JAVA" -version 2>&1 | sed -n 2p)), jar $JAR; load $(load_now)"
# A real user's environment: JGit then looks for the system git config itself (it may fork git).
: >"$BENCH_WORK/jvm.lines"
for ((i = 1; i <= JVMS; i++)); do
  for op in staged diff diff-index; do
    for impl in git jgit; do
      env -u GIT_CONFIG_NOSYSTEM "${RUNJ[@]}" "$R" "$op" "$impl" 10 >>"$BENCH_WORK/jvm.lines" 2>"$BENCH_WORK/jvm.err" \
        || { note "JGitAccess $op $impl failed: $(tail -n 3 "$BENCH_WORK/jvm.err" | tr '\n' ' ')"; }
    done
  done
done
printf '%-11s %-5s %9s %9s %12s %9s %10s %7s  %s\n' op impl open_ms first_ms cold_total warm_ms bytes items sha
awk '
  function kv(s, k,    a) { split(s, a, "="); return a[2] }
  { key = $1 " " $2; if (!(key in seen)) { seen[key] = ++n; order[n] = key }
    c[key]++; o[key, c[key]] = kv($3); f[key, c[key]] = kv($4); w[key, c[key]] = kv($5)
    t[key, c[key]] = kv($3) + kv($4); by[key] = kv($6); it[key] = kv($7); sh[key] = kv($8) }
  function med(arr, key, cnt,    i, j, v, x) {
    for (i = 1; i <= cnt; i++) v[i] = arr[key, i]
    for (i = 2; i <= cnt; i++) { x = v[i]; for (j = i - 1; j >= 1 && v[j] > x; j--) v[j + 1] = v[j]; v[j + 1] = x }
    return (cnt % 2) ? v[(cnt + 1) / 2] : (v[cnt / 2] + v[cnt / 2 + 1]) / 2
  }
  END { for (i = 1; i <= n; i++) { k = order[i]; split(k, p, " ")
    printf "%-11s %-5s %9.1f %9.1f %12.1f %9.1f %10d %7d  %s\n", p[1], p[2], med(o, k, c[k]), med(f, k, c[k]), med(t, k, c[k]), med(w, k, c[k]), by[k], it[k], sh[k] } }
' "$BENCH_WORK/jvm.lines" | tee "$BENCH_WORK/jvm.table"
note "(medians over $JVMS JVMs; open = FileRepositoryBuilder.build(); cold_total = open + first call, what one hook run pays; warm = median of 10 repeated calls in the same JVM)"
for op in staged diff diff-index; do
  g=$(awk -v op="$op" '$1 == op && $2 == "git" { print $9 }' "$BENCH_WORK/jvm.table")
  j=$(awk -v op="$op" '$1 == op && $2 == "jgit" { print $9 }' "$BENCH_WORK/jvm.table")
  gc=$(awk -v op="$op" '$1 == op && $2 == "git" { print $5 }' "$BENCH_WORK/jvm.table")
  jc=$(awk -v op="$op" '$1 == op && $2 == "jgit" { print $5 }' "$BENCH_WORK/jvm.table")
  gw=$(awk -v op="$op" '$1 == op && $2 == "git" { print $6 }' "$BENCH_WORK/jvm.table")
  jw=$(awk -v op="$op" '$1 == op && $2 == "jgit" { print $6 }' "$BENCH_WORK/jvm.table")
  same="same bytes"
  [ "$g" = "$j" ] || same="DIFFERENT bytes (sha $g vs $j)"
  note "$op: cold jgit/git $(ratio "$jc" "$gc"), warm jgit/git $(ratio "$jw" "$gw"); results: $same"
done
# Where the results differ, show how (the first differing lines).
for op in staged diff diff-index; do
  if [ "$(awk -v op="$op" '$1 == op { print $8 }' "$BENCH_WORK/jvm.lines" | sort -u | wc -l)" -gt 1 ]; then
    for impl in git jgit; do
      env -u GIT_CONFIG_NOSYSTEM "${RUNJ[@]}" "$R" "$op" "$impl" 0 "$BENCH_WORK/$op.$impl" >/dev/null 2>&1 || true
    done
    note "  $op, git (-) against JGit (+), first differences:"
    diff -u --label git --label jgit <(tr '\0' '\n' <"$BENCH_WORK/$op.git") <(tr '\0' '\n' <"$BENCH_WORK/$op.jgit") \
      | grep '^[-+]' | grep -v '^\(---\|+++\) ' | head -n 8 | cut -c1-110 | sed 's/^/    /' || true
  fi
done
