package repair

import "testing"

// Legacy engines read the capital Đ as B, its bar and stem closed into a
// bowl: "NB-CP" for NĐ-CP in a code, "HBND" for HĐND. The part with Đ, far
// commoner among the corpus's code parts, is put back under legacy damage;
// correct text keeps what was printed. Sentences made for the test.
func TestĐReadAsBInCodes(t *testing.T) {
	l := realRepairer(t, Options{Damage: "legacy"})
	wantRepairs(t, l, map[string]string{
		"C~n cu Nghi dinh s6 41/2019/NB-CP cUa Chinh phU\n":    "Căn cứ Nghị định số 41/2019/NĐ-CP của Chính phủ\n",
		"theo Quy~t dinh s6 77/QB-UBND cUa tinh\n":             "theo Quyết định số 77/QĐ-UBND của tỉnh\n",
		"Thuong truc HBND huy~n, cac phOng chuyen mOn\n":       "Thường trực HĐND huyện, các phòng chuyên môn\n",
		"Can cu Thong tu s6 12/2020/TT-BTC cUa BO Tai chinh\n": "Căn cứ Thông tư số 12/2020/TT-BTC của Bộ Tài chính\n",
	})
	c := realRepairer(t, Options{Damage: "clean"})
	wantRepairs(t, c, map[string]string{
		"Căn cứ Nghị định số 41/2019/NB-CP của Chính phủ\n": "Căn cứ Nghị định số 41/2019/NB-CP của Chính phủ\n",
	})
}
