package main

import (
	"errors"

	"github.com/spf13/cobra"
)

// Placeholder until the parse verb lands; replaced by its owner.
func newParseCommand(gopts *GlobalOptions) *cobra.Command {
	return &cobra.Command{
		Use:  "parse",
		RunE: func(cmd *cobra.Command, args []string) error { return errors.New("parse: not built yet") },
	}
}
