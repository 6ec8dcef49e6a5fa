//go:build cgo

package ocr

import (
	"reflect"
	"strings"
	"testing"
	"unsafe"

	"github.com/otiai10/gosseract/v2"
)

// TestHandleFieldCheck: the start-up check passes on the gosseract in
// go.mod and fails, saying why, on clients shaped the way a changed
// gosseract could be.
func TestHandleFieldCheck(t *testing.T) {
	if err := checkHandleField(reflect.TypeFor[gosseract.Client]()); err != nil {
		t.Fatalf("gosseract.Client: %v", err)
	}
	if handleCheck != nil {
		t.Fatalf("start-up check: %v", handleCheck)
	}
	//lint:ignore U1000 a shape only reflection reads
	type renamed struct {
		handle unsafe.Pointer
		pix    unsafe.Pointer
	}
	//lint:ignore U1000 a shape only reflection reads
	type moved struct {
		Trim bool
		api  unsafe.Pointer
	}
	//lint:ignore U1000 a shape only reflection reads
	type notPointer struct {
		api uintptr
	}
	//lint:ignore U1000 a shape only reflection reads
	type small struct {
		api int32
	}
	for _, c := range []struct {
		t    reflect.Type
		want string
	}{
		{reflect.TypeFor[renamed](), `field 0 is "handle"`},
		{reflect.TypeFor[moved](), `field 0 is "Trim"`},
		{reflect.TypeFor[notPointer](), "not a pointer"},
		{reflect.TypeFor[small](), "not a pointer's"},
		{reflect.TypeFor[struct{}](), "not a struct with fields"},
		{reflect.TypeFor[int](), "not a struct with fields"},
	} {
		err := checkHandleField(c.t)
		if err == nil || !strings.Contains(err.Error(), c.want) || !strings.Contains(err.Error(), "v2.4.1") {
			t.Errorf("%s: %v, want an error saying %q and the pinned version", c.t, err, c.want)
		}
	}
}

// TestHandleIsGosseracts: the handle read is the one gosseract's client
// works on: a variable set through gosseract reads back through
// Tesseract's C API on that handle.
func TestHandleIsGosseracts(t *testing.T) {
	if err := checkModels("vie"); err != nil {
		t.Skip(err)
	}
	c, err := newTessClient("vie", true, false)
	if err != nil {
		t.Fatal(err)
	}
	defer c.close()
	if got, ok := intVariable(c.api, "lstm_choice_iterations"); !ok || got != choiceIterations {
		t.Errorf("lstm_choice_iterations on the handle: %d (found %v), gosseract was given %d", got, ok, choiceIterations)
	}
	plain, err := newTessClient("vie", false, false)
	if err != nil {
		t.Fatal(err)
	}
	defer plain.close()
	if got, _ := intVariable(plain.api, "lstm_choice_mode"); got != 0 {
		t.Errorf("lstm_choice_mode on a client without choices: %d", got)
	}
}
