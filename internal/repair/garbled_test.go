package repair

import "testing"

// A known syllable whose neighbours on a garbled line are garbage keeps
// its marks: the language model's context there is what repair made of
// the garbage ("ỡr Đối ê!1ả" had become "ỡr Đổi ê!1ả"). Beside a known
// word the same mark is still put right.
func TestGarbledLineKeepsMarks(t *testing.T) {
	r := realRepairer(t, Options{})
	head := "Các nội dung chính của kế hoạch như sau.\n"
	for _, in := range []string{
		head + "ỡr Đối ê!1ả\nd Đối ê\n",
		head + "s Đối `y’\nởớ;ã Đối !ạ\nễkp Đối ố.à\n",
	} {
		if got := repairText(t, r, in).Text; got != in {
			t.Errorf("%q → %q", in, got)
		}
	}
	wantRepairs(t, r, map[string]string{
		head + "Cần có sự thay đồi trong cách làm việc.\n": head + "Cần có sự thay đổi trong cách làm việc.\n",
	})
}
