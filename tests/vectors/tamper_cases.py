#!/usr/bin/env python3
"""Writes tests/vectors/tamper_cases.json (run from the repository root after editing a case).

The table is what both verifiers are tested against; this script only spares typing the
values that need hashing (an alternate's ticket, a recomputed conflicts_hash), computed with
hashlib from the spec's formulas. Every expected verdict and path is stated here by hand,
from the reporting order of spec section 9 (docs/spec/sj-draw-1.md), never from a verifier.
"""
import json, hashlib, sys
H = lambda s: hashlib.sha256(s.encode()).hexdigest()
def ticket(seed, i): return '0.' + str(int(H(H(seed) + i), 16)).zfill(64)[::-1]
def list_hash(lines): return H(''.join(l + '\n' for l in sorted(set(lines))))
V = {v: json.load(open(f'tests/vectors/{v}.json')) for v in ['v01', 'v02', 'v03', 'v04', 'v05', 'v06']}
def flip(s, i):
    c = s[i]; n = {'0': '1', '9': '0', 'f': 'e'}.get(c, chr(ord(c) + 1))
    return s[:i] + n + s[i + 1:]
def alt(v, si):
    r = V[v]; s = r['strata'][si]; sel = {x['unit'] for x in s['selected']}
    u = sorted([u for u in s['population'] if u not in sel], key=lambda u: (ticket(r['seed'], u), u))[0]
    return u, ticket(r['seed'], u)

cases = []
def case(name, base, expect, patch=None, text=None, **exp):
    c = {'name': name, 'base': base}
    if patch: c['patch'] = patch
    if text: c['text'] = text
    verdict, path = expect
    e = {'verdict': verdict, 'exit': {'verified': 0, 'discrepancy': 1, 'malformed': 2}[verdict]}
    if path is not None: e['path'] = path
    e.update(exp)
    c['expect'] = e
    cases.append(c)
rep = lambda p, v: {'op': 'replace', 'path': p, 'value': v}
rem = lambda p: {'op': 'remove', 'path': p}
add = lambda p, v: {'op': 'add', 'path': p, 'value': v}
D = lambda p: ('discrepancy', p)
M = lambda p: ('malformed', p)

v01, v02, v03, v06 = V['v01'], V['v02'], V['v03'], V['v06']

# --- (1) malformed, refused before any check (exit 2) ---
case('not JSON (a quote removed)', 'v01', M(''), text=[{'find': '"spec"', 'replace': 'spec'}])
case('the record is an array, not an object', 'v01', M(''), text=[{'find': '{', 'replace': '[{'}, {'find_last': '}', 'replace': '}]'}])
case('another spec', 'v01', M('spec'), patch=[rep('/spec', 'sj-draw/2')], mentions=['sj-draw/1'])
case('draw_id missing', 'v01', M('draw_id'), patch=[rem('/draw_id')])
case('nonce not 64 lowercase hex', 'v01', M('nonce'), patch=[rep('/nonce', v01['nonce'].upper())])
case('a witness input with a space', 'v01', M('witnesses[0].input'), patch=[rep('/witnesses/0/input', '5412 646')])
case('a witness role that is not a string', 'v01', M('witnesses[1].role'), patch=[rep('/witnesses/1/role', 7)])
case('seed missing', 'v01', M('seed'), patch=[rem('/seed')])
case('a stratum id that is not an id', 'v01', M('strata[gen eral].id'), patch=[rep('/strata/1/id', 'gen eral')])
case('a stratum label that is not a string', 'v01', M('strata[key].label'), patch=[rep('/strata/0/label', ['重点'])])
case('population_hash missing in the second stratum (named by its id)', 'v01', M('strata[general].population_hash'), patch=[rem('/strata/1/population_hash')])
case('n a string', 'v01', M('strata[key].n'), patch=[rep('/strata/0/n', '58')])
case('k negative', 'v01', M('strata[special].k'), patch=[rep('/strata/2/k', -1)])
case('a population id with a space', 'v01', M('strata[key].population[3]'), patch=[rep('/strata/0/population/3', 'has space')])
case('a population id repeated (ids are unique in their list)', 'v01', M('strata[general].population'),
     patch=[rep('/strata/1/population/5', v01['strata'][1]['population'][4])], mentions=[v01['strata'][1]['population'][4]])
case('a selected entry without its ticket', 'v01', M('strata[key].selected[1].ticket'), patch=[rem('/strata/0/selected/1/ticket')])
case('a pool member without the senior flag', 'v01', M('inspectors.pool[2].senior'), patch=[rem('/inspectors/pool/2/senior')])
case('a pool id repeated', 'v01', M('inspectors.pool[3].id'), patch=[rep('/inspectors/pool/3/id', v01['inspectors']['pool'][2]['id'])])
case('conflicts missing', 'v01', M('inspectors.conflicts'), patch=[rem('/inspectors/conflicts')])
case('a conflict naming a bad inspector id', 'v01', M('inspectors.conflicts[0][1]'), patch=[rep('/inspectors/conflicts/0/1', 'ZF 1')])
case('a conflict that is not a pair', 'v01', M('inspectors.conflicts[1]'), patch=[add('/inspectors/conflicts/1/-', 'ZF6501001')])
case('team_size 0', 'v01', M('inspectors.team_size'), patch=[rep('/inspectors/team_size', 0)])
case('a team larger than the pool', 'v03', M('inspectors.pool'), patch=[rep('/inspectors/team_size', 6)])
case('pool_hash a number', 'v01', M('inspectors.pool_hash'), patch=[rep('/inspectors/pool_hash', 1)])
case('cap missing', 'v01', M('inspectors.cap'), patch=[rem('/inspectors/cap')])
case('assignments missing, and the nonce changed: malformed is reported first', 'v01', M('assignments'),
     patch=[rem('/assignments'), rep('/nonce', flip(v01['nonce'], 10))])
case('an assignment whose cap_relaxed is a string', 'v01', M('assignments[4].cap_relaxed'), patch=[rep('/assignments/4/cap_relaxed', 'false')])
case('a change of an unknown type', 'v01', M('changes[0].type'), patch=[rep('/changes/0/type', 'swap_inspector')])
case('a change naming a bad unit id', 'v01', M('changes[0].unit'), patch=[rep('/changes/0/unit', '9165 0102')])
case('a substitution from a stratum the draw does not have', 'v01', M('changes[3].stratum'), patch=[rep('/changes/3/stratum', 'other')])
case('a change reason that is not a string', 'v01', M('changes[2].reason'), patch=[rep('/changes/2/reason', None)])
case('changes without change_results', 'v01', M('change_results'), patch=[rem('/change_results')])
case('a change result without its replacement', 'v01', M('change_results[0].replacement'), patch=[rem('/change_results/0/replacement')])
case('a substitution result without its team', 'v01', M('change_results[3].team'), patch=[rem('/change_results/3/team')])
case('final_assignments missing', 'v02', M('final_assignments'), patch=[rem('/final_assignments')])
# duplicate keys (spec section 8): JSON.parse keeps the last copy, simdjson the first
case('a second strata[0].selected (the fake copy first)', 'v01', M('strata[0].selected'), code='record_duplicate_key',
     text=[{'find': '"selected": [', 'replace': '"selected": [],\n   "selected": ['}])
case('a second strata[2].selected (the fake copy last)', 'v01', M('strata[2].selected'), code='record_duplicate_key',
     text=[{'find': ']\n  }\n ],\n "inspectors"', 'replace': '],\n   "selected": [{"unit": "916501024CBD38KPJT", "ticket": "0.1"}]\n  }\n ],\n "inspectors"'}])
case('a second final_assignments at the top', 'v01', M('final_assignments'), code='record_duplicate_key',
     text=[{'find_last': '}', 'replace': ', "final_assignments": []}'}])
case('a member team repeated inside an assignment', 'v01', M('assignments[3].team'), code='record_duplicate_key',
     text=[{'find': '"team": [', 'occurrence': 4, 'replace': '"team": ["ZF6501008", "ZF6501000", "ZF6501011"], "team": ['}])
case('a repeated informational key (a witness role)', 'v01', M('witnesses[0].role'), code='record_duplicate_key',
     text=[{'find': '"role": "企业代表",', 'replace': '"role": "企业代表", "role": "x",'}])
case('a repeated key, and the nonce changed: malformed is reported first', 'v02', M('inspectors.cap'), code='record_duplicate_key',
     patch=[rep('/nonce', flip(v02['nonce'], 3))], text=[{'find': '"cap": ', 'replace': '"cap": 99, "cap": '}])
# the byte-order mark (spec section 8): one is ignored
case('a leading byte-order mark', 'v01', ('verified', None), text=[{'prefix': '\ufeff'}])
case('a leading byte-order mark before a changed nonce', 'v04', D('commitment'), patch=[rep('/nonce', flip(V['v04']['nonce'], 0))], text=[{'prefix': '\ufeff'}])

# --- (2) commitment ---
nonce = flip(v01['nonce'], 10)
case('the nonce changed', 'v01', D('commitment'), patch=[rep('/nonce', nonce)], mentions=[v01['commitment'], H(nonce)])
case('the commitment changed', 'v06', D('commitment'), patch=[rep('/commitment', flip(v06['commitment'], 63))], mentions=[flip(v06['commitment'], 63)])
case('the nonce and a selected ticket changed: commitment first', 'v02', D('commitment'),
     patch=[rep('/nonce', flip(v02['nonce'], 0)), rep('/strata/0/selected/0/ticket', flip(v02['strata'][0]['selected'][0]['ticket'], 20))])
# --- (3) seed ---
case('a witness input changed', 'v01', D('seed'), patch=[rep('/witnesses/1/input', '51')], mentions=[v01['seed'].replace(',50', ',51')])
case('the beacon changed', 'v02', D('seed'), patch=[rep('/beacon', 'drand:quicknet:1234568:9f2c')])
case('the beacon removed', 'v02', D('seed'), patch=[rep('/beacon', None)])
case('the draw_id changed', 'v03', D('seed'), patch=[rep('/draw_id', '130602-2026Q2-4')])
case('the seed changed', 'v06', D('seed'), patch=[rep('/seed', v06['seed'] + 'x')])
case('the seed and a population hash changed: seed first', 'v01', D('seed'),
     patch=[rep('/seed', v01['seed'][:-1]), rep('/strata/0/population_hash', '0' * 64)])
# --- (4) each stratum in record order: population_hash, n, k, selected ---
case('a population hash changed', 'v01', D('strata[key].population_hash'), patch=[rep('/strata/0/population_hash', flip(v01['strata'][0]['population_hash'], 5))],
     mentions=[v01['strata'][0]['population_hash']])
case('a unit quietly dropped from the population', 'v01', D('strata[general].population_hash'), patch=[rem('/strata/1/population/0')])
case('a unit quietly added to the population', 'v05', D('strata[special].population_hash'), patch=[add('/strata/2/population/-', '91999999TEST00001X')])
case('n changed', 'v01', D('strata[key].n'), patch=[rep('/strata/0/n', 57)], mentions=['58', '57'])
case('n negative (an integer: a discrepancy, not malformed)', 'v03', D('strata[general].n'), patch=[rep('/strata/1/n', -1)])
case('k raised with the selection left as it was', 'v01', D('strata[general].k'), patch=[rep('/strata/1/k', 40)])
case('a selected entry removed', 'v02', D('strata[key].k'), patch=[rem('/strata/0/selected/7')])
case('k larger than n selects the whole stratum (not an error when verifying)', 'v03', D('strata[special].k'), patch=[rep('/strata/2/k', 5), rem('/strata/2/selected/3')])
u, t = alt('v01', 1)
case('a selected unit swapped for the first alternate, with its true ticket', 'v01', D('strata[general].selected[0]'),
     patch=[rep('/strata/1/selected/0', {'unit': u, 'ticket': t})], mentions=[v01['strata'][1]['selected'][0]['unit'], u])
u, t = alt('v06', 2)
case('the last selected unit swapped for an alternate', 'v06', D('strata[special].selected[4]'),
     patch=[rep('/strata/2/selected/4', {'unit': u, 'ticket': t})], mentions=[u])
s = v02['strata'][1]['selected']
case('two selected entries in the wrong order', 'v02', D('strata[general].selected[0]'), patch=[rep('/strata/1/selected/0', s[1]), rep('/strata/1/selected/1', s[0])])
tk = v01['strata'][0]['selected'][1]['ticket']
case('a ticket digit changed', 'v01', D('strata[key].selected[1].ticket'), patch=[rep('/strata/0/selected/1/ticket', flip(tk, 30))], mentions=[tk, flip(tk, 30)])
case('the second stratum\'s hash and the first stratum\'s n changed: record order', 'v01', D('strata[key].n'),
     patch=[rep('/strata/1/population_hash', '0' * 64), rep('/strata/0/n', 1)])
case('a stratum\'s n and its own selection changed: n first', 'v04', D('strata[general].n'),
     patch=[rep('/strata/1/n', 1), rep('/strata/1/selected/0/ticket', '0.1')])
case('a selection and the pool hash changed: the stratum first', 'v05', D('strata[special].selected[0].ticket'),
     patch=[rep('/strata/2/selected/0/ticket', flip(V['v05']['strata'][2]['selected'][0]['ticket'], 40)), rep('/inspectors/pool_hash', '0' * 64)])
# --- (5) pool_hash, (6) conflicts_hash, (7) cap ---
case('the pool hash changed', 'v01', D('inspectors.pool_hash'), patch=[rep('/inspectors/pool_hash', flip(v01['inspectors']['pool_hash'], 0))])
case('an inspector made senior', 'v01', D('inspectors.pool_hash'), patch=[rep('/inspectors/pool/2/senior', True)])
case('an inspector added to the pool', 'v02', D('inspectors.pool_hash'), patch=[add('/inspectors/pool/-', {'id': 'ZF3701099', 'senior': False})])
case('the conflicts hash changed', 'v01', D('inspectors.conflicts_hash'), patch=[rep('/inspectors/conflicts_hash', flip(v01['inspectors']['conflicts_hash'], 1))])
case('a conflict removed', 'v01', D('inspectors.conflicts_hash'), patch=[rem('/inspectors/conflicts/0')])
case('the cap changed', 'v01', D('inspectors.cap'), patch=[rep('/inspectors/cap', 9)], mentions=['8', '9'])
case('the pool and conflicts hashes changed: pool first', 'v06', D('inspectors.pool_hash'),
     patch=[rep('/inspectors/conflicts_hash', '0' * 64), rep('/inspectors/pool_hash', '0' * 64)])
case('the cap and the conflicts changed: conflicts first', 'v01', D('inspectors.conflicts_hash'),
     patch=[rep('/inspectors/cap', 1), rem('/inspectors/conflicts/2')])
case('the cap and a team changed: cap first', 'v04', D('inspectors.cap'), patch=[rep('/inspectors/cap', 3), rep('/assignments/0/team/0', 'ZF0')])
# conflicts that leave a unit too few inspectors: the draw stops at that unit
u3 = v03['assignments'][3]['unit']
conf = v03['inspectors']['conflicts'] + [[u3, i] for i in ['ZF1306000', 'ZF1306001', 'ZF1306002', 'ZF1306003']]
case('conflicts that leave the fourth unit one inspector, hash recomputed: the replay stops at assignments[3]', 'v03', D('assignments[3]'),
     patch=[rep('/inspectors/conflicts', conf), rep('/inspectors/conflicts_hash', list_hash([f'{a},{b}' for a, b in conf]))], mentions=[u3])
case('the same conflicts, hash not recomputed: conflicts_hash first', 'v03', D('inspectors.conflicts_hash'),
     patch=[rep('/inspectors/conflicts', conf)])
case('the same, with the first team changed too: assignments[0] before the replay stops', 'v03', D('assignments[0].team[1]'),
     patch=[rep('/inspectors/conflicts', conf), rep('/inspectors/conflicts_hash', list_hash([f'{a},{b}' for a, b in conf])),
            rep('/assignments/0/team/1', 'ZF1306003')])
# --- (8) assignments entry by entry ---
a1 = v01['assignments'][1]['team']
case('lead and member swapped', 'v01', D('assignments[1].team[0]'), patch=[rep('/assignments/1/team/0', a1[1]), rep('/assignments/1/team/1', a1[0])], mentions=a1[:2])
case('a member replaced by another inspector', 'v02', D('assignments[2].team[1]'), patch=[rep('/assignments/2/team/1', 'ZF3701000')], mentions=['ZF3701000'])
case('a member dropped from a team', 'v01', D('assignments[2].team'), patch=[rem('/assignments/2/team/2')])
case('cap_relaxed flipped', 'v01', D('assignments[0].cap_relaxed'), patch=[rep('/assignments/0/cap_relaxed', True)])
case('an assignment removed from the middle', 'v01', D('assignments[5].unit'), patch=[rem('/assignments/5')],
     mentions=[v01['assignments'][5]['unit'], v01['assignments'][6]['unit']])
case('the last assignment removed', 'v01', D('assignments[40]'), patch=[rem('/assignments/40')])
case('an assignment appended', 'v03', D('assignments[6]'), patch=[add('/assignments/-', v03['assignments'][0])])
case('two assignments in the wrong order', 'v06', D('assignments[0].unit'),
     patch=[rep('/assignments/0', v06['assignments'][1]), rep('/assignments/1', v06['assignments'][0])])
case('an assignment removed and a change result changed: assignments first', 'v01', D('assignments[5].unit'),
     patch=[rem('/assignments/5'), rep('/change_results/0/replacement', 'ZF6501001')])
# --- (9) change_results entry by entry (changes replayed) ---
cr = v01['change_results']
case('a replacement inspector changed', 'v01', D('change_results[0].replacement'), patch=[rep('/change_results/0/replacement', 'ZF6501001')], mentions=[cr[0]['replacement'], 'ZF6501001'])
case('a replacement\'s cap_relaxed flipped', 'v06', D('change_results[0].cap_relaxed'), patch=[rep('/change_results/0/cap_relaxed', False)])
case('the inspector of a change result changed', 'v01', D('change_results[1].inspector'), patch=[rep('/change_results/1/inspector', 'ZF6501001')])
case('a substitution\'s replacement unit changed', 'v01', D('change_results[3].replacement'), patch=[rep('/change_results/3/replacement', v01['strata'][0]['population'][0])])
case('a substitution\'s team changed', 'v02', D('change_results[1].team'), patch=[rep('/change_results/1/team', ['ZF3701007', 'ZF3701005'])])
case('a change result of the other type', 'v01', D('change_results[0].type'),
     patch=[rep('/change_results/0', {'type': 'substitute_unit', 'stratum': 'key', 'unit': cr[0]['unit'], 'replacement': 'ZF6501010', 'team': [], 'cap_relaxed': False})])
case('the last change result removed', 'v01', D('change_results[3]'), patch=[rem('/change_results/3')])
case('a change result appended', 'v02', D('change_results[2]'), patch=[add('/change_results/-', v02['change_results'][0])])
case('change results present without changes', 'v04', D('change_results[0]'), patch=[rem('/changes')])
# a change that cannot be replayed is named where the replay stops
team1 = None
case('a change naming an inspector not on the team', 'v01', D('changes[0]'), patch=[rep('/changes/0/inspector', 'ZF6501001')], mentions=['ZF6501001'])
case('the second change cannot be replayed, the first result is wrong: change_results[0] first', 'v01', D('change_results[0].replacement'),
     patch=[rep('/changes/1/unit', '91650102NOTDRAWN0'), rep('/change_results/0/replacement', 'ZF6501001')])
case('the second change cannot be replayed', 'v01', D('changes[1]'), patch=[rep('/changes/1/unit', '91650102NOTDRAWN0')], mentions=['91650102NOTDRAWN0'])
case('a substitution from a stratum with no alternate left', 'v03', D('changes[3]'), patch=[rep('/changes/3/stratum', 'special')])
case('a change that cannot be replayed and a selection changed: the stratum first', 'v01', D('strata[key].selected[0].ticket'),
     patch=[rep('/changes/0/inspector', 'ZF6501001'), rep('/strata/0/selected/0/ticket', flip(v01['strata'][0]['selected'][0]['ticket'], 9))])
case('a change that cannot be replayed and a team changed: the team first', 'v01', D('assignments[3].team[2]'),
     patch=[rep('/changes/0/inspector', 'ZF6501001'), rep('/assignments/3/team/2', 'ZF6501001')])
case('a change result and the final assignments changed: change_results first', 'v03', D('change_results[2].replacement'),
     patch=[rep('/change_results/2/replacement', 'ZF1306001'), rem('/final_assignments/0')])
# --- (10) final_assignments ---
fa = v01['final_assignments']
case('a final team reordered', 'v01', D('final_assignments[40].team[0]'), patch=[rep('/final_assignments/40/team', fa[40]['team'][::-1])], mentions=[fa[40]['team'][0], fa[40]['team'][-1]])
case('the last final assignment removed', 'v01', D('final_assignments[40]'), patch=[rem('/final_assignments/40')])
case('a final assignment appended', 'v02', D('final_assignments[39]'), patch=[add('/final_assignments/-', v02['final_assignments'][0])])
case('the substituted unit kept in the final assignments', 'v06', D('final_assignments[0].unit'), patch=[add('/final_assignments/0', v06['assignments'][0])])
case('a final cap_relaxed flipped', 'v05', D('final_assignments[3].cap_relaxed'), patch=[rep('/final_assignments/3/cap_relaxed', not V['v05']['final_assignments'][3]['cap_relaxed'])])
case('changes removed: final_assignments must then equal assignments', 'v01', D('final_assignments[2].team[1]'), patch=[rem('/changes'), rem('/change_results')])
case('no change: final_assignments equal to assignments verifies', 'v01', ('verified', None),
     patch=[rem('/changes'), rem('/change_results'), rep('/final_assignments', v01['assignments'])])
# every vector as published
for v in sorted(V): case(f'{v} as published', v, ('verified', None))

doc = {
 'about': ['Tampered copies of the public vectors, each with what a verifier must report first (spec section 9;',
           'docs/spec/sj-draw-1.md). Read by tests/draw/tamper_table_test.cpp (suiji verify, C++) and',
           'web/verifier/tests/tamper_table.test.js (the JavaScript verifier): both must name the same path.',
           'A case is made from tests/vectors/<base>.json: when "patch" is given (RFC 6902 add, remove, replace),',
           'the file is parsed, patched and written again with an indent of one space (as the vectors are);',
           'then each "text" edit applies to that text in turn: {"find", "replace", "occurrence" (1-based, default 1)},',
           '{"find_last", "replace"}, or {"prefix"}. expect.verdict is verified (exit 0), discrepancy (exit 1: path',
           'is Verdict.path / firstDiscrepancy.path) or malformed (exit 2: path is the error\'s path, "" for the',
           'record as a whole); "mentions" must appear in the message (in Chinese and in English); "code" is the',
           'error code of a malformed record when it is not record_malformed.'],
 'cases': cases,
}
names = [c['name'] for c in cases]
assert len(names) == len(set(names)), [n for n in names if names.count(n) > 1]
out = '{\n "about": ' + json.dumps(doc['about'], ensure_ascii=False, indent=1).replace('\n', '\n ') + ',\n "cases": [\n'
out += ',\n'.join('  ' + json.dumps(c, ensure_ascii=False) for c in cases)
out += '\n ]\n}\n'
json.loads(out)
open('tests/vectors/tamper_cases.json', 'w').write(out)
print(len(cases), 'cases')
