package main

import (
	"errors"

	"github.com/spf13/cobra"
)

// Placeholder until the eval verb lands; replaced by its owner.
func newEvalCommand(gopts *GlobalOptions) *cobra.Command {
	return &cobra.Command{
		Use:  "eval",
		RunE: func(cmd *cobra.Command, args []string) error { return errors.New("eval: not built yet") },
	}
}
