package viet

import (
	"testing"
	"unicode"
)

func TestShapeOf(t *testing.T) {
	for _, c := range []struct {
		w, joins string
		want     Shape
		other    int
	}{
		{"", "", Shape{}, 0},
		{"Trường", "", Shape{Runes: 6, Letters: 6, Upper: 1}, 0},
		{"TB-ĐHĐL", "-", Shape{Runes: 7, Letters: 6, Upper: 6, Joins: 1}, 0},
		{"42/2024/QĐ-BTC", "/-", Shape{Runes: 14, Letters: 5, Upper: 5, Digits: 6, Joins: 3}, 0},
		{"GD&ĐT", "&.-", Shape{Runes: 5, Letters: 4, Upper: 4, Joins: 1}, 0},
		{"GD&ĐT", "/-", Shape{Runes: 5, Letters: 4, Upper: 4}, 1},
		{"wẫ§7", "", Shape{Runes: 4, Letters: 2, Digits: 1}, 1},
		{"ßüñ", "", Shape{Runes: 3}, 3}, // not letters of the alphabet
		{"١٢", "", Shape{Runes: 2, Digits: 2}, 0},
	} {
		got := ShapeOf(c.w, c.joins)
		if got != c.want || got.Other() != c.other {
			t.Errorf("ShapeOf(%q, %q) = %+v (other %d), want %+v (other %d)", c.w, c.joins, got, got.Other(), c.want, c.other)
		}
	}
	// Every letter counts in its case.
	for _, r := range Letters() {
		if s := ShapeOf(string(r), ""); s.Letters != 1 || s.Upper != 0 {
			t.Errorf("%q: %+v", r, s)
		}
		if s := ShapeOf(string(unicode.ToUpper(r)), ""); s.Letters != 1 || s.Upper != 1 {
			t.Errorf("%q: %+v", unicode.ToUpper(r), s)
		}
	}
}
