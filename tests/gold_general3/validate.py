"""Check a general-news person gold folder and write a system file built from it.

    python validate.py [GOLD_DIR] [SYSTEM_OUT]
    python /work/shared/eval/score.py GOLD_DIR SYSTEM_OUT      # must give 1.0 for persons

Checks: every <id>.json has the dev-gold keys, its id is in articles.jsonl, each record of
articles.jsonl is identical to the one in /work/shared/corpus, no id is in an excluded set
(see sample.py), every person string occurs in the title or text, no duplicate persons,
holds/events are empty (persons-only benchmark).
"""

import glob
import gzip
import importlib.util
import json
import os
import sys

here = os.path.dirname(os.path.abspath(__file__))
gold = sys.argv[1] if len(sys.argv) > 1 else here
out = sys.argv[2] if len(sys.argv) > 2 else "/tmp/holdout_general3_SYSTEM.jsonl"
spec = importlib.util.spec_from_file_location("sample", os.path.join(here, "sample.py"))
sample = importlib.util.module_from_spec(spec)
spec.loader.exec_module(sample)
arts = {}
for line in open(os.path.join(gold, "articles.jsonl")):
    r = json.loads(line)
    arts[r["id"]] = r
corpus = {}
for p in glob.glob("/work/shared/corpus/*.jsonl.gz"):
    for line in gzip.open(p, "rt"):
        r = json.loads(line)
        if r["id"] in arts:
            corpus[r["id"]] = r
errs = 0


def err(*a):
    global errs
    errs += 1
    print("ERROR", *a)


for i in arts:
    if corpus.get(i) != arts[i]:
        err("record differs from the corpus", i)
# excluded: every other gold folder (not this one, and not the other half of this benchmark)
ex = set()
for d in sample.EXCL_DIRS:
    if os.path.isdir(d) and os.path.abspath(d) != os.path.abspath(gold):
        ex |= sample._ids_of(d)
ex_cl = {sample.cluster(i) for i in ex if i.startswith("vims-")}
files = sorted(glob.glob(os.path.join(gold, "*.json")))
if len(files) != len(arts):
    err("json files", len(files), "!= articles", len(arts))
tot = dict(articles=0, persons=0, single_word=0)
lines = []
for f in files:
    d = json.load(open(f))
    a = d.get("article")
    if set(d) != {"article", "source", "persons", "holds", "events", "notes"}:
        err("keys", f)
    if os.path.basename(f) != f"{a}.json":
        err("file name", f)
    if a not in arts:
        err("not in articles.jsonl", a)
        continue
    if a in ex or (sample.cluster(a) and sample.cluster(a) in ex_cl):
        err("excluded id/cluster", a)
    if d["source"] != arts[a]["source"]:
        err("source", a)
    if d["holds"] or d["events"]:
        err("holds/events must be empty", a)
    if len(set(d["persons"])) != len(d["persons"]):
        err("duplicate person", a)
    text = arts[a]["title"] + "\n" + arts[a]["text"]
    for p in d["persons"]:
        if p not in text:
            err("person not in text", a, p)
    tot["articles"] += 1
    tot["persons"] += len(d["persons"])
    tot["single_word"] += sum(len(p.split()) == 1 for p in d["persons"])
    lines.append(
        {
            "article": {"id": a, "title": arts[a]["title"], "published": arts[a]["date"]},
            "persons": [{"name": p} for p in d["persons"]],
            "holdings": [],
            "events": [],
        }
    )
with open(out, "w") as f:
    for s in lines:
        f.write(json.dumps(s, ensure_ascii=False) + "\n")
print("errors", errs, tot, "->", out)
sys.exit(1 if errs else 0)
