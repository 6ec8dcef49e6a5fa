package repair

import (
	"strings"
	"testing"

	"github.com/vidoc/vidoc/dictionaries"
)

// On text with the legacy kind of damage, a word mid-sentence whose only
// capital is a look-alike first letter is written small when the corpus
// almost never capitalises it there; names, titles, sentence starts and
// words the corpus does capitalise keep their capital. Sentences written
// for this test.
func TestMadeUpCapitals(t *testing.T) {
	r := realRepairer(t, Options{Damage: "legacy"})
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
		// Kept: a run of capitalised words is a name.
		"Hồ sơ được gửi đến Sở Công Thương tỉnh.\n": "Hồ sơ được gửi đến Sở Công Thương tỉnh.\n",
		// Kept: a sentence starts after the stop.
		"Hồ sơ đã nộp đủ. Chủ yếu là giấy tờ.\n": "Hồ sơ đã nộp đủ. Chủ yếu là giấy tờ.\n",
		// Kept: the line is a heading in capitals.
		"KẾ HOẠCH HỖ TRỢ Chủ YẾU\n": "KẾ HOẠCH HỖ TRỢ Chủ YẾU\n",
	})
}

// Correct text, read as near-correct, keeps every capital: the rule is for
// engines that tell look-alike capitals by size alone.
func TestMadeUpCapitalsOnlyLegacy(t *testing.T) {
	for _, damage := range []string{"clean", "stripped"} {
		r := realRepairer(t, Options{Damage: damage})
		in := "Sở đã gửi văn bản tới các Cơ sở giáo dục trong tỉnh.\n"
		if got := repairText(t, r, in).Text; got != in {
			t.Errorf("%s: %q → %q, want it kept", damage, in, got)
		}
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
