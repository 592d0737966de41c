#!/usr/bin/env bash
# SPDX-License-Identifier: MIT
# Remote shards: indexes half the sample notes into shard A and half into
# shard B, and all of them into one local index; serves A and B with two
# xapian-tcpsrv on loopback ports; then expects the same ranked ids, scores
# (to 1e-9), match counts and facet counts through a stub file of the two
# remote shards, and through a mixed stub (A local, B remote), as from the
# local index. Stops the servers it started, whatever happens.
#
#   remote_test.sh QUORUM-INDEX QUORUM-SEARCH CORPUS
set -euo pipefail
index=$1 search=$2 corpus=$3

fail() {
  echo "FAIL: $*" >&2
  exit 1
}

command -v xapian-tcpsrv >/dev/null || { echo "SKIPPED: xapian-tcpsrv not installed (apt-get install xapian-tools)"; exit 77; }

scratch=$(mktemp -d "${TMPDIR:-/tmp}/quorum-remote.XXXXXX")
servers=()
stop_servers() {
  # Each server leads its own session (setsid), so this signal reaches it
  # and the children it forked per connection, never this script.
  for pid in "${servers[@]}"; do
    kill -TERM "$pid" 2>/dev/null || true
  done
  for pid in "${servers[@]}"; do
    for _ in $(seq 50); do kill -0 "$pid" 2>/dev/null || break; sleep 0.1; done
    kill -KILL "$pid" 2>/dev/null || true
  done
  rm -rf "$scratch"
}
trap stop_servers EXIT
# A timeout's SIGTERM must stop the servers too: exit, so the EXIT trap runs.
trap 'exit 143' TERM INT

# serve DB: starts xapian-tcpsrv on a free loopback port; sets $served_port
# and $served_pid.
# xapian-tcpsrv signals its whole process group when it gets SIGTERM, so it
# must run in its own session, or stopping it would stop the test runner.
serve() {
  local db=$1 port log pid
  for _ in $(seq 30); do
    port=$((20000 + RANDOM % 40000))
    log=$scratch/tcpsrv-$port.log
    setsid xapian-tcpsrv --interface 127.0.0.1 --port "$port" "$db" >"$log" 2>&1 </dev/null &
    pid=$!
    servers+=("$pid")
    # Ready once it says so; a port in use makes it exit: try another.
    for _ in $(seq 100); do
      if grep -q "Listening" "$log" 2>/dev/null; then
        served_port=$port
        served_pid=$pid
        return 0
      fi
      kill -0 "$pid" 2>/dev/null || break
      sleep 0.1
    done
    kill -TERM "$pid" 2>/dev/null || true
  done
  fail "xapian-tcpsrv did not start on any of 30 ports (last log: $(cat "$log" 2>/dev/null))"
}

cd "$(dirname "$corpus")"
notes=("$(basename "$corpus")"/*.txt)
half=$((${#notes[@]} / 2))
"$index" --overwrite --db "$scratch/all" "${notes[@]}" 2>"$scratch/index.log" || fail "indexing: $(cat "$scratch/index.log")"
"$index" --overwrite --db "$scratch/a" "${notes[@]:0:half}" 2>"$scratch/index.log" || fail "indexing A"
"$index" --overwrite --db "$scratch/b" "${notes[@]:half}" 2>"$scratch/index.log" || fail "indexing B"

serve "$scratch/a"
port_a=$served_port
serve "$scratch/b"
port_b=$served_port pid_b=$served_pid
printf '# both shards remote\nremote 127.0.0.1:%s\nremote 127.0.0.1:%s\n' "$port_a" "$port_b" >"$scratch/remote.stub"
printf 'auto a\nremote 127.0.0.1:%s\n' "$port_b" >"$scratch/mixed.stub"

# normalise JSON-LINES: hits as "rounded-score id score" sorted best first
# (ties by id: shards number documents differently, and Xapian breaks ties
# by document number), then facets and the summary's counts as printed.
normalise() {
  if [[ $ids_only == yes ]]; then
    sed -n 's/^{"v":1,"type":"hit",.*"id":"\([^"]*\)".*/\1/p' "$1" | sort
  else
    sed -n 's/^{"v":1,"type":"hit","rank":[0-9]*,"score":\([^,]*\),"id":"\([^"]*\)".*/\1\t\2/p' "$1" |
      awk -F'\t' '{ printf "%.6f\t%s\t%s\n", $1, $2, $1 }' | sort -t$'\t' -k1,1gr -k2,2
  fi
  grep '"type":"facet"' "$1" || true
  sed -n 's/.*"type":"summary",\("matches":[0-9]*,"exact":[a-z]*\).*/\1/p' "$1"
}

# same EXPECTED ACTUAL: the same lines, scores within 1e-9.
same() {
  paste "$1" "$2" | awk -F'\t' '
    NF == 6 { if ($2 != $5 || ($3 - $6) > 1e-9 || ($6 - $3) > 1e-9) { print "line " NR ": " $2 " " $3 " vs " $5 " " $6; bad = 1 }; next }
    $0 != "" { n = split($0, half, "\t"); if (n != 2 || half[1] != half[2]) { print "line " NR ": " $0; bad = 1 } }
    END { exit bad }' || return 1
  [[ $(wc -l <"$1") == $(wc -l <"$2") ]]
}

checked=0
ids_only=no
check() {
  local name=$1
  shift
  "$search" --db "$scratch/all" --format json --exact-counts "$@" >"$scratch/local.json" ||
    fail "$name: local search failed"
  normalise "$scratch/local.json" >"$scratch/local.norm"
  [[ -s $scratch/local.norm ]] || fail "$name: nothing to compare"
  for stub in remote mixed; do
    "$search" --db "$scratch/$stub.stub" --format json --exact-counts "$@" >"$scratch/$stub.json" \
      2>"$scratch/$stub.err" || fail "$name ($stub): exit $?: $(cat "$scratch/$stub.err")"
    normalise "$scratch/$stub.json" >"$scratch/$stub.norm"
    same "$scratch/local.norm" "$scratch/$stub.norm" ||
      fail "$name ($stub stub) differs from the local index:$(diff "$scratch/local.norm" "$scratch/$stub.norm" | head -20)"
  done
  checked=$((checked + 1))
}

check words --limit 30 basin governance
check any-word --limit 30 --any coordination funding
check phrase --limit 30 '"basin data"'
check filter --limit 30 'budget year:2018'
check flag-filter --limit 30 --from 2018-01 --to 2018-12 data
check agenda --limit 30 --agenda "future role" policy
check entity --limit 30 'org:IORB'
check synonym --limit 30 BDP
check french --limit 30 réunions
# Xapian 1.4 weighs a wildcard's expansion with each shard's own term
# statistics, local shards too: the same paragraphs, in another order.
ids_only=yes
check wildcard --limit 100 'consult*'
ids_only=no
check newest --limit 30 --sort newest basin
check collapse --limit 30 --collapse meeting basin
check filters-only --limit 200 --meeting WG/BGR/2017/5
check like --limit 10 --like "WG/BGR/2017/5 ¶12"

# show, --list and spelling through the remote stub print what the local index prints.
for args in "show WG/BGR/2017/5" "--list meetings" "--list agenda" "--list entities" "basn" "--context 1 --limit 3 basin"; do
  # shellcheck disable=SC2086 # the words of $args are separate arguments
  "$search" --db "$scratch/all" --format text --color never $args >"$scratch/local.txt" || fail "$args: local"
  # shellcheck disable=SC2086
  "$search" --db "$scratch/mixed.stub" --format text --color never $args >"$scratch/mixed.txt" ||
    fail "$args: mixed stub failed"
  diff "$scratch/local.txt" "$scratch/mixed.txt" >"$scratch/diff.txt" || fail "$args differs: $(head -20 "$scratch/diff.txt")"
done

# --batch through the remote stub: the same hits, per line.
printf 'basin\n"basin data"\n{"query":"budget","from":"2018"}\n' >"$scratch/queries.txt"
"$search" --db "$scratch/all" --batch --exact-counts <"$scratch/queries.txt" |
  sed 's/,"elapsed_ms":[0-9.e-]*//' >"$scratch/local.batch" || fail "local batch"
"$search" --db "$scratch/remote.stub" --batch --exact-counts <"$scratch/queries.txt" |
  sed 's/,"elapsed_ms":[0-9.e-]*//' >"$scratch/remote.batch" || fail "remote batch"
[[ $(wc -l <"$scratch/remote.batch") == 3 ]] || fail "remote batch: $(cat "$scratch/remote.batch")"
for n in 1 2 3; do
  ids() { sed -n "${n}p" "$1" | grep -o '"id":"[^"]*"' | sort; }
  [[ $(ids "$scratch/local.batch") == $(ids "$scratch/remote.batch") ]] || fail "batch line $n differs"
done

# A server that is gone: exit 1, naming the stub line and how to start it.
kill -TERM "$pid_b"
for _ in $(seq 50); do
  (exec 3<>"/dev/tcp/127.0.0.1/$port_b") 2>/dev/null || break
  sleep 0.1
done
status=0
"$search" --db "$scratch/remote.stub" basin >/dev/null 2>"$scratch/gone.err" || status=$?
((status == 1)) || fail "server gone: exit $status, expected 1"
grep -q "remote.stub' line 3: cannot reach xapian-tcpsrv at 127.0.0.1:$port_b" "$scratch/gone.err" ||
  fail "server gone: $(cat "$scratch/gone.err")"

echo "remote shards: $checked searches the same as the local index, through remote and mixed stubs"
