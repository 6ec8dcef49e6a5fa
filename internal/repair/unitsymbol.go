package repair

import (
	"strings"
	"unicode"

	"github.com/vidoc/vidoc/internal/token"
)

// unitSymbols are the symbols of units of measure that technical and
// administrative texts print after a number ("100 Bq", "10 mA", "5 kV") or
// alone in parentheses at a table column's head ("dòng điện (mA)"): SI
// units with their prefixes, as the national standards (QCVN, TCVN) write
// them, and the few other units those standards use. Spelled in their own
// case, which no Vietnamese syllable shares ("mA", "Bq", "Gy"): read as
// damaged syllables they became words ("Bộ", "ma", "Ý"). One letter
// alone ("5 m", "220 V") is the lone-letter rules' (unitLetter).
var unitSymbols = func() map[string]bool {
	m := map[string]bool{}
	for _, u := range strings.Fields(`
		mA µA μA nA kA mV kV MV mW kW MW GW Wh kWh MWh GWh VA kVA MVA var kvar
		Hz kHz MHz GHz Ω kΩ MΩ mΩ
		Bq kBq MBq GBq TBq Ci mCi µCi μCi Gy mGy µGy μGy cGy Sv mSv µSv μSv
		Pa kPa MPa hPa bar mbar atm kN MN kJ MJ cal kcal eV keV MeV
		mg µg μg ng kg mm cm dm km µm μm nm ml mL dl dL cl
		m2 m3 cm2 cm3 dm2 dm3 mm2 mm3 km2 m² m³ cm² cm³ mm² km² dm³
		ms µs μs ns mol mmol µmol μmol ppm ppb ppt dB dBA dBW dBm dBi lx lm cd
		rpm kbps Mbps Gbps KB MB GB TB NTU TCU CFU MPN`) {
		m[u] = true
	}
	return m
}()

// unitSymbolAt reports slot i as a unit symbol of unitSymbols where a
// unit stands: after a number on its line ("100 Bq", "2 mg/l": the unit
// may go on after a slash, "Bq/kg"), or filling a pair of parentheses by
// itself or with other units joined by slashes ("(mA)", "(mg/l)"); a
// letter after a slash in such a chain is a unit too ("l" of "mg/l").
// Elsewhere the same letters may be a damaged word, and are left to the
// decoder.
func unitSymbolAt(text string, slots []slot, i int) bool {
	// One letter is a unit after a slash ("mg/l", "km/h").
	perLetter := func(k int) bool {
		return k > 0 && slots[k].lone && text[slots[k-1].start:slots[k-1].end] == "/" && slots[k-1].end == slots[k].start
	}
	if !unitSymbols[text[slots[i].start:slots[i].end]] && !perLetter(i) {
		return false
	}
	// The chain of units and slashes slot i is in, glued together.
	a, b := i, i
	inChain := func(k int) bool {
		s := slots[k]
		w := text[s.start:s.end]
		return s.line == slots[i].line && (w == "/" || s.kind != slotBoundary && (unitSymbols[w] || perLetter(k)))
	}
	for a > 0 && slots[a-1].end == slots[a].start && inChain(a-1) {
		a--
	}
	for b+1 < len(slots) && slots[b+1].start == slots[b].end && inChain(b+1) {
		b++
	}
	if text[slots[a].start:slots[a].end] == "/" {
		return false // "chi phí/mA": a slash after a word
	}
	if a == 0 {
		return false
	}
	p := slots[a-1]
	if p.line != slots[i].line {
		return false
	}
	if p.kind == slotFixed && p.unit == token.UnitNumber {
		return strings.TrimSpace(text[p.end:slots[a].start]) == ""
	}
	return p.end == slots[a].start && text[p.start:p.end] == "(" &&
		b+1 < len(slots) && slots[b+1].start == slots[b].end && text[slots[b+1].start:slots[b+1].end] == ")"
}

// unitsCode reports a token read as a code that is units joined by
// slashes and brackets, perhaps after the number they measure ("dBW/MHz",
// "TBq/g", "-26dB(W/MHz)"): every piece a unit symbol or one ASCII letter
// ("W", "g"), at least one a symbol of unitSymbols with a small letter,
// which no document code's part has. Repaired as a code, its pieces had
// become capitals or other letters ("TBq/HG", "BT/MHz").
func unitsCode(w string) bool {
	w = strings.TrimLeft(w, "+-−0123456789.,")
	pieces := strings.FieldsFunc(w, func(c rune) bool { return c == '/' || c == '(' || c == ')' || c == '.' })
	small := false
	for _, p := range pieces {
		switch {
		case unitSymbols[p]:
			small = small || strings.IndexFunc(p, unicode.IsLower) >= 0
		case len(p) == 1 && (p[0]|0x20) >= 'a' && (p[0]|0x20) <= 'z':
		default:
			return false
		}
	}
	return len(pieces) >= 2 && small
}
