package layout

import (
	"strings"
	"testing"
)

const wantHeader = "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc"

func TestSnapLineMissingEndWord(t *testing.T) {
	for _, c := range []struct{ read, want string }{
		{"Độc lập - Tự do - Hạnh", "Độc lập - Tự do - Hạnh phúc"},
		{"lập - Tư do - Hạnh phúc", "Độc lập - Tự do - Hạnh phúc"},
		{"CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT", "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"},
		{"ĐẢNG CỘNG SẢN VIỆT", "ĐẢNG CỘNG SẢN VIỆT NAM"},
	} {
		if got, ok := snapLine(c.read); !ok || got != c.want {
			t.Errorf("snapLine(%q) = %q, %v; want %q", c.read, got, ok, c.want)
		}
	}
	// Two words missing is another line.
	for _, s := range []string{"Độc lập - Tự do", "Tự do - Hạnh phúc", "CỘNG HÒA XÃ HỘI CHỦ NGHĨA", "CỘNG SẢN VIỆT"} {
		if got, ok := snapLine(s); ok {
			t.Errorf("snapLine(%q) = %q, want no match", s, got)
		}
	}
}

// headerWith is a two-column first page whose right column holds the
// national title and, under it, the motto line given.
func headerWith(motto ...func(b *builder)) *builder {
	b := newBuilder()
	b.add(1, 100, seg{x: 150, text: "BỘ TÀI CHÍNH"}, seg{x: 600, text: "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"})
	for _, m := range motto {
		m(b)
	}
	b.add(1, 175, seg{x: 150, text: "Số: 12/QĐ-BTC"}, seg{x: 650, text: "Hà Nội, ngày 5 tháng 3 năm 2024"})
	b.body(2, 300, 20)
	return b
}

func checkMotto(t *testing.T, b *builder) {
	t.Helper()
	p := analyze(t, b.result(), nil)
	if !strings.Contains(p.Text, wantHeader) {
		t.Errorf("motto lost or not snapped:\n%s", p.Text)
	}
	for _, d := range p.Dropped {
		if strings.ContainsAny(d.Text, "ĐđHh") {
			t.Errorf("motto words dropped as %s: %q", d.Reason, d.Text)
		}
	}
}

func TestMottoLastWordAtPageEdgeKept(t *testing.T) {
	// The motto set far right: its last word touches the page's edge,
	// half cut and read with little confidence as a non-syllable, which
	// the border rule drops.
	checkMotto(t, headerWith(func(b *builder) {
		b.add(1, 135, seg{x: 920, text: "Độc lập - Tự do - Hạnh"}, seg{x: 1182, text: "pbúc", conf: 40})
	}))
}

func TestMottoReadFaintlyKept(t *testing.T) {
	// A pale or blurred motto read with little confidence throughout: the
	// unreadable-line and garbage rules dropped it whole.
	checkMotto(t, headerWith(func(b *builder) {
		b.add(1, 135, seg{x: 680, text: "Đôc lâp - Tư đo - Hạnh phú¢", conf: 22})
	}))
}

func TestMottoMissingLastWordSnapped(t *testing.T) {
	checkMotto(t, headerWith(func(b *builder) {
		b.add(1, 135, seg{x: 680, text: "Độc lập - Tự do - Hạnh"})
	}))
}

func TestMottoSplitOnItsRowJoined(t *testing.T) {
	// Its last words read a column's gap apart on the same line, and on a
	// Tesseract line of their own set a little lower, as garbage.
	checkMotto(t, headerWith(func(b *builder) {
		b.add(1, 135, seg{x: 680, text: "Độc lập - Tự do -"}, seg{x: 1000, text: "Hạnh phúc"})
	}))
	checkMotto(t, headerWith(func(b *builder) {
		b.add(1, 135, seg{x: 680, text: "Độc lập - Tự do -"})
		b.add(1, 139, seg{x: 880, text: "Hạnh phú¢", conf: 20})
	}))
}

func TestMottoSpeckInUnderlineKept(t *testing.T) {
	// A speck on the underline read into the motto's line: the line is
	// the motto still, and the speck does not reach the text.
	checkMotto(t, headerWith(func(b *builder) {
		b.add(1, 135, seg{x: 680, text: "Độc lập - Tự do - Hạnh phúc"}, seg{x: 1000, text: "‘", conf: 15})
	}))
}

func TestMarkBesideMottoNotKeptWithIt(t *testing.T) {
	// The underline of the left column's first line, read as a mark on
	// the motto's Tesseract line: the motto is kept and snapped, the mark
	// is no part of it and stays dropped.
	b := headerWith(func(b *builder) {
		b.add(1, 135, seg{x: 200, text: "T——", conf: 20}, seg{x: 680, text: "Đọc lập - lự do - Hạnh phuc"})
	})
	checkMotto(t, b)
	if p := analyze(t, b.result(), nil); strings.Contains(p.Text, "T——") {
		t.Errorf("the mark beside the motto was kept:\n%s", p.Text)
	}
}

func TestSnapLineMottoShape(t *testing.T) {
	// A motto read as a salad of letters, its dashes read surely.
	for _, read := range []string{
		"LƯỌC 1Q@pD - 1ỰƯ dO - lianh DhHUC",
		"Đôc lâo -Tu đo - Hanb phủe",
		"Dọc lặp– Tụ đơ –Hạuh pbúc",
	} {
		if got, ok := snapLine(read); !ok || !strings.HasPrefix(got, "Độc lập") {
			t.Errorf("snapLine(%q) = %q, %v; want the motto", read, got, ok)
		}
	}
	// Other lines of that shape, or near it, are not the motto.
	for _, s := range []string{
		"Số: 12/QĐ-UBND - Hà Nội - 2024",
		"- Như trên; - Lưu: VT.",
		"Đội lập - Tự do - Hạnh phúc - Ấm no",
		"Xin gửi Tờ trình - Báo cáo - Kế hoạch",
		"Ban Tổ chức - Ban Tuyên giáo - Văn phòng",
		"- Đông Hà - Tân Lập - Hòa Bình",
		"Nam Định - Tân Phú - Hà Nam",
		"Điều 1 - Điều 2 - Điều 3 của nó",
	} {
		if got, ok := snapLine(s); ok {
			t.Errorf("snapLine(%q) = %q, want no match", s, got)
		}
	}
}
