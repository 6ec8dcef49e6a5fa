#!/usr/bin/env python3
"""dropped_audit.py OCR.json... [--min-conf C] [--all] [--truth DIR]: dropped regions that look like print.

Reads `vidoc ocr --format json` output (one JSON object per page, one per
line) and lists every region layout kept out of the text (layout.dropped:
stamp, signature, garbage, border, speck, rule...) whose words look like
print, not like a seal's letters or a pen's marks: likely losses, found
without a transcription (issue 11: "no line of body text or of the Nơi nhận
list is lost").

A word looks like print when, its edge punctuation taken off, it is
 - a syllable of the embedded inventory (dictionaries/syllables.tsv, any
   tone placement, any case) of two letters or more read with confidence
   C or more (default 60); or
 - a web address, an e-mail address or a domain name ("https://…",
   "www.…", "x@y.vn", "sv.abc.edu.vn"), which no seal or pen draws.
A region is listed when it holds two such words, or one address, and
they are at least half of its words: one syllable alone is what a seal's
ring or a flourish often reads as ("VÀ", "ĐIỆN"), while a seal's whole name
read well still lists (the reader judges it from the reason). --all lists
every dropped region with its count of print-like words.

Output: one line per hit, tab-separated: file, page, reason, box
(x0,y0,x1,y1), print words / words, text. A last line counts hits and
regions per file. Exit status 0 (a report, not a test).

--truth DIR, when transcriptions have come (NAME.truth.txt for a one-page
file, NAME_pK.truth.txt for page K of one of several pages, as in
../shared/dev/scans/truth): a Markdown table more, per page with a
transcription, of its lines of 3+ syllables Tesseract's own lines (the
JSON's "lines") and vidoc's text (layout's reading) lose by
scripts/lost_lines.py, and their CER by `vidoc eval` (VIDOC, default
bin/vidoc), before repair: what layout keeps and loses, measured on the
same reading. Lost lines are listed on stderr with where they went.
"""
import argparse
import json
import os
import re
import subprocess
import sys
import tempfile
import unicodedata
from pathlib import Path

TONES = {"\u0300": 1, "\u0301": 2, "\u0303": 3, "\u0309": 4, "\u0323": 5}
URL = re.compile(r"^(https?://|www\.)\S+$|^[\w.+-]+@[\w-]+(\.[\w-]+)+$|^[a-z0-9-]+(\.[a-z0-9-]+)*\.(vn|com|net|org|gov|edu)(\.vn)?/?$", re.I)
EDGE = "\"'“”‘’()[]{}<>.,;:!?*_—–-«»„…`´"


def key(s):
    """A syllable's letters without tone, and its tone: "hoà" and "hòa" alike."""
    d = unicodedata.normalize("NFD", s.lower())
    tone = 0
    base = []
    for ch in d:
        if ch in TONES:
            tone = TONES[ch]
        else:
            base.append(ch)
    return unicodedata.normalize("NFC", "".join(base)), tone


def inventory():
    path = Path(__file__).resolve().parent.parent / "dictionaries" / "syllables.tsv"
    keys = set()
    for line in path.open(encoding="utf-8"):
        if line.startswith("#") or not line.strip():
            continue
        keys.add(key(line.split("\t", 1)[0]))
    return keys


def classify(word, conf, keys, min_conf):
    """'url', 'syl' or '' for one word read in a dropped region."""
    w = unicodedata.normalize("NFC", word).strip(EDGE)
    if not w:
        return ""
    if URL.match(w):
        return "url"
    if len(w) >= 2 and w.isalpha() and conf >= min_conf and key(w) in keys:
        return "syl"
    return ""


def audit(path, keys, min_conf, show_all, out):
    hits = regions = 0
    with open(path, encoding="utf-8") as f:
        for line in f:
            if not line.strip():
                continue
            page = json.loads(line)
            for d in (page.get("layout") or {}).get("dropped") or []:
                regions += 1
                words = d.get("words") or []
                kinds = [classify(w.get("text", ""), w.get("confidence", 0), keys, min_conf) for w in words]
                printed = sum(1 for k in kinds if k)
                hit = (kinds.count("syl") >= 2 or "url" in kinds) and 2 * printed >= len(words)
                if hit:
                    hits += 1
                if hit or show_all:
                    b = d.get("box") or {}
                    box = ",".join(str(b.get(k, 0)) for k in ("x0", "y0", "x1", "y1"))
                    mark = "" if hit else "  (not a hit)"
                    print(f"{Path(page.get('file', path)).name}\t{page.get('page', 1)}\t{d.get('reason')}\t{box}\t{printed}/{len(words)}\t{d.get('text', '')}{mark}", file=out)
    return hits, regions


def truth_of(truth_dir, page):
    """The transcription of a JSON page, or None."""
    name = Path(page["file"]).stem
    pages = page.get("pages", 1)
    cands = [f"{name}_p{page.get('page', 1)}.truth.txt"] if pages > 1 else [f"{name}.truth.txt"]
    for c in cands:
        if (Path(truth_dir) / c).is_file():
            return Path(truth_dir) / c
    return None


def cer(vidoc, truth, hyp):
    out = subprocess.run([vidoc, "eval", "--format", "json", "--truth", str(truth), str(hyp)],
                         capture_output=True, text=True, check=True).stdout
    return json.loads(out)["total"]["cer"]


def measure(files, truth_dir, vidoc):
    """Prints the lost lines and CER table of --truth."""
    here = Path(__file__).resolve().parent
    rows = []
    tot = [0, 0, 0]
    with tempfile.TemporaryDirectory() as tmp:
        for path in files:
            for line in open(path, encoding="utf-8"):
                if not line.strip():
                    continue
                page = json.loads(line)
                truth = truth_of(truth_dir, page)
                if truth is None:
                    continue
                stem = Path(tmp) / truth.name.replace(".truth.txt", "")
                Path(f"{stem}.json").write_text(line, encoding="utf-8")
                Path(f"{stem}.vidoc.txt").write_text(page["text"], encoding="utf-8")
                Path(f"{stem}.tess.txt").write_text("\n".join(l["text"] for l in page.get("lines") or []), encoding="utf-8")
                lost = lambda hyp, *a: subprocess.run([sys.executable, str(here / "lost_lines.py"), str(truth), hyp, *a],
                                                      capture_output=True, text=True, check=True)
                v = lost(f"{stem}.vidoc.txt", "--list", "--dropped", f"{stem}.json")
                t = lost(f"{stem}.tess.txt")
                vl, n = map(int, v.stdout.split())
                tl, _ = map(int, t.stdout.split())
                if v.stderr.strip():
                    print(f"{truth.name}:\n{v.stderr.rstrip()}", file=sys.stderr)
                rows.append((truth.name.replace(".truth.txt", ""), n, tl, vl,
                             cer(vidoc, truth, f"{stem}.tess.txt"), cer(vidoc, truth, f"{stem}.vidoc.txt")))
                tot[0] += n
                tot[1] += tl
                tot[2] += vl
    print()
    print("| page | lines | lost Tesseract | lost vidoc | CER Tesseract | CER vidoc |")
    print("|---|---:|---:|---:|---:|---:|")
    for r in rows:
        print("| %s | %d | %d | %d | %.2f %% | %.2f %% |" % (r[0], r[1], r[2], r[3], 100 * r[4], 100 * r[5]))
    if rows:
        print("| all (CER: mean of pages) | %d | %d | %d | %.2f %% | %.2f %% |" % (
            tot[0], tot[1], tot[2], 100 * sum(r[4] for r in rows) / len(rows), 100 * sum(r[5] for r in rows) / len(rows)))


def main():
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("files", nargs="+")
    ap.add_argument("--min-conf", type=float, default=60)
    ap.add_argument("--all", action="store_true")
    ap.add_argument("--truth")
    a = ap.parse_args()
    keys = inventory()
    total = 0
    for path in a.files:
        try:
            hits, regions = audit(path, keys, a.min_conf, a.all, sys.stdout)
        except (OSError, ValueError) as e:
            sys.exit(f"dropped_audit: {path}: {e}")
        total += hits
        print(f"# {path}: {hits} of {regions} dropped regions look like print")
    print(f"# total: {total}")
    if a.truth:
        measure(a.files, a.truth, os.environ.get("VIDOC", str(Path(__file__).resolve().parent.parent / "bin" / "vidoc")))


if __name__ == "__main__":
    main()
