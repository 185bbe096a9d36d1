package jsonin

import (
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"math/rand/v2"
	"reflect"
	"strings"
	"unicode/utf8"
)

// decode reads one value with the typed API, dispatching on Peek, into the
// shapes encoding/json produces with UseNumber: nil, bool, json.Number,
// string, map[string]any (later duplicates win) and []any.
func decode(r *Reader) (any, error) {
	k, err := r.Peek()
	if err != nil {
		return nil, err
	}
	switch k {
	case Null:
		_, err := r.Null()
		return nil, err
	case Bool:
		return unwrap(r.Bool())
	case Number:
		s, err := r.Number()
		return json.Number(s), err
	case String:
		return unwrap(r.String())
	case Object:
		m := map[string]any{}
		err := r.Object(func(key string) error {
			v, err := decode(r)
			m[key] = v
			return err
		})
		return m, err
	case Array:
		a := []any{}
		err := r.Array(func(int) error {
			v, err := decode(r)
			a = append(a, v)
			return err
		})
		return a, err
	}
	return nil, fmt.Errorf("Peek returned %v without an error", k)
}

// unwrap turns a (T, error) pair into (any, error).
func unwrap[T any](v T, err error) (any, error) { return v, err }

// decodeAll decodes a whole document with the typed API and checks the end.
func decodeAll(doc []byte, lim Limits) (any, error) {
	r := NewReader(doc, lim)
	v, err := decode(r)
	if err != nil {
		return nil, err
	}
	return v, r.End()
}

// skipAll skips a whole document and checks the end.
func skipAll(doc []byte, lim Limits) error {
	r := NewReader(doc, lim)
	if err := r.Skip(); err != nil {
		return err
	}
	return r.End()
}

// stdDecode decodes a document with encoding/json, keeping number literals.
func stdDecode(doc []byte) (any, error) {
	dec := json.NewDecoder(bytes.NewReader(doc))
	dec.UseNumber()
	var v any
	if err := dec.Decode(&v); err != nil {
		return nil, err
	}
	return v, nil
}

// sameError reports whether two errors from reading the same document agree:
// both nil, or syntax errors with the same offset and message.
func sameError(a, b error) bool {
	if a == nil || b == nil {
		return a == b
	}
	var sa, sb *SyntaxError
	if !errors.As(a, &sa) || !errors.As(b, &sb) {
		return a.Error() == b.Error()
	}
	return *sa == *sb
}

// stricter reports whether err rejects, for one of the documented reasons
// encoding/json does not share, a document json.Valid accepts: a BOM, invalid
// UTF-8 in a string, an unpaired surrogate escape, or a limit.
func stricter(doc []byte, err error) bool {
	var se *SyntaxError
	if !errors.As(err, &se) {
		return false
	}
	switch {
	case strings.Contains(se.Msg, "byte order mark"):
		return bytes.HasPrefix(doc, []byte("\xEF\xBB\xBF"))
	case se.Msg == "invalid UTF-8 in string":
		c, size := utf8.DecodeRune(doc[se.Offset:])
		return c == utf8.RuneError && size <= 1
	case strings.HasPrefix(se.Msg, "unpaired surrogate escape"):
		return isSurrogateEscape(doc[se.Offset:])
	case strings.Contains(se.Msg, "longer than"), strings.HasPrefix(se.Msg, "nesting deeper"):
		return true
	}
	return false
}

// isSurrogateEscape reports whether b starts with a \uXXXX escape of a
// surrogate code point.
func isSurrogateEscape(b []byte) bool {
	if len(b) < 6 || b[0] != '\\' || b[1] != 'u' {
		return false
	}
	var v rune
	if _, err := fmt.Sscanf(string(b[2:6]), "%04x", &v); err != nil {
		return false
	}
	return 0xD800 <= v && v <= 0xDFFF
}

// checkAgainstStd compares the Reader with encoding/json on one document and
// returns a description of the first disagreement, or "".
func checkAgainstStd(doc []byte) string {
	valid := json.Valid(doc)
	skipErr := skipAll(doc, Limits{})
	got, decErr := decodeAll(doc, Limits{})
	switch {
	case !sameError(skipErr, decErr):
		return fmt.Sprintf("Skip says %v, typed decoding says %v", skipErr, decErr)
	case !valid && skipErr == nil:
		return "accepted a document json.Valid rejects"
	case valid && skipErr != nil && !stricter(doc, skipErr):
		return fmt.Sprintf("rejected a valid document: %v", skipErr)
	case skipErr != nil:
		return ""
	}
	want, err := stdDecode(doc)
	if err != nil {
		return fmt.Sprintf("encoding/json failed on an accepted document: %v", err)
	}
	if !reflect.DeepEqual(got, want) {
		return fmt.Sprintf("decoded %#v, encoding/json decoded %#v", got, want)
	}
	return ""
}

// gen builds random JSON documents, valid by construction.
type gen struct {
	rng *rand.Rand
	buf []byte
}

// newGen returns a generator with a fixed seed.
func newGen(seed uint64) *gen {
	return &gen{rng: rand.New(rand.NewPCG(seed, seed^0x9E3779B97F4A7C15))}
}

// doc returns a new random document nested at most depth levels.
func (g *gen) doc(depth int) []byte {
	g.buf = g.buf[:0]
	g.ws()
	g.value(depth)
	g.ws()
	return append([]byte(nil), g.buf...)
}

// ws appends random whitespace, usually none.
func (g *gen) ws() {
	for g.rng.IntN(4) == 0 {
		g.buf = append(g.buf, " \t\r\n"[g.rng.IntN(4)])
	}
}

// value appends a random value.
func (g *gen) value(depth int) {
	n := 7
	if depth <= 0 {
		n = 5
	}
	switch g.rng.IntN(n) {
	case 0:
		g.buf = append(g.buf, []string{"null", "true", "false"}[g.rng.IntN(3)]...)
	case 1, 2:
		g.number()
	case 3, 4:
		g.str()
	case 5:
		g.container('{', '}', depth)
	default:
		g.container('[', ']', depth)
	}
}

// container appends an object or array with random members.
func (g *gen) container(open, close byte, depth int) {
	g.buf = append(g.buf, open)
	g.ws()
	for i := range g.rng.IntN(5) {
		if i > 0 {
			g.buf = append(g.buf, ',')
			g.ws()
		}
		if open == '{' {
			g.str()
			g.ws()
			g.buf = append(g.buf, ':')
			g.ws()
		}
		g.value(depth - 1)
		g.ws()
	}
	g.buf = append(g.buf, close)
}

// number appends a random number literal following the RFC 8259 grammar.
func (g *gen) number() {
	if g.rng.IntN(3) == 0 {
		g.buf = append(g.buf, '-')
	}
	if g.rng.IntN(4) == 0 {
		g.buf = append(g.buf, '0')
	} else {
		g.buf = append(g.buf, byte('1'+g.rng.IntN(9)))
		g.digits(g.rng.IntN(12))
	}
	if g.rng.IntN(3) == 0 {
		g.buf = append(g.buf, '.')
		g.digits(1 + g.rng.IntN(8))
	}
	if g.rng.IntN(4) == 0 {
		g.buf = append(g.buf, "eE"[g.rng.IntN(2)])
		if k := g.rng.IntN(3); k > 0 {
			g.buf = append(g.buf, "+-"[k-1])
		}
		g.digits(1 + g.rng.IntN(3))
	}
}

// digits appends n random decimal digits.
func (g *gen) digits(n int) {
	for range n {
		g.buf = append(g.buf, byte('0'+g.rng.IntN(10)))
	}
}

// strPieces are the building blocks of generated strings: plain text,
// multi-byte UTF-8, every escape, and \u escapes including surrogate pairs.
var strPieces = []string{
	"a", "cost", " ", "é", "€", "😀", "\u2028", "\x7f",
	`\"`, `\\`, `\/`, `\b`, `\f`, `\n`, `\r`, `\t`,
	`\u0000`, `\u001F`, `\u00e9`, `\u20AC`, `\uFFFF`, `\ud83d\ude00`, `\uDBFF\uDFFF`,
}

// str appends a random string literal.
func (g *gen) str() {
	g.buf = append(g.buf, '"')
	for range g.rng.IntN(6) {
		g.buf = append(g.buf, strPieces[g.rng.IntN(len(strPieces))]...)
	}
	g.buf = append(g.buf, '"')
}

// mutate returns a copy of doc with a few random edits, which usually (not
// always) make it invalid.
func (g *gen) mutate(doc []byte) []byte {
	const alphabet = "{}[]:,\"\\ \n0123456789-+.eEtrufalsn\x00\x1f\x80\xbf\xc3\xed\xef\xff"
	out := append([]byte(nil), doc...)
	for range 1 + g.rng.IntN(3) {
		c := alphabet[g.rng.IntN(len(alphabet))]
		i := g.rng.IntN(len(out) + 1)
		switch g.rng.IntN(4) {
		case 0: // insert
			out = append(out[:i], append([]byte{c}, out[i:]...)...)
		case 1: // replace
			if i < len(out) {
				out[i] = c
			}
		case 2: // delete
			if i < len(out) {
				out = append(out[:i], out[i+1:]...)
			}
		default: // truncate
			out = out[:i]
		}
	}
	return out
}
