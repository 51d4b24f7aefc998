#!/usr/bin/env python3
"""Prints the Markdown report of a Benchmarks/run.sh session: the machine, a table per tree size
(median, min-max, CPU, throughput, peak RSS, runs) and the ratios issue 7's targets name.

usage: Benchmarks/summarize.py RESULTS_DIR   (the folder run.sh wrote times.tsv and info.tsv into)
"""
import statistics
import sys

CASES = [  # id, label, command (ROOT = the tree, AUDIT = the audit command run.sh names in info.tsv)
    ("find", "find (floor)", "find ROOT -type f -printf '%s %T@\\n'"),
    ("exif", "exiftool, page cache warm", "exiftool -r -json -fast ROOT"),
    ("exif-cold", "exiftool, page cache dropped", "sync; echo 3 > /proc/sys/vm/drop_caches; exiftool -r -json -fast ROOT"),
    ("pdfinfo", "pdfinfo over the PDFs", "find ROOT -name '*.pdf' -print0 \\| xargs -0 -n1 pdfinfo"),
    ("cold", "audit cold (default jobs)", "rm -rf C; drop caches; AUDIT"),
    ("cold-j1", "audit cold, --jobs 1", "rm -rf C; drop caches; AUDIT --jobs 1"),
    ("warm", "audit warm, nothing changed", "AUDIT"),
    ("touched", "audit warm, 1% changed", "change every 100th file; AUDIT"),
    ("warm-manifest", "audit warm, with --manifest", "AUDIT --manifest ROOT/manifest.csv"),
]
SAMPLED = {"exif", "exif-cold", "pdfinfo"}
AUDITS = {"cold", "cold-j1", "warm", "touched", "warm-manifest"}


def load(folder):
    info = {}
    for line in open(f"{folder}/info.tsv", encoding="utf-8"):
        key, _, value = line.rstrip("\n").partition("\t")
        info[key] = value
    runs = {}
    lines = open(f"{folder}/times.tsv", encoding="utf-8").read().splitlines()[1:]
    for line in lines:
        size, case, run, secs, cpu, rss, status, load1 = line.split("\t")
        runs.setdefault((int(size), case), []).append(
            {"secs": float(secs), "cpu": float(cpu), "rss": int(rss), "status": int(status), "load": float(load1)})
    return info, runs


def fmt_secs(s):
    return f"{s:.3f}" if s < 10 else f"{s:.1f}" if s < 1000 else f"{s:.0f}"


def per_file(secs, files):
    us = secs / files * 1e6
    return f"{us:.1f} µs" if us < 100 else f"{us:.0f} µs" if us < 1000 else f"{us / 1000:.2f} ms" if us < 10000 else f"{us / 1000:.1f} ms"


def verdict(ok, text):
    return ("**met**" if ok else "**not met**") + (f" ({text})" if text else "")


def main():
    folder = sys.argv[1]
    info, runs = load(folder)
    sizes = sorted({size for size, _ in runs})
    med = {k: statistics.median(r["secs"] for r in v) for k, v in runs.items()}
    files, sample = {}, {}
    for n in sizes:
        files[n] = int(info[f"size {n}"].split()[0])
        sample[n] = [int(x) for x in info.get(f"sample {n}", f"{files[n]} 0").split()]

    print("## Machine and session\n")
    print("| | |\n|---|---|")
    for key in ("date", "command", "commit", "commit_subject", "binary", "nproc", "cpu", "memory", "kernel", "os", "swift",
                "exiftool", "pdfinfo", "disk", "load_before", "load_after"):
        if key in info:
            print(f"| {key.replace('_', ' ')} | {info[key]} |")
    print(f"| page cache dropped before cold runs | {'yes (root)' if info.get('drop_caches') == '1' else 'no (not root)'} |")
    print(f"| `--jobs` | {'yes: cold-j1 runs --jobs 1' if info.get('jobs_option') == '1' else 'not offered by this binary: no 1-vs-default comparison'} |")
    print()
    print(f"AUDIT = `{info.get('audit', 'bukti audit ROOT --depth 2 --manifest ROOT/manifest.csv --cache C --quiet --format json')} > /dev/null`; "
          "every command's stdout goes to /dev/null. Times are wall clock (ns clock around `/usr/bin/time -v`); "
          "CPU = user + system seconds; RSS = the largest process's peak.\n")

    for n in sizes:
        print(f"### {n:,} files\n")
        print(f"Tree: {info[f'size {n}']}. Load average at start {info.get(f'load_start {n}', '?')}, at end {info.get(f'load_end {n}', '?')}.")
        if sample[n][0] != files[n]:
            print(f"exiftool and pdfinfo read a sample: the first OPD folders, {sample[n][0]:,} files ({sample[n][1]:,} PDFs); "
                  "their throughput (files/s) is what is compared.")
        print()
        print("| case | command | runs | median (s) | min–max (s) | CPU (s, median) | per file | files/s | peak RSS (MiB) | exit |")
        print("|---|---|---|---|---|---|---|---|---|---|")
        for case, label, command in CASES:
            rs = runs.get((n, case))
            if not rs:
                continue
            secs = [r["secs"] for r in rs]
            count = sample[n][1] if case == "pdfinfo" else sample[n][0] if case in SAMPLED else files[n]
            m = med[(n, case)]
            statuses = ",".join(sorted({str(r["status"]) for r in rs}))
            print(f"| {label} | `{command}` | {len(rs)} | {fmt_secs(m)} | {fmt_secs(min(secs))}–{fmt_secs(max(secs))} | "
                  f"{statistics.median(r['cpu'] for r in rs):.1f} | {per_file(m, count)} | {count / m:,.0f} | "
                  f"{max(r['rss'] for r in rs) / 1024:.0f} | {statuses} |")
        print()

    def rate(n, case):
        if (n, case) not in med:
            return None
        count = sample[n][1] if case == "pdfinfo" else sample[n][0] if case in SAMPLED else files[n]
        return count / med[(n, case)]

    big = max(sizes)
    print("### Against issue 7's targets\n")
    print("| target | size | measured | verdict |")
    print("|---|---|---|---|")
    for n in sizes:
        audit = rate(n, "cold")
        for case, what in (("exif-cold", "cold audit vs exiftool, both after a page-cache drop"),
                           ("exif", "cold audit (page cache dropped) vs exiftool with a warm page cache")):
            other = rate(n, case)
            if audit and other:
                x = audit / other
                text = f"{20 / x:.1f}× short of the 20× aim" if 10 <= x < 20 else f"{10 / x:.1f}× short of 10×" if x < 10 else "20× aim reached"
                print(f"| ≥10× exiftool's throughput, aim 20×: {what} | {n:,} | {x:.1f}× | {verdict(x >= 10, text)} |")
    for n in sizes:
        if (n, "warm") in med and (n, "find") in med:
            x = med[(n, "warm")] / med[(n, "find")]
            target = " (the target is at 100,000)" if n != 100000 else ""
            print(f"| warm re-run within 3× of find{target} | {n:,} | {x:.1f}× find ({fmt_secs(med[(n, 'warm')])} s vs "
                  f"{fmt_secs(med[(n, 'find')])} s) | {verdict(x <= 3, f'{x / 3:.1f}× over' if x > 3 else '')} |")
    for n in sizes:
        peak = max((r["rss"] for (size, case), rs in runs.items() if size == n and case in AUDITS for r in rs), default=None)
        if peak:
            mb = peak * 1024 / 1e6
            target = " (the target is at 100,000)" if n != 100000 else ""
            print(f"| peak RSS < 250 MB{target} | {n:,} | {mb:.0f} MB ({peak / 1024:.0f} MiB) | "
                  f"{verdict(mb < 250, f'{mb / 250:.1f}× over' if mb >= 250 else '')} |")
    for n in sizes:
        if (n, "cold-j1") in med and (n, "cold") in med:
            x = med[(n, "cold-j1")] / med[(n, "cold")]
            print(f"| ≥1.7× from 1 to {info.get('nproc', '?')} jobs on the cold run | {n:,} | {x:.2f}× "
                  f"({fmt_secs(med[(n, 'cold-j1')])} s → {fmt_secs(med[(n, 'cold')])} s) | "
                  f"{verdict(x >= 1.7, f'{1.7 / x:.2f}× short' if x < 1.7 else '')} |")
    for a, b in zip(sizes, sizes[1:]):
        for case in ("cold", "warm", "touched", "warm-manifest", "find"):
            if (a, case) in med and (b, case) in med:
                x = (med[(b, case)] / files[b]) / (med[(a, case)] / files[a])
                print(f"| linear growth: time per file, {case} | {a:,} → {b:,} | {x:.2f}× "
                      f"({per_file(med[(a, case)], files[a])} → {per_file(med[(b, case)], files[b])}) | "
                      f"{verdict(x <= 1.25, 'within noise of 1.0' if x <= 1.25 else f'{x:.2f}× per file at {b:,}')} |")
    print()
    notes = []
    if big >= 100000:
        notes.append("fewer runs at 100,000 files (see each table's runs column): a cold run and an exiftool run there take minutes")
    if any(sample[n][0] != files[n] for n in sizes):
        notes.append("exiftool/pdfinfo on a sample where stated above: compared by files per second")
    if notes:
        print("Notes: " + "; ".join(notes) + ".")


if __name__ == "__main__":
    main()
