package main

import (
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/vidoc/vidoc/internal/batch"
	"github.com/vidoc/vidoc/internal/eval"
	"github.com/vidoc/vidoc/internal/render"
	"github.com/vidoc/vidoc/internal/repair"
	"github.com/vidoc/vidoc/internal/testscanner"
)

// adaptLines are written for these tests: a plan's paragraphs.
var adaptLines = []string{
	"Ủy ban nhân dân phường xây dựng kế hoạch thực hiện nhiệm vụ năm tới.",
	"Các tổ dân phố tổ chức tuyên truyền sâu rộng đến từng hộ gia đình.",
	"Trưởng các đơn vị chịu trách nhiệm trước Chủ tịch về kết quả thực hiện.",
	"Hội đồng thi đua khen thưởng xét chọn những tập thể có thành tích xuất sắc.",
	"Công chức được cử đi bồi dưỡng nghiệp vụ theo chương trình của sở.",
	"Người dân được hướng dẫn thủ tục hành chính tại bộ phận một cửa.",
	"Cơ quan thường trực tổng hợp tình hình, báo cáo định kỳ hằng tháng.",
	"Những đơn vị chưa hoàn thành chỉ tiêu phải làm rõ nguyên nhân.",
	"Kinh phí thực hiện được bố trí từ nguồn ngân sách của phường.",
	"Lực lượng dân quân tự vệ sẵn sàng hỗ trợ khi có tình huống xảy ra.",
	"Văn phòng theo dõi, đôn đốc việc thực hiện kế hoạch này.",
	"Trong quá trình thực hiện, nếu có vướng mắc kịp thời báo cáo để giải quyết.",
}

// textLayerPDF writes a born-digital PDF whose text layer holds lines.
func textLayerPDF(t *testing.T, path string, pages ...[]string) {
	t.Helper()
	const font = "/usr/share/fonts/truetype/dejavu/DejaVuSerif.ttf"
	if _, err := os.Stat(font); err != nil {
		t.Skipf("DejaVu Serif not installed (Debian package fonts-dejavu-core): %v", err)
	}
	if err := render.WriteTextPDF(path, pages, font); err != nil {
		t.Fatal(err)
	}
}

// damaged is how a made-up scanner's text layer reads lines
// (testscanner.Read: no diacritics, ư always "v", a confusion the shipped
// model lacks).
func damaged(lines []string) []string {
	out := make([]string, len(lines))
	for i, l := range lines {
		out[i] = testscanner.Read(l)
	}
	return out
}

// scanWith runs the vidoc binary's scan over in with --adapt mode (text
// layers used as they are, repaired when garbled) and returns the output
// folder.
func scanWith(t *testing.T, in, mode string, jobs string, extra ...string) string {
	t.Helper()
	out := t.TempDir()
	args := append([]string{"scan", in, "-o", out, "--adapt", mode, "-j", jobs, "--progress", "none", "--format", "txt,json"}, extra...)
	cmd := vidocCommand(buildVidoc(t), args...)
	if b, err := cmd.CombinedOutput(); err != nil {
		t.Fatalf("vidoc %s: %v\n%s", strings.Join(args, " "), err, b)
	}
	return out
}

func readAdaptation(t *testing.T, jsonPath string) *repair.AdaptationNote {
	t.Helper()
	b, err := os.ReadFile(jsonPath)
	if err != nil {
		t.Fatal(err)
	}
	validateScanJSON(t, b)
	var doc struct {
		Adaptation *repair.AdaptationNote `json:"adaptation"`
	}
	if err := json.Unmarshal(b, &doc); err != nil {
		t.Fatal(err)
	}
	return doc.Adaptation
}

// learnedV says whether n holds ư (without tone) → "v".
func learnedV(n *repair.AdaptationNote) bool {
	for _, c := range n.Confusions {
		if c.Observed == "v" && c.Intended == "ư" {
			return true
		}
	}
	return false
}

// Issue 12 item 1 in `vidoc scan`: a document whose text layer repeats a
// damage the shipped model lacks teaches it to the repair, reads better
// than without adaptation, and says what it learned in its JSON and its
// manifest record.
func TestScanAdaptsToTheDocumentsDamage(t *testing.T) {
	in := inputDir(t)
	textLayerPDF(t, filepath.Join(in, "kế hoạch.pdf"), damaged(adaptLines[:6]), damaged(adaptLines[6:]))
	truth := strings.Join(adaptLines, "\n")

	score := func(out string) eval.Result {
		b, err := os.ReadFile(filepath.Join(out, "kế hoạch.txt"))
		if err != nil {
			t.Fatal(err)
		}
		return eval.Compare(truth, string(b))
	}
	off := scanWith(t, in, "off", "2", "--text-layer", "use")
	on := scanWith(t, in, "document", "2", "--text-layer", "use")
	before, after := score(off), score(on)
	t.Logf("without adaptation: syllables %.3f, CER %.4f; with: %.3f, %.4f", before.SylAcc, before.CER, after.SylAcc, after.CER)
	// Measured when written: 0.971 both (ư learned, so "phường" and
	// "Trưởng" come right; ữ, seen twice, not, so "nhvng" reads "nhưng"),
	// CER 0.0097 → 0.0073.
	if after.SylAcc < before.SylAcc || after.CER >= before.CER {
		t.Errorf("adaptation did not help: syllables %.3f, CER %.4f; without %.3f, %.4f", after.SylAcc, after.CER, before.SylAcc, before.CER)
	}
	note := readAdaptation(t, filepath.Join(on, "kế hoạch.json"))
	if note == nil || note.Mode != "document" || note.Learned == 0 || !learnedV(note) || note.SampleBytes == 0 {
		t.Fatalf("the JSON's adaptation %+v lacks ư → \"v\"", note)
	}
	if !note.Cache.Used && note.Cache.Why == "" {
		t.Errorf("the JSON's adaptation %+v does not say whether the document cache was used", note)
	}
	if n := readAdaptation(t, filepath.Join(off, "kế hoạch.json")); n != nil {
		t.Errorf("--adapt off wrote an adaptation: %+v", n)
	}
	recs, err := batch.LoadManifests(on)
	if err != nil {
		t.Fatal(err)
	}
	var rec repair.AdaptationNote
	if err := json.Unmarshal(recs["kế hoạch"].Adaptation, &rec); err != nil || rec.Learned != note.Learned || rec.Damage != note.Damage {
		t.Errorf("manifest adaptation %s (%v), JSON %+v", recs["kế hoạch"].Adaptation, err, note)
	}
	if recs["kế hoạch"].AdaptEvidence != nil {
		t.Errorf("--adapt document kept batch evidence: %s", recs["kế hoạch"].AdaptEvidence)
	}
}

// A page Tesseract reads near-correctly teaches nothing, and comes out as
// it does without adaptation, byte for byte.
func TestScanAdaptationLeavesGoodTextAlone(t *testing.T) {
	in := inputDir(t)
	copyFile(t, filepath.Join(ocrPagesDir, "page1.png"), filepath.Join(in, "trang.png"))
	off := scanWith(t, in, "off", "1")
	on := scanWith(t, in, "document", "1")
	for _, ext := range []string{".txt"} {
		a, _ := os.ReadFile(filepath.Join(off, "trang"+ext))
		b, _ := os.ReadFile(filepath.Join(on, "trang"+ext))
		if len(a) == 0 || string(a) != string(b) {
			t.Errorf("%s differs with adaptation:\n%s\n---\n%s", ext, a, b)
		}
	}
	if n := readAdaptation(t, filepath.Join(on, "trang.json")); n == nil || n.Learned != 0 || len(n.Confusions) != 0 {
		t.Errorf("good text adapted the model: %+v", n)
	}
}

// --adapt batch: documents too short to teach anything alone learn from
// the ones before them, and the outputs are the same at -j 1 and -j 2 and
// after a resumed run.
func TestScanAdaptBatchPoolsDocuments(t *testing.T) {
	in := inputDir(t)
	for i := 0; i < 4; i++ {
		textLayerPDF(t, filepath.Join(in, "tờ "+string(rune('a'+i))+".pdf"), damaged(adaptLines[3*i:3*i+3]))
	}
	one := scanWith(t, in, "batch", "1", "--text-layer", "use")
	two := scanWith(t, in, "batch", "2", "--text-layer", "use")
	alone := scanWith(t, in, "document", "2", "--text-layer", "use")
	last := readAdaptation(t, filepath.Join(one, "tờ d.json"))
	if last == nil || last.Mode != "batch" || !learnedV(last) {
		t.Errorf("the last document did not learn ư → \"v\" from the batch: %+v", last)
	}
	if n := readAdaptation(t, filepath.Join(alone, "tờ d.json")); n == nil || learnedV(n) {
		t.Errorf("three lines alone learned ư → \"v\" (the test needs a document too short to): %+v", n)
	}
	tree1, _ := outputTree(t, one)
	tree2, _ := outputTree(t, two)
	for name, b := range tree1 {
		if tree2[name] != b {
			t.Errorf("%s differs between -j 1 and -j 2", name)
		}
	}
	// A resumed run: the last document's outputs are lost, the others
	// are skipped and pool what their manifest records kept.
	for _, ext := range []string{".txt", ".json"} {
		if err := os.Remove(filepath.Join(two, "tờ d"+ext)); err != nil {
			t.Fatal(err)
		}
	}
	cmd := vidocCommand(buildVidoc(t), "scan", in, "-o", two, "--adapt", "batch", "-j", "2", "--progress", "none", "--format", "txt,json", "--text-layer", "use")
	if b, err := cmd.CombinedOutput(); err != nil {
		t.Fatalf("resume: %v\n%s", err, b)
	}
	tree3, _ := outputTree(t, two)
	for name, b := range tree1 {
		if tree3[name] != b {
			t.Errorf("%s differs after a resumed run:\n%s\n---\n%s", name, tree3[name], b)
		}
	}
}

// Adaptation changes the outputs, so it is a setting of the manifest key;
// off is keyed as before adaptation existed, so --keep-older keeps an older
// vidoc's outputs.
func TestScanSettingsKeyAdaptation(t *testing.T) {
	key := func(mode string) string {
		return strings.Join(scanSettings(ScanOptions{Lang: "vie", Adapt: mode}), ",")
	}
	if strings.Contains(key("off"), "adapt") || key("document") == key("batch") || key("document") == key("off") {
		t.Errorf("settings: off %q, document %q, batch %q", key("off"), key("document"), key("batch"))
	}
}
