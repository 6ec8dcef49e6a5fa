#!/usr/bin/env bash
# bench_fields.sh: header fields found by `vidoc scan` on the real dev scans.
#
# Scans the scan set (SCAN_SET or the first argument, default
# ../shared/dev/scans; lib_bench.sh) and scores each first page's header
# fields (parent body, issuer, number and symbol, place, date, type, title)
# against its truth/*.fields.json with scripts/fields_score.py:
# ../shared/tools/fields.py with issue 11's rule for a partial number and
# symbol (a partial field counts as right when the part given is right and
# the rest is null; the reference refuses every Party number left partial). The documents held out from tuning (held_out in lib_bench.sh) are
# totalled apart. When
# vidoc has a layout stage (scan --no-layout exists), both orders are scored:
# Tesseract's own and the layout's.
# Then synthetic forms (cmd/formgen, internal/formgen): first pages of
# state and Party documents drawn from the rules of ND 30/2020 and HD
# 36-HD/VPTW with a seal, handwritten blanks, number and date blanks left
# empty, a receiving office's stamp over the date line (one page in six),
# e-signature banners, scanner specks in the header columns (two pages in
# five), 1-bit and
# colour JPEG scans, whose fields are known exactly. Two seed ranges are
# scored apart: the tuning range (seeds 1..FORMS) that rules may be tuned
# on, and the held-out range (seeds 100001..100000+FORMS) that none is.
# Logs go to stderr, the Markdown tables to stdout.
#
# Usage: scripts/bench_fields.sh [SCAN_SET]    (SHARED overrides ../shared;
#        SCAN_HELD="NAME..." the set's held-out documents, lib_bench.sh;
#        FORMS=N pages per synthetic range, default 24, 0 to skip them;
#        TUNE_FROM=S starts the tuning range at seed S, default 1, to widen
#        the tuning material past the first pages without the held-out
#        range; HELD=0 skips the held-out range, for tuning runs;
#        SCANS=0 skips the real scans)
set -euo pipefail
bench_name=bench_fields
SCAN_SET=${1:-${SCAN_SET:-}}
# shellcheck source=lib_bench.sh
source "$(dirname "$0")/lib_bench.sh"
scans=$scan_dir
forms=${FORMS:-24}
tune_from=${TUNE_FROM:-1}
held=${HELD:-1}
truth=$scan_truth
jobs=${BENCH_JOBS:-2}
[ -f "$shared/tools/fields.py" ] || { log "$shared/tools/fields.py not found"; exit 1; }

real=${SCANS:-1}
if [ "$real" != 0 ] && ! ls "$truth"/*.fields.json >/dev/null 2>&1; then
  echo "Header fields ($scan_set_label): no fields files in $truth: nothing to measure."
  echo
  real=0
fi
if [ "$real" != 0 ]; then
echo "Header fields, $scan_set_label:"
echo
orders=(default)
labels=("vidoc scan")
if "$work/vidoc" scan --help 2>&1 | grep -q -- '--no-layout'; then
  orders=(no-layout default)
  labels=("Tesseract order (--no-layout)" "layout order")
fi
for o in "${orders[@]}"; do
  flags=()
  [ "$o" = no-layout ] && flags=(--no-layout)
  log "vidoc scan ${flags[*]:-} $scans"
  # Exit code 3 (some inputs failed) still leaves the others scored.
  "$work/vidoc" scan "$scans" -o "$work/out-$o" -j "$jobs" --progress json "${flags[@]}" \
    >/dev/null 2>"$work/events-$o" || [ $? -eq 3 ] || { log "scan failed; see below"; tail -5 "$work/events-$o" >&2; exit 1; }
  FIELDS_PY="$shared/tools/fields.py" python3 scripts/fields_score.py "$truth" "$work/out-$o" --json >"$work/fields-$o.json"
done

held_docs=""
for f in "$truth"/*.fields.json; do
  d=$(basename "$f" .fields.json)
  if is_held_out "$d"; then held_docs="$held_docs $d"; fi
done
python3 - "$held_docs" "${#orders[@]}" "${labels[@]}" "${orders[@]/#/$work/fields-}" <<'PY'
import json, sys
held = set(sys.argv[1].split())
n = int(sys.argv[2])
labels = sys.argv[3:3 + n]
runs = [json.load(open(p + ".json")) for p in sys.argv[3 + n:3 + 2 * n]]
print("| document | set | " + " | ".join(labels) + " |")
print("|---|---|" + "---|" * n)
totals = {}
for doc in sorted(runs[0]["docs"]):
    cells = []
    for i, r in enumerate(runs):
        res = r["docs"][doc]
        right = sum(res.values())
        wrong = [k for k, v in res.items() if not v]
        t = totals.setdefault((doc in held, i), [0, 0])
        t[0] += right
        t[1] += len(res)
        cells.append("%d/%d%s" % (right, len(res), " (wrong: " + ", ".join(wrong) + ")" if wrong else ""))
    print("| %s | %s | %s |" % (doc, "held out" if doc in held else "tuned on", " | ".join(cells)))
for h, name in ((False, "tuned on"), (True, "held out")):
    cells = ["%d/%d" % tuple(totals.get((h, i), [0, 0])) for i in range(n)]
    print("| **total %s** | | %s |" % (name, " | ".join(cells)))
cells = ["%d/%d" % (r["right"], r["total"]) for r in runs]
print("| **total** | | %s |" % " | ".join(cells))
PY
fi

[ "$forms" -gt 0 ] || exit 0

# Synthetic forms: one table, the tuning and held-out seed ranges apart,
# with each field's score and the state and Party families apart.
go build -o "$work/formgen" ./cmd/formgen
ranges=("tune:$tune_from")
[ "$held" = 0 ] || ranges+=(held:100001)
for r in "${ranges[@]}"; do
  name=${r%%:*} from=${r#*:}
  log "formgen seeds $from..$((from + forms - 1)) ($name), vidoc scan"
  t0=$(now)
  "$work/formgen" -out "$work/forms-$name" -from "$from" -to "$((from + forms))"
  "$work/vidoc" scan "$work/forms-$name" -o "$work/fout-$name" -j "$jobs" --progress json \
    >/dev/null 2>"$work/fevents-$name" || [ $? -eq 3 ] || { log "scan failed"; tail -5 "$work/fevents-$name" >&2; exit 1; }
  log "$name: $(since "$t0") s"
  FIELDS_PY="$shared/tools/fields.py" python3 scripts/fields_score.py "$work/forms-$name" "$work/fout-$name" --json >"$work/ffields-$name.json"
done
echo
python3 - "$work" <<'PY'
import json, os, sys
work = sys.argv[1]
keys = ["parent_body", "issuer", "number", "place", "date", "doc_type", "title"]
print("| synthetic forms | pages | all fields | " + " | ".join(keys) + " | state | party |")
print("|---|---|---|" + "---|" * (len(keys) + 2))
for name, label in (("tune", "tuning seeds"), ("held", "held-out seeds")):
    if not os.path.exists(os.path.join(work, "ffields-%s.json" % name)):
        continue
    r = json.load(open(os.path.join(work, "ffields-%s.json" % name)))
    per = {k: [0, 0] for k in keys}
    fam = {"state": [0, 0], "party": [0, 0]}
    for doc, res in r["docs"].items():
        exp = json.load(open(os.path.join(work, "forms-" + name, doc + ".fields.json")))
        f = exp["family"]
        for k, ok in res.items():
            per[k][0] += ok
            per[k][1] += 1
            fam[f][0] += ok
            fam[f][1] += 1
    cells = ["%d/%d" % tuple(per[k]) for k in keys] + ["%d/%d" % tuple(fam[f]) for f in ("state", "party")]
    print("| %s | %d | %d/%d (%.1f %%) | %s |" % (label, len(r["docs"]), r["right"], r["total"],
          100.0 * r["right"] / max(r["total"], 1), " | ".join(cells)))
PY
