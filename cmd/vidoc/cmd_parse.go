package main

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"os"

	"github.com/spf13/cobra"
	"github.com/spf13/pflag"

	"github.com/vidoc/vidoc/internal/structure"
	"github.com/vidoc/vidoc/internal/textenc"
)

// ParseOptions holds the flags of `vidoc parse`.
type ParseOptions struct {
	Format string
}

// AddFlags registers the parse flags.
func (o *ParseOptions) AddFlags(f *pflag.FlagSet) {
	f.StringVarP(&o.Format, "format", "f", "json", "output format: json, md or text")
}

func newParseCommand(gopts *GlobalOptions) *cobra.Command {
	var opts ParseOptions
	cmd := &cobra.Command{
		Use:   "parse [FILE|-]",
		Short: "Structure clean text into a directive: header, outline, citations, closing",
		Long: `parse reads clean or repaired text of a Vietnamese administrative document
(from FILE, or stdin when FILE is "-" or absent) and writes its structure:
header fields (issuing body, number and symbol, place and date, type, title),
the body's outline (Phần/Chương/Mục/Điều/khoản/điểm or I./1./a)/-/+), the
documents it cites and its closing (Nơi nhận, signature). Every field carries
the input lines it came from and a confidence; fields not found are null.

Formats: json (schema in docs/schema.md), md (an outline), text (paragraphs
rebuilt).

Input is UTF-8, UTF-16 (with or without a byte-order mark), or text in TCVN3, VNI or
Windows-1258 (detected and decoded, as vidoc fix does). Binary data and text
that is none of these are refused, naming the line and byte offset.`,
		Args: cobra.MaximumNArgs(1),
		RunE: func(cmd *cobra.Command, args []string) error {
			return runParse(cmd.Context(), opts, gopts, args, cmd.InOrStdin(), cmd.OutOrStdout(), cmd.ErrOrStderr())
		},
	}
	opts.AddFlags(cmd.Flags())
	return cmd
}

func runParse(ctx context.Context, opts ParseOptions, gopts *GlobalOptions, args []string, stdin io.Reader, stdout, stderr io.Writer) error {
	switch opts.Format {
	case "json", "md", "text":
	default:
		return usageError{fmt.Errorf("parse: unknown --format %q (want json, md or text)", opts.Format)}
	}
	name := "-"
	if len(args) == 1 {
		name = args[0]
	}
	data, err := readWholeText(name, stdin, func(enc string) {
		cmdLogger(gopts, stderr).Info("decoding", "file", displayName(name), "encoding", textenc.Name(enc))
	})
	if err != nil {
		return fmt.Errorf("parse: %w", err)
	}
	doc, err := structure.ParseContext(ctx, string(data))
	if err != nil {
		return err
	}
	var out []byte
	switch opts.Format {
	case "json":
		out, err = json.MarshalIndent(doc, "", "  ")
		if err != nil {
			return fmt.Errorf("parse %s: %w", displayName(name), err)
		}
		out = append(out, '\n')
	case "md":
		out = structure.Markdown(doc)
	case "text":
		out = structure.Text(doc)
	}
	if _, err := stdout.Write(out); err != nil && !errors.Is(err, os.ErrClosed) {
		return fmt.Errorf("parse: writing output: %w", err)
	}
	return nil
}
