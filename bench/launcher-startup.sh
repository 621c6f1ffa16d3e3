#!/bin/sh
# Start-up of the installed launcher, with and without its start-up archive, against `-cp` with
# google-java-format's six --add-exports flags, and the bare JVM. Variants run interleaved (one
# round = each variant once) so load from other processes hits them alike; prints medians.
#
#   bench/launcher-startup.sh [PREFIX] [ROUNDS] [ARGS...]     defaults: ~/.local 21 --version
set -eu
PREFIX=${1:-$HOME/.local}
ROUNDS=${2:-21}
[ $# -ge 2 ] && shift 2 || set --
[ $# -gt 0 ] || set -- --version
LAUNCHER=$PREFIX/bin/precommit
SHARE=$PREFIX/share/precommit
[ -x "$LAUNCHER" ] || { echo "no launcher at $LAUNCHER; run install.sh first" >&2; exit 1; }
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

java=$(sed -n "s/^java='\(.*\)'$/\1/p" "$LAUNCHER")
archive=$(sed -n "s/^archive='\(.*\)'$/\1/p" "$LAUNCHER")
flags='-XX:+IgnoreUnrecognizedVMOptions -XX:TieredStopAtLevel=1 -XX:+UseSerialGC -XX:-UsePerfData -Xlog:disable -Xlog:all=error:stderr'
exports=''
for p in api code file parser tree util; do
  exports="$exports --add-exports=jdk.compiler/com.sun.tools.javac.$p=ALL-UNNAMED"
done
sed "s|^archive=.*|archive=''|" "$LAUNCHER" >"$work/no-archive" && chmod +x "$work/no-archive"

# A -cp archive, trained like install.sh trains the -jar one (same flags, same class path).
case $archive in
  *.aot) dump=-XX:AOTCacheOutput=$work/cp.aot use=-XX:AOTCache=$work/cp.aot ;;
  *) dump=-XX:ArchiveClassesAtExit=$work/cp.jsa use=-XX:SharedArchiveFile=$work/cp.jsa ;;
esac
# shellcheck disable=SC2086
"$java" $flags $dump $exports -cp "$SHARE/precommit.jar" dev.precommit.Main "$@" >/dev/null 2>&1 || true

median() { sort -n | awk '{ a[NR] = $1 } END { print a[int((NR + 1) / 2)] }'; }
variants='launcher-archive launcher-no-archive cp-archive cp-no-archive java-version'
command_of() {
  variant=$1
  shift
  case $variant in
    launcher-archive) echo "$LAUNCHER $*" ;;
    launcher-no-archive) echo "$work/no-archive $*" ;;
    cp-archive) echo "$java $use $flags $exports -cp $SHARE/precommit.jar dev.precommit.Main $*" ;;
    cp-no-archive) echo "$java $flags $exports -cp $SHARE/precommit.jar dev.precommit.Main $*" ;;
    java-version) echo "$java $flags -version" ;;
  esac
}
# Wall clock in ms and CPU (user + system) in ms, per run, via GNU time when present.
measure() {
  cmd=$(command_of "$@")
  if [ -x /usr/bin/time ]; then
    # shellcheck disable=SC2086
    /usr/bin/time -f '%e %U %S' -o "$work/t" $cmd >/dev/null 2>&1 || true
    tail -n 1 "$work/t" | awk '{ printf "%d %d\n", $1 * 1000, ($2 + $3) * 1000 }'
  else
    t0=$(date +%s%N)
    # shellcheck disable=SC2086
    $cmd >/dev/null 2>&1 || true
    echo "$((($(date +%s%N) - t0) / 1000000)) 0"
  fi
}
for v in $variants; do measure "$v" "$@" >/dev/null; done # warm-up
i=0
while [ $i -lt "$ROUNDS" ]; do
  for v in $variants; do
    measure "$v" "$@" >>"$work/$v"
  done
  i=$((i + 1))
done
echo "java: $java; args: $*; rounds: $ROUNDS; load: $(cut -d' ' -f1-3 /proc/loadavg 2>/dev/null)"
for v in $variants; do
  printf '%-20s wall median %5d ms   cpu median %5d ms\n' "$v" \
    "$(cut -d' ' -f1 "$work/$v" | median)" "$(cut -d' ' -f2 "$work/$v" | median)"
done
