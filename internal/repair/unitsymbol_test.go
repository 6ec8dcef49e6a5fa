package repair

import (
	"strings"
	"testing"
)

func TestUnitSymbolSlots(t *testing.T) {
	text := "đo 100 Bq/kg và (mg/l), dòng (mA) 5 kWh; chi phí/mA (mA chung) mA 10 ( Gy)\n"
	slots := slotsOf(text)
	var got []string
	for i, s := range slots {
		if s.kind == slotWord && unitSymbolAt(text, slots, i) {
			got = append(got, text[s.start:s.end])
		}
	}
	if want := "Bq kg mg l mA kWh"; strings.Join(got, " ") != want {
		t.Errorf("unit symbols %q, want %s", got, want)
	}
}

// A unit's symbol after a number or alone in parentheses is kept as
// printed: read as a damaged syllable it became a word ("100 Bq" had
// become "100 Bộ", "(mA)" "(ma)", "7 Gy" "7 Ý"), while the words around
// it are repaired as before.
func TestUnitSymbolKept(t *testing.T) {
	r := realRepairer(t, Options{})
	for _, in := range []string{
		"Mức giới hạn là 100 Bq trên mỗi ki-lô-gam mẫu khô.\n",
		"Bảng ghi cường độ dòng điện (mA) và điện áp (kV) của từng máy.\n",
		"Liều hấp thụ 7 Gy cho người, 3 Ci trong kho và 2 mA cho mạch đo.\n",
		"Hoạt độ (Bq), liều (Gy), nồng độ (mg/l) ghi ở cột bên phải.\n",
		// Units joined by slashes read as a code: not repaired as one.
		"Mật độ phổ không vượt quá -40 dBW/MHz và hoạt độ 2 TBq/g, công suất -26dB(W/MHz).\n",
	} {
		if got := repairText(t, r, in).Text; got != in {
			t.Errorf("%q → %q", in, got)
		}
	}
	wantRepairs(t, r, map[string]string{
		"Muc gioi han la 100 Bq tren moi lit nuoc.\n": "Mức giới hạn là 100 Bq trên mỗi lít nước.\n",
	})
}

func TestUnitsCode(t *testing.T) {
	for w, want := range map[string]bool{
		"dBW/MHz": true, "TBq/g": true, "-26dB(W/MHz)": true, "Bq/cm2": true, "mg/l": true,
		"TB/MB": false, "QĐ/UBND": false, "KH/Tu": false, "MHz": false, "15/TB-MB": false,
	} {
		if got := unitsCode(w); got != want {
			t.Errorf("unitsCode(%q) = %v, want %v", w, got, want)
		}
	}
}
