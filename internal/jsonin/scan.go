package jsonin

import (
	"bytes"
	"fmt"
	"strconv"
	"unicode/utf8"
)

// This file holds the lexical layer of the Reader: whitespace, literals,
// strings, numbers, the punctuation between members, and error positions.

// kindOf maps the first byte of a value to its kind; Invalid when no value can
// start with that byte.
var kindOf = func() (t [256]Kind) {
	t['n'] = Null
	t['t'], t['f'] = Bool, Bool
	t['-'] = Number
	for c := '0'; c <= '9'; c++ {
		t[c] = Number
	}
	t['"'] = String
	t['{'] = Object
	t['['] = Array
	return t
}()

// plain marks the bytes that may appear in a string as they are and need no
// further check: printable ASCII other than the quote and the backslash.
var plain = func() (t [256]bool) {
	for c := 0x20; c < 0x80; c++ {
		t[c] = c != '"' && c != '\\'
	}
	return t
}()

// skipWS advances r.pos past whitespace (space, tab, LF, CR), counting lines.
func (r *Reader) skipWS() {
	d, i := r.data, r.pos
	for ; i < len(d); i++ {
		switch d[i] {
		case ' ', '\t', '\r':
		case '\n':
			r.line++
			r.lineStart = i + 1
		default:
			r.pos = i
			return
		}
	}
	r.pos = i
}

// posAt returns the line and column of offset off. Errors are found at or
// after the last whitespace skipped, so this usually counts nothing.
func (r *Reader) posAt(off int) (line, col int) {
	line, start := r.line, r.lineStart
	if off < start { // not expected; recount from the beginning
		line, start = 1, 0
	}
	seg := r.data[start:off]
	if n := bytes.Count(seg, []byte{'\n'}); n > 0 {
		line += n
		start += bytes.LastIndexByte(seg, '\n') + 1
	}
	return line, off - start + 1
}

// fail poisons the Reader with a *SyntaxError at offset off and returns it.
func (r *Reader) fail(off int, msg string) error {
	line, col := r.posAt(off)
	err := &SyntaxError{Offset: off, Line: line, Column: col, Msg: msg}
	r.err = err
	return err
}

// failLimit is fail for a problem with one of the Limits.
func (r *Reader) failLimit(off int, msg string) error {
	err := r.fail(off, msg).(*SyntaxError)
	err.Limit = true
	return err
}

// eof fails with "unexpected end of input" at the end of the data.
func (r *Reader) eof() error {
	return r.fail(len(r.data), "unexpected end of input")
}

// describe names the byte at off for a message: "character 'x'" (a whole
// UTF-8 character when one starts there) or "byte 0xff".
func (r *Reader) describe(off int) string {
	c := r.data[off]
	if c < utf8.RuneSelf {
		return "character " + strconv.QuoteRune(rune(c))
	}
	if ch, size := utf8.DecodeRune(r.data[off:]); size > 1 {
		return "character " + strconv.QuoteRune(ch)
	}
	return fmt.Sprintf("byte 0x%02x", c)
}

// literal consumes the literal lit ("true", "false" or "null"), whose first
// byte is already known to be at r.pos.
func (r *Reader) literal(lit string) error {
	d := r.data
	for k := 1; k < len(lit); k++ {
		i := r.pos + k
		if i >= len(d) {
			return r.eof()
		}
		if d[i] != lit[k] {
			return r.fail(i, fmt.Sprintf("invalid %s in literal %s (expecting %q)",
				r.describe(i), lit, lit[k]))
		}
	}
	r.pos += len(lit)
	return nil
}

// scanString consumes the string whose opening quote is at r.pos. With keep
// set it returns the unescaped string, otherwise it only checks it. It fails
// as soon as the unescaped length passes MaxString, having buffered at most
// MaxString+4 bytes.
func (r *Reader) scanString(keep bool) (string, error) {
	d, start, limit := r.data, r.pos, r.lim.MaxString
	i := start + 1
	lit := i         // start of the run of bytes not yet counted in n
	n := 0           // unescaped length of the string before lit
	escaped := false // whether r.buf holds the string so far
	for {
		// Scan plain bytes, but never further than the limit allows.
		end := boundedEnd(len(d), lit, limit-n)
		for i < end && plain[d[i]] {
			i++
		}
		if n+(i-lit) > limit {
			return "", r.failLimit(start, fmt.Sprintf("string longer than %d bytes", limit))
		}
		if i >= len(d) {
			return "", r.eof()
		}
		switch c := d[i]; {
		case c == '"':
			r.pos = i + 1
			return r.result(keep, escaped, d[start+1:i], d[lit:i]), nil
		case c == '\\':
			if keep {
				r.buf = append(r.buf[:n], d[lit:i]...)
				escaped = true
			}
			n += i - lit
			next, width, err := r.escape(i, keep)
			if err != nil {
				return "", err
			}
			i, lit, n = next, next, n+width
		case c < 0x20:
			return "", r.fail(i, "invalid "+r.describe(i)+" in string literal")
		default: // c >= 0x80: the start of a multi-byte UTF-8 sequence
			ch, size := utf8.DecodeRune(d[i:])
			if ch == utf8.RuneError && size <= 1 {
				return "", r.fail(i, "invalid UTF-8 in string")
			}
			i += size
		}
	}
}

// boundedEnd returns where a scan from offset from, allowed room bytes,
// must stop: one byte past the room (so that passing the limit is seen), or
// the end of the data. It cannot overflow, however large room is.
func boundedEnd(size, from, room int) int {
	if room < size-from {
		return from + room + 1
	}
	return size
}

// result builds the value returned by scanString: the raw bytes when the
// string had no escapes, else r.buf followed by the last run.
func (r *Reader) result(keep, escaped bool, raw, run []byte) string {
	switch {
	case !keep:
		return ""
	case !escaped:
		return string(raw)
	}
	r.buf = append(r.buf, run...)
	return string(r.buf)
}

// escape decodes the escape sequence whose backslash is at offset i. With keep
// set it appends the decoded bytes to r.buf. It returns the offset after the
// sequence and the number of bytes it decodes to.
func (r *Reader) escape(i int, keep bool) (next, width int, err error) {
	d := r.data
	if i+1 >= len(d) {
		return 0, 0, r.eof()
	}
	var b byte
	switch c := d[i+1]; c {
	case '"', '\\', '/':
		b = c
	case 'b':
		b = '\b'
	case 'f':
		b = '\f'
	case 'n':
		b = '\n'
	case 'r':
		b = '\r'
	case 't':
		b = '\t'
	case 'u':
		return r.unicodeEscape(i, keep)
	default:
		return 0, 0, r.fail(i+1, "invalid "+r.describe(i+1)+" in string escape code")
	}
	if keep {
		r.buf = append(r.buf, b)
	}
	return i + 2, 1, nil
}

// unicodeEscape decodes the \uXXXX escape at offset i, combining a high
// surrogate with the low surrogate escape that must follow it.
func (r *Reader) unicodeEscape(i int, keep bool) (next, width int, err error) {
	ch, err := r.hex4(i + 2)
	if err != nil {
		return 0, 0, err
	}
	next = i + 6
	switch {
	case 0xD800 <= ch && ch < 0xDC00: // high surrogate: a low one must follow
		d := r.data
		if next+1 >= len(d) || d[next] != '\\' || d[next+1] != 'u' {
			return 0, 0, r.unpaired(i)
		}
		lo, err := r.hex4(next + 2)
		if err != nil {
			return 0, 0, err
		}
		if lo < 0xDC00 || lo > 0xDFFF {
			return 0, 0, r.unpaired(i)
		}
		ch = 0x10000 + (ch-0xD800)<<10 + (lo - 0xDC00)
		next += 6
	case 0xDC00 <= ch && ch <= 0xDFFF: // low surrogate without a high one
		return 0, 0, r.unpaired(i)
	}
	if keep {
		r.buf = utf8.AppendRune(r.buf, ch)
	}
	return next, utf8.RuneLen(ch), nil
}

// unpaired fails for the surrogate escape at offset i that has no partner.
func (r *Reader) unpaired(i int) error {
	return r.fail(i, fmt.Sprintf("unpaired surrogate escape %s in string", r.data[i:i+6]))
}

// hex4 decodes the four hexadecimal digits at offset j.
func (r *Reader) hex4(j int) (rune, error) {
	var v rune
	for k := j; k < j+4; k++ {
		if k >= len(r.data) {
			return 0, r.eof()
		}
		c := r.data[k]
		switch {
		case '0' <= c && c <= '9':
			c -= '0'
		case 'a' <= c && c <= 'f':
			c -= 'a' - 10
		case 'A' <= c && c <= 'F':
			c -= 'A' - 10
		default:
			return 0, r.fail(k, "invalid "+r.describe(k)+" in \\u hexadecimal character escape")
		}
		v = v<<4 | rune(c)
	}
	return v, nil
}

// scanNumber checks the number literal at r.pos against the grammar
// -?(0|[1-9][0-9]*)(\.[0-9]+)?([eE][+-]?[0-9]+)? and returns the offset just
// after it. It never looks further than MaxNumber+1 bytes.
func (r *Reader) scanNumber() (int, error) {
	d, start := r.data, r.pos
	stop := boundedEnd(len(d), start, r.lim.MaxNumber)
	i := start
	if d[i] == '-' {
		i++
	}
	switch {
	case i < stop && d[i] == '0':
		i++
	case i < stop && isDigit(d[i]):
		i = digits(d, i, stop)
	default:
		return 0, r.numberError(i, start)
	}
	if i < stop && d[i] == '.' {
		if i++; i >= stop || !isDigit(d[i]) {
			return 0, r.numberError(i, start)
		}
		i = digits(d, i, stop)
	}
	if i < stop && (d[i] == 'e' || d[i] == 'E') {
		if i++; i < stop && (d[i] == '+' || d[i] == '-') {
			i++
		}
		if i >= stop || !isDigit(d[i]) {
			return 0, r.numberError(i, start)
		}
		i = digits(d, i, stop)
	}
	// A byte that could continue a number means the literal is malformed
	// (as in 01, 1.2.3 or 1e5e6) or too long.
	if i-start > r.lim.MaxNumber || (i < len(d) && numberByte(d[i])) {
		return 0, r.numberError(i, start)
	}
	return i, nil
}

// numberError explains why the number starting at start cannot continue at i.
func (r *Reader) numberError(i, start int) error {
	switch {
	case i-start > r.lim.MaxNumber:
		return r.failLimit(start, fmt.Sprintf("number longer than %d bytes", r.lim.MaxNumber))
	case i >= len(r.data):
		return r.eof()
	}
	return r.fail(i, "invalid "+r.describe(i)+" in numeric literal")
}

// isDigit reports whether c is an ASCII decimal digit.
func isDigit(c byte) bool { return '0' <= c && c <= '9' }

// numberByte reports whether c may appear in a number literal.
func numberByte(c byte) bool {
	return isDigit(c) || c == '.' || c == 'e' || c == 'E' || c == '+' || c == '-'
}

// digits returns the offset of the first non-digit at or after i, or stop.
func digits(d []byte, i, stop int) int {
	for i < stop && isDigit(d[i]) {
		i++
	}
	return i
}

// objectKey reads an object key and its colon, after an opening brace or a
// comma, recording the key's position for KeyPos. With keep unset the key is
// only checked and "" is returned.
func (r *Reader) objectKey(keep bool) (string, error) {
	r.skipWS()
	if r.pos >= len(r.data) {
		return "", r.eof()
	}
	if r.data[r.pos] != '"' {
		return "", r.fail(r.pos, "invalid "+r.describe(r.pos)+" looking for beginning of object key string")
	}
	r.keyLine, r.keyCol = r.line, r.pos-r.lineStart+1
	key, err := r.scanString(keep)
	if err != nil {
		return "", err
	}
	r.skipWS()
	if r.pos >= len(r.data) {
		return "", r.eof()
	}
	if r.data[r.pos] != ':' {
		return "", r.fail(r.pos, "invalid "+r.describe(r.pos)+" after object key")
	}
	r.pos++
	r.skipWS()
	return key, nil
}

// afterMember consumes what follows a member of the container opened by open
// ('{' or '['): a comma, reporting that another member follows, or the
// closing bracket.
func (r *Reader) afterMember(open byte) (more bool, err error) {
	r.skipWS()
	if r.pos >= len(r.data) {
		return false, r.eof()
	}
	c := r.data[r.pos]
	switch {
	case c == ',':
		r.pos++
		return true, nil
	case open == '{' && c == '}', open == '[' && c == ']':
		r.pos++
		return false, nil
	case open == '{':
		return false, r.fail(r.pos, "invalid "+r.describe(r.pos)+" after object key:value pair")
	}
	return false, r.fail(r.pos, "invalid "+r.describe(r.pos)+" after array element")
}

// skipToken consumes, for Skip, one scalar or the opening of a container (and
// of its first key). It reports whether a value is expected next, which is the
// case after opening a non-empty container.
func (r *Reader) skipToken() (more bool, err error) {
	r.skipWS()
	if r.pos >= len(r.data) {
		return false, r.eof()
	}
	switch c := r.data[r.pos]; kindOf[c] {
	case Object, Array:
		if err := r.open(); err != nil {
			return false, err
		}
		r.skipWS()
		if r.pos < len(r.data) && r.data[r.pos] == c+2 { // '}' is '{'+2, ']' is '['+2
			r.pos++
			r.depth--
			return false, nil
		}
		r.stack = append(r.stack, c)
		if c == '{' {
			_, err = r.objectKey(false)
		}
		return err == nil, err
	case String:
		_, err = r.scanString(false)
	case Number:
		var end int
		if end, err = r.scanNumber(); err == nil {
			r.pos = end
		}
	case Bool, Null:
		err = r.literal(literalFor(c))
	default:
		err = r.fail(r.pos, "invalid "+r.describe(r.pos)+" looking for beginning of value")
	}
	return false, err
}

// literalFor returns the literal that starts with c: "true", "false" or "null".
func literalFor(c byte) string {
	switch c {
	case 't':
		return "true"
	case 'f':
		return "false"
	}
	return "null"
}

// skipClose runs, for Skip, after a complete value: it consumes the closing
// brackets of the containers that end there and reports whether another value
// follows (after a comma and, in an object, the next key and colon).
func (r *Reader) skipClose() (more bool, err error) {
	for n := len(r.stack); n > 0; n = len(r.stack) {
		open := r.stack[n-1]
		more, err := r.afterMember(open)
		if err != nil {
			return false, err
		}
		if more {
			if open == '{' {
				_, err = r.objectKey(false)
			}
			return err == nil, err
		}
		r.stack = r.stack[:n-1]
		r.depth--
	}
	return false, nil
}
