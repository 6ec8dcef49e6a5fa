package lm

import (
	"bytes"
	"context"
	"math"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/vidoc/vidoc/internal/token"
)

// toyCorpus is a little administrative prose, enough for every order to
// have singletons, doubletons and more.
const toyCorpus = `Ủy ban nhân dân tỉnh ban hành kế hoạch thực hiện chỉ thị số 12/2024/CT-UBND.
Ban Thường vụ Huyện ủy ban hành kế hoạch thực hiện nghị quyết.
Huyện ủy chỉ đạo các cấp ủy thực hiện kế hoạch năm 2022.
Các cơ quan, đơn vị thực hiện kế hoạch này; báo cáo kết quả về Ủy ban nhân dân tỉnh.
Ngày 18 tháng 3 năm 2022, Ủy ban nhân dân huyện ban hành quyết định.
Chăm sóc, giáo dục và bảo vệ trẻ em là trách nhiệm của các cấp ủy đảng.
Ban Thường vụ Tỉnh ủy chỉ đạo thực hiện nghị quyết năm 2023.
Các cơ quan báo cáo kết quả thực hiện kế hoạch về Ban Thường vụ Huyện ủy.
`

func writeToy(t *testing.T) string {
	t.Helper()
	dir := t.TempDir()
	// repeat with variations so counts are not all 1
	var b strings.Builder
	for i := 0; i < 3; i++ {
		b.WriteString(toyCorpus)
	}
	b.WriteString("Kế hoạch này có hiệu lực từ ngày ký.\nTrẻ em được chăm sóc và bảo vệ.\n")
	if err := os.WriteFile(filepath.Join(dir, "toy.txt"), []byte(b.String()), 0o644); err != nil {
		t.Fatal(err)
	}
	return dir
}

func buildToy(t *testing.T, order int, cut Cutoffs) (*Model, *BuildReport, []byte) {
	t.Helper()
	var buf bytes.Buffer
	rep, err := Build(context.Background(), BuildOptions{CorpusDirs: []string{writeToy(t)}, Order: order, MinCount: 1, Cutoffs: cut, Version: "test"}, &buf)
	if err != nil {
		t.Fatal(err)
	}
	m, err := Load(buf.String())
	if err != nil {
		t.Fatal(err)
	}
	return m, rep, buf.Bytes()
}

// sumOver returns Σ_w P(w | state) over every unit but <s>.
func sumOver(m *Model, s State) float64 {
	var sum float64
	for id := 0; id < m.VocabSize(); id++ {
		if WordID(id) == m.bos {
			continue
		}
		lp, _ := m.Score(s, WordID(id))
		sum += math.Exp(float64(lp))
	}
	return sum
}

func TestKneserNeySumsToOne(t *testing.T) {
	for _, tc := range []struct {
		order int
		cut   Cutoffs
	}{{3, nil}, {3, Cutoffs{1, 1}}, {4, nil}, {2, Cutoffs{1}}} {
		m, _, _ := buildToy(t, tc.order, tc.cut)
		contexts := [][]string{{}, {"kế"}, {"kế", "hoạch"}, {"ban", "thường", "vụ"}, {"ủy", "ban"}, {"trẻ", "em"}, {"xyz", "kế"}}
		for _, ctx := range contexts {
			s := m.Begin()
			for _, w := range ctx {
				_, s = m.Score(s, m.WordID(w))
			}
			if sum := sumOver(m, s); math.Abs(sum-1) > 2e-3 {
				t.Errorf("order %d cutoffs %v: Σ P(w | <s> %v) = %.6f, want 1", tc.order, tc.cut, ctx, sum)
			}
		}
		if sum := sumOver(m, m.Null()); math.Abs(sum-1) > 2e-3 {
			t.Errorf("order %d: unigram sum %.6f", tc.order, sum)
		}
	}
}

// TestEstimateExact checks the unquantized estimate: every stored context
// normalizes to 1 within float64 rounding.
func TestEstimateExact(t *testing.T) {
	u := newUnitText()
	var sc token.Scanner
	for _, l := range strings.Split(toyCorpus+toyCorpus, "\n") {
		u.addLine(&sc, nil, l)
	}
	names, remap := chooseVocab(u, 1)
	id := func(s string) uint32 { return remap[u.ids[s]] }
	bos, eos := id("<s>"), id("</s>")
	c := newCounts(3)
	var sent []uint32
	for _, x := range u.seq {
		if x == lineSep {
			c.addSentence(sent, bos, eos, 1)
			sent = sent[:0]
			continue
		}
		sent = append(sent, remap[x])
	}
	e, err := estimateKN(c, len(names), bos)
	if err != nil {
		t.Fatal(err)
	}
	if err := e.prune(c, nil); err != nil {
		t.Fatal(err)
	}
	for n := 1; n < 3; n++ {
		for h := range e.kept[n-1] {
			if n == 1 {
				continue
			}
			var sum float64
			for w := 0; w < len(names); w++ {
				if uint32(w) != bos {
					sum += e.backoffProb(n+1, packKey(h, uint32(w)))
				}
			}
			if math.Abs(sum-1) > 1e-9 {
				t.Fatalf("context %x: sum %.12f", h, sum)
			}
		}
	}
	for w := 0; w < len(names); w++ {
		var sum float64
		for v := 0; v < len(names); v++ {
			if uint32(v) != bos {
				sum += e.backoffProb(2, packKey(uint64(w), uint32(v)))
			}
		}
		if math.Abs(sum-1) > 1e-9 {
			t.Fatalf("context %s: sum %.12f", names[w], sum)
		}
	}
}

func TestRoundTrip(t *testing.T) {
	m, rep, data := buildToy(t, 3, nil)
	if m.Header().Version != "test" || m.Order() != 3 || m.VocabSize() != rep.Header.Vocab {
		t.Fatalf("header not kept: %+v", m.Header())
	}
	// a copy at an odd address loads too (the copying path of the reader)
	odd := string(append([]byte{0}, data...))[1:]
	m2, err := Load(odd)
	if err != nil {
		t.Fatal(err)
	}
	words := strings.Fields("ban thường vụ huyện ủy ban hành kế hoạch thực hiện nghị quyết")
	a, b := m.SentenceLogProb(words), m2.SentenceLogProb(words)
	if a != b || a >= 0 {
		t.Fatalf("log-probs differ or are not negative: %v %v", a, b)
	}
	for id := 0; id < m.VocabSize(); id++ {
		if got, ok := m.Lookup(m.Word(WordID(id))); !ok || got != WordID(id) {
			t.Fatalf("vocabulary round trip failed at %d %q", id, m.Word(WordID(id)))
		}
	}
	// seen text scores better than the same words shuffled
	shuffled := strings.Fields("hành quyết ủy thực kế ban nghị vụ hiện huyện hoạch thường ban")
	if m.SentenceLogProb(words) <= m.SentenceLogProb(shuffled) {
		t.Errorf("seen order not preferred")
	}
}

func TestLoadRejectsDamage(t *testing.T) {
	_, _, data := buildToy(t, 3, nil)
	for _, bad := range []string{"", "VIDOCLM", string(data[:len(data)/2]), "XXXXXXXX" + string(data[8:])} {
		if _, err := Load(bad); err == nil {
			t.Errorf("Load accepted %d damaged bytes", len(bad))
		}
	}
}

func TestNumberClass(t *testing.T) {
	m, _, _ := buildToy(t, 3, nil)
	// "năm 2022" in training teaches "năm <num>": an unseen year scores the same
	s := m.Begin()
	for _, w := range strings.Fields("kế hoạch năm") {
		_, s = m.Score(s, m.WordID(w))
	}
	num, ok := m.Lookup("<num>")
	if !ok {
		t.Fatal("<num> not in vocabulary")
	}
	lpNum, _ := m.Score(s, num)
	lpWord, _ := m.Score(s, m.WordID("nay"))
	if lpNum <= lpWord {
		t.Errorf("after 'năm', <num> (%.2f) should beat an unseen word (%.2f)", lpNum, lpWord)
	}
}
