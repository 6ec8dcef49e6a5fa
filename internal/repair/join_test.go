package repair

import (
	"strings"
	"testing"
)

// A lone letter two spaces after a word may be the end of a syllable the
// OCR split ("ho  p" for "hợp"); a whole word that far away is not.
func TestJoinableAcrossDoubleSpace(t *testing.T) {
	for text, want := range map[string]bool{
		"ho p":    true,
		"ho  p":   true,
		"ho  tac": false,
		"ho   p":  false,
	} {
		s := slotsOf(text)
		if len(s) != 2 {
			t.Fatalf("%q: %d slots", text, len(s))
		}
		if s[1].joinable != want {
			t.Errorf("%q: joinable %v, want %v", text, s[1].joinable, want)
		}
	}
}

// Text written letter-spaced ("Qu ả ng", "trung ươ n g") is not joined two
// pieces at a time: that would leave the rest of the word in pieces. A
// syllable split in two by the OCR still is ("thuc hi en").
func TestSpacedRunNotHalfJoined(t *testing.T) {
	r := realRepairer(t, Options{Damage: "clean"})
	wantRepairs(t, r, map[string]string{
		"Tỉnh Qu ả ng Bình\n":          "Tỉnh Qu ả ng Bình\n",
		"ngân sách trung ươ n g cấp\n": "ngân sách trung ươ n g cấp\n",
	})
	s := realRepairer(t, Options{Damage: "stripped"})
	if got := repairText(t, s, "trien khai thuc hi en ke hoach\n").Text; got != "triển khai thực hiện kế hoạch\n" {
		t.Errorf("split syllable not joined: %q", got)
	}
}

// Sentences end where a heading in capitals begins or ends and at a blank
// line; in double-spaced text only a capital after a blank line opens one.
func TestBoundaries(t *testing.T) {
	count := func(text string) int {
		slots := slotsOf(text)
		n := 0
		for _, s := range withBoundaries(text, slots, linesInCapitals(text, slots)) {
			if s.kind == slotBoundary {
				n++
			}
		}
		return n
	}
	for text, want := range map[string]int{
		"BỘ TÀI CHÍNH\nSố công văn gửi các tỉnh\n":                  1,
		"Độc lập - Tự do - Hạnh phúc\n\nSố công văn gửi các tỉnh\n": 1,
		"các cơ quan cùng\nthực hiện kế hoạch\n":                    0,
		"các cơ quan cùng\n\nthực hiện\n\nkế hoạch\n\nnày\n":        0,
		"các cơ quan cùng\n\nthực hiện\n\nkế hoạch\n\nNăm sau\n":    1,
		"KẾ HOẠCH\nTRIỂN KHAI THỰC HIỆN\n":                          0,
	} {
		if got := count(text); got != want {
			t.Errorf("%q: %d boundaries, want %d", text, got, want)
		}
	}
}

// Marks glued to a word that are letters: a "’" after o or u is the horn of
// ơ, ư drawn apart, a "!" mid-line an I; they stay in the word, while
// a "’" that closes a quotation or a "!" that ends a sentence is punctuation.
func TestMarksGluedToWords(t *testing.T) {
	for text, want := range map[string]string{
		"co’ so’ hạ tầng": "co’|so’|hạ|tầng",
		"‘Hồ Gươm’ đẹp":   "Hồ|Gươm|đẹp",
		"chữ ‘so’":        "chữ|so",
		"nhà’":            "nhà",
		// A "!" mid-line before a word in the same case is an I.
		"XA HO! CHU NGHIA": "XA|HO!|CHU|NGHIA",
		"Tốt lắm! Cảm ơn":  "Tốt|lắm|Cảm|ơn",
		"HAY LAM!":         "HAY|LAM",
	} {
		var words []string
		for _, s := range slotsOf(text) {
			if s.kind == slotWord {
				words = append(words, text[s.start:s.end])
			}
		}
		if got := strings.Join(words, "|"); got != want {
			t.Errorf("%q: words %q, want %q", text, got, want)
		}
	}
}

// A number with its unit glued on is kept as it is; a digit or two before
// letters that make no unit may be damaged letters.
func TestIsMeasure(t *testing.T) {
	for w, want := range map[string]bool{
		"1,5m": true, "2.5kg": true, "10kg": true, "500m2": true, "35ha": true,
		"1ut": false, "16isng": false, "5m": true, "3ha": true, "1t": false, "T65": false, "56": false,
		"23h": true, "2021den": false, "15tai": false,
		"7h30": true, "14g00": true, "23h59": true, "7h3": false, "25h00": false, "7h75": false, "7hoo": false,
	} {
		if got := isMeasure(w); got != want {
			t.Errorf("isMeasure(%q) = %v, want %v", w, got, want)
		}
	}
	r := realRepairer(t, Options{Damage: "stripped"})
	if got := repairText(t, r, "cao hon nen nha tu 1,5m den 2,5m\n").Text; !strings.HasSuffix(got, " 1,5m đến 2,5m\n") {
		t.Errorf("measures: %q", got)
	}
	l := realRepairer(t, Options{Damage: "legacy"})
	if got := repairText(t, l, "8h30 ngay 12/3/2024 hop tai hôi truong, xong 16h45\n").Text; got != "8h30 ngày 12/3/2024 họp tại hội trường, xong 16h45\n" {
		t.Errorf("clock times: %q", got)
	}
}

// Two first letters joined by "/" are an abbreviation, kept as written.
func TestLetterSlashLetter(t *testing.T) {
	for w, want := range map[string]bool{"V/v": true, "b/c": true, "đ/c": true, "và/hoặc": false, "V/": false, "1/2": false, "a/b/c": false} {
		if got := letterSlashLetter(w); got != want {
			t.Errorf("letterSlashLetter(%q) = %v, want %v", w, got, want)
		}
	}
	r := realRepairer(t, Options{Damage: "legacy"})
	if got := repairText(t, r, "V/v tang cuong công tác b/c\n").Text; got != "V/v tăng cường công tác b/c\n" {
		t.Errorf("abbreviations: %q", got)
	}
}

// A consonant alone is kept as a letter, unless the context wants the
// syllable whose vowel OCR lost.
func TestLoneConsonant(t *testing.T) {
	r := realRepairer(t, Options{Damage: "stripped"})
	wantRepairs(t, r, map[string]string{
		"phat trien kinh te - x hoi va du lich\n": "phát triển kinh tế - xã hội và du lịch\n",
		"tai diem b khoan 2 Dieu 5\n":             "tại điểm b khoản 2 Điều 5\n",
		"cac diem a, b, c va d cua khoan nay\n":   "các điểm a, b, c và d của khoản này\n",
	})
}
