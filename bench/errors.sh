#!/usr/bin/env bash
# Looks for checks that grow faster than the file: for each case of the
# bad-input corpus (tests/bad_input/), its biggest file written 100 times and
# then 1,000 times over, and `plan check` timed on each. A check that takes
# much more than ten times as long at 1,000 copies as at 100 reads something
# again for each error; the slowest cases are listed first, as Markdown.
#
#   bench/errors.sh            # copies: 100 and 1,000
#   bench/errors.sh 200 2000   # other counts
#
# A check that runs past 60 s is stopped and shown as 60 s.
set -euo pipefail
cd "$(dirname "$0")/.."

few=${1:-100}
many=${2:-1000}
cargo build --release --quiet --bin plan
target=${CARGO_TARGET_DIR:-$PWD/target}
plan=$target/release/plan
work=${BENCH_DIR:-$target/bench}/errors
corpus=tests/bad_input

# Seconds `plan check` takes on the plan in $1 (its output discarded).
seconds() {
  local start end
  start=$(date +%s.%N)
  timeout 60 "$plan" --dir "$1" check >/dev/null 2>&1 || true
  end=$(date +%s.%N)
  awk -v a="$start" -v b="$end" 'BEGIN { printf "%.3f", b - a }'
}

# The case $1 in $work/plan, its file $2 written $3 times over.
build() {
  rm -rf "$work/plan"
  mkdir -p "$work"
  cp -r "$corpus/base" "$work/plan"
  cp -r "$corpus/$1/." "$work/plan/"
  rm -f "$work/plan/case.toml"
  local i
  for ((i = 0; i < $3; i++)); do cat "$corpus/$1/$2"; done >"$work/plan/$2"
}

rows=()
for dir in "$corpus"/*/; do
  case=$(basename "$dir")
  [ "$case" != base ] || continue
  file=$(cd "$dir" && find . -type f -name '*.toml' ! -name case.toml -size -200k -printf '%s %P\n' | sort -n | tail -1 | cut -d' ' -f2-)
  [ -n "$file" ] || continue
  build "$case" "$file" "$few"
  t_few=$(seconds "$work/plan")
  build "$case" "$file" "$many"
  t_many=$(seconds "$work/plan")
  rows+=("$(awk -v c="$case" -v f="$file" -v a="$t_few" -v b="$t_many" 'BEGIN {
    r = b / (a > 0.001 ? a : 0.001)
    printf "%.1f\t| %s | %s | %.3f s | %.3f s | %.1f× |", r, c, f, a, b, r
  }')")
  echo "$case: $t_few s, $t_many s" >&2
done

echo "| case | file | $few copies | $many copies | ratio |"
echo "|---|---|--:|--:|--:|"
printf '%s\n' "${rows[@]}" | sort -t$'\t' -k1 -g -r | cut -f2-
