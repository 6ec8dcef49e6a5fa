package token

import (
	"strings"
	"testing"
)

type kt struct {
	text string
	kind Kind
}

func tokens(s string) []kt {
	var out []kt
	for _, t := range Tokenize(s, nil) {
		out = append(out, kt{t.Text(s), t.Kind})
	}
	return out
}

func TestTokenizeKinds(t *testing.T) {
	cases := []struct {
		in   string
		want []kt
	}{
		{"Số: 344-KH/TU", []kt{{"Số", Word}, {":", Punct}, {"344-KH/TU", Code}}},
		{"số 12/2024/QĐ-UBND ngày 17/7/2024.", []kt{{"số", Word}, {"12/2024/QĐ-UBND", Code}, {"ngày", Word}, {"17/7/2024", Date}, {".", Punct}}},
		{"UBND huyện, HĐND tỉnh", []kt{{"UBND", Abbr}, {"huyện", Word}, {",", Punct}, {"HĐND", Abbr}, {"tỉnh", Word}}},
		{"KẾ HOẠCH\r\nthực hiện", []kt{{"KẾ", Word}, {"HOẠCH", Word}, {"\r\n", LineBreak}, {"thực", Word}, {"hiện", Word}}},
		{"ngày 18 tháng 3 năm 2022", []kt{{"ngày", Word}, {"18", Number}, {"tháng", Word}, {"3", Number}, {"năm", Word}, {"2022", Number}}},
		{"1.000.000 đồng (2,5%)", []kt{{"1.000.000", Number}, {"đồng", Word}, {"(", Punct}, {"2,5", Number}, {"%", Punct}, {")", Punct}}},
		{"xem https://vbpl.vn/a?b=1. hoặc thư ubnd@dongnai.gov.vn;", []kt{{"xem", Word}, {"https://vbpl.vn/a?b=1", URL}, {".", Punct}, {"hoặc", Word}, {"thư", Word}, {"ubnd@dongnai.gov.vn", Email}, {";", Punct}}},
		{"II. MỤC ĐÍCH", []kt{{"II", Number}, {".", Punct}, {"MỤC", Word}, {"ĐÍCH", Word}}},
		{"Bà Rịa-Vũng Tàu", []kt{{"Bà", Word}, {"Rịa", Word}, {"-", Punct}, {"Vũng", Word}, {"Tàu", Word}}},
		{"giai đoạn 2020-2025", []kt{{"giai", Word}, {"đoạn", Word}, {"2020", Number}, {"-", Punct}, {"2025", Number}}},
		{"Internet COVID-19 tỉnh,huyện", []kt{{"Internet", Latin}, {"COVID-19", Code}, {"tỉnh", Word}, {",", Punct}, {"huyện", Word}}},
		{"“Tỉnh ủy”…", []kt{{"“", Punct}, {"Tỉnh", Word}, {"ủy", Word}, {"”", Punct}, {"…", Punct}}},
		{"quý gì giữ", []kt{{"quý", Word}, {"gì", Word}, {"giữ", Word}}},
		{"H5N1 T65 3a", []kt{{"H5N1", Code}, {"T65", Code}, {"3a", Code}}},
	}
	for _, c := range cases {
		got := tokens(c.in)
		if len(got) != len(c.want) {
			t.Errorf("%q: got %v, want %v", c.in, got, c.want)
			continue
		}
		for i := range got {
			if got[i] != c.want[i] {
				t.Errorf("%q token %d: got %v, want %v", c.in, i, got[i], c.want[i])
			}
		}
	}
}

func TestOffsetsCoverText(t *testing.T) {
	in := "  Căn cứ Luật Tổ chức số 63/2025/QH15;\n\tTheo đề nghị…  "
	prev := 0
	for _, tok := range Tokenize(in, nil) {
		if tok.Start < prev || tok.End <= tok.Start {
			t.Fatalf("bad span %+v after %d", tok, prev)
		}
		if gap := in[prev:tok.Start]; strings.TrimSpace(gap) != "" {
			t.Fatalf("skipped %q", gap)
		}
		prev = tok.End
	}
	if strings.TrimSpace(in[prev:]) != "" {
		t.Fatalf("unscanned tail %q", in[prev:])
	}
}

func TestUnits(t *testing.T) {
	in := "Ngày 18 tháng 3 năm 2022, Huyện uỷ HOÀ Bình (UBND) số 344-KH/TU\n"
	var got []string
	var buf []byte
	for _, tok := range Tokenize(in, nil) {
		buf = AppendUnit(buf[:0], in, tok)
		got = append(got, string(buf))
	}
	want := "ngày <num> tháng <num> năm <num> <punct-,> huyện ủy hòa bình <punct-(> <abbr> <punct-)> số <code> </s>"
	if g := strings.Join(got, " "); g != want {
		t.Errorf("got  %s\nwant %s", g, want)
	}
}

func TestWordUnitToneStyle(t *testing.T) {
	for in, want := range map[string]string{
		"hoà": "hòa", "Hòa": "hòa", "khoẻ": "khỏe", "thuỷ": "thủy", "quý": "quý", "Uỷ": "ủy",
		"hoàn": "hoàn", "thuỳnh": "thuỳnh", "toạ": "tọa", "oà": "òa",
		"ho\u0300a": "hòa", // NFD input
		"ỷ":         "ỷ", "Ỷ": "ỷ", "à": "à", "xoà": "xòa",
	} {
		if got := string(AppendWordUnit(nil, in)); got != want {
			t.Errorf("AppendWordUnit(%q) = %q, want %q", in, got, want)
		}
	}
}

func TestSyllableShape(t *testing.T) {
	for _, w := range []string{"nghiêng", "khuya", "quyết", "giữ", "gì", "ủy", "HUYỆN", "đường", "oanh", "a"} {
		if !IsSyllableShape(w) {
			t.Errorf("%q should be a syllable shape", w)
		}
	}
	for _, w := range []string{"UBND", "HĐND", "KH", "Internet", "the1", "windows", "bnd", "hoàá"} {
		if IsSyllableShape(w) {
			t.Errorf("%q should not be a syllable shape", w)
		}
	}
}

func TestScannerAllocs(t *testing.T) {
	text := strings.Repeat("Căn cứ Quyết định số 12/2024/QĐ-UBND ngày 17/7/2024 của UBND tỉnh, Huyện ủy ban hành Kế hoạch.\n", 20)
	var s Scanner
	var buf []byte
	s.Reset(text)
	for { // warm up the buffers
		if _, ok := s.Next(); !ok {
			break
		}
	}
	allocs := testing.AllocsPerRun(20, func() {
		s.Reset(text)
		for {
			tok, ok := s.Next()
			if !ok {
				break
			}
			buf = AppendUnit(buf[:0], text, tok)
		}
	})
	if allocs != 0 {
		t.Errorf("tokenizing allocates %.1f times per text, want 0", allocs)
	}
}

func BenchmarkScanner(b *testing.B) {
	text := strings.Repeat("Căn cứ Quyết định số 12/2024/QĐ-UBND ngày 17/7/2024 của UBND tỉnh, Huyện ủy ban hành Kế hoạch thực hiện.\n", 100)
	b.SetBytes(int64(len(text)))
	var s Scanner
	var buf []byte
	for b.Loop() {
		s.Reset(text)
		for {
			tok, ok := s.Next()
			if !ok {
				break
			}
			buf = AppendUnit(buf[:0], text, tok)
		}
	}
}

// TestIsAddressChunkAgreesWithTokenize: repair keeps a chunk as it is when
// IsAddressChunk says so, so its answer must be the tokenizer's own.
func TestIsAddressChunkAgreesWithTokenize(t *testing.T) {
	for _, chunk := range []string{
		"https://cổng.gov.vn/a?b=1.", "WWW.example.vn", "(thư:hanhchinh@tinh.gov.vn);",
		"a@b.c@d.vn", "x@y.", "@tag", "tên@", "số.12", "hà-nội", "http:/bad",
	} {
		want := false
		for _, tok := range Tokenize(chunk, nil) {
			if tok.Kind == URL || tok.Kind == Email {
				want = true
			}
		}
		if got := IsAddressChunk(chunk); got != want {
			t.Errorf("IsAddressChunk(%q) = %v, Tokenize finds an address: %v", chunk, got, want)
		}
	}
}
