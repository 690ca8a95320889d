"""Seeded sampler for the twelfth blind general-news person-name gold /work/holdout_general12
(seed 1223). Copied from /work/holdout_general11/sample.py (seed 1122); only the seed, the default
output path (/work/holdout_general12/articles.jsonl) and the exclusion list changed: added
/work/holdout_general11, /work/holdout12 (already listed) and /work/holdout13 and /work/holdout14
(the political sets drawn in parallel with this one; they may be empty or missing when this sample
is drawn). Every /work/main/tests/gold_blind* and gold_general* folder is already covered by the
gold* glob.

Previous docstring (holdout_general11):

Seeded sampler for the eleventh blind general-news person-name gold /work/holdout_general11
(seed 1122). Copied from /work/holdout_general10/sample.py (seed 1021); only the seed, the default
output path (/work/holdout_general11/articles.jsonl) and the exclusion list changed: added
/work/holdout_general10, /work/holdout11 (already listed) and /work/holdout12 (the political set
drawn in parallel with this one; it may be empty or missing when this sample is drawn). Every
/work/main/tests/gold_blind* and gold_general* folder is already covered by the gold* glob.

Previous docstring (holdout_general10):

Seeded sampler for the tenth blind general-news person-name gold /work/holdout_general10
(seed 1021). Copied from /work/holdout_general9/sample.py (seed 9931); only the seed, the default
output path (/work/holdout_general10/articles.jsonl) and the exclusion list changed: added
/work/holdout_general9, /work/holdout10 (already listed) and /work/holdout11 (the political set
drawn in parallel with this one; it may be empty or missing when this sample is drawn).

Previous docstring (holdout_general9):

Seeded sampler for the ninth blind general-news person-name gold /work/holdout_general9
(seed 9931). Copied from /work/holdout_general8/sample.py (seed 8821); only the seed, the default
output path (/work/holdout_general9/articles.jsonl) and the exclusion list changed: added
/work/holdout_general8, /work/holdout9 and /work/holdout10 (the political set drawn in parallel
with this one; it may be empty or missing when this sample is drawn).

Previous docstring (holdout_general8):

Seeded sampler for the eighth blind general-news person-name gold /work/holdout_general8
(seed 8821). Copied from /work/holdout_general7/sample.py (seed 7719); only the seed, the default
output path (/work/holdout_general8/articles.jsonl) and the exclusion list changed: added
/work/holdout_general7, /work/holdout8 (already listed) and /work/holdout9 (the political set drawn
in parallel with this one; it may be empty or missing when this sample is drawn).

Previous docstring (holdout_general7):

Seeded sampler for the seventh blind general-news person-name gold /work/holdout_general7
(seed 7719). Copied from /work/holdout_general6/sample.py (seed 6262); only the seed, the default
output path (/work/holdout_general7/articles.jsonl) and the exclusion list changed: added
/work/holdout_general6, /work/holdout7 and /work/holdout8 (the political set drawn in parallel with
this one; it may be empty or missing when this sample is drawn).

Previous docstring (holdout_general6):

Seeded sampler for the sixth blind general-news person-name gold /work/holdout_general6
(seed 6262). Copied from /work/holdout_general5/sample.py (seed 5150); only the seed, the default
output path (/work/holdout_general6/articles.jsonl) and the exclusion list changed: added
/work/holdout6, /work/holdout_general5, /work/main/tests/gold_blind6, /work/main/tests/gold_general5
(both also covered by the gold* glob when they exist) and /work/holdout7 (the set drawn in parallel
with this one; it may be empty or missing when this sample is drawn).

Reads /work/shared/corpus/*.jsonl.gz and prints/writes 30 articles in sampler order.

    python sample.py [OUT.jsonl]          # all 30, in order; default OUT is
                                          # /work/holdout_general6/articles.jsonl

Order is independent of the exclusion lists: each stratum is filtered on text only, shuffled with
the seed, and excluded ids / ViMs clusters are then skipped, so a later exclusion only removes
items without re-ordering the others.
"""
import glob, gzip, json, os, random, re, sys

SEED = 1223
CORPUS = '/work/shared/corpus'
N = 30

U = 'A-ZĐÀÁẢÃẠĂẰẮẲẴẶÂẦẤẨẪẬÈÉẺẼẸÊỀẾỂỄỆÌÍỈĨỊÒÓỎÕỌÔỒỐỔỖỘƠỜỚỞỠỢÙÚỦŨỤƯỪỨỬỮỰỲÝỶỸỴ'
L = 'a-zđàáảãạăằắẳẵặâầấẩẫậèéẻẽẹêềếểễệìíỉĩịòóỏõọôồốổỗộơờớởỡợùúủũụưừứửữựỳýỷỹỵ'
SYL = '[' + U + '][' + L + ']*'
# 1) kinship / honorific word + capitalised syllable: "chị Minh", "anh Nguyễn Văn Tư", "bé Na"
CUE_KIN = re.compile(r'(?<![' + L + U + r'])(anh|chị|ông|bà|em|cháu|bé|cụ|bác|vợ|chồng|Anh|Chị|Ông|Bà|Em|Cháu|Bé|Cụ|Bác)\s+' + SYL)
# 2) a capitalised 2-4-syllable Vietnamese name starting with a common family name
SURN = ('Nguyễn|Trần|Lê|Phạm|Hoàng|Huỳnh|Phan|Vũ|Võ|Đặng|Bùi|Đỗ|Hồ|Ngô|Dương|Lý|Đinh|Đoàn|Trương|'
        'Lương|Mai|Trịnh|Cao|Lâm|Tạ|Hà|Tô|Châu|Vương|Đào|Thái|Chu|Quách|Lưu|La|Kiều|Tăng|Triệu')
CUE_VN = re.compile(r'(?<![' + L + U + r'])(' + SURN + r')(\s' + SYL + r'){1,3}(?![' + L + r'])')
# 3) a foreign name: two capitalised Latin words without Vietnamese diacritics,
#    one of them with a letter or ending Vietnamese spelling does not use (f j w z, final l/r/s/d/k)
CUE_FOREIGN = re.compile(r'\b([A-Z][a-z]+(?:-[A-Za-z][a-z]+)?) ([A-Z][a-z]+(?:-[A-Za-z][a-z]+)?)\b')
def foreign(t):
    for m in CUE_FOREIGN.finditer(t):
        w = m.group(1) + ' ' + m.group(2)
        if re.search(r'[fjwz]|[lrsdk]\b', w):
            return True
    return False
# Party-press / political-meeting style is excluded (this is a general-news benchmark)
POLITICAL = re.compile(r'đồng chí|Đồng chí|Tỉnh (ủy|uỷ)|Thành (ủy|uỷ)|HĐND|kỳ họp|Kỳ họp|Bộ Chính trị')

def wc(t): return len(t.split())
def cluster(i): return i.split('-')[1] if i.startswith('vims-') else None

def _ids_of(folder):
    ex = set()
    for f in glob.glob(os.path.join(folder, '*.json')):
        try:
            ex.add(json.load(open(f))['article'])
        except Exception:
            pass
        ex.add(os.path.basename(f)[:-5])
    for f in glob.glob(os.path.join(folder, '*.jsonl')):
        for l in open(f):
            if l.strip():
                ex.add(json.loads(l)['id'])
    for f in glob.glob(os.path.join(folder, '*.txt')):
        ex.add(os.path.basename(f)[:-4])
    return ex

EXCL_DIRS = ['/work/shared/gold/dev', '/work/main/tests/gold', '/work/main/tests/gold_blind',
             '/work/holdout', '/work/main/corpus', '/work/holdout2',
             # added for holdout_general2: the first general-news draw (both halves) and the
             # political set sampled after this one (/work/holdout3 skips this set's ids itself)
             '/work/holdout_general', '/work/main/tests/gold_general', '/work/holdout3',
             # added for holdout_general3: the second general-news draw, its committed twin, the
             # second blind gold and the political set /work/holdout4 drawn after this one
             # (which skips this set's ids itself)
             '/work/holdout_general2', '/work/main/tests/gold_general2', '/work/main/tests/gold_blind2',
             '/work/holdout4',
             # added for holdout_general4: the third general-news draw, the political set
             # /work/holdout5 drawn after this one, and every /work/main/tests/gold* folder
             '/work/holdout_general3', '/work/holdout5',
             # added for holdout_general5: the fourth general-news draw, its committed twin, the
             # fifth blind gold and the political set /work/holdout6 drawn in parallel
             '/work/holdout_general4', '/work/main/tests/gold_blind5', '/work/main/tests/gold_general4',
             '/work/holdout6',
             # added for holdout_general6: the fifth general-news draw, its committed twin, the
             # sixth blind gold and the set /work/holdout7 drawn in parallel (may not exist yet)
             '/work/holdout_general5', '/work/main/tests/gold_blind6', '/work/main/tests/gold_general5',
             '/work/holdout7',
             # general7: the sixth general-news draw, the political set /work/holdout7 (already
             # listed) and the political set /work/holdout8 drawn in parallel (may not exist yet)
             '/work/holdout_general6', '/work/holdout7', '/work/holdout8',
             # general8: the seventh general-news draw, the political set /work/holdout8 (already
             # listed) and the political set /work/holdout9 drawn in parallel (may not exist yet)
             '/work/holdout_general7', '/work/holdout8', '/work/holdout9',
             # general9: the eighth general-news draw, the political set /work/holdout9 (already
             # listed) and the political set /work/holdout10 drawn in parallel (may not exist yet)
             '/work/holdout_general8', '/work/holdout10',
             # general10: the ninth general-news draw, the political set /work/holdout10 (already
             # listed) and the political set /work/holdout11 drawn in parallel (may not exist yet)
             '/work/holdout_general9', '/work/holdout11',
             # general11: the tenth general-news draw, the political set /work/holdout11 (already
             # listed) and the political set /work/holdout12 drawn in parallel (may not exist yet)
             '/work/holdout_general10', '/work/holdout12',
             # general12: the eleventh general-news draw, the political set /work/holdout12 (already
             # listed) and the political sets /work/holdout13 and /work/holdout14 drawn in parallel
             # (may not exist yet)
             '/work/holdout_general11', '/work/holdout13', '/work/holdout14'] + sorted(glob.glob('/work/main/tests/gold*'))
def excluded():
    ex = set()
    for d in EXCL_DIRS:
        if os.path.isdir(d):
            ex |= _ids_of(d)
    return ex

def eligible(r):
    t = r['title'] + '\n' + r['text']
    if not 120 <= wc(r['text']) <= 600: return False
    if POLITICAL.search(t): return False
    return bool(CUE_KIN.search(r['text']) or CUE_VN.search(r['text']) or foreign(r['text']))

# the cycle of strata: per 10 articles 4 Dân trí (categories in turn), 3 VNTC (outlets in turn), 3 ViMs
CYCLE = ['dantri', 'vntc', 'vims', 'dantri', 'vntc', 'dantri', 'vims', 'vntc', 'dantri', 'vims']
DANTRI_CATS = ['society', 'world', 'sport', 'entertainment', 'health', 'education', 'business',
               'travel', 'law', 'science', 'tech']
VNTC_OUTLETS = ['VnExpress', 'Người Lao Động', 'Tuổi Trẻ', 'Thanh Niên']

def sample(n=N):
    ex = excluded()
    ex_cl = {cluster(i) for i in ex if i.startswith('vims-')}
    rng = random.Random(SEED)
    pools = {}
    for name, f in [('dantri', 'dantri-2019-2021'), ('vntc', 'vntc-chinh-tri-xa-hoi'), ('vims', 'vims-2016')]:
        pools[name] = [json.loads(l) for l in gzip.open(f'{CORPUS}/{f}.jsonl.gz', 'rt')]
    strata = {}
    for c in DANTRI_CATS:
        strata[('dantri', c)] = [r for r in pools['dantri'] if r['id'].split('_')[1] == c and eligible(r)]
    for o in VNTC_OUTLETS:
        strata[('vntc', o)] = [r for r in pools['vntc'] if o in r['source'] and eligible(r)]
    strata[('vims', None)] = [r for r in pools['vims'] if eligible(r)]
    for k in sorted(strata, key=lambda k: (k[0], k[1] or '')):
        rng.shuffle(strata[k])
    cats = [c for c in DANTRI_CATS if strata[('dantri', c)]]
    pos = {k: 0 for k in strata}
    turn = {'dantri': 0, 'vntc': 0}
    chosen, used_cl = [], set()
    def take(key):
        lst = strata[key]
        while pos[key] < len(lst):
            r = lst[pos[key]]; pos[key] += 1
            if r['id'] in ex: continue
            cl = cluster(r['id'])
            if cl and (cl in ex_cl or cl in used_cl): continue
            if cl: used_cl.add(cl)
            return r
        return None
    i = 0
    while len(chosen) < n:
        s = CYCLE[i % len(CYCLE)]; i += 1
        if s == 'dantri':
            key = ('dantri', cats[turn['dantri'] % len(cats)]); turn['dantri'] += 1
        elif s == 'vntc':
            key = ('vntc', VNTC_OUTLETS[turn['vntc'] % len(VNTC_OUTLETS)]); turn['vntc'] += 1
        else:
            key = ('vims', None)
        r = take(key)
        if r is not None:
            chosen.append((key, r))
    return chosen

def main():
    out = sys.argv[1] if len(sys.argv) > 1 else '/work/holdout_general12/articles.jsonl'
    lo = int(sys.argv[2]) if len(sys.argv) > 2 else 0
    hi = int(sys.argv[3]) if len(sys.argv) > 3 else N
    chosen = sample()[lo:hi]
    if out:
        with open(out, 'w') as f:
            for _, r in chosen:
                f.write(json.dumps(r, ensure_ascii=False) + '\n')
    for k, (key, r) in enumerate(chosen, lo):
        print(k, key[0], key[1] or '', r['id'], wc(r['text']), r['title'][:70])

if __name__ == '__main__':
    main()
