package structure

import (
	"os"
	"path/filepath"
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
