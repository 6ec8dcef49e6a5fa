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
