# vidoc: two commands on a fresh Debian 12 machine, `make run` and `make test`.
# Both install what is missing with apt-get first (root, or sudo).

GO        ?= go
BIN       := bin/vidoc
# Tesseract models: vie is vidoc's; osd turns pages; eng, fra, deu, por and
# script/Latin produce the damaged text the repair engine learns from and is
# benchmarked on.
DEB_PKGS  := tesseract-ocr tesseract-ocr-vie tesseract-ocr-eng tesseract-ocr-osd \
             tesseract-ocr-fra tesseract-ocr-deu tesseract-ocr-por tesseract-ocr-script-latn \
             libtesseract-dev libleptonica-dev pkg-config poppler-utils libtiff-tools qpdf \
             fonts-liberation fonts-liberation2 fonts-dejavu-core hunspell-vi python3 time
# OpenMP in Debian's libtesseract slows parallel OCR down; see cmd/vidoc/main.go.
export OMP_THREAD_LIMIT := 1

.PHONY: deps build run test bench fuzz vet fmt clean

deps:
	@missing=$$(for p in $(DEB_PKGS); do dpkg-query -W -f='$${Status}\n' $$p 2>/dev/null | grep -q '^install ok installed' || echo $$p; done); \
	if [ -n "$$missing" ]; then \
		echo "installing:" $$missing; \
		SUDO=$$( [ "$$(id -u)" = 0 ] || echo sudo ); \
		$$SUDO apt-get update -qq && DEBIAN_FRONTEND=noninteractive $$SUDO apt-get install -y -qq --no-install-recommends $$missing; \
	fi

build:
	$(GO) build -o $(BIN) ./cmd/vidoc

run: deps build
	./$(BIN) ocr testdata/pages/page1.png

vet:
	@test -z "$$(gofmt -l cmd internal dictionaries)" || (gofmt -l cmd internal dictionaries; echo "gofmt needed"; exit 1)
	$(GO) vet ./...

# The commands and the scan runner, where goroutines meet, run a second
# time under the race detector. -short there skips the two tests that OCR
# several pages in child processes (minutes under -race; they run above).
RACE_PKGS := ./cmd/vidoc ./internal/batch

test: deps build vet
	$(GO) test -timeout 20m ./...
	$(GO) test -race -short -timeout 20m $(RACE_PKGS)

# make fuzz: each Go fuzz target for FUZZTIME, one after another: fix (the
# input decoder and the repair stream over arbitrary bytes), parse (the
# structure parser over arbitrary text), and the sniffers (image headers,
# text encodings). A finding is written under the package's testdata/fuzz
# and fails the run. FUZZPARALLEL=1 spares a shared machine. -timeout 0:
# go test's default of 10 minutes would cut a 10-minute run short.
FUZZTIME     ?= 10m
FUZZPARALLEL ?= $(shell nproc)
FUZZ_TARGETS := ./internal/repair:FuzzStream ./internal/structure:FuzzParse \
                ./internal/input:FuzzSniff ./internal/textenc:FuzzNewReader

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
