package repair

import (
	"context"
	"strings"
	"testing"
	"unicode"

	"github.com/vidoc/vidoc/internal/errmodel"
	"github.com/vidoc/vidoc/internal/viet"
)

// choiceTruth is text written for this test, ten lines more of the kind
// adaptTruth has.
const choiceTruth = `Ủy ban nhân dân huyện chỉ đạo các phòng, ban chuyên môn rà soát thủ tục hành chính.
Trường học phối hợp với gia đình chăm sóc, giáo dục trẻ em và học sinh trên địa bàn.
Các cấp ủy đảng lãnh đạo việc thực hiện nghị quyết của ban thường vụ tỉnh ủy.
Sở tài chính hướng dẫn các đơn vị lập dự toán ngân sách năm sau đúng thời hạn.
Mặt trận tổ quốc và các đoàn thể chính trị tuyên truyền sâu rộng trong nhân dân.
Văn phòng ủy ban tổng hợp ý kiến góp ý của các cơ quan, đơn vị có liên quan.
Những trường hợp vi phạm phải được xử lý nghiêm minh, đúng quy định của pháp luật.
Thủ trưởng các cơ quan chịu trách nhiệm tổ chức thực hiện kế hoạch này.
Quá trình thực hiện nếu có khó khăn, vướng mắc thì báo cáo để xem xét giải quyết.
Hội đồng thi đua khen thưởng đánh giá kết quả phong trào vào cuối mỗi năm học.
`

// legacyDamage reads text as an engine of the legacy kind does: most marks
// lost, and the letters that carry them read as other glyphs, at places
// picked by a fixed rule so the test is the same every run: ư as "ir", ơ as
// "&" or "o", a small hook or dot under a vowel as a diaeresis ("ü"), đ as
// "d", and one word in seven with a letter lost. The rows come from how
// glyph-level OCR of old fonts fails, not from any document.
func legacyDamage(text string) string {
	var b strings.Builder
	n := 0
	for _, w := range strings.SplitAfter(text, " ") {
		n++
		lost := n%7 == 3
		for i, r := range w {
			base := unicode.ToLower(viet.WithoutTone(r))
			switch {
			case lost && i >= len(w)/2 && unicode.IsLetter(r):
				lost = false
				continue
			case base == 'ư':
				b.WriteString("ir")
			case base == 'ơ' && n%2 == 0:
				b.WriteString("&")
			case base == 'ơ':
				b.WriteString("o")
			case base == 'u' && viet.WithoutTone(r) != r:
				b.WriteString("ü")
			case base == 'ă':
				b.WriteString("ä")
			default:
				b.WriteString(viet.StripDiacritics(string(r)))
			}
		}
	}
	return b.String()
}

// The kind of damage is a property of the input, not of how much of it
// is read: on a legacy-damaged text the choice over the first half of it,
// over the whole, over it twice and four times (past choiceWords, so only
// every third word weighs) agree, and Adapt adapts the
// legacy channel whichever it reads.
func TestChannelChoiceIsStableOverSampleSize(t *testing.T) {
	r := realRepairer(t, Options{})
	in := legacyDamage(adaptTruth + choiceTruth)
	lines := strings.SplitAfter(in, "\n")
	for _, s := range []string{strings.Join(lines[:len(lines)/2], ""), in, in + in, strings.Repeat(in, 4)} {
		ch := r.sampleDamage(s)
		if ch == nil || ch.Name != errmodel.Legacy {
			t.Errorf("%d bytes: chose %v, want legacy", len(s), ch)
		}
		_, ad, err := r.Adapt(context.Background(), s)
		if err != nil {
			t.Fatal(err)
		}
		if ad.Damage != "" && ad.Damage != errmodel.Legacy {
			t.Errorf("%d bytes: adapted %q", len(s), ad.Damage)
		}
	}
}

// Text that only lost its marks is stripped, and correct text clean, by
// the same comparison.
func TestChannelChoiceOfStrippedAndCleanText(t *testing.T) {
	r := realRepairer(t, Options{})
	for in, want := range map[string]string{
		viet.StripDiacritics(adaptTruth + choiceTruth): errmodel.Stripped,
		adaptTruth + choiceTruth:                       errmodel.Clean,
	} {
		if ch := r.sampleDamage(in); ch == nil || ch.Name != want {
			t.Errorf("chose %v, want %s for %.40q", ch, want, in)
		}
	}
}

// A kind of damage forced by Options.Damage is the one adapted, whatever
// the sample looks like; adapting to it and repairing do not fail.
func TestForcedDamageIsTheChoice(t *testing.T) {
	in := viet.StripDiacritics(adaptTruth + choiceTruth)
	for _, d := range []string{errmodel.Clean, errmodel.Stripped, errmodel.Legacy} {
		r := realRepairer(t, Options{Damage: d})
		if ch := r.sampleDamage(in); ch == nil || ch.Name != d {
			t.Errorf("forced %s: chose %v", d, ch)
		}
		ar, _, err := r.Adapt(context.Background(), in)
		if err != nil {
			t.Fatal(err)
		}
		repairText(t, ar, in)
	}
}

// scannerShapes reads text as a scanner whose layer drops nearly every
// mark does, with an old engine's shapes in a few words: in one word of
// eight that carries a marked vowel, the vowel is read as the glyph its
// marks blur into (ô and ơ as a capital O, ê as 8, ọ as 9, ư as "ir"),
// every other word only stripped. Placed by a fixed rule, from how
// glyph-level OCR fails, not from any document.
func scannerShapes(text string) string {
	var b strings.Builder
	n := 0
	for _, w := range strings.SplitAfter(text, " ") {
		shaped := false
		for _, r := range w {
			if viet.Marked(unicode.ToLower(r)) && unicode.ToLower(r) != 'đ' && !shaped {
				shaped = true
				n++
			}
		}
		done := false
		for _, r := range w {
			low := unicode.ToLower(r)
			shape := ""
			switch base := viet.WithoutTone(low); {
			case done || !shaped || n%8 != 0:
			case base == 'ô' || base == 'ơ':
				shape = "O"
			case base == 'ê':
				shape = "8"
			case low == 'ọ':
				shape = "9"
			case base == 'ư':
				shape = "ir"
			}
			if shape != "" {
				b.WriteString(shape)
				done = true
				continue
			}
			b.WriteString(viet.StripDiacritics(string(r)))
		}
	}
	return b.String()
}

// A layer that lost nearly every mark but reads a few marked vowels as an
// old engine's shapes is of the legacy kind, though the stripped channel
// explains its many plain words a little better: the shaped words decide.
func TestChannelChoiceHearsTheShapedWords(t *testing.T) {
	r := realRepairer(t, Options{})
	in := scannerShapes(adaptTruth + choiceTruth)
	if ch := r.sampleDamage(in); ch == nil || ch.Name != errmodel.Legacy {
		name := "none"
		if ch != nil {
			name = ch.Name
		}
		t.Errorf("chose %s, want legacy for %q", name, in)
	}
}
