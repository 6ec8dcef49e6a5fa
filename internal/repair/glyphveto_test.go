package repair

import (
	"context"
	"strings"
	"testing"

	"github.com/vidoc/vidoc/internal/ocrchan"
)

// sureChannels gives every word of text glyphs read surely (each glyph's
// top choice 0.97, no runner-up) and a word confidence of 97, as
// Tesseract reads clean print.
func sureChannels(text string) []ocrchan.Placed {
	words := channelsFor(text, nil)
	for i := range words {
		words[i].Confidence = 97
	}
	return words
}

// Each rule of the text path that rewrites a word (the rule named as
// Why.Rule) does so without the glyph veto, and is vetoed with it when the
// word's glyphs were read surely and offered no such spelling: the word
// stays as printed and the change is reported Kept and Vetoed. Text-only
// repair, which has no glyphs, still makes the change.
func TestGlyphVetoHoldsEveryRule(t *testing.T) {
	r := realRepairer(t, Options{}).Explaining()
	ctx := context.Background()
	for _, c := range []struct {
		rule, text, word, repl string
	}{
		// A short word in capitals on a line that is not: "BO" for "Bộ".
		{"short capitals", "BO Quốc phòng ban hành thông tư.\n", "BO", "Bộ"},
		// A two-letter word capitalised on a heading in capitals.
		{"heading capitals", "Úy BAN NHÂN DÂN TỈNH\n", "Úy", "ỦY"},
		// A capital the OCR would have made up mid-sentence, with its
		// mark: "Chỏ" lowered and put to the commoner "cho".
		{"ocrCapital", "Các em được học miễn phí Chỏ đến hết lớp chín.\n", "Chỏ", "cho"},
		// The decoder's commoner word over a syllable read surely: "Bể"
		// written as "Để" before a verb. (A point's label read as a
		// syllable, its digit dropped, "mốc A1" as "mốc A", was the
		// case here; text-only repair now keeps a capital and a digit no
		// letter is read as, readsLetterAs.)
		{"token's case", "Bể bảo đảm an toàn, các đơn vị phối hợp chặt chẽ.\n", "Bể", "Để"},
		// The glued rule splitting a number off a syllable it also
		// rewrites: the space is the glyphs' leave, the mark is not.
		{"glued", "trong nam2024 và các năm sau\n", "nam2024", "năm 2024"},
		// The code rule writing a code's part in capitals over a
		// syllable read surely (harms found on new legal pages: "Cục
		// Tài chính/BQP" and "Kinh/BTC", which markedSyllable and
		// plainSyllable now keep in text-only repair too; a syllable
		// of small letters that look like their capitals is not).
		{"code", "theo Công văn số 15/KH/Tu của Ban Thường vụ\n", "15/KH/Tu", "15/KH/TU"},
	} {
		words := sureChannels(c.text)
		off, err := r.WithGlyphVeto(GlyphVeto{}).RepairWords(ctx, c.text, words)
		if err != nil {
			t.Fatal(err)
		}
		if ch := changeOf(off, c.word); ch == nil || ch.Kept || ch.Replacement != c.repl || ch.Why == nil || ch.Why.Rule != c.rule {
			t.Errorf("%s: without the veto %q is not rewritten %q by the rule: %+v", c.rule, c.word, c.repl, ch)
			continue
		}
		on, err := r.RepairWords(ctx, c.text, words)
		if err != nil {
			t.Fatal(err)
		}
		if ch := changeOf(on, c.word); ch == nil || !ch.Kept || !ch.Vetoed {
			t.Errorf("%s: the veto let %q be rewritten: %+v (%q)", c.rule, c.word, ch, on.Text)
		}
		text, err := r.Repair(ctx, c.text)
		if err != nil {
			t.Fatal(err)
		}
		if ch := changeOf(text, c.word); ch == nil || ch.Kept || ch.Replacement != c.repl {
			t.Errorf("%s: text-only repair no longer rewrites %q: %+v", c.rule, c.word, ch)
		}
	}
}

// changeOf is the change of res whose original is word.
func changeOf(res Result, word string) *Change {
	for i, c := range res.Changes {
		if c.Original == word {
			return &res.Changes[i]
		}
	}
	return nil
}

// The veto holds only what the glyphs did not offer, and only words read
// surely: a rewrite into one of the word's own spellings or of its marks
// alone, a word whose
// glyph hesitated, a word read less surely than the veto asks, a token
// that is neither a syllable, a name nor a number ("hoatDong") are each
// let through.
func TestGlyphVetoLetsThroughWhatTheGlyphsAllow(t *testing.T) {
	r := realRepairer(t, Options{})
	// "nhà" whose last glyph lists nine more letters at the floor, "é"
	// and "ả" last: the beam keeps "nhà" and seven others, not those two.
	var floor []ocrchan.Choice
	for _, c := range []string{"à", "a", "á", "ạ", "ã", "ầ", "ấ", "ậ", "é", "ả"} {
		floor = append(floor, ocrchan.Choice{Text: c})
	}
	floor[0].P = 0.97
	fadedA := map[string]map[int][]ocrchan.Choice{"nhà": {2: floor}}
	v := GlyphVeto{Conf: 90, Top: 0.9, Margin: 0.7}
	text := "nhà o xã hội, 2Điều và hoatDong của Lẩng năm2024"
	at := func(words []ocrchan.Placed, w string) (int, int) {
		for _, p := range words {
			if p.Printed == w {
				return p.Start, p.End
			}
		}
		t.Fatalf("no word %q", w)
		return 0, 0
	}
	for _, c := range []struct {
		name       string
		word, repl string
		doubt      map[string]map[int][]ocrchan.Choice
		conf       float64
		want       bool
	}{
		{"sure, not offered", "o", "a", nil, 97, true},
		{"sure name, not offered", "Lẩng", "Lẩy", nil, 97, true},
		// Marks alone are let through: the decoder weighed the glyphs.
		{"sure, marks only", "o", "ở", nil, 97, false},
		{"sure name, marks only", "Lẩng", "Lắng", nil, 97, false},
		{"sure, offered", "o", "ở", map[string]map[int][]ocrchan.Choice{"o": {0: {{Text: "o", P: 0.97}, {Text: "ở", P: 0.02}}}}, 97, false},
		{"a glyph hesitated", "o", "ở", map[string]map[int][]ocrchan.Choice{"o": {0: {{Text: "o", P: 0.6}, {Text: "ơ", P: 0.3}}}}, 97, false},
		{"word confidence low", "o", "ở", nil, 85, false},
		{"a sure label", "2Điều", "Điều", nil, 97, true},
		{"a sure syllable split", "nhà", "nh à", nil, 97, true},
		{"a glued number split off", "năm2024", "năm 2024", nil, 97, false},
		{"mixed case", "hoatDong", "hoạt Động", nil, 97, false},
		// A faded mark: the glyph listed the marked letter at the floor,
		// past the word's beam of 8 spellings; a letter listed there that
		// is not the same letter marked otherwise stays held.
		{"a mark listed past the beam", "nhà", "nhả", fadedA, 97, false},
		{"another letter listed past the beam", "nhà", "nhé", fadedA, 97, true},
	} {
		words := channelsFor(text, c.doubt)
		for i := range words {
			words[i].Confidence = c.conf
		}
		s, e := at(words, c.word)
		if got := r.Vetoes(v, text, words, Change{Original: c.word, Replacement: c.repl, Offset: s}); got != c.want || e-s != len(c.word) {
			t.Errorf("%s: vetoed %v, want %v", c.name, got, c.want)
		}
	}
	// A merge that keeps every letter ("Qu ả" into "Quả") is no rewrite
	// of the syllable "ả" read surely.
	merge := "Tỉnh Qu ả ng Bình"
	mw := sureChannels(merge)
	if k := strings.Index(merge, "Qu ả"); r.Vetoes(v, merge, mw, Change{Original: "Qu ả", Replacement: "Quả", Offset: k}) {
		t.Error("a merge that keeps the letters was vetoed")
	}
	// The sureness is the rewritten run's: "chính" read surely is held
	// though the semicolon after it was not.
	code := "Cục Tài chính/BQP; Bộ Quốc phòng"
	cw := channelsFor(code, map[string]map[int][]ocrchan.Choice{"chính/BQP;": {9: {{Text: ";", P: 0.6}, {Text: ":", P: 0.3}}}})
	for i := range cw {
		cw[i].Confidence = 59
	}
	if k := strings.Index(code, "chính"); !r.Vetoes(GlyphVeto{Top: 0.9, Margin: 0.7}, code, cw, Change{Original: "chính/BQP", Replacement: "CTNH/BQP", Offset: k}) {
		t.Error("a syllable read surely before an unsure semicolon was not held")
	}
	words := sureChannels(text)
	s, _ := at(words, "o")
	if r.Vetoes(GlyphVeto{}, text, words, Change{Original: "o", Replacement: "ở", Offset: s}) {
		t.Error("a zero GlyphVeto vetoed a change")
	}
}

// A mark Tesseract read surely and wrongly is put right with the glyphs
// as without them: the decoder's reading that changes only marks ("chỉ
// tiết" into "chi tiết", "nhà o xã hội" into "nhà ở") is no rule's
// rewrite the veto holds, though every glyph's top was 0.97 with no
// runner-up (found on new legal pages: "tô" for "tổ", "Cân" for "Căn",
// "thang" for "tháng", all held). Text written for the test.
func TestGlyphVetoLetsMarksThrough(t *testing.T) {
	r := realRepairer(t, Options{})
	for text, want := range map[string]string{
		"Nghị định quy định chỉ tiết một số điều của Luật.\n":      "Nghị định quy định chi tiết một số điều của Luật.\n",
		"Đến nay nhà ở xã hội vẫn thiếu, nhà o xã hội cần thêm.\n": "Đến nay nhà ở xã hội vẫn thiếu, nhà ở xã hội cần thêm.\n",
	} {
		res, err := r.RepairWords(context.Background(), text, sureChannels(text))
		if err != nil {
			t.Fatal(err)
		}
		if res.Text != want {
			t.Errorf("%q → %q, want %q", text, res.Text, want)
		}
	}
}
