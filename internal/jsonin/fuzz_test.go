package jsonin

import (
	"encoding/json"
	"errors"
	"strings"
	"testing"
	"unicode/utf8"
)

// FuzzReader checks arbitrary input: Skip then End must agree with json.Valid
// except for the documented stricter rules, the typed API must fail exactly
// where Skip fails, and accepted documents must decode as with encoding/json.
func FuzzReader(f *testing.F) {
	for _, doc := range handDocs {
		f.Add([]byte(doc))
	}
	for _, tc := range syntaxCases {
		f.Add([]byte(tc.doc))
	}
	g := newGen(3)
	for i := range 20 {
		f.Add(g.doc(i % 5))
	}
	f.Fuzz(func(t *testing.T, doc []byte) {
		if len(doc) > 1<<12 {
			return // keep each input cheap
		}
		if msg := checkAgainstStd(doc); msg != "" {
			t.Fatal(msg)
		}
	})
}

// FuzzString checks that any valid UTF-8 string survives json.Marshal and
// String, also when written with \u escapes only, and that MaxString is
// enforced to the byte.
func FuzzString(f *testing.F) {
	for _, s := range []string{"", "a", "é", "😀", "\x00", "\"\\/\b\f\n\r\t", "\u2028<>&", "\uFFFD", strings.Repeat("ab", 100)} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		if !utf8.ValidString(s) || len(s) > 1<<12 {
			return
		}
		marshaled, err := json.Marshal(s)
		if err != nil {
			t.Fatal(err)
		}
		for _, doc := range [][]byte{marshaled, escapeAll(s)} {
			r := NewReader(doc, Limits{MaxString: max(len(s), 1)})
			got, err := r.String()
			if err != nil || got != s {
				t.Fatalf("String(%q) = %q, %v; want %q", doc, got, err, s)
			}
			if err := r.End(); err != nil {
				t.Fatal(err)
			}
			if len(s) < 2 {
				continue // MaxString 0 means the default
			}
			_, err = NewReader(doc, Limits{MaxString: len(s) - 1}).String()
			var se *SyntaxError
			if !errors.As(err, &se) || !strings.Contains(se.Msg, "longer than") {
				t.Fatalf("String(%q) with MaxString %d = %v, want a length error", doc, len(s)-1, err)
			}
		}
	})
}

// escapeAll writes s as a JSON string with every character as a \u escape,
// using surrogate pairs beyond the Basic Multilingual Plane.
func escapeAll(s string) []byte {
	const hex = "0123456789abcdef"
	out := []byte{'"'}
	put := func(v rune) {
		out = append(out, '\\', 'u', hex[v>>12&15], hex[v>>8&15], hex[v>>4&15], hex[v&15])
	}
	for _, c := range s {
		if c >= 0x10000 {
			c -= 0x10000
			put(0xD800 + c>>10)
			put(0xDC00 + c&0x3FF)
			continue
		}
		put(c)
	}
	return append(out, '"')
}
