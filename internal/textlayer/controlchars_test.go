package textlayer

import (
	"strings"
	"testing"
)

// A born-digital PDF whose font maps a glyph to a control character (old
// TeX and Distiller papers do so for ligatures such as "ffi") makes
// pdftotext write that character raw into its XHTML, which XML forbids.
// The layer is still read, the character taken as unreadable (U+FFFD),
// instead of the whole file failing as corrupt.
func TestControlCharactersInLayer(t *testing.T) {
	lines := []string{"Phương pháp hi\x01u quả cho việc lưu trữ", "Căn cứ tình hình thực tế của địa phương"}
	path := newPDF(t, "control.pdf", unicodeFont(t), lines, bornDigital)
	pages := triage(t, path, Auto)
	if len(pages) != 2 {
		t.Fatalf("%d pages, want 2", len(pages))
	}
	got := pages[0].Text()
	if strings.ContainsRune(got, '\x01') || !strings.Contains(got, "hi\uFFFDu") {
		t.Errorf("page 1 text %q: want the control character read as U+FFFD", got)
	}
	wantWords(t, pages[1], bornDigital)
}
