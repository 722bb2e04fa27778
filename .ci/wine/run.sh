#!/usr/bin/env bash
# The Windows build of plan, run: cross-built with mingw-w64 and run under
# Wine, from Debian's packages, on a copy of the demo plan. It must start,
# check the plan, refuse a plan with an error (exit 1, naming the file and
# line), add an entry and take it back leaving every byte as it was, and
# write a new plan in the language Windows is shown in when LANG is not set.
# Called by .ci/run; prints SKIPPED loudly if the tools cannot be installed.
set -euo pipefail
cd "$(dirname "$0")/../.."

skipped() {
  echo "!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!"
  echo "!! SKIPPED: $1"
  echo "!! The Windows binary was NOT run."
  echo "!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!"
  exit 0
}

need=()
command -v x86_64-w64-mingw32-gcc >/dev/null 2>&1 || need+=(gcc-mingw-w64-x86-64)
[ -x /usr/lib/wine/wine64 ] || need+=(wine64)
command -v localedef >/dev/null 2>&1 || need+=(locales)
if [ ${#need[@]} -gt 0 ]; then
  sudo=""
  [ "$(id -u)" -eq 0 ] || sudo=sudo
  { $sudo apt-get update -qq \
    && $sudo env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "${need[@]}" >/dev/null; } \
    || skipped "mingw-w64 and Wine could not be installed (${need[*]})."
fi
# Wine takes Windows' language from the locale it starts in: it must exist.
if ! locale -a | grep -qi '^fr_CA\.utf-\?8$'; then
  sudo=""
  [ "$(id -u)" -eq 0 ] || sudo=sudo
  $sudo localedef -i fr_CA -f UTF-8 fr_CA.UTF-8 || skipped "the fr_CA.UTF-8 locale could not be made."
fi

export CARGO_TARGET_X86_64_PC_WINDOWS_GNU_LINKER=x86_64-w64-mingw32-gcc
cargo build --quiet --release --target x86_64-pc-windows-gnu --bin plan
target=${CARGO_TARGET_DIR:-$PWD/target}
bin=$(mktemp -d)
cp "$target/x86_64-pc-windows-gnu/release/plan.exe" "$bin/"
x86_64-w64-mingw32-gcc -shared -O2 -o "$bin/bcryptprimitives.dll" .ci/wine/bcryptprimitives.c -ladvapi32

work=$(mktemp -d)
export WINEDEBUG=-all WINEPREFIX="$work/prefix"
# plan.exe ARGS (none with a space: cmd would split it), in a Windows whose
# language is $locale, with LANG and LC_* unset.
locale=en_US.UTF-8
plan() {
  env -u LC_ALL -u LC_MESSAGES LANG="$locale" /usr/lib/wine/wine64 cmd /c \
    "set LANG=&& set LC_ALL=&& set LC_MESSAGES=&& $(winepath_of "$bin/plan.exe") $*"
}
winepath_of() {
  echo "Z:${1//\//\\}"
}
fail() {
  echo "FAILED: $1"
  exit 1
}

plan --version | tee "$work/version"
grep -q '^plan ' "$work/version" || fail "plan.exe --version"

cp -r examples/demo "$work/demo"
cd "$work/demo"
out=$(plan check) || fail "plan check on the demo: $out"
echo "  check: $out"

cp plan/journal/2018.toml "$work/2018.toml"
plan record Rencontre-sous-Windows -i 1.1.1 --date 2018-05-04 >"$work/record" 2>&1 || fail "record: $(cat "$work/record")"
grep -q 'title = "Rencontre-sous-Windows"' plan/journal/2018.toml || fail "record wrote nothing"
plan undo >"$work/undo" || fail "undo: $(cat "$work/undo")"
cmp plan/journal/2018.toml "$work/2018.toml" || fail "record then undo changed 2018.toml"
echo "  record, then undo: every byte of plan/journal/2018.toml as it was"

sed -i 's/indicators = \["1.1.1"\]/indicators = ["1.1.9"]/' plan/journal/2018.toml
set +e
plan check >"$work/bad" 2>&1
code=$?
set -e
[ "$code" -eq 1 ] || fail "a plan with an error: exit $code, not 1: $(cat "$work/bad")"
grep -q 'E0203' "$work/bad" && grep -q 'plan\\journal\\2018.toml:[0-9]*:[0-9]*' "$work/bad" \
  || fail "the error does not name E0203 and its place: $(cat "$work/bad")"
echo "  a journal citing 1.1.9: exit 1, $(grep -o 'plan\\journal\\2018.toml:[0-9]*:[0-9]*' "$work/bad" | head -1)"

for locale in fr_CA.UTF-8 en_US.UTF-8; do
  mkdir "$work/$locale"
  (cd "$work/$locale" && plan init --start-year 2025 >/dev/null) || fail "init in $locale"
  said=$(grep -c '^language = "fr"' "$work/$locale/plan/plan.toml" || true)
  case "$locale:$said" in
    fr_CA.UTF-8:1 | en_US.UTF-8:0) echo "  init in a Windows in $locale: $(grep -m1 '^title' "$work/$locale/plan/plan.toml")" ;;
    *) fail "init in a Windows in $locale wrote the wrong language" ;;
  esac
done
# Wine's server writes its registry as it stops: stop it before its folder goes.
/usr/lib/wine/wineserver64 -k || true
sleep 1
rm -rf "$work" "$bin"
