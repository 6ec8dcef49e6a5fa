package viet

// Valid reports whether word is a well-formed Vietnamese syllable in either
// tone-placement style: Parse accepts it and it obeys the phonotactic rules
// of Syllable.Valid. Case is ignored.
func Valid(word string) bool {
	if s, ok := Parse(word); ok {
		return s.Valid()
	}
	return false
}

// Valid reports whether the parts obey Vietnamese phonotactics. Loanword
// spellings that break them (buýt, xoong is fine, phuy) are rejected; the
// lexicon keeps the frequent ones and flags them.
func (s Syllable) Valid() bool {
	if s.Nucleus == "" {
		return false
	}
	switch s.Final {
	case "p", "t", "c", "ch": // stops take only the rising or heavy tone
		if s.Tone != ToneAcute && s.Tone != ToneDot {
			return false
		}
	}
	glide := isGlideFinal(s.Final)
	consonant := s.Final != "" && !glide
	switch s.Nucleus {
	case "ă":
		if !consonant {
			return false
		}
	case "â", "iê", "yê", "uô", "ươ":
		if s.Final == "" {
			return false
		}
	case "ia", "ya", "ua", "ưa":
		if s.Final != "" {
			return false
		}
	case "oo":
		if s.Final != "ng" && s.Final != "c" {
			return false
		}
	}
	switch s.Final {
	case "ch", "nh":
		switch s.Nucleus {
		case "a", "ê", "i", "y", "yê":
		default:
			return false
		}
	case "ng", "c":
		switch s.Nucleus {
		case "i", "y", "ê", "ơ":
			return false
		}
	}
	// A bare y closes only with a glide before it: huynh, huých, not "syn".
	if s.Nucleus == "y" && s.Medial == "" && consonant {
		return false
	}
	front := frontStart(s)
	switch s.Initial {
	case "k", "gh", "ngh":
		if !front {
			return false
		}
	case "c", "g", "ng":
		if front {
			return false
		}
	case "gi":
		if s.Medial != "" {
			return false
		}
	case "b", "m", "p", "ph", "v":
		if s.Medial != "" { // labials take no glide: phuy, buýt are loans
			return false
		}
	}
	if s.Initial == "q" {
		switch s.Nucleus {
		case "a", "ă", "â", "e", "ê", "i", "y", "yê", "ơ", "ô":
		default:
			return false
		}
	}
	// iê and ia are written yê and ya after a glide or with no initial.
	switch s.Nucleus {
	case "iê":
		if s.Initial == "" || s.Medial != "" {
			return false
		}
	case "yê":
		if s.Initial != "" && s.Medial == "" {
			return false
		}
	case "ya":
		if s.Medial == "" {
			return false
		}
	}
	return true
}

// frontStart reports whether the letter after the initial is a front vowel
// (i, y, e, ê), which selects k/gh/ngh over c/g/ng.
func frontStart(s Syllable) bool {
	first := s.Medial
	if first == "" {
		first = s.Nucleus
	}
	if first == "" {
		return false
	}
	switch first[0] {
	case 'i', 'y', 'e':
		return true
	}
	return len(first) >= 2 && first[:2] == "ê"
}
