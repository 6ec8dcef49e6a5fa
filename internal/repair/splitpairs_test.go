package repair

import "testing"

// Two syllables run together in stripped text are read as the pair that
// goes together, though a part alone reads as a commoner syllable: "can"
// alone is "cần" or "cán" before "căn", "ban" alone "bạn" or "bản" before
// "bàn". The sentences are made for the test.
func TestSplitPairsByBigram(t *testing.T) {
	s := realRepairer(t, Options{Damage: "stripped"})
	wantRepairs(t, s, map[string]string{
		"Cancu Luat Dat dai ngay 29 thang 11 nam 2013;\n":         "Căn cứ Luật Đất đai ngày 29 tháng 11 năm 2013;\n",
		"cac ho gia dinh tren dia bantinh da dang ky\n":           "các hộ gia đình trên địa bàn tỉnh đã đăng ký\n",
		"giam bot thutuc hanh chinh cho nguoi dan\n":              "giảm bớt thủ tục hành chính cho người dân\n",
		"thuc hien che do bao hiem cho nguoi laodong nghi viec\n": "thực hiện chế độ bảo hiểm cho người lao động nghỉ việc\n",
	})
}

// pairReadings ranks pairs by the bigram of their syllables: of the parts
// of "cancu", the pair "căn cứ" comes first, though "căn" is not the first
// reading of "can" alone.
func TestPairReadingsUseBigram(t *testing.T) {
	r := realRepairer(t, Options{Damage: "stripped"})
	ch := r.channels.Get("stripped")
	left, right := r.splitCandidates(ch, "can"), r.splitCandidates(ch, "cu")
	if len(left) == 0 || r.syl[left[0].word] == "căn" {
		t.Fatalf("the test wants a part whose first reading alone is not căn: %d readings", len(left))
	}
	p := r.pairReadings(left, right, splitPairs)
	if len(p) == 0 || r.syl[p[0].a.word]+" "+r.syl[p[0].b.word] != "căn cứ" {
		t.Errorf("best pair of can|cu is not căn cứ: %v", p)
	}
}
