package main

import (
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/vidoc/vidoc/internal/editdist"
	"github.com/vidoc/vidoc/internal/formgen"
	"github.com/vidoc/vidoc/internal/render"
)

// textField is a header field of a scan's .json.
type textField struct {
	Value string `json:"value"`
}

// formHeader is the part of a scan's .json this test reads.
type formHeader struct {
	Header struct {
		ParentBody  *textField `json:"parent_body"`
		IssuingBody *textField `json:"issuing_body"`
		Place       *textField `json:"place"`
		DocType     *textField `json:"doc_type"`
		Title       *textField `json:"title"`
		Number      *struct {
			Raw    string `json:"raw"`
			Number string `json:"number"`
		} `json:"number"`
		Date *struct {
			Raw string  `json:"raw"`
			ISO *string `json:"iso"`
		} `json:"date"`
	} `json:"header"`
}

func valueOf(f *textField) string {
	if f == nil {
		return ""
	}
	return f.Value
}

// Two generated form pages (internal/formgen) read end to end by vidoc
// scan with Tesseract: 1-bit scans at 200 dpi with an e-signature banner
// above the header and the day and month written by hand, one state
// (ND 30/2020) and one Party (HD 36) page, drawn without header specks. Their header fields come out
// as the page shows them; a handwritten part may come out partial (the
// symbol without its number, the date without its ISO form), never wrong.
func TestScanGeneratedFormHeaders(t *testing.T) {
	if testing.Short() {
		t.Skip("OCRs two pages with Tesseract")
	}
	if _, err := os.Stat(render.DefaultFontPath); err != nil {
		t.Skip("fonts-dejavu-core not installed")
	}
	in := t.TempDir()
	for _, seed := range []uint64{14, 19} {
		p, err := formgen.Make(seed)
		if err != nil {
			t.Fatal(err)
		}
		// Without the header specks and the received stamp a page may
		// draw: this test is about the banner and the hand;
		// bench_fields.sh measures the specks and the stamps.
		p.Form.HeaderNoise, p.Damage.Specks = 0, 0
		p.Form.Received, p.Damage.Received, p.Damage.ReceivedInk = nil, false, ""
		data, ext, err := formgen.Draw(p)
		if err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(filepath.Join(in, p.Name+ext), data, 0o644); err != nil {
			t.Fatal(err)
		}
	}
	out := t.TempDir()
	if b, err := vidocCommand(buildVidoc(t), "scan", in, "-o", out, "--progress", "none", "-j", "1").CombinedOutput(); err != nil {
		t.Fatalf("vidoc scan: %v\n%s", err, b)
	}
	for _, seed := range []uint64{14, 19} {
		p, err := formgen.Make(seed)
		if err != nil {
			t.Fatal(err)
		}
		b, err := os.ReadFile(filepath.Join(out, p.Name+".json"))
		if err != nil {
			t.Fatal(err)
		}
		var got formHeader
		if err := json.Unmarshal(b, &got); err != nil {
			t.Fatal(err)
		}
		h, want := got.Header, p.Fields
		if want.ParentBody != nil && valueOf(h.ParentBody) != *want.ParentBody {
			t.Errorf("%s: parent body %q, want %q", p.Name, valueOf(h.ParentBody), *want.ParentBody)
		}
		if valueOf(h.IssuingBody) != want.Issuer {
			t.Errorf("%s: issuer %q, want %q", p.Name, valueOf(h.IssuingBody), want.Issuer)
		}
		switch {
		case h.Number == nil:
			t.Errorf("%s: no number, want %q", p.Name, want.Number)
		case strings.Join(strings.Fields(h.Number.Raw), "") != want.Number &&
			!(h.Number.Number == "" && strings.HasSuffix(want.Number, h.Number.Raw)):
			t.Errorf("%s: number %+v, want %q", p.Name, *h.Number, want.Number)
		}
		if valueOf(h.Place) != want.Place {
			t.Errorf("%s: place %q, want %q", p.Name, valueOf(h.Place), want.Place)
		}
		switch {
		case h.Date == nil:
			t.Errorf("%s: no date, want %s", p.Name, want.Date)
		case h.Date.ISO != nil && *h.Date.ISO != want.Date, h.Date.ISO == nil && !strings.Contains(h.Date.Raw, want.Date[:4]):
			t.Errorf("%s: date %+v, want %s", p.Name, *h.Date, want.Date)
		}
		if valueOf(h.DocType) != want.DocType {
			t.Errorf("%s: type %q, want %q", p.Name, valueOf(h.DocType), want.DocType)
		}
		// A letter or two of the abstract may be misread, no more.
		if title := valueOf(h.Title); editdist.Strings(title, want.Title) > len([]rune(want.Title))/20 {
			t.Errorf("%s: title %q, want %q", p.Name, title, want.Title)
		}
	}
}
