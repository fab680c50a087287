#!/usr/bin/env python3
"""Times `gazette digest` on growing samples of news-15k: wall time, time per
article and peak memory, to check that the cost per article stays flat.

    python3 scripts/bench_digest.py [--sizes 2000,4000,8000,15268] [--repeat 3]

Samples are drawn with a fixed seed from the shuffled file, so each size has
the same mix of sources (English headlines and ledes, French headlines,
French articles, the clustering sets).
"""
import argparse, json, os, random, resource, subprocess, tempfile, time

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
DATA = os.path.join(ROOT, '..', 'shared', 'eval', 'scale', 'news-15k.jsonl')


def run(path, jobs):
    cmd = [os.path.join(ROOT, 'target', 'release', 'gazette'), 'digest', path, '--json', os.devnull, '--quiet']
    if jobs:
        cmd += ['--jobs', str(jobs)]
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    t = time.perf_counter()
    subprocess.run(cmd, check=True, stdout=subprocess.DEVNULL)
    wall = time.perf_counter() - t
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    cpu = (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)
    return wall, cpu, after.ru_maxrss / 1024


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument('--sizes', default='2000,4000,8000,15268')
    ap.add_argument('--repeat', type=int, default=3)
    ap.add_argument('--jobs', type=int, default=0)
    a = ap.parse_args()
    lines = open(DATA, encoding='utf-8').read().splitlines()
    random.Random(7).shuffle(lines)
    print(f"{'articles':>9} {'wall s':>8} {'cpu s':>8} {'ms/article':>11} {'peak MB':>8}")
    with tempfile.TemporaryDirectory() as tmp:
        for n in map(int, a.sizes.split(',')):
            path = os.path.join(tmp, f'sample-{n}.jsonl')
            with open(path, 'w', encoding='utf-8') as f:
                f.write('\n'.join(lines[:n]) + '\n')
            best = min((run(path, a.jobs) for _ in range(a.repeat)), key=lambda r: r[0])
            wall, cpu, rss = best
            print(f"{n:>9} {wall:>8.2f} {cpu:>8.2f} {1000 * wall / n:>11.3f} {rss:>8.0f}")


if __name__ == '__main__':
    main()
