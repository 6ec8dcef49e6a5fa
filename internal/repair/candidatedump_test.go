package repair

import (
	"bufio"
	"fmt"
	"os"
	"strings"
	"testing"

	"github.com/vidoc/vidoc/internal/errmodel"
)

// TestCandidateDump is a tool, not a test: with CANDIDATE_DUMP_IN naming a
// file of observed words, one a line, it writes to CANDIDATE_DUMP_OUT, for
// each, the word, the ordinary candidates of legacy damage and those of the
// deeper search (deepLimitsOf), tab-separated, the syllables of each
// space-separated. scripts/textlayer_causes.py reads it to tell a right
// syllable never proposed from one proposed but not chosen.
func TestCandidateDump(t *testing.T) {
	in, outName := os.Getenv("CANDIDATE_DUMP_IN"), os.Getenv("CANDIDATE_DUMP_OUT")
	if in == "" || outName == "" {
		t.Skip("CANDIDATE_DUMP_IN and CANDIDATE_DUMP_OUT unset: nothing to dump")
	}
	r, err := New(Options{})
	if err != nil {
		t.Fatal(err)
	}
	ch := r.channels.Get(errmodel.Legacy)
	f, err := os.Open(in)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	out, err := os.Create(outName)
	if err != nil {
		t.Fatal(err)
	}
	defer out.Close()
	sc := bufio.NewScanner(f)
	for sc.Scan() {
		w := sc.Text()
		obs := normalizeObserved(w)
		var plain, deep []string
		for _, c := range r.candidates(ch, capitalObserved(ch, w, obs)) {
			plain = append(plain, r.syl[c.word])
		}
		for _, c := range r.candidatesLim(ch, obs, deepLimitsOf(ch, w, obs)) {
			deep = append(deep, r.syl[c.word])
		}
		fmt.Fprintf(out, "%s\t%s\t%s\n", w, strings.Join(plain, " "), strings.Join(deep, " "))
	}
	if err := sc.Err(); err != nil {
		t.Fatal(err)
	}
}
