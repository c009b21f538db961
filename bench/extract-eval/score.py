#!/usr/bin/env python3
"""URL recall and precision of `citecheck extract` against the gold URLs, per layout and text variant.

Usage: score.py DIR [--show]   (DIR holds <layout>-<n>.gold and <layout>-<n>.<variant>.json)
A gold URL is found when a source's best reading is it ("best"), or when one of the source's
readings is it ("with candidates", what `check` settles). A URL printed without a scheme matches
whichever scheme the reading has. Precision counts the sources' best readings (or, with candidates,
the sources one of whose readings is a gold URL) among all sources with a URL.
"""
import collections
import glob
import json
import os
import re
import sys


def key(url, schemeless):
    return re.sub(r"^https?://", "", url) if schemeless else url


def load_gold(path):
    gold = []
    for line in open(path):
        line = line.strip()
        if line:
            flag = line.startswith("schemeless ")
            gold.append((line.split(" ", 1)[1] if flag else line, flag))
    return gold


def score(gold, sources, with_candidates):
    """(found, gold count, right, sources) for one document."""
    schemeless = any(flag for _, flag in gold)
    wanted = collections.Counter(key(url, flag) for url, flag in gold)
    readings = []
    for source in sources:
        urls = source["urlCandidates"] if with_candidates else [source["url"]]
        readings.append([key(u, schemeless) for u in urls])
    found = collections.Counter()
    right = 0
    for urls in readings:
        hit = next((u for u in urls if found[u] < wanted[u]), None)
        if hit is None:
            hit = next((u for u in urls if u in wanted), None)
            right += hit is not None
            continue
        found[hit] += 1
        right += 1
    return sum(found.values()), sum(wanted.values()), right, len(readings)


def main():
    directory = sys.argv[1]
    show = "--show" in sys.argv
    totals = collections.defaultdict(lambda: [0, 0, 0, 0])
    for gold_path in sorted(glob.glob(os.path.join(directory, "*.gold"))):
        base = gold_path[:-5]
        layout = os.path.basename(base).rsplit("-", 1)[0]
        gold = load_gold(gold_path)
        for variant in ("raw", "plain"):
            path = "%s.%s.json" % (base, variant)
            sources = []
            if os.path.exists(path):
                data = json.load(open(path))
                sources = [s for note in data["notes"] for s in note["sources"] if s.get("url")]
            for with_candidates in (False, True):
                result = score(gold, sources, with_candidates)
                t = totals[(layout, variant, with_candidates)]
                for i in range(4):
                    t[i] += result[i]
            if show:
                wanted = {key(u, f) for u, f in gold}
                have = {key(c, any(f for _, f in gold)) for s in sources for c in s["urlCandidates"]}
                best = {key(s["url"], any(f for _, f in gold)) for s in sources}
                for url in sorted(wanted - best):
                    print("%s %s missed%s: %s" % (os.path.basename(base), variant,
                                                   " (a candidate)" if url in have else "", url))
                for url in sorted(best - wanted):
                    print("%s %s wrong: %s" % (os.path.basename(base), variant, url))
    print("%-11s %-6s %-16s %8s %10s   (found/gold, right/sources)" % ("layout", "text", "readings", "recall", "precision"))
    for (layout, variant, with_candidates), (found, wanted, right, sources) in sorted(totals.items()):
        print("%-11s %-6s %-16s %7.1f%% %9.1f%%   (%d/%d, %d/%d)" % (
            layout, variant, "with candidates" if with_candidates else "best", 100.0 * found / max(wanted, 1),
            100.0 * right / max(sources, 1), found, wanted, right, sources))
    for variant in ("raw", "plain"):
        for with_candidates in (False, True):
            rows = [v for (l, var, w), v in totals.items() if var == variant and w == with_candidates]
            found, wanted, right, sources = (sum(r[i] for r in rows) for i in range(4))
            print("%-11s %-6s %-16s %7.1f%% %9.1f%%   (%d/%d, %d/%d)" % (
                "ALL", variant, "with candidates" if with_candidates else "best", 100.0 * found / max(wanted, 1),
                100.0 * right / max(sources, 1), found, wanted, right, sources))


if __name__ == "__main__":
    main()
