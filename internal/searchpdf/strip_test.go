package searchpdf

import "testing"

func TestStripInvisible(t *testing.T) {
	for _, c := range []struct {
		name, in, want string
		removed        int
	}{{
		name:    "invisible text object loses its strings, keeps its state",
		in:      "BT 3 Tr /F1 12 Tf 10 20 Td (cu\\)a ET Tj) Tj [(ho) -20 (ach)] TJ ET",
		want:    "BT 3 Tr /F1 12 Tf 10 20 Td     ET",
		removed: 2,
	}, {
		name:    "visible text stays whole",
		in:      "BT 0 Tr /F1 12 Tf (K\\350 ho\\(ach) Tj ET",
		want:    "BT 0 Tr /F1 12 Tf (K\\350 ho\\(ach) Tj ET",
		removed: 0,
	}, {
		name:    "mixed object stays whole",
		in:      "BT 3 Tr (a) Tj 0 Tr (b) Tj ET",
		want:    "BT 3 Tr (a) Tj 0 Tr (b) Tj ET",
		removed: 0,
	}, {
		name:    "mode set outside, restored by Q",
		in:      "q 3 Tr BT (x) Tj ET Q BT (y) Tj ET",
		want:    "q 3 Tr BT   ET Q BT (y) Tj ET",
		removed: 1,
	}, {
		name:    "quote operators keep their line moves and spacing",
		in:      "BT 3 Tr 14 TL (a) ' 2 1 (b) \" ET",
		want:    "BT 3 Tr 14 TL  T*   2 Tw 1 Tc T*  ET",
		removed: 2,
	}, {
		name:    "hex strings, comments and an inline image holding operator bytes",
		in:      "BI /W 2 /H 1 /BPC 8 /CS /G ID \x00BT (x) Tj ET\x01 EI\n% BT 3 Tr\nBT 3 Tr <48656c6c6f> Tj ET",
		want:    "BI /W 2 /H 1 /BPC 8 /CS /G ID \x00BT (x) Tj ET\x01 EI\n% BT 3 Tr\nBT 3 Tr   ET",
		removed: 1,
	}, {
		name:    "nested parentheses",
		in:      "BT 3 Tr ((a) (b) ET) Tj ET",
		want:    "BT 3 Tr   ET",
		removed: 1,
	}} {
		got, n := stripInvisible([]byte(c.in))
		if string(got) != c.want || n != c.removed {
			t.Errorf("%s:\n got %q (%d removed)\nwant %q (%d)", c.name, got, n, c.want, c.removed)
		}
	}
}
