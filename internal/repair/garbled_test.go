package repair

import (
	"strings"
	"testing"
)

// A known syllable whose neighbours on a garbled line are garbage keeps
// its marks: the language model's context there is what repair made of
// the garbage ("ỡr Đối ê!1ả" had become "ỡr Đổi ê!1ả"). Beside a known
// word the same mark is still put right.
func TestGarbledLineKeepsMarks(t *testing.T) {
	r := realRepairer(t, Options{})
	head := "Các nội dung chính của kế hoạch như sau.\n"
	for _, line := range []string{"ỡr Đối ê!1ả", "ởớ;ã Đối !ạ", "ễkp Đối ố.à"} {
		in := head + line + "\n"
		res := repairText(t, r, in)
		if !strings.Contains(res.Text, line) {
			t.Errorf("%q → %q", in, res.Text)
		}
	}
	wantRepairs(t, r, map[string]string{
		head + "Cần có sự thay đồi trong cách làm việc.\n": head + "Cần có sự thay đổi trong cách làm việc.\n",
	})
}
