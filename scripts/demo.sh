#!/usr/bin/env bash
# Sets up, indexes the sample corpus and runs a sample search.
set -euo pipefail
cd "$(dirname "$0")/.."
source scripts/setup.sh
./build/indexer/quorum-index --overwrite --db build/corpus-db corpus/
echo
echo '$ quorum-search --db build/corpus-db --agenda "future role" policy capability'
./build/query/quorum-search --db build/corpus-db --agenda "future role" policy capability
