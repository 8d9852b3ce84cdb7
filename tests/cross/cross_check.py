#!/usr/bin/env python3
"""Cross-checks the two independent sj-draw/1 implementations on random draws.

  cross_check.py TRIALS SUIJI_BINARY REPO_ROOT

For each trial: a random input (strata that overlap, k from 0 to n, seniors, conflicts,
team sizes 1-3, mentor pairing on or off, a beacon or not), computed by the C++ engine
(`suiji draw compute`), then random changes (replacements, a substitution) computed
again, and the record checked by the JavaScript verifier written from the spec alone
(web/verifier/cli.mjs). Any disagreement fails the test and prints the record.
"""
import hashlib
import json
import random
import subprocess
import sys
import os
SUIJI = sys.argv[2]
VERIFIER = os.path.join(sys.argv[3], 'web', 'verifier', 'cli.mjs')
TMP = os.environ.get('TMPDIR', '/tmp')
A='0123456789ABCDEFGHJKLMNPQRTUWXY'
def rid(r): return '9133' + ''.join(r.choice(A) for _ in range(14))
def compute(inp):
    p = subprocess.run([SUIJI,'draw','compute','-'], input=json.dumps(inp).encode(), capture_output=True)
    return p.returncode, p.stdout.decode(), p.stderr.decode()
bad = 0; n_ok = 0
for trial in range(int(sys.argv[1])):
    r = random.Random(trial)
    nonce = ''.join(r.choice('0123456789abcdef') for _ in range(64))
    units = [rid(r) for _ in range(r.randint(5, 80))]
    strata = []
    for sid in ['key','general','special'][:r.randint(1,3)]:
        pop = r.sample(units, r.randint(1, len(units)))
        strata.append({'id': sid, 'population': pop, 'k': r.randint(0, len(pop))})
    pool = [{'id': 'ZF%03d' % i, 'senior': r.random() < 0.35} for i in range(r.randint(2, 12))]
    t = r.randint(1, min(3, len(pool)))
    conflicts = [[r.choice(units), r.choice(pool)['id']] for _ in range(r.randint(0, 10))]
    inp = {'spec':'sj-draw/1','draw_id':'330800-X-%d'%trial,'commitment':hashlib.sha256(nonce.encode()).hexdigest(),'nonce':nonce,
           'witnesses':[{'role':'纪检监察','input':str(r.randint(0,10**12))}],'beacon': r.choice([None,'drand:1:ab']),
           'strata':strata,'inspectors':{'pool':pool,'conflicts':conflicts,'team_size':t,'mentor_pairing':r.random()<0.5}}
    rc, out, err = compute(inp)
    if rc != 0: continue
    rec = json.loads(out)
    changes = []
    asg = rec['assignments']
    for a in r.sample(asg, min(len(asg), r.randint(0, 3))):
        changes.append({'type':'replace_inspector','unit':a['unit'],'inspector':r.choice(a['team']),'reason':'休假','approved_by':'x'})
    if asg and r.random() < 0.6:
        s = r.choice(rec['strata'])
        if s['selected']:
            u = r.choice(s['selected'])['unit']
            if not any(c['unit']==u for c in changes):
                changes.append({'type':'substitute_unit','stratum':s['id'],'unit':u,'reason':'关闭','approved_by':'x'})
    if changes:
        inp['changes'] = changes
        rc, out, err = compute(inp)
        if rc != 0: continue
    open(os.path.join(TMP, 'suiji-xcheck-%d.json' % os.getpid()),'w').write(out)
    p = subprocess.run(['node',VERIFIER,os.path.join(TMP, 'suiji-xcheck-%d.json' % os.getpid())], capture_output=True)
    if p.returncode != 0:
        bad += 1; print('MISMATCH trial', trial, p.stdout.decode()[:400], p.stderr.decode()[:300]); print(out[:2000])
    else: n_ok += 1
print('verified by JS:', n_ok, 'mismatches:', bad)
if os.path.exists(os.path.join(TMP, 'suiji-xcheck-%d.json' % os.getpid())):
    os.remove(os.path.join(TMP, 'suiji-xcheck-%d.json' % os.getpid()))
sys.exit(1 if bad or n_ok < int(sys.argv[1]) // 2 else 0)
