//go:build ignore

// fit_alts.go fits the weights that mix the OCR's channel of a word with
// the error model (repair.AltWeights) on training pages: a coordinate
// search over a grid of each weight in turn, keeping the value that puts
// the most syllables right after repair, until a round changes nothing.
// Each page is repaired as `vidoc fix` repairs vidoc's OCR JSON: the
// repairer adapts to the page's text, then decodes it with the channels.
//
//	go run ./internal/repair/fit_alts.go DIR [REAL]
//
// DIR holds NAME.truth.txt and NAME.jsonl (`vidoc ocr --format json
// --alternatives` of the page image) for each training page;
// scripts/fit_alternatives.sh makes them from ../shared/corpus and runs
// this. It prints the search and, last, the fitted weights. REAL, a folder
// of the same files for pages of real scans (the tuning documents, never
// the held-out ones), is scored alongside each weight tried, never fitted
// on: whether what the training pages choose carries over to real scans.
//
//	go run ./internal/repair/fit_alts.go -harm DIR [REAL]
//
// lists instead every change repair makes to DIR's pages (and REAL's,
// totalled apart), text-only and
// with the fitted weights (or FIT_WEIGHTS=Err,OCR,Miss,Alt,Keep,Len,Floor):
// whether the OCR's word was right before and after, the kind of change
// (case, marks, join/split, letters) and how surely Tesseract read it;
// under each harm (a word the OCR read right, made wrong) its context,
// its glyphs' choices with their confidences and what decided it
// (repair.Why: the rule that wrote it, the channel's and the language
// model's log-probabilities of the reading and of the printed word).
// FIT_WHY=1 says the same under every change.
//
//	go run ./internal/repair/fit_alts.go -veto DIR [REAL]
//
// calibrates the glyph veto (runVeto) on DIR's pages and REAL's, and
//
//	go run ./internal/repair/fit_alts.go -sure DIR
//
// prints the sureness calibration (calibrate) of DIR's pages alone: how
// often a word read so surely is right there, real scans against
// rendered pages.
package main

import (
	"context"
	"encoding/json"
	"fmt"
	"math"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"sync"
	"unicode"

	"github.com/vidoc/vidoc/internal/editdist"
	"github.com/vidoc/vidoc/internal/eval"
	"github.com/vidoc/vidoc/internal/ocrchan"
	"github.com/vidoc/vidoc/internal/repair"
	"github.com/vidoc/vidoc/internal/viet"
)

type page struct {
	name, truth, text string
	words             []ocrchan.Placed
	glyphs            map[int]ocrchan.Printed // each word's glyphs' choices by its Start, for -harm
	ocrRight          int                     // syllables the OCR read right
	adapted           *repair.Repairer        // the repairer adapted to the page's text
}

func main() {
	args := os.Args[1:]
	harmOnly := len(args) > 0 && args[0] == "-harm"
	vetoOnly := len(args) > 0 && args[0] == "-veto"
	sureOnly := len(args) > 0 && args[0] == "-sure"
	if harmOnly || vetoOnly || sureOnly {
		args = args[1:]
	}
	if len(args) < 1 || len(args) > 2 {
		fmt.Fprintln(os.Stderr, "usage: go run fit_alts.go [-harm|-veto] DIR [REAL]")
		os.Exit(2)
	}
	var err error
	switch {
	case harmOnly:
		err = runHarm(args)
	case vetoOnly:
		err = runVeto(args)
	case sureOnly:
		var pages []page
		if pages, err = load(args[0]); err == nil {
			calibrate(pages)
		}
	default:
		err = run(args[0], args[1:])
	}
	if err != nil {
		fmt.Fprintln(os.Stderr, "fit_alts:", err)
		os.Exit(1)
	}
}

// run fits the weights on the pages of dir; the pages of real scans in
// realDir[0] (the tuning documents), if given, are scored alongside, never
// fitted on.
func run(dir string, realDir []string) error {
	pages, err := load(dir)
	if err != nil {
		return err
	}
	var real []page
	if len(realDir) > 0 {
		if real, err = load(realDir[0]); err != nil {
			return err
		}
		if err := adaptAll(real); err != nil {
			return err
		}
		for i, p := range real {
			real[i].ocrRight = eval.Compare(p.truth, p.text).Correct
		}
	}
	fmt.Printf("%d training pages from %s\n", len(pages), dir)
	var ocrTotal eval.Result
	for i, p := range pages {
		res := eval.Compare(p.truth, p.text)
		pages[i].ocrRight = res.Correct
		ocrTotal = eval.Sum(ocrTotal, res)
	}
	sure := calibrate(pages)
	if err := adaptAll(pages); err != nil {
		return err
	}
	base, err := score(pages, nil, nil)
	if err != nil {
		return err
	}
	fmt.Printf("OCR input: %d of %d syllables right; text-only repair: %d (%d pages below their OCR input)\n", ocrTotal.Correct, ocrTotal.Words, base.right, base.below)
	grid := [7][]float32{
		{0, 0.1, 0.25, 0.5, 0.75, 1, 1.25}, // Err
		{0, 0.25, 0.5, 1, 1.5, 2, 3},       // OCR
		{0, 1, 2, 4, 8},                    // Miss
		{-2, -4, -6, -8, -12, -16, -24},    // Alt
		{0, 0.25, 0.5, 1, 1.5, 2, 3, 4},    // Keep
		{0, 1, 2, 4, 8},                    // Len
		{0, -1, -2, -3, -4, -6, -8},        // Floor
	}
	names := [7]string{"Err", "OCR", "Miss", "Alt", "Keep", "Len", "Floor"}
	cur := [7]float32{1, 0.25, 2, -16, 0.25, 0, -2} // the weights in use; ties keep them
	// both scores weights on the training pages, the objective, and on
	// the real scans if given, to see whether the fit carries over.
	both := func(w *[7]float32) (train, onReal outcome, err error) {
		if train, err = score(pages, w, sure); err != nil {
			return
		}
		if real != nil {
			onReal, err = score(real, w, sure)
		}
		return
	}
	best, _, err := both(&cur)
	if err != nil {
		return err
	}
	fmt.Printf("start %v: %v\n", cur, best)
	if real != nil {
		rb, err := score(real, nil, nil)
		if err != nil {
			return err
		}
		fmt.Printf("real scans (scored, not fitted on): text-only %v\n", rb)
	}
	for round := 1; round <= 3; round++ {
		changed := false
		for k := range grid {
			for _, v := range grid[k] {
				if v == cur[k] {
					continue
				}
				try := cur
				try[k] = v
				n, re, err := both(&try)
				if err != nil {
					return err
				}
				fmt.Printf("round %d %s=%g %v: %v", round, names[k], v, try, n)
				if real != nil {
					fmt.Printf("; real scans: %v", re)
				}
				fmt.Println()
				if n.better(best) {
					best, cur, changed = n, try, true
				}
			}
		}
		if !changed {
			break
		}
	}
	if err := report(pages, cur, sure); err != nil {
		return err
	}
	train, onReal, err := both(&cur)
	if err != nil {
		return err
	}
	fmt.Printf("fitted: %d of %d syllables right, %d pages below their OCR input (text-only %d, OCR %d)\n",
		train.right, ocrTotal.Words, train.below, base.right, ocrTotal.Correct)
	if real != nil {
		if err := report(real, cur, sure); err != nil {
			return err
		}
		fmt.Printf("real scans: %v\n", onReal)
	}
	fmt.Printf("var FittedAltWeights = AltWeights{Err: %g, OCR: %g, Miss: %g, Alt: %g, Keep: %g, Len: %g, Floor: %g}\n", cur[0], cur[1], cur[2], cur[3], cur[4], cur[5], cur[6])
	fmt.Printf("var FittedSureLogOdds = []float32{")
	for i, v := range sure {
		if i > 0 {
			fmt.Print(", ")
		}
		fmt.Printf("%.2f", v)
	}
	fmt.Println("}")
	return nil
}

// outcome is a score of the weights on the pages: first the syllables
// right, then the pages repair leaves below their OCR input (the fewer the
// better). Putting the pages first bought, on the training pages, one page
// fewer below for 22 syllables (Keep 3, Len 8), and on the held-out bench
// cost 8 syllables of 6275 and 3 on each group of real scans without
// lifting a page above its OCR input: the guard is not one weights learn.
type outcome struct{ right, below int }

func (o outcome) better(than outcome) bool {
	if o.right != than.right {
		return o.right > than.right
	}
	return o.below < than.below
}

func (o outcome) String() string { return fmt.Sprintf("%d right, %d pages below", o.right, o.below) }

// adaptAll adapts a repairer to each page's text once: adaptation decodes
// without the channels, so it does not depend on the weights.
func adaptAll(pages []page) error {
	r, err := repair.New(repair.Options{})
	if err != nil {
		return err
	}
	for i := range pages {
		ar, _, err := r.Adapt(context.Background(), pages[i].text)
		if err != nil {
			return fmt.Errorf("%s: %w", pages[i].name, err)
		}
		pages[i].adapted = ar
	}
	return nil
}

// report prints, per page, the syllables right in the OCR input, after
// text-only repair and after repair with the weights w, flagging a page
// left below its OCR input.
func report(pages []page, w [7]float32, sure []float32) error {
	ctx := context.Background()
	fmt.Println("page: OCR input, text-only repair, with the fitted weights")
	for _, p := range pages {
		text, err := p.adapted.RepairWords(ctx, p.text, nil)
		if err != nil {
			return err
		}
		alts, err := p.adapted.WithAltWeights(repair.AltWeights{Err: w[0], OCR: w[1], Miss: w[2], Alt: w[3], Keep: w[4], Len: w[5], Floor: w[6]}, sure).RepairWords(ctx, p.text, p.words)
		if err != nil {
			return err
		}
		a := eval.Compare(p.truth, alts.Text).Correct
		flag := ""
		if a < p.ocrRight {
			flag = " below its OCR input"
		}
		fmt.Printf("  %s: %d, %d, %d%s\n", p.name, p.ocrRight, eval.Compare(p.truth, text.Text).Correct, a, flag)
	}
	return nil
}

// score repairs every page with the weights w and sureness log-odds sure
// (text only when w is nil).
func score(pages []page, w *[7]float32, sure []float32) (outcome, error) {
	ctx := context.Background()
	total := make([]int, len(pages))
	errs := make([]error, len(pages))
	var wg sync.WaitGroup
	sem := make(chan struct{}, 2)
	for i, p := range pages {
		wg.Add(1)
		sem <- struct{}{}
		go func() {
			defer wg.Done()
			defer func() { <-sem }()
			ar := p.adapted
			words := p.words
			if w == nil {
				words = nil
			} else {
				ar = ar.WithAltWeights(repair.AltWeights{Err: w[0], OCR: w[1], Miss: w[2], Alt: w[3], Keep: w[4], Len: w[5], Floor: w[6]}, sure)
			}
			res, err := ar.RepairWords(ctx, p.text, words)
			if err != nil {
				errs[i] = fmt.Errorf("%s: %w", p.name, err)
				return
			}
			total[i] = eval.Compare(p.truth, res.Text).Correct
		}()
	}
	wg.Wait()
	var o outcome
	for i, p := range pages {
		if errs[i] != nil {
			return outcome{}, errs[i]
		}
		o.right += total[i]
		if total[i] < p.ocrRight {
			o.below++
		}
	}
	return o, nil
}

func load(dir string) ([]page, error) {
	names, err := filepath.Glob(filepath.Join(dir, "*.jsonl"))
	if err != nil {
		return nil, err
	}
	var pages []page
	for _, jp := range names {
		name := strings.TrimSuffix(jp, ".jsonl")
		truth, err := os.ReadFile(name + ".truth.txt")
		if err != nil {
			return nil, err
		}
		text, words, err := readOCR(jp)
		if err != nil {
			return nil, err
		}
		glyphs, err := glyphsOf(jp, text)
		if err != nil {
			return nil, err
		}
		pages = append(pages, page{name: filepath.Base(name), truth: string(truth), text: text, words: words, glyphs: glyphs})
	}
	if len(pages) == 0 {
		return nil, fmt.Errorf("no *.jsonl in %s", dir)
	}
	return pages, nil
}

// readOCR reads a page's OCR JSON lines as `vidoc fix` does.
func readOCR(path string) (string, []ocrchan.Placed, error) {
	f, err := os.Open(path)
	if err != nil {
		return "", nil, err
	}
	defer f.Close()
	text, words, err := ocrchan.Read(f, ocrchan.Options{})
	if err != nil {
		return "", nil, fmt.Errorf("%s: %w", path, err)
	}
	return text, words, nil
}

// glyphsOf reads a page's OCR JSON lines again for each word's glyphs'
// choices, keyed by where the word starts in text (the pages' texts joined
// as ocrchan.Read joins them).
func glyphsOf(path, text string) (map[int]ocrchan.Printed, error) {
	b, err := os.ReadFile(path)
	if err != nil {
		return nil, err
	}
	out := map[int]ocrchan.Printed{}
	at := 0
	for _, line := range strings.Split(string(b), "\n") {
		if strings.TrimSpace(line) == "" {
			continue
		}
		var p ocrchan.Page
		if err := json.Unmarshal([]byte(line), &p); err != nil {
			return nil, fmt.Errorf("%s: %w", path, err)
		}
		if at > 0 {
			at += 2
		}
		printed := make([]string, len(p.Words))
		for i, w := range p.Words {
			printed[i] = w.Text
		}
		for i, k := range ocrchan.Place(p.Text, printed) {
			if k >= 0 {
				out[at+k] = p.Words[i]
			}
		}
		at += len(p.Text)
	}
	if at != len(text) {
		return nil, fmt.Errorf("%s: pages join to %d bytes, not the %d ocrchan.Read made", path, at, len(text))
	}
	return out, nil
}

// calibrate counts, per sureness cell (repair.SureCell), how often a word
// the OCR read with choices in that cell is right, and returns the
// log-odds of right. A thin cell says little, so its share is smoothed,
// with priorWeight words, toward what its word-confidence bin and its
// glyphs' cell (least top, least margin) say apart, combined as
// independent evidence about all words' share: Tesseract's word confidence
// is low on a short token such as "N," whose glyphs it read surely.
func calibrate(pages []page) []float32 {
	const priorWeight = 8
	cells := repair.SureCells
	per := repair.SureCellsPerConf
	right := make([]float64, cells)
	seen := make([]float64, cells)
	for _, p := range pages {
		ok := readRight(p.truth, p.text)
		for _, w := range p.words {
			if !w.FromGlyphs {
				continue
			}
			c := repair.SureCell(w.Confidence, w.MinTop, w.MinMargin)
			seen[c]++
			if ok(w.Start, w.End) {
				right[c]++
			}
		}
	}
	var allRight, all float64
	confRight := make([]float64, cells/per)
	confSeen := make([]float64, cells/per)
	glyphRight := make([]float64, per)
	glyphSeen := make([]float64, per)
	for c := range seen {
		allRight += right[c]
		all += seen[c]
		confRight[c/per] += right[c]
		confSeen[c/per] += seen[c]
		glyphRight[c%per] += right[c]
		glyphSeen[c%per] += seen[c]
	}
	pAll := (allRight + 1) / (all + 2)
	logit := func(p float64) float64 { return math.Log(p / (1 - p)) }
	out := make([]float32, cells)
	fmt.Printf("calibration: %.0f of %.0f words with choices read right\n", allRight, all)
	for c := range out {
		pConf := (confRight[c/per] + priorWeight*pAll) / (confSeen[c/per] + priorWeight)
		pGlyph := (glyphRight[c%per] + priorWeight*pAll) / (glyphSeen[c%per] + priorWeight)
		prior := 1 / (1 + math.Exp(-(logit(pConf) + logit(pGlyph) - logit(pAll))))
		pc := (right[c] + priorWeight*prior) / (seen[c] + priorWeight)
		out[c] = float32(logit(pc))
		fmt.Printf("  cell %2d: %5.0f of %5.0f right, log-odds %.2f\n", c, right[c], seen[c], out[c])
	}
	return out
}

// readRight aligns the OCR text's tokens with the truth's and returns
// whether the text's bytes start–end lie in tokens that each equal the
// truth token aligned with them, punctuation around them aside.
func readRight(truth, text string) func(start, end int) bool {
	type tok struct {
		start, end int
		core       string
	}
	tokens := func(s string) []tok {
		var out []tok
		for _, f := range ocrchan.Fields(s) {
			out = append(out, tok{f.Start, f.End, strings.TrimFunc(s[f.Start:f.End], unicode.IsPunct)})
		}
		return out
	}
	h, t := tokens(text), tokens(truth)
	_, pairs := editdist.Align(len(h), len(t), func(i, j int) bool { return h[i].core == t[j].core })
	matched := make([]bool, len(h))
	for _, p := range pairs {
		if p.A >= 0 && p.B >= 0 && h[p.A].core == t[p.B].core {
			matched[p.A] = true
		}
	}
	return func(start, end int) bool {
		any := false
		for i, k := range h {
			if k.end <= start || k.start >= end {
				continue
			}
			if !matched[i] {
				return false
			}
			any = true
		}
		return any
	}
}

// runHarm repairs each page of dirs[0] (and of dirs[1], the tuning real
// scans, if given: listed and totalled apart) text-only and with the
// fitted weights and lists every change by what it did to the word
// (harmList), then, per path, the syllables right and the pages left
// below their OCR input.
func runHarm(dirs []string) error {
	veto, err := vetoOf(os.Getenv("FIT_VETO"))
	if err != nil {
		return err
	}
	fitted := repair.FittedAltWeights
	if v := os.Getenv("FIT_WEIGHTS"); v != "" {
		// Err,OCR,Miss,Alt,Keep,Len,Floor: list the changes of other weights.
		if _, err := fmt.Sscanf(v, "%g,%g,%g,%g,%g,%g,%g", &fitted.Err, &fitted.OCR, &fitted.Miss, &fitted.Alt, &fitted.Keep, &fitted.Len, &fitted.Floor); err != nil {
			return fmt.Errorf("FIT_WEIGHTS %q: %w", v, err)
		}
	}
	for _, dir := range dirs {
		pages, err := load(dir)
		if err != nil {
			return err
		}
		if err := adaptAll(pages); err != nil {
			return err
		}
		if err := harmPages(dir, pages, fitted, veto); err != nil {
			return err
		}
	}
	return nil
}

// harmPages lists the changes of both paths on pages (harmRun) and their
// totals.
func harmPages(dir string, pages []page, fitted repair.AltWeights, veto repair.GlyphVeto) error {
	var ocrTotal eval.Result
	for i, p := range pages {
		res := eval.Compare(p.truth, p.text)
		pages[i].ocrRight = res.Correct
		ocrTotal = eval.Sum(ocrTotal, res)
	}
	fmt.Printf("%s: %d pages; OCR input: %d of %d syllables right\n", dir, len(pages), ocrTotal.Correct, ocrTotal.Words)
	for _, alts := range []bool{false, true} {
		tally := map[string]int{}
		right := 0
		var below []string
		for _, p := range pages {
			ar, words := p.adapted.Explaining().WithGlyphVeto(veto), p.words
			if !alts {
				words = nil
			} else {
				ar = ar.WithAltWeights(fitted, nil)
			}
			res, err := ar.RepairWords(context.Background(), p.text, words)
			if err != nil {
				return fmt.Errorf("%s: %w", p.name, err)
			}
			harmList(p, res, tally)
			n := eval.Compare(p.truth, res.Text).Correct
			right += n
			if n < p.ocrRight {
				below = append(below, fmt.Sprintf("%s %d<%d", p.name, n, p.ocrRight))
			}
		}
		fmt.Printf("%s alternatives %v: %d syllables right, %d pages below their OCR input %v\n", dir, alts, right, len(below), below)
		fmt.Printf("%s alternatives %v:", dir, alts)
		for _, k := range sortedKeys(tally) {
			fmt.Printf(" %s %d;", k, tally[k])
		}
		fmt.Println()
	}
	return nil
}

func sortedKeys(m map[string]int) []string {
	out := make([]string, 0, len(m))
	for k := range m {
		out = append(out, k)
	}
	sort.Strings(out)
	return out
}

// harmList prints each change of res with whether the OCR's word was right
// before and the repaired word after (readRight), the kind of change
// (changeKind) and how surely the OCR read the word, and counts them in
// tally by outcome and kind.
func harmList(p page, res repair.Result, tally map[string]int) {
	before := readRight(p.truth, p.text)
	after := readRight(p.truth, res.Text)
	delta := 0
	for _, c := range res.Changes {
		if c.Vetoed {
			// Not made: whether the glyph veto kept a word the OCR
			// read right (a harm spared) or wrong (a win lost, or
			// none).
			outcome := "vetoed, OCR wrong"
			if before(c.Offset, c.Offset+len(c.Original)) {
				outcome = "vetoed, OCR right"
			}
			tally[outcome]++
			rule := ""
			if c.Why != nil {
				rule = c.Why.Rule
			}
			fmt.Printf("%s %s %q → %q  rule %s\n", p.name, outcome, c.Original, c.Replacement, rule)
			if w := wordAt(p.words, c.Offset, c.Offset+len(c.Original)); w != nil {
				fmt.Printf("    glyphs: %s\n", glyphList(p.glyphs[w.Start]))
			}
			continue
		}
		if c.Kept {
			continue
		}
		s0, e0 := c.Offset, c.Offset+len(c.Original)
		s1 := s0 + delta
		e1 := s1 + len(c.Replacement)
		delta += len(c.Replacement) - len(c.Original)
		b, a := before(s0, e0), after(s1, e1)
		outcome := "wrong→wrong"
		switch {
		case b && !a:
			outcome = "HARM"
		case !b && a:
			outcome = "win"
		case b && a:
			outcome = "right→right"
		}
		kind := changeKind(c.Original, c.Replacement)
		tally[outcome+" "+kind]++
		w := wordAt(p.words, s0, e0)
		sure := "no choices"
		if w != nil {
			sure = fmt.Sprintf("conf %.1f top %.2f margin %.2f cell %d", w.Confidence, w.MinTop, w.MinMargin, repair.SureCell(w.Confidence, w.MinTop, w.MinMargin))
			share := func(t string) float64 {
				for _, k := range w.Candidates {
					if k.Text == t {
						return k.P
					}
				}
				return 0
			}
			sure += fmt.Sprintf(" Q(printed %q) %.2f", w.Printed, share(w.Printed))
			if q := share(c.Replacement); q > 0 {
				sure += fmt.Sprintf(" Q(repl) %.2f", q)
			}
		}
		fmt.Printf("%s %s %s %q → %q  %s\n", p.name, outcome, kind, c.Original, c.Replacement, sure)
		if outcome == "HARM" || os.Getenv("FIT_WHY") != "" {
			fmt.Printf("    context: %s\n", around(p.text, s0, e0, 6))
			if w != nil {
				fmt.Printf("    glyphs: %s\n", glyphList(p.glyphs[w.Start]))
			}
			if y := c.Why; y != nil {
				fmt.Printf("    why: rule %s, reading %q (only from the glyphs: %v, printed offered: %v); channel log P chosen %.2f (error model %.2f), printed %.2f (%.2f); LM chosen %.2f, printed %.2f\n",
					y.Rule, y.Reading, y.FromGlyphs, y.Printed, y.ChChosen, y.ErrChosen, y.ChPrinted, y.ErrPrinted, y.LMChosen, y.LMPrinted)
			}
		}
	}
}

// around is the text from n words before bytes start–end to n words
// after, on one line, the span in brackets.
func around(text string, start, end, n int) string {
	a := start
	for k := 0; k <= n && a > 0; {
		a--
		if text[a] == ' ' || text[a] == '\n' {
			k++
		}
	}
	b := end
	for k := 0; k <= n && b < len(text); b++ {
		if text[b] == ' ' || text[b] == '\n' {
			k++
		}
	}
	return strings.Join(strings.Fields(text[a:start]+"["+text[start:end]+"]"+text[end:b]), " ")
}

// glyphList writes a word's glyphs' choices: each glyph's in brackets,
// with Tesseract's confidences.
func glyphList(w ocrchan.Printed) string {
	var b strings.Builder
	fmt.Fprintf(&b, "%q conf %.1f:", w.Text, w.Confidence)
	for _, g := range w.Chars {
		b.WriteString(" [")
		for i, c := range g.Alts {
			if i > 0 {
				b.WriteString(" ")
			}
			fmt.Fprintf(&b, "%s %.2f", c.Text, c.P)
		}
		b.WriteString("]")
	}
	return b.String()
}

// changeKind names what a change does to the token's letters: its case
// only, its marks only (the letters' skeleton kept), its spaces (a join or
// a split), or other letters.
func changeKind(orig, repl string) string {
	switch {
	case strings.Count(orig, " ") != strings.Count(repl, " "):
		return "join/split"
	case orig != repl && viet.Lower(orig) == viet.Lower(repl):
		return "case"
	case viet.StripDiacritics(viet.Lower(orig)) == viet.StripDiacritics(viet.Lower(repl)):
		return "marks"
	}
	return "letters"
}

// wordAt is the OCR word whose span holds bytes start–end of the text, if
// any.
func wordAt(words []ocrchan.Placed, start, end int) *ocrchan.Placed {
	for i := range words {
		if words[i].Start <= start && end <= words[i].End {
			return &words[i]
		}
	}
	return nil
}

// vetoOf reads FIT_VETO: "Conf,Top,Margin" for another glyph veto, "off"
// for none, empty for the fitted one.
func vetoOf(s string) (repair.GlyphVeto, error) {
	v := repair.FittedGlyphVeto
	switch s {
	case "":
	case "off":
		v = repair.GlyphVeto{}
	default:
		if _, err := fmt.Sscanf(s, "%g,%g,%g", &v.Conf, &v.Top, &v.Margin); err != nil {
			return v, fmt.Errorf("FIT_VETO %q: %w", s, err)
		}
	}
	return v, nil
}

// runVeto calibrates the glyph veto (repair.GlyphVeto) on the pages of
// dirs[0], which must be tuning pages, and of dirs[1], the tuning
// documents' real scans, if given: it repairs each page once with the
// fitted weights and no veto, then, for each veto of a grid, keeps the
// changes the veto would hold and prints, for each set and both together,
// the syllables right, the pages left below their OCR input and how many
// changes it held of words the OCR read right (harms spared) and wrong
// (wins lost, or wrong either way). The veto acts after decoding, so one
// decoding serves every veto. Rendered pages print every mark dark; the
// real scans fade them, where Tesseract is surely wrong more often.
func runVeto(dirs []string) error {
	var sets [][]vetoPage
	for _, dir := range dirs {
		set, ocrRight, err := decodeForVeto(dir)
		if err != nil {
			return err
		}
		fmt.Printf("%s: %d pages; OCR input: %d syllables right\n", dir, len(set), ocrRight)
		sets = append(sets, set)
	}
	fmt.Println("conf top margin: right, pages below, held (OCR right), held (OCR wrong) [rendered | real scans | both]")
	for _, conf := range []float64{0, 60, 80, 90, 96} {
		for _, top := range []float64{0, 0.6, 0.8, 0.85, 0.9, 0.92, 0.93, 0.94, 0.95} {
			for _, margin := range []float64{0, 0.3, 0.5, 0.7, 0.9} {
				v := repair.GlyphVeto{Conf: conf, Top: top, Margin: margin}
				fmt.Printf("%g %g %g:", conf, top, margin)
				var sum vetoScore
				for k, set := range sets {
					s := scoreVeto(set, v)
					sum = vetoScore{sum.right + s.right, sum.below + s.below, sum.spared + s.spared, sum.lost + s.lost}
					if k > 0 {
						fmt.Print(" |")
					}
					fmt.Printf(" %d, %d, %d, %d", s.right, s.below, s.spared, s.lost)
				}
				if len(sets) > 1 {
					fmt.Printf(" | %d, %d, %d, %d", sum.right, sum.below, sum.spared, sum.lost)
				}
				fmt.Println()
			}
		}
	}
	return nil
}

// vetoPage is a page decoded once without the veto, for runVeto.
type vetoPage struct {
	page
	changes []repair.Change
	right   func(start, end int) bool // the OCR's word was right
}

// vetoScore is what a veto does to a set of pages (runVeto).
type vetoScore struct{ right, below, spared, lost int }

// decodeForVeto loads the pages of dir and repairs each with the fitted
// weights and no veto.
func decodeForVeto(dir string) ([]vetoPage, int, error) {
	pages, err := load(dir)
	if err != nil {
		return nil, 0, err
	}
	if err := adaptAll(pages); err != nil {
		return nil, 0, err
	}
	out := make([]vetoPage, len(pages))
	ocrRight := 0
	for i, p := range pages {
		p.ocrRight = eval.Compare(p.truth, p.text).Correct
		ocrRight += p.ocrRight
		res, err := p.adapted.WithAltWeights(repair.FittedAltWeights, nil).WithGlyphVeto(repair.GlyphVeto{}).RepairWords(context.Background(), p.text, p.words)
		if err != nil {
			return nil, 0, fmt.Errorf("%s: %w", p.name, err)
		}
		out[i] = vetoPage{p, res.Changes, readRight(p.truth, p.text)}
	}
	return out, ocrRight, nil
}

// scoreVeto applies veto v to the changes of each page of set.
func scoreVeto(set []vetoPage, v repair.GlyphVeto) vetoScore {
	var s vetoScore
	for _, p := range set {
		var b strings.Builder
		last := 0
		for _, c := range p.changes {
			if c.Kept {
				continue
			}
			if v != (repair.GlyphVeto{}) && p.adapted.Vetoes(v, p.text, p.words, c) {
				if p.right(c.Offset, c.Offset+len(c.Original)) {
					s.spared++
				} else {
					s.lost++
				}
				continue
			}
			b.WriteString(p.text[last:c.Offset])
			b.WriteString(c.Replacement)
			last = c.Offset + len(c.Original)
		}
		b.WriteString(p.text[last:])
		n := eval.Compare(p.truth, b.String()).Correct
		s.right += n
		if n < p.ocrRight {
			s.below++
		}
	}
	return s
}
