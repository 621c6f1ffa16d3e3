# shellcheck shell=bash
# Shared helpers for the bench/ scripts (sourced, not run). Bash.
#
# Tools are found through environment variables first, then PATH:
#   PRECOMMIT_BIN   precommit's launcher (e.g. /tmp/bench-prefix/bin/precommit after
#                   `PRECOMMIT_PREFIX=/tmp/bench-prefix ./install.sh`)
#   PREK_BIN        prek
#   PRE_COMMIT_BIN  pre-commit (Python)
# Nothing is installed by these scripts; a missing or broken tool is skipped with its reason.

BENCH_DIR=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
export LC_ALL=C

note() { printf '%s\n' "$*"; }
warn() { printf '%s\n' "$*" >&2; }
die() {
  printf '%s: %s\n' "$(basename "$0")" "$*" >&2
  exit 1
}

# A scratch directory for this run (kept when BENCH_KEEP=1, for inspection).
bench_workdir() {
  BENCH_WORK=$(mktemp -d "${TMPDIR:-/tmp}/precommit-bench.XXXXXX")
  if [ "${BENCH_KEEP:-0}" = 1 ]; then
    note "work directory (kept): $BENCH_WORK"
  else
    trap 'rm -rf "$BENCH_WORK"' EXIT
  fi
}

# Shuts out the user's and the system's git configuration, gives commits a fixed identity, and
# points every tool's cache into the work directory (warmed by the first, untimed run).
bench_isolate() {
  cat >"$BENCH_WORK/gitconfig" <<'EOF'
[user]
	name = bench
	email = bench@example.invalid
[init]
	defaultBranch = main
[core]
	autocrlf = false
EOF
  export GIT_CONFIG_GLOBAL="$BENCH_WORK/gitconfig" GIT_CONFIG_NOSYSTEM=1
  export PRECOMMIT_HOME="$BENCH_WORK/cache-precommit"
  export PREK_HOME="$BENCH_WORK/cache-prek"
  export PRE_COMMIT_HOME="$BENCH_WORK/cache-pre-commit"
  unset PRECOMMIT SKIP PRE_COMMIT_ALLOW_NO_CONFIG
}

require_hyperfine() {
  command -v hyperfine >/dev/null 2>&1 \
    || die "hyperfine not found (Debian: apt-get install hyperfine); it does the timing"
}

# Sets TOOL_BIN_<name> and TOOL_VERSION_<name> for a usable tool, or prints why it is skipped.
# Usage: find_tool precommit|prek|pre-commit; returns 1 when skipped.
find_tool() {
  local name=$1 var bin version
  case $name in
    precommit) var=PRECOMMIT_BIN ;;
    prek) var=PREK_BIN ;;
    pre-commit) var=PRE_COMMIT_BIN ;;
    *) die "unknown tool $name" ;;
  esac
  bin=${!var:-}
  if [ -z "$bin" ]; then
    bin=$(command -v "$name" 2>/dev/null || true)
  fi
  if [ -z "$bin" ]; then
    note "skip $name: not found (set $var or put it on PATH)"
    return 1
  fi
  # npm's prek is a Node.js script that starts the native binary it ships: time the binary
  # itself, as `prek install` hooks do (Node.js would add its own start-up to every run).
  if [ "$name" = prek ] && head -c 64 "$bin" 2>/dev/null | grep -q node; then
    local native
    native=$(ls "$(dirname "$(readlink -f "$bin")")"/../node_modules/@j178/prek-*/prek 2>/dev/null | head -n 1 || true)
    if [ -n "$native" ] && [ -x "$native" ]; then
      note "prek: $bin is npm's Node.js wrapper; timing the native binary it runs, $(readlink -f "$native")" >&2
      bin=$(readlink -f "$native")
    fi
  fi
  if ! version=$("$bin" --version 2>&1 | head -n 1) || [ -z "$version" ]; then
    note "skip $name: \`$bin --version\` failed: $version"
    return 1
  fi
  printf -v "TOOL_BIN_${name//-/_}" '%s' "$bin"
  printf -v "TOOL_VERSION_${name//-/_}" '%s' "$version"
  return 0
}
tool_bin() { local v="TOOL_BIN_${1//-/_}"; printf '%s' "${!v}"; }
tool_version() { local v="TOOL_VERSION_${1//-/_}"; printf '%s' "${!v}"; }

# The Java that precommit's launcher runs (install.sh bakes it into the script), and its version.
precommit_java() {
  local bin java
  bin=$(tool_bin precommit)
  java=$(sed -n "s/^java='\(.*\)'$/\1/p" "$bin" 2>/dev/null | head -n 1)
  [ -n "$java" ] || java=$(command -v java 2>/dev/null || echo java)
  printf '%s: %s' "$java" "$("$java" -version 2>&1 | head -n 2 | tail -n 1)"
  if grep -q "^archive='.\+'" "$bin" 2>/dev/null; then
    printf ' (start-up archive: %s)' "$(sed -n "s/^archive='\(.*\)'$/\1/p" "$bin" | sed 's/.*\.//')"
  fi
}

# The machine, for the record: date, cores, load, tool versions.
print_machine() {
  note "date:     $(date -u '+%Y-%m-%d %H:%M:%S UTC')"
  note "machine:  $(uname -srm), nproc=$(nproc), $(awk '/MemTotal/ {printf "%.0f GiB RAM", $2/1048576}' /proc/meminfo 2>/dev/null)"
  note "load:     $(cut -d' ' -f1-3 /proc/loadavg) (1/5/15 min; other jobs share this machine)"
  note "git:      $(git --version)"
  note "hyperfine: $(hyperfine --version 2>/dev/null || echo absent)"
}

load_now() { cut -d' ' -f1-3 /proc/loadavg; }

# The default corpus, generated once and reused (same bytes every time, see corpus.sh).
default_corpus() {
  local n=${1:-10000}
  local dir=${BENCH_CORPUS:-${TMPDIR:-/tmp}/precommit-bench-corpus-$n}
  if [ ! -d "$dir/.git" ]; then
    note "generating the corpus ($n files) in $dir (once; set BENCH_CORPUS to reuse another)…" >&2
    rm -rf "$dir"
    "$BENCH_DIR/corpus.sh" "$dir" "$n" >&2 || die "corpus generation failed"
  fi
  printf '%s' "$dir"
}

# hf_times FILE: "name<TAB>ms" for every timed run in a hyperfine JSON export.
hf_times() {
  awk '
    /"command":/ { s = $0; sub(/^[^:]*: "/, "", s); sub(/",?$/, "", s); name = s; intimes = 0 }
    /"times":/ { intimes = 1; next }
    intimes && /\]/ { intimes = 0 }
    intimes && /[0-9]/ { v = $0; gsub(/[ ,]/, "", v); printf "%s\t%.3f\n", name, v * 1000 }
  ' "$1"
}

# timed_rounds OUT ROUNDS RUNS WARMUP HYPERFINE-ARGS...: runs hyperfine ROUNDS times over all
# the commands (RUNS runs each per round; WARMUP warm-up runs in the first round only), so that
# the commands take turns and a slow minute on this shared machine hits all of them alike.
# Every timed run lands in OUT ("name<TAB>ms"); each round's hyperfine JSON in OUT.N.json.
timed_rounds() {
  local out=$1 rounds=$2 runs=$3 warmup=$4 r w
  shift 4
  : >"$out"
  for ((r = 1; r <= rounds; r++)); do
    w=0
    [ "$r" -eq 1 ] && w=$warmup
    if ! hyperfine --style none --warmup "$w" --runs "$runs" --export-json "$out.$r.json" "$@" \
      2>"$out.$r.err"; then
      cat "$out.$r.err" >&2
      return 1
    fi
    hf_times "$out.$r.json" >>"$out"
    printf 'round %d/%d (load %s):%s\n' "$r" "$rounds" "$(load_now)" \
      "$(hf_times "$out.$r.json" | awk -F'\t' '
        !($1 in v) { o[++n] = $1; v[$1] = sprintf("%.0f", $2); next }
        { v[$1] = v[$1] "/" sprintf("%.0f", $2) }
        END { for (i = 1; i <= n; i++) printf " %s %s ms", o[i], v[o[i]] }')"
  done
}

# times_summary TIMES: one line per command, in the order first seen:
#   name median_ms mean_ms stddev_ms min_ms max_ms runs
times_summary() {
  awk -F'\t' '!($1 in seen) { seen[$1] = ++n; print n "\t" $0; next } { print seen[$1] "\t" $0 }' "$1" \
    | sort -t"$(printf '\t')" -k1,1n -k3,3g \
    | awk -F'\t' '
      function flush() {
        if (c == 0) return
        med = (c % 2) ? v[(c + 1) / 2] : (v[c / 2] + v[c / 2 + 1]) / 2
        mean = sum / c; sd = 0
        for (i = 1; i <= c; i++) sd += (v[i] - mean) ^ 2
        sd = (c > 1) ? sqrt(sd / (c - 1)) : 0
        printf "%s\t%.1f\t%.1f\t%.1f\t%.1f\t%.1f\t%d\n", name, med, mean, sd, v[1], v[c], c
      }
      $2 != name { flush(); name = $2; c = 0; sum = 0 }
      { v[++c] = $3; sum += $3 }
      END { flush() }'
}

# cpu_of TIMES NAME: "U ms user + S ms sys", the mean CPU time of one command's runs over all
# rounds (hyperfine's user and system times include the command's child processes).
cpu_of() {
  cat "$1".*.json | awk -v want="$2" '
    function num(s) { sub(/^[^:]*:[ ]*/, "", s); sub(/,$/, "", s); return s + 0 }
    /"command":/ { s = $0; sub(/^[^:]*: "/, "", s); sub(/",?$/, "", s); name = s }
    name == want && /"user":/ && !/\[/ { u += num($0); n++ }
    name == want && /"system":/ && !/\[/ { y += num($0) }
    END { if (n) printf "%.0f ms user + %.0f ms sys", u * 1000 / n, y * 1000 / n }'
}

# median_of TIMES NAME: the median of one command, in ms (empty when absent).
median_of() { times_summary "$1" | awk -F'\t' -v n="$2" '$1 == n { print $2 }'; }

# ratio A B: A/B with two decimals, or "n/a".
ratio() { awk -v a="$1" -v b="$2" 'BEGIN { if (a == "" || b == "" || b + 0 == 0) print "n/a"; else printf "%.2f", a / b }'; }

# peak_rss_kb DIR CMD...: runs CMD in DIR under /usr/bin/time -v and prints the
# "Maximum resident set size" in KiB (the largest single process of the tree).
peak_rss_kb() {
  local dir=$1 out
  shift
  out=$(mktemp "$BENCH_WORK/rss.XXXXXX")
  (cd "$dir" && /usr/bin/time -v -o "$out" "$@" >/dev/null 2>&1) || true
  awk -F': ' '/Maximum resident set size/ { print $2 }' "$out"
  rm -f "$out"
}
have_gnu_time() { [ -x /usr/bin/time ] && /usr/bin/time -v true >/dev/null 2>&1; }

# print_table TIMES: medians and spread per command.
print_table() {
  printf '%-24s %10s %10s %10s %10s %10s %5s\n' command median_ms mean_ms stddev_ms min_ms max_ms runs
  times_summary "$1" | awk -F'\t' '{ printf "%-24s %10.1f %10.1f %10.1f %10.1f %10.1f %5d\n", $1, $2, $3, $4, $5, $6, $7 }'
}
