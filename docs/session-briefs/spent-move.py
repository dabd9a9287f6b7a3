# Moves the spent list on by one: claims fresh-34, signals fresh-stories-35, jobs fresh-jobs-25 become spent.
# Usage: python3 docs/session-briefs/spent-move.py <repo root>; for the next session shift every number by one
# (the left side of each pair is the current text, the right side the text after the move), then run prettier
# on the ten files and the writer-sets, writer-groups and eval-jobs-writers tests.
import re,sys
root=sys.argv[1]
def edit(path, pairs):
    p=f'{root}/{path}'; t=open(p).read()
    for a,b in pairs:
        if a not in t: raise SystemExit(f'{path}: missing {a!r}')
        t=t.replace(a,b)
    open(p,'w').write(t)
edit('scripts/analysis-snapshot.ts',[
 ('(claims fresh-34*, fresh-35*; signals fresh-stories-35*, fresh-stories-36*; jobs fresh-jobs-25, -26)','(claims fresh-35*, fresh-36*; signals fresh-stories-36*, fresh-stories-37*; jobs fresh-jobs-26, -27)'),
 ("name.startsWith('fresh-34') || name.startsWith('fresh-35')","name.startsWith('fresh-35') || name.startsWith('fresh-36')"),
 ("return n !== undefined && n >= 35;\n  }\n  if (dir === 'signals')","return n !== undefined && n >= 36;\n  }\n  if (dir === 'signals')"),
 ("name.startsWith('fresh-stories-35') || name.startsWith('fresh-stories-36')","name.startsWith('fresh-stories-36') || name.startsWith('fresh-stories-37')"),
 ("const n = freshNumber(name, 'fresh-stories-');\n    return n !== undefined && n >= 35;","const n = freshNumber(name, 'fresh-stories-');\n    return n !== undefined && n >= 36;"),
 ("name === 'fresh-jobs-25' || name === 'fresh-jobs-26'","name === 'fresh-jobs-26' || name === 'fresh-jobs-27'"),
 ("return n !== undefined && n >= 25;","return n !== undefined && n >= 26;"),
])
edit('scripts/claim-writer-groups.ts',[
 ('(fresh-6, 9…33,','(fresh-6, 9…34,'),('(fresh-34, fresh-35)','(fresh-35, fresh-36)'),
 ('29, 30, 31, 32, 33,\n]','29, 30, 31, 32, 33, 34,\n]'),
])
edit('scripts/eval-marks.ts',[
 ('(claims fresh-34*/35*, signals fresh-stories-35/36)','(claims fresh-35*/36*, signals fresh-stories-36/37)'),
 ('const BLIND_CLAIM_SETS = [\n  6, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18, 19, 20, 21, 22, 23, 24, 25, 26, 27, 28, 29, 30, 31, 32, 33,\n]','const BLIND_CLAIM_SETS = [\n  6, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18, 19, 20, 21, 22, 23, 24, 25, 26, 27, 28, 29, 30, 31, 32, 33, 34,\n]'),
 ('const BLIND_SIGNAL_SETS = [\n  7, 10, 11, 12, 13, 14, 15, 16, 17, 18, 19, 20, 21, 22, 23, 24, 25, 26, 27, 28, 29, 30, 31, 32, 33, 34,\n];','const BLIND_SIGNAL_SETS = [\n  7, 10, 11, 12, 13, 14, 15, 16, 17, 18, 19, 20, 21, 22, 23, 24, 25, 26, 27, 28, 29, 30, 31, 32, 33, 34, 35,\n];'),
])
edit('scripts/eval-signals-writers.ts',[('(fresh-stories-7, -10 … -34)','(fresh-stories-7, -10 … -35)')])
edit('scripts/job-writers.ts',[("['fresh-jobs-25', 'fresh-jobs-26']","['fresh-jobs-26', 'fresh-jobs-27']")])
edit('shared/analysis/writer-groups.ts',[
 ('(fresh-34, fresh-35 and their whole stories)','(fresh-35, fresh-36 and their whole stories)'),
 ('fresh-33 was session 41\'s final check and is spent.','fresh-34 was session 42\'s final check and is spent.'),
 ('fresh-(?:34|35)','fresh-(?:35|36)'),
])
edit('tests/fixtures/signals/writer-sets.ts',[
 ('29, 30, 31, 32, 33, 34] as const','29, 30, 31, 32, 33, 34, 35] as const'),('(fresh-stories-20 … -34)','(fresh-stories-20 … -35)'),
 ('fresh-stories-(?:35|36)','fresh-stories-(?:36|37)'),('n >= 35)','n >= 36)'),
])
edit('tests/shared/analysis/signals/writer-sets.test.ts',[
 ('29, 30, 31, 32, 33, 34,\n    ]);','29, 30, 31, 32, 33, 34, 35,\n    ]);'),
 ('for (const n of [20, 21, 22, 23, 24, 25, 26, 27, 28, 29, 30, 31, 32, 33, 34])','for (const n of [20, 21, 22, 23, 24, 25, 26, 27, 28, 29, 30, 31, 32, 33, 34, 35])'),
 ('for (const n of [35, 36, 37])','for (const n of [36, 37, 38])'),("signalSetFile(34)).toBe('fresh-stories-34.json')","signalSetFile(35)).toBe('fresh-stories-35.json')"),
])
edit('tests/shared/analysis/writer-groups.test.ts',[
 ("['fresh-34', 'fresh-35-whole', 'tests/fixtures/claims/fresh-35.jsonl']","['fresh-35', 'fresh-36-whole', 'tests/fixtures/claims/fresh-36.jsonl']"),
 ("['fresh-1', 'fresh-33-whole', 'fresh-341x', 'dev-claims:tuning']","['fresh-1', 'fresh-34-whole', 'fresh-351x', 'dev-claims:tuning']"),
 ("name: 'fresh-34' }","name: 'fresh-35' }"),
])
edit('tests/tooling/eval-jobs-writers.test.ts',[
 ("writer('fresh-jobs-24', ['ml.communication']);","writer('fresh-jobs-25', ['ml.communication']);"),
 ("writer('fresh-jobs-25', ['ml.mentoring']);\nwriter('fresh-jobs-26', ['ml.mentoring']);","writer('fresh-jobs-26', ['ml.mentoring']);\nwriter('fresh-jobs-27', ['ml.mentoring']);"),
 ("['fresh-jobs-2', 'fresh-jobs-24']","['fresh-jobs-2', 'fresh-jobs-25']"),
 ("run['fresh-jobs-24']","run['fresh-jobs-25']"),
])
print('ok')
