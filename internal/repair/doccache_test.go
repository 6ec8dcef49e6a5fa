package repair

import (
	"context"
	"strings"
	"testing"
)

// cacheBody is a made-up Party report for this test: its lines about the
// vanguard role spell "tiên phong" right; adaptInput
// (adapt_test.go) makes the document damaged enough to adapt to.
const cacheBody = `Đảng viên phải giữ vai trò tiên phong trong mọi hoạt động của địa phương.
Mỗi chi bộ phát huy tính tiên phong của đảng viên trẻ trong công việc hằng ngày.
Đoàn viên thanh niên đi đầu, tiên phong gương mẫu trong lao động sản xuất.
Cấp ủy các cấp xây dựng đội ngũ cán bộ tiên phong, bản lĩnh và gần dân.
Chi bộ cơ sở thường xuyên biểu dương những tấm gương tiên phong tiêu biểu.
`

// cacheOtherBody is cacheBody without the heading's words.
const cacheOtherBody = `Đảng viên phải giữ vai trò nòng cốt trong mọi hoạt động của địa phương.
Mỗi chi bộ phát huy tính chủ động của đảng viên trẻ trong công việc hằng ngày.
Đoàn viên thanh niên đi đầu, nòng cốt trong lao động sản xuất.
Cấp ủy các cấp xây dựng đội ngũ cán bộ nòng cốt, bản lĩnh và gần dân.
Chi bộ cơ sở thường xuyên biểu dương những điển hình tiêu biểu.
`

// cacheHeading is the heading, its marks lost, as the document's only
// damaged reading of the pair.
const cacheHeading = "IV. TIEN PHONG GUONG MAU\n"

// cacheDocument is a document whose body is body, longer than one block:
// the cache is off for one-block documents.
func cacheDocument(body string) string {
	return cacheHeading + strings.Repeat(body+adaptInput(), 3)
}

// headings are the first line of doc repaired by a repairer adapted to it
// and by one that is not.
func headings(t *testing.T, doc string) (adapted, base string) {
	t.Helper()
	r := realRepairer(t, Options{})
	ar, _, err := r.Adapt(context.Background(), doc)
	if err != nil {
		t.Fatal(err)
	}
	first := func(r *Repairer) string {
		res, err := r.Repair(context.Background(), doc)
		if err != nil {
			t.Fatal(err)
		}
		return strings.SplitN(res.Text, "\n", 2)[0]
	}
	return first(ar), first(r)
}

// A rare pair the document spells right in its body wins in its damaged
// heading over the commoner reading the corpus model prefers.
func TestDocCacheReadsThePairTheDocumentSpells(t *testing.T) {
	got, base := headings(t, cacheDocument(cacheBody))
	if want := "IV. TIÊN PHONG GƯƠNG MẪU"; got != want {
		t.Errorf("heading %q, want %q (without adaptation: %q)", got, want, base)
	}
}

// A document that never spells the pair (nor the heading's other words)
// keeps the reading the corpus model gives its heading.
func TestDocCacheKeepsReadingsTheDocumentNeverSpells(t *testing.T) {
	if got, base := headings(t, cacheDocument(cacheOtherBody)); got != base {
		t.Errorf("heading %q, want the unadapted reading %q", got, base)
	}
}

// A one-block document gets no cache: its heading reads as without one.
func TestDocCacheOffForOneBlock(t *testing.T) {
	doc := cacheHeading + cacheBody + adaptInput() + cacheBody
	if got, base := headings(t, doc); got != base {
		t.Errorf("heading %q, want the unadapted reading %q", got, base)
	}
}

// Adapt says when the cache is used and what it holds, and why not when it
// is not.
func TestDocCacheNote(t *testing.T) {
	r := realRepairer(t, Options{})
	_, ad, err := r.Adapt(context.Background(), cacheDocument(cacheBody))
	if err != nil {
		t.Fatal(err)
	}
	n := ad.Cache
	if !n.Used || n.Syllables < len(n.Top) || n.Readings < cacheMinCount*n.Syllables {
		t.Fatalf("cache note %+v, want a used cache with its counts", n)
	}
	found := false
	for _, c := range n.Top {
		found = found || c.Syllable == "tiên" && c.Count >= cacheMinCount
	}
	if !found || len(n.Top) > NoteCached {
		t.Errorf("cache note's top syllables %v, want tiên among at most %d", n.Top, NoteCached)
	}
	if s := n.String(); !strings.HasPrefix(s, "used: ") || !strings.Contains(s, "tiên ×") {
		t.Errorf("cache note reads %q", s)
	}
	_, ad, err = r.Adapt(context.Background(), cacheHeading+cacheBody+adaptInput()+cacheBody)
	if err != nil {
		t.Fatal(err)
	}
	if ad.Cache.Used || !strings.Contains(ad.Cache.Why, "one block") {
		t.Errorf("one-block cache note %+v, want not used for one block", ad.Cache)
	}
}

// cacheBusyBody is a made-up cell report for this test that repeats
// "động" (hoạt động, lao động, chủ động) and never writes "cộng đồng".
const cacheBusyBody = `Hoạt động của chi bộ được duy trì đều đặn, mỗi đảng viên chủ động trong công việc.
Công tác tuyên truyền gắn với hoạt động của các đoàn thể và phong trào lao động.
Công đoàn cơ sở chủ động tổ chức hoạt động văn hóa cho người lao động.
Ban chỉ đạo kiểm tra hoạt động công tác của từng bộ phận theo kế hoạch.
Đảng viên phải chủ động đề xuất giải pháp, hoạt động sát với công việc được giao.
`

// A syllable the document repeats gains by the same factor in every
// context, so where the corpus model all but rules it out it stays ruled
// out: after "của cộng", "đồng" keeps most of its lead over "động", which
// the document reads many times. A cache mixed in linearly gave "động"
// the same added probability there as anywhere, and a damaged "cộng đồng"
// became "công động" on the sample.
func TestDocCacheKeepsTheContextsVerdict(t *testing.T) {
	r := realRepairer(t, Options{})
	ar, ad, err := r.Adapt(context.Background(), cacheHeading+strings.Repeat(cacheBusyBody+adaptInput(), 3))
	if err != nil {
		t.Fatal(err)
	}
	if !ad.Cache.Used {
		t.Fatalf("no document cache: %s", ad.Cache)
	}
	id := func(w string) int32 {
		i, ok := r.lm.ID(w)
		if !ok {
			t.Fatalf("%q not in the language model", w)
		}
		return i
	}
	before := []int32{id("của"), id("cộng")}
	lead := func(r *Repairer) float64 {
		right := r.finder.lmLogP(&arc{units: [2]int32{id("đồng"), -1}}, before, nil, false)
		cached := r.finder.lmLogP(&arc{units: [2]int32{id("động"), -1}}, before, nil, false)
		return right - cached
	}
	base, adapted := lead(r), lead(ar)
	t.Logf("lead of đồng over động after \"của cộng\": %.2f nats, %.2f with the cache (%s)", base, adapted, ad.Cache)
	if base < 4 {
		t.Fatalf("the corpus model gives đồng only %.2f nats over động after \"của cộng\": the test needs a wide lead", base)
	}
	if adapted < base/2 {
		t.Errorf("with the document cache đồng leads động by %.2f nats, under half the corpus model's %.2f", adapted, base)
	}
}
