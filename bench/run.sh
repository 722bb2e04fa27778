#!/usr/bin/env bash
# Times `plan status` and `plan check` against ledger and hledger on the same
# synthetic records, at several journal sizes, and prints Markdown tables:
# mean times, the ratios plan/ledger and plan/hledger, plan's peak RSS, the
# floor (bench/floor.rs: a byte scan that counts ids per indicator and year,
# on as many threads as plan uses), and plan and ledger pinned to one core
# (taskset -c 0).
#
#   bench/run.sh                    # N = 10,000, 100,000 and 1,000,000
#   bench/run.sh 10000 50000        # other sizes
#
# It installs ledger, hledger, hyperfine and GNU time from Debian packages if
# they are missing. Generated journals are kept in target/bench/ (BENCH_DIR).
# It also times `plan record` into a year of a quarter of RECORD_ENTRIES
# against `plan check` of the same plan, RECORD_RUNS times each (15).
set -euo pipefail
cd "$(dirname "$0")/.."

sizes=("$@")
[ ${#sizes[@]} -gt 0 ] || sizes=(10000 100000 1000000)

missing=()
for tool in ledger hledger hyperfine; do
  command -v "$tool" >/dev/null 2>&1 || missing+=("$tool")
done
command -v taskset >/dev/null 2>&1 || missing+=(util-linux)
[ -x /usr/bin/time ] || missing+=(time)
if [ ${#missing[@]} -gt 0 ]; then
  echo "installing ${missing[*]} from Debian packages" >&2
  sudo=""
  [ "$(id -u)" -eq 0 ] || sudo=sudo
  $sudo apt-get update -qq
  $sudo env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "${missing[@]}" >&2
fi

cargo build --release --quiet --bin plan --example gen_journal --example floor
target=${CARGO_TARGET_DIR:-$PWD/target}
plan=$target/release/plan
gen=$target/release/examples/gen_journal
floor=$target/release/examples/floor
work=${BENCH_DIR:-$target/bench}
mkdir -p "$work"

# Runs per command: fewer for the big journals, where hledger takes tens of seconds.
runs_for() {
  if [ "$1" -ge 1000000 ]; then echo 3; elif [ "$1" -ge 100000 ]; then echo 5; else echo 10; fi
}

# The mean time in seconds of the command named $2 in hyperfine's CSV $1.
mean() {
  awk -F, -v name="$2" '$1 == name { printf "%.3f", $2 }' "$1"
}

# a ÷ b, to two places.
ratio() {
  awk -v a="$1" -v b="$2" 'BEGIN { printf "%.2f", a / b }'
}

# The median time, in seconds, of a named command in a hyperfine CSV export.
median() {
  awk -F, -v name="$2" '$1 == name { printf "%.3f", $4 }' "$1"
}

# Peak resident memory, in KiB, of a command (its output discarded).
peak_rss_kb() {
  /usr/bin/time -f %M "$@" 2>&1 >/dev/null | tail -1
}

rows=()
cores=()
for n in "${sizes[@]}"; do
  dir=$work/$n
  journal=$work/$n.ledger
  if [ ! -f "$journal" ] || [ ! -d "$dir/plan/journal" ]; then
    echo "generating $n entries in $dir" >&2
    "$gen" --entries "$n" --out "$dir" --ledger "$journal"
  fi
  # The same records, read by plan: check must pass and count them all.
  "$plan" --lang en --dir "$dir/plan" check | grep -q " $n entries, no problems" ||
    { echo "plan check does not read $n entries in $dir/plan" >&2; exit 1; }

  csv=$work/$n.csv
  runs=$(runs_for "$n")
  echo "timing N=$n ($runs runs each)" >&2
  hyperfine --shell=none --warmup 1 --runs "$runs" --export-csv "$csv" --style basic \
    -n plan-status "$plan --dir $dir/plan status --as-of 2020-12-31" \
    -n plan-check "$plan --dir $dir/plan check" \
    -n ledger "ledger -f $journal bal" \
    -n hledger "hledger -f $journal bal -Y" \
    -n floor "$floor $dir/plan" \
    -n plan-status-1core "taskset -c 0 $plan --dir $dir/plan status --as-of 2020-12-31" \
    -n ledger-1core "taskset -c 0 ledger -f $journal bal" >&2

  status=$(mean "$csv" plan-status)
  check=$(mean "$csv" plan-check)
  ledger=$(mean "$csv" ledger)
  hledger=$(mean "$csv" hledger)
  floor_s=$(mean "$csv" floor)
  status1=$(mean "$csv" plan-status-1core)
  ledger1=$(mean "$csv" ledger-1core)
  cores+=("$(awk -v n="$n" -v f="$floor_s" -v s="$status" -v s1="$status1" -v l1="$ledger1" 'BEGIN {
      printf "| %\047d | %.3f s | %.1f× | %.3f s | %.3f s | %.2f |", n, f, s / f, s1, l1, s1 / l1
    }')")
  bytes=$(cat "$dir"/plan/journal/*.toml | wc -c)
  rss=$(peak_rss_kb "$plan" --dir "$dir/plan" status --as-of 2020-12-31)
  rss_check=$(peak_rss_kb "$plan" --dir "$dir/plan" check)
  rows+=("$(awk -v n="$n" -v b="$bytes" -v s="$status" -v c="$check" -v l="$ledger" -v h="$hledger" \
    -v r="$rss" -v rc="$rss_check" 'BEGIN {
      mb = b / 1048576
      printf "| %\047d | %.1f MB | %.3f s | %.3f s | %.3f s | %.3f s | %.2f | %.3f | %.1f MB (%.1f×) | %.1f MB (%.1f×) |",
        n, mb, s, c, l, h, s / l, s / h, r / 1024, r * 1024 / b, rc / 1024, rc * 1024 / b
    }')")
done

# plan record into a journal year that already holds a quarter of
# RECORD_ENTRIES (400,000 by default: a year of 100,000), against plan check
# of the same plan. The year is restored before each run and synced to disk:
# record syncs the file it writes, and on ext4 that sync can otherwise wait
# for the restored copy to reach the disk too, which is the harness's work.
record_entries=${RECORD_ENTRIES:-400000}
rec=$work/record-$record_entries
if [ ! -d "$rec/plan/journal" ]; then
  echo "generating $record_entries entries in $rec" >&2
  "$gen" --entries "$record_entries" --out "$rec"
fi
cp "$rec/plan/journal/2019.toml" "$rec/2019.toml.orig"
year_entries=$(grep -c '^\[\[activity\]\]' "$rec/2019.toml.orig")
echo "timing plan record into a year of $year_entries entries" >&2
hyperfine --warmup 1 --runs "${RECORD_RUNS:-15}" --export-csv "$rec.csv" --style basic \
  --prepare "cp '$rec/2019.toml.orig' '$rec/plan/journal/2019.toml' && sync" \
  -n plan-record "'$plan' --dir '$rec/plan' record 'Rencontre du comité' -i 1.1.1 --date 2019-05-01" \
  -n plan-check "'$plan' --dir '$rec/plan' check" >&2
record=$(mean "$rec.csv" plan-record)
check_rec=$(mean "$rec.csv" plan-check)
record_median=$(median "$rec.csv" plan-record)
check_rec_median=$(median "$rec.csv" plan-check)
cp "$rec/2019.toml.orig" "$rec/plan/journal/2019.toml"

echo
echo "| entries | journal | plan status | plan check | ledger bal | hledger bal -Y | status/ledger | status/hledger | status RSS (× journal) | check RSS (× journal) |"
echo "|--:|--:|--:|--:|--:|--:|--:|--:|--:|--:|"
printf '%s\n' "${rows[@]}"
echo
echo "| entries | floor (byte scan, $(nproc) threads) | plan status ÷ floor | plan status, 1 core | ledger, 1 core | ÷ |"
echo "|--:|--:|--:|--:|--:|--:|"
printf '%s\n' "${cores[@]}"
echo
echo "plan record into a year of $year_entries entries: $record s; plan check of the same plan: $check_rec s" \
  "($(ratio "$record" "$check_rec")×); medians $record_median s and $check_rec_median s" \
  "($(ratio "$record_median" "$check_rec_median")×), ${RECORD_RUNS:-15} runs each."
echo
echo "Machine: $(nproc) cores, $(awk '/MemTotal/ { printf "%.0f GiB", $2 / 1048576 }' /proc/meminfo)," \
  "$(lscpu 2>/dev/null | awk -F: '/Model name/ { gsub(/^ +/, "", $2); print $2; exit }')."
echo "Versions: $("$plan" --version), $(ledger --version | head -1), $(hledger --version | head -1)," \
  "$(hyperfine --version), $(rustc --version)."
echo "Date: $(date -u +%Y-%m-%d)."
