package main

import (
	"errors"

	"github.com/spf13/cobra"
)

// Placeholder until the fix verb lands; replaced by its owner.
func newFixCommand(gopts *GlobalOptions) *cobra.Command {
	return &cobra.Command{
		Use:  "fix",
		RunE: func(cmd *cobra.Command, args []string) error { return errors.New("fix: not built yet") },
	}
}
