#!/usr/bin/env python3
"""lost_lines.py TRUTH HYP [--list]: the transcription's lines a reading lacks.

Prints "LOST LINES": of the transcription's LINES with three or more
syllables, how many the reading (HYP) does not hold. A line is held when
some line of the reading, or two neighbouring lines joined (a line may be
broken in two, or a table row's cells joined), matches at least 60 % of its
characters (lowercased; difflib's matching blocks). A line read with wrong
letters or handwriting in its blanks still counts as held, and so does a
line read in another order (a column block moved): "lost" means absent or
garbled past recognition. --list writes the lost lines to stderr. Used by
scripts/bench_realscans.sh for issue 11's "no line of body text or of the
Nơi nhận list is lost".
"""
import difflib
import sys
import unicodedata

HELD = 0.6


def lines(path):
    text = unicodedata.normalize("NFC", open(path, encoding="utf-8").read()).lower()
    return [" ".join(l.split()) for l in text.splitlines() if l.strip()]


def matched(want, cand):
    sm = difflib.SequenceMatcher(None, want, cand, autojunk=False)
    return sum(b.size for b in sm.get_matching_blocks()) / len(want)


def main():
    args = [a for a in sys.argv[1:] if not a.startswith("--")]
    if len(args) != 2:
        sys.exit(__doc__)
    got = lines(args[1])
    cands = got + [a + " " + b for a, b in zip(got, got[1:])]
    lost = total = 0
    for line in lines(args[0]):
        if len(line.split()) < 3:
            continue
        total += 1
        if not any(matched(line, c) >= HELD for c in cands):
            lost += 1
            if "--list" in sys.argv:
                print("lost: " + line, file=sys.stderr)
    print(lost, total)


if __name__ == "__main__":
    main()
