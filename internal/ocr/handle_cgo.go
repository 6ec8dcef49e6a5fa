//go:build cgo

package ocr

import (
	"fmt"
	"reflect"
	"unsafe"

	"github.com/otiai10/gosseract/v2"
)

// handleCheck is what checkHandleField says of gosseract.Client, once, when
// the package starts: NewEngine refuses to run when it is not nil, before
// any handle is read.
var handleCheck = checkHandleField(reflect.TypeFor[gosseract.Client]())

// checkHandleField checks that t, gosseract's Client, still begins with its
// Tesseract handle: field 0 named "api", of a pointer's size and kind, at
// offset 0. tessHandle reads that field; a gosseract that moved or renamed
// it would otherwise be read as garbage.
func checkHandleField(t reflect.Type) error {
	bad := func(why string) error {
		return fmt.Errorf("gosseract's %s no longer begins with its Tesseract handle (%s): internal/ocr reads it there, and go.mod pins gosseract v2.4.1 for it", t, why)
	}
	if t.Kind() != reflect.Struct || t.NumField() == 0 {
		return bad("not a struct with fields")
	}
	f := t.Field(0)
	switch {
	case f.Name != "api":
		return bad(fmt.Sprintf("field 0 is %q, not \"api\"", f.Name))
	case f.Offset != 0:
		return bad(fmt.Sprintf("field 0 is at offset %d", f.Offset))
	case f.Type.Size() != unsafe.Sizeof(uintptr(0)):
		return bad(fmt.Sprintf("field 0 is %d bytes, not a pointer's %d", f.Type.Size(), unsafe.Sizeof(uintptr(0))))
	case f.Type.Kind() != reflect.UnsafePointer && f.Type.Kind() != reflect.Pointer:
		return bad(fmt.Sprintf("field 0 is a %s, not a pointer", f.Type.Kind()))
	}
	return nil
}

// tessHandle is the tesseract::TessBaseAPI of an initialised gosseract
// client, which the shim works on. gosseract exports no accessor for it
// (nor any way to hand it decoded pixels or free its results), so this
// reads the unexported first field, api, of gosseract.Client v2.4.1 (a C
// void* that tessbridge.cpp casts to tesseract::TessBaseAPI*, the object
// Tesseract's C API works on); handleCheck has made sure it is there. The
// handle belongs to the client: it is valid until c.Close.
func tessHandle(c *gosseract.Client) (unsafe.Pointer, error) {
	if handleCheck != nil {
		return nil, handleCheck
	}
	h := *(*unsafe.Pointer)(unsafe.Pointer(c))
	if h == nil {
		return nil, fmt.Errorf("gosseract's client has no Tesseract handle")
	}
	return h, nil
}
