package ocrxml

import (
	"bufio"
	"fmt"
	"html"
	"io"
)

// WriteHOCR writes d as hOCR 1.2 to w: an XHTML page per page (ocr_page),
// its blocks (ocr_carea), paragraphs (ocr_par), lines (ocr_line) and words
// (ocrx_word), each with its bbox in pixels; words carry x_wconf, 0–100.
func WriteHOCR(w io.Writer, d *Document) error {
	bw := bufio.NewWriter(w)
	lang := html.EscapeString(d.lang())
	fmt.Fprintf(bw, `<?xml version="1.0" encoding="UTF-8"?>
<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">
<html xmlns="http://www.w3.org/1999/xhtml" xml:lang="%s" lang="%s">
<head>
<title>%s</title>
<meta http-equiv="Content-Type" content="text/html;charset=utf-8"/>
<meta name="ocr-system" content="vidoc"/>
<meta name="ocr-capabilities" content="ocr_page ocr_carea ocr_par ocr_line ocrx_word"/>
</head>
<body>
`, lang, lang, html.EscapeString(d.Source))
	for pi, p := range d.Pages {
		title := fmt.Sprintf("image %s; bbox 0 0 %d %d; ppageno %d", quoteHOCR(d.Source), p.Width, p.Height, pi)
		if p.DPI > 0 {
			title += fmt.Sprintf("; scan_res %d %d", p.DPI, p.DPI)
		}
		fmt.Fprintf(bw, "<div class=\"ocr_page\" id=\"page_%d\" title=\"%s\">\n", pi+1, html.EscapeString(title))
		for bi, b := range p.Blocks {
			id := fmt.Sprintf("%d_%d", pi+1, bi+1)
			fmt.Fprintf(bw, " <div class=\"ocr_carea\" id=\"block_%s\" title=\"%s\">\n", id, bbox(b.Box))
			fmt.Fprintf(bw, "  <p class=\"ocr_par\" id=\"par_%s\" lang=\"%s\" title=\"%s\">\n", id, lang, bbox(b.Box))
			for li, l := range b.Lines {
				lid := fmt.Sprintf("%s_%d", id, li+1)
				fmt.Fprintf(bw, "   <span class=\"ocr_line\" id=\"line_%s\" title=\"%s\">", lid, bbox(l.Box))
				for wi, word := range l.Words {
					if wi > 0 {
						bw.WriteByte(' ')
					}
					fmt.Fprintf(bw, "<span class=\"ocrx_word\" id=\"word_%s_%d\" title=\"%s; x_wconf %.0f\">%s</span>",
						lid, wi+1, bbox(word.Box), min(100, max(0, word.Confidence)), html.EscapeString(word.Text))
				}
				bw.WriteString("</span>\n")
			}
			bw.WriteString("  </p>\n </div>\n")
		}
		bw.WriteString("</div>\n")
	}
	bw.WriteString("</body>\n</html>\n")
	return bw.Flush()
}

func bbox(b Box) string { return fmt.Sprintf("bbox %d %d %d %d", b.X0, b.Y0, b.X1, b.Y1) }

// quoteHOCR quotes a file name for a title property: double quotes, with
// backslashes and double quotes escaped.
func quoteHOCR(s string) string {
	out := []byte{'"'}
	for i := 0; i < len(s); i++ {
		if s[i] == '"' || s[i] == '\\' {
			out = append(out, '\\')
		}
		out = append(out, s[i])
	}
	return string(append(out, '"'))
}
