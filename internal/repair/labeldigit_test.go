package repair

import (
	"testing"

	"github.com/vidoc/vidoc/internal/errmodel"
)

// A capital and a digit that no letter of the channel is read as stays
// as written: the decoder read "A2" as the syllable "a" with a speck and
// dropped the digit, a label lost (harms found by repairing correct legal
// text: "giá trị A2", "hạng A1"). Where the channel reads a letter as
// the digit ("B6" for Bộ in legacy damage) the syllable is still read.
// Text written for the test.
func TestCapitalDigitLabelKept(t *testing.T) {
	wantRepairs(t, realRepairer(t, Options{}), map[string]string{
		"Người lái xe hạng A1 phải đủ 18 tuổi.\n":          "Người lái xe hạng A1 phải đủ 18 tuổi.\n",
		"Giá trị A2 của chất này ghi tại bảng kèm theo.\n": "Giá trị A2 của chất này ghi tại bảng kèm theo.\n",
	})
	wantRepairs(t, realRepairer(t, Options{Damage: "legacy"}), map[string]string{
		"B6 truong giao nhiem vu cho cac l6p.\n": "Bộ trưởng giao nhiệm vụ cho các lớp.\n",
	})
	m, err := errmodel.Default()
	if err != nil {
		t.Fatal(err)
	}
	if clean := m.Get(errmodel.Clean); readsLetterAs(clean, '2') || !readsLetterAs(clean, '5') {
		t.Errorf("clean channel: reads a letter as 2: %v, as 5: %v; want false, true", readsLetterAs(clean, '2'), readsLetterAs(clean, '5'))
	}
	if !readsLetterAs(m.Get(errmodel.Legacy), '6') {
		t.Error("legacy channel reads no letter as 6")
	}
}
