package viet

// Tone is one of the six Vietnamese tones; ToneLevel (ngang) carries no mark.
type Tone uint8

const (
	ToneLevel Tone = iota // ngang: a
	ToneGrave             // huyền: à
	ToneHook              // hỏi: ả
	ToneTilde             // ngã: ã
	ToneAcute             // sắc: á
	ToneDot               // nặng: ạ
	numTones
)

// toneMarks are the combining marks of each tone (NFD form).
var toneMarks = [numTones]rune{0, '\u0300', '\u0309', '\u0303', '\u0301', '\u0323'}

var toneNames = [numTones]string{"ngang", "huyền", "hỏi", "ngã", "sắc", "nặng"}

// String returns the Vietnamese name of the tone.
func (t Tone) String() string {
	if t < numTones {
		return toneNames[t]
	}
	return "tone?"
}

// Mark returns the combining mark that writes t, or 0 for ToneLevel.
func (t Tone) Mark() rune {
	if t < numTones {
		return toneMarks[t]
	}
	return 0
}
