package viet

import (
	"testing"
)

func TestParseParts(t *testing.T) {
	tests := []struct {
		word                            string
		initial, medial, nucleus, final string
		tone                            Tone
	}{
		{"nghiêng", "ngh", "", "iê", "ng", ToneLevel},
		{"khuyếch", "kh", "u", "yê", "ch", ToneAcute},
		{"quốc", "q", "u", "ô", "c", ToneAcute},
		{"gì", "gi", "", "i", "", ToneGrave},
		{"giữa", "gi", "", "ưa", "", ToneTilde},
		{"người", "ng", "", "ươ", "i", ToneGrave},
		{"Huyện", "h", "u", "yê", "n", ToneDot},
		{"ỦY", "", "u", "y", "", ToneHook},
		{"hoà", "h", "o", "a", "", ToneGrave},
		{"khuỷu", "kh", "u", "y", "u", ToneHook},
		{"thuở", "th", "u", "ơ", "", ToneHook},
		{"yêu", "", "", "yê", "u", ToneLevel},
		{"đường", "đ", "", "ươ", "ng", ToneGrave},
		{"Đảng", "đ", "", "a", "ng", ToneHook},
		{"ủy", "", "u", "y", "", ToneHook},
		{"giếng", "gi", "", "iê", "ng", ToneAcute},
		{"giêng", "gi", "", "iê", "ng", ToneLevel},
	}
	for _, tt := range tests {
		s, ok := Parse(tt.word)
		if !ok {
			t.Errorf("Parse(%q) failed", tt.word)
			continue
		}
		if s.Initial != tt.initial || s.Medial != tt.medial || s.Nucleus != tt.nucleus || s.Final != tt.final || s.Tone != tt.tone {
			t.Errorf("Parse(%q) = %q|%q|%q|%q %v, want %q|%q|%q|%q %v", tt.word,
				s.Initial, s.Medial, s.Nucleus, s.Final, s.Tone,
				tt.initial, tt.medial, tt.nucleus, tt.final, tt.tone)
		}
	}
}

func TestParseNFD(t *testing.T) {
	nfd := NFD("Quyết")
	s, ok := Parse(nfd)
	if !ok || s.String() != "quyết" {
		t.Fatalf("Parse(NFD Quyết) = %v %q", ok, s.String())
	}
	if _, ok := Parse("a\u0301\u0301"); ok {
		t.Error("stray double tone mark accepted")
	}
}

func TestValid(t *testing.T) {
	valid := []string{"nghiêng", "khuyếch", "quốc", "gì", "gìn", "hòa", "hoà", "ủy", "uỷ", "quý",
		"thuở", "người", "giường", "khuya", "oanh", "huỳnh", "khuỷu", "boong", "yêu", "ỉa",
		"kế", "ghế", "nghề", "cá", "gà", "nga", "Tỉnh", "HUYỆN", "xuân", "quyết", "khoắng", "ngoằn", "giết", "giếng", "giềng", "giêu"}
	for _, w := range valid {
		if !Valid(w) {
			t.Errorf("Valid(%q) = false", w)
		}
	}
	invalid := []string{"tht", "ngk", "hoácc", "", "a1", "ka", "ci", "ghá", "ngi", "cát̀",
		"bàt", "hăa", "ăn̉", "tiê", "muô", "iên", "mưan", "quu", "q", "hoạch̀", "xyz", "bách̃",
		"thủyy", "búyt", "múôn", "gh", "qa", "ông̉", "uyên̉", "ich", "ăng̀", "ânh", "buýt", "syn", "khynh", "ơng", "lớc"}
	for _, w := range invalid {
		if Valid(w) {
			s, _ := Parse(w)
			t.Errorf("Valid(%q) = true (%q|%q|%q|%q)", w, s.Initial, s.Medial, s.Nucleus, s.Final)
		}
	}
}

// A stop final (p, t, c, ch) takes only the sắc or nặng tone.
func TestValidStopTones(t *testing.T) {
	for _, tt := range []struct {
		word string
		ok   bool
	}{{"học", true}, {"hóc", true}, {"hoc", false}, {"hòc", false}, {"hỏc", false}, {"hõc", false},
		{"thép", true}, {"thèp", false}, {"sách", true}, {"sãch", false}, {"mặt", true}, {"mat", false}} {
		if got := Valid(tt.word); got != tt.ok {
			t.Errorf("Valid(%q) = %v, want %v", tt.word, got, tt.ok)
		}
	}
}

func TestComposeRoundTrip(t *testing.T) {
	for _, w := range []string{"nghiêng", "gì", "giữa", "quý", "hòa", "hoà", "khuỷu", "người", "yêu", "uyển", "giếng", "giết", "khoắng", "oải", "quạ"} {
		s, ok := Parse(w)
		if !ok {
			t.Fatalf("Parse(%q) failed", w)
		}
		if got := s.String(); got != w {
			t.Errorf("Parse(%q).String() = %q", w, got)
		}
	}
}

func TestToneStyleConversion(t *testing.T) {
	pairs := [][2]string{{"hòa", "hoà"}, {"ủy", "uỷ"}, {"thủy", "thuỷ"}, {"khỏe", "khoẻ"}, {"Hóa", "Hoá"},
		{"HUYỆN ỦY", "HUYỆN UỶ"}, {"Thành ủy, Tỉnh ủy", "Thành uỷ, Tỉnh uỷ"}, {"lũy", "luỹ"}, {"xòe", "xoè"}}
	for _, p := range pairs {
		if got := ConvertTone(p[0], StyleNew); got != p[1] {
			t.Errorf("ConvertTone(%q, new) = %q, want %q", p[0], got, p[1])
		}
		if got := ConvertTone(p[1], StyleOld); got != p[0] {
			t.Errorf("ConvertTone(%q, old) = %q, want %q", p[1], got, p[0])
		}
		if got := ConvertTone(p[0], StyleKeep); got != p[0] {
			t.Errorf("ConvertTone(%q, keep) = %q", p[0], got)
		}
	}
	for _, same := range []string{"quý", "hoàng", "thuyết", "quả", "Quyết định số 12/2024", "khuyến khích", "hoài"} {
		for _, st := range []ToneStyle{StyleOld, StyleNew} {
			if got := ConvertTone(same, st); got != same {
				t.Errorf("ConvertTone(%q, %v) = %q, want unchanged", same, st, got)
			}
		}
	}
}

func TestParseToneStyle(t *testing.T) {
	for i, n := range []string{"keep", "old", "NEW"} {
		st, err := ParseToneStyle(n)
		if err != nil || st != ToneStyle(i) {
			t.Errorf("ParseToneStyle(%q) = %v, %v", n, st, err)
		}
	}
	if _, err := ParseToneStyle("modern"); err == nil {
		t.Error("ParseToneStyle(modern) accepted")
	}
}

func TestPlacement(t *testing.T) {
	for w, want := range map[string]ToneStyle{"hòa": StyleOld, "hoà": StyleNew, "hoa": StyleKeep, "quý": StyleKeep, "thuỷ": StyleNew} {
		s, _ := Parse(w)
		if s.Placement() != want {
			t.Errorf("Parse(%q).Placement() = %v, want %v", w, s.Placement(), want)
		}
	}
}

func TestStrip(t *testing.T) {
	for _, tt := range []struct{ in, diacritics, tone, skeleton string }{
		{"Quyết định", "Quyet dinh", "Quyêt đinh", "quyet dinh"},
		{"ĐẢNG ỦY", "DANG UY", "ĐANG UY", "dang uy"},
		{"Huyện", "Huyen", "Huyên", "huyen"},
		{"plain ASCII", "plain ASCII", "plain ASCII", "plain ascii"},
		{NFD("Kế hoạch"), "Ke hoach", NFC("Kê hoach"), "ke hoach"},
		{"cüa", "cua", "cüa", "cua"},
		// Marks outside Vietnamese go too, in any script; the homoglyph
		// capitals of codes (TT-BTС with a Cyrillic Es) keep their case.
		{"Ǘ Й ё ά", "U И е α", "Ǘ Й ё ά", "u и е α"},
		{"a\u0308\u0301 ≠", "a =", "ä ≠", "a ="},
	} {
		if got := StripDiacritics(tt.in); got != tt.diacritics {
			t.Errorf("StripDiacritics(%q) = %q, want %q", tt.in, got, tt.diacritics)
		}
		if got := NFC(StripTone(tt.in)); got != tt.tone {
			t.Errorf("StripTone(%q) = %q, want %q", tt.in, got, tt.tone)
		}
		if got := Skeleton(tt.in); got != tt.skeleton {
			t.Errorf("Skeleton(%q) = %q, want %q", tt.in, got, tt.skeleton)
		}
	}
}

func TestCase(t *testing.T) {
	for w, want := range map[string]Case{"quyết": CaseLower, "Quyết": CaseTitle, "QUYẾT": CaseUpper,
		"chInh": CaseMixed, "Ủ": CaseTitle, "2024": CaseNone, "(Huyện": CaseTitle, "ĐẢNG": CaseUpper} {
		if got := CaseOf(w); got != want {
			t.Errorf("CaseOf(%q) = %v, want %v", w, got, want)
		}
	}
	for _, tt := range []struct{ from, to, want string }{
		{"KẾ", "hoạch", "HOẠCH"}, {"Huyn", "huyện", "Huyện"}, {"ke", "Kế", "kế"},
		{"chInh", "chính", "chính"}, {"ĐảNG", "đảng", "ĐẢNG"}, {"HuyỆn", "huyện", "Huyện"}, {"123", "một", "một"},
	} {
		if got := CarryCase(tt.from, tt.to); got != tt.want {
			t.Errorf("CarryCase(%q, %q) = %q, want %q", tt.from, tt.to, got, tt.want)
		}
	}
}

// RaiseCase only raises: the capitals of an abbreviation the lexicon
// spells (HĐND) survive a Title or lower pattern, which ApplyCase would
// lower.
func TestRaiseCase(t *testing.T) {
	for _, tt := range []struct {
		word string
		c    Case
		want string
	}{
		{"huyện", CaseTitle, "Huyện"}, {"huyện", CaseUpper, "HUYỆN"}, {"huyện", CaseLower, "huyện"},
		{"HĐND", CaseTitle, "HĐND"}, {"HĐND", CaseLower, "HĐND"}, {"ủy", CaseTitle, "Ủy"},
		{"2024", CaseUpper, "2024"}, {"(ủy", CaseTitle, "(Ủy"}, {"huyện", CaseMixed, "huyện"},
	} {
		if got := RaiseCase(tt.word, tt.c); got != tt.want {
			t.Errorf("RaiseCase(%q, %v) = %q, want %q", tt.word, tt.c, got, tt.want)
		}
	}
	if got := ApplyCase("HĐND", CaseTitle); got != "Hđnd" {
		t.Errorf("ApplyCase(HĐND, title) = %q", got)
	}
	for w, want := range map[string]Case{"KhOACH": CaseUpper, "ĐảN": CaseUpper, "ĐanH": CaseTitle,
		"hĐND": CaseLower, "xA": CaseLower, "chInh": CaseLower, "huyện": CaseLower, "Huyện": CaseTitle, "HUYỆN": CaseUpper, "A": CaseTitle, "Ab": CaseTitle, "AB": CaseUpper, "-": CaseNone} {
		if got := CleanCaseOf(w); got != want {
			t.Errorf("CleanCaseOf(%q) = %v, want %v", w, got, want)
		}
	}
}

func TestLetterHelpers(t *testing.T) {
	for r, want := range map[rune]rune{'Ế': 'e', 'ư': 'u', 'Đ': 'd', 'ü': 'u', 'Q': 'q', '7': '7', 'й': 'и', '-': '-'} {
		if got := BaseLetter(r); got != want {
			t.Errorf("BaseLetter(%q) = %q, want %q", r, got, want)
		}
	}
	for r, want := range map[rune]rune{'ố': 'ô', 'Ặ': 'Ă', 'ư': 'ư', 'a': 'a', 'đ': 'đ', 'ü': 'ü'} {
		if got := WithoutTone(r); got != want {
			t.Errorf("WithoutTone(%q) = %q, want %q", r, got, want)
		}
	}
	for r, want := range map[rune]bool{'ố': true, 'ă': true, 'Đ': true, 'à': true, 'o': false, 'D': false, 'ü': false} {
		if got := Marked(r); got != want {
			t.Errorf("Marked(%q) = %v, want %v", r, got, want)
		}
	}
	for r, want := range map[rune]struct {
		base rune
		t    Tone
		ok   bool
	}{'ố': {'ô', ToneAcute, true}, 'Ặ': {'ă', ToneDot, true}, 'Đ': {'đ', ToneLevel, true}, 'ü': {0, ToneLevel, false}} {
		if b, tone, ok := SplitLetter(r); b != want.base || tone != want.t || ok != want.ok {
			t.Errorf("SplitLetter(%q) = %q, %v, %v", r, b, tone, ok)
		}
	}
	if WithTone('ô', ToneAcute) != 'ố' || WithTone('đ', ToneAcute) != 'đ' || !IsVowel('ư') || IsVowel('đ') {
		t.Error("WithTone or IsVowel")
	}
	if ToneOfMark('\u0301') != ToneAcute || ToneOfMark('\u0302') != ToneLevel {
		t.Error("ToneOfMark")
	}
	ls := Letters()
	// a–z, đ, and the twelve vowels in six tones less the six toneless
	// ones among a–z: 26 + 1 + 12*6 - 6.
	if len(ls) != 26+1+12*6-6 {
		t.Errorf("Letters() has %d letters", len(ls))
	}
	for i, r := range ls {
		if !IsLetter(r) || string(AppendLower(nil, string(r))) != string(r) || i > 0 && ls[i-1] >= r {
			t.Errorf("Letters()[%d] = %q: not a small letter in order", i, r)
		}
	}
}

func TestLower(t *testing.T) {
	for in, want := range map[string]string{"ĐẢNG ỦY": "đảng ủy", NFD("Kế"): "kế", "HDND": "hdnd", "hdnd": "hdnd"} {
		if got := Lower(in); got != want {
			t.Errorf("Lower(%q) = %q, want %q", in, got, want)
		}
	}
}

func TestAppendLower(t *testing.T) {
	if got := string(AppendLower(nil, "ĐẢNG ỦY Huyện Long Thành")); got != "đảng ủy huyện long thành" {
		t.Errorf("AppendLower = %q", got)
	}
}

func TestHotPathsDoNotAllocate(t *testing.T) {
	buf := make([]byte, 0, 64)
	words := []string{"nghiêng", "Huyện", "quý", "hòa", "xyz"}
	checks := map[string]func(){
		"Parse": func() {
			for _, w := range words {
				Parse(w)
			}
		},
		"Valid": func() {
			for _, w := range words {
				Valid(w)
			}
		},
		"AppendSkeleton": func() {
			for _, w := range words {
				buf = AppendSkeleton(buf[:0], w)
			}
		},
		"AppendTo": func() {
			s, _ := Parse("thủy")
			buf = s.AppendTo(buf[:0], StyleNew)
		},
		"ConvertToneUnchanged": func() { ConvertTone("Quyết định của Huyện", StyleNew) },
		"StripDiacriticsASCII": func() { StripDiacritics("Ke hoach") },
		"BaseLetter": func() {
			for _, r := range "Nghiêng Đüй" {
				BaseLetter(r)
			}
		},
		"CaseOf": func() { CaseOf("Huyện") },
	}
	for name, f := range checks {
		if n := testing.AllocsPerRun(100, f); n != 0 {
			t.Errorf("%s allocates %.1f times per run", name, n)
		}
	}
}

func BenchmarkParse(b *testing.B) {
	words := []string{"nghiêng", "Huyện", "quý", "hòa", "người", "các", "và", "xyz"}
	b.ReportAllocs()
	for i := 0; b.Loop(); i++ {
		Parse(words[i%len(words)])
	}
}

func BenchmarkSkeleton(b *testing.B) {
	words := []string{"nghiêng", "Huyện", "quý", "hòa", "người", "các", "và", "xyz"}
	buf := make([]byte, 0, 32)
	for i := 0; b.Loop(); i++ {
		buf = AppendSkeleton(buf[:0], words[i%len(words)])
	}
}

func TestHasVowel(t *testing.T) {
	for w, want := range map[string]bool{
		"thực": true, "ƯỚC": true, "Ổ": true, "y": true, "cüa": true, "Tİnh": true,
		"MTTQ": false, "TW": false, "đ": false, "12": false, "": false, "ng": false,
	} {
		if got := HasVowel(w); got != want {
			t.Errorf("HasVowel(%q) = %v, want %v", w, got, want)
		}
	}
}
