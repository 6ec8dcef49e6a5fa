package main

import (
	"errors"

	"github.com/spf13/cobra"
)

// Placeholder until the dict verb lands; replaced by its owner.
func newDictCommand(gopts *GlobalOptions) *cobra.Command {
	return &cobra.Command{
		Use:  "dict",
		RunE: func(cmd *cobra.Command, args []string) error { return errors.New("dict: not built yet") },
	}
}
