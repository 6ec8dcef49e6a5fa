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
