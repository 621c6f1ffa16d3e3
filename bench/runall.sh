# shellcheck shell=bash
# The body shared by hygiene.sh and large-run.sh (sourced after lib.sh): times
# `run --all-files` per tool on a fresh copy of a repository per run, and compares what the tools
# did (hook results, the files their output names, the trees they leave).
# The caller sets BENCH_NAME, BENCH_TITLE, HOOK_IDS (in config order), RUNS, ROUNDS, and defines
# `config_for TOOL [HOOKS-REPO REV]`, which prints the .pre-commit-config.yaml for TOOL (for
# pre-commit: with pre-commit-hooks at HOOKS-REPO, REV).

[ $# -le 1 ] || die "usage: bench/$BENCH_NAME.sh [REPO]"
require_hyperfine
bench_workdir
bench_isolate

if [ $# -eq 1 ]; then
  SRC=$(cd "$1" && pwd) || die "no such directory: $1"
  git -C "$SRC" rev-parse --git-dir >/dev/null 2>&1 || die "$SRC is not a git repository"
else
  SRC=$(default_corpus 10000)
fi

note "== $BENCH_NAME: run --all-files, ${#HOOK_IDS[@]} hooks ($BENCH_TITLE), on $SRC"
print_machine

# A clone of SRC with the tool's configuration committed on top.
make_copy() {
  local dir=$1 config=$2
  git clone -q "$SRC" "$dir"
  printf '%s' "$config" >"$dir/.pre-commit-config.yaml"
  git -C "$dir" add .pre-commit-config.yaml
  git -C "$dir" commit -q --no-verify -m "bench: hook configuration"
}
reset_cmd() { printf 'cd %q && git checkout -q -- . && git clean -fdq' "$1"; }

TOOLS=()
for tool in ${BENCH_TOOLS:-precommit prek pre-commit}; do
  find_tool "$tool" || continue
  dir=$BENCH_WORK/$tool
  case $tool in
    pre-commit)
      hooks=${PRE_COMMIT_HOOKS_REPO:-}
      if [ -z "$hooks" ]; then
        note "skip pre-commit: it has no built-ins; set PRE_COMMIT_HOOKS_REPO to a local clone of pre-commit-hooks (none can be fetched here)"
        continue
      fi
      if ! rev=$(git -C "$hooks" rev-parse HEAD 2>/dev/null) || [ ! -f "$hooks/.pre-commit-hooks.yaml" ]; then
        note "skip pre-commit: PRE_COMMIT_HOOKS_REPO=$hooks is not a git clone of pre-commit-hooks"
        continue
      fi
      make_copy "$dir" "$(config_for pre-commit "$(cd "$hooks" && pwd)" "$rev")"
      if ! out=$(cd "$dir" && "$(tool_bin pre-commit)" install-hooks 2>&1); then
        note "skip pre-commit: it cannot build the pre-commit-hooks environment (offline?): $(printf '%s' "$out" | tail -n 3 | tr '\n' ' ')"
        continue
      fi
      ;;
    *) make_copy "$dir" "$(config_for "$tool")" ;;
  esac
  # The first, untimed run: warms caches, proves the tool can run this configuration, and
  # leaves the tree each tool produces, for the comparison below.
  set +e
  (cd "$dir" && "$(tool_bin "$tool")" run --all-files --color never) >"$BENCH_WORK/$tool.out" 2>&1
  rc=$?
  set -e
  statuses=$(grep -cE '\.\.\.+(\([^)]*\))?(Passed|Failed|Skipped)$' "$BENCH_WORK/$tool.out" || true)
  if [ "$statuses" -lt "${#HOOK_IDS[@]}" ]; then
    note "skip $tool: its run printed $statuses of ${#HOOK_IDS[@]} hook results (exit $rc):"
    head -n 5 "$BENCH_WORK/$tool.out" | sed 's/^/    /'
    continue
  fi
  cp -a "$dir" "$BENCH_WORK/$tool.result"
  note "$tool: $(tool_version "$tool") ($(tool_bin "$tool")), first run exit $rc, $(git -C "$dir" status --porcelain | wc -l) files changed"
  TOOLS+=("$tool")
done
[ "${#TOOLS[@]}" -gt 0 ] || die "no tool could run; nothing to measure"
if [[ " ${TOOLS[*]} " == *" precommit "* ]]; then
  note "precommit's java: $(precommit_java)"
fi

# --- Correctness: the same files fail, and the fixers leave the same bytes -----------------------

# hook_files OUT: "k<TAB>path" for every tracked path named in the output of the k-th hook.
git -C "$SRC" ls-files >"$BENCH_WORK/tracked"
hook_files() {
  awk -v tracked="$BENCH_WORK/tracked" '
    BEGIN { while ((getline l < tracked) > 0) T[l] = 1 }
    /\.\.\.+(\([^)]*\))?(Passed|Failed|Skipped)$/ { k++; next }
    k > 0 { n = split($0, w, /[ \t:\047"(),]+/); for (i = 1; i <= n; i++) if (w[i] in T) print k "\t" w[i] }
  ' "$1" | sort -u
}
files_of() { awk -F'\t' -v k="$2" '$1 == k { print $2 }' "$BENCH_WORK/$1.files"; }
hook_statuses() {
  grep -E '\.\.\.+(\([^)]*\))?(Passed|Failed|Skipped)$' "$1" | sed -E 's/.*[.)](Passed|Failed|Skipped)$/\1/'
}

compare_trees() {
  local a=$1 b=$2 da=$BENCH_WORK/$1.result db=$BENCH_WORK/$2.result list exclude=()
  # pre-commit's configuration names another repository: that file differs by design.
  if [ "$a" = pre-commit ] || [ "$b" = pre-commit ]; then exclude=(--exclude=.pre-commit-config.yaml); fi
  list=$(diff -rq --exclude=.git "${exclude[@]}" "$da" "$db" 2>&1 || true)
  if [ -z "$list" ]; then
    note "trees: $a and $b left byte-identical trees ($(git -C "$da" ls-files | wc -l) files compared, .git ignored): AGREE"
    return
  fi
  note "trees: $a and $b DIFFER in $(printf '%s\n' "$list" | wc -l) files (first 25 below; ^M = CR, \$ = end of line, M-oM-;M-? = BOM, ^I = tab):"
  printf '%s\n' "$list" | head -n 25 | while IFS= read -r line; do
    case $line in
      Files\ *\ differ)
        rel=${line#Files "$da"/}
        rel=${rel%% and *}
        local orig=$BENCH_WORK/orig
        git -C "$da" show "HEAD:$rel" >"$orig" 2>/dev/null || : >"$orig"
        sa=changed; cmp -s "$orig" "$da/$rel" && sa="left as committed"
        sb=changed; cmp -s "$orig" "$db/$rel" && sb="left as committed"
        note "  $rel: $a $sa ($(wc -c <"$da/$rel") bytes), $b $sb ($(wc -c <"$db/$rel") bytes)"
        diff -u --label "$a" --label "$b" <(cat -A "$da/$rel") <(cat -A "$db/$rel") | sed -n '3,14p' | cut -c1-160 | sed 's/^/      /'
        ;;
      *) note "  $line" ;;
    esac
  done
}

note ""
note "-- correctness (first run of each tool on the same commit)"
for tool in "${TOOLS[@]}"; do
  hook_statuses "$BENCH_WORK/$tool.out" >"$BENCH_WORK/$tool.status"
  hook_files "$BENCH_WORK/$tool.out" >"$BENCH_WORK/$tool.files"
done
ref=${TOOLS[0]}
printf '  %-32s' "hook"
for tool in "${TOOLS[@]}"; do printf ' %-22s' "$tool"; done
printf ' %s\n' "files named in the output"
for k in "${!HOOK_IDS[@]}"; do
  id=${HOOK_IDS[$k]}
  printf '  %-32s' "$id"
  for tool in "${TOOLS[@]}"; do
    n=$(awk -F'\t' -v k=$((k + 1)) '$1 == k' "$BENCH_WORK/$tool.files" | wc -l)
    printf ' %-22s' "$(sed -n "$((k + 1))p" "$BENCH_WORK/$tool.status") ($n files)"
  done
  # Checks name the failing files, fixers the files they fix ("Fixing PATH"): compare the sets.
  verdict=same
  for tool in "${TOOLS[@]:1}"; do
    if ! cmp -s <(files_of "$ref" $((k + 1))) <(files_of "$tool" $((k + 1))); then
      verdict="DIFFERENT (below)"
      diff <(files_of "$ref" $((k + 1))) <(files_of "$tool" $((k + 1))) \
        | sed -n "s/^< /only $ref: /p; s/^> /only $tool: /p" | head -n 10 \
        | sed "s/^/    $id: /" >>"$BENCH_WORK/file-differences" || true
    fi
  done
  printf ' %s\n' "$verdict"
done
if [ -s "$BENCH_WORK/file-differences" ]; then
  note "  files named by one tool and not the other (first 10 per hook):"
  cat "$BENCH_WORK/file-differences"
fi
for tool in "${TOOLS[@]:1}"; do compare_trees "$ref" "$tool"; done

# --- Timing -------------------------------------------------------------------------------------

note ""
note "-- timing: $RUNS runs per tool, each on a tree reset to the commit (git checkout + clean, untimed)"
note "load before: $(load_now)"
args=()
for tool in "${TOOLS[@]}"; do
  dir=$BENCH_WORK/$tool
  args+=(--prepare "$(reset_cmd "$dir")" -n "$tool"
    "$(printf 'cd %q && %q run --all-files --color never' "$dir" "$(tool_bin "$tool")")")
done
timed_rounds "$BENCH_WORK/$BENCH_NAME.times" "$ROUNDS" $(((RUNS + ROUNDS - 1) / ROUNDS)) 0 -i "${args[@]}" \
  || die "hyperfine failed"
note "load after:  $(load_now)"

rss=()
if have_gnu_time; then
  for tool in "${TOOLS[@]}"; do
    dir=$BENCH_WORK/$tool
    bash -c "$(reset_cmd "$dir")"
    rss+=("$(peak_rss_kb "$dir" "$(tool_bin "$tool")" run --all-files --color never)")
  done
else
  note "peak RSS: skipped (/usr/bin/time, GNU time, is not installed)"
fi

note ""
note "-- summary ($BENCH_NAME, $(git -C "$SRC" ls-files | wc -l) files, ${#HOOK_IDS[@]} hooks: $BENCH_TITLE)"
print_table "$BENCH_WORK/$BENCH_NAME.times"
for i in "${!TOOLS[@]}"; do
  tool=${TOOLS[$i]}
  line="  $tool: median $(median_of "$BENCH_WORK/$BENCH_NAME.times" "$tool") ms"
  line+=", cpu $(cpu_of "$BENCH_WORK/$BENCH_NAME.times" "$tool")"
  if [ "${#rss[@]}" -gt 0 ]; then
    line+=", peak RSS $(awk -v k="${rss[$i]}" 'BEGIN { if (k == "") print "?"; else printf "%.0f MiB", k / 1024 }')"
  fi
  note "$line"
done
pc=$(median_of "$BENCH_WORK/$BENCH_NAME.times" precommit)
for other in prek pre-commit; do
  o=$(median_of "$BENCH_WORK/$BENCH_NAME.times" "$other")
  if [ -n "$pc" ] && [ -n "$o" ]; then
    note "  ratio precommit/$other (medians): $(ratio "$pc" "$o")"
  fi
done
