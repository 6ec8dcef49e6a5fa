package searchpdf

import (
	"context"
	"encoding/json"
	"fmt"
	"math"
	"strings"
)

// A page whose /MediaBox has no area ([0 0 0 0], a broken generator's) is
// shown by PDF readers, and rasterized by poppler for OCR, at their
// default size, US Letter; qpdf's overlay, which fits the text layer into
// the page's own box, shrank the layer to nothing there, every word on one
// point. sizePages gives such a page the box it was read at, so that its
// words land where readers show its print.

// maxTreeDepth bounds the walk up a page's /Parent chain for an inherited
// /MediaBox: a loop in a broken page tree must end.
const maxTreeDepth = 32

// qpdfObjects asks qpdf for the objects refs ("3 0 R") as JSON v2: the
// header and the objects, keyed "obj:3 0 R".
func qpdfObjects(ctx context.Context, pdf string, refs []string) (json.RawMessage, map[string]json.RawMessage, error) {
	args := []string{pdf, "--json=2", "--json-key=qpdf"}
	for _, ref := range refs {
		id, _, ok := strings.Cut(ref, " ")
		if !ok {
			return nil, nil, fmt.Errorf("qpdf names an object %q", ref)
		}
		args = append(args, "--json-object="+id)
	}
	out, err := runQPDF(ctx, args...)
	if err != nil {
		return nil, nil, err
	}
	var doc struct {
		QPDF [2]json.RawMessage `json:"qpdf"`
	}
	if err := json.Unmarshal(out, &doc); err != nil {
		return nil, nil, fmt.Errorf("qpdf --json objects: %w", err)
	}
	var objects map[string]json.RawMessage
	if err := json.Unmarshal(doc.QPDF[1], &objects); err != nil {
		return nil, nil, fmt.Errorf("qpdf --json objects: %w", err)
	}
	return doc.QPDF[0], objects, nil
}

// dictOf is an object's dictionary in qpdf JSON v2, or nil.
func dictOf(obj json.RawMessage) map[string]json.RawMessage {
	var v struct {
		Value map[string]json.RawMessage `json:"value"`
	}
	if json.Unmarshal(obj, &v) != nil {
		return nil
	}
	return v.Value
}

// arealess says whether a box ([x0 y0 x1 y1]) is one readers replace by
// their default: no width or no height, or not a box at all.
func arealess(box json.RawMessage) bool {
	var b []float64
	if json.Unmarshal(box, &b) != nil || len(b) != 4 {
		return true
	}
	return math.Abs(b[2]-b[0]) == 0 || math.Abs(b[3]-b[1]) == 0
}

// sizePages returns qpdf's update JSON (as stripLayers does, nil when
// nothing changes) giving every page whose /MediaBox, its own or
// inherited, has no area a /MediaBox of its page's size as read (pages[i],
// pixels at DPI); a /CropBox or /TrimBox of no area on it is removed, so
// that the new /MediaBox is the page's box.
func sizePages(ctx context.Context, pdf string, objects []string, pages []Page) ([]byte, error) {
	header, dicts, err := qpdfObjects(ctx, pdf, objects)
	if err != nil {
		return nil, err
	}
	// box finds a page's /MediaBox, up its /Parent chain.
	parents := map[string]map[string]json.RawMessage{}
	box := func(page map[string]json.RawMessage) (json.RawMessage, error) {
		d := page
		for range maxTreeDepth {
			if b, ok := d["/MediaBox"]; ok {
				return b, nil
			}
			var parent string
			if json.Unmarshal(d["/Parent"], &parent) != nil || parent == "" {
				return nil, nil
			}
			if parents[parent] == nil {
				_, got, err := qpdfObjects(ctx, pdf, []string{parent})
				if err != nil {
					return nil, err
				}
				parents[parent] = dictOf(got["obj:"+parent])
			}
			d = parents[parent]
		}
		return nil, nil
	}
	changed := map[string]any{}
	for i, ref := range objects {
		page := dictOf(dicts["obj:"+ref])
		if page == nil {
			return nil, fmt.Errorf("page %d: qpdf gives no dictionary for its object %q", i+1, ref)
		}
		b, err := box(page)
		if err != nil {
			return nil, err
		}
		if !arealess(b) {
			continue
		}
		p := pages[i]
		size, err := json.Marshal([]float64{0, 0, math.Round(100*points(p.Width, p.DPI)) / 100, math.Round(100*points(p.Height, p.DPI)) / 100})
		if err != nil {
			return nil, err
		}
		page["/MediaBox"] = size
		for _, k := range []string{"/CropBox", "/TrimBox"} {
			if b, ok := page[k]; ok && arealess(b) {
				delete(page, k)
			}
		}
		changed["obj:"+ref] = map[string]any{"value": page}
	}
	if len(changed) == 0 {
		return nil, nil
	}
	body, err := json.Marshal(changed)
	if err != nil {
		return nil, err
	}
	return json.Marshal(map[string]any{"qpdf": []json.RawMessage{header, body}})
}

// mergeUpdates joins two of qpdf's update JSONs (either may be nil) into
// one: --update-from-json is given once.
func mergeUpdates(a, b []byte) ([]byte, error) {
	if a == nil {
		return b, nil
	}
	if b == nil {
		return a, nil
	}
	var header json.RawMessage
	objects := map[string]json.RawMessage{}
	for _, u := range [][]byte{a, b} {
		var doc struct {
			QPDF [2]json.RawMessage `json:"qpdf"`
		}
		if err := json.Unmarshal(u, &doc); err != nil {
			return nil, err
		}
		var objs map[string]json.RawMessage
		if err := json.Unmarshal(doc.QPDF[1], &objs); err != nil {
			return nil, err
		}
		for k, v := range objs {
			objects[k] = v
		}
		if header == nil {
			header = doc.QPDF[0]
		}
	}
	body, err := json.Marshal(objects)
	if err != nil {
		return nil, err
	}
	return json.Marshal(map[string]any{"qpdf": []json.RawMessage{header, body}})
}
