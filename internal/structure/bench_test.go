package structure

import (
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"testing"

	"golang.org/x/text/unicode/norm"
)

// benchTexts are the hand-cleaned sample and, when present, the dev texts.
func benchTexts(b *testing.B) []string {
	b.Helper()
	data, err := os.ReadFile("../../testdata/structure/longthanh-2024-kh.txt")
	if err != nil {
		b.Fatal(err)
	}
	texts := []string{string(data)}
	if dir := sharedDirOrEmpty(); dir != "" {
		files, _ := filepath.Glob(filepath.Join(dir, "dev", "texts", "*.txt"))
		for _, f := range files {
			if d, err := os.ReadFile(f); err == nil {
				texts = append(texts, string(d))
			}
		}
	}
	return texts
}

func totalBytes(texts []string) int64 {
	n := 0
	for _, t := range texts {
		n += len(t)
	}
	return int64(n)
}

// BenchmarkParse is the full parse; compare with BenchmarkParseBaseline,
// which only normalises and splits the same text.
func BenchmarkParse(b *testing.B) {
	texts := benchTexts(b)
	b.SetBytes(totalBytes(texts))
	b.ReportAllocs()
	for b.Loop() {
		for _, t := range texts {
			Parse(t)
		}
	}
}

func BenchmarkParseBaseline(b *testing.B) {
	texts := benchTexts(b)
	b.SetBytes(totalBytes(texts))
	b.ReportAllocs()
	for b.Loop() {
		for _, t := range texts {
			_ = strings.Split(norm.NFC.String(t), "\n")
		}
	}
}

// BenchmarkParseLongParagraph parses one paragraph of lines lines that each
// go on the one before (citations ending in "; "), at two sizes: the time a
// line must stay flat as the paragraph grows. Joining the paragraph as a
// string and matching its end with a regexp over all of it cost n²:
// `vidoc parse` of 2 000 such lines took 67 s of CPU, of 20 000 (1.2 MB)
// more than 20 minutes; now 0.4 s and 3.7 s.
func BenchmarkParseLongParagraph(b *testing.B) {
	for _, lines := range []int{500, 2000} {
		text := strings.Repeat(strings.Repeat("căn cứ Nghị định số 30/2020/NĐ-CP ngày 5/3/2020 của Chính phủ; ", 3)+"\n", lines)
		b.Run(strconv.Itoa(lines), func(b *testing.B) {
			b.SetBytes(int64(len(text)))
			for b.Loop() {
				Parse(text)
			}
		})
	}
}
