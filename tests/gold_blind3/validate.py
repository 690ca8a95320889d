"""Format check of the third held-out gold set /work/holdout3 (copied from /work/holdout2/validate.py);
writes a system file built from the gold (default /tmp/holdout3_SYSTEM.jsonl) that score.py must
score 1.0 on every item."""

import glob
import gzip
import json
import os
import re
import sys

sys.dont_write_bytecode = True
HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
from sample import PARALLEL_DIRS, _excluded, _ids_in

ex = _excluded()
# ids of the sets skipped during selection (re-read now) and their ViMs clusters
par = _ids_in(PARALLEL_DIRS)
par_cl = {i.split("-")[1] for i in par if i.startswith("vims-")}
arts = {}
for line in open(os.path.join(HERE, "articles.jsonl")):
    r = json.loads(line)
    arts[r["id"]] = r
corpus = {}
for p in glob.glob("/work/shared/corpus/*.jsonl.gz"):
    for line in gzip.open(p, "rt"):
        r = json.loads(line)
        if r["id"] in arts:
            corpus[r["id"]] = r
assert all(corpus[i] == arts[i] for i in arts), "record mismatch"
assert len(arts) == 25, len(arts)
errs = 0
tot = dict(p=0, h=0, part=0, ch=0, loc=0, ev=0)
sys_lines = []
for f in sorted(glob.glob(os.path.join(HERE, "*.json"))):
    d = json.load(open(f))
    a = d["article"]
    assert os.path.basename(f) == a + ".json"
    assert set(d) == {"article", "source", "persons", "holds", "events", "notes"}
    assert a in arts and a not in ex
    assert a not in par and not (a.startswith("vims-") and a.split("-")[1] in par_cl), (
        "collides with a skipped set",
        a,
    )
    text = arts[a]["text"]
    P = set(d["persons"])
    for p in P:
        if p not in text:
            print("NOT IN TEXT", a, p)
            errs += 1
    for p, labels in d["holds"]:
        assert p in P, (a, p)
        assert isinstance(labels, list) and labels
    for e in d["events"]:
        assert set(e) == {"key", "name", "locations", "chairs", "attendees"}
        assert e["key"] == "?" or re.fullmatch(r"\d{4}-\d{2}-\d{2}", e["key"]), e["key"]
        for p in e["chairs"] + e["attendees"]:
            assert p in P, (a, p)
        assert not set(e["chairs"]) & set(e["attendees"])
        tot["ev"] += 1
        if e["key"] != "?" and not arts[a]["date"]:
            y = e["key"][:4]
            if y not in text and y not in d["notes"]:
                print("YEAR NOT ARGUED", a, e["key"])
                errs += 1
        tot["part"] += len(e["chairs"]) + len(e["attendees"])
        tot["ch"] += len(e["chairs"])
        tot["loc"] += len(e["locations"])
    tot["p"] += len(P)
    tot["h"] += len(d["holds"])
    sys_lines.append(
        {
            "article": {"id": a, "title": arts[a]["title"], "published": arts[a]["date"]},
            "persons": [{"name": p} for p in d["persons"]],
            "holdings": [{"person": p, "position": labels[0]} for p, labels in d["holds"]],
            "events": [
                {
                    "date": e["key"],
                    "name": e["name"],
                    "locations": e["locations"],
                    "chairs": e["chairs"],
                    "attendees": e["attendees"],
                }
                for e in d["events"]
            ],
        }
    )
with open((sys.argv[1] if len(sys.argv) > 1 else "/tmp/holdout3_SYSTEM.jsonl"), "w") as f:
    for s in sys_lines:
        f.write(json.dumps(s, ensure_ascii=False) + "\n")
assert len(sys_lines) == len(arts), "one gold file per article"
print("files", len(sys_lines), "errors", errs, tot)
