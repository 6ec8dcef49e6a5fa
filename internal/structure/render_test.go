package structure

import (
	"regexp"
	"strings"
	"testing"
)

// A numbered part whose text is a sentence, with no heading of its own,
// is written with its label in bold before its text, never as a bare
// heading ("### 1.1."); a part with a heading keeps its heading line.
func TestMarkdownNoBareHeading(t *testing.T) {
	text := "Ủy ban nhân dân huyện thông báo như sau:\n\n" +
		"1. Thời gian\n" +
		"1.1. Tiếp nhận hồ sơ: trong giờ hành chính các ngày làm việc.\n" +
		"1.2. Trả kết quả: sau năm ngày làm việc.\n" +
		"2. Địa điểm: trụ sở Ủy ban nhân dân xã.\n"
	md := string(Markdown(Parse(text)))
	if m := regexp.MustCompile(`(?m)^#+ [\d.]+\.?\s*$`).FindString(md); m != "" {
		t.Errorf("bare heading %q in:\n%s", m, md)
	}
	for _, want := range []string{"## 1. Thời gian\n", "**1.1.** Tiếp nhận hồ sơ: trong giờ hành chính các ngày làm việc.\n", "**2.** Địa điểm: trụ sở"} {
		if !strings.Contains(md, want) {
			t.Errorf("Markdown lacks %q:\n%s", want, md)
		}
	}
}
