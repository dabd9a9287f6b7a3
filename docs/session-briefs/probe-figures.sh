#!/usr/bin/env bash
# probe-figures.sh <worktree> <outcomes|signals|jobs>: FIGURES ONLY of the aside half of a blind probe.
wt="${1:?worktree}"; what="${2:?outcomes|signals|jobs}"; a=/root/coord/p36aside
cd "$wt" || exit 1
case "$what" in
  outcomes) npx tsx scripts/eval-claims.ts "$a/outcomes-aside.jsonl" --quiet 2>&1 | sed -n '/^flag/,/^$/p' ;;
  signals) cp "$a/signals-aside.json" tests/fixtures/signals/p36aside-signals.json
    npx tsx scripts/eval-signal-set.ts p36aside-signals.json 2>&1 | grep -E 'sent P|stories'
    rm -f tests/fixtures/signals/p36aside-signals.json ;;
  jobs) npx tsx scripts/eval-jobs.ts "--dir=$a/jobs" 2>&1 | grep -v '^$' ;;
esac
