# vidoc: two commands on a fresh Debian 12 machine, `make run` and `make test`.
# Both install what is missing with apt-get first (root, or sudo).

GO        ?= go
BIN       := bin/vidoc
# The Debian packages are listed in scripts/deb-packages.txt, which the
# Dockerfile installs through the same script.
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

test: deps build vet
	$(GO) test -timeout 20m ./...

bench: deps build
	bash scripts/bench.sh

clean:
	rm -rf bin
