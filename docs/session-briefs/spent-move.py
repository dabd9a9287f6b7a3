# Moves the spent list on by one: claims fresh-35, signals fresh-stories-36, jobs fresh-jobs-26 become spent.
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
 ('(claims fresh-35*, fresh-36*; signals fresh-stories-36*, fresh-stories-37*; jobs fresh-jobs-26, -27)','(claims fresh-36*, fresh-37*; signals fresh-stories-37*, fresh-stories-38*; jobs fresh-jobs-27, -28)'),
 ("name.startsWith('fresh-35') || name.startsWith('fresh-36')","name.startsWith('fresh-36') || name.startsWith('fresh-37')"),
 ("return n !== undefined && n >= 36;\n  }\n  if (dir === 'signals')","return n !== undefined && n >= 37;\n  }\n  if (dir === 'signals')"),
 ("name.startsWith('fresh-stories-36') || name.startsWith('fresh-stories-37')","name.startsWith('fresh-stories-37') || name.startsWith('fresh-stories-38')"),
 ("const n = freshNumber(name, 'fresh-stories-');\n    return n !== undefined && n >= 36;","const n = freshNumber(name, 'fresh-stories-');\n    return n !== undefined && n >= 37;"),
 ("name === 'fresh-jobs-26' || name === 'fresh-jobs-27'","name === 'fresh-jobs-27' || name === 'fresh-jobs-28'"),
 ('return n !== undefined && n >= 26;','return n !== undefined && n >= 27;'),
])
edit('scripts/claim-writer-groups.ts',[
 ('(fresh-6, 9…34,','(fresh-6, 9…35,'),
 ('(fresh-35, fresh-36)','(fresh-36, fresh-37)'),
 ('29, 30, 31, 32, 33, 34,\n]','29, 30, 31, 32, 33, 34, 35,\n]'),
])
edit('scripts/eval-marks.ts',[
 ('(claims fresh-35*/36*, signals fresh-stories-36/37)','(claims fresh-36*/37*, signals fresh-stories-37/38)'),
 ('const BLIND_CLAIM_SETS = [\n  6, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18, 19, 20, 21, 22, 23, 24, 25, 26, 27, 28, 29, 30, 31, 32, 33, 34,\n]','const BLIND_CLAIM_SETS = [\n  6, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18, 19, 20, 21, 22, 23, 24, 25, 26, 27, 28, 29, 30, 31, 32, 33, 34, 35,\n]'),
 ('const BLIND_SIGNAL_SETS = [\n  7, 10, 11, 12, 13, 14, 15, 16, 17, 18, 19, 20, 21, 22, 23, 24, 25, 26, 27, 28, 29, 30, 31, 32, 33, 34, 35,\n];','const BLIND_SIGNAL_SETS = [\n  7, 10, 11, 12, 13, 14, 15, 16, 17, 18, 19, 20, 21, 22, 23, 24, 25, 26, 27, 28, 29, 30, 31, 32, 33, 34, 35, 36,\n];'),
])
edit('scripts/eval-signals-writers.ts',[
 ('(fresh-stories-7, -10 … -35)','(fresh-stories-7, -10 … -36)'),
])
edit('scripts/job-writers.ts',[
 ("['fresh-jobs-26', 'fresh-jobs-27']","['fresh-jobs-27', 'fresh-jobs-28']"),
])
edit('shared/analysis/writer-groups.ts',[
 ('(fresh-35, fresh-36 and their whole stories)','(fresh-36, fresh-37 and their whole stories)'),
 ("fresh-34 was session 42's final check and is spent.","fresh-35 was session 43's final check and is spent."),
 ('fresh-(?:35|36)','fresh-(?:36|37)'),
])
edit('tests/fixtures/signals/writer-sets.ts',[
 ('29, 30, 31, 32, 33, 34, 35] as const','29, 30, 31, 32, 33, 34, 35, 36] as const'),
 ('(fresh-stories-20 … -35)','(fresh-stories-21 … -36)'),
 ('fresh-stories-(?:36|37)','fresh-stories-(?:37|38)'),
 ('n >= 36)','n >= 37)'),
])
edit('tests/shared/analysis/signals/writer-sets.test.ts',[
 ('29, 30, 31, 32, 33, 34, 35,\n    ]);','29, 30, 31, 32, 33, 34, 35, 36,\n    ]);'),
 ('for (const n of [20, 21, 22, 23, 24, 25, 26, 27, 28, 29, 30, 31, 32, 33, 34, 35])','for (const n of [20, 21, 22, 23, 24, 25, 26, 27, 28, 29, 30, 31, 32, 33, 34, 35, 36])'),
 ('for (const n of [36, 37, 38])','for (const n of [37, 38, 39])'),
 ("signalSetFile(35)).toBe('fresh-stories-35.json')","signalSetFile(36)).toBe('fresh-stories-36.json')"),
])
edit('tests/shared/analysis/writer-groups.test.ts',[
 ("['fresh-35', 'fresh-36-whole', 'tests/fixtures/claims/fresh-36.jsonl']","['fresh-36', 'fresh-37-whole', 'tests/fixtures/claims/fresh-37.jsonl']"),
 ("['fresh-1', 'fresh-34-whole', 'fresh-351x', 'dev-claims:tuning']","['fresh-1', 'fresh-35-whole', 'fresh-361x', 'dev-claims:tuning']"),
 ("name: 'fresh-35' }","name: 'fresh-36' }"),
])
edit('tests/tooling/eval-jobs-writers.test.ts',[
 ("writer('fresh-jobs-25', ['ml.communication']);","writer('fresh-jobs-26', ['ml.communication']);"),
 ("writer('fresh-jobs-26', ['ml.mentoring']);\nwriter('fresh-jobs-27', ['ml.mentoring']);","writer('fresh-jobs-27', ['ml.mentoring']);\nwriter('fresh-jobs-28', ['ml.mentoring']);"),
 ("['fresh-jobs-2', 'fresh-jobs-25']","['fresh-jobs-2', 'fresh-jobs-26']"),
 ("run['fresh-jobs-25']","run['fresh-jobs-26']"),
])
print('ok')
