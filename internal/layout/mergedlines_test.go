package layout

import (
	"context"
	"slices"
	"strings"
	"testing"

	"github.com/vidoc/vidoc/internal/ocr"
)

// mergedList is a Nơi nhận list written for the test; its first two items
// are the lines Tesseract runs together below.
var mergedList = []string{"Nơi nhận:", "- Các phòng chuyên môn thuộc Sở;", "- Ủy ban nhân dân các huyện, thị xã;",
	"- Trung tâm Công nghệ thông tin;", "- Lưu: VT, VP."}

// TestMergedListLinesReadAgain: Tesseract sometimes runs two tightly set
// lines of print into one word of a few characters read with little
// confidence, in a box two lines high ("\"5." for two Nơi nhận items of a
// colour tuning scan), and both lines are lost. On a generated last page
// (internal/formgen) OCRed with Tesseract, the words of two list items are
// put together into such a word, as Tesseract gave it there; the layout
// reads the box again on its own crop and both items come back. Without a
// reader to read again they stay lost: the test's page holds the failure.
func TestMergedListLinesReadAgain(t *testing.T) {
	e := formgenEngine(t)
	fp := formgenPage(t, 19, true)
	f := &fp.Form
	f.HeaderLeft, f.HeaderRight, f.Title, f.Banner = nil, nil, nil, nil
	f.PageNumber = "2"
	f.Body = f.Body[len(f.Body)-1:]
	f.ClosingLeft = mergedList
	// No seal, whose re-reading of the lines it crosses would stand in
	// for the rule tested here.
	f.Seal, f.Signature = nil, false
	res := recognizeFormgen(t, e, fp)
	mergeLines(t, res, mergedList[1], mergedList[2])
	for _, reader := range []Reader{nil, e} {
		r := *res
		r.Words = slices.Clone(res.Words)
		p, err := Analyze(context.Background(), &r, res.Image, Options{Reader: reader})
		if err != nil {
			t.Fatal(err)
		}
		got := strings.Split(p.Text, "\n")
		for _, want := range mergedList[1:3] {
			if held := heldAlone(want, got); held != (reader != nil) {
				t.Errorf("reader %v: item %q held %v:\n%s", reader != nil, want, held, p.Text)
			}
		}
	}
}

// mergeLines puts the words of the two Tesseract lines that read as a and b
// (within lost_lines.py's 60 %) together into one word, as Tesseract gives
// two lines it failed to segment: three characters at confidence 30 in
// their joint box.
func mergeLines(t *testing.T, res *ocr.Result, a, b string) {
	t.Helper()
	lines := map[[3]int][]int{}
	var keys [][3]int
	for i, w := range res.Words {
		k := [3]int{w.Block, w.Par, w.Line}
		if _, ok := lines[k]; !ok {
			keys = append(keys, k)
		}
		lines[k] = append(lines[k], i)
	}
	var merged []int
	for _, want := range []string{a, b} {
		// The item's words: its line's first words, up to the one that
		// ends it with ";" (the signer block may stand on the same line).
	line:
		for _, k := range keys {
			for n, i := range lines[k] {
				if item := lines[k][:n+1]; strings.HasSuffix(res.Words[i].Text, ";") && heldAlone(want, []string{wordsOf(res, item)}) {
					merged = append(merged, item...)
					break line
				}
			}
		}
	}
	if len(merged) == 0 || !heldAlone(b, []string{wordsOf(res, merged)}) || !heldAlone(a, []string{wordsOf(res, merged)}) {
		t.Fatalf("items %q and %q not both read on the page:\n%s", a, b, res.Text)
	}
	first := res.Words[merged[0]]
	box := first.Box
	for _, i := range merged {
		box = union(box, res.Words[i].Box)
	}
	var words []ocr.Word
	for i, w := range res.Words {
		switch {
		case i == merged[0]:
			words = append(words, ocr.Word{Text: "\"5.", Box: box, Confidence: 30, Block: first.Block, Par: first.Par, Line: first.Line})
		case !slices.Contains(merged, i):
			words = append(words, w)
		}
	}
	res.Words = words
}

// wordsOf is the text of the words idx of res.
func wordsOf(res *ocr.Result, idx []int) string {
	var texts []string
	for _, i := range idx {
		texts = append(texts, res.Words[i].Text)
	}
	return strings.Join(texts, " ")
}
