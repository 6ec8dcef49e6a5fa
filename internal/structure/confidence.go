package structure

// The confidence levels the parser gives what it finds. A level says which
// kind of evidence found a piece of text, so that equal evidence gets equal
// confidence wherever it is found: the levels rank findings, they are not
// measured probabilities. docs/schema.md lists them for users of the JSON.
const (
	// confFull: the whole form the rules prescribe: an outline heading
	// with its keyword (Phần, Chương, Mục, Điều), a date written out
	// ("ngày 5 tháng 3 năm 2024"), the "Nơi nhận" label, a type line that
	// matches a document type exactly.
	confFull = 0.95
	// confPattern: a pattern of its own: a numbered or lettered outline
	// item, a labelled field (V/v, place before the date, urgency,
	// secrecy, draft), a number and symbol with a known type code, a
	// numeric date, a written date once a space inside its day or month is
	// closed, a citation with type and number, "(Đã ký)", a
	// recipient in the closing list.
	confPattern = 0.9
	// confPlace: found by where it stands: the issuing body and its
	// parent, the title, the authority line, the signer's role and name,
	// the recipients of a letter ("Kính gửi").
	confPlace = 0.85
	// confAttached: read beside something found: a cited document's
	// issuer, an annex heading.
	confAttached = 0.8
	// confInferred: inferred rather than read: CÔNG VĂN from a "V/v" or
	// "Kính gửi" without a type line, a citation by its type code alone, a
	// number and symbol without the number (blank or unreadable), a type
	// name read at the end of a row with a stamp's words, lines after the
	// signature.
	confInferred = 0.7
	// confDoubtful: read, but doubtful: a Party number whose type code is
	// unknown, an issuing body under two parent bodies or more.
	confDoubtful = 0.6
	// confBlank: a date with blanks in place of the day or month (a
	// draft), or a day or month OCR could not read or out of range: it has
	// no ISO form.
	confBlank = 0.5
)

// unmappedScale lowers a header field whose words could not be mapped back
// from their folded form: its text may be cut in the wrong place.
const unmappedScale = 0.8
