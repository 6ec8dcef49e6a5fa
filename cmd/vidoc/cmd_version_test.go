package main

import (
	"bytes"
	"strings"
	"testing"
)

func TestVersionNamesEveryDataSet(t *testing.T) {
	var gopts GlobalOptions
	cmd := newVersionCommand(&gopts)
	var out bytes.Buffer
	cmd.SetOut(&out)
	cmd.SetArgs(nil)
	if err := cmd.Execute(); err != nil {
		t.Fatal(err)
	}
	for _, want := range []string{"vidoc ", "lexicon lexicon-", "language model lm-", "error model errmodel-", "structure schema ", "structure parser parser-"} {
		if !strings.Contains(out.String(), want) {
			t.Errorf("version output lacks %q:\n%s", want, out.String())
		}
	}
	if strings.Contains(out.String(), "not built") {
		t.Errorf("embedded language model did not load:\n%s", out.String())
	}
}
