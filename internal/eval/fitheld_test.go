package eval

import (
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"
)

// scripts/fit_alternatives.sh fits nothing on a held-out set: given the
// transcriptions of a folder named held or held<N> (fetch_realscans.sh's
// held/ to held4/, and any later one) it stops before building
// anything, saying why. The folders are made here and hold no page.
func TestFitAlternativesRefusesHeldSets(t *testing.T) {
	if _, err := exec.LookPath("bash"); err != nil {
		t.Skip("bash not installed")
	}
	script, err := filepath.Abs(filepath.Join("..", "..", "scripts", "fit_alternatives.sh"))
	if err != nil {
		t.Fatal(err)
	}
	dir := t.TempDir()
	for _, set := range []string{"held", "held2", "held3", "held4", "held12"} {
		truths := filepath.Join(dir, set, "truth")
		if err := os.MkdirAll(truths, 0o755); err != nil {
			t.Fatal(err)
		}
		for _, given := range []string{truths, filepath.Join(dir, set)} {
			cmd := exec.Command("bash", script)
			// SHARED points nowhere: a script that went past the check
			// would stop on it with another message.
			cmd.Env = append(os.Environ(), "FIT_TRUTHS=1", "FIT_TRUTH_DIR="+given, "SHARED="+filepath.Join(dir, "no-shared"))
			out, err := cmd.CombinedOutput()
			if err == nil {
				t.Fatalf("FIT_TRUTH_DIR=%s: the script ran on a held-out set:\n%s", given, out)
			}
			if !strings.Contains(string(out), "is held out: no rule is tuned on it") {
				t.Errorf("FIT_TRUTH_DIR=%s: not refused as held out:\n%s", given, out)
			}
		}
	}
}
