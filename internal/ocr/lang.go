package ocr

import (
	"fmt"
	"os"
	"path/filepath"
	"strings"
)

// tessdataDirs are where Debian and source builds put Tesseract models.
var tessdataDirs = []string{
	"/usr/share/tesseract-ocr/5/tessdata",
	"/usr/share/tesseract-ocr/4.00/tessdata",
	"/usr/share/tessdata",
	"/usr/local/share/tessdata",
}

// MissingModelError says which language model is not installed and which
// Debian package installs it.
type MissingModelError struct {
	Model   string // e.g. "vie" or "script/Latin"
	Package string // e.g. "tesseract-ocr-vie"
}

func (e *MissingModelError) Error() string {
	return fmt.Sprintf("Tesseract language model %q (%s.traineddata) is not installed: install the Debian package %s",
		e.Model, e.Model, e.Package)
}

// debianPackage names the package holding a model: tesseract-ocr-vie for
// "vie", tesseract-ocr-script-latn for "script/Latin".
func debianPackage(model string) string {
	if script, ok := strings.CutPrefix(model, "script/"); ok {
		short := map[string]string{"Latin": "latn", "Vietnamese": "viet", "Cyrillic": "cyrl", "Greek": "grek"}[script]
		if short == "" {
			short = strings.ToLower(script)
		}
		return "tesseract-ocr-script-" + short
	}
	return "tesseract-ocr-" + strings.ToLower(strings.ReplaceAll(model, "_", "-"))
}

// checkModels checks that every model of a "vie+eng"-style language string
// is installed where Tesseract looks for it.
func checkModels(langs string) error {
	dirs := tessdataDirs
	if prefix := os.Getenv("TESSDATA_PREFIX"); prefix != "" {
		dirs = []string{prefix, filepath.Join(prefix, "tessdata")}
	}
	for _, model := range strings.Split(langs, "+") {
		if model == "" {
			return fmt.Errorf("empty language in %q", langs)
		}
		found := false
		for _, dir := range dirs {
			if _, err := os.Stat(filepath.Join(dir, model+".traineddata")); err == nil {
				found = true
				break
			}
		}
		if !found {
			return &MissingModelError{Model: model, Package: debianPackage(model)}
		}
	}
	return nil
}
