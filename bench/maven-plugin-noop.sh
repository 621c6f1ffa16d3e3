#!/usr/bin/env bash
# The cost of precommit-maven-plugin's `install` goal on a no-op build: `mvn -o validate` of a
# generated 10-module reactor in a git repository whose hooks are already installed, with the
# plugin and without it (the same reactor, the plugin block taken out). Variants alternate (one
# round = each once) so load from other processes hits both alike; prints the medians of the
# reactor time (the sum of Maven's per-module times, which covers loading the plugin and running
# the goal, and little else in a build that runs nothing else) and of the wall time. A third
# variant, the plugin with -Dprecommit.skip (the goal returns at once), separates what Maven
# spends on loading any plugin from the goal's own no-op check.
# Then the hook path: the first commit after the build (start-up archive being prepared in the
# background, or not yet there) and the later ones (archive ready).
#
#   bench/maven-plugin-noop.sh [ROUNDS] [MODULES]      defaults: 11 10
#
# Needs the plugin and the engine in the local Maven repository (./install.sh puts them there),
# git, mvn; Maven runs offline (-o).
set -euo pipefail
ROUNDS=${1:-11}
MODULES=${2:-10}
SRC=$(cd "$(dirname "$0")/.." && pwd)
VERSION=$(sed -n 's:^  <version>\(.*\)</version>$:\1:p' "$SRC/maven-plugin/pom.xml" | head -n 1)
work=$(mktemp -d "${TMPDIR:-/tmp}/precommit-mvnbench.XXXXXX")
trap 'rm -rf "$work"' EXIT
export GIT_CONFIG_NOSYSTEM=1 GIT_CONFIG_GLOBAL=/dev/null PRECOMMIT_HOME=$work/cache
export GIT_AUTHOR_NAME=bench GIT_AUTHOR_EMAIL=bench@example.invalid
export GIT_COMMITTER_NAME=bench GIT_COMMITTER_EMAIL=bench@example.invalid
unset CI PRECOMMIT

# $1: directory; $2: "plugin" or "none"
reactor() {
  local dir=$1 plugin=$2 modules='' i block=''
  mkdir -p "$dir"
  for i in $(seq "$MODULES"); do
    modules="$modules<module>m$i</module>"
    mkdir -p "$dir/m$i"
    cat >"$dir/m$i/pom.xml" <<EOF
<project><modelVersion>4.0.0</modelVersion>
<parent><groupId>bench</groupId><artifactId>root</artifactId><version>1</version></parent>
<artifactId>m$i</artifactId></project>
EOF
  done
  if [ "$plugin" = plugin ]; then
    block="<build><plugins><plugin><groupId>dev.precommit</groupId>
<artifactId>precommit-maven-plugin</artifactId><version>$VERSION</version>
<executions><execution><goals><goal>install</goal></goals></execution></executions>
</plugin></plugins></build>"
  fi
  cat >"$dir/pom.xml" <<EOF
<project><modelVersion>4.0.0</modelVersion>
<groupId>bench</groupId><artifactId>root</artifactId><version>1</version><packaging>pom</packaging>
<modules>$modules</modules>$block</project>
EOF
  cat >"$dir/.pre-commit-config.yaml" <<'EOF'
repos:
-   repo: builtin
    hooks:
    -   id: trailing-whitespace
    -   id: end-of-file-fixer
EOF
  (cd "$dir" && git init -q . && git add -A && git commit -q --no-verify -m init)
}

# Prints "reactor_ms wall_ms" for one `mvn -o validate ARGS…` in $1.
one_build() {
  local start end out dir=$1
  shift
  start=$(date +%s%N)
  out=$(cd "$dir" && mvn -B -o validate "$@" 2>&1) || { printf '%s\n' "$out" >&2; exit 1; }
  end=$(date +%s%N)
  printf '%s\n' "$out" | awk -v wall=$(((end - start) / 1000000)) '
    /SUCCESS \[/ { gsub(/.*\[ */, ""); gsub(/ s\].*/, ""); sum += $0 * 1000 }
    END { printf "%d %d\n", sum, wall }'
}

median() { sort -n | awk '{ v[NR] = $1 } END { print v[int((NR + 1) / 2)] }'; }

reactor "$work/with" plugin
reactor "$work/without" none
one_build "$work/with" >/dev/null # installs the hooks (and starts the archive training)
one_build "$work/without" >/dev/null
[ -x "$work/with/.git/hooks/pre-commit" ] || { echo "the plugin installed no hook" >&2; exit 1; }

for _ in $(seq "$ROUNDS"); do
  one_build "$work/with" >>"$work/t-with"
  one_build "$work/without" >>"$work/t-without"
  one_build "$work/with" -Dprecommit.skip >>"$work/t-skip"
done
rw=$(cut -d' ' -f1 "$work/t-with" | median)
rn=$(cut -d' ' -f1 "$work/t-without" | median)
rs=$(cut -d' ' -f1 "$work/t-skip" | median)
ww=$(cut -d' ' -f2 "$work/t-with" | median)
wn=$(cut -d' ' -f2 "$work/t-without" | median)
ws=$(cut -d' ' -f2 "$work/t-skip" | median)
echo "no-op mvn -o validate, $MODULES modules, median of $ROUNDS (ms):"
printf '  %-31s reactor %5d   wall %5d\n' "with plugin" "$rw" "$ww" \
  "with plugin, -Dprecommit.skip" "$rs" "$ws" "without plugin" "$rn" "$wn"
printf '  %-31s reactor %5d   wall %5d\n' "plugin (Maven loads it + goal)" $((rw - rn)) $((ww - wn)) \
  "the goal's own no-op check" $((rw - rs)) $((ww - ws))

# The hook path through the plugin's launcher, once its start-up archive is ready.
for _ in $(seq 60); do
  ls "$PRECOMMIT_HOME"/startup/precommit-*.[ja][so][at] >/dev/null 2>&1 && break
  sleep 1
done
archive=$(ls "$PRECOMMIT_HOME"/startup/precommit-*.[ja][so][at] 2>/dev/null | head -n 1 || true)
echo "start-up archive: ${archive:-none after 60 s}"
cd "$work/with"
for i in $(seq "$ROUNDS"); do
  printf 'line %s\n' "$i" >>README.md
  git add README.md
  start=$(date +%s%N)
  git commit -q -m "c$i" >/dev/null 2>&1
  end=$(date +%s%N)
  echo $(((end - start) / 1000000)) >>"$work/t-commit"
done
echo "git commit through the plugin's shim (two built-in hooks), median of $ROUNDS: $(median <"$work/t-commit") ms"
