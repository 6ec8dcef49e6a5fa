package repair

import (
	"strings"
	"testing"
)

func TestUnitLetterSlots(t *testing.T) {
	text := "Mốc M1: 21°02’15” N, 105°48’30” E;\nCọc dài 12 m.\nđộ sâu 3 m 40\nkinh tế - x hội\nnăm 2020 v các\n"
	var got []string
	for _, s := range slotsOf(text) {
		if s.lone && unitLetter(text, s) {
			got = append(got, text[s.start:s.end])
		}
	}
	if strings.Join(got, " ") != "N m m" {
		t.Errorf("unit letters %q, want N m m", got)
	}
}

// A compass letter of a coordinate or a unit after a number is no
// syllable whose vowel the OCR lost: repair keeps it, also where the
// codes and numbers around make the block read as legacy damage, and
// still restores a lone letter that goes on into a phrase.
func TestUnitLetterKept(t *testing.T) {
	r := realRepairer(t, Options{})
	in := "Toạ độ các mốc:\nM1: 21°02’15” N, 105°48’30” E;\nM2: 20°59’01” N, 105°50’12” E;\nK3: 20°58’44” N, 105°51’09” E.\n"
	got := repairText(t, r, in).Text
	if n := strings.Count(got, "” N, "); n != 3 {
		t.Errorf("%q → %q: %d of 3 compass letters kept", in, got, n)
	}
	wantRepairs(t, r, map[string]string{
		"phat trien kinh te - x hoi va du lich\n": "phát triển kinh tế - xã hội và du lịch\n",
	})
}
