package contactcost

import (
	"strconv"
	"strings"
)

// The enumerations of the package (RoundingMode, Measure, BasisKind,
// Behavior, Scope, Timing, Unit, Convention, Staffing) share one table-driven
// text form: names[v] is the name of value v, and an empty name marks a value
// that has none (the "not set" zero of the enumerations that start at 1).

// enumName returns the name of v, or "Type(v)" for a value without one.
func enumName(names []string, v int, typ string) string {
	if v >= 0 && v < len(names) && names[v] != "" {
		return names[v]
	}
	return typ + "(" + strconv.Itoa(v) + ")"
}

// enumText marshals v by its name. With zeroEmpty the zero value, which
// means "not set", marshals as empty text; a value without a name is
// ErrInvalid, reported on field.
func enumText(names []string, v int, typ, field string, zeroEmpty bool) ([]byte, error) {
	if v == 0 && zeroEmpty {
		return []byte{}, nil
	}
	if v < 0 || v >= len(names) || names[v] == "" {
		return nil, fieldErr("", field, ErrInvalid, enumName(names, v, typ))
	}
	return []byte(names[v]), nil
}

// enumParse returns the value named text. With emptyIsZero empty text gives
// the zero value; any other unknown text is ErrInvalid, reported on field
// with the accepted names.
func enumParse(names []string, text, field string, emptyIsZero bool) (int, error) {
	if text == "" && emptyIsZero {
		return 0, nil
	}
	for i, name := range names {
		if name != "" && text == name {
			return i, nil
		}
	}
	return 0, fieldErr("", field, ErrInvalid, quoteTrunc(text)+" (want "+enumList(names)+")")
}

// enumList lists the names as "a, b or c".
func enumList(names []string) string {
	var list []string
	for _, name := range names {
		if name != "" {
			list = append(list, name)
		}
	}
	if len(list) < 2 {
		return strings.Join(list, "")
	}
	return strings.Join(list[:len(list)-1], ", ") + " or " + list[len(list)-1]
}
