package textlayer

import (
	"context"
	"fmt"

	"github.com/vidoc/vidoc/internal/input"
)

// Thresholds of the decision, from the share of valid syllables and of
// syllables with diacritics. Correct Vietnamese scores 0.98–1 valid and
// 0.86–0.94 marked (the 18 development texts and 9 hand-transcribed
// scan pages of ../shared); the scanner layer of a real 1-bit scan scores
// 0.65–0.68 valid and 0 marked.
const (
	// goodValid and goodMarked: at or above both, a layer reads as
	// correct Vietnamese.
	goodValid  = 0.9
	goodMarked = 0.3
	// decodedValid: a legacy decoding is taken when its text is at least
	// this valid (and more valid than the text as extracted).
	decodedValid = 0.8
	// minChecked: fewer checked words than this say nothing about a
	// layer's language (a page of figures, a signature page).
	minChecked = 5
	// scanCoverage: a page whose images cover this share of it is a scan,
	// and text on it was put there by OCR.
	scanCoverage = 0.5
	// bandShare: on a scan, a layer whose lines all lie within this share
	// of the page's height holds a band's text, not the page's: an
	// e-signature's "SAO Y / Thời gian ký" banner stamped on a scanned
	// copy, a stamp's caption. Its text may be perfect, yet taking it
	// loses everything the image shows, so the page is OCRed (pdftoppm
	// renders the band's text into the image, so OCR reads it too).
	bandShare = 0.25
)

// Expected syllable accuracy of the two ways to read a poor layer's page.
// repairRecall is how much of a diacritic-less but otherwise intact text
// repair restores (vidoc's benchmark: stripped text 11 % → 98.9 %). A
// layer's words that spell no syllable even without diacritics are lost,
// and they take their neighbours' context with them: repair picks a
// syllable's marks from the syllables around it, so a word counts as
// restorable when it and its two neighbours are intact, known share³.
// On the scanner layer of ../shared's 1-bit dev scan (known share 0.89)
// that predicts 0.69; repairing it measured 0.57 and 0.80 on its two
// pages (vidoc fix, scored with tools/vscore.py). OCR (Tesseract vie,
// then repair) gives 99.7 % on rendered pages and 87.6 % and 98.3 % on
// that scan's two 300-dpi pages; below 200 dpi Tesseract loses diacritics.
const (
	repairRecall = 0.989
	ocrVector    = 0.95 // a page without images, rasterized by poppler
	ocrScan      = 0.9  // a scan at 200 dpi or more
	ocrLowRes    = 0.75 // a scan below 200 dpi
	ocrGoodDPI   = 200
)

// Triage reads path's text layer and decides, for every page, how vidoc
// should read it under policy. Errors are *input.Error naming the file
// (and page), wrapping input.ErrEncrypted or input.ErrCorrupt.
func Triage(ctx context.Context, path string, policy Policy) ([]Page, error) {
	fail := func(page int, err error) ([]Page, error) {
		return nil, &input.Error{Path: path, Page: page, Err: err}
	}
	known, err := defaultKnown()
	if err != nil {
		return nil, err
	}
	if policy == Ignore {
		count, err := pageCount(ctx, path)
		if err != nil {
			return fail(0, err)
		}
		pages := make([]Page, count)
		for i := range pages {
			pages[i] = Page{Number: i + 1, Decision: OCR, Reason: "text layer ignored (--text-layer ignore)"}
		}
		return pages, nil
	}
	// pdftotext reads every page in one run, and fails on a password as
	// pdfinfo would.
	pages, err := readLayout(ctx, path, 1, 0)
	if err != nil {
		return fail(0, err)
	}
	count := len(pages)
	if count == 0 {
		return fail(0, fmt.Errorf("%w: PDF has no pages", input.ErrCorrupt))
	}
	images, err := readImages(ctx, path, 1, count)
	if err != nil {
		return fail(0, err)
	}
	for i := range pages {
		p := &pages[i]
		if len(p.Blocks) > 0 { // fonts tell nothing about a page without text
			fonts, err := readFonts(ctx, path, p.Number)
			if err != nil {
				return fail(p.Number, err)
			}
			p.Evidence.Fonts = fonts
			p.Evidence.LegacyFonts = legacyFonts(fonts)
		}
		if area := p.WidthPt * p.HeightPt; area > 0 {
			p.Evidence.ImageCoverage = min(1, images[i].area/area)
		}
		p.Evidence.ImageDPI = images[i].dpi
		decide(p, policy, known)
	}
	return pages, nil
}

// decide sets p's Decision, Reason and the evidence its text gives, from
// p's Blocks, fonts and images.
func decide(p *Page, policy Policy, known knownSkeletons) {
	ev := &p.Evidence
	st := measure(p.Text(), known)
	ev.Chars, ev.Words, ev.CheckedWords = st.chars, st.words, st.checked
	ev.ValidShare, ev.MarkedShare = round3(st.validShare()), round3(st.markedShare())
	ev.KnownShare = round3(st.knownShare())
	scan := ev.ImageCoverage >= scanCoverage
	set := func(d Decision, reason string) {
		p.Decision, p.Reason = d, reason
		if d == OCR {
			p.Blocks = nil
		}
	}
	if st.words == 0 {
		set(OCR, "no text layer")
		return
	}
	if st.nonASCII > 0 || len(ev.LegacyFonts) > 0 {
		if enc := detectLegacy(p.Text()); enc != "" {
			if blocks, ok := decodeBlocks(p.Blocks, enc); ok {
				dp := Page{Blocks: blocks}
				ds := measure(dp.Text(), known)
				if ds.validShare() >= decodedValid && ds.valid > st.valid {
					ev.Encoding = enc
					ev.DecodedValidShare, ev.DecodedMarkedShare = round3(ds.validShare()), round3(ds.markedShare())
					p.Blocks = blocks
					set(DecodeText, fmt.Sprintf("legacy %s text decoded: %.0f %% valid syllables, %.0f %% before",
						enc, 100*ds.validShare(), 100*st.validShare()))
					return
				}
			}
		}
	}
	ev.TextSpan = round3(textSpan(p))
	if scan && policy != Use && ev.TextSpan < bandShare {
		set(OCR, fmt.Sprintf("scan whose text layer spans only %.0f %% of the page's height (a banner's or stamp's text, not the page's)",
			100*ev.TextSpan))
		return
	}
	if st.checked < minChecked {
		if scan && policy != Use {
			set(OCR, fmt.Sprintf("scan whose text layer has %d words to judge it by", st.checked))
		} else {
			set(UseText, fmt.Sprintf("text layer of %d words, too few to judge; no scan to OCR instead", st.checked))
		}
		return
	}
	if st.validShare() >= goodValid && st.markedShare() >= goodMarked {
		set(UseText, fmt.Sprintf("correct Vietnamese: %.0f %% valid syllables, %.0f %% with diacritics",
			100*st.validShare(), 100*st.markedShare()))
		return
	}
	k := st.knownShare()
	ev.ExpectedRepair = round3(k * k * k * repairRecall)
	ev.ExpectedOCR = expectedOCR(ev.ImageDPI)
	what := fmt.Sprintf("poor text layer (%.0f %% valid syllables, %.0f %% with diacritics, %.0f %% syllables but for them)",
		100*st.validShare(), 100*st.markedShare(), 100*st.knownShare())
	if policy == Use {
		set(RepairText, what+": repaired, as --text-layer use asks")
		return
	}
	if ev.ExpectedRepair >= ev.ExpectedOCR {
		set(RepairText, fmt.Sprintf("%s: repair expected to read %.0f %%, OCR %.0f %%",
			what, 100*ev.ExpectedRepair, 100*ev.ExpectedOCR))
		return
	}
	set(OCR, fmt.Sprintf("%s: OCR expected to read %.0f %%, repair %.0f %%",
		what, 100*ev.ExpectedOCR, 100*ev.ExpectedRepair))
}

// textSpan is the share of p's height between the top of its layer's first
// line and the bottom of its last (0 when the page's height is unknown).
func textSpan(p *Page) float64 {
	if p.HeightPt <= 0 {
		return 0
	}
	top, bottom := p.HeightPt, 0.0
	for _, b := range p.Blocks {
		for _, l := range b.Lines {
			top, bottom = min(top, l.Box.Y0), max(bottom, l.Box.Y1)
		}
	}
	if bottom <= top {
		return 0
	}
	return min(1, (bottom-top)/p.HeightPt)
}

// expectedOCR is the share of syllables OCR is expected to get right on a
// page whose largest image has dpi (0: no image).
func expectedOCR(dpi int) float64 {
	switch {
	case dpi == 0:
		return ocrVector
	case dpi >= ocrGoodDPI:
		return ocrScan
	}
	return ocrLowRes
}

func round3(x float64) float64 { return float64(int(x*1000+0.5)) / 1000 }
