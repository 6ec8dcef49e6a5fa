#!/usr/bin/env python3
"""pdf_text_order.py OUTDIR...: do the searchable PDFs give their text back in order?

For every NAME.pdf of a `vidoc scan --format txt,pdf` output folder with its
NAME.txt beside it, prints the share of NAME.txt's words that `pdftotext
-raw` (content-stream order, which is the order vidoc writes the words in)
gives back in the same order (difflib's ratio over the two word sequences),
and the word counts; then the mean. An archive's full-text index reads the
PDF, not the .txt: words missing, glued ("Đăngkýcấp") or out of order there
are lost to search. Needs poppler-utils.
"""
import difflib
import pathlib
import subprocess
import sys


def main(dirs):
    ratios = []
    for d in dirs:
        for pdf in sorted(pathlib.Path(d).rglob("*.pdf")):
            txt = pdf.with_suffix(".txt")
            if not txt.exists():
                continue
            want = txt.read_text(encoding="utf-8").split()
            got = subprocess.run(["pdftotext", "-raw", "-enc", "UTF-8", str(pdf), "-"],
                                 capture_output=True, check=True).stdout.decode("utf-8", "replace").split()
            r = difflib.SequenceMatcher(None, want, got, autojunk=False).ratio()
            ratios.append(r)
            print(f"{pdf.relative_to(d)}\t{len(want)} words in .txt\t{len(got)} in the PDF\t{100 * r:.1f} % in order")
    if not ratios:
        print("no NAME.pdf with its NAME.txt: nothing to measure")
        return
    print(f"mean\t{100 * sum(ratios) / len(ratios):.1f} % in order over {len(ratios)} PDFs")


if __name__ == "__main__":
    if len(sys.argv) < 2:
        sys.exit(__doc__)
    main(sys.argv[1:])
