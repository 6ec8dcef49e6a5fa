package repair

import (
	"context"
	"testing"
)

// A dash typed against the word before it ("Tài chính- Kế toán", two
// offices' names joined as documents join them, "Tài chính - Kế toán",
// with its first space lost) is a word slot of its own letters and the
// dash: text without glyphs cannot tell it from a speck read as "-", and
// repair drops it. Read surely by Tesseract, the dash is kept: found on
// pages rendered from tuning transcriptions, where dropping it left a page
// read right below its OCR input, by both paths. Text written for the
// test.
func TestGlyphVetoKeepsASureFinalDash(t *testing.T) {
	r := realRepairer(t, Options{})
	ctx := context.Background()
	for _, text := range []string{
		"Phòng Tài chính- Kế toán tổng hợp số liệu của các đơn vị.\n",
		"Trung tâm Văn hóa- Thể thao huyện tổ chức giải bóng đá.\n",
	} {
		plain, err := r.Repair(ctx, text)
		if err != nil {
			t.Fatal(err)
		}
		if plain.Text == text {
			t.Logf("text-only repair keeps %q (the test no longer shows the harm it was written for)", text)
		}
		res, err := r.RepairWords(ctx, text, sureChannels(text))
		if err != nil {
			t.Fatal(err)
		}
		if res.Text != text {
			t.Errorf("with sure glyphs %q → %q, want it kept", text, res.Text)
		}
	}
}
