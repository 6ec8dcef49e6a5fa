package main

import (
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"

	"golang.org/x/text/encoding/unicode"

	"github.com/vidoc/vidoc/internal/lm"
)

func needModel(t testing.TB) {
	t.Helper()
	if _, err := lm.Default(); err != nil {
		t.Skipf("no embedded language model: %v", err)
	}
}

func TestFixStreamsText(t *testing.T) {
	needModel(t)
	in := "KE HOACH\nthuc hien nhiem vu phat trien kinh te - xa hoi nam 2025\n"
	var out, errb bytes.Buffer
	err := runFix(context.Background(), FixOptions{Format: "text", Explain: true}, &GlobalOptions{}, nil, strings.NewReader(in), &out, &errb)
	if err != nil {
		t.Fatal(err)
	}
	want := "KẾ HOẠCH\nthực hiện nhiệm vụ phát triển kinh tế - xã hội năm 2025\n"
	if out.String() != want {
		t.Errorf("got %q, want %q", out.String(), want)
	}
	if !strings.Contains(errb.String(), `stdin:1: "KE" → "KẾ"`) {
		t.Errorf("explain output: %q", errb.String())
	}
}

// TestFixKeepsByteOrderMark: a UTF-8 byte-order mark at the start of the
// text is written back at the start of the output, and no change of the
// first word is listed for it.
func TestFixKeepsByteOrderMark(t *testing.T) {
	needModel(t)
	in := "\ufeffKẾ HOẠCH\nthuc hien nhiem vu nam 2025\n"
	var out, errb bytes.Buffer
	if err := runFix(context.Background(), FixOptions{Format: "text", Explain: true}, &GlobalOptions{}, nil, strings.NewReader(in), &out, &errb); err != nil {
		t.Fatal(err)
	}
	if want := "\ufeffKẾ HOẠCH\nthực hiện nhiệm vụ năm 2025\n"; out.String() != want {
		t.Errorf("got %q, want %q", out.String(), want)
	}
	if strings.Contains(errb.String(), "stdin:1:") {
		t.Errorf("a change listed on the first line: %q", errb.String())
	}
}

func TestFixJSONListsChanges(t *testing.T) {
	needModel(t)
	dir := t.TempDir()
	p := filepath.Join(dir, "in.txt")
	os.WriteFile(p, []byte("Chi thi so 28- CT/TW cua Bo Chinh tri\n"), 0o644)
	var out bytes.Buffer
	if err := runFix(context.Background(), FixOptions{Format: "json"}, &GlobalOptions{}, []string{p}, nil, &out, &bytes.Buffer{}); err != nil {
		t.Fatal(err)
	}
	var b fixBlockJSON
	if err := json.Unmarshal(out.Bytes(), &b); err != nil {
		t.Fatalf("%v: %s", err, out.String())
	}
	if b.Text != "Chỉ thị số 28-CT/TW của Bộ Chính trị\n" {
		t.Errorf("text %q", b.Text)
	}
	found := false
	for _, c := range b.Changes {
		if c.Original == "28- CT/TW" && c.Replacement == "28-CT/TW" && c.Offset == 11 && c.Line == 1 {
			found = true
		}
	}
	if !found {
		t.Errorf("code change missing: %+v", b.Changes)
	}
}

func TestFixMinConfidenceMarksKept(t *testing.T) {
	needModel(t)
	var out bytes.Buffer
	in := "cac co quan\n"
	if err := runFix(context.Background(), FixOptions{Format: "json", MinConfidence: 1}, &GlobalOptions{}, nil, strings.NewReader(in), &out, &bytes.Buffer{}); err != nil {
		t.Fatal(err)
	}
	var b fixBlockJSON
	json.Unmarshal(out.Bytes(), &b)
	if b.Text != in {
		t.Errorf("text changed at min confidence 1: %q", b.Text)
	}
	for _, c := range b.Changes {
		if !c.Kept {
			t.Errorf("change not marked kept: %+v", c)
		}
	}
}

func TestFixBadInput(t *testing.T) {
	needModel(t)
	var usage usageError
	err := runFix(context.Background(), FixOptions{Format: "xml"}, &GlobalOptions{}, nil, strings.NewReader("x"), &bytes.Buffer{}, &bytes.Buffer{})
	if !errors.As(err, &usage) {
		t.Errorf("bad format: %v, want a usage error", err)
	}
	err = runFix(context.Background(), FixOptions{Format: "text", ToneStyle: "modern"}, &GlobalOptions{}, nil, strings.NewReader("x"), &bytes.Buffer{}, &bytes.Buffer{})
	if !errors.As(err, &usage) {
		t.Errorf("bad tone style: %v, want a usage error", err)
	}
	dir := t.TempDir()
	bin := filepath.Join(dir, "scan.png")
	os.WriteFile(bin, []byte("\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR"), 0o644)
	err = runFix(context.Background(), FixOptions{Format: "text"}, &GlobalOptions{}, []string{bin}, nil, &bytes.Buffer{}, &bytes.Buffer{})
	if err == nil || !strings.Contains(err.Error(), "scan.png") || !strings.Contains(err.Error(), "binary") {
		t.Errorf("binary input: %v", err)
	}
	tcvn := filepath.Join(dir, "old.txt")
	os.WriteFile(tcvn, []byte("K\xd5 ho\xb9ch\n"), 0o644)
	err = runFix(context.Background(), FixOptions{Format: "text", From: "utf8"}, &GlobalOptions{}, []string{tcvn}, nil, &bytes.Buffer{}, &bytes.Buffer{})
	if err == nil || !strings.Contains(err.Error(), "TCVN3") || !strings.Contains(err.Error(), "old.txt") || !strings.Contains(err.Error(), "offset 1") {
		t.Errorf("TCVN3 input with --from utf8: %v", err)
	}
	err = runFix(context.Background(), FixOptions{Format: "text", From: "koi8"}, &GlobalOptions{}, []string{tcvn}, nil, &bytes.Buffer{}, &bytes.Buffer{})
	if !errors.As(err, &usage) {
		t.Errorf("bad --from: %v, want a usage error", err)
	}
}

// TestFixDecodesLegacy: files in TCVN3, VNI and Windows-1258, written
// here from our own text, are detected, decoded and repaired like UTF-8
// input.
func TestFixDecodesLegacy(t *testing.T) {
	needModel(t)
	want := "KẾ HOẠCH\nthực hiện nhiệm vụ phát triển kinh tế - xã hội năm 2025\n"
	dir := t.TempDir()
	for _, c := range []struct{ file, from, name, in string }{
		// TCVN3: one byte a letter; .VnTimeH capitals are lowercase bytes.
		{"vntime.txt", "auto", "TCVN3 (ABC)", "K\xd5 HO\xb9CH\nth\xf9c hi\xd6n nhi\xd6m v\xf4 ph\xb8t tri\xd3n kinh t\xd5 - x\xb7 h\xe9i n\xa8m 2025\n"},
		// VNI: the vowel, then a byte for its marks.
		{"vnitimes.txt", "auto", "VNI", "KE\xc1 HOA\xcfCH\nth\xf6\xefc hie\xe4n nhie\xe4m vu\xef pha\xf9t trie\xe5n kinh te\xe1 - xa\xf5 ho\xe4i na\xeam 2025\n"},
		// Windows-1258: tones as combining marks after the letter.
		{"cp1258.txt", "auto", "Windows-1258", "K\xca\xec HOA\xf2CH\nth\xfd\xf2c hi\xea\xf2n nhi\xea\xf2m vu\xf2 pha\xect tri\xea\xd2n kinh t\xea\xec - xa\xde h\xf4\xf2i n\xe3m 2025\n"},
		{"forced.txt", "vni", "", "KE\xc1 HOA\xcfCH\nth\xf6\xefc hie\xe4n nhie\xe4m vu\xef pha\xf9t trie\xe5n kinh te\xe1 - xa\xf5 ho\xe4i na\xeam 2025\n"},
	} {
		p := filepath.Join(dir, c.file)
		if err := os.WriteFile(p, []byte(c.in), 0o644); err != nil {
			t.Fatal(err)
		}
		var out, errb bytes.Buffer
		if err := runFix(context.Background(), FixOptions{Format: "text", From: c.from}, &GlobalOptions{}, []string{p}, nil, &out, &errb); err != nil {
			t.Fatalf("%s: %v", c.file, err)
		}
		if out.String() != want {
			t.Errorf("%s: got %q, want %q", c.file, out.String(), want)
		}
		log := errb.String()
		if c.name == "" && log != "" || c.name != "" && (!strings.Contains(log, c.file) || !strings.Contains(log, c.name)) {
			t.Errorf("%s: log %q, want one naming the file and %q", c.file, log, c.name)
		}
	}
}

// TestFixLongRunBinary (issue 15, case 4): the real binary, given a line
// with a run of 100,000 letters and no space, repairs it and exits 0
// instead of panicking.
func TestFixLongRunBinary(t *testing.T) {
	needModel(t)
	run := strings.Repeat("a", 100000)
	cmd := vidocCommand(buildVidoc(t), "fix", "-j", "2")
	cmd.Stdin = strings.NewReader(strings.Repeat("x ", 10) + run + "\n")
	var out, errb bytes.Buffer
	cmd.Stdout, cmd.Stderr = &out, &errb
	if err := cmd.Run(); err != nil {
		t.Fatalf("%v: %s", err, errb.String())
	}
	if !strings.HasSuffix(out.String(), " "+run+"\n") {
		t.Errorf("output of %d bytes does not end with the run", out.Len())
	}
}

// TestFixUTF16 (issue 15, case 14): UTF-16 with a byte-order mark is
// decoded, not refused as binary, and the log names it.
func TestFixUTF16(t *testing.T) {
	needModel(t)
	in := "KE HOACH\r\nthuc hien nhiem vu nam 2025\r\n"
	for name, order := range map[string]unicode.Endianness{"UTF-16LE": unicode.LittleEndian, "UTF-16BE": unicode.BigEndian} {
		b, err := unicode.UTF16(order, unicode.UseBOM).NewEncoder().Bytes([]byte(in))
		if err != nil {
			t.Fatal(err)
		}
		p := filepath.Join(t.TempDir(), "notepad.txt")
		if err := os.WriteFile(p, b, 0o644); err != nil {
			t.Fatal(err)
		}
		var out, errb bytes.Buffer
		if err := runFix(context.Background(), FixOptions{Format: "text"}, &GlobalOptions{}, []string{p}, nil, &out, &errb); err != nil {
			t.Fatalf("%s: %v", name, err)
		}
		if want := "KẾ HOẠCH\r\nthực hiện nhiệm vụ năm 2025\r\n"; out.String() != want {
			t.Errorf("%s: got %q, want %q", name, out.String(), want)
		}
		if !strings.Contains(errb.String(), name) {
			t.Errorf("%s: log %q does not name the encoding", name, errb.String())
		}
	}
}

// TestFixStrayBytesMidFile (issue 15, case 17): three stray bytes deep
// in a UTF-8 file stop fix with the file, line and byte offset named, and
// no legacy encoding suggested for them; the text before them is written.
func TestFixStrayBytesMidFile(t *testing.T) {
	needModel(t)
	para := "Ủy ban nhân dân tỉnh giao Sở Nội vụ chủ trì, phối hợp với các sở, ngành thực hiện kế hoạch này.\n"
	head := strings.Repeat(para, 1500) // ~170 KB, many blocks
	bad := "Điều 3. Giao Sở Tài chính\xe0\x80\xff bảo đảm kinh phí.\n"
	p := filepath.Join(t.TempDir(), "long.txt")
	if err := os.WriteFile(p, []byte(head+bad+para), 0o644); err != nil {
		t.Fatal(err)
	}
	var out bytes.Buffer
	err := runFix(context.Background(), FixOptions{Format: "text", Jobs: 2}, &GlobalOptions{}, []string{p}, nil, &out, &bytes.Buffer{})
	want := fmt.Sprintf("line 1501, byte offset %d", len(head)+len("Điều 3. Giao Sở Tài chính"))
	if err == nil || !strings.Contains(err.Error(), p) || !strings.Contains(err.Error(), want) {
		t.Fatalf("error %v, want one naming %s and %q", err, p, want)
	}
	for _, enc := range []string{"TCVN3", "VNI", "Windows-1258"} {
		if strings.Contains(err.Error(), enc) {
			t.Errorf("error %v suggests %s for three stray bytes", err, enc)
		}
	}
	if out.Len() < len(head)/2 {
		t.Errorf("%d bytes written before the bad line, want the blocks before it", out.Len())
	}
}

// With --adapt, --explain lists what was learned from the input, and the
// whole input still comes out, past the sample adaptation read first.
func TestFixAdaptExplainsAndStreamsAll(t *testing.T) {
	needModel(t)
	// Written for this test: stripped text whose ộ a made-up scanner
	// always reads as "q".
	para := "Mqt so don vi chua hoan thanh nhiem vu duoc giao trong nam.\n" +
		"Cac hqi vien tham gia hoat dqng cua hqi mqt cach tich cuc.\n" +
		"Hqi nghi thong nhat nqi dung chuong trinh cua toan bq co quan.\n" +
		"Nhan dan cac dan tqc trong tinh huong ung phong trao thi dua.\n\n"
	in := strings.Repeat(para, 120) // past repair.AdaptSample
	var out, errb bytes.Buffer
	if err := runFix(context.Background(), FixOptions{Format: "text", Explain: true, Adapt: true}, &GlobalOptions{}, nil, strings.NewReader(in), &out, &errb); err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(errb.String(), `ộ → "q"`) {
		t.Errorf("--explain does not list the learned ộ → \"q\": %.400q", errb.String())
	}
	// The scanner never drops the marks of ộ: what went down is listed too.
	if down := strings.Index(errb.String(), "rows lowered"); down < 0 || !strings.Contains(errb.String()[down:], `ộ → "o" ×0 in`) {
		t.Errorf("--explain does not list ộ → \"o\" as lowered: %.1200q", errb.String())
	}
	// The document cache the pages were decoded with, and what it held.
	if !regexp.MustCompile(`stdin: document cache used: \d+ syllables .*: .*hội ×\d+`).MatchString(errb.String()) {
		t.Errorf("--explain does not say what the document cache held: %.2000q", errb.String())
	}
	if got, want := strings.Count(out.String(), "\n"), strings.Count(in, "\n"); got != want {
		t.Errorf("%d lines out, %d in", got, want)
	}
	if !strings.HasSuffix(out.String(), "Nhân dân các dân tộc trong tỉnh hưởng ứng phong trào thi đua.\n\n") {
		t.Errorf("last lines: %q", out.String()[max(0, out.Len()-120):])
	}
	out.Reset()
	errb.Reset()
	if err := runFix(context.Background(), FixOptions{Format: "text", Explain: true}, &GlobalOptions{}, nil, strings.NewReader(para), &out, &errb); err != nil {
		t.Fatal(err)
	}
	if strings.Contains(errb.String(), "adapted the error model") || strings.Contains(errb.String(), "document cache") {
		t.Error("adaptation ran though it was off")
	}
	// One block: adaptation learns, but the cache would only echo the
	// block's own first decoding, and --explain says it was not used.
	out.Reset()
	errb.Reset()
	if err := runFix(context.Background(), FixOptions{Format: "text", Explain: true, Adapt: true}, &GlobalOptions{}, nil, strings.NewReader(strings.Repeat(para[:len(para)-1], 2)), &out, &errb); err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(errb.String(), "stdin: document cache not used: ") {
		t.Errorf("--explain does not say the cache was not used: %.2000q", errb.String())
	}
}

// --explain names the acronyms the input defines with a capital misread,
// and the output writes them as defined. The text is made for the test.
func TestFixAdaptExplainsDefinedAcronyms(t *testing.T) {
	needModel(t)
	in := "Sinh viên các khoa đăng ký môn học (BKMH) trong học kỳ mới.\n" +
		"Kết quả BKMH được công nhận khi sinh viên nộp đủ học phí.\n"
	var out, errb bytes.Buffer
	if err := runFix(context.Background(), FixOptions{Format: "text", Explain: true, Adapt: true}, &GlobalOptions{}, nil, strings.NewReader(in), &out, &errb); err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(errb.String(), "acronyms this input defines") || !strings.Contains(errb.String(), "ĐKMH") {
		t.Errorf("--explain does not name ĐKMH: %.400q", errb.String())
	}
	if n := strings.Count(out.String(), "ĐKMH"); n != 2 {
		t.Errorf("%d of 2 ĐKMH: %q", n, out.String())
	}
}
