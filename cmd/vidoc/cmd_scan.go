package main

import (
	"errors"

	"github.com/spf13/cobra"
)

// Placeholder until the scan verb lands; replaced by its owner.
func newScanCommand(gopts *GlobalOptions) *cobra.Command {
	return &cobra.Command{
		Use:  "scan",
		RunE: func(cmd *cobra.Command, args []string) error { return errors.New("scan: not built yet") },
	}
}
