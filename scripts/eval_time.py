#!/usr/bin/env python3
"""Time expressions on French TimeBank dev: strict span F1 and value F1.

Each .tml document becomes one JSON Lines record (its plain text, its <DCT>
as `published`, language fr); `gazette annotate --json --raw` tags them all,
and the spans (character offsets) are compared with the gold TIMEX3 (the DCT
itself excluded), as in TempEval-3:
- strict: same start and end;
- value: among expressions that overlap a gold one, the same normalised value
  (precision over system expressions, recall over gold ones).

    python3 scripts/eval_time.py [--show-errors]
"""
import argparse, glob, json, os, re, subprocess, tempfile
import xml.etree.ElementTree as ET

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
DEV = os.path.join(ROOT, '..', 'shared', 'eval', 'time', 'frtimebank-dev')


def parse(path):
    tree = ET.parse(path)
    root = tree.getroot()
    dct = root.find('DCT/TIMEX3').get('value')
    text_el = root.find('TEXT')
    parts, gold = [], []
    pos = 0

    def walk(el):
        nonlocal pos
        if el.text:
            parts.append(el.text); pos += len(el.text)
        for child in el:
            start = pos
            walk(child)
            if child.tag == 'TIMEX3':
                gold.append((start, pos, child.get('value'), child.get('type')))
            if child.tail:
                parts.append(child.tail); pos += len(child.tail)

    walk(text_el)
    return dct, ''.join(parts), gold


def f1(p, r):
    return 2 * p * r / (p + r) if p + r else 0.0


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument('--show-errors', action='store_true')
    a = ap.parse_args()
    docs = {}
    for path in sorted(glob.glob(os.path.join(DEV, '*.tml'))):
        docs[os.path.basename(path)[:-4]] = parse(path)
    with tempfile.TemporaryDirectory() as tmp:
        src = os.path.join(tmp, 'timebank.jsonl')
        with open(src, 'w', encoding='utf-8') as f:
            for doc_id, (dct, text, _) in docs.items():
                f.write(json.dumps({'id': doc_id, 'text': text, 'published': dct, 'language': 'fr'}, ensure_ascii=False) + '\n')
        out = subprocess.run([os.path.join(ROOT, 'target', 'release', 'gazette'), 'annotate', '--json', '--raw', src],
                             check=True, capture_output=True, text=True).stdout
    sys_out = {r['id']: r for r in map(json.loads, out.splitlines())}
    n_gold = n_sys = strict = 0
    val_p = val_r = 0
    errors = []
    for doc_id, (dct, text, gold) in docs.items():
        r = sys_out.get(doc_id, {'times': [], 'text': text})
        assert r['text'] == text, f'{doc_id}: text changed'
        pred = [(t['start'], t['end'], t['value'], t['type']) for t in r['times']]
        n_gold += len(gold); n_sys += len(pred)
        gold_spans = {(s, e) for s, e, _, _ in gold}
        strict += sum(1 for s, e, _, _ in pred if (s, e) in gold_spans)
        if a.show_errors:
            for s, e, v, _ in pred:
                for g in gold:
                    if g[0] < e and s < g[1] and (s, e) != (g[0], g[1]):
                        errors.append(('SPAN', doc_id, repr(text[s:e]), 'gold', repr(text[g[0]:g[1]])))
        for s, e, v, _ in pred:
            match = [g for g in gold if g[0] < e and s < g[1]]
            if match and any(g[2] == v for g in match):
                val_p += 1
            elif a.show_errors:
                errors.append(('FP' if not match else 'VAL', doc_id, text[s:e], v, [(text[g[0]:g[1]], g[2]) for g in match]))
        for g in gold:
            match = [p for p in pred if p[0] < g[1] and g[0] < p[1]]
            if match and any(p[2] == g[2] for p in match):
                val_r += 1
            elif a.show_errors and not match:
                errors.append(('FN', doc_id, text[g[0]:g[1]], g[2], g[3]))
    sp, sr = strict / max(n_sys, 1), strict / max(n_gold, 1)
    vp, vr = val_p / max(n_sys, 1), val_r / max(n_gold, 1)
    print(f'French TimeBank dev: {len(docs)} documents, {n_gold} gold TIMEX3, {n_sys} found')
    print(f'  strict span  P {sp:.3f} R {sr:.3f} F1 {f1(sp, sr):.3f}')
    print(f'  value        P {vp:.3f} R {vr:.3f} F1 {f1(vp, vr):.3f}')
    for e in errors:
        print('  ', *e)


if __name__ == '__main__':
    main()
