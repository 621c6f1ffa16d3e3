#!/bin/sh
# Builds precommit and installs it for the current user:
#   ${PRECOMMIT_PREFIX:-$HOME/.local}/bin/precommit        the launcher script
#   ${PRECOMMIT_PREFIX:-$HOME/.local}/share/precommit/     the jar and its start-up archive
# Safe to re-run: with nothing changed it changes nothing and prints one line.
#
#   ./install.sh               build (when the sources changed) and install
#   ./install.sh --uninstall   remove what install.sh installed
#
# Environment: PRECOMMIT_PREFIX (install root), JAVA_HOME (the JDK to use, else `java` on PATH),
# PRECOMMIT_JAR (install this prebuilt jar instead of building; Maven is then not needed).
# Built from the sources, the engine and precommit-maven-plugin also go into the local Maven
# repository (`mvn install`), for projects that use the plugin (docs/onboarding.md).
set -eu

PREFIX=${PRECOMMIT_PREFIX:-$HOME/.local}
BIN=$PREFIX/bin
SHARE=$PREFIX/share/precommit
LAUNCHER=$BIN/precommit
MARKER='precommit-launcher-3f6b1d'
SRC=$(cd "$(dirname "$0")" && pwd)

die() {
  printf 'install.sh: %s\n' "$*" >&2
  exit 1
}

usage() {
  sed -n '2,11p' "$0" | sed 's/^# \{0,1\}//'
}

uninstall() {
  removed=
  if [ -f "$LAUNCHER" ] && grep -q "$MARKER" "$LAUNCHER"; then
    rm -f "$LAUNCHER"
    removed=1
    echo "Removed $LAUNCHER"
  fi
  if [ -d "$SHARE" ]; then
    rm -rf "$SHARE"
    removed=1
    echo "Removed $SHARE"
  fi
  if [ -z "$removed" ]; then
    echo "precommit is not installed under $PREFIX"
  else
    echo "Hooks already installed in repositories now print how to reinstall; remove them with"
    echo "\`precommit uninstall\` (before this) or by deleting .git/hooks/<type>."
  fi
}

case "${1-}" in
  --uninstall) uninstall; exit 0 ;;
  -h | --help) usage; exit 0 ;;
  '') ;;
  *) die "unknown option: $1 (usage: ./install.sh [--uninstall])" ;;
esac

# --- Prerequisites -------------------------------------------------------------------------------

# Prints "major|java.home|java.runtime.version" of the java at $1, or nothing if it does not run.
java_facts() {
  "$1" -XshowSettings:properties -version 2>&1 | awk -F' = ' '
    $1 ~ /^ *java\.specification\.version$/ { v = $2 }
    $1 ~ /^ *java\.home$/ { h = $2 }
    $1 ~ /^ *java\.runtime\.version$/ { r = $2 }
    END { if (v != "" && h != "") print v "|" h "|" r }'
}

JAVA=
JAVA_HOME_FOUND=
JAVA_RUNTIME=
JAVA_MAJOR=
java_note=
# A JDK (java and javac, 17 or newer): JAVA_HOME first, then PATH.
for candidate in "${JAVA_HOME:+$JAVA_HOME/bin/java}" "$(command -v java 2>/dev/null || true)"; do
  [ -n "$candidate" ] || continue
  if [ ! -x "$candidate" ]; then
    java_note="$java_note; $candidate is not executable"
    continue
  fi
  facts=$(java_facts "$candidate")
  if [ -z "$facts" ]; then
    java_note="$java_note; $candidate does not run"
    continue
  fi
  major=${facts%%|*}
  rest=${facts#*|}
  home=${rest%%|*}
  case $major in 1.*) major=8 ;; esac
  if [ "$major" -lt 17 ]; then
    java_note="$java_note; $candidate is Java $major"
    continue
  fi
  if [ ! -x "$home/bin/javac" ]; then
    java_note="$java_note; $candidate is a JRE without javac ($home)"
    continue
  fi
  JAVA=$home/bin/java
  JAVA_HOME_FOUND=$home
  JAVA_RUNTIME=${rest#*|}
  JAVA_MAJOR=$major
  break
done

JAR=${PRECOMMIT_JAR:-}
VERSION=$(sed -n 's:^  <version>\(.*\)</version>$:\1:p' "$SRC/pom.xml" 2>/dev/null | head -n 1)
BUILT=$SRC/target/precommit-$VERSION-all.jar
need_build=
if [ -z "$JAR" ]; then
  JAR=$BUILT
  if [ ! -f "$JAR" ] \
    || [ -n "$(find "$SRC/pom.xml" "$SRC/src/main" "$SRC/hooks" -newer "$JAR" -print 2>/dev/null | head -n 1)" ]; then
    need_build=1
  fi
  # The Maven plugin, in the local Maven repository (the default one; another is refreshed on
  # every run that builds).
  PLUGIN_JAR=$SRC/maven-plugin/target/precommit-maven-plugin-$VERSION.jar
  M2_PLUGIN=${MAVEN_REPO_LOCAL:-$HOME/.m2/repository}/dev/precommit/precommit-maven-plugin/$VERSION/precommit-maven-plugin-$VERSION.jar
  if [ -d "$SRC/maven-plugin" ] && { [ ! -f "$PLUGIN_JAR" ] || ! cmp -s "$PLUGIN_JAR" "$M2_PLUGIN" \
    || [ -n "$(find "$SRC/maven-plugin/pom.xml" "$SRC/maven-plugin/src/main" -newer "$PLUGIN_JAR" -print 2>/dev/null | head -n 1)" ]; }; then
    need_build=1
  fi
fi

missing=
if [ -z "$JAVA" ]; then
  missing="$missing
  - a JDK 17 or newer (java and javac): set JAVA_HOME to one or put its bin/ on PATH${java_note:+ (found:${java_note#;})}"
fi
if [ -n "$need_build" ] && ! command -v mvn >/dev/null 2>&1; then
  missing="$missing
  - Maven (mvn), to build the jar: https://maven.apache.org/install.html or your package manager"
fi
if ! command -v git >/dev/null 2>&1; then
  missing="$missing
  - git"
fi
if [ -n "$missing" ]; then
  die "cannot install precommit; missing:$missing"
fi
if [ -z "$need_build" ] && [ ! -f "$JAR" ]; then
  die "no jar at $JAR"
fi

# --- Build ---------------------------------------------------------------------------------------

# Maven's output is kept aside and shown (warnings, or the failure) once the build is over, with
# every ANSI escape taken out: Maven 3.8 writes colour resets even with -B and style.color=never.
# (-q also keeps download progress out; --no-transfer-progress would shut out Maven before 3.6.1.)
# On a terminal, a dot every ten seconds shows the build is alive.
plain() {
  sed "s/$(printf '\033')\[[0-9;]*[A-Za-z]//g"
}

if [ -n "$need_build" ]; then
  build_log=$(mktemp -d "${TMPDIR:-/tmp}/precommit-build.XXXXXX")
  trap 'rm -rf "$build_log"' EXIT
  trap 'exit 130' INT
  trap 'exit 143' TERM
  if [ -t 1 ]; then
    printf 'Building precommit %s with Maven (the first build takes a few minutes)' "$VERSION"
    (while sleep 10; do printf .; done) &
    ticker=$!
  else
    echo "Building precommit $VERSION with Maven (the first build takes a few minutes)…"
    ticker=
  fi
  build_status=0
  # `install`, not `package`: the engine and the plugin land in the local Maven repository.
  (cd "$SRC" && JAVA_HOME=$JAVA_HOME_FOUND mvn -B -q -Dstyle.color=never -DskipTests install \
    && { [ ! -d maven-plugin ] \
      || JAVA_HOME=$JAVA_HOME_FOUND mvn -B -q -Dstyle.color=never -DskipTests -f maven-plugin/pom.xml install; }) \
    >"$build_log/out" 2>"$build_log/err" || build_status=$?
  if [ -n "$ticker" ]; then
    kill "$ticker" 2>/dev/null || true
    wait "$ticker" 2>/dev/null || true
    echo
  fi
  plain <"$build_log/out"
  plain <"$build_log/err" >&2
  rm -rf "$build_log"
  trap - EXIT INT TERM
  [ "$build_status" -eq 0 ] || die "the Maven build failed (see above)"
  [ -f "$JAR" ] || die "the build did not produce $JAR"
fi

# --- Install -------------------------------------------------------------------------------------

sha256() {
  if command -v sha256sum >/dev/null 2>&1; then
    sha256sum | cut -c1-64
  else
    shasum -a 256 | cut -c1-64
  fi
}

changed=
mkdir -p "$BIN" "$SHARE"
if ! cmp -s "$JAR" "$SHARE/precommit.jar"; then
  cp "$JAR" "$SHARE/precommit.jar.tmp"
  mv -f "$SHARE/precommit.jar.tmp" "$SHARE/precommit.jar"
  changed=1
fi

# The start-up archive is keyed by the JDK and the jar: a new JDK or jar gets a new file.
jar_hash=$(sha256 <"$SHARE/precommit.jar")
FLAGS='-XX:+IgnoreUnrecognizedVMOptions -XX:TieredStopAtLevel=1 -XX:+UseSerialGC -XX:-UsePerfData -Xlog:disable -Xlog:all=error:stderr'
key=$(printf '%s\n' "$JAVA_HOME_FOUND" "$JAVA_RUNTIME" "$jar_hash" "$FLAGS" | sha256 | cut -c1-16)
if [ "$JAVA_MAJOR" -ge 25 ]; then
  ARCHIVE=$SHARE/precommit-$key.aot
  ARCHIVE_FLAG=-XX:AOTCache=
else
  ARCHIVE=$SHARE/precommit-$key.jsa
  ARCHIVE_FLAG=-XX:SharedArchiveFile=
fi

# A training run through the hook path and `run --all-files` (ArchiveTraining) in a throw-away
# repository, then a validation run; any failure leaves no archive (slower start, same behaviour).
train_archive() {
  work=$(mktemp -d "${TMPDIR:-/tmp}/precommit-train.XXXXXX")
  tmp=$ARCHIVE.tmp.$$
  (
    cd "$work"
    export GIT_CONFIG_NOSYSTEM=1 GIT_CONFIG_GLOBAL=/dev/null PRECOMMIT_HOME="$work/cache" \
      GIT_AUTHOR_NAME=precommit GIT_AUTHOR_EMAIL=precommit@localhost \
      GIT_COMMITTER_NAME=precommit GIT_COMMITTER_EMAIL=precommit@localhost
    git init -q repo && cd repo
    # The hooks most configs have, so that their classes are in the archive: a system hook, the
    # hygiene built-ins and google-java-format, over a file of each type they read.
    cat >.pre-commit-config.yaml <<'EOF'
repos:
-   repo: local
    hooks:
    -   id: no-op
        name: no-op
        entry: "true"
        language: system
-   repo: builtin
    hooks:
    -   id: trailing-whitespace
    -   id: end-of-file-fixer
    -   id: check-yaml
    -   id: check-json
    -   id: check-xml
    -   id: check-toml
    -   id: mixed-line-ending
    -   id: check-added-large-files
    -   id: check-merge-conflict
    -   id: detect-private-key
EOF
    printf 'class A {\n  int x;\n}\n' >A.java
    printf 'hello\n' >README.md
    git add -A && git commit -q --no-verify -m init
    printf 'class A {\n  int y;\n}\n' >A.java
    printf 'hello\nworld\n' >README.md
    printf 'a: 1\n' >a.yaml
    printf '{"a": 1}\n' >a.json
    printf '<a/>\n' >a.xml
    printf 'a = 1\n' >a.toml
    git add -A
    # shellcheck disable=SC2086
    $timeout "$JAVA" $FLAGS "-XX:ErrorFile=$work/hs_err_pid%p.log" "$dump$tmp" \
      -cp "$SHARE/precommit.jar" dev.precommit.cli.ArchiveTraining </dev/null >/dev/null 2>&1 ||
      true
    [ -s "$tmp" ] || exit 1
    # shellcheck disable=SC2086
    $timeout "$JAVA" $FLAGS $strict "-XX:ErrorFile=$work/hs_err_pid%p.log" "$ARCHIVE_FLAG$tmp" \
      -jar "$SHARE/precommit.jar" --version </dev/null >/dev/null 2>&1
  ) && mv -f "$tmp" "$ARCHIVE"
  status=$?
  rm -rf "$work" "$tmp"
  return $status
}

archived=no
NO_ARCHIVE=${ARCHIVE%.*}.none
if [ -f "$ARCHIVE" ]; then
  archived=yes
elif [ -f "$NO_ARCHIVE" ]; then
  archived="no (training failed for this JDK and jar)"
else
  timeout=
  command -v timeout >/dev/null 2>&1 && timeout='timeout 300'
  if [ "$JAVA_MAJOR" -ge 25 ]; then
    dump=-XX:AOTCacheOutput= strict=-XX:AOTMode=on
  else
    dump=-XX:ArchiveClassesAtExit= strict=-Xshare:on
  fi
  if train_archive; then
    archived=yes
  else
    : >"$NO_ARCHIVE"
  fi
  for old in "$SHARE"/precommit-*.jsa "$SHARE"/precommit-*.aot "$SHARE"/precommit-*.none; do
    if [ -e "$old" ] && [ "$old" != "$ARCHIVE" ] && [ "$old" != "$NO_ARCHIVE" ]; then
      rm -f "$old"
    fi
  done
  changed=1
fi
[ "$archived" = yes ] || ARCHIVE=

# The warm engine's client (hooks/client.c): a C program because it starts in about a millisecond
# and needs only libc and the `cc` most development machines have (Go or Rust would need their
# toolchains here). Without a compiler there is no client and every call starts a JVM, as before.
CLIENT=$SHARE/precommit-client
if [ -f "$SRC/hooks/client.c" ] && command -v cc >/dev/null 2>&1 \
  && { [ ! -x "$CLIENT" ] || [ "$SRC/hooks/client.c" -nt "$CLIENT" ]; }; then
  if cc -O2 -o "$CLIENT.tmp" "$SRC/hooks/client.c" >/dev/null 2>&1; then
    mv -f "$CLIENT.tmp" "$CLIENT"
    changed=1
  else
    rm -f "$CLIENT.tmp"
  fi
fi
daemon=no
[ -x "$CLIENT" ] && daemon=yes
# shellcheck disable=SC2086
java_words=$(set -- java $FLAGS -XX:ErrorFile=x -jar jar; echo $#)

q() { printf "'%s'" "$(printf '%s' "$1" | sed "s/'/'\\\\''/g")"; }

launcher_text() {
  cat <<EOF
#!/bin/sh
# precommit $VERSION launcher ($MARKER), written by install.sh; re-run it to update.
# Uses the JDK chosen at install time and its start-up archive while that JDK is unchanged.
java=$(q "$JAVA")
jar=$(q "$SHARE/precommit.jar")
archive=$(q "$ARCHIVE")
modules=$(q "$JAVA_HOME_FOUND/lib/modules")
client=$(q "$CLIENT")
key=$key
PRECOMMIT_LAUNCHER=$(q "$LAUNCHER")
export PRECOMMIT_LAUNCHER
EOF
  cat <<EOF
cache=\${PRECOMMIT_HOME:-\${XDG_CACHE_HOME:-\$HOME/.cache}/precommit}
[ -d "\$cache" ] || mkdir -p "\$cache" 2>/dev/null || cache=\${TMPDIR:-/tmp}
a=
if [ -x "\$java" ]; then
  if [ -n "\$archive" ] && [ -f "\$archive" ] && ! [ "\$modules" -nt "\$archive" ]; then
    a=$ARCHIVE_FLAG\$archive
  fi
elif [ -n "\${JAVA_HOME-}" ] && [ -x "\$JAVA_HOME/bin/java" ]; then
  java=\$JAVA_HOME/bin/java
elif command -v java >/dev/null 2>&1; then
  java=java
else
  echo "precommit: no java found (\$java is gone). Install a JDK 17+ and re-run install.sh." >&2
  exit 1
fi
# The warm engine (\`precommit daemon status\`): the client runs the call in it, starting it when
# none answers; without one (or PRECOMMIT_DAEMON=0, or in CI unless PRECOMMIT_DAEMON=1) the JVM runs
# the call itself. Both give the same result.
if [ -x "\$client" ] && [ "\${PRECOMMIT_DAEMON-}" != 0 ] && [ "\${1-}" != daemon ] \\
  && { [ -z "\${CI-}" ] || [ "\${PRECOMMIT_DAEMON-}" = 1 ]; }; then
  d=\$cache/daemon
  exec "\$client" "\$d/\$key.sock" "\$d/\$key.token" "\$key" \$(($java_words\${a:+ + 1})) \\
    "\$java" \${a:+"\$a"} $FLAGS "-XX:ErrorFile=\$cache/hs_err_pid%p.log" -jar "\$jar" "\$@"
fi
exec "\$java" \${a:+"\$a"} $FLAGS "-XX:ErrorFile=\$cache/hs_err_pid%p.log" -jar "\$jar" "\$@"
EOF
}

launcher_text >"$SHARE/launcher.tmp"
if cmp -s "$SHARE/launcher.tmp" "$LAUNCHER"; then
  rm -f "$SHARE/launcher.tmp"
else
  chmod 755 "$SHARE/launcher.tmp"
  mv -f "$SHARE/launcher.tmp" "$LAUNCHER"
  changed=1
fi

# --- Report --------------------------------------------------------------------------------------

on_path=
case ":${PATH-}:" in *":$BIN:"*) on_path=1 ;; esac
if [ -z "$changed" ]; then
  if [ -n "$on_path" ]; then
    echo "precommit $VERSION is up to date at $LAUNCHER"
  else
    echo "precommit $VERSION is up to date at $LAUNCHER (not on PATH: export PATH=\"$BIN:\$PATH\")"
  fi
  exit 0
fi
echo "precommit $VERSION installed at $LAUNCHER"
echo "  java: $JAVA ($JAVA_RUNTIME); start-up archive: $archived; warm engine client: $daemon"
if [ -z "$on_path" ]; then
  echo "$BIN is not on your PATH. Add it, e.g. in ~/.profile or ~/.bashrc:"
  echo "  export PATH=\"$BIN:\$PATH\""
else
  echo "Next, in a repository: precommit install --install-hooks"
fi
