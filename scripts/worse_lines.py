#!/usr/bin/env python3
"""worse_lines.py TRUTH SCAN COPY [N]: the transcription's lines a degraded copy reads worse than the scan.

For each line of TRUTH (a transcription; lowercased, as lost_lines.py
reads it), the closest line of a reading (or two neighbouring lines
joined) and the edit distance between the two; a line whose closest
holds under 40 % of its characters (lost_lines.py's measure) costs its
whole length. Prints the summed
line errors of SCAN (vidoc's reading of the page as scanned) and of COPY
(its reading of a degraded copy: 150 dpi JPEG, 1-bit...), the lines of
each reading that match no line of TRUTH (extra), the copy's own, then the N
lines (default 10) with the most errors more on the copy, each with both
readings: where a copy loses, line by line, which whole-page CER hides
(letters, marks, a lost line, a seal's words kept as text).
Used by scripts/bench_degraded.sh (DEGRADE_LINES=1, tuning pages only).
"""
import difflib
import sys

from lost_lines import lines, matched

MATCHED = 0.4  # below this share of a line's characters, the line is lost
EXTRA = 0.5    # a reading's line this unlike (difflib's ratio) every line of the transcription is extra


def ratio(a, b):
    """difflib's similarity of a and b, 0..1, counting both sides' characters."""
    return difflib.SequenceMatcher(None, a, b, autojunk=False).ratio()


def distance(a, b):
    """Levenshtein distance between strings a and b."""
    prev = list(range(len(b) + 1))
    for i, ca in enumerate(a, 1):
        cur = [i]
        for j, cb in enumerate(b, 1):
            cur.append(min(prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + (ca != cb)))
        prev = cur
    return prev[-1]


def best(line, got):
    """The errors of LINE's best match among the reading's lines (or two
    neighbouring lines joined), and that match."""
    # The closest candidate by difflib's ratio, which counts the
    # candidate's extra characters too: a line joined to its neighbour
    # holds all of a line read whole, and more.
    cands = got + [a + " " + b for a, b in zip(got, got[1:])]
    _, cand = max(((ratio(line, c), c) for c in cands), default=(0.0, ""))
    if not cand or matched(line, cand) < MATCHED:
        return len(line), ""
    return distance(line, cand), cand


def extra(got, truth):
    """The lines of a reading that match no line of the transcription: a
    stamp's or a signature's words kept as text."""
    return [g for g in got if not any(ratio(g, t) >= EXTRA for t in truth)]


def main():
    if len(sys.argv) not in (4, 5):
        sys.exit(__doc__)
    truth, scan, copy = (lines(p) for p in sys.argv[1:4])
    n = int(sys.argv[4]) if len(sys.argv) == 5 else 10
    rows, es, ec = [], 0, 0
    for line in truth:
        a, ra = best(line, scan)
        b, rb = best(line, copy)
        es, ec = es + a, ec + b
        rows.append((b - a, line, a, ra, b, rb))
    print("line errors: scan %d, copy %d, of %d characters" % (es, ec, sum(len(t) for t in truth)))
    xs, xc = extra(scan, truth), extra(copy, truth)
    print("extra lines (no line of the transcription): scan %d (%d characters), copy %d (%d characters)" % (
        len(xs), sum(len(x) for x in xs), len(xc), sum(len(x) for x in xc)))
    for x in xc:
        if x not in xs:
            print("     copy only: %s" % x)
    for d, line, a, ra, b, rb in sorted(rows, key=lambda r: -r[0])[:n]:
        if d <= 0:
            break
        print("+%d  truth: %s\n     scan (%d): %s\n     copy (%d): %s" % (d, line, a, ra, b, rb))


if __name__ == "__main__":
    main()
