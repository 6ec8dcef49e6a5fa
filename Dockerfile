# vidoc in a container, for the Kubernetes Indexed Job of docs/scan.md:
#   docker build --build-arg VERSION=$(git describe --always --dirty) \
#     -t registry.example.org/vidoc:latest .
# The Debian packages come from scripts/deb-packages.txt through
# scripts/deb-deps.sh, the list and script `make deps` uses: the build
# stage installs the groups build and run, the runtime image only run
# (Tesseract with its Vietnamese and OSD models, poppler, qpdf, libtiff-tools,
# DejaVu).

FROM golang:1.26-bookworm AS build
WORKDIR /src
COPY scripts/deb-packages.txt scripts/deb-deps.sh scripts/
RUN sh scripts/deb-deps.sh build run && rm -rf /var/lib/apt/lists/*
COPY go.mod go.sum ./
RUN go mod download
COPY . .
# .dockerignore keeps .git out of the context, so Go stamps no VCS
# information: without VERSION `vidoc version` says "dev", and the scan
# manifest cannot tell this image's outputs from an older image's.
ARG VERSION=
RUN CGO_ENABLED=1 go build -trimpath -ldflags "-X main.version=${VERSION}" -o /out/vidoc ./cmd/vidoc

FROM debian:12-slim
COPY scripts/deb-packages.txt scripts/deb-deps.sh /tmp/vidoc-deps/
RUN sh /tmp/vidoc-deps/deb-deps.sh run && rm -rf /var/lib/apt/lists/* /tmp/vidoc-deps
COPY --from=build /out/vidoc /usr/local/bin/vidoc
# Debian's libtesseract uses OpenMP, which slows parallel OCR down.
ENV OMP_THREAD_LIMIT=1
CMD ["vidoc", "--help"]
