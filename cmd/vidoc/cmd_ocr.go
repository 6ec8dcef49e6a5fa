package main

import (
	"errors"

	"github.com/spf13/cobra"
)

// Placeholder until the ocr verb lands; replaced by its owner.
func newOCRCommand(gopts *GlobalOptions) *cobra.Command {
	return &cobra.Command{
		Use:  "ocr",
		RunE: func(cmd *cobra.Command, args []string) error { return errors.New("ocr: not built yet") },
	}
}
