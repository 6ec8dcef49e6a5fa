package ocrxml

import (
	"bytes"
	"encoding/xml"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"
)

// testDoc lays out text written for these tests, with characters XML must
// escape, over two pages and an empty third one.
func testDoc() *Document {
	pages := [][][]string{{
		{"ỦY BAN NHÂN DÂN", "HUYỆN BÌNH AN"},
		{"Số: 15/KH-UBND", "Về việc \"sắp xếp\" hồ sơ & tài liệu <lưu trữ>"},
	}, {
		{"Nơi nhận:", "- Như trên;", "- Lưu: VT, O'Neil."},
	}, {}}
	d := &Document{Source: `scan "số 1".pdf`}
	for _, blocks := range pages {
		p := Page{Width: 2480, Height: 3508, DPI: 300}
		y := 200
		for _, lines := range blocks {
			b := Block{Box: Box{200, y, 200, y}}
			for _, text := range lines {
				l := Line{Box: Box{200, y, 200, y + 40}}
				x := 200
				for i, w := range strings.Fields(text) {
					width := 25 * len([]rune(w))
					l.Words = append(l.Words, Word{Text: w, Box: Box{x, y, x + width, y + 40}, Confidence: float64(60 + 3*i)})
					x += width + 20
				}
				l.Box.X1 = x - 20
				b.Box.X1, b.Box.Y1 = max(b.Box.X1, l.Box.X1), l.Box.Y1
				b.Lines = append(b.Lines, l)
				y += 60
			}
			p.Blocks = append(p.Blocks, b)
			y += 60
		}
		d.Pages = append(d.Pages, p)
	}
	return d
}

type wantWord struct {
	page int
	text string
	box  Box
	conf int
}

func words(d *Document) []wantWord {
	var out []wantWord
	for pi, p := range d.Pages {
		for _, b := range p.Blocks {
			for _, l := range b.Lines {
				for _, w := range l.Words {
					out = append(out, wantWord{pi + 1, w.Text, w.Box, int(w.Confidence + 0.5)})
				}
			}
		}
	}
	return out
}

func TestALTOValidatesAndHoldsEveryWord(t *testing.T) {
	d := testDoc()
	var buf bytes.Buffer
	if err := WriteALTO(&buf, d); err != nil {
		t.Fatal(err)
	}
	path := filepath.Join(t.TempDir(), "doc.alto.xml")
	if err := os.WriteFile(path, buf.Bytes(), 0o644); err != nil {
		t.Fatal(err)
	}
	xsd := filepath.Join("..", "..", "testdata", "schemas", "alto-4-4.xsd")
	if _, err := exec.LookPath("xmllint"); err != nil {
		t.Skip("xmllint not installed (Debian package libxml2-utils)")
	}
	if out, err := exec.Command("xmllint", "--noout", "--nonet", "--schema", xsd, path).CombinedOutput(); err != nil {
		t.Fatalf("xmllint: %v\n%s\n%s", err, out, buf.Bytes())
	}

	var back struct {
		Pages []struct {
			Number int `xml:"PHYSICAL_IMG_NR,attr"`
			Lines  []struct {
				Strings []struct {
					Content string  `xml:"CONTENT,attr"`
					HPos    int     `xml:"HPOS,attr"`
					VPos    int     `xml:"VPOS,attr"`
					Width   int     `xml:"WIDTH,attr"`
					Height  int     `xml:"HEIGHT,attr"`
					WC      float64 `xml:"WC,attr"`
				} `xml:"String"`
			} `xml:"PrintSpace>TextBlock>TextLine"`
		} `xml:"Layout>Page"`
	}
	if err := xml.Unmarshal(buf.Bytes(), &back); err != nil {
		t.Fatal(err)
	}
	var got []wantWord
	for _, p := range back.Pages {
		for _, l := range p.Lines {
			for _, s := range l.Strings {
				got = append(got, wantWord{p.Number, s.Content, Box{s.HPos, s.VPos, s.HPos + s.Width, s.VPos + s.Height}, int(s.WC*100 + 0.5)})
			}
		}
	}
	if len(back.Pages) != 3 || fmt.Sprint(got) != fmt.Sprint(words(d)) {
		t.Errorf("%d pages; words read back:\n got %v\nwant %v", len(back.Pages), got, words(d))
	}
}

func TestHOCRParsesAndHoldsEveryWord(t *testing.T) {
	d := testDoc()
	var buf bytes.Buffer
	if err := WriteHOCR(&buf, d); err != nil {
		t.Fatal(err)
	}
	dec := xml.NewDecoder(&buf)
	var got []wantWord
	page, pages := 0, 0
	for {
		tok, err := dec.Token()
		if err != nil {
			if err.Error() != "EOF" {
				t.Fatalf("hOCR is not well-formed XML: %v", err)
			}
			break
		}
		se, ok := tok.(xml.StartElement)
		if !ok {
			continue
		}
		var class, title string
		for _, a := range se.Attr {
			switch a.Name.Local {
			case "class":
				class = a.Value
			case "title":
				title = a.Value
			}
		}
		switch class {
		case "ocr_page":
			page++
			pages++
			want := fmt.Sprintf(`image "scan \"số 1\".pdf"; bbox 0 0 2480 3508; ppageno %d; scan_res 300 300`, page-1)
			if title != want {
				t.Errorf("page title %q, want %q", title, want)
			}
		case "ocrx_word":
			var w wantWord
			w.page = page
			if _, err := fmt.Sscanf(title, "bbox %d %d %d %d; x_wconf %d", &w.box.X0, &w.box.Y0, &w.box.X1, &w.box.Y1, &w.conf); err != nil {
				t.Fatalf("word title %q: %v", title, err)
			}
			text, err := dec.Token()
			if err != nil {
				t.Fatal(err)
			}
			cd, _ := text.(xml.CharData)
			w.text = string(cd)
			got = append(got, w)
		}
	}
	if pages != 3 || fmt.Sprint(got) != fmt.Sprint(words(d)) {
		t.Errorf("%d pages; words read back:\n got %v\nwant %v", pages, got, words(d))
	}
}
