package repair

import (
	"context"
	"testing"
)

// A foreign name transcribed syllable by syllable with hyphens is kept as
// printed: the language model has no context for its sounds and rewrote
// one into a commoner syllable ("Ê-thi-ô-pi-a" had become "Ê-ti-ô-pi-a").
// Two syllables joined by a hyphen stay the decoder's (a hyphen the OCR
// read for a space is still taken out where the words want it), and so
// do the words around a name.
func TestForeignNameKept(t *testing.T) {
	r := realRepairer(t, Options{})
	for _, in := range []string{
		"Hợp tác với Cộng hòa Dân chủ Liên bang Ê-thi-ô-pi-a về thương mại.\n",
		"Đoàn đại biểu nước Cộng hòa Ác-hen-ti-na và Bê-la-rút sang thăm.\n",
		"Gạo xuất khẩu đóng bao 50 ki-lô-gam theo hợp đồng với Ma-lai-xi-a.\n",
	} {
		if got := repairText(t, r, in).Text; got != in {
			t.Errorf("%q → %q", in, got)
		}
	}
	wantRepairs(t, r, map[string]string{
		"Hop tac voi nuoc Cong hoa Ê-thi-ô-pi-a ve thuong mai.\n": "Hợp tác với nước Cộng hòa Ê-thi-ô-pi-a về thương mại.\n",
	})
}

// With the glyphs, a name the OCR read unsurely stays the decoder's: its
// sureness cell gives a word read so surely worse odds of being right
// than wrong, so the language model may still weigh its syllables.
func TestForeignNameUnsureLeftToDecoder(t *testing.T) {
	r := realRepairer(t, Options{})
	text := "Liên bang Ê-thi-ô-pi-a và các nước\n"
	slotsFor := func(conf float64) []slot {
		words := sureChannels(text)
		for i := range words {
			words[i].Confidence = conf
			for k := range words[i].Tops {
				words[i].Tops[k], words[i].Margins[k] = 0.5, 0.1
			}
			words[i].MinTop, words[i].MinMargin = 0.5, 0.1
		}
		return r.markForeignNames(text, slotsOf(text), words)
	}
	fixed := func(s []slot) int {
		n := 0
		for _, x := range s {
			if x.kind == slotFixed && x.unit != "<punct-->" {
				n++
			}
		}
		return n
	}
	if n := fixed(r.markForeignNames(text, slotsOf(text), sureChannels(text))); n != 5 {
		t.Errorf("read surely: %d syllables of the name kept, want 5", n)
	}
	if n := fixed(slotsFor(30)); n != 0 {
		t.Errorf("read unsurely: %d syllables of the name kept, want 0", n)
	}
	res, err := r.RepairWords(context.Background(), text, sureChannels(text))
	if err != nil {
		t.Fatal(err)
	}
	if res.Text != text {
		t.Errorf("read surely: %q → %q", text, res.Text)
	}
}
