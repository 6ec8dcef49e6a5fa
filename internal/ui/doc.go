// Package ui owns how vidoc shows the progress of long runs on stderr: a
// progress bar for people at a terminal and JSON events for programs. It
// implements the reporter interfaces the engine packages declare; no engine
// package imports it.
package ui
