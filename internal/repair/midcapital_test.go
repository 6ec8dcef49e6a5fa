package repair

import (
	"context"
	"strings"
	"testing"

	"github.com/vidoc/vidoc/dictionaries"
)

// legacyUnsureCase is a repairer of the legacy kind of damage for a
// document whose engine does not know case.
func legacyUnsureCase(t *testing.T) *Repairer {
	r := realRepairer(t, Options{Damage: "legacy"})
	r.docCase = caseUnreliable
	return r
}

// On text with the legacy kind of damage from an engine that does not
// know case, a word mid-sentence whose only capital is a look-alike first
// letter is written small when the corpus almost never capitalises it
// there; names, titles, sentence starts and words the corpus does
// capitalise keep their capital. Sentences written for this test.
func TestMadeUpCapitals(t *testing.T) {
	r := legacyUnsureCase(t)
	wantRepairs(t, r, map[string]string{
		// "chủ" alone is often capitalised (Chủ tịch), before "yếu" never.
		"Học sinh được hỗ trợ Chủ yếu bằng tiền mặt.\n": "Học sinh được hỗ trợ chủ yếu bằng tiền mặt.\n",
		// "cơ" after "các" is almost never capitalised.
		"Sở đã gửi văn bản tới các Cơ sở giáo dục trong tỉnh.\n": "Sở đã gửi văn bản tới các cơ sở giáo dục trong tỉnh.\n",
		// Carried on from the line before, with no sentence end between.
		"Học sinh nghèo được hỗ trợ\nChủ yếu bằng tiền mặt.\n": "Học sinh nghèo được hỗ trợ\nchủ yếu bằng tiền mặt.\n",
		// "ủy" after "Huyện" is written small (the term supplement).
		"Văn bản gửi Ban Thường vụ Huyện Ủy và các chi bộ.\n": "Văn bản gửi Ban Thường vụ Huyện ủy và các chi bộ.\n",
		// Kept: a title the corpus capitalises.
		"Đoàn đã đến làm việc với Chủ tịch xã.\n": "Đoàn đã đến làm việc với Chủ tịch xã.\n",
		// Kept: after a capitalised word, a name ("chuyền" is rarely
		// capitalised, but no row says "Hải chuyền" is written so).
		"Đơn đề nghị của bà Lê Thị Hải Chuyền gửi Ủy ban.\n": "Đơn đề nghị của bà Lê Thị Hải Chuyền gửi Ủy ban.\n",
		// Kept: a run of capitalised words is a name.
		"Hồ sơ được gửi đến Sở Công Thương tỉnh.\n": "Hồ sơ được gửi đến Sở Công Thương tỉnh.\n",
		// Kept: a sentence starts after the stop.
		"Hồ sơ đã nộp đủ. Chủ yếu là giấy tờ.\n": "Hồ sơ đã nộp đủ. Chủ yếu là giấy tờ.\n",
		// Kept: the line is a heading in capitals.
		"KẾ HOẠCH HỖ TRỢ Chủ YẾU\n": "KẾ HOẠCH HỖ TRỢ Chủ YẾU\n",
	})
}

// The rule is for engines that tell look-alike capitals by size alone:
// text read as near-correct or stripped, and text from an engine that
// knows case, keep every capital.
func TestMadeUpCapitalsOnlyUnsureCase(t *testing.T) {
	in := "Sở đã gửi văn bản tới các Cơ sở giáo dục trong tỉnh.\n"
	for _, damage := range []string{"clean", "stripped", "legacy"} {
		r := realRepairer(t, Options{Damage: damage})
		r.docCase = caseUnreliable
		if damage == "legacy" {
			r.docCase = caseReliable
		}
		if got := repairText(t, r, in).Text; got != in {
			t.Errorf("%s, %v: %q → %q, want it kept", damage, r.docCase, in, got)
		}
	}
}

// A text in which many words carry capitals after their first letter
// comes from an engine that does not know case; correct text does not,
// nor do headings in capitals. Without an adaptation sample each text
// decides for itself; an adapted repairer decides on its sample.
func TestUnsureCase(t *testing.T) {
	random := "Ke hoach thirc hiEn chInh sach ve tre em cUa huyEn trong nAm nay\n"
	correct := "KẾ HOẠCH\nThực hiện chính sách về trẻ em của huyện trong năm nay, theo Luật Trẻ em.\n"
	if !unsureCase(random) {
		t.Errorf("unsureCase(%q) = false", random)
	}
	if unsureCase(correct) {
		t.Errorf("unsureCase(%q) = true", correct)
	}
	if caseEvidenceOf(random) != caseUnreliable || caseEvidenceOf(correct) != caseReliable {
		t.Errorf("caseEvidenceOf: %v, %v", caseEvidenceOf(random), caseEvidenceOf(correct))
	}
	r := realRepairer(t, Options{Damage: "legacy"})
	in := random + "Học sinh được hỗ trợ Chủ yếu bằng tiền mặt.\n"
	if got := repairText(t, r, in).Text; !strings.Contains(got, "hỗ trợ chủ yếu") {
		t.Errorf("no sample, text in random case: %q", got)
	}
	ar, _, err := r.Adapt(context.Background(), correct+correct)
	if err != nil {
		t.Fatal(err)
	}
	if ar.docCase != caseReliable {
		t.Errorf("adapted on correct text: docCase %v, want reliable", ar.docCase)
	}
}

// A row in context decides where it exists; a context row that says
// "capitalised" keeps the capital whatever the other says.
func TestRarelyInCorpus(t *testing.T) {
	table := parseCasing("# comment\n" +
		"xa\t-\t1000\t300\n" + // often capitalised
		"xa\tprev:ba\t500\t1\n" + // but not after "ba"
		"xa\tnext:ma\t500\t1\n" + // nor before "ma"
		"vo\t-\t1000\t2\n" + // almost never capitalised
		"vo\tnext:ta\t100\t50\n" + // but before "ta" often
		"bad row\n")
	for _, tc := range []struct {
		w, prev, next string
		want          bool
	}{
		{"xa", "", "", false},
		{"xa", "ba", "", true},
		{"xa", "", "ma", true},
		{"xa", "ca", "da", false},
		{"vo", "", "", true},
		{"vo", "ba", "ta", false},
		{"zo", "", "", false}, // no row: no evidence, kept
	} {
		if got := rarelyInCorpus(table, tc.w, tc.prev, tc.next); got != tc.want {
			t.Errorf("rarelyInCorpus(%q, %q, %q) = %v, want %v", tc.w, tc.prev, tc.next, got, tc.want)
		}
	}
	if len(table) != 5 {
		t.Errorf("parsed %d rows, want 5 (the malformed one skipped)", len(table))
	}
}

// Every row of the embedded casing.tsv parses, and only look-alike
// syllables are in it.
func TestCasingTableParses(t *testing.T) {
	rows := 0
	for line := range strings.Lines(dictionaries.Casing) {
		if !strings.HasPrefix(line, "#") {
			rows++
		}
	}
	table := casingTable()
	if len(table) != rows || rows == 0 {
		t.Fatalf("parsed %d of %d rows", len(table), rows)
	}
	for k := range table {
		if r := []rune(strings.ToUpper(k.syllable))[0]; !lookAlikeCapital(r) {
			t.Errorf("row %q: first letter has no look-alike capital", k.syllable)
		}
	}
}
