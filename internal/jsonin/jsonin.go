// Package jsonin is a strict, bounded pull parser for JSON (RFC 8259) that reports
// the line and column of every value.
//
// A Reader walks one JSON document held in memory. The caller pulls values in
// document order: scalars with Null, Bool, Number and String, containers with
// Object and Array (which call back once per member or element), and anything
// unwanted with Skip. End checks that nothing but whitespace follows the
// top-level value.
//
// The parser is stricter than encoding/json:
//
//   - strings must be valid UTF-8, and \u escapes must not leave a surrogate
//     unpaired;
//   - a UTF-8 byte order mark at the start of the input is refused;
//   - strings, object keys and number literals longer than the Limits are
//     refused as soon as the limit is passed, without buffering them first,
//     and so is nesting deeper than the limit.
//
// Positions are 1-based lines and columns. Lines are separated by LF (so CRLF
// counts once); columns count bytes from the start of the line. Since JSON
// allows raw line feeds only in whitespace, the Reader keeps its line count up
// to date while skipping whitespace and never rescans the input.
//
// Errors in the JSON text are reported as *SyntaxError, values of the wrong
// kind as *TypeError. After a syntax error, or after an Object or Array
// callback returned an error, the Reader is poisoned: every further call
// returns that same error.
package jsonin

import (
	"errors"
	"fmt"
	"io"
)

// Kind is the kind of a JSON value, as told by its first byte.
type Kind uint8

// The kinds of JSON values.
const (
	Invalid Kind = iota // end of input or a syntax error ahead
	Null                // the literal null
	Bool                // the literals true and false
	Number              // a number literal
	String              // a string
	Object              // an object: {...}
	Array               // an array: [...]
)

var kindNames = [...]string{"invalid", "null", "boolean", "number", "string", "object", "array"}

// String returns the name of the kind as used in messages: "null", "boolean",
// "number", "string", "object", "array" or "invalid".
func (k Kind) String() string {
	if int(k) < len(kindNames) {
		return kindNames[k]
	}
	return "invalid"
}

// withArticle returns the kind's name preceded by "a" or "an", for messages.
func (k Kind) withArticle() string {
	switch k {
	case Null, Invalid:
		return k.String()
	case Object, Array:
		return "an " + k.String()
	}
	return "a " + k.String()
}

// Default limits, used for zero (or negative) fields of Limits.
const (
	defaultMaxString = 1024
	defaultMaxNumber = 1024
	defaultMaxDepth  = 64
)

// Limits bound what a Reader accepts. Zero fields take the defaults shown;
// negative fields are treated like zero. A string, key or number over its
// limit is reported at its first byte; nesting too deep at the bracket that
// opens one level too many.
type Limits struct {
	MaxString int // longest string value or object key, in bytes after unescaping (default 1024)
	MaxNumber int // longest number literal, in bytes (default 1024)
	MaxDepth  int // deepest nesting of objects and arrays (default 64)
}

// withDefaults returns l with its unset fields replaced by the defaults.
func (l Limits) withDefaults() Limits {
	if l.MaxString <= 0 {
		l.MaxString = defaultMaxString
	}
	if l.MaxNumber <= 0 {
		l.MaxNumber = defaultMaxNumber
	}
	if l.MaxDepth <= 0 {
		l.MaxDepth = defaultMaxDepth
	}
	return l
}

// SyntaxError is a problem with the JSON text itself, at a position.
type SyntaxError struct {
	Offset       int    // byte offset in the input where the problem is
	Line, Column int    // 1-based; Column counts bytes from the start of the line, 1-based
	Msg          string // what is wrong, e.g. "invalid character '}' after object key"
	// Limit is set when the problem is one of the Limits (a string, key
	// or number too long, nesting too deep) rather than bad JSON.
	Limit bool
}

// Error returns the message prefixed with the position, as in
// "line 3, column 17: unexpected end of input".
func (e *SyntaxError) Error() string {
	return fmt.Sprintf("line %d, column %d: %s", e.Line, e.Column, e.Msg)
}

// TypeError reports a value of the wrong kind: Want is what the caller asked
// for, Got what is there. The value is not consumed.
type TypeError struct {
	Want, Got    Kind
	Offset       int // byte offset of the value
	Line, Column int // 1-based position of the value
}

// Error returns a message such as "line 3, column 17: want a string, got a number".
func (e *TypeError) Error() string {
	return fmt.Sprintf("line %d, column %d: want %s, got %s",
		e.Line, e.Column, e.Want.withArticle(), e.Got.withArticle())
}

// Errors for calls that do not follow the Reader's protocol. They do not
// poison the Reader (except errNotConsumed, returned from Object or Array,
// which leaves the Reader mid-container).
var (
	errConsumed    = errors.New("jsonin: no value to read: the current member or element was already consumed")
	errEndInside   = errors.New("jsonin: End called inside an object or array")
	errEndUnread   = errors.New("jsonin: End called before the top-level value was read")
	errNotConsumed = errors.New("jsonin: callback returned without consuming the value")
)

// Reader is a pull parser over one JSON document. It is not safe for
// concurrent use. The zero Reader is not usable; call NewReader.
//
// A Reader expects exactly one value at a time: the top-level value first,
// then, inside Object and Array callbacks, the member or element being
// visited. Reading when no value is expected returns an error without
// consuming anything: io.EOF once the top-level value has been read and only
// whitespace remains (a *SyntaxError if anything else remains), or a plain
// error inside a callback that already consumed its value.
type Reader struct {
	data []byte
	lim  Limits
	pos  int // offset of the next byte to scan

	// Position bookkeeping: line is the 1-based number of the line that
	// starts at offset lineStart. Both advance only in skipWS.
	line      int
	lineStart int

	depth   int   // containers currently open
	pending bool  // a value is expected at pos and has not been read yet
	err     error // sticky error once poisoned

	keyLine, keyCol int // position of the key of the member being visited

	buf      []byte   // scratch for unescaping strings; at most MaxString+4 bytes
	stack    []byte   // open containers ('{' or '[') during Skip
	stackBuf [64]byte // initial backing array for stack
}

// NewReader returns a Reader over data with the given limits. The Reader
// does not copy data, which must not change while the Reader is in use.
func NewReader(data []byte, lim Limits) *Reader {
	r := &Reader{data: data, lim: lim.withDefaults(), line: 1, pending: true}
	r.stack = r.stackBuf[:0]
	if len(data) >= 3 && data[0] == 0xEF && data[1] == 0xBB && data[2] == 0xBF {
		r.fail(0, "UTF-8 byte order mark (BOM) at start of input is not allowed")
	}
	return r
}

// Peek returns the kind of the next value without consuming it (after
// skipping whitespace), or Invalid with the syntax error at that point when no
// value can start there. Once the top-level value has been read, Peek returns
// Invalid with io.EOF if only whitespace remains.
func (r *Reader) Peek() (Kind, error) {
	return r.next()
}

// Pos returns the 1-based line and column of the next value (after
// whitespace), or of the current position when at end of input.
func (r *Reader) Pos() (line, col int) {
	r.skipWS()
	return r.line, r.pos - r.lineStart + 1
}

// Offset returns the byte offset of the next value (after whitespace).
func (r *Reader) Offset() int {
	r.skipWS()
	return r.pos
}

// KeyPos returns the line and column of the key of the member being visited
// by the innermost Object call, for messages. It returns 0, 0 outside of any
// Object callback.
func (r *Reader) KeyPos() (line, col int) {
	return r.keyLine, r.keyCol
}

// Null consumes a null if the next value is null and reports whether it did.
// Any other value is left in place.
func (r *Reader) Null() (bool, error) {
	k, err := r.next()
	if err != nil || k != Null {
		return false, err
	}
	if err := r.literal("null"); err != nil {
		return false, err
	}
	r.pending = false
	return true, nil
}

// Bool reads a boolean. It fails with a *TypeError, consuming nothing, when
// the next value is of another kind, or with a *SyntaxError.
func (r *Reader) Bool() (bool, error) {
	if err := r.want(Bool); err != nil {
		return false, err
	}
	v := r.data[r.pos] == 't'
	if err := r.literal(literalFor(r.data[r.pos])); err != nil {
		return false, err
	}
	r.pending = false
	return v, nil
}

// String reads a string and returns it unescaped. The string must be valid
// UTF-8 and its escapes must not leave a surrogate unpaired. It fails with a
// *TypeError, consuming nothing, when the next value is of another kind, or
// with a *SyntaxError.
func (r *Reader) String() (string, error) {
	if err := r.want(String); err != nil {
		return "", err
	}
	s, err := r.scanString(true)
	if err != nil {
		return "", err
	}
	r.pending = false
	return s, nil
}

// Number reads a number and returns its literal text exactly as written; it
// never converts to float64. It fails with a *TypeError, consuming nothing,
// when the next value is of another kind, or with a *SyntaxError.
func (r *Reader) Number() (string, error) {
	if err := r.want(Number); err != nil {
		return "", err
	}
	end, err := r.scanNumber()
	if err != nil {
		return "", err
	}
	s := string(r.data[r.pos:end])
	r.pos = end
	r.pending = false
	return s, nil
}

// Object reads an object, calling fn for each member with its key (unescaped,
// bounded like strings) after positioning the reader at the member's value.
// fn must consume exactly one value (by reading it or calling Skip) or return
// an error, which stops the iteration, poisons the Reader and is returned as
// is. Duplicate keys are not detected here. Object fails with a *TypeError,
// consuming nothing, when the next value is not an object; errors inside the
// members propagate out.
func (r *Reader) Object(fn func(key string) error) error {
	if err := r.want(Object); err != nil {
		return err
	}
	if err := r.open(); err != nil {
		return err
	}
	outerLine, outerCol := r.keyLine, r.keyCol
	r.skipWS()
	if r.pos < len(r.data) && r.data[r.pos] == '}' {
		r.pos++
	} else if err := r.members(fn); err != nil {
		return err
	}
	r.keyLine, r.keyCol = outerLine, outerCol
	r.depth--
	return nil
}

// members runs the loop of Object over a non-empty object, up to and
// including its closing brace.
func (r *Reader) members(fn func(key string) error) error {
	for {
		key, err := r.objectKey(true)
		if err != nil {
			return err
		}
		r.pending = true
		if err := fn(key); err != nil {
			return r.abandon(err)
		}
		if r.pending {
			return r.abandon(fmt.Errorf("%w (key %q)", errNotConsumed, key))
		}
		more, err := r.afterMember('{')
		if err != nil || !more {
			return err
		}
	}
}

// Array reads an array, calling fn(i) for element i after positioning the
// reader at the element. fn must consume exactly one value (by reading it or
// calling Skip) or return an error, which stops the iteration, poisons the
// Reader and is returned as is. Array fails with a *TypeError, consuming
// nothing, when the next value is not an array; errors inside the elements
// propagate out.
func (r *Reader) Array(fn func(i int) error) error {
	if err := r.want(Array); err != nil {
		return err
	}
	if err := r.open(); err != nil {
		return err
	}
	r.skipWS()
	if r.pos < len(r.data) && r.data[r.pos] == ']' {
		r.pos++
		r.depth--
		return nil
	}
	for i := 0; ; i++ {
		r.pending = true
		r.skipWS()
		if err := fn(i); err != nil {
			return r.abandon(err)
		}
		if r.pending {
			return r.abandon(fmt.Errorf("%w (element %d)", errNotConsumed, i))
		}
		more, err := r.afterMember('[')
		if err != nil {
			return err
		}
		if !more {
			r.depth--
			return nil
		}
	}
}

// Skip consumes the next value whatever its kind, still checking its syntax
// and the limits. It allocates nothing for nesting up to 64 levels.
func (r *Reader) Skip() error {
	if _, err := r.next(); err != nil {
		return err
	}
	// Skipping walks object keys, which would move KeyPos: keep the caller's.
	keyLine, keyCol := r.keyLine, r.keyCol
	err := r.skipValue()
	r.keyLine, r.keyCol = keyLine, keyCol
	return err
}

// skipValue is Skip without its checks: it consumes the value at r.pos
// iteratively, keeping the open containers on r.stack.
func (r *Reader) skipValue() error {
	r.stack = r.stack[:0]
	for {
		more, err := r.skipToken()
		if err != nil {
			return err
		}
		if !more {
			more, err = r.skipClose()
			if err != nil {
				return err
			}
			if !more {
				r.pending = false
				return nil
			}
		}
	}
}

// End reports a *SyntaxError unless only whitespace remains after the
// top-level value. It must be called after that value has been read.
func (r *Reader) End() error {
	if r.err != nil {
		return r.err
	}
	if r.depth > 0 {
		return errEndInside
	}
	r.skipWS()
	switch {
	case r.pending && r.pos < len(r.data):
		return errEndUnread
	case r.pending:
		return r.eof()
	case r.pos < len(r.data):
		return r.fail(r.pos, "data after the top-level value")
	}
	return nil
}

// next checks that a value may be read now, skips whitespace and returns the
// kind of the value that starts at r.pos, or the error that prevents reading.
func (r *Reader) next() (Kind, error) {
	if r.err != nil {
		return Invalid, r.err
	}
	if !r.pending {
		return Invalid, r.noValue()
	}
	r.skipWS()
	if r.pos >= len(r.data) {
		return Invalid, r.eof()
	}
	k := kindOf[r.data[r.pos]]
	if k == Invalid {
		return Invalid, r.fail(r.pos, "invalid "+r.describe(r.pos)+" looking for beginning of value")
	}
	return k, nil
}

// noValue explains why no value may be read now that the current one was
// consumed: at the top level either trailing data (a syntax error) or io.EOF.
func (r *Reader) noValue() error {
	if r.depth > 0 {
		return errConsumed
	}
	r.skipWS()
	if r.pos < len(r.data) {
		return r.fail(r.pos, "data after the top-level value")
	}
	return io.EOF
}

// want is next for a caller that wants a value of kind w: a value of any other
// kind yields a *TypeError.
func (r *Reader) want(w Kind) error {
	k, err := r.next()
	if err != nil {
		return err
	}
	if k != w {
		line, col := r.line, r.pos-r.lineStart+1
		return &TypeError{Want: w, Got: k, Offset: r.pos, Line: line, Column: col}
	}
	return nil
}

// open consumes the bracket at r.pos, entering one more level of nesting.
func (r *Reader) open() error {
	if r.depth >= r.lim.MaxDepth {
		return r.failLimit(r.pos, fmt.Sprintf("nesting deeper than %d", r.lim.MaxDepth))
	}
	r.depth++
	r.pos++
	r.pending = false
	return nil
}

// abandon poisons the Reader with err, returned from a callback, unless it is
// already poisoned, and returns the error that poisons it.
func (r *Reader) abandon(err error) error {
	if r.err == nil {
		r.err = err
	}
	return err
}
