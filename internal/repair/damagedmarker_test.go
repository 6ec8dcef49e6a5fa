package repair

import "testing"

// The capital of a point's first word stays when the point's bracket was
// read as a letter ("bì" for "b)"): the item opens with a capital.
func TestCapitalAfterDamagedMarker(t *testing.T) {
	r := realRepairer(t, Options{})
	wantRepairs(t, r, map[string]string{
		"a) Hộ gia đình đăng ký thường trú;\nbì Các cơ quan, đơn vị có liên quan.\n": "a) Hộ gia đình đăng ký thường trú;\nbì Các cơ quan, đơn vị có liên quan.\n",
	})
}
