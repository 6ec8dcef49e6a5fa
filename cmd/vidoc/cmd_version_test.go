package main

import (
	"bytes"
	"errors"
	"io"
	"runtime/debug"
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

// TestBuildVersionFromVCS: a binary built from a checkout is named by its
// revision, so that the scan manifest tells builds apart (issue 15, case 6).
func TestBuildVersionFromVCS(t *testing.T) {
	rev := "0123456789abcdef0123456789abcdef01234567"
	cases := []struct {
		bi   *debug.BuildInfo
		want string
	}{
		{nil, "dev"},
		{&debug.BuildInfo{Main: debug.Module{Version: "(devel)"}}, "dev"},
		{&debug.BuildInfo{Main: debug.Module{Version: "v1.2.0"}}, "v1.2.0"},
		{&debug.BuildInfo{Main: debug.Module{Version: "(devel)"}, Settings: []debug.BuildSetting{
			{Key: "vcs.revision", Value: rev}, {Key: "vcs.modified", Value: "false"}}}, "0123456789ab"},
		{&debug.BuildInfo{Main: debug.Module{Version: "(devel)"}, Settings: []debug.BuildSetting{
			{Key: "vcs.revision", Value: rev}, {Key: "vcs.modified", Value: "true"}}}, "0123456789ab-modified"},
	}
	for _, c := range cases {
		if got := buildVersion(c.bi); got != c.want {
			t.Errorf("buildVersion(%+v) = %q, want %q", c.bi, got, c.want)
		}
	}
}

// TestUsageErrorsAreTyped: every command-line mistake cobra finds comes back
// as a usageError (exit code 2), without reading the error's text (issue
// 15, case 19).
func TestUsageErrorsAreTyped(t *testing.T) {
	for _, args := range [][]string{{"nosuch"}, {"version", "extra"}, {"scan", "--nope"}, {"scan", "-j"}, {"fix", "--min-confidence", "x"}} {
		var gopts GlobalOptions
		root := newRootCommand(&gopts)
		root.SetArgs(args)
		root.SetOut(io.Discard)
		root.SetErr(io.Discard)
		err := root.Execute()
		var ue usageError
		if !errors.As(err, &ue) {
			t.Errorf("vidoc %v: %v (%T), want a usageError", args, err, err)
		}
	}
}
