#!/usr/bin/env python3
"""lost_lines.py TRUTH HYP [--list] [--dropped OCR.json]: the transcription's lines a reading lacks.

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

--dropped OCR.json (a page of `vidoc ocr --format json`) adds to each lost
line listed the regions layout kept out of the text (stamp, signature,
speck...: reason, box, words) holding one of its words, and the line of
Tesseract's own reading that holds most of it: where the line went.
"""
import difflib
import json
import re
import sys
import unicodedata

HELD = 0.6


def lines(path):
    text = unicodedata.normalize("NFC", open(path, encoding="utf-8").read()).lower()
    return [" ".join(l.split()) for l in text.splitlines() if l.strip()]


def matched(want, cand):
    sm = difflib.SequenceMatcher(None, want, cand, autojunk=False)
    return sum(b.size for b in sm.get_matching_blocks()) / len(want)


def tokens(s):
    return [t for t in re.findall(r"\w+", unicodedata.normalize("NFC", s).lower()) if len(t) > 1 or not t.isascii()]


def where(line, page):
    """Where lost LINE went on PAGE (a vidoc ocr JSON object): the dropped
    regions holding one of its words, and Tesseract's closest line."""
    want = set(tokens(line))
    out = []
    for d in page.get("layout", {}).get("dropped") or []:
        words = [w["text"] for w in d.get("words") or []]
        if any(t in want for w in words for t in tokens(w)):
            b = d["box"]
            out.append("dropped %s at (%d,%d)-(%d,%d): %s" % (d["reason"], b["x0"], b["y0"], b["x1"], b["y1"], " ".join(words)))
    best, score = "", 0.0
    for l in page.get("lines") or []:
        t = " ".join(l["text"].lower().split())
        if t and matched(line, t) > score:
            best, score = t, matched(line, t)
    out.append("Tesseract's closest line (%.0f %%): %s" % (100 * score, best))
    return out


def main():
    argv = sys.argv[1:]
    page = None
    if "--dropped" in argv:
        k = argv.index("--dropped")
        with open(argv[k + 1], encoding="utf-8") as f:
            page = json.loads(f.readline())
        del argv[k:k + 2]
    args = [a for a in argv if not a.startswith("--")]
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
            if "--list" in argv:
                print("lost: " + line, file=sys.stderr)
                for w in where(line, page) if page else []:
                    print("  " + w, file=sys.stderr)
    print(lost, total)


if __name__ == "__main__":
    main()
