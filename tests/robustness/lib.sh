# shellcheck shell=bash
# Shared by the robustness test scripts (sourced): reporting, a scratch
# folder removed on exit, and the index consistency check.
# CTest treats exit 77 as "skipped" (SKIP_RETURN_CODE in CMakeLists.txt).

fail() {
  echo "FAIL: $*" >&2
  exit 1
}

skip() {
  echo "SKIPPED: $*"
  exit 77
}

scratch=$(mktemp -d "${TMPDIR:-/tmp}/quorum-robustness.XXXXXX")
chmod 755 "$scratch"
trap 'rm -rf "$scratch"' EXIT

# check_index DB CHECK_TOOL: xapian-check passes and every note in the index
# is whole; prints the notes' canonical paths, sorted.
check_index() {
  local db=$1 check=$2 report
  if ! report=$(xapian-check "$db" 2>&1); then
    fail "xapian-check $db: $report"
  fi
  "$check" "$db" || fail "index $db holds a partial note (see above)"
}

# Milliseconds since the epoch.
now_ms() {
  echo $(($(date +%s%N) / 1000000))
}
