package render

import (
	"fmt"
	"os"

	"codeberg.org/go-pdf/fpdf"
)

// WriteTextPDF writes a born-digital PDF, as a word processor exports one:
// each element of pages is a page whose lines are drawn as Unicode text
// (12 pt, a line every 20 pt from 100 pt down, 72 pt from the left) in the
// TrueType font at fontPath, embedded. Its text layer is the lines exactly,
// which is what the text-layer tests and benchmark need.
func WriteTextPDF(path string, pages [][]string, fontPath string) error {
	if len(pages) == 0 {
		return fmt.Errorf("render: no pages to write")
	}
	font, err := os.ReadFile(fontPath)
	if err != nil {
		return fmt.Errorf("render: font: %w", err)
	}
	pdf := fpdf.New("P", "pt", "A4", "")
	pdf.SetCompression(true)
	pdf.AddUTF8FontFromBytes("text", "", font)
	pdf.SetFont("text", "", 12)
	for _, lines := range pages {
		pdf.AddPage()
		for i, l := range lines {
			pdf.Text(72, 100+float64(i)*20, l)
		}
	}
	if err := pdf.Error(); err != nil {
		return fmt.Errorf("render: %w", err)
	}
	return write(path, pdf.Output)
}
