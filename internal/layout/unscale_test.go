package layout

import (
	"reflect"
	"testing"

	"github.com/vidoc/vidoc/internal/ocr"
)

// Every box a Page holds, however deep, is among Page.boxes, so that
// unscale brings them all back to the page's pixels: a box kind added to
// Page and forgotten there would be left on the enlarged page's scale.
func TestBoxesCoverThePage(t *testing.T) {
	p := &Page{
		Regions: []Region{
			{Lines: []Line{{}, {}}, Cells: []Cell{{}}},
			{Lines: []Line{{}}},
		},
		Dropped:     []Dropped{{Words: []ocr.Word{{}, {}}}},
		Handwritten: []Handwritten{{}, {}},
		Snapped:     []Snapped{{}},
	}
	bs := p.boxes()
	for i, b := range bs {
		*b = ocr.Box{X0: i + 1, Y0: i + 1, X1: i + 2, Y1: i + 2}
	}
	var all []ocr.Box
	collectBoxes(reflect.ValueOf(p).Elem(), &all)
	if len(all) != len(bs) {
		t.Errorf("the page holds %d boxes, boxes gives %d", len(all), len(bs))
	}
	seen := map[ocr.Box]bool{}
	for _, b := range all {
		if b == (ocr.Box{}) || seen[b] {
			t.Errorf("a box of the page is not among boxes (or is twice): %v", b)
		}
		seen[b] = true
	}
}

// collectBoxes appends every ocr.Box held in v, through structs and slices.
func collectBoxes(v reflect.Value, all *[]ocr.Box) {
	switch v.Kind() {
	case reflect.Struct:
		if b, ok := v.Interface().(ocr.Box); ok {
			*all = append(*all, b)
			return
		}
		for i := range v.NumField() {
			if v.Type().Field(i).IsExported() {
				collectBoxes(v.Field(i), all)
			}
		}
	case reflect.Slice, reflect.Array:
		for i := range v.Len() {
			collectBoxes(v.Index(i), all)
		}
	case reflect.Pointer:
		if !v.IsNil() {
			collectBoxes(v.Elem(), all)
		}
	}
}
