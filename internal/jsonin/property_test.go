package jsonin

import (
	"encoding/json"
	"strings"
	"testing"
)

// handDocs are hand-written documents, valid and invalid, in the style of
// JSONTestSuite, compared with encoding/json by TestAgainstStd and used as
// fuzz seeds.
var handDocs = []string{
	`[]`, `{}`, `[[[[]]]]`, `{"":""}`, `{"a":[{"b":{}}]}`, ` [ 1 , -2.5e-3 , "x" ] `,
	`[1,]`, `[,]`, `[1 1]`, `{"a":1,}`, `{,}`, `{"a"}`, `{"a":}`, `{:1}`, `{"a" "b"}`,
	`[01]`, `[-]`, `[1.]`, `[.1]`, `[1e]`, `[1e+]`, `[-01]`, `[+1]`, `[0x10]`, `[1_000]`,
	`[Infinity]`, `[NaN]`, `[-Infinity]`, `[1.0e+]`, `[0e1]`, `[0.0]`, `[-0]`, `[2.]`,
	`["\u0000"]`, `["\ud800"]`, `["\udc00\ud800"]`, `["\ud800\udc00"]`, `["\uD834\uDD1E"]`,
	`["\x00"]`, `["\a"]`, `["\'"]`, `["\u00"]`, `["\uqqqq"]`, `["\`, `["`, `"`, `"\"`,
	"[\"\x01\"]", "[\"\x7f\"]", "[\"\xc3\xa9\"]", "[\"\xc3\"]", "[\"\xe2\x82\"]", "[\"\xf0\x9f\x98\x80\"]",
	"[\"\xf4\x90\x80\x80\"]", "[\"\xed\xbf\xbf\"]", "[\"\xef\xbf\xbf\"]", "\xef\xbb\xbf[]",
	"[\n]", "[\r]", "[\t]", "[\f]", "[\v]", "[\u00a0]", "[\u2028]", "\x00", "[]\x00",
	`true`, `false`, `null`, `nul`, `nulll`, `True`, `[true false]`, `[tru]`, `[t]`,
	`"abc"`, `123`, `-`, ``, ` `, `[]]`, `[[]`, `{}}`, `{{}}`, `{[]:1}`, `{"a":1 "b":2}`,
	`{"a":1,"a":2}`, `[1,2,3]`, `{"a" : 1 , "b" : [ true , null ] }`, `/* c */ []`, `[] // c`,
	strings.Repeat("[", 64) + strings.Repeat("]", 64),
	strings.Repeat("[", 65) + strings.Repeat("]", 65),
	strings.Repeat(`{"a":`, 30) + `1` + strings.Repeat("}", 30),
}

// TestAgainstStd compares the Reader with encoding/json on hand-written
// documents, on generated valid documents, and on mutations of them.
func TestAgainstStd(t *testing.T) {
	for _, doc := range handDocs {
		if msg := checkAgainstStd([]byte(doc)); msg != "" {
			t.Errorf("%q: %s", doc, msg)
		}
	}
	g := newGen(1)
	n := 20000
	if testing.Short() {
		n = 2000
	}
	valid, invalid := 0, 0
	for i := range n {
		doc := g.doc(1 + i%6)
		if msg := checkAgainstStd(doc); msg != "" {
			t.Fatalf("generated %q: %s", doc, msg)
		}
		if !json.Valid(doc) {
			t.Fatalf("generator produced invalid JSON %q", doc)
		}
		mut := g.mutate(doc)
		if msg := checkAgainstStd(mut); msg != "" {
			t.Fatalf("mutated %q: %s", mut, msg)
		}
		if json.Valid(mut) {
			valid++
		} else {
			invalid++
		}
	}
	t.Logf("%d generated documents, mutations: %d still valid, %d invalid", n, valid, invalid)
	if invalid < n/4 {
		t.Errorf("mutations too rarely invalid: %d of %d", invalid, n)
	}
}

// TestGeneratedStringsAndNumbers checks each generated string and number
// alone: String matches encoding/json and Number returns the source text.
func TestGeneratedStringsAndNumbers(t *testing.T) {
	g := newGen(2)
	for range 5000 {
		g.buf = g.buf[:0]
		g.str()
		doc := string(g.buf)
		var want string
		if err := json.Unmarshal(g.buf, &want); err != nil {
			t.Fatalf("encoding/json %q: %v", doc, err)
		}
		if got, err := NewReader(g.buf, Limits{}).String(); err != nil || got != want {
			t.Fatalf("String %q = %q, %v; want %q", doc, got, err, want)
		}

		g.buf = g.buf[:0]
		g.number()
		lit := string(g.buf)
		if got, err := NewReader(g.buf, Limits{}).Number(); err != nil || got != lit {
			t.Fatalf("Number %q = %q, %v", lit, got, err)
		}
	}
}
