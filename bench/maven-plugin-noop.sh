#!/usr/bin/env bash
# The cost of precommit-maven-plugin's `install` goal on a no-op build: `mvn -o validate` of a
# generated 10-module reactor in a git repository whose hooks are already installed, with the
# plugin and without it (the same reactor, the plugin block taken out). Variants alternate (one
# round = each once) so load from other processes hits both alike; prints the medians of the
# reactor time (the sum of Maven's per-module times, which covers loading the plugin and running
# the goal, and little else in a build that runs nothing else) and of the wall time. A third
# variant, the plugin with -Dprecommit.skip (the goal returns at once), separates what Maven
# spends on loading the plugin from the goal's own no-op check; a fourth, a do-nothing plugin (one
# empty goal, no dependencies, built here with javac), is the floor: what Maven charges for any
# plugin bound in every module.
# Then the hook path: the first commit after the build (start-up archive being prepared in the
# background, or not yet there) and the later ones (archive ready).
#
#   bench/maven-plugin-noop.sh [ROUNDS] [MODULES]      defaults: 11 10
#
# Needs the plugin and the engine in the local Maven repository (./install.sh puts them there;
# MAVEN_REPO_LOCAL names another than ~/.m2/repository), git, mvn, javac; Maven runs offline (-o),
# against a local repository of links to that one plus the do-nothing plugin (nothing is written
# into yours).
set -euo pipefail
ROUNDS=${1:-11}
MODULES=${2:-10}
SRC=$(cd "$(dirname "$0")/.." && pwd)
VERSION=$(sed -n 's:^  <version>\(.*\)</version>$:\1:p' "$SRC/maven-plugin/pom.xml" | head -n 1)
M2=${MAVEN_REPO_LOCAL:-$HOME/.m2/repository}
work=$(mktemp -d "${TMPDIR:-/tmp}/precommit-mvnbench.XXXXXX")
trap 'rm -rf "$work"' EXIT
export GIT_CONFIG_NOSYSTEM=1 GIT_CONFIG_GLOBAL=/dev/null PRECOMMIT_HOME=$work/cache
export GIT_AUTHOR_NAME=bench GIT_AUTHOR_EMAIL=bench@example.invalid
export GIT_COMMITTER_NAME=bench GIT_COMMITTER_EMAIL=bench@example.invalid
unset CI PRECOMMIT

# The do-nothing plugin, precommitbench:noop-maven-plugin:1, in $work/m2: a local repository whose
# other entries are links to $M2's.
noop_plugin() {
  local api dir=$work/m2/precommitbench/noop-maven-plugin/1 entry
  mkdir -p "$work/m2" "$work/noop/bench" "$work/noop/classes/META-INF/maven" "$dir"
  for entry in "$M2"/*; do ln -s "$entry" "$work/m2/"; done
  api=$(ls "$M2"/org/apache/maven/maven-plugin-api/*/maven-plugin-api-*.jar | head -n 1)
  cat >"$work/noop/bench/NoopMojo.java" <<'EOF'
package bench;

public class NoopMojo extends org.apache.maven.plugin.AbstractMojo {
  @Override
  public void execute() {}
}
EOF
  javac -nowarn -cp "$api" -d "$work/noop/classes" "$work/noop/bench/NoopMojo.java"
  cat >"$work/noop/classes/META-INF/maven/plugin.xml" <<'EOF'
<plugin><name>noop</name><description>does nothing</description><groupId>precommitbench</groupId>
<artifactId>noop-maven-plugin</artifactId><version>1</version><goalPrefix>noop</goalPrefix>
<isolatedRealm>false</isolatedRealm><inheritedByDefault>true</inheritedByDefault>
<mojos><mojo><goal>noop</goal><description>nothing</description>
<requiresDirectInvocation>false</requiresDirectInvocation><requiresProject>true</requiresProject>
<requiresReports>false</requiresReports><aggregator>false</aggregator>
<requiresOnline>false</requiresOnline><inheritedByDefault>true</inheritedByDefault>
<phase>validate</phase><implementation>bench.NoopMojo</implementation><language>java</language>
<instantiationStrategy>per-lookup</instantiationStrategy>
<executionStrategy>once-per-session</executionStrategy><threadSafe>true</threadSafe>
<parameters/></mojo></mojos><dependencies/></plugin>
EOF
  (cd "$work/noop/classes" && jar cf "$dir/noop-maven-plugin-1.jar" .)
  cat >"$dir/noop-maven-plugin-1.pom" <<'EOF'
<project><modelVersion>4.0.0</modelVersion><groupId>precommitbench</groupId>
<artifactId>noop-maven-plugin</artifactId><version>1</version><packaging>maven-plugin</packaging>
</project>
EOF
}

# $1: directory; $2: "plugin", "noop" (the do-nothing plugin) or "none"
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
  elif [ "$plugin" = noop ]; then
    block="<build><plugins><plugin><groupId>precommitbench</groupId>
<artifactId>noop-maven-plugin</artifactId><version>1</version>
<executions><execution><goals><goal>noop</goal></goals></execution></executions>
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
  out=$(cd "$dir" && mvn -B -o -Dmaven.repo.local="$work/m2" validate "$@" 2>&1) || { printf '%s\n' "$out" >&2; exit 1; }
  end=$(date +%s%N)
  printf '%s\n' "$out" | awk -v wall=$(((end - start) / 1000000)) '
    /SUCCESS \[/ { gsub(/.*\[ */, ""); gsub(/ s\].*/, ""); sum += $0 * 1000 }
    END { printf "%d %d\n", sum, wall }'
}

median() { sort -n | awk '{ v[NR] = $1 } END { print v[int((NR + 1) / 2)] }'; }

noop_plugin
reactor "$work/with" plugin
reactor "$work/without" none
reactor "$work/noop" noop
one_build "$work/with" >/dev/null # installs the hooks (and starts the archive training)
one_build "$work/without" >/dev/null
one_build "$work/noop" >/dev/null
[ -x "$work/with/.git/hooks/pre-commit" ] || { echo "the plugin installed no hook" >&2; exit 1; }

for _ in $(seq "$ROUNDS"); do
  one_build "$work/with" >>"$work/t-with"
  one_build "$work/without" >>"$work/t-without"
  one_build "$work/with" -Dprecommit.skip >>"$work/t-skip"
  one_build "$work/noop" >>"$work/t-noop"
done
rw=$(cut -d' ' -f1 "$work/t-with" | median)
rn=$(cut -d' ' -f1 "$work/t-without" | median)
rs=$(cut -d' ' -f1 "$work/t-skip" | median)
ww=$(cut -d' ' -f2 "$work/t-with" | median)
wn=$(cut -d' ' -f2 "$work/t-without" | median)
ws=$(cut -d' ' -f2 "$work/t-skip" | median)
r0=$(cut -d' ' -f1 "$work/t-noop" | median)
w0=$(cut -d' ' -f2 "$work/t-noop" | median)
echo "no-op mvn -o validate, $MODULES modules, median of $ROUNDS (ms), load $(cut -d' ' -f1-3 /proc/loadavg 2>/dev/null || echo '?'):"
row() { printf '  %-40s reactor %5d   wall %5d\n' "$@"; }
row "with plugin" "$rw" "$ww"
row "with plugin, -Dprecommit.skip" "$rs" "$ws"
row "a do-nothing plugin instead" "$r0" "$w0"
row "without plugin" "$rn" "$wn"
row "plugin (Maven loads it + goal)" $((rw - rn)) $((ww - wn))
row "any plugin (do-nothing plugin vs none)" $((r0 - rn)) $((w0 - wn))
row "ours beyond that (plugin vs do-nothing)" $((rw - r0)) $((ww - w0))
row "the goal's own no-op check (vs skip)" $((rw - rs)) $((ww - ws))

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
