"""Seeded sampler for the twelfth held-out political gold set /work/holdout12 (seed 1212).
Copied from /work/holdout11/sample.py (seed 1111). Changed: the seed, the default output path, the
list of sets skipped during selection (PARALLEL_DIRS: + /work/holdout11, /work/holdout_general10
(already listed by holdout11; repeated, harmless) and /work/holdout_general11, the general set drawn
in parallel by another annotator; every /work/main/tests/gold_blind* and gold_general* folder is
listed explicitly as well, though holdout5's glob of /work/main/tests/gold* already covers them) and,
by a new policy (the political pools of Dan tri and ViMs are nearly exhausted at 150-600 words), the
length window, widened to 100-1000 words for ALL pools. Quotas, filters and fallbacks (strict ->
pol_relaxed -> pol_named, holdout7's ViMs -> Dan tri fallback, holdout11's final VNTC fallback) are
unchanged.
holdout11's docstring follows:
Seeded sampler for the eleventh held-out political gold set /work/holdout11 (seed 1111).
Copied from /work/holdout10/sample.py (seed 1010): only the seed, the default output path and the
list of sets skipped during selection (PARALLEL_DIRS: + /work/holdout10 and /work/holdout_general10,
the general set drawn in parallel by another annotator; /work/holdout_general9 is already listed by
holdout10 and not repeated) changed, and, because the sampler so changed gave only 18 records (the Dan
tri political pool ran dry after 5 of its 6 political slots, and the holdout7 ViMs -> Dan tri
fallback found nothing for the 6 ViMs political slots), one final fallback was added: the 7 political
slots still empty are filled from the VNTC pool's shuffled order (continuing after its own picks, any
outlet) with the same filters strict -> pol_relaxed -> pol_named. The first 18 picks are unchanged.
holdout10's docstring follows:
Seeded sampler for the tenth held-out political gold set /work/holdout10 (seed 1010).
Copied from /work/holdout9/sample.py (seed 9595): only the seed, the default output path and the
list of sets skipped during selection (PARALLEL_DIRS: + /work/holdout9 and /work/holdout_general9,
the general set drawn in parallel by another annotator; /work/holdout_general8 is already listed by
holdout9 and not repeated) changed.
holdout9's docstring follows:
Seeded sampler for the ninth held-out political gold set /work/holdout9 (seed 9595).
Copied from /work/holdout8/sample.py (seed 8484): only the seed, the default output path and the
list of sets skipped during selection (PARALLEL_DIRS: + /work/holdout8, /work/holdout_general7
(already listed by holdout8; repeated, harmless) and /work/holdout_general8, the general set drawn
in parallel by another annotator) changed.
holdout8's docstring follows:
Seeded sampler for the eighth held-out political gold set /work/holdout8 (seed 8484).
Copied from /work/holdout7/sample.py (seed 7373): only the seed, the default output path and the
list of sets skipped during selection (PARALLEL_DIRS: + /work/holdout7, /work/holdout_general6 and
/work/holdout_general7, the general set drawn in parallel by another annotator) changed.
holdout7's docstring follows:
Seeded sampler for the seventh held-out political gold set /work/holdout7 (seed 7373).
Copied from /work/holdout6/sample.py (seed 6061): the seed, the default output path, the list of
sets skipped during selection (PARALLEL_DIRS: + /work/holdout6, /work/holdout_general5 and
/work/holdout_general6, the general set drawn in parallel by another annotator) changed, and one
last fallback added: ViMs slots that the strict -> pol_relaxed -> pol_named passes leave empty
(the ViMs pool ran out for holdout6, which got only 23) are filled from the Dan tri pool's
shuffled order (continuing after its own picks) with the same filters, so the set has 25.
holdout6's docstring follows:
Seeded sampler for the sixth held-out political gold set /work/holdout6 (seed 6061).
Copied from /work/holdout5/sample.py (seed 1357): only the seed, the default output path and the
list of sets skipped during selection (PARALLEL_DIRS: + /work/holdout5, /work/holdout_general4 and
/work/holdout_general5, the general set drawn in parallel by another annotator) changed.
holdout5's docstring follows:
Seeded sampler for the fifth held-out political gold set /work/holdout5 (seed 1357).
Copied from /work/holdout4/sample.py (seed 2468): only the seed, the default output path and the
list of sets skipped during selection (PARALLEL_DIRS: + /work/holdout4, /work/holdout_general4 and
every /work/main/tests/gold* folder) changed. holdout4's docstring follows:
Seeded sampler for the fourth held-out political gold set /work/holdout4 (seed 2468).
Copied from /work/holdout3/sample.py (seed 5150): only the seed, the default output path and the
list of sets skipped during selection (PARALLEL_DIRS: + /work/holdout3, /work/holdout_general3,
/work/main/tests/gold_general2, /work/main/tests/gold_blind2) changed.
The rest of this docstring is holdout3's:
Reads /work/shared/corpus/. Copied from /work/holdout2/sample.py (seed 9090): only the seed, the
default output path, the list of sets skipped during selection and a second political fallback
('pol_named', used only when the strict and relaxed passes leave a quota unfilled) changed. Excludes the ids (and
ViMs clusters) of the dev gold, /work/main/tests/gold/, /work/main/corpus/, /work/holdout/ and
/work/main/tests/gold_blind/ before the shuffle, and skips those of /work/main/tests/gold_general/,
/work/holdout_general/, /work/holdout2/ and /work/holdout_general2/ during selection."""
import gzip, json, random, re
SEED = 1212
import glob, os
def _excluded():
    """Ids (only) of the dev gold, the project gold and the project's corpus sample."""
    ex = set()
    for f in glob.glob('/work/shared/gold/dev/*.json') + glob.glob('/work/main/tests/gold/*.json'):
        ex.add(json.load(open(f))['article']); ex.add(os.path.basename(f)[:-5])
    for f in ['/work/main/tests/gold/articles.jsonl', '/work/main/corpus/articles.jsonl']:
        if os.path.exists(f):
            ex |= {json.loads(l)['id'] for l in open(f) if l.strip()}
    ex |= {os.path.basename(f)[:-4] for f in glob.glob('/work/main/corpus/*.txt')}
    # second held-out set: also exclude the first held-out set and the blind gold (before the shuffle)
    ex |= _ids_in(['/work/holdout', '/work/main/tests/gold_blind'])
    return ex
def _ids_in(dirs):
    ids = set()
    for d in dirs:
        for f in glob.glob(d + '/*.json'):
            ids.add(os.path.basename(f)[:-5])
            try: ids.add(json.load(open(f))['article'])
            except Exception: pass
        for f in glob.glob(d + '/*.jsonl'):
            for l in open(f):
                if l.strip():
                    try: ids.add(json.loads(l)['id'])
                    except Exception: pass
    return ids
# General-news sets sampled in parallel by another annotator: skipped during selection (after the
# shuffle), so that their growing contents do not reshuffle the pool; a colliding article is thus
# replaced by the next one the sampler gives.
# holdout3: the second political set /work/holdout2 and the second general set /work/holdout_general2
# are skipped the same way (late exclusions: the shuffle stays that of the first exclusion list).
PARALLEL_DIRS = ['/work/main/tests/gold_general', '/work/holdout_general', '/work/holdout2',
                 '/work/holdout_general2',
                 # holdout4: the third political set, the third general set (drawn just before this
                 # one), and the project's second general and second blind gold
                 '/work/holdout3', '/work/holdout_general3', '/work/main/tests/gold_general2',
                 '/work/main/tests/gold_blind2',
                 # holdout5: the fourth political set, the fourth general set (drawn just before
                 # this one) and every project gold folder /work/main/tests/gold* (globbed)
                 '/work/holdout4', '/work/holdout_general4',
                 # holdout6: the fifth political set and the fifth general set (drawn in parallel by
                 # another annotator; it may not exist yet); /work/holdout_general4 is already listed above
                 '/work/holdout5', '/work/holdout_general5',
                 # holdout7: the sixth political set and the sixth general set (drawn in parallel by
                 # another annotator; it may not exist yet); /work/holdout_general5 is already listed above
                 '/work/holdout6', '/work/holdout_general6',
                 # holdout8: the seventh political set and the seventh general set (drawn in parallel
                 # by another annotator; it may not exist yet); /work/holdout_general6 repeats holdout7's entry (harmless)
                 '/work/holdout7', '/work/holdout_general6', '/work/holdout_general7',
                 # holdout9: the eighth political set and the eighth general set (drawn in parallel
                 # by another annotator; it may not exist yet); /work/holdout_general7 repeats holdout8's entry (harmless)
                 '/work/holdout8', '/work/holdout_general7', '/work/holdout_general8',
                 # holdout10: the ninth political set and the ninth general set (drawn in parallel
                 # by another annotator; it may not exist yet); /work/holdout_general8 is already listed above
                 '/work/holdout9', '/work/holdout_general9',
                 # holdout11: the tenth political set and the tenth general set (drawn in parallel
                 # by another annotator; it may not exist yet); /work/holdout_general9 is already listed above
                 '/work/holdout10', '/work/holdout_general10',
                 # holdout12: the eleventh political set and the eleventh general set (drawn in parallel
                 # by another annotator; it may not exist yet); /work/holdout_general10 repeats holdout11's
                 # entry (harmless); every project blind/general gold folder listed explicitly (ids only;
                 # also covered by the glob below)
                 '/work/holdout11', '/work/holdout_general10', '/work/holdout_general11'] + \
                sorted(glob.glob('/work/main/tests/gold_blind*') + glob.glob('/work/main/tests/gold_general*')) + \
                sorted(glob.glob('/work/main/tests/gold*'))
PARALLEL = _ids_in(PARALLEL_DIRS)
EXCL = _excluded()
U = 'A-ZĐÀÁẢÃẠĂẰẮẲẴẶÂẦẤẨẪẬÈÉẺẼẸÊỀẾỂỄỆÌÍỈĨỊÒÓỎÕỌÔỒỐỔỖỘƠỜỚỞỠỢÙÚỦŨỤƯỪỨỬỮỰỲÝỶỸỴ'
POST = r'(Bí thư|Chủ tịch|Thủ tướng|Bộ trưởng|Thứ trưởng|Tổng Bí thư|Giám đốc|Chủ nhiệm|Trưởng ban|Phó Chủ tịch|Đại sứ|Tổng thống)'
POL_NAME = re.compile(POST + r'[^.\n]{0,40}?\s[' + U + r'][a-zà-ỹ]+ [' + U + r'][a-zà-ỹ]+')
MEET = re.compile(r'chủ trì|hội nghị|hội kiến|kỳ họp|đến dự|làm việc với|tiếp (đoàn|ông|bà|Đại sứ|Bộ trưởng|Thủ tướng|Chủ tịch)|hội đàm|phiên họp|tiếp xúc cử tri|lễ (kỷ niệm|trao|khánh thành|ký)|đại hội|buổi làm việc', re.I)
PARTY = re.compile(r'đồng chí|chủ trì|Tỉnh ủy|Thành ủy|kỳ họp|HĐND|UBND|Quốc hội|Bộ Chính trị|Trung ương|nguyên (Bí thư|Chủ tịch|Bộ trưởng|Thứ trưởng|Phó|Tổng|Giám đốc)')
GEN_PERSON = re.compile(r'\b(anh|chị|ông|bà|cháu|em)\s[' + U + r'][a-zà-ỹ]+')
POSTWORD = re.compile(r'Bí thư|Chủ tịch|Thủ tướng|Bộ trưởng|Thứ trưởng|HĐND|UBND|Tỉnh ủy|Thành ủy|Quốc hội')
# holdout12: length window widened from 150-600 to 100-1000 words for all pools (new policy)
LO, HI = 100, 1000
def wc(t): return len(t.split())
def cluster(i): return i.split('-')[1] if i.startswith('vims-') else None
excl_clusters = {cluster(i) for i in EXCL if i.startswith('vims-')}
par_clusters = {cluster(i) for i in PARALLEL if i.startswith('vims-')}
QUOTA = {  # pool -> list of (source substring or None, kind, n)
 'vntc-chinh-tri-xa-hoi': [('VnExpress','pol',2),('Người Lao Động','pol',2),('Tuổi Trẻ','pol',2),('Thanh Niên','pol',2),('VnExpress','gen',1),('Người Lao Động','gen',1)],
 'dantri-2019-2021': [(None,'pol',6),(None,'gen',2)],
 'vims-2016': [(None,'pol',6),(None,'gen',1)],
}
def kind_ok(kind, t):
    if kind == 'pol':
        return bool(POL_NAME.search(t) and MEET.search(t) and PARTY.search(t))
    if kind == 'pol_relaxed':  # fallback: the project gold's round-1 political filter (no Party/state-body word)
        return bool(POL_NAME.search(t) and MEET.search(t))
    if kind == 'pol_named':  # holdout3, second fallback: a post + capitalised name and a Party/state-body
        # word, without the meeting word (ViMs political articles are nearly exhausted by earlier sets)
        return bool(POL_NAME.search(t) and PARTY.search(t))
    return bool(GEN_PERSON.search(t) and not POSTWORD.search(t))
def main():
  rng = random.Random(SEED)
  chosen = []
  state = {}  # pool -> (shuffled recs, used ids, used clusters), kept for the holdout7 fallback
  short = []  # holdout7: (pool, kind, missing) for quotas the pool could not fill
  for pool, quotas in QUOTA.items():
      recs = [json.loads(l) for l in gzip.open(f'/work/shared/corpus/{pool}.jsonl.gz', 'rt')]
      recs = [r for r in recs if r['id'] not in EXCL and LO <= wc(r['text']) <= HI and cluster(r['id']) not in excl_clusters]
      rng.shuffle(recs)
      used, used_cl = set(), set()
      state[pool] = (recs, used, used_cl)
      for src, kind, n in quotas:
          k = 0
          # strict filter first; if the pool runs dry (ViMs political articles are nearly all used by
          # earlier gold sets), a fallback pass over the same shuffled order uses the relaxed filter
          for kk in ([kind, 'pol_relaxed', 'pol_named'] if kind == 'pol' else [kind]):
            for r in recs:
              if k >= n: break
              if r['id'] in used or (src and src not in r['source']): continue
              if cluster(r['id']) and cluster(r['id']) in used_cl: continue
              if r['id'] in PARALLEL or (cluster(r['id']) and cluster(r['id']) in par_clusters): continue
              if kind_ok(kk, r['text']):
                  used.add(r['id']); used_cl.add(cluster(r['id'])); chosen.append((pool, kk, r)); k += 1
          if k < n: short.append((pool, kind, n - k))
  # holdout7, last fallback: ViMs slots still empty are filled from the Dan tri pool (same shuffled
  # order as above, skipping its own picks and every excluded/skipped id) with the same filters
  drecs, dused, _ = state['dantri-2019-2021']
  short2 = []  # holdout11: ViMs slots the Dan tri fallback could not fill either
  for pool, kind, m in short:
      if pool != 'vims-2016': continue
      k = 0
      for kk in ([kind, 'pol_relaxed', 'pol_named'] if kind == 'pol' else [kind]):
        for r in drecs:
          if k >= m: break
          if r['id'] in dused or r['id'] in PARALLEL: continue
          if kind_ok(kk, r['text']):
              dused.add(r['id']); chosen.append(('dantri-2019-2021(for vims)', kk, r)); k += 1
      if k < m: short2.append((pool, kind, m - k))
  # holdout11, final fallback (the Dan tri political pool ran out too: 5 of its 6 slots and none of
  # the 6 ViMs slots could be filled): political slots of the Dan tri and ViMs quotas still empty are
  # filled from the VNTC pool (same shuffled order as above, any outlet, skipping its own picks and
  # every excluded/skipped id) with the same filters strict -> pol_relaxed -> pol_named, so the set
  # has 25. The picks above are unchanged; these are appended.
  vrecs, vused, _ = state['vntc-chinh-tri-xa-hoi']
  for pool, kind, m in [x for x in short if x[0] == 'dantri-2019-2021'] + short2:
      if kind != 'pol': continue
      k = 0
      for kk in ['pol', 'pol_relaxed', 'pol_named']:
        for r in vrecs:
          if k >= m: break
          if r['id'] in vused or r['id'] in PARALLEL: continue
          if kind_ok(kk, r['text']):
              vused.add(r['id']); chosen.append(('vntc-chinh-tri-xa-hoi(for %s)' % pool.split('-')[0], kk, r)); k += 1
  import sys
  out = sys.argv[1] if len(sys.argv) > 1 else '/work/holdout12/articles.jsonl'
  with open(out, 'w') as f:
      for pool, kind, r in chosen:
          f.write(json.dumps(r, ensure_ascii=False) + '\n')
  for pool, kind, r in chosen:
      print(pool, kind, r['id'], wc(r['text']), r['source'][:30], r['title'][:70])

if __name__ == '__main__':
    main()
