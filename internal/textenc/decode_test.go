package textenc

import (
	"bytes"
	"errors"
	"io"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"testing/iotest"
	"unicode"

	"golang.org/x/text/encoding/charmap"
	"golang.org/x/text/unicode/norm"
)

// Text written for these tests (not taken from any document): running
// prose, a heading in capitals, names, and a line of every tone.
var legacyTexts = []string{
	"Căn cứ kết quả kiểm tra, Sở Tài nguyên và Môi trường chủ trì, phối hợp với các sở, ngành liên quan xây dựng kế hoạch thực hiện trước ngày 15 tháng 9.\n",
	"KẾ HOẠCH TRIỂN KHAI CÔNG TÁC PHÒNG, CHỐNG THIÊN TAI NĂM 2025\n",
	"Điều 3. Chánh Văn phòng, Giám đốc các Sở, Thủ trưởng các đơn vị có liên quan chịu trách nhiệm thi hành Quyết định này.\n",
	"Những người được cử đi học ở nước ngoài phải báo cáo kết quả học tập hằng quý; ý kiến gửi về văn phòng trước ngày mười lăm.\n",
	"Ông Nguyễn Văn Tuấn, Phó Chủ tịch; bà Trần Thị Hường, Trưởng phòng Tổng hợp; anh Lê Đức Thắng, chuyên viên.\n",
	"Nhà trường tổ chức lễ khai giảng, học sinh mặc đồng phục, giữ gìn trật tự, vệ sinh và bảo đảm an toàn tuyệt đối.\n",
}

// allVietLetters returns every vowel with every tone (a, à, á, ả, ã, ạ, ă, …),
// and đ, in lowercase then uppercase: 146 letters, 134 of them with marks.
func allVietLetters() []string {
	var out []string
	for _, upper := range []bool{false, true} {
		for _, base := range []string{"a", "ă", "â", "e", "ê", "i", "o", "ô", "ơ", "u", "ư", "y"} {
			for _, tone := range []string{"", mGrave, mAcute, mHook, mTilde, mDot} {
				l := norm.NFC.String(base + tone)
				if upper {
					l = strings.ToUpper(l)
				}
				out = append(out, l)
			}
		}
		if upper {
			out = append(out, "Đ")
		} else {
			out = append(out, "đ")
		}
	}
	return out
}

// tcvn3Bytes is TCVN3 written out letter by letter from the standard, in
// the order of the alphabet (the decoder's table is in byte order).
var tcvn3Bytes = map[rune]byte{
	'à': 0xB5, 'ả': 0xB6, 'ã': 0xB7, 'á': 0xB8, 'ạ': 0xB9,
	'ă': 0xA8, 'ằ': 0xBB, 'ẳ': 0xBC, 'ẵ': 0xBD, 'ắ': 0xBE, 'ặ': 0xC6,
	'â': 0xA9, 'ầ': 0xC7, 'ẩ': 0xC8, 'ẫ': 0xC9, 'ấ': 0xCA, 'ậ': 0xCB,
	'đ': 0xAE,
	'è': 0xCC, 'ẻ': 0xCE, 'ẽ': 0xCF, 'é': 0xD0, 'ẹ': 0xD1,
	'ê': 0xAA, 'ề': 0xD2, 'ể': 0xD3, 'ễ': 0xD4, 'ế': 0xD5, 'ệ': 0xD6,
	'ì': 0xD7, 'ỉ': 0xD8, 'ĩ': 0xDC, 'í': 0xDD, 'ị': 0xDE,
	'ò': 0xDF, 'ỏ': 0xE1, 'õ': 0xE2, 'ó': 0xE3, 'ọ': 0xE4,
	'ô': 0xAB, 'ồ': 0xE5, 'ổ': 0xE6, 'ỗ': 0xE7, 'ố': 0xE8, 'ộ': 0xE9,
	'ơ': 0xAC, 'ờ': 0xEA, 'ở': 0xEB, 'ỡ': 0xEC, 'ớ': 0xED, 'ợ': 0xEE,
	'ù': 0xEF, 'ủ': 0xF1, 'ũ': 0xF2, 'ú': 0xF3, 'ụ': 0xF4,
	'ư': 0xAD, 'ừ': 0xF5, 'ử': 0xF6, 'ữ': 0xF7, 'ứ': 0xF8, 'ự': 0xF9,
	'ỳ': 0xFA, 'ỷ': 0xFB, 'ỹ': 0xFC, 'ý': 0xFD, 'ỵ': 0xFE,
	'Ă': 0xA1, 'Â': 0xA2, 'Ê': 0xA3, 'Ô': 0xA4, 'Ơ': 0xA5, 'Ư': 0xA6, 'Đ': 0xA7,
}

// encodeTCVN3 writes s as a .VnTime/.VnTimeH typist would: a capital with
// a tone is the lowercase byte (drawn as a capital by the H font).
func encodeTCVN3(t testing.TB, s string) []byte {
	t.Helper()
	var out []byte
	for _, r := range s {
		switch b, ok := tcvn3Bytes[r]; {
		case r < 0x80:
			out = append(out, byte(r))
		case ok:
			out = append(out, b)
		default:
			if lb, ok := tcvn3Bytes[unicode.ToLower(r)]; ok {
				out = append(out, lb)
			} else {
				out = fallback1252(out, r)
			}
		}
	}
	return out
}

// encodeVNI writes s in VNI-Windows, from the letters' decomposition: the
// ASCII vowel, then one byte for circumflex or breve and tone together.
func encodeVNI(t testing.TB, s string) []byte {
	t.Helper()
	tones := map[string]byte{"": 0, mGrave: 0xF8, mAcute: 0xF9, mHook: 0xFB, mTilde: 0xF5, mDot: 0xEF}
	circ := map[string]byte{"": 0xE2, mGrave: 0xE0, mAcute: 0xE1, mHook: 0xE5, mTilde: 0xE3, mDot: 0xE4}
	breve := map[string]byte{"": 0xEA, mGrave: 0xE8, mAcute: 0xE9, mHook: 0xFA, mTilde: 0xFC, mDot: 0xEB}
	iTone := map[string]byte{mGrave: 0xEC, mAcute: 0xED, mHook: 0xE6, mTilde: 0xF3, mDot: 0xF2}
	var out []byte
	for _, r := range s {
		if r < 0x80 {
			out = append(out, byte(r))
			continue
		}
		d := []rune(norm.NFD.String(string(r)))
		base, marks := d[0], d[1:]
		if r != 'đ' && r != 'Đ' && (base >= 0x80 || len(marks) == 0) {
			out = fallback1252(out, r)
			continue
		}
		upper := base >= 'A' && base <= 'Z' || r == 'Đ'
		var mod, tone string
		for _, m := range marks {
			switch ms := string(m); ms {
			case mCirc, mBreve, "\u031B":
				mod = ms
			default:
				tone = ms
			}
		}
		lowBase := base | 0x20
		var seq []byte
		switch {
		case r == 'đ' || r == 'Đ':
			seq = []byte{0xF1}
		case mod == "\u031B" && lowBase == 'o':
			seq = []byte{0xF4}
		case mod == "\u031B" && lowBase == 'u':
			seq = []byte{0xF6}
		case lowBase == 'i':
			seq = []byte{iTone[tone]}
			tone = ""
		case lowBase == 'y' && tone == mDot:
			seq = []byte{0xEE}
			tone = ""
		default:
			seq = []byte{byte(lowBase)}
		}
		switch mod {
		case mCirc:
			seq = append(seq, circ[tone])
		case mBreve:
			seq = append(seq, breve[tone])
		default:
			if tones[tone] != 0 {
				seq = append(seq, tones[tone])
			}
		}
		if upper {
			for i, b := range seq {
				if b >= 0x80 {
					seq[i] = b - 0x20
				} else {
					seq[i] = b &^ 0x20
				}
			}
		}
		out = append(out, seq...)
	}
	return out
}

// encodeCP1258 writes s in Windows-1258: letters with circumflex, breve,
// horn or stroke as one byte, the tone as a combining mark after it.
func encodeCP1258(t testing.TB, s string) []byte {
	t.Helper()
	var b strings.Builder
	var letter []rune // base and non-tone marks of the letter being read
	var tone rune
	flush := func() {
		b.WriteString(norm.NFC.String(string(letter)))
		if tone != 0 {
			b.WriteRune(tone)
		}
		letter, tone = letter[:0], 0
	}
	for _, r := range norm.NFD.String(s) {
		switch string(r) {
		case mGrave, mAcute, mHook, mTilde, mDot:
			tone = r
		case mCirc, mBreve, "\u031B":
			letter = append(letter, r)
		default:
			flush()
			letter = append(letter, r)
		}
	}
	flush()
	var out []byte
	for _, r := range b.String() {
		if c, ok := charmap.Windows1258.EncodeRune(r); ok {
			out = append(out, c)
		} else {
			out = append(out, '?')
		}
	}
	return out
}

func decodeAll(t *testing.T, b []byte, enc string) string {
	t.Helper()
	r, err := NewReader(bytes.NewReader(b), enc, nil)
	if err != nil {
		t.Fatal(err)
	}
	out, err := io.ReadAll(r)
	if err != nil {
		t.Fatal(err)
	}
	return string(out)
}

func TestLegacyLettersRoundTrip(t *testing.T) {
	letters := allVietLetters()
	if n := len(letters); n != 146 {
		t.Fatalf("%d letters, want 146 (134 with marks)", n)
	}
	for _, l := range letters {
		if got := decodeAll(t, encodeVNI(t, l), VNI); got != l {
			t.Errorf("VNI %q (% x) decodes to %q", l, encodeVNI(t, l), got)
		}
		if got := decodeAll(t, encodeCP1258(t, l), CP1258); got != l {
			t.Errorf("Windows-1258 %q decodes to %q", l, got)
		}
		// TCVN3 has no capitals with tones: alone, they decode lowercase;
		// in a word of capitals, as capitals.
		want := l
		if r := []rune(l)[0]; r >= 0x80 && tcvn3Bytes[r] == 0 && unicode.IsUpper(r) {
			want = strings.ToLower(l)
		}
		// (After a word: the first letter of a text starts a sentence.)
		if got := strings.TrimPrefix(decodeAll(t, encodeTCVN3(t, "ba "+l), TCVN3), "ba "); got != want {
			t.Errorf("TCVN3 %q decodes to %q, want %q", l, got, want)
		}
		if word := "TH" + l + "NG"; strings.ToUpper(l) == l {
			if got := decodeAll(t, encodeTCVN3(t, word), TCVN3); got != word {
				t.Errorf("TCVN3 %q decodes to %q", word, got)
			}
		}
	}
	// Anchors typed from the standards' tables, not from our encoders, as
	// the files look in a Windows-1252 viewer.
	for _, c := range []struct{ enc, in, want string }{
		{TCVN3, "Céng hßa x· héi chñ nghÜa ViÖt Nam", "Cộng hòa xã hội chủ nghĩa Việt Nam"},
		{TCVN3, "§éc lËp - Tù do - H¹nh phóc", "Độc lập - Tự do - Hạnh phúc"},
		{VNI, "Coäng hoøa xaõ hoäi chuû nghóa Vieät Nam", "Cộng hòa xã hội chủ nghĩa Việt Nam"},
		{VNI, "ÑOÄC LAÄP - TÖÏ DO - HAÏNH PHUÙC", "ĐỘC LẬP - TỰ DO - HẠNH PHÚC"},
		{CP1258, "Viêòt Nam", "Việt Nam"},
	} {
		in, err := charmap.Windows1252.NewEncoder().Bytes([]byte(c.in))
		if err != nil {
			t.Fatal(err)
		}
		if got := decodeAll(t, in, c.enc); got != c.want {
			t.Errorf("%s %q: got %q, want %q", c.enc, c.in, got, c.want)
		}
	}
}

func TestLegacyTextsRoundTrip(t *testing.T) {
	encoders := map[string]func(testing.TB, string) []byte{TCVN3: encodeTCVN3, VNI: encodeVNI, CP1258: encodeCP1258}
	for enc, encode := range encoders {
		for _, text := range legacyTexts {
			if got := decodeAll(t, encode(t, text), enc); got != text {
				t.Errorf("%s:\n got %q\nwant %q", enc, got, text)
			}
		}
	}
}

// TestTCVN3Case: the capitals of .VnTimeH come back for words in capitals,
// and only for them.
func TestTCVN3Case(t *testing.T) {
	for _, c := range []struct{ in, want string }{
		{"K\xd5 HO\xb9CH", "KẾ HOẠCH"},
		{"K\xd5 ho\xb9ch", "Kế hoạch"},
		{"\xa7\xd2 \xb8N T\xe6NG K\xd5T", "ĐỀ ÁN TỔNG KẾT"},
		{"S\xe8: 12/KH-UBND", "Số: 12/KH-UBND"},
		{"S\xe8: 12/2012/Q\xa7-UBND", "Số: 12/2012/QĐ-UBND"},
		{"t\xa9n \xeb UBND x\xb7", "tân ở UBND xã"},
		{"\xeb UBND x\xb7", "Ở UBND xã"},
		{"quy \xae\xdenh.\n\xae) \xf1y ban", "quy định.\nđ) ủy ban"},
		{"V\xf4 K\xd5 HO\xb9CH - T\xb5I CH\xddNH", "VỤ KẾ HOẠCH - TÀI CHÍNH"},
		{"\xf1Y BAN", "ỦY BAN"},
		{"U\xfb BAN NH\xa2N D\xa2N", "UỶ BAN NHÂN DÂN"},
		{"U\xfb ban", "Uỷ ban"},
		{"\xf1y ban nh\xa9n d\xa9n", "Ủy ban nhân dân"},
		{"Giao \xf1y ban. \xf1y ban (\xf1y ban) giao. \xabng", "Giao ủy ban. Ủy ban (ủy ban) giao. Ông"},
		{"\xa7i\xd2u 6. \xf1y ban nh\xa9n d\xa9n; \xf1y ban", "Điều 6. Ủy ban nhân dân; ủy ban"},
		{"Theo QUY\xd5T \xa7\xdeNH", "Theo QUYẾT ĐỊNH"},
	} {
		if got := decodeAll(t, []byte(c.in), TCVN3); got != c.want {
			t.Errorf("%q: got %q, want %q", c.in, got, c.want)
		}
	}
}

func TestDetectLegacy(t *testing.T) {
	encoders := map[string]func(testing.TB, string) []byte{TCVN3: encodeTCVN3, VNI: encodeVNI, CP1258: encodeCP1258}
	all := strings.Join(legacyTexts, "")
	right, total := 0, 0
	for enc, encode := range encoders {
		if got, score := detectLegacy(encode(t, all)); got != enc || score <= 0 {
			t.Errorf("whole text in %s detected as %s (score %d)", enc, got, score)
		}
		// Line by line: short texts are harder.
		for _, text := range legacyTexts {
			total++
			if got, _ := detectLegacy(encode(t, text)); got == enc {
				right++
			} else {
				t.Logf("%s line detected as %s: %q", enc, got, text)
			}
		}
	}
	t.Logf("detection by line: %d/%d right", right, total)
	if right < total {
		t.Errorf("detection by line: %d/%d right", right, total)
	}
}

func TestDecodeLegacyAuto(t *testing.T) {
	text := strings.Join(legacyTexts, "")
	// An ASCII head passes through before detection sees the first letter.
	head := strings.Repeat("Quyet dinh so 12/QD-UBND\n", 10)
	for _, c := range []struct {
		enc string
		in  []byte
	}{
		{TCVN3, encodeTCVN3(t, text)},
		{VNI, encodeVNI(t, text)},
		{CP1258, encodeCP1258(t, text)},
	} {
		var got []string
		r, err := NewReader(iotest.OneByteReader(bytes.NewReader(append([]byte(head), c.in...))), Auto, func(e string) { got = append(got, e) })
		if err != nil {
			t.Fatal(err)
		}
		out, err := io.ReadAll(r)
		if err != nil {
			t.Fatal(err)
		}
		if string(out) != head+text {
			t.Errorf("%s: decoded %q", c.enc, out)
		}
		if len(got) != 1 || got[0] != c.enc {
			t.Errorf("%s: detected %v", c.enc, got)
		}
	}
	// UTF-8, binary data and text no legacy encoding reads pass through as
	// they are, for Check to judge; nothing is reported detected.
	for _, in := range []string{text, "PNG\x00\x01\x02\x89\x90", "caf\xe9 cr\xe8me br\xfbl\xe9e\n"} {
		r, _ := NewReader(strings.NewReader(in), "", func(e string) { t.Errorf("%q detected as %s", in, e) })
		out, _ := io.ReadAll(r)
		if string(out) != in {
			t.Errorf("%q passed through as %q", in, out)
		}
	}
	// A legacy byte that could start a UTF-8 letter, at the very end.
	r, _ := NewReader(strings.NewReader("Ke hoach\nK\xd5"), "", nil)
	if out, _ := io.ReadAll(r); string(out) != "Ke hoach\nKế" {
		t.Errorf("last byte: %q", out)
	}
	var ue *UnknownEncodingError
	if _, err := NewReader(strings.NewReader(""), "latin1", nil); !errors.As(err, &ue) {
		t.Errorf("unknown encoding: %v", err)
	}
}

// TestDecodeLegacyLongLine: a line longer than the window is cut at a
// space, never inside a VNI letter.
func TestDecodeLegacyLongLine(t *testing.T) {
	var b strings.Builder
	for b.Len() < 3*legacyWindow {
		b.WriteString("cộng hòa xã hội chủ nghĩa ")
	}
	text := b.String()
	if got := decodeAll(t, encodeVNI(t, text), VNI); got != text {
		t.Errorf("long VNI line decoded wrong (%d bytes, want %d)", len(got), len(text))
	}
}

func TestGuessLegacyByDecoding(t *testing.T) {
	text := legacyTexts[0]
	for enc, b := range map[string][]byte{TCVN3: encodeTCVN3(t, text), VNI: encodeVNI(t, text), CP1258: encodeCP1258(t, text)} {
		var ee *NotUTF8Error
		if err := Check(b); !errors.As(err, &ee) || ee.Guess != Name(enc) {
			t.Errorf("%s: %v", enc, err)
		}
	}
}

// fallback1252 writes a character none of the Vietnamese tables has (“ ” –
// …) as Windows-1252, the code page legacy files fall back on, or "?".
func fallback1252(out []byte, r rune) []byte {
	if b, ok := charmap.Windows1252.EncodeRune(r); ok {
		return append(out, b)
	}
	return append(out, '?')
}

// TestLegacyDevTexts measures detection and decoding on the development
// texts written out in each legacy encoding.
func TestLegacyDevTexts(t *testing.T) {
	shared := sharedDir()
	if shared == "" {
		t.Skip("no ../shared: dev texts not available")
	}
	files, _ := filepath.Glob(filepath.Join(shared, "dev/texts/*.txt"))
	if len(files) == 0 {
		t.Skip("no dev texts")
	}
	encoders := map[string]func(testing.TB, string) []byte{TCVN3: encodeTCVN3, VNI: encodeVNI, CP1258: encodeCP1258}
	for _, enc := range legacyCandidates {
		detected, words, same, lines, lineRight := 0, 0, 0, 0, 0
		for _, f := range files {
			b, err := os.ReadFile(f)
			if err != nil {
				t.Fatal(err)
			}
			text := norm.NFC.String(string(b))
			in := encoders[enc](t, text)
			window := in
			if len(window) > legacyWindow {
				window = window[:legacyWindow]
			}
			if got, _ := detectLegacy(window); got == enc {
				detected++
			} else {
				t.Logf("%s: %s detected as %s", filepath.Base(f), enc, got)
			}
			// Each line with a letter beyond ASCII alone: the hardest case.
			for _, line := range strings.Split(text, "\n") {
				if l := []byte(line); !isASCII(l) {
					lines++
					if got, sc := detectLegacy(encoders[enc](t, line)); got == enc {
						lineRight++
					} else if testing.Verbose() {
						t.Logf("line in %s detected as %s (%d): %q", enc, got, sc, line)
					}
				}
			}
			gotWords := strings.Fields(decodeAll(t, in, enc))
			for i, w := range strings.Fields(text) {
				words++
				if i < len(gotWords) && gotWords[i] == w {
					same++
				} else if testing.Verbose() && i < len(gotWords) {
					t.Logf("%s: %q → %q", enc, w, gotWords[i])
				}
			}
		}
		acc := float64(same) / float64(words)
		t.Logf("%s: detected %d/%d texts, %d/%d lines alone; %d/%d words (%.3f %%) decoded as written", enc, detected, len(files), lineRight, lines, same, words, 100*acc)
		if detected < len(files) || acc < 0.99 || lineRight*100 < lines*95 {
			t.Errorf("%s: detected %d/%d, words %.3f %%", enc, detected, len(files), 100*acc)
		}
	}
}

// repeatReader yields b over and over, n bytes in all.
type repeatReader struct {
	b   []byte
	off int
	n   int
}

func (r *repeatReader) Read(p []byte) (int, error) {
	if r.n <= 0 {
		return 0, io.EOF
	}
	if len(p) > r.n {
		p = p[:r.n]
	}
	k := 0
	for k < len(p) {
		c := copy(p[k:], r.b[r.off:])
		k += c
		r.off = (r.off + c) % len(r.b)
	}
	r.n -= k
	return k, nil
}

// TestDecodeLegacyBoundedMemory: the decoder's buffers stay the size of a
// window however long the input.
func TestDecodeLegacyBoundedMemory(t *testing.T) {
	text := encodeTCVN3(t, strings.Join(legacyTexts, ""))
	const size = 8 << 20
	r, err := NewReader(&repeatReader{b: text, n: size}, Auto, nil)
	if err != nil {
		t.Fatal(err)
	}
	n, err := io.Copy(io.Discard, r)
	if err != nil || n < size {
		t.Fatalf("decoded %d bytes of %d: %v", n, size, err)
	}
	lr := r.(*legacyReader)
	if c := cap(lr.out) + cap(lr.scratch) + 4*cap(lr.runes); c > 16*legacyWindow {
		t.Errorf("buffers grew to %d bytes", c)
	}
}

func BenchmarkDecodeLegacy(b *testing.B) {
	text := strings.Join(legacyTexts, "")
	encoders := map[string]func(testing.TB, string) []byte{TCVN3: encodeTCVN3, VNI: encodeVNI, CP1258: encodeCP1258}
	for _, enc := range legacyCandidates {
		in := encoders[enc](b, text)
		b.Run(enc, func(b *testing.B) {
			const size = 1 << 20
			b.SetBytes(size)
			for i := 0; i < b.N; i++ {
				r, _ := NewReader(&repeatReader{b: in, n: size}, Auto, nil)
				if _, err := io.Copy(io.Discard, r); err != nil {
					b.Fatal(err)
				}
			}
		})
	}
}

// sharedDir finds ../shared from the package directory, or "".
func sharedDir() string {
	for _, p := range []string{"../../../shared", "../../shared"} {
		if st, err := os.Stat(p); err == nil && st.IsDir() {
			return p
		}
	}
	return ""
}
