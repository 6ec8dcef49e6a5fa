// Package scratch makes the temporary folders vidoc's external steps work
// in (tiff2pdf's wrapped pages, qpdf's joined and overlaid copies), so that
// a run killed with kill -9, which cannot remove them, does not leave them
// behind for good: each folder holds a lock file its owner keeps locked
// while it lives, the kernel drops the lock when the owner dies however it
// dies, and the next vidoc that makes a folder of the same kind removes the
// folders whose lock is free.
package scratch
