package pagegen

import (
	"bytes"
	"context"
	"fmt"
	"os"
	"os/exec"
	"strings"
)

// Models are the tesseract models pairs are made with, by short name: vie
// reads Vietnamese nearly right, eng strips diacritics, and fra, deu, por and
// Latin (script/Latin) garble them like legacy OCR layers.
var Models = []string{"vie", "eng", "fra", "deu", "por", "Latin"}

// tessLang maps a model's short name to tesseract's -l argument: Debian
// installs the script models either at the top of tessdata or under script/.
func tessLang(model string, installed map[string]bool) string {
	if installed[model] {
		return model
	}
	if installed["script/"+model] {
		return "script/" + model
	}
	return model
}

// InstalledModels lists the models tesseract can load.
func InstalledModels(ctx context.Context) (map[string]bool, error) {
	out, err := exec.CommandContext(ctx, "tesseract", "--list-langs").CombinedOutput()
	if err != nil {
		return nil, fmt.Errorf("pagegen: tesseract --list-langs: %w: %s", err, bytes.TrimSpace(out))
	}
	langs := map[string]bool{}
	for i, line := range strings.Split(string(out), "\n") {
		if i == 0 || strings.TrimSpace(line) == "" {
			continue // the first line is a heading
		}
		langs[strings.TrimSpace(line)] = true
	}
	return langs, nil
}

// OCR runs the tesseract command on an image file with one model and returns
// the text it read. OpenMP is held to one thread: parallelism comes from
// running pages side by side, which is several times faster.
func OCR(ctx context.Context, imagePath, lang string) (string, error) {
	cmd := exec.CommandContext(ctx, "tesseract", imagePath, "stdout", "-l", lang)
	cmd.Env = append(os.Environ(), "OMP_THREAD_LIMIT=1")
	var stdout, stderr bytes.Buffer
	cmd.Stdout, cmd.Stderr = &stdout, &stderr
	if err := cmd.Run(); err != nil {
		return "", fmt.Errorf("tesseract -l %s %s: %w: %s", lang, imagePath, err, lastLine(stderr.String()))
	}
	return strings.TrimRight(stdout.String(), "\f\n ") + "\n", nil
}

func lastLine(s string) string {
	s = strings.TrimSpace(s)
	if i := strings.LastIndexByte(s, '\n'); i >= 0 {
		return s[i+1:]
	}
	return s
}
