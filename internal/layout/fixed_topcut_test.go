package layout

import (
	"strings"
	"testing"

	"github.com/vidoc/vidoc/internal/formgen"
)

// TestMottoCutAtTopKept: a generated first page (internal/formgen, tuning
// seed 10) cut at the top 0.4 of the motto's height down, as a copy scanned
// low or cropped tight by the archive that published it loses its first
// header row. Tesseract reads the shaved motto as "ĐỌC lQạp - lự do - liạnh
// phục": four letters edited, one more than the letter match takes, and
// the border and garbage rules dropped three of its words, so the line
// was lost. Its two dashes are read surely; a line of that shape and
// about the motto's letters is the motto (mottoShaped), kept and written
// in its known form.
func TestMottoCutAtTopKept(t *testing.T) {
	e := formgenEngine(t)
	fp, err := formgen.Make(10)
	if err != nil {
		t.Fatal(err)
	}
	fp.Damage.TopCut = 0.4
	p := analyzeFormgen(t, e, fp)
	if !strings.Contains(p.Text, "\nĐộc lập - Tự do - Hạnh phúc\n") {
		t.Errorf("%s cut at the top: the motto lost:\n%s", fp.Name, p.Text)
	}
}
