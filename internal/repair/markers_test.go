package repair

import (
	"strings"
	"testing"
)

func TestListMarkersSlots(t *testing.T) {
	text := "V. TO CHUC\nxii) muc\nđ. noi dung\nVề V. giữa dòng\nVa. khong\nXXI. khong\n"
	slots := markListMarkers(text, slotsOf(text))
	var markers []string
	for _, s := range slots {
		if s.marker {
			markers = append(markers, text[s.start:s.end])
		}
	}
	if got, want := strings.Join(markers, " "), "V xii đ"; got != want {
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
	} {
		got := repairText(t, r, in).Text
		marker := in[:strings.IndexAny(in, ".)")+1]
		if !strings.HasPrefix(got, marker+" ") {
			t.Errorf("%q → %q: marker %q lost", in, got, marker)
		}
	}
}
