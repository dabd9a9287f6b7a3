#!/usr/bin/env bash
# `scripts/final-check.sh <N>`: a session's final check, figures only, on the sets sealed for it: claims fresh-N
# (free rows, then whole-story rows with in-story marks), signals fresh-stories-(N+1), jobs fresh-jobs-(N-9).
# Run it once before any change and once at the end; it prints no row. Session 34 ran it as N=26.
set -uo pipefail
cd "$(dirname "$0")/.."
n="${1:?usage: scripts/final-check.sh <claim set number, e.g. 27>}"
echo "== $(date -u) $(git rev-parse --short HEAD) =="
echo "== fresh-$n =="; npx tsx scripts/eval-claims.ts "tests/fixtures/claims/fresh-$n.jsonl" --quiet
echo "== fresh-$n-whole =="; npx tsx scripts/eval-claims.ts "tests/fixtures/claims/fresh-$n-whole.jsonl" --quiet
echo "== fresh-stories-$((n + 1)) =="; npx tsx scripts/eval-signal-set.ts "fresh-stories-$((n + 1)).json"
echo "== fresh-jobs-$((n - 9)) =="; npx tsx scripts/eval-jobs.ts "--dir=tests/fixtures/job-descriptions/fresh-jobs-$((n - 9))"
