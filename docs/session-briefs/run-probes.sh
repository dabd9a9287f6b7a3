#!/usr/bin/env bash
# run-probes.sh <worktree>: figures of the blind probes (default: session 43's) on that tree.
wt="${1:?worktree}"; p="${2:-/root/coord/probes43}"
cd "$wt" || exit 1
echo "== $(date -u) $(git rev-parse --short HEAD) =="
for f in numbers lines parties outcomes whole; do
  [ -f "$p/$f.jsonl" ] || continue
  echo "== $f =="; npx tsx scripts/eval-claims.ts "$p/$f.jsonl" --quiet 2>&1 | sed -n '/^flag/,/^$/p;/in-story claim marks/,+1p'
done
if [ -f "$p/signals.json" ]; then
  cp "$p/signals.json" tests/fixtures/signals/probe-signals.json
  echo "== signals =="; npx tsx scripts/eval-signal-set.ts probe-signals.json 2>&1
  rm -f tests/fixtures/signals/probe-signals.json
fi
if [ -f "$p/jobs/labels.json" ]; then
  echo "== jobs =="; npx tsx scripts/eval-jobs.ts --dir="$p/jobs" 2>&1 | grep -E "Senior|fresh|aside"
fi
