#!/usr/bin/env bash
# Runs the test suite; a run that collects no test is a failure, not a pass.
set -uo pipefail
python="${1:-python3}"
shift || true
"$python" -m pytest "$@"
status=$?
if [ "$status" -eq 5 ]; then
  echo "pytest collected no tests: treating that as a failure" >&2
  exit 1
fi
exit "$status"
