package contactcost

import (
	"strconv"
	"strings"
)

// The enumerations of the package share one table-driven text form: names
// in an enum's table are the text of its values, and an empty name marks a
// value that has none (the "not set" zero of the enumerations that start
// at 1). Every enumeration's constants start with the enumeration's type
// name (ScopeAssisted, MeasureContacts, RoundHalfEven, ...).
type enum struct {
	typ   string   // the Go type, for values without a name: Scope(7)
	field string   // the JSON field the value usually sits in
	names []string // names[v] is the text of value v
}

// name returns the text of v, or "Type(v)" for a value without one.
func (e enum) name(v int) string {
	if v >= 0 && v < len(e.names) && e.names[v] != "" {
		return e.names[v]
	}
	return e.typ + "(" + strconv.Itoa(v) + ")"
}

// valid reports whether v has a name.
func (e enum) valid(v int) bool { return v >= 0 && v < len(e.names) && e.names[v] != "" }

// text marshals v by its name; a zero without a name ("not set") marshals
// as empty text, any other value without one fails.
func (e enum) text(v int) ([]byte, error) {
	if v == 0 && !e.valid(0) {
		return []byte{}, nil
	}
	if !e.valid(v) {
		return nil, argErr(e.field, ErrInvalid, e.name(v))
	}
	return []byte(e.names[v]), nil
}

// parse returns the value named text. Empty text is the zero value when
// the zero has no name ("not set"); other unknown text is ErrInvalid at l
// with the accepted names and a hint for a near miss.
func (e enum) parse(l loc, text string) (int, error) {
	if text == "" && !e.valid(0) {
		return 0, nil
	}
	for i, name := range e.names {
		if name != "" && text == name {
			return i, nil
		}
	}
	return 0, l.err("", ErrInvalid, quote(text)+" (want "+e.list()+")"+didYouMean(text, e.names))
}

// list lists the names as `"a", "b" or "c"`.
func (e enum) list() string {
	var list []string
	for _, name := range e.names {
		if name != "" {
			list = append(list, strconv.Quote(name))
		}
	}
	if len(list) < 2 {
		return strings.Join(list, "")
	}
	return strings.Join(list[:len(list)-1], ", ") + " or " + list[len(list)-1]
}

// unmarshal is UnmarshalText for an enumeration stored as uint8.
func (e enum) unmarshal(text []byte, v *uint8) error {
	i, err := e.parse(loc{path: e.field}, string(text))
	if err != nil {
		return err
	}
	*v = uint8(i)
	return nil
}
