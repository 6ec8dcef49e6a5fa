//go:build rebuild

package dictionaries

// The data of this folder is rebuilt from its sources (SOURCES.md) by
//
//	go generate -tags rebuild ./dictionaries
//
// It needs ../shared beside the repository, hunspell-vi and Tesseract with
// the models of scripts/errmodel_pairs.sh, takes about half an hour on two
// cores and at most 2 GB of memory. go generate runs the files of a package
// in name order, so these directives run before doc.go's, which then hash
// the new data into versions.go. Each step's output is a pure function of
// its inputs (no clock, no machine path, no map order): two rebuilds give
// the same bytes.

//go:generate go run gen_corpus.go -corpus ../../shared/corpus -out corpus.sha256
//go:generate go run ../internal/lexicon/gen_lexicon.go -corpus ../../shared/corpus -out .
//go:generate go run ../cmd/vidoc dict build --only lm --order 4 --corpus ../../shared/corpus/legal --corpus ../../shared/corpus/wiki --corpus ../../shared/corpus/debian --exclude ../../shared/dev/texts --out . --prune 1,2,2
//go:generate go run gen_english.go -syllables syllables.tsv -out english.txt
//go:generate go run gen_casing.go -corpus ../../shared/corpus -terms admin_terms.txt -out casing.tsv
//go:generate bash ../scripts/errmodel_pairs.sh ../.bench/errmodel-pairs 40
//go:generate go run ../internal/errmodel/gen_errmodel.go -pairs ../.bench/errmodel-pairs -codes ../../shared/corpus/legal -out errmodel.tsv
