package viet

// NumberLabel is a regular expression, to be embedded in a caller's own
// (it has no anchors), for the "Số" that labels a document's number and
// symbol ("Số: 12/2025/QĐ-UBND", Nghị định 30/2020/NĐ-CP Phụ lục I) as OCR
// reads it: either case, and its o with any mark OCR puts on or takes off
// it, or read as the digit 0 or 6 ("Só", "Sô", "SỐ", "Sơ", "S6", "S0").
//
// It is a document-label helper rather than orthography: it lives here
// because layout (handwriting in the number's blank) and structure (the
// number line) both need it, and viet is the leaf both import.
const NumberLabel = `(?i:s[oóòỏõọôốồổỗộơớờởỡợ06])`
