#!/usr/bin/env python3
"""textlayer_causes.py: why the syllables `vidoc fix` gets wrong on a text layer are wrong.

usage: scripts/textlayer_causes.py [--vidoc BIN] DIR NAME...

DIR holds, for each NAME, NAME.in (a text layer: pdftotext of the pages, as
scripts/bench_textlayers.sh makes it) and NAME.truth (their transcriptions
joined). With --vidoc, NAME.out is made by `BIN fix NAME.in`; without, it
must be there. Each truth syllable the output gets wrong (vscore.py's
alignment, SHARED/tools/vscore.py) is put in one class, the first that fits:
  e case only             the output has it in other case;
  c glued in layer        the layer has no token for it, a neighbour holds its letters;
  d not held / order      the layer has no token for it otherwise;
  d order (output)        the output holds it a few tokens away, or not at all
                          (c: the decoder merged it away);
  c glued token           the layer's token has more than three letters more;
  d token unlike truth    the layer's token shares too few letters with it to be
                          its damage (a reading-order difference, mostly);
  b proposed, lost        one of the ordinary candidates (legacy damage) was it;
  b- deep pool only       only the deeper search proposes it (split by the token:
                          a syllable as written, letters only, a placeholder);
  a never a candidate     no search proposes it.
Candidates come from internal/repair's TestCandidateDump of this checkout.
Prints a Markdown table, one column per NAME; NAME.causes.txt in DIR lists
the syllables of each class (layer token, output, truth).
"""
import collections, os, subprocess, sys, tempfile, unicodedata

root = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
sys.path.insert(0, os.path.join(os.environ.get('SHARED', os.path.join(root, '..', 'shared')), 'tools'))
import vscore  # noqa: E402


def truth_map(T, H):
    """truth index -> index of the aligned hypothesis token, or None."""
    _, pairs = vscore.align(T, H)
    m, i, j = {}, 0, 0
    for t, h in pairs:
        if t is not None:
            m[i] = j if h is not None else None
            i += 1
        if h is not None:
            j += 1
    return m


def letters(s):
    s = unicodedata.normalize('NFD', s.lower()).replace('đ', 'd')
    return ''.join(c for c in s if unicodedata.category(c)[0] == 'L' or c.isdigit())


def main(argv):
    vidoc = None
    if argv[:1] == ['--vidoc']:
        vidoc, argv = argv[1], argv[2:]
    d, names = argv[0], argv[1:]
    rows = []
    for b in names:
        p = os.path.join(d, b)
        if vidoc:
            with open(p + '.out', 'w') as f:
                subprocess.run([vidoc, 'fix', p + '.in'], stdout=f, stderr=subprocess.DEVNULL, check=True)
        T, I, O = (vscore.tokens(open(p + x, encoding='utf-8').read()) for x in ('.truth', '.in', '.out'))
        mi, mo = truth_map(T, I), truth_map(T, O)
        for k, t in enumerate(T):
            if not any(c.isalpha() for c in t):
                continue
            h = O[mo[k]] if mo[k] is not None else None
            if h is not None and vscore.eq(t, h):
                continue
            rows.append((b, k, t, I[mi[k]] if mi[k] is not None else None, h, I, O, mi, mo))
    with tempfile.TemporaryDirectory() as tmp:
        words = os.path.join(tmp, 'words'), os.path.join(tmp, 'cands')
        with open(words[0], 'w', encoding='utf-8') as f:
            f.write(''.join(w + '\n' for w in sorted({r[3] for r in rows if r[3]})))
        env = dict(os.environ, CANDIDATE_DUMP_IN=words[0], CANDIDATE_DUMP_OUT=words[1])
        subprocess.run(['go', 'test', '-count=1', '-run', '^TestCandidateDump$', './internal/repair/'],
                       cwd=root, env=env, check=True, capture_output=True)
        cand = {}
        for line in open(words[1], encoding='utf-8'):
            w, a, dp = line.rstrip('\n').split('\t')
            cand[w] = (set(a.split()), set(dp.split()))
    per, examples = collections.defaultdict(collections.Counter), collections.defaultdict(list)
    for b, k, t, obs, h, I, O, mi, mo in rows:
        tl = t.split('|')[0].lower()
        at = mo.get(k - 1) or 0
        near = O[max(0, at - 4):at + 6]
        if h is not None and h.lower() == tl:
            c = 'e case only'
        elif obs is None:
            ctx = [I[x] for x in (mi.get(k - 1), mi.get(k + 1)) if x is not None]
            if any(letters(tl) and letters(tl) in letters(x) and len(letters(x)) > len(letters(tl)) + 1 for x in ctx):
                c = 'c glued in layer'
            else:
                c = 'd not held / order'
        elif t in near:
            c = 'd order (output)'
        elif h is None:
            c = 'c merged away by the decoder'
        elif len(letters(obs)) > len(letters(tl)) + 3:
            c = 'c glued token'
        elif vscore.lev(letters(obs), letters(tl)) > 0.6 * max(len(letters(obs)), len(letters(tl)), 1):
            c = 'd token unlike truth (order)'
        else:
            plain, deep = cand.get(obs, (set(), set()))
            if tl in plain:
                c = 'b proposed, lost to LM/channel'
            elif tl in deep and obs.lower() in plain:
                c = 'b- deep pool only: token a syllable as written'
            elif tl in deep and all(ch.isalpha() for ch in obs):
                c = 'b- deep pool only: letters only'
            elif tl in deep:
                c = 'b- deep pool only: placeholder'
            else:
                c = 'a never a candidate'
        per[c][b] += 1
        examples[b].append((c, obs, h, t))
    print('| cause | ' + ' | '.join(names) + ' | all |')
    print('|---|' + '---:|' * (len(names) + 1))
    for c in sorted(per):
        print('| %s | %s | %d |' % (c, ' | '.join(str(per[c][b]) for b in names), sum(per[c].values())))
    for b in names:
        with open(os.path.join(d, b + '.causes.txt'), 'w', encoding='utf-8') as f:
            for e in sorted(examples[b], key=repr):
                f.write('%s\t%r\t%r\t%r\n' % e)


if __name__ == '__main__':
    main(sys.argv[1:])
