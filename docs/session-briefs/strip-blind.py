#!/usr/bin/env python3
"""Copy a blind set without its labels, for a second labeler: strip-blind.py <worktree> <N claims> <N stories> <N jobs> <outdir>."""
import json, os, shutil, sys
wt, nc, ns, nj, out = sys.argv[1:6]
os.makedirs(out, exist_ok=True)
cl = f"{wt}/tests/fixtures/claims"
for name in (f"fresh-{nc}.jsonl", f"fresh-{nc}-whole.jsonl"):
    with open(f"{cl}/{name}") as f, open(f"{out}/{name}", "w") as o:
        for line in f:
            if line.strip():
                r = json.loads(line)
                o.write(json.dumps({k: r.get(k) for k in ("id", "kind", "story_id", "section", "text")}, ensure_ascii=False) + "\n")
shutil.copy(f"{cl}/fresh-{nc}-whole-stories.jsonl", out)
d = json.load(open(f"{wt}/tests/fixtures/signals/fresh-stories-{ns}.json"))
blind = {"stories": [{"id": s["id"], "text": s["text"], "sentences": list(s["labels"].keys())} for s in d["stories"]]}
json.dump(blind, open(f"{out}/fresh-stories-{ns}.json", "w"), indent=1, ensure_ascii=False)
jd = f"{wt}/tests/fixtures/job-descriptions/fresh-jobs-{nj}"
os.makedirs(f"{out}/fresh-jobs-{nj}", exist_ok=True)
for fn in os.listdir(jd):
    if fn != "labels.json":
        shutil.copy(f"{jd}/{fn}", f"{out}/fresh-jobs-{nj}/")
print("ok", out)
