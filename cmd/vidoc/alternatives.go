package main

import (
	"github.com/vidoc/vidoc/internal/ocr"
	"github.com/vidoc/vidoc/internal/ocrchan"
)

// ocrChannels are the channels of a page's words read with alternatives
// (ocr.Options.Alternatives), placed on its text as the layout left it, for
// repair to listen to; nil when the words carry no choices.
func ocrChannels(res *ocr.Result) []ocrchan.Placed {
	p := ocrchan.Page{Text: res.Text, Words: make([]ocrchan.Printed, len(res.Words))}
	with := false
	for i, w := range res.Words {
		p.Words[i].Text = w.Text
		if len(w.Chars) == 0 {
			continue
		}
		with = true
		p.Words[i].Chars = make([]ocrchan.Glyph, len(w.Chars))
		for k, c := range w.Chars {
			alts := make([]ocrchan.Choice, len(c.Alts))
			for j, a := range c.Alts {
				alts[j] = ocrchan.Choice{Text: a.C, P: a.P}
			}
			p.Words[i].Chars[k].Alts = alts
		}
	}
	if !with {
		return nil
	}
	return ocrchan.Channels(p, ocrchan.Options{})
}
