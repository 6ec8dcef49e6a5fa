#!/usr/bin/env python3
"""fields_score.py FIELDS_DIR OUT_DIR [--json] [--verbose]: ../shared/tools/fields.py with issue 11's partial number rule.

Scores vidoc's header fields exactly as the reference scorer does (it is
loaded from ../shared/tools/fields.py, or from $FIELDS_PY), except the
number and symbol, whose partial form the reference scores wrongly:

  "Partial fields count as right when the part given is right and the rest
  is null" (issue 11). A number is partial when vidoc gives no number part
  (number null or empty) and its raw text is the symbol alone. The symbol is
  everything after the number, separator included: "/QĐ-UBND" and
  "/2024/NĐ-CP" (ND 30/2020 Phụ lục III), "-HD/TU" and "-HD/BTGTU" (HD
  36-HD/VPTW mục 2.3). It counts as right only when all of it is right.

The reference takes the text after the first slash as the symbol: for a
Party code that is the issuer's code alone ("TU" of "12-HD/TU"), which it
then refuses as shorter than three letters, so no Party number left partial
ever counts; and it accepts a raw text that merely ends with that part, so a
wrong type code ("-QĐ/BTGTU" for "12-HD/BTGTU") or a wrong year
("/2025/NĐ-CP" for "12/2024/NĐ-CP") counts as right.
"""
import importlib.util, os, re, sys

here = os.path.dirname(os.path.abspath(__file__))
path = os.environ.get('FIELDS_PY') or os.path.join(here, '..', '..', 'shared', 'tools', 'fields.py')
if not os.path.exists(path):
    sys.exit('fields_score.py: %s not found (set FIELDS_PY)' % path)
spec = importlib.util.spec_from_file_location('fields', path)
fields = importlib.util.module_from_spec(spec)
spec.loader.exec_module(fields)


def number_right(want, n):
    """The number field n (vidoc's JSON) against the expected code want."""
    n = n or {}
    raw = re.sub(r'\s+', '', fields.norm(n.get('raw') or ''))
    w = re.sub(r'\s+', '', fields.norm(want))
    if raw == w:
        return True
    if (n.get('number') or '').strip():
        return False
    # The number part is the leading digits (a letter may follow them,
    # "12a"); the symbol is the rest, from its separator on.
    sym = re.sub(r'^\d+[a-zđ]?(?=[/-])', '', w)
    if not re.search(r'[^\W\d_]', sym):
        return False
    # A separator lost or doubled at the symbol's start still gives the
    # symbol; anything else before it is a part given wrong.
    return raw.lstrip('/-') == sym.lstrip('/-')


reference = fields.score


def score(exp, j):
    res = reference(exp, j)
    if exp.get('number') is not None:
        h = (j or {}).get('header') or {}
        res['number'] = number_right(exp['number'], h.get('number'))
    return res


fields.score = score

if __name__ == '__main__':
    fields.main()
