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

.PHONY: deps build run test bench vet fmt clean

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

test: deps build vet
	$(GO) test -timeout 20m ./...

bench: deps build
	bash scripts/bench.sh

clean:
	rm -rf bin
