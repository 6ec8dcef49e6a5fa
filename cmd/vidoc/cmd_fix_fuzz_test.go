package main

import (
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/vidoc/vidoc/internal/textenc"
)

// FuzzFix runs `vidoc fix` as the command does (input sniffing, decoding,
// adaptation, the repair stream), on arbitrary bytes: text in any state,
// and vidoc's OCR JSON (`vidoc ocr --format json --alternatives | vidoc
// fix`) malformed, with wrong types, absurd confidences or boxes. It must
// never panic; it refuses what it cannot read with an error naming the
// input, and otherwise writes valid UTF-8 (with --format json, one JSON
// object a line).
func FuzzFix(f *testing.F) {
	needModel(f)
	ocrPage := `{"file":"p.png","page":1,"pages":1,"width":2480,"height":281,"dpi":300,"text":"KE HOACH\nTo chuc ngay hoi","lines":[{"text":"KE HOACH","box":{"x0":239,"y0":42,"x1":550,"y1":108},"confidence":96.3}],` +
		`"words":[{"text":"KE","chars":[{"alts":[{"c":"K","p":0.93},{"c":"k","p":0}]},{"alts":[{"c":"E","p":0.5},{"c":"Ế","p":0.45}]}],"box":{"x0":239,"y0":42,"x1":312,"y1":98},"confidence":96.9,"block":1,"par":1,"line":1},` +
		`{"text":"HOACH","chars":[{"alts":[{"c":"H","p":0.9}]},{"alts":[{"c":"O","p":0.9}]},{"alts":[{"c":"A","p":0.5},{"c":"Ạ","p":0.5}]},{"alts":[{"c":"C","p":0.9}]},{"alts":[{"c":"H","p":0.9}]}],"confidence":95},` +
		`{"text":"ngay","chars":[{"alts":[{"c":"n","p":1e308},{"c":"m","p":1e308}]},{"alts":[{"c":"g","p":-3}]},{"alts":[]},{"alts":[{"c":"y","p":0.9}]}],"box":{"x0":-1,"y0":99999999,"x1":0,"y1":-5},"confidence":1e300}],"mean_confidence":96}`
	for _, s := range []string{
		"Thuc hien Ke hoach so 344-KH/TU ngay 22/4/2024\nI. MUC DICH\n",
		"K\xd5 ho\xb9ch n\xa8m 2024\n",
		"a\x00b\u202ec\u200f\u0301\u0301\u0301\u0301\u0301d\r\n\ufeffe\n",
		"\xff\xfeK\x00\xbf\x1e \x00h\x00",
		ocrPage + "\n" + ocrPage + "\n",
		`{"file":"p.png","text":5}`,
		`{"file":"p.png","text":"a","words":[{"text":"a","chars":[{"alts":[{"c":"a","p":"x"}]}]}]}`,
		`{"file":` + "\n",
		`{"file":"p.png","text":"một hai","words":[{"text":"hai","chars":[{"alts":[{"c":"h","p":1}]}]},{"text":"một"}]}`,
	} {
		f.Add([]byte(s), false)
		f.Add([]byte(s), true)
	}
	f.Fuzz(func(t *testing.T, data []byte, jsonOut bool) {
		opts := FixOptions{Format: "text", ToneStyle: "keep", From: textenc.Auto, Jobs: 1, Adapt: true}
		if jsonOut {
			opts.Format = "json"
		}
		var out, stderr bytes.Buffer
		err := runFix(context.Background(), opts, &GlobalOptions{Quiet: true}, nil, bytes.NewReader(data), &out, &stderr)
		if err != nil {
			var ue usageError
			if errors.As(err, &ue) || !strings.HasPrefix(err.Error(), "fix stdin: ") {
				t.Fatalf("error %q does not name the input, or blames the flags", err)
			}
			return
		}
		if !utf8.Valid(out.Bytes()) {
			t.Fatalf("output is not UTF-8: %q", out.Bytes())
		}
		if jsonOut {
			for _, line := range bytes.SplitAfter(out.Bytes(), []byte("\n")) {
				if len(line) == 0 {
					continue
				}
				var b fixBlockJSON
				if err := json.Unmarshal(line, &b); err != nil {
					t.Fatalf("output line %q: %v", line, err)
				}
			}
		}
	})
}
