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
# staticcheck runs next to go vet; pinned so that every machine reports the
# same findings. Installed (where go install puts it: GOBIN, else
# GOPATH/bin) when missing or of another version.
STATICCHECK_VERSION := v0.8.2
STATICCHECK := $(or $(shell $(GO) env GOBIN),$(shell $(GO) env GOPATH)/bin)/staticcheck
# OpenMP in Debian's libtesseract slows parallel OCR down; see cmd/vidoc/main.go.
export OMP_THREAD_LIMIT := 1

.PHONY: deps build run test bench vet fmt clean

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
	@$(STATICCHECK) -version 2>/dev/null | grep -qF '($(STATICCHECK_VERSION:v%=%))' || $(GO) install honnef.co/go/tools/cmd/staticcheck@$(STATICCHECK_VERSION)
	$(STATICCHECK) ./...

test: deps build vet
	$(GO) test -timeout 20m ./...

bench: deps build
	bash scripts/bench.sh

clean:
	rm -rf bin
