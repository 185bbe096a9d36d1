package contactcost

import (
	"encoding/json"
	"errors"
	"math/rand/v2"
	"strconv"
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/google/go-cmp/cmp"
	"github.com/shopspring/decimal"
)

// Tests of the JSON machinery of json.go: the strict reader and the
// writer. The forms built on them are tested in json_model_test.go and
// json_report_test.go.

// jsonRead runs read on a reader over doc and returns what done reports.
func jsonRead(doc string, read func(j *jsonReader)) error {
	j := newJSONReader([]byte(doc))
	read(j)
	return j.done()
}

// jsonWant is an expected problem of the reader.
type jsonWant struct {
	path         string
	err          error
	line, column int
}

// jsonCheckErrors compares the problems in err with want, in order.
func jsonCheckErrors(t *testing.T, call string, err error, want []jsonWant) {
	t.Helper()
	got := jsonFieldErrors(err)
	if err != nil && len(got) != len(errorList(err)) {
		t.Errorf("%s = %v: not every problem is a *FieldError", call, err)
	}
	if len(got) != len(want) {
		t.Fatalf("%s = %v, want %d problems", call, err, len(want))
	}
	for i, w := range want {
		g := got[i]
		if g.Path != w.path || !errors.Is(g, w.err) || g.Line != w.line || g.Column != w.column {
			t.Errorf("%s problem %d = %q (line %d, column %d), want %v at %q, line %d, column %d",
				call, i, g, g.Line, g.Column, w.err, w.path, w.line, w.column)
		}
	}
}

// jsonCostLike is an object shaped like a small cost line: a required
// name, an optional amount and an optional count from 0 to 10.
type jsonCostLike struct {
	name   string
	amount decimal.Decimal
	count  int
}

// jsonReadCostLike reads a jsonCostLike at l.
func jsonReadCostLike(j *jsonReader, l loc) (c jsonCostLike) {
	j.object(l,
		req("name", func(l loc) { c.name = j.str(l) }),
		opt("amount", func(l loc) { c.amount = j.number(l) }),
		opt("count", func(l loc) { c.count = j.integer(l, 10) }),
	)
	return c
}

func TestJSONReaderObject(t *testing.T) {
	tests := []struct {
		doc  string
		want jsonCostLike
	}{
		{`{"name":"Rent"}`, jsonCostLike{name: "Rent"}},
		{`{"count":3,"amount":"12.50","name":"Rent"}`, jsonCostLike{name: "Rent", amount: dec("12.5"), count: 3}},
		{" \n\t{ \"name\" : \"\\u00e9t\\u00e9\" , \"amount\" : -0.5e1 }\r\n", jsonCostLike{name: "été", amount: dec("-5")}},
	}
	for _, tt := range tests {
		var got jsonCostLike
		err := jsonRead(tt.doc, func(j *jsonReader) { got = jsonReadCostLike(j, loc{}) })
		if err != nil {
			t.Errorf("reading %s: %v", tt.doc, err)
			continue
		}
		if got.name != tt.want.name || !got.amount.Equal(tt.want.amount) || got.count != tt.want.count {
			t.Errorf("reading %s = %+v, want %+v", tt.doc, got, tt.want)
		}
	}
}

func TestJSONReaderObjectErrors(t *testing.T) {
	tests := []struct {
		name string
		doc  string
		want []jsonWant
	}{
		{"unknown key", `{"name":"a","cost":1}`, []jsonWant{{"x.cost", ErrUnknownField, 1, 13}}},
		{"case variant", `{"name":"a","Amount":"1"}`, []jsonWant{{"x.Amount", ErrUnknownField, 1, 13}}},
		{"duplicate key", `{"name":"a","name":"b"}`, []jsonWant{{"x.name", ErrDuplicate, 1, 13}}},
		// A required key that is missing is located at the object.
		{"missing key", `  {"count":1}`, []jsonWant{{"x.name", ErrNotSet, 1, 3}}},
		{"wrong kind", `{"name":"a","count":"1"}`, []jsonWant{{"x.count", ErrSyntax, 1, 21}}},
		{"not an object", `["name"]`, []jsonWant{{"x", ErrSyntax, 1, 1}}},
		// Type errors are recorded and skipped: the reading goes on, and
		// every problem is found, each at its line and column.
		{"every problem", "{\n \"name\": 5,\n \"amount\": \"12,50\",\n \"zzz\": [1, {\"a\": 2}],\n \"count\": 11,\n \"name\": \"b\"\n}",
			[]jsonWant{
				{"x.name", ErrSyntax, 2, 10},
				{"x.amount", ErrSyntax, 3, 12},
				{"x.zzz", ErrUnknownField, 4, 2},
				{"x.count", ErrOutOfRange, 5, 11},
				{"x.name", ErrDuplicate, 6, 2},
			}},
		// A syntax error stops the reading: nothing after it is looked at,
		// not even the required keys.
		{"syntax error", `{"amount":"1",, "zzz":1}`, []jsonWant{{"x", ErrSyntax, 1, 15}}},
		{"syntax error in a value", `{"amount":12., "zzz":1}`, []jsonWant{{"x.amount", ErrSyntax, 1, 14}}},
		{"syntax error while skipping", `{"zzz":[1,}, "name":1}`, []jsonWant{
			{"x.zzz", ErrUnknownField, 1, 2},
			{"x.zzz", ErrSyntax, 1, 11},
		}},
		{"syntax error after a type error", `{"name":[1,}`, []jsonWant{
			{"x.name", ErrSyntax, 1, 9},
			{"x.name", ErrSyntax, 1, 12},
		}},
		{"unterminated", `{"name":"a"`, []jsonWant{{"x", ErrSyntax, 1, 12}}},
		{"invalid UTF-8", "{\"name\":\"\xff\"}", []jsonWant{{"x.name", ErrSyntax, 1, 10}}},
		{"trailing data", `{"name":"a"} {}`, []jsonWant{{"", ErrSyntax, 1, 14}}},
		{"empty", ``, []jsonWant{{"x", ErrSyntax, 1, 1}}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			err := jsonRead(tt.doc, func(j *jsonReader) { jsonReadCostLike(j, loc{path: "x"}) })
			jsonCheckErrors(t, "reading "+tt.doc, err, tt.want)
		})
	}
}

// TestJSONReaderFirstValueWins checks that a duplicate key does not
// overwrite the value read first.
func TestJSONReaderFirstValueWins(t *testing.T) {
	var got jsonCostLike
	err := jsonRead(`{"name":"a","amount":"1000","amount":"5"}`, func(j *jsonReader) { got = jsonReadCostLike(j, loc{}) })
	if !errors.Is(err, ErrDuplicate) {
		t.Fatalf("reading a duplicate amount: %v, want ErrDuplicate", err)
	}
	if !got.amount.Equal(dec("1000")) {
		t.Errorf("reading a duplicate amount = %v, want the first, 1000", got.amount)
	}
}

// TestJSONReaderHints checks the "did you mean" hint of an unknown key.
func TestJSONReaderHints(t *testing.T) {
	tests := []struct{ key, hint string }{
		{"NAME", `"NAME" (did you mean "name"?)`},
		{"amuont", `"amuont" (did you mean "amount"?)`},
		{"counts", `"counts" (did you mean "count"?)`},
		{"price", `"price"`},
	}
	for _, tt := range tests {
		err := jsonRead(`{"name":"a","`+tt.key+`":1}`, func(j *jsonReader) { jsonReadCostLike(j, loc{}) })
		var fe *FieldError
		if !errors.As(err, &fe) || fe.Detail != tt.hint {
			t.Errorf("reading the key %q: %v, want the detail %s", tt.key, err, tt.hint)
		}
	}
}

func TestJSONReaderArray(t *testing.T) {
	var got []int
	err := jsonRead(`[1, 2 ,3]`, func(j *jsonReader) {
		j.array(loc{path: "xs"}, 3, func(i int, at loc) {
			if want := "xs[" + strconv.Itoa(i) + "]"; at.path != want {
				t.Errorf("element %d at %q, want %q", i, at.path, want)
			}
			got = append(got, j.integer(at, 10))
		})
	})
	if err != nil || !cmp.Equal(got, []int{1, 2, 3}) {
		t.Errorf("reading [1, 2 ,3] = %v, %v", got, err)
	}
	if err := jsonRead(`[]`, func(j *jsonReader) { j.array(loc{}, 0, func(int, loc) { t.Error("an element of []") }) }); err != nil {
		t.Errorf("reading []: %v", err)
	}
}

func TestJSONReaderArrayErrors(t *testing.T) {
	tests := []struct {
		name string
		doc  string
		want []jsonWant
	}{
		// More than max elements is too large and stops the reading at the
		// first one too many.
		{"too many", `[1, "a", 2, 3, 4]`, []jsonWant{{"xs[1]", ErrSyntax, 1, 5}, {"xs", ErrTooLarge, 1, 13}}},
		{"not an array", `{"a":1}`, []jsonWant{{"xs", ErrSyntax, 1, 1}}},
		{"bad elements", `[-1, 1.5, 1e1]`, []jsonWant{
			{"xs[0]", ErrOutOfRange, 1, 2},
			{"xs[1]", ErrOutOfRange, 1, 6},
			{"xs[2]", ErrOutOfRange, 1, 11},
		}},
		{"missing comma", "[1\n 2]", []jsonWant{{"xs", ErrSyntax, 2, 2}}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			err := jsonRead(tt.doc, func(j *jsonReader) {
				j.array(loc{path: "xs"}, 3, func(_ int, at loc) { j.integer(at, 10) })
			})
			jsonCheckErrors(t, "reading "+tt.doc, err, tt.want)
		})
	}
}

func TestJSONReaderScalars(t *testing.T) {
	tests := []struct {
		doc  string
		read func(j *jsonReader, l loc) string
		want string
	}{
		{`"voice"`, func(j *jsonReader, l loc) string { return j.str(l) }, "voice"},
		{`"a\"\\\/\b\f\n\r\t\u0041\ud83d\ude00"`, func(j *jsonReader, l loc) string { return j.str(l) }, "a\"\\/\b\f\n\r\tA😀"},
		{`true`, func(j *jsonReader, l loc) string { return strconv.FormatBool(j.boolean(l)) }, "true"},
		{`0`, func(j *jsonReader, l loc) string { return strconv.Itoa(j.integer(l, 5)) }, "0"},
		{`5`, func(j *jsonReader, l loc) string { return strconv.Itoa(j.integer(l, 5)) }, "5"},
		{`"12.50"`, func(j *jsonReader, l loc) string { return j.number(l).String() }, "12.5"},
		{`12.50`, func(j *jsonReader, l loc) string { return j.number(l).String() }, "12.5"},
		{`0.1`, func(j *jsonReader, l loc) string { return j.number(l).String() }, "0.1"},
		{`-7E-2`, func(j *jsonReader, l loc) string { return j.number(l).String() }, "-0.07"},
		{`"1e3"`, func(j *jsonReader, l loc) string { return j.number(l).String() }, "1000"},
		{`"-0"`, func(j *jsonReader, l loc) string { return j.number(l).String() }, "0"},
		{`"1000/3"`, func(j *jsonReader, l loc) string { return j.ratio(l).String() }, "1000/3"},
		{`"12.5"`, func(j *jsonReader, l loc) string { return j.ratio(l).String() }, "12.5"},
		{`null`, func(j *jsonReader, l loc) string { return j.ratio(l).String() }, "undefined"},
		{`"half-up"`, func(j *jsonReader, l loc) string {
			var v uint8
			j.enumText(l, roundEnum, &v)
			return Round(v).String()
		}, "half-up"},
		{`"2026-W09"`, func(j *jsonReader, l loc) string { return j.period(l).String() }, "2026-W09"},
		{`"2026-02-28"`, func(j *jsonReader, l loc) string { return j.date(l).String() }, "2026-02-28"},
		{`"usd"`, func(j *jsonReader, l loc) string { return j.currency(l).String() }, "USD"},
	}
	for _, tt := range tests {
		var got string
		err := jsonRead(tt.doc, func(j *jsonReader) { got = tt.read(j, loc{path: "v"}) })
		if err != nil || got != tt.want {
			t.Errorf("reading %s = %q, %v; want %q", tt.doc, got, err, tt.want)
		}
	}
}

func TestJSONReaderScalarErrors(t *testing.T) {
	str := func(j *jsonReader, l loc) { j.str(l) }
	num := func(j *jsonReader, l loc) { j.number(l) }
	integer := func(j *jsonReader, l loc) { j.integer(l, 5) }
	ratio := func(j *jsonReader, l loc) { j.ratio(l) }
	mode := func(j *jsonReader, l loc) {
		var v uint8
		j.enumText(l, roundEnum, &v)
	}
	tests := []struct {
		name   string
		doc    string
		read   func(j *jsonReader, l loc)
		err    error
		detail string
	}{
		{"string of a number", ` 5`, str, ErrSyntax, "want a string, got a number"},
		{"string of null", ` null`, str, ErrSyntax, "want a string, got null"},
		{"boolean of a string", ` "true"`, func(j *jsonReader, l loc) { j.boolean(l) }, ErrSyntax, "want a boolean, got a string"},
		{"integer of a string", ` "3"`, integer, ErrSyntax, "want a number, got a string"},
		{"negative integer", ` -1`, integer, ErrOutOfRange, `"-1" (want a whole number from 0 to 5)`},
		{"integer over max", ` 6`, integer, ErrOutOfRange, `"6" (want a whole number from 0 to 5)`},
		{"fractional integer", ` 2.0`, integer, ErrOutOfRange, `"2.0" (want a whole number from 0 to 5)`},
		{"integer beyond int", ` 99999999999999999999999`, integer, ErrOutOfRange, `"99999999999999999999999" (want a whole number from 0 to 5)`},
		{"decimal comma", ` "12,50"`, num, ErrSyntax, `"12,50" is not a decimal number`},
		{"empty number", ` ""`, num, ErrSyntax, `"" is not a decimal number`},
		{"spaces in a number", ` " 1"`, num, ErrSyntax, `" 1" is not a decimal number`},
		{"number of null", ` null`, num, ErrSyntax, `want a number, as a string ("12.50") or a JSON number, got null`},
		{"number of an object", ` {}`, num, ErrSyntax, `want a number, as a string ("12.50") or a JSON number, got an object`},
		{"huge exponent", ` "1e999999999"`, num, ErrTooLarge, ""},
		{"41 integer digits", ` ` + strings.Repeat("9", 41), num, ErrTooLarge, ""},
		{"31 fraction digits", ` "0.` + strings.Repeat("3", 31) + `"`, num, ErrTooLarge, ""},
		{"ratio of a number", ` 12.5`, ratio, ErrSyntax, "want a string, got a number"},
		{"ratio over zero", ` "1/0"`, ratio, ErrUndefined, `"1/0"`},
		{"bad ratio", ` "1/x"`, ratio, ErrSyntax, `"x" is not a decimal number`},
		{"enumeration of a number", ` 1`, mode, ErrSyntax, "want a string, got a number"},
		{"enumeration in capitals", ` "HALF-UP"`, mode, ErrInvalid,
			`"HALF-UP" (want "half-even", "half-up", "half-down", "up", "down", "ceiling" or "floor") (did you mean "half-up"?)`},
		{"bad period", ` "2026-13"`, func(j *jsonReader, l loc) { j.period(l) }, ErrOutOfRange, ""},
		{"bad date", ` "2026-02-29"`, func(j *jsonReader, l loc) { j.date(l) }, ErrSyntax, `"2026-02-29" (want YYYY-MM-DD)`},
		{"bad currency", ` "XYZ"`, func(j *jsonReader, l loc) { j.currency(l) }, ErrUnknownCurrency, ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			err := jsonRead(tt.doc, func(j *jsonReader) { tt.read(j, loc{path: "v", name: "n"}) })
			var fe *FieldError
			if !errors.Is(err, tt.err) || !errors.As(err, &fe) {
				t.Fatalf("reading %s: %v, want %v", tt.doc, err, tt.err)
			}
			// Every value here starts at line 1, column 2.
			if fe.Path != "v" || fe.Name != "n" || fe.Line != 1 || fe.Column != 2 {
				t.Errorf("reading %s: %q at line %d, column %d, want v (\"n\") at line 1, column 2", tt.doc, fe, fe.Line, fe.Column)
			}
			if tt.detail != "" && fe.Detail != tt.detail {
				t.Errorf("reading %s: detail %q, want %q", tt.doc, fe.Detail, tt.detail)
			}
			if n := len(errorList(err)); n != 1 {
				t.Errorf("reading %s: %d problems, want 1: %v", tt.doc, n, err)
			}
		})
	}
}

// TestJSONReaderLongText checks that a string or number literal longer
// than MaxTextLength is refused at its first byte, as text over the
// documented bounds (ErrTooLarge), while MaxTextLength bytes pass.
func TestJSONReaderLongText(t *testing.T) {
	fits := strings.Repeat("a", MaxTextLength)
	if err := jsonRead(`"`+fits+`"`, func(j *jsonReader) { j.str(loc{path: "v"}) }); err != nil {
		t.Errorf("reading a string of MaxTextLength bytes: %v", err)
	}
	for _, doc := range []string{`"` + fits + `a"`, strings.Repeat("1", MaxTextLength+1), "-" + strings.Repeat("1", MaxTextLength)} {
		err := jsonRead(doc, func(j *jsonReader) { j.number(loc{path: "v"}) })
		var fe *FieldError
		if !errors.As(err, &fe) || fe.Path != "v" || fe.Line != 1 || fe.Column != 1 {
			t.Errorf("reading %.10s... (%d bytes): %.200v, want a refusal at v, line 1, column 1", doc, len(doc), err)
			continue
		}
		if !errors.Is(err, ErrTooLarge) {
			t.Errorf("reading %.10s... (%d bytes): %v, want ErrTooLarge", doc, len(doc), err)
		}
	}
}

// TestJSONReaderStops checks that nothing is read or reported after a
// syntax error, whichever reader method meets it.
func TestJSONReaderStops(t *testing.T) {
	doc := `{"name": "a", "amount": "1",]`
	calls := 0
	err := jsonRead(doc, func(j *jsonReader) {
		j.object(loc{},
			req("name", func(l loc) { calls++; j.str(l) }),
			req("amount", func(l loc) { calls++; j.number(l) }),
			req("missing", func(l loc) { calls++; j.str(l) }),
		)
		// Reading on after a syntax error reports nothing more.
		j.str(loc{path: "after"})
		j.number(loc{path: "after"})
		j.array(loc{path: "after"}, 1, func(int, loc) { calls++ })
	})
	jsonCheckErrors(t, "reading "+doc, err, []jsonWant{{"", ErrSyntax, 1, 29}})
	if calls != 2 {
		t.Errorf("reading %s called %d field readers, want 2", doc, calls)
	}
}

func TestJSONWriterSeparators(t *testing.T) {
	w := &jsonWriter{}
	w.open('{')
	w.key("a")
	w.open('[')
	w.raw("1")
	w.str("x")
	w.open('{')
	w.close('}')
	w.open('[')
	w.close(']')
	w.raw("null")
	w.close(']')
	w.field("b", "y")
	w.key("c")
	w.open('{')
	w.field("d", "")
	w.key("e")
	w.raw("true")
	w.close('}')
	w.close('}')
	want := `{"a":[1,"x",{},[],null],"b":"y","c":{"d":"","e":true}}`
	if got := string(w.b); got != want || w.err != nil {
		t.Errorf("jsonWriter wrote %s, %v; want %s", got, w.err, want)
	}
	if !json.Valid(w.b) {
		t.Errorf("jsonWriter wrote invalid JSON %s", w.b)
	}
	// A top-level scalar has no separator.
	w = &jsonWriter{}
	w.str("only")
	if got := string(w.b); got != `"only"` {
		t.Errorf("jsonWriter wrote %s, want \"only\"", got)
	}
}

func TestJSONWriterNumbers(t *testing.T) {
	w := &jsonWriter{}
	w.open('[')
	w.num(loc{path: "a"}, dec("1200.50"))
	w.num(loc{path: "b"}, dec("-0.000"))
	w.fixed(loc{path: "c"}, dec("10.5"), 2)
	w.fixed(loc{path: "d"}, dec("7"), 0)
	w.fixed(loc{path: "e"}, dec("-3.1"), 3)
	w.ratio(ratio("1000", "3"))
	w.ratio(Ratio{})
	w.ratio(ratio("1", "8"))
	w.close(']')
	want := `["1200.5","0","10.50","7","-3.100","1000/3",null,"0.125"]`
	if got := string(w.b); got != want || w.err != nil {
		t.Errorf("jsonWriter wrote %s, %v; want %s", got, w.err, want)
	}
}

func TestJSONWriterErrors(t *testing.T) {
	tests := []struct {
		name  string
		write func(w *jsonWriter)
		path  string
		err   error
	}{
		{"huge number", func(w *jsonWriter) { w.num(loc{path: "a", name: "n"}, decimal.New(1, 2_000_000_000)) }, "a", ErrTooLarge},
		{"more places than fixed", func(w *jsonWriter) { w.fixed(loc{path: "b", name: "n"}, dec("10.005"), 2) }, "b", ErrPrecision},
		{"huge fixed", func(w *jsonWriter) { w.fixed(loc{path: "c", name: "n"}, decimal.New(-1, 50), 2) }, "c", ErrTooLarge},
		// Only the first problem is kept.
		{"first problem", func(w *jsonWriter) {
			w.fixed(loc{path: "d", name: "n"}, dec("0.1"), 0)
			w.num(loc{path: "e", name: "n"}, decimal.New(1, 99))
		}, "d", ErrPrecision},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			w := &jsonWriter{}
			w.open('[')
			tt.write(w)
			w.close(']')
			var fe *FieldError
			if !errors.Is(w.err, tt.err) || !errors.As(w.err, &fe) || fe.Path != tt.path || fe.Name != "n" {
				t.Errorf("jsonWriter error = %v, want %v at %s (\"n\")", w.err, tt.err, tt.path)
			}
			if len(w.b) > 200 {
				t.Errorf("jsonWriter wrote %d bytes for a refused value", len(w.b))
			}
		})
	}
}

// jsonShortEscapes rewrites the short escapes encoding/json writes for
// control characters (\b \f \n \r \t) as the \u00XX escapes
// appendJSONString writes; both are the same JSON string.
func jsonShortEscapes(b []byte) string {
	var out strings.Builder
	for i := 0; i < len(b); i++ {
		if b[i] != '\\' {
			out.WriteByte(b[i])
			continue
		}
		i++
		switch b[i] {
		case 'b':
			out.WriteString(`\u0008`)
		case 'f':
			out.WriteString(`\u000c`)
		case 'n':
			out.WriteString(`\u000a`)
		case 'r':
			out.WriteString(`\u000d`)
		case 't':
			out.WriteString(`\u0009`)
		default:
			out.WriteByte('\\')
			out.WriteByte(b[i])
		}
	}
	return out.String()
}

// TestAppendJSONString checks appendJSONString against encoding/json's
// escaping: the same bytes (up to the short escapes of control
// characters), so the same string once decoded, with <, >, &, U+2028 and
// U+2029 escaped and invalid UTF-8 replaced by U+FFFD.
func TestAppendJSONString(t *testing.T) {
	cases := []string{
		"", "plain", "Agent wages", `"quoted"`, `back\slash`, `\"`, "a/b", "tab\there", "new\nline", "cr\r\n",
		"\x00", "\x1f", "\x7f", "<script>&amp;</script>", "\u2028\u2029", "été", "日本語", "😀", "\uFFFD", "\uFEFF",
		"\xff", "a\xc3", "\xed\xa0\x80", "\xf4\x90\x80\x80", "\xc0\xaf", "\xe2\x80", "x\xe2\x80\xa8y",
		strings.Repeat("ab<", 100),
	}
	for b := range 256 {
		cases = append(cases, string([]byte{byte(b)}), "a"+string([]byte{byte(b)})+"z")
	}
	for _, r := range []rune{0x80, 0x7ff, 0x800, 0xfffd, 0xffff, 0x10000, 0x10ffff, 0x2027, 0x202a} {
		cases = append(cases, string(r))
	}
	rng := rand.New(rand.NewPCG(7, 11))
	alphabet := []string{"a", "\"", "\\", "<", ">", "&", "\n", "\x01", "é", "\u2028", "\xff", "\xe2", "😀", " "}
	for range 500 {
		var s strings.Builder
		for range rng.IntN(12) {
			s.WriteString(alphabet[rng.IntN(len(alphabet))])
		}
		cases = append(cases, s.String())
	}
	for _, s := range cases {
		got := appendJSONString(nil, s)
		std, err := json.Marshal(s)
		if err != nil {
			t.Fatal(err)
		}
		if want := jsonShortEscapes(std); string(got) != want {
			t.Errorf("appendJSONString(%q) = %s, encoding/json writes %s", s, got, want)
			continue
		}
		var back string
		if err := json.Unmarshal(got, &back); err != nil {
			t.Errorf("appendJSONString(%q) = %s: %v", s, got, err)
			continue
		}
		// Valid UTF-8 comes back as it was; each invalid byte as U+FFFD.
		want := s
		if !utf8.ValidString(s) {
			var b strings.Builder
			for i := 0; i < len(s); {
				r, size := utf8.DecodeRuneInString(s[i:])
				b.WriteRune(r)
				i += size
			}
			want = b.String()
		}
		if back != want {
			t.Errorf("appendJSONString(%q) decodes to %q, want %q", s, back, want)
		}
		if strings.ContainsAny(string(got[1:len(got)-1]), "<>&\u2028\u2029") {
			t.Errorf("appendJSONString(%q) = %s is not safe in HTML", s, got)
		}
	}
	// It appends.
	if got := string(appendJSONString([]byte("x:"), "y")); got != `x:"y"` {
		t.Errorf(`appendJSONString("x:", "y") = %s, want x:"y"`, got)
	}
}
