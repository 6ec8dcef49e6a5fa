package repair

import (
	"strings"
	"testing"
)

func TestListMarkersSlots(t *testing.T) {
	text := "V. TO CHUC\nxii) muc\nđ. noi dung\nVề V. giữa dòng\nVa. khong\nXXI. khong\n" +
		"b1) muc con\nđ12. muc con\nA1) khong\n1a) khong\nb123) khong\nvề a1) giữa dòng\n"
	slots := markListMarkers(text, slotsOf(text))
	var markers []string
	for _, s := range slots {
		if s.marker {
			markers = append(markers, text[s.start:s.end])
		}
	}
	if got, want := strings.Join(markers, " "), "V xii đ b1 đ12"; got != want {
		t.Errorf("markers %q, want %q", got, want)
	}
}

// A list marker at the start of a line is numbering: the repairer must not
// read it as a damaged word, whatever the damage around it.
func TestListMarkersKept(t *testing.T) {
	r := realRepairer(t, Options{})
	for _, in := range []string{
		"V. KET QUA DAT DUOC\n",
		"IV. NHIEM VU GIAI PHAP\n",
		"X) Cac co quan lien quan\n",
		"b) Tang cuong kiem tra\n",
		"A. Muc tieu chung\n",
		"V. TÔ CHUC THIJ'C HIN\n",
		// Items inserted under point a: their number is not a damaged
		// letter, nor is the label a word.
		"a1) Khi sáp nhập doanh nghiệp, các doanh nghiệp phải thực hiện\n",
		"a2) Khi chia doanh nghiệp thì phải làm thủ tục\n",
		"d3) Cac truong hop khac\n",
	} {
		got := repairText(t, r, in).Text
		marker := in[:strings.IndexAny(in, ".)")+1]
		if !strings.HasPrefix(got, marker+" ") {
			t.Errorf("%q → %q: marker %q lost", in, got, marker)
		}
	}
}
