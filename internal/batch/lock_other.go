//go:build !unix

package batch

import "os"

// lockManifest does nothing where flock is not available.
func lockManifest(f *os.File) error { return nil }
