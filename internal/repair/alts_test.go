package repair

import (
	"context"
	"strings"
	"testing"

	"github.com/vidoc/vidoc/internal/ocrchan"
)

// channelsFor gives every word of text a channel: each glyph read as printed at
// 0.97 unless sure names the word and its glyph choices (index → choices).
func channelsFor(text string, doubt map[string]map[int][]ocrchan.Choice) []ocrchan.Placed {
	fields := strings.Fields(text)
	at := ocrchan.Place(text, fields)
	var out []ocrchan.Placed
	for i, f := range fields {
		rs := []rune(f)
		glyphs := make([][]ocrchan.Choice, len(rs))
		for k, c := range rs {
			if ch, ok := doubt[f][k]; ok {
				glyphs[k] = ch
			} else {
				glyphs[k] = []ocrchan.Choice{{Text: string(c), P: 0.97}}
			}
		}
		out = append(out, ocrchan.Placed{Start: at[i], End: at[i] + len(f), Word: ocrchan.Build(f, glyphs, ocrchan.Options{})})
	}
	return out
}

func TestRepairWordsWithoutChannelsIsRepair(t *testing.T) {
	r := realRepairer(t, Options{})
	ctx := context.Background()
	for _, text := range []string{
		"Uy ban nhan dan tinh ban hanh ke hoach thuc hien nhiem vu nam 2024.\n",
		"K8 hoach so 12-KH/TU ngay 3/4/2024 cua Ban Thuong vu Tinh uy\n\nve viec trien khai",
	} {
		want, err := r.Repair(ctx, text)
		if err != nil {
			t.Fatal(err)
		}
		got, err := r.RepairWords(ctx, text, nil)
		if err != nil {
			t.Fatal(err)
		}
		if got.Text != want.Text || len(got.Changes) != len(want.Changes) {
			t.Errorf("RepairWords(nil) %q, Repair %q", got.Text, want.Text)
		}
		var streamed strings.Builder
		if err := r.StreamWords(ctx, text, nil, func(b Block) error { streamed.WriteString(b.Text); return nil }); err != nil {
			t.Fatal(err)
		}
		if streamed.String() != want.Text {
			t.Errorf("StreamWords(nil) %q, want %q", streamed.String(), want.Text)
		}
	}
}

func TestRepairWordsRefusesMisplacedWords(t *testing.T) {
	r := realRepairer(t, Options{})
	text := "cờ đỏ sao vàng"
	words := channelsFor(text, nil)
	words[0], words[1] = words[1], words[0]
	if _, err := r.RepairWords(context.Background(), text, words); err == nil || !strings.Contains(err.Error(), "out of order") {
		t.Errorf("words out of order: %v", err)
	}
	words = channelsFor(text, nil)
	words[3].End = len(text) + 2
	if _, _, err := r.RepairTextWords(context.Background(), text, words); err == nil {
		t.Error("a word past the text's end was taken")
	}
}
