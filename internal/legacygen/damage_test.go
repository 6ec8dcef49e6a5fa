package legacygen

import (
	"math/rand/v2"
	"strings"
	"testing"
	"unicode/utf8"
)

// text is written for these tests.
const text = `Ủy ban nhân dân xã tổ chức hội nghị tổng kết công tác năm 2024.
Trường học phối hợp với gia đình, đoàn thể chăm sóc trẻ em (theo Điều 5).
`

func TestSameSeedSameDamage(t *testing.T) {
	a, b := Text(text, 7, "doc"), Text(text, 7, "doc")
	if a != b {
		t.Fatalf("two runs differ:\n%q\n%q", a, b)
	}
	if c := Text(text, 8, "doc"); c == a {
		t.Errorf("seeds 7 and 8 give the same damage %q", a)
	}
	if !utf8.ValidString(a) {
		t.Errorf("not UTF-8: %q", a)
	}
}

func TestLinesKept(t *testing.T) {
	for seed := range uint64(20) {
		got := Text(text, seed, "doc")
		if n, want := strings.Count(got, "\n"), strings.Count(text, "\n"); n != want {
			t.Errorf("seed %d: %d lines, want %d:\n%s", seed, n, want, got)
		}
	}
}

func TestNoRatesNoDamage(t *testing.T) {
	rng := rand.New(rand.NewPCG(1, 2))
	if got := Damage(text, Rates{}, rng); got != text {
		t.Errorf("zero rates changed the text:\n%s", got)
	}
}

// With every marked vowel damaged and no other damage, no marked vowel is
// left but the ones whose hat or horn was kept (ê, ô, ơ, â, ă, ư carry no
// tone then), and đ is gone.
func TestMarksDamaged(t *testing.T) {
	rng := rand.New(rand.NewPCG(3, 4))
	got := Damage(text, Rates{Marked: 1, Placeholder: 0.3, Shape: 0.3, Swallow: 0.5}, rng)
	for _, c := range got {
		switch c {
		case 'ê', 'ô', 'ơ', 'â', 'ă', 'ư', 'Ê', 'Ô', 'Ơ', 'Â', 'Ă', 'Ư':
			continue
		}
		if c > 0x7f && c != 'ü' {
			t.Errorf("%q left in %q", c, got)
		}
	}
	if got == text {
		t.Error("nothing damaged")
	}
}

// A space between a word and a number may be read as a comma or a dot
// ("năm,2024"); a space elsewhere is not.
func TestSpaceBeforeNumberReadAsMark(t *testing.T) {
	rng := rand.New(rand.NewPCG(5, 6))
	got := Damage(text, Rates{SpaceMark: 1}, rng)
	if !strings.Contains(got, "năm,2024") && !strings.Contains(got, "năm.2024") {
		t.Errorf("no mark for the space before 2024: %q", got)
	}
	if strings.Count(got, " ") != strings.Count(text, " ")-2 {
		t.Errorf("other spaces changed: %q", got)
	}
}

// Marked vowels are also read as a capital inside small letters and as two
// letters (ơ as "er" or "or", á as "ci", ú as "ti"), as scanners' engines
// write them.
func TestShapesOfScannerEngines(t *testing.T) {
	seen := map[string]bool{}
	for seed := range uint64(200) {
		rng := rand.New(rand.NewPCG(seed, 9))
		got := Damage(text+"Phúc đáp công văn của sở, với các cơ quan.\n", Rates{Marked: 1, Shape: 1}, rng)
		for _, s := range []string{"mOt", "hOi", "vcri", "ver", "vor", "cer", "cor", "dci", "htic"} {
			if strings.Contains(got, s) {
				seen[s] = true
			}
		}
	}
	for _, want := range [][]string{{"ver", "cer"}, {"vor", "cor"}, {"htic"}} {
		if !seen[want[0]] && (len(want) < 2 || !seen[want[1]]) {
			t.Errorf("never read as %v in 200 engines: %v", want, seen)
		}
	}
}

// An engine with a dictionary snaps a word it damaged to a dictionary word
// one edit away, in the word's case, keeping its first letter; a word with
// no such neighbour stays as damaged. The dictionary is made for the test.
func TestSnapToDictionary(t *testing.T) {
	d := Dict{"tent": true, "bent": true, "fox": true}
	rng := rand.New(rand.NewPCG(1, 1))
	for in, want := range map[string]string{"tens": "tent", "Tens": "Tent", "TENS": "TENT", "bens": "bent", "hoc": "", "te~n": ""} {
		got, ok := d.near(in, rng)
		if !ok {
			got = ""
		}
		if got != want {
			t.Errorf("near(%q) = %q, want %q", in, got, want)
		}
	}
	got := Damage("tên tên tên tên tên tên tên tên\n", Rates{Marked: 1, Snap: 1, English: Dict{"tern": true}}, rng)
	if !strings.Contains(got, "tern") {
		t.Errorf("no word snapped: %q", got)
	}
}
