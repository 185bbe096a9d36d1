package jsonin

import (
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"math"
	"reflect"
	"strings"
	"testing"
)

// TestValid decodes valid documents with both Skip and the typed API, and
// compares the typed result with encoding/json.
func TestValid(t *testing.T) {
	docs := []string{
		`null`, `true`, `false`, `0`, `-0`, `1`, `-1`, `0.5`, `-0.0e-0`, `1E+10`, `1e-10`,
		`123456789012345678901234567890.123456789e123`, `""`, `"plain"`,
		`"\" \\ \/ \b \f \n \r \t"`, `"\u00e9\u00E9 \u20ac \ud83d\ude00 \uDBFF\uDFFF"`,
		`"a\u0000b"`, `"é€😀"`, "\"\x7f\"", "\"\u2028\u2029\"",
		`{}`, `[]`, ` { } `, "\t[\r\n]\n", `[[]]`, `[{}]`, `{"a":{}}`,
		`{"a":1,"b":[true,false,null],"c":{"d":"e"}}`,
		`{"a":1,"a":2}`, // duplicates are the caller's business
		`[1,"two",{"three":3},[4],null,true,false,-5.5e-5]`,
		" \n [ 1 , 2 ] \n ",
	}
	for _, doc := range docs {
		if err := skipAll([]byte(doc), Limits{}); err != nil {
			t.Errorf("Skip %q: %v", doc, err)
		}
		got, err := decodeAll([]byte(doc), Limits{})
		if err != nil {
			t.Errorf("decode %q: %v", doc, err)
			continue
		}
		want, err := stdDecode([]byte(doc))
		if err != nil {
			t.Fatalf("encoding/json %q: %v", doc, err)
		}
		if !reflect.DeepEqual(got, want) {
			t.Errorf("decode %q = %#v, want %#v", doc, got, want)
		}
	}
}

// syntaxCase is a document that must fail with a syntax error at a position.
type syntaxCase struct {
	doc       string
	lim       Limits
	line, col int
	msg       string
}

var syntaxCases = []syntaxCase{
	{doc: ``, line: 1, col: 1, msg: `unexpected end of input`},
	{doc: "  \n ", line: 2, col: 2, msg: `unexpected end of input`},
	{doc: "\uFEFF{}", line: 1, col: 1, msg: `UTF-8 byte order mark (BOM) at start of input is not allowed`},
	{doc: `{`, line: 1, col: 2, msg: `unexpected end of input`},
	{doc: `{"a" 1}`, line: 1, col: 6, msg: `invalid character '1' after object key`},
	{doc: `{"a"}`, line: 1, col: 5, msg: `invalid character '}' after object key`},
	{doc: `{"a":1 "b":2}`, line: 1, col: 8, msg: `invalid character '"' after object key:value pair`},
	{doc: `{"a":1,}`, line: 1, col: 8, msg: `invalid character '}' looking for beginning of object key string`},
	{doc: `{1:2}`, line: 1, col: 2, msg: `invalid character '1' looking for beginning of object key string`},
	{doc: `{'a':1}`, line: 1, col: 2, msg: `invalid character '\'' looking for beginning of object key string`},
	{doc: `[1,]`, line: 1, col: 4, msg: `invalid character ']' looking for beginning of value`},
	{doc: `[,1]`, line: 1, col: 2, msg: `invalid character ',' looking for beginning of value`},
	{doc: `[1 2]`, line: 1, col: 4, msg: `invalid character '2' after array element`},
	{doc: `[1}`, line: 1, col: 3, msg: `invalid character '}' after array element`},
	{doc: `{"a":1]`, line: 1, col: 7, msg: `invalid character ']' after object key:value pair`},
	{doc: `01`, line: 1, col: 2, msg: `invalid character '1' in numeric literal`},
	{doc: `-01`, line: 1, col: 3, msg: `invalid character '1' in numeric literal`},
	{doc: `1.`, line: 1, col: 3, msg: `unexpected end of input`},
	{doc: `[1.]`, line: 1, col: 4, msg: `invalid character ']' in numeric literal`},
	{doc: `1.x`, line: 1, col: 3, msg: `invalid character 'x' in numeric literal`},
	{doc: `1.5.3`, line: 1, col: 4, msg: `invalid character '.' in numeric literal`},
	{doc: `1e`, line: 1, col: 3, msg: `unexpected end of input`},
	{doc: `1e+`, line: 1, col: 4, msg: `unexpected end of input`},
	{doc: `1ex`, line: 1, col: 3, msg: `invalid character 'x' in numeric literal`},
	{doc: `1e5e6`, line: 1, col: 4, msg: `invalid character 'e' in numeric literal`},
	{doc: `1-2`, line: 1, col: 2, msg: `invalid character '-' in numeric literal`},
	{doc: `.5`, line: 1, col: 1, msg: `invalid character '.' looking for beginning of value`},
	{doc: `+1`, line: 1, col: 1, msg: `invalid character '+' looking for beginning of value`},
	{doc: `NaN`, line: 1, col: 1, msg: `invalid character 'N' looking for beginning of value`},
	{doc: `-`, line: 1, col: 2, msg: `unexpected end of input`},
	{doc: `-Infinity`, line: 1, col: 2, msg: `invalid character 'I' in numeric literal`},
	{doc: `tru`, line: 1, col: 4, msg: `unexpected end of input`},
	{doc: `trUe`, line: 1, col: 3, msg: `invalid character 'U' in literal true (expecting 'u')`},
	{doc: `[nul]`, line: 1, col: 5, msg: `invalid character ']' in literal null (expecting 'l')`},
	{doc: `True`, line: 1, col: 1, msg: `invalid character 'T' looking for beginning of value`},
	{doc: `truex`, line: 1, col: 5, msg: `data after the top-level value`},
	{doc: `"abc`, line: 1, col: 5, msg: `unexpected end of input`},
	{doc: "\"a\tb\"", line: 1, col: 3, msg: `invalid character '\t' in string literal`},
	{doc: "[\"a\nb\"]", line: 1, col: 4, msg: `invalid character '\n' in string literal`},
	{doc: `"\x"`, line: 1, col: 3, msg: `invalid character 'x' in string escape code`},
	{doc: `"\`, line: 1, col: 3, msg: `unexpected end of input`},
	{doc: `"\u12g4"`, line: 1, col: 6, msg: `invalid character 'g' in \u hexadecimal character escape`},
	{doc: `"\u12`, line: 1, col: 6, msg: `unexpected end of input`},
	{doc: `"\ud800"`, line: 1, col: 2, msg: `unpaired surrogate escape \ud800 in string`},
	{doc: `"\uDC00"`, line: 1, col: 2, msg: `unpaired surrogate escape \uDC00 in string`},
	{doc: `"x\ud800\u0041"`, line: 1, col: 3, msg: `unpaired surrogate escape \ud800 in string`},
	{doc: `"\ud800\ud800"`, line: 1, col: 2, msg: `unpaired surrogate escape \ud800 in string`},
	{doc: `"\ud800\u00zz"`, line: 1, col: 12, msg: `invalid character 'z' in \u hexadecimal character escape`},
	{doc: "\"\xff\"", line: 1, col: 2, msg: `invalid UTF-8 in string`},
	{doc: "\"ab\xc3\"", line: 1, col: 4, msg: `invalid UTF-8 in string`},
	{doc: "\"\xed\xa0\x80\"", line: 1, col: 2, msg: `invalid UTF-8 in string`},
	{doc: "{\"\xc0\xaf\":1}", line: 1, col: 3, msg: `invalid UTF-8 in string`},
	{doc: "[é]", line: 1, col: 2, msg: `invalid character 'é' looking for beginning of value`},
	{doc: "\xff", line: 1, col: 1, msg: `invalid byte 0xff looking for beginning of value`},
	{doc: `1 2`, line: 1, col: 3, msg: `data after the top-level value`},
	{doc: "{}\n\n  x", line: 3, col: 3, msg: `data after the top-level value`},
	{doc: "{\n  \"a\": 1,\n  \"b\": x\n}", line: 3, col: 8, msg: `invalid character 'x' looking for beginning of value`},
	{doc: "[\r\n1,\r\n]", line: 3, col: 1, msg: `invalid character ']' looking for beginning of value`},
	{doc: "[\t\t1\t\t2]", line: 1, col: 7, msg: `invalid character '2' after array element`},
	// Limits.
	{doc: `"abcd"`, lim: Limits{MaxString: 3}, line: 1, col: 1, msg: `string longer than 3 bytes`},
	{doc: `"ab\u00e9"`, lim: Limits{MaxString: 3}, line: 1, col: 1, msg: `string longer than 3 bytes`},
	{doc: `"ab\n\n"`, lim: Limits{MaxString: 3}, line: 1, col: 1, msg: `string longer than 3 bytes`},
	{doc: `"abé"`, lim: Limits{MaxString: 3}, line: 1, col: 1, msg: `string longer than 3 bytes`},
	{doc: `"abcd`, lim: Limits{MaxString: 3}, line: 1, col: 1, msg: `string longer than 3 bytes`},
	{doc: ` {"abcd":1}`, lim: Limits{MaxString: 3}, line: 1, col: 3, msg: `string longer than 3 bytes`},
	{doc: `1234`, lim: Limits{MaxNumber: 3}, line: 1, col: 1, msg: `number longer than 3 bytes`},
	{doc: `-123`, lim: Limits{MaxNumber: 3}, line: 1, col: 1, msg: `number longer than 3 bytes`},
	{doc: `[0, 1.25]`, lim: Limits{MaxNumber: 3}, line: 1, col: 5, msg: `number longer than 3 bytes`},
	{doc: `1e10`, lim: Limits{MaxNumber: 3}, line: 1, col: 1, msg: `number longer than 3 bytes`},
	{doc: `[[[1]]]`, lim: Limits{MaxDepth: 2}, line: 1, col: 3, msg: `nesting deeper than 2`},
	{doc: `{"a":{"b":[]}}`, lim: Limits{MaxDepth: 2}, line: 1, col: 11, msg: `nesting deeper than 2`},
	{doc: strings.Repeat("[", 65) + strings.Repeat("]", 65), line: 1, col: 65, msg: `nesting deeper than 64`},
}

// TestSyntaxErrors checks the position and message of syntax errors, found by
// Skip and by the typed API alike.
func TestSyntaxErrors(t *testing.T) {
	for _, tc := range syntaxCases {
		for _, via := range []string{"Skip", "typed"} {
			var err error
			if via == "Skip" {
				err = skipAll([]byte(tc.doc), tc.lim)
			} else {
				_, err = decodeAll([]byte(tc.doc), tc.lim)
			}
			var se *SyntaxError
			if !errors.As(err, &se) {
				t.Errorf("%s %q: got %v, want a syntax error", via, tc.doc, err)
				continue
			}
			if se.Line != tc.line || se.Column != tc.col || se.Msg != tc.msg {
				t.Errorf("%s %q: got %d:%d %q, want %d:%d %q",
					via, tc.doc, se.Line, se.Column, se.Msg, tc.line, tc.col, tc.msg)
			}
			want := fmt.Sprintf("line %d, column %d: %s", tc.line, tc.col, tc.msg)
			if se.Error() != want {
				t.Errorf("%s %q: Error() = %q, want %q", via, tc.doc, se.Error(), want)
			}
		}
	}
}

// TestLimitsAtBoundary checks that values exactly at the limits pass.
func TestLimitsAtBoundary(t *testing.T) {
	cases := []struct {
		doc string
		lim Limits
	}{
		{`"abc"`, Limits{MaxString: 3}},
		{`"a\u00e9"`, Limits{MaxString: 3}},
		{`"\n\t\\"`, Limits{MaxString: 3}},
		{`{"abc":"def"}`, Limits{MaxString: 3}},
		{`"😀"`, Limits{MaxString: 4}},
		{`"\ud83d\ude00"`, Limits{MaxString: 4}},
		{`123`, Limits{MaxNumber: 3}},
		{`-12`, Limits{MaxNumber: 3}},
		{`[1.5,1e9]`, Limits{MaxNumber: 3}},
		{`[[1]]`, Limits{MaxDepth: 2}},
		{`{"a":[]}`, Limits{MaxDepth: 2}},
		{strings.Repeat("[", 64) + strings.Repeat("]", 64), Limits{}},
		{`"` + strings.Repeat("x", 1024) + `"`, Limits{}},
		{strings.Repeat("1", 1024), Limits{}},
		{`{"key":"value","n":-12.5e3}`, Limits{MaxString: math.MaxInt, MaxNumber: math.MaxInt, MaxDepth: math.MaxInt}},
	}
	for _, tc := range cases {
		if err := skipAll([]byte(tc.doc), tc.lim); err != nil {
			t.Errorf("Skip %.40q with %+v: %v", tc.doc, tc.lim, err)
		}
		if _, err := decodeAll([]byte(tc.doc), tc.lim); err != nil {
			t.Errorf("decode %.40q with %+v: %v", tc.doc, tc.lim, err)
		}
	}
}

// TestDeepLine checks the position of an error 200 lines into a document.
func TestDeepLine(t *testing.T) {
	var b strings.Builder
	b.WriteString("{\n  \"costs\": [\n") // lines 1 and 2
	for i := 3; i <= 200; i++ {
		fmt.Fprintf(&b, "    {\"id\": %d, \"amount\": \"%d.50\"},\r\n", i, i)
	}
	b.WriteString("\t{\"id\": 201, \"amount\": 12.5.0}\n  ]\n}\n") // line 201
	for _, via := range []string{"Skip", "typed"} {
		var err error
		if via == "Skip" {
			err = skipAll([]byte(b.String()), Limits{})
		} else {
			_, err = decodeAll([]byte(b.String()), Limits{})
		}
		var se *SyntaxError
		if !errors.As(err, &se) {
			t.Fatalf("%s: got %v, want a syntax error", via, err)
		}
		// "\t{\"id\": 201, \"amount\": 12.5" is 27 bytes: the second '.' is column 28.
		if se.Line != 201 || se.Column != 28 || se.Msg != "invalid character '.' in numeric literal" {
			t.Errorf("%s: got %v, want line 201, column 28", via, err)
		}
		if got := b.String()[se.Offset]; got != '.' {
			t.Errorf("%s: Offset %d points at %q", via, se.Offset, got)
		}
	}
}

// TestPositions checks Pos, Offset and KeyPos while walking a document.
func TestPositions(t *testing.T) {
	doc := "{\n  \"a\": 1,\n\t\"bb\" :  [true,\n    \"x\"],\n  \"c\": {\"d\": null}\n}"
	r := NewReader([]byte(doc), Limits{})
	var got []string
	note := func(what string) {
		line, col := r.Pos()
		kl, kc := r.KeyPos()
		got = append(got, fmt.Sprintf("%s@%d:%d/%d key@%d:%d", what, line, col, r.Offset(), kl, kc))
	}
	note("top")
	err := r.Object(func(key string) error {
		note(key)
		switch key {
		case "bb":
			err := r.Array(func(i int) error {
				note(fmt.Sprint("bb", i))
				return r.Skip()
			})
			note("after bb")
			return err
		case "c":
			err := r.Object(func(key string) error {
				note(key)
				return r.Skip()
			})
			note("after c")
			return err
		}
		return r.Skip()
	})
	if err != nil {
		t.Fatal(err)
	}
	note("end")
	if err := r.End(); err != nil {
		t.Fatal(err)
	}
	want := []string{
		"top@1:1/0 key@0:0",
		"a@2:8/9 key@2:3",
		"bb@3:10/21 key@3:2",
		"bb0@3:11/22 key@3:2",
		"bb1@4:5/32 key@3:2",
		"after bb@4:9/36 key@3:2",
		"c@5:8/45 key@5:3",
		"d@5:14/51 key@5:9",
		"after c@6:1/57 key@5:3", // Pos skips the newline before the closing brace
		"end@6:2/58 key@0:0",
	}
	if !reflect.DeepEqual(got, want) {
		t.Errorf("positions:\n got %q\nwant %q", got, want)
	}
}

// TestTypeErrors checks that reading the wrong kind fails without consuming.
func TestTypeErrors(t *testing.T) {
	r := NewReader([]byte(`{"n": "12", "s": 12, "o": [1], "b": null, "x": {}}`), Limits{})
	var msgs []string
	err := r.Object(func(key string) error {
		var err error
		switch key {
		case "n":
			_, err = r.Number()
		case "s":
			_, err = r.String()
		case "o":
			err = r.Object(func(string) error { return r.Skip() })
		case "b":
			_, err = r.Bool()
		case "x":
			err = r.Array(func(int) error { return r.Skip() })
		}
		var te *TypeError
		if !errors.As(err, &te) {
			return fmt.Errorf("%s: got %v, want a type error", key, err)
		}
		msgs = append(msgs, te.Error())
		return r.Skip() // the value is still there
	})
	if err != nil {
		t.Fatal(err)
	}
	if err := r.End(); err != nil {
		t.Fatal(err)
	}
	want := []string{
		"line 1, column 7: want a number, got a string",
		"line 1, column 18: want a string, got a number",
		"line 1, column 27: want an object, got an array",
		"line 1, column 37: want a boolean, got null",
		"line 1, column 48: want an array, got an object",
	}
	if !reflect.DeepEqual(msgs, want) {
		t.Errorf("messages:\n got %q\nwant %q", msgs, want)
	}
}

// TestTypeErrorFields checks the fields of a TypeError.
func TestTypeErrorFields(t *testing.T) {
	r := NewReader([]byte("\n  true"), Limits{})
	_, err := r.String()
	want := &TypeError{Want: String, Got: Bool, Offset: 3, Line: 2, Column: 3}
	if te, ok := err.(*TypeError); !ok || *te != *want {
		t.Fatalf("got %#v, want %#v", err, want)
	}
	if v, err := r.Bool(); err != nil || !v {
		t.Fatalf("Bool after TypeError = %v, %v", v, err)
	}
}

// TestScalars checks each scalar reader on its own.
func TestScalars(t *testing.T) {
	r := NewReader([]byte(`[null, true, false, -1.5e+3, "a\"b", 7]`), Limits{})
	var got []any
	err := r.Array(func(i int) error {
		var v any
		var err error
		switch i {
		case 0:
			var ok bool
			if ok, err = r.Null(); !ok {
				err = fmt.Errorf("Null did not read null: %v", err)
			}
		case 1, 2:
			v, err = r.Bool()
		case 3:
			v, err = r.Number()
		case 4:
			v, err = r.String()
		case 5:
			// Null leaves a non-null value in place.
			if ok, err := r.Null(); ok || err != nil {
				return fmt.Errorf("Null on a number = %v, %v", ok, err)
			}
			v, err = r.Number()
		}
		got = append(got, v)
		return err
	})
	if err != nil {
		t.Fatal(err)
	}
	want := []any{nil, true, false, "-1.5e+3", `a"b`, "7"}
	if !reflect.DeepEqual(got, want) {
		t.Errorf("got %#v, want %#v", got, want)
	}
	if err := r.End(); err != nil {
		t.Error(err)
	}
}

// TestPeek checks Peek on each kind and at the end.
func TestPeek(t *testing.T) {
	for doc, want := range map[string]Kind{
		`null`: Null, `true`: Bool, `false`: Bool, `-1`: Number, `0`: Number,
		`""`: String, `{}`: Object, `[]`: Array, ` tx`: Bool,
	} {
		r := NewReader([]byte(doc), Limits{})
		if k, err := r.Peek(); k != want || err != nil {
			t.Errorf("Peek %q = %v, %v; want %v", doc, k, err, want)
		}
	}
	r := NewReader([]byte(` ?`), Limits{})
	if k, err := r.Peek(); k != Invalid || err == nil {
		t.Errorf("Peek on '?' = %v, %v", k, err)
	}
	r = NewReader([]byte(`1 `), Limits{})
	if _, err := r.Number(); err != nil {
		t.Fatal(err)
	}
	if k, err := r.Peek(); k != Invalid || err != io.EOF {
		t.Errorf("Peek after the value = %v, %v; want io.EOF", k, err)
	}
	if err := r.End(); err != nil {
		t.Errorf("End after Peek at EOF: %v", err)
	}
}

// TestKindString checks the names of the kinds.
func TestKindString(t *testing.T) {
	names := map[Kind]string{Invalid: "invalid", Null: "null", Bool: "boolean", Number: "number",
		String: "string", Object: "object", Array: "array", Kind(99): "invalid"}
	for k, want := range names {
		if k.String() != want {
			t.Errorf("Kind(%d).String() = %q, want %q", k, k.String(), want)
		}
	}
}

// TestPoisoned checks that a syntax error sticks.
func TestPoisoned(t *testing.T) {
	r := NewReader([]byte(`[1, x, 3]`), Limits{})
	first := r.Skip()
	if first == nil {
		t.Fatal("no error")
	}
	calls := map[string]func() error{
		"Peek":   func() error { _, err := r.Peek(); return err },
		"Null":   func() error { _, err := r.Null(); return err },
		"Bool":   func() error { _, err := r.Bool(); return err },
		"String": func() error { _, err := r.String(); return err },
		"Number": func() error { _, err := r.Number(); return err },
		"Object": func() error { return r.Object(func(string) error { return nil }) },
		"Array":  func() error { return r.Array(func(int) error { return nil }) },
		"Skip":   r.Skip,
		"End":    r.End,
	}
	for name, call := range calls {
		if err := call(); err != first {
			t.Errorf("%s after a syntax error = %v, want the same %v", name, err, first)
		}
	}
	// The BOM poisons from the start.
	r = NewReader([]byte("\uFEFF1"), Limits{})
	if _, err := r.Number(); err == nil || r.End() != err {
		t.Errorf("BOM: %v", err)
	}
}

// TestCallbackErrors checks errors returned by callbacks and callbacks that
// break the protocol.
func TestCallbackErrors(t *testing.T) {
	boom := errors.New("boom")
	r := NewReader([]byte(`{"a": [1, 2]}`), Limits{})
	err := r.Object(func(string) error {
		return r.Array(func(i int) error {
			if i == 1 {
				return boom
			}
			return r.Skip()
		})
	})
	if err != boom || r.End() != boom {
		t.Errorf("callback error: got %v, then %v", err, r.End())
	}

	r = NewReader([]byte(`{"a": 1}`), Limits{})
	err = r.Object(func(string) error { return nil })
	if !errors.Is(err, errNotConsumed) || !strings.Contains(err.Error(), `"a"`) {
		t.Errorf("unconsumed member: %v", err)
	}

	r = NewReader([]byte(`[1, 2]`), Limits{})
	var second error
	err = r.Array(func(int) error {
		if err := r.Skip(); err != nil {
			return err
		}
		_, second = r.Number() // one value too many
		return nil
	})
	if err != nil || !errors.Is(second, errConsumed) {
		t.Errorf("reading twice in a callback: %v, %v", err, second)
	}
}

// TestTopLevelProtocol checks reads after the top-level value and End misuse.
func TestTopLevelProtocol(t *testing.T) {
	r := NewReader([]byte(`1 `), Limits{})
	if err := r.End(); err != errEndUnread {
		t.Errorf("End before reading = %v", err)
	}
	if _, err := r.Number(); err != nil {
		t.Fatal(err)
	}
	if _, err := r.Number(); err != io.EOF {
		t.Errorf("second read = %v, want io.EOF", err)
	}
	if err := r.End(); err != nil {
		t.Errorf("End = %v", err)
	}

	r = NewReader([]byte(`1 2`), Limits{})
	if _, err := r.Number(); err != nil {
		t.Fatal(err)
	}
	_, err := r.Number()
	if se, ok := err.(*SyntaxError); !ok || se.Msg != "data after the top-level value" || se.Column != 3 {
		t.Errorf("second read = %v", err)
	}

	r = NewReader([]byte(`[1]`), Limits{})
	var inside error
	if err := r.Array(func(int) error { inside = r.End(); return r.Skip() }); err != nil {
		t.Fatal(err)
	}
	if inside != errEndInside {
		t.Errorf("End inside an array = %v", inside)
	}
}

// TestStrings checks unescaping against encoding/json.
func TestStrings(t *testing.T) {
	docs := []string{
		`""`, `"abc"`, `"\""`, `"\\\/"`, `"\b\f\n\r\t"`, `"\u0000\u001f\u007F"`,
		`"\u00e9t\u00E9"`, `"\ud83d\ude00!"`, `"x\uDBFF\uDFFFy"`, `"\uFFFD\uFEFF"`,
		`"日本語 \u65e5"`, "\"tab\\tthen\u00a0nbsp\"", `"` + strings.Repeat(`\n`, 600) + `"`,
	}
	for _, doc := range docs {
		var want string
		if err := json.Unmarshal([]byte(doc), &want); err != nil {
			t.Fatalf("encoding/json %q: %v", doc, err)
		}
		r := NewReader([]byte(doc), Limits{})
		got, err := r.String()
		if err != nil || got != want {
			t.Errorf("String %q = %q, %v; want %q", doc, got, err, want)
		}
	}
}

// TestNumbers checks that Number returns the literal text.
func TestNumbers(t *testing.T) {
	for _, lit := range []string{"0", "-0", "10", "-1.50", "1e5", "1E-05", "2.5e+00",
		"123456789012345678901234567890", "0.000000000000000000000001"} {
		r := NewReader([]byte(" "+lit+" "), Limits{})
		got, err := r.Number()
		if err != nil || got != lit {
			t.Errorf("Number %q = %q, %v", lit, got, err)
		}
		if err := r.End(); err != nil {
			t.Errorf("End after %q: %v", lit, err)
		}
	}
}

// TestSkipKeepsKeyPos checks that skipping an object inside an Object
// callback leaves KeyPos on the member being visited.
func TestSkipKeepsKeyPos(t *testing.T) {
	r := NewReader([]byte(`{"outer": {"inner": {"deep": 1}}}`), Limits{})
	err := r.Object(func(string) error {
		if err := r.Skip(); err != nil {
			return err
		}
		if line, col := r.KeyPos(); line != 1 || col != 2 {
			return fmt.Errorf("KeyPos after Skip = %d:%d, want 1:2", line, col)
		}
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
}

// TestEmptyDocumentEnd checks End on a document that holds no value, and
// that negative limits mean the defaults.
func TestEmptyDocumentEnd(t *testing.T) {
	err := NewReader([]byte(" \n"), Limits{}).End()
	if se, ok := err.(*SyntaxError); !ok || se.Msg != "unexpected end of input" || se.Line != 2 {
		t.Errorf("End on an empty document = %v", err)
	}
	lim := Limits{MaxString: -1, MaxNumber: -5, MaxDepth: -1}.withDefaults()
	if lim != (Limits{MaxString: 1024, MaxNumber: 1024, MaxDepth: 64}) {
		t.Errorf("negative limits gave %+v", lim)
	}
}
