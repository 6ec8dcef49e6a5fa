package scratch

import (
	"bufio"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"syscall"
	"testing"
	"time"
)

// helperEnv makes the test binary, run again by ownerProcess, an owner of
// one scratch folder that prints its path and waits to be killed.
const helperEnv = "VIDOC_SCRATCH_OWNER"

func TestHelperOwner(t *testing.T) {
	prefix := os.Getenv(helperEnv)
	if prefix == "" {
		t.Skip("run by ownerProcess only")
	}
	d, err := New(prefix)
	if err != nil {
		t.Fatal(err)
	}
	os.WriteFile(filepath.Join(d.Path(), "pages.pdf"), []byte("%PDF-"), 0o644)
	os.Stdout.WriteString(d.Path() + "\n")
	time.Sleep(time.Hour)
}

// ownerProcess starts a process that makes a scratch folder of kind prefix
// in tmp and holds it; it returns the process and the folder's path.
func ownerProcess(t *testing.T, tmp, prefix string) (*exec.Cmd, string) {
	t.Helper()
	cmd := exec.Command(os.Args[0], "-test.run=^TestHelperOwner$")
	cmd.Env = append(os.Environ(), helperEnv+"="+prefix, "TMPDIR="+tmp)
	out, err := cmd.StdoutPipe()
	if err != nil {
		t.Fatal(err)
	}
	if err := cmd.Start(); err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { cmd.Process.Kill(); cmd.Wait() })
	line, err := bufio.NewReader(out).ReadString('\n')
	if err != nil {
		t.Fatalf("owner process: %v", err)
	}
	return cmd, strings.TrimSpace(line)
}

// A folder whose owner was killed with kill -9 is removed by the next New
// of its kind; a living owner's folder, another kind's and a young folder
// without a lock are kept, and an old one without a lock (a run of an
// older vidoc, or one killed before it locked) is removed.
func TestNewRemovesDeadOwnersFolders(t *testing.T) {
	tmp := t.TempDir()
	t.Setenv("TMPDIR", tmp)
	const prefix = "vidoc-test-"
	killed, dead := ownerProcess(t, tmp, prefix)
	_, alive := ownerProcess(t, tmp, prefix)
	_, otherKind := ownerProcess(t, tmp, "vidoc-other-")
	if err := killed.Process.Signal(syscall.SIGKILL); err != nil {
		t.Fatal(err)
	}
	killed.Wait()
	if _, err := os.Stat(dead); err != nil {
		t.Fatalf("the killed owner's folder: %v; want it left behind by kill -9", err)
	}
	oldUnlocked := filepath.Join(tmp, prefix+"old")
	youngUnlocked := filepath.Join(tmp, prefix+"young")
	for _, p := range []string{oldUnlocked, youngUnlocked} {
		if err := os.MkdirAll(filepath.Join(p, "sub"), 0o755); err != nil {
			t.Fatal(err)
		}
	}
	long := time.Now().Add(-2 * unlockedAge)
	if err := os.Chtimes(oldUnlocked, long, long); err != nil {
		t.Fatal(err)
	}

	d, err := New(prefix)
	if err != nil {
		t.Fatal(err)
	}
	defer d.Remove()
	if filepath.Dir(d.Path()) != tmp || !strings.HasPrefix(filepath.Base(d.Path()), prefix) {
		t.Errorf("New made %s, want a %s* folder in %s", d.Path(), prefix, tmp)
	}
	for _, c := range []struct {
		path string
		kept bool
	}{{dead, false}, {oldUnlocked, false}, {alive, true}, {otherKind, true}, {youngUnlocked, true}, {d.Path(), true}} {
		_, err := os.Stat(c.path)
		if kept := err == nil; kept != c.kept {
			t.Errorf("%s: kept %v, want %v", c.path, kept, c.kept)
		}
	}
	if err := d.Remove(); err != nil {
		t.Fatal(err)
	}
	if _, err := os.Stat(d.Path()); !os.IsNotExist(err) {
		t.Errorf("after Remove, %s: %v; want it gone", d.Path(), err)
	}
}
