package contactcost

import (
	"errors"
	"strconv"
	"unicode/utf8"

	"github.com/contactcost/contactcost/internal/jsonin"
	"github.com/shopspring/decimal"
)

// This file holds the package's JSON machinery: a strict reader that
// locates every problem by line, column and path, and a writer that
// locates what it cannot write. The forms themselves are in
// json_model.go (Model, and the volumes of a series) and json_report.go
// (Report and Series). Neither ever goes through shopspring/decimal's own
// JSON methods, so the package does not depend on that library's
// package-level settings.

// jsonReader reads one JSON document strictly: keys are matched exactly
// (case included), a key may appear once, required keys must be there,
// every string and number is bounded while it is read. It collects every
// problem it can; a syntax error stops it.
type jsonReader struct {
	r     *jsonin.Reader
	errs  errList
	stop  error // the syntax error that stopped the reading
	parts int   // parts read so far, against MaxParts
}

func newJSONReader(data []byte) *jsonReader {
	return &jsonReader{r: jsonin.NewReader(data, jsonin.Limits{MaxString: MaxTextLength, MaxNumber: MaxTextLength})}
}

// done checks the end of the document and returns every problem found.
func (j *jsonReader) done() error {
	if j.stop == nil {
		if err := j.r.End(); err != nil {
			j.fail(loc{}, err)
		}
	}
	return j.errs.join()
}

// problem records a problem at l, at line and column of the input.
func (j *jsonReader) problem(l loc, line, col int, sentinel error, detail string) {
	j.errs.add(&FieldError{Path: l.path, Name: l.name, Line: line, Column: col, Err: sentinel, Detail: detail})
}

// place records err, a *FieldError of a value read at line and column,
// with that position.
func (j *jsonReader) place(err error, line, col int) {
	var fe *FieldError
	if errors.As(err, &fe) && fe.Line == 0 {
		c := *fe
		c.Line, c.Column = line, col
		err = &c
	}
	j.errs.add(err)
}

// fail handles an error of the JSON reader at l: a value of the wrong
// kind is recorded and skipped; a syntax error stops the reading.
func (j *jsonReader) fail(l loc, err error) {
	var te *jsonin.TypeError
	var se *jsonin.SyntaxError
	switch {
	case j.stop != nil:
	case errors.As(err, &te):
		j.problem(l, te.Line, te.Column, ErrSyntax, "want "+article(te.Want)+", got "+article(te.Got))
		j.skip(l)
	case errors.As(err, &se):
		j.stop = err
		sentinel := ErrSyntax
		if se.Limit {
			sentinel = ErrTooLarge
		}
		j.problem(l, se.Line, se.Column, sentinel, se.Msg)
	default:
		j.stop = err
		j.errs.add(l.err("", ErrSyntax, err.Error()))
	}
}

// article names a JSON kind with its article.
func article(k jsonin.Kind) string {
	switch k {
	case jsonin.Object, jsonin.Array:
		return "an " + k.String()
	case jsonin.Null, jsonin.Invalid:
		return k.String()
	}
	return "a " + k.String()
}

// skip skips the next value.
func (j *jsonReader) skip(l loc) {
	if err := j.r.Skip(); err != nil {
		j.fail(l, err)
	}
}

// jsonField is a field an object may have: its key, whether it must be
// there, and how to read its value.
type jsonField struct {
	key      string
	required bool
	read     func(l loc)
}

func req(key string, read func(l loc)) jsonField {
	return jsonField{key: key, required: true, read: read}
}
func opt(key string, read func(l loc)) jsonField { return jsonField{key: key, read: read} }

// object reads an object at l with the given fields. An unknown key is an
// unknown field (with a hint when it is near a known one), a key given
// twice a duplicate, and a required key that is missing is not set.
func (j *jsonReader) object(l loc, fields ...jsonField) {
	line, col := j.r.Pos()
	seen := make([]bool, len(fields))
	err := j.r.Object(func(key string) error {
		at := l.at(key)
		k := fieldIndex(fields, key)
		switch {
		case k < 0:
			kl, kc := j.r.KeyPos()
			j.problem(at, kl, kc, ErrUnknownField, quote(key)+didYouMean(key, fieldKeys(fields)))
			j.skip(at)
		case seen[k]:
			kl, kc := j.r.KeyPos()
			j.problem(at, kl, kc, ErrDuplicate, "the key "+quote(key)+" appears twice")
			j.skip(at)
		default:
			seen[k] = true
			fields[k].read(at)
		}
		return j.stop
	})
	if err != nil {
		j.fail(l, err)
		return
	}
	for k, f := range fields {
		if f.required && !seen[k] {
			j.problem(l.at(f.key), line, col, ErrNotSet, "the object has no "+quote(f.key))
		}
	}
}

func fieldIndex(fields []jsonField, key string) int {
	for k, f := range fields {
		if f.key == key {
			return k
		}
	}
	return -1
}

func fieldKeys(fields []jsonField) []string {
	out := make([]string, len(fields))
	for k, f := range fields {
		out[k] = f.key
	}
	return out
}

// array reads an array at l of at most max elements, calling read for each
// element; more than max is ErrTooLarge and stops the reading.
func (j *jsonReader) array(l loc, max int, read func(i int, at loc)) {
	err := j.r.Array(func(i int) error {
		if i == max {
			line, col := j.r.Pos()
			j.problem(l, line, col, ErrTooLarge, "more than "+strconv.Itoa(max)+" elements")
			j.stop = errTooManyElements
			return j.stop
		}
		read(i, l.index(i))
		return j.stop
	})
	if err != nil {
		j.fail(l, err)
	}
}

var errTooManyElements = errors.New("too many elements")

// str reads a string.
func (j *jsonReader) str(l loc) string {
	s, err := j.r.String()
	if err != nil {
		j.fail(l, err)
	}
	return s
}

// boolean reads a boolean.
func (j *jsonReader) boolean(l loc) bool {
	b, err := j.r.Bool()
	if err != nil {
		j.fail(l, err)
	}
	return b
}

// integer reads a whole number from 0 to max.
func (j *jsonReader) integer(l loc, max int) int {
	line, col := j.r.Pos()
	text, err := j.r.Number()
	if err != nil {
		j.fail(l, err)
		return 0
	}
	v, err := strconv.Atoi(text)
	if err != nil || v < 0 || v > max {
		j.problem(l, line, col, ErrOutOfRange, quote(text)+" (want a whole number from 0 to "+strconv.Itoa(max)+")")
		return 0
	}
	return v
}

// number reads a decimal written as a string ("12.50") or as a JSON
// number, from its text (never through a float).
func (j *jsonReader) number(l loc) decimal.Decimal {
	line, col := j.r.Pos()
	kind, _ := j.r.Peek()
	var text string
	var err error
	if kind == jsonin.Number {
		text, err = j.r.Number()
	} else {
		text, err = j.r.String()
	}
	var te *jsonin.TypeError
	if errors.As(err, &te) {
		j.problem(l, line, col, ErrSyntax, "want a number, as a string (\"12.50\") or a JSON number, got "+article(te.Got))
		j.skip(l)
		return decimal.Decimal{}
	}
	if err != nil {
		j.fail(l, err)
		return decimal.Decimal{}
	}
	n, err := parseNum(l, "", text)
	if err != nil {
		j.place(err, line, col)
		return decimal.Decimal{}
	}
	return n.Decimal()
}

// text reads a string and hands it to parse, which reports its own
// problems at l.
func (j *jsonReader) text(l loc, parse func(s string) error) {
	line, col := j.r.Pos()
	s, err := j.r.String()
	if err != nil {
		j.fail(l, err)
		return
	}
	if err := parse(s); err != nil {
		j.place(err, line, col)
	}
}

// enumText reads an enumeration by name into v.
func (j *jsonReader) enumText(l loc, e enum, v *uint8) {
	j.text(l, func(s string) error {
		i, err := e.parse(l, s)
		*v = uint8(i)
		return err
	})
}

// label reads a channel or category label (checked with the model).
func (j *jsonReader) label(l loc) string { return j.str(l) }

// period reads a period.
func (j *jsonReader) period(l loc) (p Period) {
	j.text(l, func(s string) (err error) {
		p, err = parsePeriodAt(l, "", s)
		return err
	})
	return p
}

// date reads a date.
func (j *jsonReader) date(l loc) (d Date) {
	j.text(l, func(s string) error {
		v, err := ParseDate(s)
		if err != nil {
			return l.err("", ErrSyntax, quote(s)+" (want YYYY-MM-DD)")
		}
		d = v
		return nil
	})
	return d
}

// currency reads a currency code.
func (j *jsonReader) currency(l loc) (c Currency) {
	j.text(l, func(s string) (err error) {
		c, err = parseCurrency(l, "", s)
		return err
	})
	return c
}

// ratio reads an exact ratio, or null for an undefined one.
func (j *jsonReader) ratio(l loc) (x Ratio) {
	if null, err := j.r.Null(); err != nil || null {
		if err != nil {
			j.fail(l, err)
		}
		return Ratio{}
	}
	j.text(l, func(s string) (err error) {
		x, err = parseRatio(l, "", s)
		return err
	})
	return x
}

// jsonWriter writes one JSON document, recording the first value it cannot
// write with its location.
type jsonWriter struct {
	b        []byte
	first    []bool // per open container: nothing written in it yet
	afterKey bool   // a key was written: its value comes without a comma
	err      error
}

// sep writes the comma before an element, unless it is the first of its
// container or the value of a key.
func (w *jsonWriter) sep() {
	if w.afterKey {
		w.afterKey = false
		return
	}
	if n := len(w.first); n > 0 {
		if !w.first[n-1] {
			w.b = append(w.b, ',')
		}
		w.first[n-1] = false
	}
}

func (w *jsonWriter) open(c byte) {
	w.sep()
	w.b = append(w.b, c)
	w.first = append(w.first, true)
}

func (w *jsonWriter) close(c byte) {
	w.b = append(w.b, c)
	w.first = w.first[:len(w.first)-1]
}

// key writes an object key; its value follows.
func (w *jsonWriter) key(k string) {
	w.sep()
	w.b = appendJSONString(w.b, k)
	w.b = append(w.b, ':')
	w.afterKey = true
}

// raw writes a literal (null, true, a number).
func (w *jsonWriter) raw(s string) {
	w.sep()
	w.b = append(w.b, s...)
}

// str writes a string.
func (w *jsonWriter) str(s string) {
	w.sep()
	w.b = appendJSONString(w.b, s)
}

// field writes key and a string value.
func (w *jsonWriter) field(k, v string) {
	w.key(k)
	w.str(v)
}

// fail records the first problem.
func (w *jsonWriter) fail(err error) {
	if w.err == nil {
		w.err = err
	}
}

// num writes a decimal within the bounds as a string.
func (w *jsonWriter) num(l loc, d decimal.Decimal) {
	n, err := checkNum(l, "", d, true)
	if err != nil {
		w.fail(err)
	}
	w.str(n.String())
}

// fixed writes a decimal with exactly places decimal places, refusing one
// that has more (it would have to be rounded, and would then not be the
// value the report holds).
func (w *jsonWriter) fixed(l loc, d decimal.Decimal, places int32) {
	n, err := checkNum(l, "", d, true)
	if err == nil {
		if _, ok := n.Scaled(places); !ok {
			err = l.err("", ErrPrecision, n.String()+" has more than "+strconv.Itoa(int(places))+" decimal places")
		}
	}
	if err != nil {
		w.fail(err)
	}
	w.str(n.Decimal().StringFixed(places))
}

// ratio writes an exact ratio, or null for an undefined one.
func (w *jsonWriter) ratio(x Ratio) {
	if !x.IsDefined() {
		w.raw("null")
		return
	}
	w.str(x.String())
}

// appendJSONString appends s as a JSON string, escaping what JSON needs
// (and <, >, & as encoding/json does, so the output is safe in HTML).
func appendJSONString(b []byte, s string) []byte {
	const hex = "0123456789abcdef"
	b = append(b, '"')
	for i := 0; i < len(s); {
		c := s[i]
		if c < utf8.RuneSelf {
			switch {
			case c == '"' || c == '\\':
				b = append(b, '\\', c)
			case c < 0x20 || c == '<' || c == '>' || c == '&':
				b = append(b, '\\', 'u', '0', '0', hex[c>>4], hex[c&0xf])
			default:
				b = append(b, c)
			}
			i++
			continue
		}
		r, size := utf8.DecodeRuneInString(s[i:])
		switch {
		case r == utf8.RuneError && size == 1:
			b = append(b, `\ufffd`...)
		case r == '\u2028' || r == '\u2029':
			b = append(b, '\\', 'u', '2', '0', '2', hex[r&0xf])
		default:
			b = append(b, s[i:i+size]...)
		}
		i += size
	}
	return append(b, '"')
}
