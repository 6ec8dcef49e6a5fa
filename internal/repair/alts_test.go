package repair

import (
	"context"
	"strings"
	"testing"

	"github.com/vidoc/vidoc/internal/ocrchan"
)

// channelsFor gives every word of text a channel: each glyph read as printed at
// 0.97 unless sure names the word and its glyph choices (index → choices).
func channelsFor(text string, doubt map[string]map[int][]ocrchan.Choice) []ocrchan.Placed {
	fields := strings.Fields(text)
	at := ocrchan.Place(text, fields)
	var out []ocrchan.Placed
	for i, f := range fields {
		rs := []rune(f)
		glyphs := make([][]ocrchan.Choice, len(rs))
		for k, c := range rs {
			if ch, ok := doubt[f][k]; ok {
				glyphs[k] = ch
			} else {
				glyphs[k] = []ocrchan.Choice{{Text: string(c), P: 0.97}}
			}
		}
		out = append(out, ocrchan.Placed{Start: at[i], End: at[i] + len(f), Word: ocrchan.Build(f, glyphs, ocrchan.Options{})})
	}
	return out
}

func TestRepairWordsWithoutChannelsIsRepair(t *testing.T) {
	r := realRepairer(t, Options{})
	ctx := context.Background()
	for _, text := range []string{
		"Uy ban nhan dan tinh ban hanh ke hoach thuc hien nhiem vu nam 2024.\n",
		"K8 hoach so 12-KH/TU ngay 3/4/2024 cua Ban Thuong vu Tinh uy\n\nve viec trien khai",
	} {
		want, err := r.Repair(ctx, text)
		if err != nil {
			t.Fatal(err)
		}
		got, err := r.RepairWords(ctx, text, nil)
		if err != nil {
			t.Fatal(err)
		}
		if got.Text != want.Text || len(got.Changes) != len(want.Changes) {
			t.Errorf("RepairWords(nil) %q, Repair %q", got.Text, want.Text)
		}
		var streamed strings.Builder
		if err := r.StreamWords(ctx, text, nil, func(b Block) error { streamed.WriteString(b.Text); return nil }); err != nil {
			t.Fatal(err)
		}
		if streamed.String() != want.Text {
			t.Errorf("StreamWords(nil) %q, want %q", streamed.String(), want.Text)
		}
	}
}

func TestRepairWordsRefusesMisplacedWords(t *testing.T) {
	r := realRepairer(t, Options{})
	text := "cờ đỏ sao vàng"
	words := channelsFor(text, nil)
	words[0], words[1] = words[1], words[0]
	if _, err := r.RepairWords(context.Background(), text, words); err == nil || !strings.Contains(err.Error(), "out of order") {
		t.Errorf("words out of order: %v", err)
	}
	words = channelsFor(text, nil)
	words[3].End = len(text) + 2
	if _, _, err := r.RepairTextWords(context.Background(), text, words); err == nil {
		t.Error("a word past the text's end was taken")
	}
}

// A doubtful glyph is the language model's to settle, a sure one is kept:
// with weights that trust the glyphs, "Tu" printed with ư the likelier
// choice for its second glyph becomes "Tư"; printed with u sure, it stays.
func TestRepairWordsListensToTheGlyphs(t *testing.T) {
	trust := &AltWeights{Err: 0.1, OCR: 1, Miss: 2, Alt: -16}
	r := realRepairer(t, Options{AltWeights: trust})
	ctx := context.Background()
	text := "Ông Tu đã ký quyết định."
	for _, c := range []struct {
		second []ocrchan.Choice
		want   string
	}{
		{[]ocrchan.Choice{{Text: "u", P: 0.1}, {Text: "ư", P: 0.88}}, "Ông Tư đã ký quyết định."},
		{[]ocrchan.Choice{{Text: "u", P: 0.97}}, text},
	} {
		res, err := r.RepairWords(ctx, text, channelsFor(text, map[string]map[int][]ocrchan.Choice{"Tu": {1: c.second}}))
		if err != nil {
			t.Fatal(err)
		}
		if res.Text != c.want {
			t.Errorf("second glyph %v: %q, want %q", c.second, res.Text, c.want)
		}
	}
	// Text-only repair has nothing to go on and keeps the name.
	if res, _ := r.Repair(ctx, text); res.Text != text {
		t.Errorf("text-only repair changed %q to %q", text, res.Text)
	}
}

// Changing a word Tesseract read surely costs Keep times the log-odds that
// a word read so surely is right: "chỉ tiết" (for "chi tiết") is put right
// when its glyphs hesitated, kept when every glyph and the word were sure
// and such words are nearly always right.
func TestRepairWordsKeepsSurelyReadWords(t *testing.T) {
	text := "Nghị định quy định chỉ tiết một số điều của Luật."
	sure := make([]float32, SureCells)
	for i := range sure {
		sure[i] = -1
	}
	sure[SureCell(97, 0.97, 0.97)] = 8
	w := FittedAltWeights
	w.Keep = 3
	ctx := context.Background()
	for _, c := range []struct {
		name   string
		conf   float64
		glyph  []ocrchan.Choice
		weight AltWeights
		want   string
	}{
		{"sure", 97, []ocrchan.Choice{{Text: "ỉ", P: 0.97}}, w, text},
		{"sure, no keep weight", 97, []ocrchan.Choice{{Text: "ỉ", P: 0.97}}, AltWeights{Err: 1, Miss: 2, Alt: -16}, "Nghị định quy định chi tiết một số điều của Luật."},
		{"unsure", 60, []ocrchan.Choice{{Text: "ỉ", P: 0.55}, {Text: "i", P: 0.40}}, w, "Nghị định quy định chi tiết một số điều của Luật."},
	} {
		words := channelsFor(text, map[string]map[int][]ocrchan.Choice{"chỉ": {2: c.glyph}})
		for i := range words {
			words[i].Confidence = 97
			if words[i].Printed == "chỉ" {
				words[i].Confidence = c.conf
			}
		}
		// The keep cost alone, without the glyph veto (glyphveto.go),
		// which would keep the sure "chỉ" whatever the weights.
		r := realRepairer(t, Options{GlyphVeto: &GlyphVeto{}}).WithAltWeights(c.weight, sure)
		res, err := r.RepairWords(ctx, text, words)
		if err != nil {
			t.Fatal(err)
		}
		if res.Text != c.want {
			t.Errorf("%s: %q, want %q", c.name, res.Text, c.want)
		}
	}
}

func TestSureCells(t *testing.T) {
	if len(FittedSureLogOdds) != SureCells {
		t.Fatalf("%d fitted log-odds for %d sureness cells: refit (scripts/fit_alternatives.sh)", len(FittedSureLogOdds), SureCells)
	}
	if SureCell(0, 0, 0) != 0 || SureCell(100, 1, 1) != SureCells-1 {
		t.Errorf("cells of the least and the most sure words: %d, %d", SureCell(0, 0, 0), SureCell(100, 1, 1))
	}
	// A sure word is surer than an unsure one.
	if FittedSureLogOdds[SureCell(97, 0.95, 0.9)] <= FittedSureLogOdds[SureCell(50, 0.5, 0.1)] {
		t.Error("fitted log-odds do not grow with sureness")
	}
}

// A capitalised small word in the middle of a sentence is a capital the
// OCR made up (ocrCapital) unless the glyphs say otherwise: "Các" after a
// verb, read with no small c among its first glyph's choices, keeps its
// capital; with c among them, or in plain text, it is lowered. (A law's
// name keeps it by both paths: TestDocNameCapital.)
func TestRepairWordsKeepsTheCaseTheGlyphsRead(t *testing.T) {
	text := "Ngân hàng cho vay Các tổ chức tín dụng ngày 18 tháng 01 năm 2024;"
	lowered := "Ngân hàng cho vay các tổ chức tín dụng ngày 18 tháng 01 năm 2024;"
	r := realRepairer(t, Options{})
	ctx := context.Background()
	if res, _ := r.Repair(ctx, text); res.Text != lowered {
		t.Fatalf("text-only repair: %q, want the capital lowered as before: %q", res.Text, lowered)
	}
	for _, c := range []struct {
		first []ocrchan.Choice
		want  string
	}{
		{[]ocrchan.Choice{{Text: "C", P: 0.92}}, text},
		{[]ocrchan.Choice{{Text: "C", P: 0.6}, {Text: "c", P: 0.35}}, lowered},
	} {
		words := channelsFor(text, map[string]map[int][]ocrchan.Choice{"Các": {0: c.first}})
		for i := range words {
			words[i].Confidence = 97
		}
		res, err := r.RepairWords(ctx, text, words)
		if err != nil {
			t.Fatal(err)
		}
		if res.Text != c.want {
			t.Errorf("first glyph %v: %q, want %q", c.first, res.Text, c.want)
		}
	}
}

// A reading the glyphs offered costs at most Floor below its log share:
// "băng" read surely, with ằ the runner-up of its second glyph, becomes
// "bằng" where the language model wants it, though the error model finds
// the lost grave unlikely; without the floor, or without ằ among the
// choices, the word stays as printed.
func TestRepairWordsFloorsWhatTheGlyphsOffered(t *testing.T) {
	text := "Chương trình đào tạo văn băng hai của trường."
	fixed := "Chương trình đào tạo văn bằng hai của trường."
	ctx := context.Background()
	r := realRepairer(t, Options{})
	if res, _ := r.Repair(ctx, text); res.Text != text {
		t.Fatalf("text-only repair: %q, want it unchanged for this test to say anything", res.Text)
	}
	w := FittedAltWeights
	w.Floor = -1
	off := w
	off.Floor = 0
	for _, c := range []struct {
		name   string
		second []ocrchan.Choice
		weight AltWeights
		want   string
	}{
		{"offered", []ocrchan.Choice{{Text: "ă", P: 0.9}, {Text: "ằ", P: 0.08}}, w, fixed},
		{"offered, no floor", []ocrchan.Choice{{Text: "ă", P: 0.9}, {Text: "ằ", P: 0.08}}, off, text},
		{"not offered", []ocrchan.Choice{{Text: "ă", P: 0.9}, {Text: "a", P: 0.08}}, w, text},
	} {
		words := channelsFor(text, map[string]map[int][]ocrchan.Choice{"băng": {1: c.second}})
		for i := range words {
			words[i].Confidence = 96
		}
		res, err := r.WithAltWeights(c.weight, nil).RepairWords(ctx, text, words)
		if err != nil {
			t.Fatal(err)
		}
		if res.Text != c.want {
			t.Errorf("%s: %q, want %q", c.name, res.Text, c.want)
		}
	}
}
