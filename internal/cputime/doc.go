// Package cputime reads the CPU time a thread or the process has used, for
// measuring what a stage costs on a machine shared with other work: CPU
// time, unlike the wall clock, does not grow while the neighbours run.
package cputime
