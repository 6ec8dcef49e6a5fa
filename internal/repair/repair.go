package repair

import (
	"context"
	"fmt"
	"slices"
	"strings"
	"sync"
	"unicode"
	"unicode/utf8"

	"github.com/vidoc/vidoc/internal/errmodel"
	"github.com/vidoc/vidoc/internal/ocrchan"
	"github.com/vidoc/vidoc/internal/token"
	"github.com/vidoc/vidoc/internal/viet"
)

// Options tune a Repairer. The zero value is ready to use.
type Options struct {
	// MinConfidence leaves a token as it was when the repairer's confidence
	// in its replacement is below this (0–1); the change is still reported,
	// with Kept set.
	MinConfidence float64
	// ToneStyle rewrites the output's oa/oe/uy tones: "keep" (default),
	// "old" (hòa, ủy) or "new" (hoà, uỷ).
	ToneStyle string
	// Damage forces one kind of damage ("clean", "stripped", "legacy"),
	// and so the error model learnt for it, instead of choosing for each
	// block the kind that explains it best.
	Damage string
	// Beam is the number of paths kept per token (default 5, 12 for
	// legacy damage).
	Beam int
	// TextOnly is for callers that want the repaired text and not the
	// confidence of each change: Stream then skips computing them (a
	// third of the time on stripped text) and reports every change with
	// confidence 1. MinConfidence needs confidences and overrides it.
	TextOnly bool
	// Workers is how many blocks Stream repairs at once (default 1).
	Workers int
	// AltWeights mix the OCR's channel of a word with the error model
	// (RepairWords, StreamWords); FittedAltWeights when nil. Refitting
	// sets them.
	AltWeights *AltWeights
	// SureLogOdds is, per sureness cell (SureCell), the log-odds that a
	// word Tesseract read so surely is right; FittedSureLogOdds when nil.
	// Refitting (fit_alts.go) sets it.
	SureLogOdds []float32
	// GlyphVeto is how surely a word must have been read for no rule to
	// rewrite it into a spelling its glyphs did not offer (glyphveto.go);
	// FittedGlyphVeto when nil, a zero value vetoes nothing.
	GlyphVeto *GlyphVeto
}

// OptionError reports a bad Options value.
type OptionError struct{ Err error }

func (e *OptionError) Error() string { return "repair: " + e.Err.Error() }
func (e *OptionError) Unwrap() error { return e.Err }

// Change is one replacement the repairer made (or, with Kept, considered).
type Change struct {
	Original    string  `json:"original"`
	Replacement string  `json:"replacement"`
	Offset      int     `json:"offset"` // byte offset of Original in the input
	Line        int     `json:"line"`   // 1-based line of Original
	Confidence  float64 `json:"confidence"`
	Kept        bool    `json:"kept,omitempty"` // below MinConfidence, or Vetoed: the original was left
	// Vetoed says the OCR read the word so surely, and its glyphs offered
	// no such spelling, that the change was not made (glyphveto.go).
	Vetoed bool `json:"vetoed,omitempty"`
	// Why says what decided the change; only a repairer from Explaining
	// fills it.
	Why *Why `json:"-"`
}

// Result is the repaired text and what changed.
type Result struct {
	Text    string
	Changes []Change
	// Damage names the kind of damage found in (or forced on) each block
	// of lines.
	Damage []string
}

// Repairer repairs text. It is safe for concurrent use; its caches are shared.
type Repairer struct {
	lm       langModel
	finder   pathFinder
	channels *errmodel.Model
	codes    *codeRepairer
	trie     *trie
	syl      []string // trie word index → syllable
	sylID    []int32  // trie word index → LM id
	opts     Options
	// explain fills each Change's Why (Explaining).
	explain bool
	params  decoderParams
	style   viet.ToneStyle
	unk     int32
	// docCase: whether the document's engine knows case, as its
	// adaptation sample showed (midcapital.go); unknown without one.
	docCase caseEvidence

	cache *candidateCache
}

// candidateCache keeps the candidates of observed strings: documents
// repeat their words, and the search is the costly part of a token.
type candidateCache struct {
	mu sync.RWMutex
	m  map[cacheKey][]candidate
}

type cacheKey struct {
	channel string
	obs     string
	lim     searchLimits
}

// maxCache bounds the candidate cache (about 20 MB when full), so memory
// stays flat whatever the input size.
const maxCache = 1 << 16

// newRepairer builds a Repairer over explicit models.
func newRepairer(lm langModel, cs *errmodel.Model, opts Options) (*Repairer, error) {
	words, ids := lm.Syllables()
	base := &Repairer{
		lm: lm, finder: lm.pathFinder(), channels: cs, codes: &codeRepairer{parts: cs.CodeParts},
		trie: newTrie(words), syl: words, sylID: ids, params: defaultParams,
		unk: lm.Unknown(), cache: &candidateCache{m: map[cacheKey][]candidate{}},
	}
	return base.withOptions(opts)
}

// withOptions returns a Repairer sharing r's models and cache with opts.
func (r *Repairer) withOptions(opts Options) (*Repairer, error) {
	style, err := viet.ParseToneStyle(orDefault(opts.ToneStyle, "keep"))
	if err != nil {
		return nil, &OptionError{err}
	}
	if opts.Damage != "" && r.channels.Get(opts.Damage) == nil {
		return nil, &OptionError{fmt.Errorf("no kind of damage %q (have clean, stripped, legacy)", opts.Damage)}
	}
	if opts.MinConfidence < 0 || opts.MinConfidence > 1 {
		return nil, &OptionError{fmt.Errorf("min confidence %g outside 0–1", opts.MinConfidence)}
	}
	c := &Repairer{lm: r.lm, finder: r.finder, channels: r.channels, codes: r.codes, trie: r.trie,
		syl: r.syl, sylID: r.sylID, params: r.params, unk: r.unk, cache: r.cache, opts: opts, style: style}
	if opts.Beam > 0 {
		c.params.beam = opts.Beam
	}
	return c, nil
}

// withModel returns a Repairer like r decoding with the error model cs, with
// a candidate cache of its own: the cache is keyed by channel name, and an
// adapted channel keeps its base's name.
func (r *Repairer) withModel(cs *errmodel.Model) *Repairer {
	c := *r
	c.channels = cs
	c.cache = &candidateCache{m: map[cacheKey][]candidate{}}
	return &c
}

// RepairText is Repair for callers that want the text and the number of
// changes only (the batch runner).
func (r *Repairer) RepairText(ctx context.Context, text string) (string, int, error) {
	return r.RepairTextWords(ctx, text, nil)
}

// RepairTextWords is RepairText listening to the OCR's channel of the
// text's words, as RepairWords does (the batch runner's path for OCR read
// with alternatives).
func (r *Repairer) RepairTextWords(ctx context.Context, text string, words []ocrchan.Placed) (string, int, error) {
	if err := checkWords(text, words); err != nil {
		return "", 0, err
	}
	res, err := r.repair(ctx, text, false, words)
	if err != nil {
		return "", 0, err
	}
	n := 0
	for _, c := range res.Changes {
		if !c.Kept {
			n++
		}
	}
	return res.Text, n, nil
}

func orDefault(s, d string) string {
	if s == "" {
		return d
	}
	return s
}

// blockLines is how many lines share one choice of error model and one
// decoding pass.
const blockLines = 40

// Repair repairs text. Line structure is kept: only tokens change.
func (r *Repairer) Repair(ctx context.Context, text string) (Result, error) {
	return r.repair(ctx, text, true, nil)
}

// RepairWords is Repair of text the OCR printed, listening to the OCR's
// channel of its words (sorted by Start, spans in text; see WordChannel).
// Without words it is Repair.
func (r *Repairer) RepairWords(ctx context.Context, text string, words []ocrchan.Placed) (Result, error) {
	if err := checkWords(text, words); err != nil {
		return Result{}, err
	}
	return r.repair(ctx, text, true, words)
}

// repair is Repair; without withConfidence, changes get no confidence
// unless MinConfidence needs one (the batch runner's fast path). words are
// the OCR's channels of text's words, if any.
func (r *Repairer) repair(ctx context.Context, text string, withConfidence bool, words []ocrchan.Placed) (Result, error) {
	withConfidence = withConfidence || r.opts.MinConfidence > 0
	if !utf8.ValidString(text) {
		return Result{}, fmt.Errorf("repair: input is not valid UTF-8")
	}
	var res Result
	var out strings.Builder
	out.Grow(len(text))
	line := 1
	caseUnsure := r.docCase == caseUnreliable || r.docCase == caseUnknown && unsureCase(text)
	for start := 0; start < len(text); {
		if err := ctx.Err(); err != nil {
			return Result{}, err
		}
		end := start
		for n := 0; n < blockLines && end < len(text); n++ {
			if k := strings.IndexByte(text[end:], '\n'); k >= 0 {
				end += k + 1
			} else {
				end = len(text)
			}
		}
		block := text[start:end]
		var bw []ocrchan.Placed
		bw, words = wordsIn(words, start, end)
		fixed, changes, ch := r.repairBlock(block, withConfidence, bw, caseUnsure)
		for i := range changes {
			changes[i].Offset += start
			changes[i].Line += line
		}
		res.Changes = append(res.Changes, changes...)
		res.Damage = append(res.Damage, ch)
		out.WriteString(fixed)
		line += strings.Count(block, "\n")
		start = end
	}
	res.Text = out.String()
	if r.style != viet.StyleKeep {
		res.Text = viet.ConvertTone(res.Text, r.style)
	}
	return res, nil
}

// repairBlock decodes one block; change lines are 0-based within it.
// words are the OCR's channels of the block's words, relative to it.
// caseUnsure: the whole text shows an engine that does not know case
// (unsureCase).
func (r *Repairer) repairBlock(text string, withConfidence bool, words []ocrchan.Placed, caseUnsure bool) (string, []Change, string) {
	slots := slotsOf(text)
	slots = joinSplitCodes(text, slots)
	slots = markListMarkers(text, slots)
	slots = markInsertedLabels(text, slots)
	slots = markLabelSeries(text, slots)
	slots = r.markForeignNames(text, slots, words)
	upperLines := linesInCapitals(text, slots)
	slots = withBoundaries(text, slots, upperLines)
	ch := r.chooseChannel(text, slots)
	if ch.Name != errmodel.Clean {
		slots = splitListNumbers(text, slots)
		spaceAfterGluedPunct(text, slots)
	}
	arcs := make([][]arc, len(slots))
	dists := slotChannels(text, slots, words, r.sureLogOdds())
	var errArcs [][]arc // the arcs before the OCR channels, for Why
	if r.explain {
		errArcs = make([][]arc, len(slots))
	}
	budget := newDeepBudget(len(slots))
	for i := range slots {
		slots[i].capsLine = upperLines[slots[i].line]
		arcs[i] = r.arcsFor(text, slots, i, ch, &budget)
		if errArcs != nil {
			errArcs[i] = slices.Clone(arcs[i])
		}
		if dists != nil && dists[i] != nil {
			arcs[i] = r.withAlts(arcs[i], dists[i], r.altWeights())
		}
	}
	params := r.params
	if r.opts.Beam == 0 {
		switch ch.Name {
		case errmodel.Legacy:
			params.beam = max(params.beam, legacyBeam)
		case errmodel.Stripped:
			params.beam = max(params.beam, strippedBeam)
		}
	}
	path := r.finder.decode(arcs, params)
	// The unit sequence of the path, for confidences.
	var seq []placed
	for i, a := range path {
		if a != nil {
			seq = append(seq, placed{i, a.lmUnits(), a.reset})
		}
	}
	var changes []Change
	var b strings.Builder
	last := 0
	for k, p := range seq {
		a := path[p.slot]
		s := slots[p.slot]
		end := slots[p.slot+a.span-1].end
		orig := text[s.start:end]
		var around [2]string // the readings of the words before and after, for madeUpCapital
		if k > 0 && seq[k-1].slot+path[seq[k-1].slot].span == p.slot && slots[seq[k-1].slot].kind == slotWord {
			around[0] = path[seq[k-1].slot].text
		}
		if j := p.slot + a.span; j < len(path) && path[j] != nil && slots[j].kind == slotWord {
			around[1] = path[j].text
		}
		repl, rule := r.render(text, slots, p.slot, a, upperLines, caseUnsure && ch.Name == errmodel.Legacy, around)
		if repl == orig && !s.spaceBefore {
			continue
		}
		if s.spaceBefore {
			repl = " " + repl
		}
		conf := 1.0
		if s.kind == slotWord && withConfidence {
			conf = r.confidence(seq, k, arcs[p.slot], a)
		}
		c := Change{Original: orig, Replacement: repl, Offset: s.start, Line: strings.Count(text[:s.start], "\n"), Confidence: conf}
		if errArcs != nil {
			c.Why = r.why(seq, k, arcs[p.slot], errArcs[p.slot], a, normalizeObserved(orig), rule, dists != nil && dists[p.slot] != nil)
		}
		var d *altDist
		if dists != nil {
			d = dists[p.slot]
		}
		if r.vetoed(text, words, s.start, end, repl) {
			c.Kept, c.Vetoed = true, true
		} else if conf < r.opts.MinConfidence || r.garbledHold(text, slots, p.slot, a, repl, ch, d) {
			c.Kept = true
		} else {
			b.WriteString(text[last:s.start])
			b.WriteString(repl)
			last = end
		}
		changes = append(changes, c)
	}
	b.WriteString(text[last:])
	return b.String(), changes, ch.Name
}

// legacyBeam is the beam for blocks with the legacy kind of damage: there
// a word often has a dozen readings of like channel cost ("phn": phân,
// phần, phồn…) and only the next words tell them apart, so a narrow beam
// drops the right one before its context arrives ("phồn vinh").
const legacyBeam = 12

// strippedBeam is the beam for blocks without diacritics, for the same
// reason on a smaller scale: "xã tdi thiéu" has tới, tại, tái, tội, tài
// before tối, and a beam of 5 drops tối before "thiểu" comes to demand it.
const strippedBeam = 7

// placed is an arc of the best path with the slot it starts at.
type placed struct {
	slot  int
	units [3]int32
	reset bool // a sentence starts after the arc (arc.reset)
}

// confidence of the k-th arc of the path: its posterior among its slot's
// arcs, given three units before and two after.
func (r *Repairer) confidence(seq []placed, k int, arcs []arc, a *arc) float64 {
	before, next := contextOf(seq, k)
	return r.finder.confidence(arcs, a, before, next, r.params)
}

// contextOf is the context of the k-th arc of the path: three units
// before it and two after.
func contextOf(seq []placed, k int) (before, next []int32) {
	for j := max(0, k-3); j < k; j++ {
		for _, u := range seq[j].units {
			if u >= 0 {
				before = append(before, u)
			}
		}
	}
	for j := k + 1; j < len(seq) && len(next) < 2; j++ {
		for _, u := range seq[j].units {
			if u >= 0 && len(next) < 2 {
				next = append(next, u)
			}
		}
	}
	return before, next
}

// render writes arc a over the observed slots it covers, in their case,
// and names the rule that wrote it (Why.Rule). caseUnsure: the block's
// damage is the legacy kind and the text's words show an engine that
// confuses look-alike capitals with small letters (madeUpCapital); around
// holds the readings of the words right before and after, if they are
// words.
func (r *Repairer) render(text string, slots []slot, i int, a *arc, upperLines map[int]bool, caseUnsure bool, around [2]string) (string, string) {
	s := slots[i]
	orig := text[s.start:slots[i+a.span-1].end]
	if a.span == 1 && !a.keep && s.kind == slotWord && !upperLines[s.line] && viet.CleanCaseOf(orig) == viet.CaseUpper && utf8.RuneCountInString(orig) <= 2 && normalizeObserved(orig) != a.text {
		// "BO Quốc phòng": a short word in capitals on a line that is not
		// is a capitalised word whose second letter OCR read as a capital.
		return viet.RaiseCase(a.text, viet.CaseTitle), "short capitals"
	}
	if a.span == 1 && !a.keep && s.kind == slotWord && upperLines[s.line] && viet.CleanCaseOf(orig) == viet.CaseTitle && utf8.RuneCountInString(orig) == 2 && normalizeObserved(orig) != a.text {
		// "Úy BAN NHÂN DÂN": the other way round, a damaged two-letter
		// word on a heading in capitals is in capitals too.
		return viet.RaiseCase(a.text, viet.CaseUpper), "heading capitals"
	}
	switch {
	case a.glued > 0:
		return r.renderGlued(orig, a, upperLines[s.line]), "glued"
	case s.kind == slotCode:
		return a.text, "code"
	case s.kind == slotFixed && a.text != "" && a.units[0] == r.unitID(token.UnitDate):
		return a.text, "slash read as 1"
	case a.keep && s.kind == slotWord:
		// The Icelandic Ð that OCR writes for Đ is no Vietnamese letter,
		// even in a word kept as it is (HÐND).
		return ethToStrokedD.Replace(orig), "kept"
	case a.keep || s.kind == slotFixed && a.text == "":
		return orig, "kept"
	case a.span == 1 && ocrCapital(text, slots, i, a.text, upperLines[s.line]):
		return a.text, "ocrCapital"
	case a.span == 1 && caselessAlone(text, slots, i, upperLines):
		return a.text, "caselessAlone"
	case a.span == 1 && caseUnsure && madeUpCapital(text, slots, i, a.text, around, upperLines):
		return a.text, "madeUpCapital"
	}
	if a.span == 2 {
		return viet.RaiseCase(a.text, viet.CleanCaseOf(text[s.start:s.end])), "merge"
	}
	if strings.IndexByte(a.text, ' ') > 0 {
		return splitCase(a.text, orig), "split"
	}
	return r.caseLike(a.text, orig, upperLines[s.line]), "token's case"
}

// splitCase writes a split (syllables joined by spaces) over the token it
// was read from: each syllable takes the case of its part of the token,
// cut where the letters are in the same proportion.
func splitCase(text, orig string) string {
	parts := strings.Split(text, " ")
	total := 0
	for _, p := range parts {
		total += utf8.RuneCountInString(p)
	}
	rs := []rune(orig)
	out := make([]string, len(parts))
	from, seen := 0, 0
	for k, p := range parts {
		seen += utf8.RuneCountInString(p)
		to := len(rs)
		if k < len(parts)-1 {
			// Each part keeps at least one rune, and leaves one to each
			// part after it.
			to = min(max(from+1, min(len(rs)*seen/total, len(rs)-(len(parts)-1-k))), len(rs))
		}
		out[k] = viet.RaiseCase(p, viet.CleanCaseOf(string(rs[from:to])))
		from = to
	}
	return strings.Join(out, " ")
}

// caseLike writes the syllable text over the observed token orig: orig as
// it is when it was right, else text in orig's case.
func (r *Repairer) caseLike(text, orig string, upperLine bool) string {
	if unit := normalizeObserved(orig); unit == text && !innerCapital(orig) {
		// The token was right: keep its own spelling (tone placement,
		// capitals) untouched.
		return orig
	}
	if rest, ok := strings.CutPrefix(orig, "I"); ok && rest != "" && (strings.HasPrefix(text, "l") || strings.HasPrefix(text, "k") && strings.HasPrefix(rest, "c")) {
		// "Iuc" for "lực": the I was a small l, of the same shape in
		// sans-serif type, and says nothing of the case; so was it in
		// "Icy" for "ký", where it is the stem of a k drawn apart.
		orig = "l" + rest
	}
	return viet.RaiseCase(text, caseIn(orig, upperLine))
}

var ethToStrokedD = strings.NewReplacer("Ð", "Đ", "ð", "đ")

// caseIn reads the case of a token on its line. A token in mixed case
// ("xA", "VÔi", "KhOACH") has random capitals from the OCR: it takes the
// case of its line, capitals on a heading in capitals, else small letters
// after a capital first letter if it has one. On a line in capitals, a
// capitalised word with more small letters than capitals after its first
// ("PhOng" beside codes in capitals) is capitalised: a capital the OCR
// wrote for a marked vowel is one letter, while the small letters were
// read small.
func caseIn(w string, capsLine bool) viet.Case {
	switch {
	case !innerCapital(w):
		return viet.CleanCaseOf(w)
	case capsLine && mostlySmall(w):
		return viet.CaseTitle
	case capsLine:
		return viet.CaseUpper
	}
	if r, _ := utf8.DecodeRuneInString(w); unicode.IsUpper(r) {
		return viet.CaseTitle
	}
	return viet.CaseLower
}

// mostlySmall reports a word that starts with a capital and has more small
// letters than capitals after it.
func mostlySmall(w string) bool {
	first, upper, lower := true, 0, 0
	for _, r := range w {
		switch {
		case !unicode.IsLetter(r):
			continue
		case first:
			if !unicode.IsUpper(r) {
				return false
			}
		case unicode.IsUpper(r):
			upper++
		default:
			lower++
		}
		first = false
	}
	return lower > upper
}

// linesInCapitals reports the lines whose words are mostly in capitals
// (headings), where a short word in capitals is meant so. A line of one
// word whose case OCR cannot see (caselessWord) is no evidence of one, nor
// is a word in mixed case.
func linesInCapitals(text string, slots []slot) map[int]bool {
	upper := map[int]int{}
	words := map[int]int{}
	caseless := map[int]bool{}
	// A word in mixed case ("DQc", "IfP": a mark or a small l read as a
	// capital) has its capitals from the OCR: it says nothing of its
	// line's case where words in a clean case do.
	mixedUpper := map[int]int{}
	mixed := map[int]int{}
	for _, s := range slots {
		w := text[s.start:s.end]
		if s.kind != slotWord || utf8.RuneCountInString(w) < 2 {
			continue
		}
		isUpper := viet.CleanCaseOf(w) == viet.CaseUpper
		if innerCapital(w) {
			mixed[s.line]++
			if isUpper {
				mixedUpper[s.line]++
			}
			continue
		}
		words[s.line]++
		caseless[s.line] = caselessWord(w)
		if isUpper {
			upper[s.line]++
		}
	}
	out := map[int]bool{}
	for l, n := range mixed {
		if words[l] == 0 && mixedUpper[l]*2 >= n {
			out[l] = true
		}
	}
	for l, n := range words {
		if upper[l]*2 >= n && !(n == 1 && caseless[l]) {
			out[l] = true
		}
	}
	return out
}

// caselessWord reports a word whose letters all have capitals that are the
// small letters drawn larger (VỤ, CỦA, SỞ): OCR cannot see its case when
// nothing else on the line shows the x-height.
func caselessWord(w string) bool {
	for _, c := range w {
		if !strings.ContainsRune("cosuvwxz", viet.BaseLetter(c)) {
			return false
		}
	}
	return true
}

// innerCapital reports a capital after the first letter in a word that is
// not all capitals ("chInh"): OCR noise to fix.
func innerCapital(w string) bool {
	first := true
	lower := false
	inner := false
	for _, r := range w {
		if !unicode.IsLetter(r) {
			continue
		}
		if !first && unicode.IsUpper(r) {
			inner = true
		}
		if unicode.IsLower(r) {
			lower = true
		}
		first = false
	}
	return inner && lower
}

// normalizeObserved maps an observed word to the form the inventory uses:
// lowercase, NFC, old-style tone placement.
func normalizeObserved(w string) string {
	if utf8.RuneCountInString(w) < 2 {
		// One letter has no tone placement to move (and token's mover
		// wants at least two).
		return viet.Lower(w)
	}
	return string(token.AppendWordUnit(nil, w))
}

// joinSplitCodes joins a code split after its dash ("28- CT/TW") into one
// code slot whose replacement drops the space.
func joinSplitCodes(text string, slots []slot) []slot {
	out := slots[:0:0]
	for i := 0; i < len(slots); i++ {
		s := slots[i]
		if i+2 < len(slots) && s.kind == slotFixed && s.unit == token.UnitNumber &&
			slots[i+1].kind == slotFixed && text[slots[i+1].start:slots[i+1].end] == "-" &&
			slots[i+1].start == s.end && slots[i+2].kind == slotCode && slots[i+2].line == s.line &&
			strings.TrimSpace(text[slots[i+1].end:slots[i+2].start]) == "" && slots[i+2].start > slots[i+1].end {
			c := slots[i+2]
			out = append(out, slot{start: s.start, end: c.end, kind: slotCode, unit: token.UnitCode, line: s.line,
				repl: text[s.start:slots[i+1].end] + text[c.start:c.end]})
			i += 2
			continue
		}
		out = append(out, s)
	}
	return out
}

// smallWords are function words (prepositions, conjunctions, plural and
// adverbial markers) whose first letter's capital is the small letter
// drawn larger: no title or name starts with them, so capitalised in the
// middle of a sentence they are OCR noise ("mầm non Cho trẻ em").
var smallWords = map[string]bool{
	"cho": true, "của": true, "các": true, "cũng": true, "cùng": true, "còn": true, "cả": true,
	"với": true, "và": true, "vào": true, "vì": true, "vẫn": true, "vừa": true, "sẽ": true, "sau": true,
}

// ocrCapital reports a capital first letter the OCR made up: the word,
// read as the function word w, is capitalised right after a word ending in
// a small letter, and the next word is not capitalised (which would make a
// name of both). OCR tells C, O, S, U, V, W, X, Z from c, o, s, u, v, w,
// x, z by size alone and gets it wrong on worn pages.
func ocrCapital(text string, slots []slot, i int, w string, capsLine bool) bool {
	s := slots[i]
	orig := text[s.start:s.end]
	if s.kind != slotWord || i == 0 || caseIn(orig, capsLine) != viet.CaseTitle || utf8.RuneCountInString(orig) < 2 || !smallWords[w] {
		return false
	}
	p := slots[i-1]
	if p.kind != slotWord || p.line != s.line {
		return false
	}
	last, _ := utf8.DecodeLastRuneInString(text[p.start:p.end])
	if !unicode.IsLower(last) || opensDocName(text, slots, i) || afterDamagedMarker(text, slots, i) {
		return false
	}
	// A capital next word makes a name of both ("Cần Thơ").
	if i+1 < len(slots) && slots[i+1].kind == slotWord && slots[i+1].line == s.line {
		if c := viet.CleanCaseOf(text[slots[i+1].start:slots[i+1].end]); c != viet.CaseLower && c != viet.CaseNone {
			return false
		}
	}
	return true
}

// caselessAlone reports a word in capitals alone on its line whose letters
// all have capitals that are the small letters drawn larger (VỤ, CỦA, SỞ):
// with no other letter on the line to show the x-height, OCR cannot tell
// their case, and Tesseract reads them as capitals. When the line carries
// on a sentence from a line not in capitals ("…của Bộ Nội" / "VỤ;"), the
// word is in small letters.
func caselessAlone(text string, slots []slot, i int, upperLines map[int]bool) bool {
	s := slots[i]
	w := text[s.start:s.end]
	if s.kind != slotWord || i == 0 || viet.CleanCaseOf(w) != viet.CaseUpper {
		return false
	}
	if !caselessWord(w) {
		return false
	}
	for k := i - 1; k >= 0 && slots[k].line == s.line; k-- {
		if hasLetter(text[slots[k].start:slots[k].end]) {
			return false
		}
	}
	for k := i + 1; k < len(slots) && slots[k].line == s.line; k++ {
		if hasLetter(text[slots[k].start:slots[k].end]) {
			return false
		}
	}
	p := slots[i-1] // a boundary slot here means the sentence ended
	if p.kind != slotWord || p.line != s.line-1 || upperLines[p.line] {
		return false
	}
	last, _ := utf8.DecodeLastRuneInString(text[p.start:p.end])
	return unicode.IsLower(last)
}
