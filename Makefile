# vidoc: two commands on a fresh Debian 12 machine, `make run` and `make test`.
# Both install what is missing with apt-get first (root, or sudo).

GO        ?= go
BIN       := bin/vidoc
# The Debian packages are listed in scripts/deb-packages.txt, which the
# Dockerfile installs through the same script.
# staticcheck runs next to go vet; pinned so that every machine reports the
# same findings. Installed (where go install puts it: GOBIN, else
# GOPATH/bin) when missing or of another version.
STATICCHECK_VERSION := v0.8.2
STATICCHECK := $(or $(shell $(GO) env GOBIN),$(shell $(GO) env GOPATH)/bin)/staticcheck
# OpenMP in Debian's libtesseract slows parallel OCR down; see cmd/vidoc/main.go.
export OMP_THREAD_LIMIT := 1

.PHONY: deps build run test bench fuzz vet fmt clean

deps:
	@sh scripts/deb-deps.sh

# -buildvcs=auto stamps the git revision that `vidoc version` and the scan
# manifest show, even where GOFLAGS turns it off.
build:
	$(GO) build -buildvcs=auto -o $(BIN) ./cmd/vidoc

run: deps build
	./$(BIN) ocr testdata/pages/page1.png

vet:
	@test -z "$$(gofmt -l cmd internal dictionaries)" || (gofmt -l cmd internal dictionaries; echo "gofmt needed"; exit 1)
	$(GO) vet ./...
	@$(STATICCHECK) -version 2>/dev/null | grep -qF '($(STATICCHECK_VERSION:v%=%))' || $(GO) install honnef.co/go/tools/cmd/staticcheck@$(STATICCHECK_VERSION)
	$(STATICCHECK) ./...

# The commands and the scan runner, where goroutines meet, run a second
# time under the race detector. -short there skips the two tests that OCR
# several pages in child processes (minutes under -race; they run above).
RACE_PKGS := ./cmd/vidoc ./internal/batch

test: deps build vet
	$(GO) test -timeout 20m ./...
	$(GO) test -race -short -timeout 20m $(RACE_PKGS)

# make fuzz: each Go fuzz target for FUZZTIME, one after another: fix (the
# input decoder and the repair stream over arbitrary bytes; the whole
# command, OCR JSON included), parse (the structure parser over arbitrary
# text), the OCR JSON reader, the sniffers (image headers, text
# encodings), pdftoppm's rasters, and the decoding of a scan's pages
# (input's checks, then leptonica). A finding is written under the package's testdata/fuzz
# and fails the run. FUZZPARALLEL=1 spares a shared machine. -timeout 0:
# go test's default of 10 minutes would cut a 10-minute run short.
FUZZTIME     ?= 10m
FUZZPARALLEL ?= $(shell nproc)
FUZZ_TARGETS := ./internal/repair:FuzzStream ./cmd/vidoc:FuzzFix ./internal/structure:FuzzParse \
                ./internal/ocrchan:FuzzRead ./internal/input:FuzzSniff ./internal/input:FuzzParsePGM \
                ./internal/ocr:FuzzDecodePage ./internal/textenc:FuzzNewReader

fuzz: deps
	@set -e; for t in $(FUZZ_TARGETS); do \
		pkg=$${t%%:*}; fn=$${t##*:}; \
		echo "fuzz $$fn in $$pkg for $(FUZZTIME)"; \
		$(GO) test -run '^$$' -fuzz "^$$fn\$$" -fuzztime $(FUZZTIME) -timeout 0 -parallel $(FUZZPARALLEL) $$pkg; \
	done

bench: deps build
	bash scripts/bench.sh

clean:
	rm -rf bin
