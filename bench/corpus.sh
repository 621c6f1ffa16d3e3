#!/bin/sh
# Generates a reproducible benchmark corpus: a git repository of N files (default 10,000) of mixed
# types, with one commit whose hash is the same on every run (fixed content, dates and identity).
#
#   bench/corpus.sh DIR [N]
#
# DIR must not exist or be empty. Only POSIX sh, awk and git are used; the bytes come from a fixed
# linear congruential generator (Park-Miller, seed 20261126), never from $RANDOM or the clock, so
# two runs produce byte-identical trees (check: `git -C DIR rev-parse HEAD` is the same).
#
# What is in it, by share of N (rounded; see the `kind` table in the awk program):
#   .java 24%, .py 12%, .md 10%, .txt 8%, .json 8%, .yaml/.yml 8%, .xml 6%, .toml 4%,
#   .properties 6%, shell scripts 6% (.sh with a shebang; most executable, some not; a few
#   extensionless scripts), other (.csv, .cfg, .html, empty files) 8%;
# and, spread over the text files:
#   ~10% lines with trailing spaces/tabs, ~5% no final newline, ~3% extra blank lines at the end,
#   ~3% CRLF throughout, ~2% mixed CRLF/LF, ~2% UTF-8 BOM, ~1% Latin-1 bytes,
#   ~4% of .json/.yaml/.xml/.toml broken (syntax errors, duplicate keys, several YAML documents),
#   a few files with merge-conflict markers and private-key headers,
#   3 binaries of 600 KB-1.2 MB (random bytes, NULs included, so git and identify see binary) and 1 text log of ~800 KB (all committed, so
#   check-added-large-files passes them unless --enforce-all is given).
set -eu

usage() {
  echo "usage: bench/corpus.sh DIR [N]   (N >= 100, default 10000)" >&2
  exit 2
}

[ $# -ge 1 ] && [ $# -le 2 ] || usage
DIR=$1
N=${2:-10000}
case $N in '' | *[!0-9]*) usage ;; esac
[ "$N" -ge 100 ] || usage
if [ -e "$DIR" ] && [ -n "$(ls -A "$DIR" 2>/dev/null)" ]; then
  echo "corpus.sh: $DIR exists and is not empty" >&2
  exit 1
fi
command -v git >/dev/null 2>&1 || { echo "corpus.sh: git not found" >&2; exit 1; }
mkdir -p "$DIR"

LC_ALL=C
export LC_ALL

# The awk program writes every file under DIR and prints, one per line, the paths that get the
# executable bit. Directories are made with one `mkdir -p` per directory (about 150 calls).
(cd "$DIR" && awk -v N="$N" '
function rnd(n) {           # Park-Miller minimal standard; products stay below 2^53 (exact)
  seed = (seed * 16807) % 2147483647
  return seed % n
}
function pick(list,    a, k) { k = split(list, a, " "); return a[rnd(k) + 1] }
function word() { return W[rnd(NW) + 1] }
function words(k,    s, i) { s = word(); for (i = 1; i < k; i++) s = s " " word(); return s }
function ident(    s) { s = word(); return s toupper(substr(word(), 1, 1)) substr(word(), 2) }
function cls(    w) { w = word(); return toupper(substr(w, 1, 1)) substr(w, 2) ident() }
function ensure_dir(d) { if (!(d in MADE)) { system("mkdir -p \"" d "\""); MADE[d] = 1 } }

# Lines are collected in L[1..nl] and written by emit(), which applies the line-level defects.
function add(s) { L[++nl] = s }
function emit(path,    i, eol, s, out) {
  out = ""
  for (i = 1; i <= nl; i++) {
    s = L[i]
    if (trail && rnd(4) == 0) s = s TW[rnd(4)]
    eol = "\n"
    if (crlf) eol = "\r\n"
    else if (mixed && rnd(3) == 0) eol = "\r\n"
    if (i == nl && nofinal) eol = ""
    out = out s eol
  }
  if (extra) out = out "\n\n"
  if (bom) out = "\357\273\277" out
  printf "%s", out > path
  close(path)
}
function defects() {        # which whole-file defects this text file gets
  trail = rnd(100) < 10; nofinal = rnd(100) < 5; extra = !nofinal && rnd(100) < 3
  crlf = rnd(100) < 3; mixed = !crlf && rnd(100) < 2; bom = rnd(100) < 2
}
function clean() { trail = nofinal = extra = crlf = mixed = bom = 0 }

function gen_java(i,    k, m, n) {
  add("package com.example." word() "." word() ";"); add("")
  add("import java.util.List;"); add("import java.util.Map;"); add("")
  add("/** " words(6) ". */")
  add("public final class " cls() i " {")
  n = 2 + rnd(6)
  for (m = 0; m < n; m++) {
    add("  private final String " ident() m " = \"" words(3) "\";")
  }
  n = 1 + rnd(5)
  for (m = 0; m < n; m++) {
    add(""); add("  /** " words(5 + rnd(6)) ". */")
    add("  public int " ident() m "(List<String> " word() ", Map<String, Integer> counts) {")
    for (k = 0; k < 2 + rnd(8); k++) add("    int v" k " = counts.getOrDefault(\"" word() "\", " rnd(100) ");")
    add("    return v0;"); add("  }")
  }
  add("}")
}
function gen_py(i,    m, k) {
  add("\"\"\"" words(7) ".\"\"\""); add("import os"); add("import sys"); add("")
  for (m = 0; m < 1 + rnd(6); m++) {
    add(""); add("def " word() "_" word() m "(" word() ", " word() "=None):")
    add("    \"\"\"" words(5) ".\"\"\"")
    for (k = 0; k < 1 + rnd(6); k++) add("    x" k " = " rnd(1000) "  # " words(3))
    add("    return x0")
  }
}
function gen_md(i,    m, k) {
  add("# " words(4)); add("")
  for (m = 0; m < 1 + rnd(5); m++) {
    add("## " words(3)); add("")
    for (k = 0; k < 1 + rnd(5); k++) add(words(8 + rnd(8)))
    add("")
    if (rnd(3) == 0) { add("- " words(4)); add("- " words(5)); add("") }
  }
  add("See `" word() "` for " words(3) ".")
}
function gen_txt(i,    k) { for (k = 0; k < 3 + rnd(30); k++) add(words(4 + rnd(10))) }
function gen_json(i, broken,    m, n, s) {
  add("{"); add("  \"name\": \"" word() "-" i "\",")
  add("  \"version\": \"" rnd(10) "." rnd(20) "." rnd(50) "\",")
  n = 1 + rnd(8)
  for (m = 0; m < n; m++) add("  \"" word() m "\": {\"enabled\": " pick("true false") ", \"count\": " rnd(5000) ", \"tags\": [\"" word() "\", \"" word() "\"]},")
  if (broken == 1) { add("  \"trailing\": [1, 2, 3],"); add("}"); return }     # trailing comma
  if (broken == 2) { add("  \"name\": \"again\""); add("}"); return }           # duplicate key
  if (broken == 3) { add("  \"open\": [1, 2, 3"); return }                     # truncated
  add("  \"last\": null"); add("}")
}
function gen_yaml(i, broken,    m, k) {
  add("# " words(4)); add("name: " word() "-" i); add("version: " rnd(10) "." rnd(20))
  add("settings:")
  for (m = 0; m < 1 + rnd(6); m++) {
    add("  " word() m ":"); add("    enabled: " pick("true false yes no on"))
    add("    items:")
    for (k = 0; k < 1 + rnd(4); k++) add("      - " word() " " rnd(100))
  }
  if (broken == 1) { add("  bad: [unclosed, list"); return }
  if (broken == 2) { add("name: duplicate"); return }                          # duplicate key
  if (broken == 3) { add("---"); add("second: document"); return }             # two documents
  if (broken == 4) { add(" misindented: value"); add("  - item"); return }
  add("description: \"" words(5) "\"")
}
function gen_xml(i, broken,    m, t) {
  add("<?xml version=\"1.0\" encoding=\"UTF-8\"?>")
  add("<project name=\"" word() i "\">")
  for (m = 0; m < 1 + rnd(10); m++) { t = word(); add("  <" t " id=\"" m "\" value=\"" rnd(1000) "\">" words(3) "</" t ">") }
  if (broken == 1) { add("  <unclosed>"); add("</project>"); return }
  if (broken == 2) { add("  <a><b></a></b>"); add("</project>"); return }
  if (broken == 3) { add("  <entity>&undefined;</entity>"); add("</project>"); return }
  add("</project>")
}
function gen_toml(i, broken,    m, k) {
  add("title = \"" words(3) "\""); add("")
  for (m = 0; m < 1 + rnd(5); m++) {
    add("[" word() m "]")
    for (k = 0; k < 1 + rnd(5); k++) add(word() k " = " pick("1 2 true false \"x\" 3.5 [1,2]"))
    add("")
  }
  if (broken == 1) { add("title = \"again\""); return }                        # duplicate key
  if (broken == 2) { add("[unclosed"); return }
  if (broken == 3) { add("key = "); return }
  add("[owner]"); add("name = \"" word() "\"")
}
function gen_props(i,    k) {
  add("# " words(4))
  for (k = 0; k < 2 + rnd(15); k++) add(word() "." word() k "=" words(1 + rnd(3)))
}
function gen_sh(i,    k) {
  add(SHEBANG[rnd(3)])
  add("set -eu")
  for (k = 0; k < 1 + rnd(10); k++) add("echo \"" words(3) "\" >> \"${TMPDIR:-/tmp}/" word() ".log\"")
}
function gen_csv(i,    k) { add("id,name,value"); for (k = 0; k < 2 + rnd(40); k++) add(k "," word() "," rnd(10000)) }
function gen_html(i,    k) {
  add("<!DOCTYPE html>"); add("<html><head><title>" words(2) "</title></head><body>")
  for (k = 0; k < 1 + rnd(8); k++) add("<p>" words(6) "</p>")
  add("</body></html>")
}
function binary(path, size,    s, k, j) {
  while (size > 0) {
    s = ""
    for (j = 0; j < 256 && size > 0; j++) { s = s sprintf("%c", rnd(256)); size-- }
    printf "%s", s > path
  }
  close(path)
}

BEGIN {
  seed = 20261126
  TW[0] = " "; TW[1] = "  "; TW[2] = "\t"; TW[3] = " \t "
  SHEBANG[0] = "#!/bin/sh"; SHEBANG[1] = "#!/bin/bash"; SHEBANG[2] = "#!/usr/bin/env bash"
  NW = split("alpha beta gamma delta value index count buffer cache stream token parser " \
    "render commit branch merge config loader result record module engine filter select " \
    "report output thread worker queue batch string number float list table column field " \
    "client server request response header status error retry limit window source target", W, " ")
  TOP[0] = "src/main/java/com/example"; TOP[1] = "src/test/java/com/example"; TOP[2] = "app"
  TOP[3] = "docs"; TOP[4] = "config"; TOP[5] = "scripts"; TOP[6] = "data"; TOP[7] = "lib"
  for (i = 0; i < N; i++) {
    nl = 0; clean()
    d = TOP[rnd(8)] "/" word() sprintf("%02d", rnd(20))
    ensure_dir(d)
    r = rnd(100); broken = 0
    if (r < 24) { ext = "java"; gen_java(i) }
    else if (r < 36) { ext = "py"; gen_py(i) }
    else if (r < 46) { ext = "md"; gen_md(i) }
    else if (r < 54) { ext = "txt"; gen_txt(i) }
    else if (r < 62) { ext = "json"; if (rnd(25) == 0) broken = 1 + rnd(3); gen_json(i, broken) }
    else if (r < 70) { ext = pick("yaml yml yaml"); if (rnd(25) == 0) broken = 1 + rnd(4); gen_yaml(i, broken) }
    else if (r < 76) { ext = "xml"; if (rnd(25) == 0) broken = 1 + rnd(3); gen_xml(i, broken) }
    else if (r < 80) { ext = "toml"; if (rnd(25) == 0) broken = 1 + rnd(3); gen_toml(i, broken) }
    else if (r < 86) { ext = "properties"; gen_props(i) }
    else if (r < 92) { ext = (rnd(10) == 0) ? "" : "sh"; gen_sh(i) }
    else if (r < 96) { ext = "csv"; gen_csv(i) }
    else if (r < 98) { ext = pick("cfg html"); if (ext == "html") gen_html(i); else gen_props(i) }
    else { ext = pick("txt md"); if (rnd(3) == 0) { path = d "/empty_" i "." ext; printf "" > path; close(path); continue } ; gen_txt(i) }
    defects()
    if (rnd(400) == 0) { add("<<<<<<< HEAD"); add(words(3)); add("======="); add(words(3)); add(">>>>>>> " word()) }
    # (The key header is split in two so that this script itself does not look like a key.)
    if (rnd(500) == 0) { add("-----BEGIN RSA PRIV" "ATE KEY-----"); add("MIIEow" words(2)); add("-----END RSA PRIVATE KEY-----") }
    path = d "/" word() "_" i (ext == "" ? "" : "." ext)
    if (rnd(100) == 0 && ext != "json" && ext != "yaml" && ext != "yml" && ext != "xml" && ext != "toml") {
      # Latin-1 bytes (not UTF-8) in a text file
      add("caf\351 na\357ve \374ber")
    }
    emit(path)
    if (ext == "sh" || ext == "") { if (rnd(5) != 0) print path }   # most scripts executable
  }
  ensure_dir("assets")
  binary("assets/logo.png", 614400)
  binary("assets/archive.bin", 900000)
  binary("data/blob.dat", 1228800)
  nl = 0; clean()
  for (k = 0; k < 12000; k++) add("2026-11-26T07:" sprintf("%02d", k % 60) " INFO " words(8) (k % 97 == 0 ? "  " : ""))
  emit("data/server.log")
}
' >"$DIR/.exec-list")

(cd "$DIR" && xargs -r chmod +x <.exec-list && rm -f .exec-list)

export GIT_CONFIG_GLOBAL=/dev/null GIT_CONFIG_NOSYSTEM=1
export GIT_AUTHOR_NAME=bench GIT_AUTHOR_EMAIL=bench@example.invalid
export GIT_COMMITTER_NAME=bench GIT_COMMITTER_EMAIL=bench@example.invalid
export GIT_AUTHOR_DATE='2026-01-01T00:00:00Z' GIT_COMMITTER_DATE='2026-01-01T00:00:00Z'
git -C "$DIR" init -q
git -C "$DIR" symbolic-ref HEAD refs/heads/main
git -C "$DIR" config core.autocrlf false
git -C "$DIR" add -A
git -C "$DIR" commit -q -m "corpus: $N generated files"
files=$(git -C "$DIR" ls-files | wc -l)
echo "corpus: $files files in $DIR, commit $(git -C "$DIR" rev-parse --short HEAD)"
