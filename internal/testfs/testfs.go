// Package testfs gives tests real file systems with limits that a temporary
// folder lacks: a tmpfs of a few kilobytes, to see what vidoc does when the
// disk is full, with no mock of the file system.
package testfs

import (
	"os"
	"os/exec"
	"testing"
)

// SmallTmpfs mounts a tmpfs of the given size ("64k") on a new temporary
// folder, unmounted when the test ends, and returns the folder. The test is
// skipped, saying why, when it cannot mount one (not root, or a sandbox
// that forbids it).
func SmallTmpfs(tb testing.TB, size string) string {
	tb.Helper()
	if os.Geteuid() != 0 {
		tb.Skip("mounting a small tmpfs needs root")
	}
	dir := tb.TempDir()
	if b, err := exec.Command("mount", "-t", "tmpfs", "-o", "size="+size, "tmpfs", dir).CombinedOutput(); err != nil {
		tb.Skipf("cannot mount a tmpfs here: %v %s", err, b)
	}
	tb.Cleanup(func() {
		if b, err := exec.Command("umount", dir).CombinedOutput(); err != nil {
			tb.Errorf("umount %s: %v %s", dir, err, b)
		}
	})
	return dir
}
