package structure

import (
	"bytes"
	"encoding/json"
	"os"
	"path/filepath"
	"testing"

	"github.com/santhosh-tekuri/jsonschema/v6"
)

func compileSchema(t *testing.T) *jsonschema.Schema {
	t.Helper()
	path, err := filepath.Abs("../../docs/schema.json")
	if err != nil {
		t.Fatal(err)
	}
	sch, err := jsonschema.NewCompiler().Compile(path)
	if err != nil {
		t.Fatalf("docs/schema.json: %v", err)
	}
	return sch
}

func validate(t *testing.T, sch *jsonschema.Schema, name string, doc *Document) {
	t.Helper()
	b, err := json.Marshal(doc)
	if err != nil {
		t.Fatalf("%s: marshal: %v", name, err)
	}
	inst, err := jsonschema.UnmarshalJSON(bytes.NewReader(b))
	if err != nil {
		t.Fatal(err)
	}
	if err := sch.Validate(inst); err != nil {
		t.Errorf("%s: output does not match docs/schema.json: %v", name, err)
	}
}

// Every output, from full documents to garbage, matches the published schema.
func TestOutputMatchesSchema(t *testing.T) {
	sch := compileSchema(t)
	inputs := map[string]string{
		"empty":       "",
		"single line": "Hà Nội",
		"body only":   "1. Một.\n- hai\n+ ba\nĐiều 4. Bốn",
	}
	data, err := os.ReadFile("../../testdata/structure/longthanh-2024-kh.txt")
	if err != nil {
		t.Fatal(err)
	}
	inputs["longthanh"] = string(data)
	for name, text := range inputs {
		validate(t, sch, name, Parse(text))
	}
	if files, _ := filepath.Glob(filepath.Join(sharedDirOrEmpty(), "dev", "texts", "*.txt")); len(files) > 0 {
		for _, f := range files {
			data, err := os.ReadFile(f)
			if err != nil {
				t.Fatal(err)
			}
			validate(t, sch, filepath.Base(f), Parse(string(data)))
		}
	}
}

// The schema rejects what it should: a wrong version, a missing field.
func TestSchemaIsStrict(t *testing.T) {
	sch := compileSchema(t)
	b, _ := json.Marshal(Parse("KẾ HOẠCH\nthử"))
	var m map[string]any
	if err := json.Unmarshal(b, &m); err != nil {
		t.Fatal(err)
	}
	m["schema_version"] = "0.9"
	if err := sch.Validate(m); err == nil {
		t.Error("schema accepted a wrong schema_version")
	}
	m["schema_version"] = SchemaVersion
	delete(m, "header")
	if err := sch.Validate(m); err == nil {
		t.Error("schema accepted a document without header")
	}
}

// sharedDirOrEmpty is sharedDir without skipping.
func sharedDirOrEmpty() string {
	dir, _ := filepath.Abs(".")
	for {
		cand := filepath.Join(dir, "shared")
		if st, err := os.Stat(filepath.Join(cand, "dev", "texts")); err == nil && st.IsDir() {
			return cand
		}
		parent := filepath.Dir(dir)
		if parent == dir {
			return ""
		}
		dir = parent
	}
}

// A scanned document's layout listing, as `vidoc scan` adds it, matches the
// schema; an unknown region kind or a dropped cluster without its words is
// refused.
func TestLayoutMatchesSchema(t *testing.T) {
	sch := compileSchema(t)
	doc := Parse("KẾ HOẠCH\nthử")
	box := Box{X0: 10, Y0: 20, X1: 300, Y1: 60}
	doc.Layout = []PageLayout{
		{Page: 1, Width: 1654, Height: 2339, DPI: 200, Reordered: true,
			Regions: []LayoutRegion{{Kind: "header_left", Box: box}, {Kind: "header_right", Box: box}, {Kind: "body", Box: box}},
			Dropped: []LayoutDropped{{Reason: "stamp", Box: box, Text: "ẤU MẪ",
				Words: []LayoutWord{{Text: "ẤU", Box: box, Confidence: 41.5}, {Text: "MẪ", Box: box, Confidence: 12}}}},
			Handwritten: []LayoutHandwritten{{Text: "27", Box: box, Confidence: 30, Blank: "number"}, {Text: "3", Box: box, Confidence: 30, Blank: "day", Sure: true}},
			Snapped:     []LayoutSnapped{{Read: "Độc lập - Tư do - Hanh phúc", Form: "Độc lập - Tự do - Hạnh phúc", Box: box}}},
		{Page: 3, Width: 800, Height: 1000, Regions: []LayoutRegion{}, Dropped: []LayoutDropped{},
			Handwritten: []LayoutHandwritten{}, Snapped: []LayoutSnapped{}},
	}
	validate(t, sch, "layout", doc)
	// What the header took back from unsure handwriting.
	hand := handDoc(handHeader, LayoutHandwritten{Text: "18", Box: box, Blank: blankNumber}, LayoutHandwritten{Text: "9", Box: box, Blank: blankDay})
	if hand.Header.Number.Handwritten == "" || hand.Header.Date.Handwritten == "" {
		t.Fatalf("nothing taken back: %+v %+v", hand.Header.Number, hand.Header.Date)
	}
	validate(t, sch, "handwriting", hand)

	for name, spoil := range map[string]func(m map[string]any){
		"unknown kind": func(m map[string]any) {
			m["regions"].([]any)[0].(map[string]any)["kind"] = "margin"
		},
		"no words": func(m map[string]any) {
			m["dropped"].([]any)[0].(map[string]any)["words"] = []any{}
		},
		"no page": func(m map[string]any) { delete(m, "page") },
		"unknown blank": func(m map[string]any) {
			m["handwritten"].([]any)[0].(map[string]any)["blank"] = "year"
		},
	} {
		b, err := json.Marshal(doc)
		if err != nil {
			t.Fatal(err)
		}
		var m map[string]any
		if err := json.Unmarshal(b, &m); err != nil {
			t.Fatal(err)
		}
		spoil(m["layout"].([]any)[0].(map[string]any))
		if err := sch.Validate(m); err == nil {
			t.Errorf("schema accepted a layout with %s", name)
		}
	}
}

// Parse alone lists no layout: the key is left out, not null.
func TestParseHasNoLayoutKey(t *testing.T) {
	b, err := json.Marshal(Parse("KẾ HOẠCH\nthử"))
	if err != nil {
		t.Fatal(err)
	}
	if bytes.Contains(b, []byte(`"layout"`)) {
		t.Errorf("parse output has a layout key: %s", b)
	}
}
