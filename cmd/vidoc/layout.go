package main

import (
	"context"
	"fmt"
	"image"

	"github.com/vidoc/vidoc/internal/layout"
	"github.com/vidoc/vidoc/internal/ocr"
)

// applyLayout runs the layout stage on a page the engine has just read
// (with ocr.Options.KeepImage): res.Text becomes the text in reading order,
// and the page image is let go.
func applyLayout(ctx context.Context, e *ocr.Engine, res *ocr.Result) (*layout.Page, error) {
	var img image.Image
	if res.Image != nil {
		var err error
		if img, err = layout.DecodeImage(res.Image); err != nil {
			return nil, fmt.Errorf("%s page %d: %w", res.Source, res.Page, err)
		}
	}
	res.Image = nil
	var opts layout.Options
	if e != nil {
		opts.Reader = e // not a nil *ocr.Engine in a non-nil interface
	}
	p, err := layout.Analyze(ctx, res, img, opts)
	if err != nil {
		return nil, err
	}
	res.Text = p.Text
	return p, nil
}

// layoutSetting names the layout stage for a manifest key.
func layoutSetting(off bool) string {
	if off {
		return "layout=off"
	}
	return "layout=" + layout.Version
}
