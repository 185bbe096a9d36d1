package contactcost

import (
	"errors"
	"testing"
)

func TestCategoryValidate(t *testing.T) {
	for _, c := range append(KnownCategories(), "quality assurance") {
		if err := c.Validate(); err != nil {
			t.Errorf("Category(%q).Validate() = %v", c, err)
		}
	}
	if err := Category("").Validate(); !errors.Is(err, ErrNotSet) {
		t.Errorf("empty category: %v", err)
	}
	if err := Category("rent\n").Validate(); !errors.Is(err, ErrInvalid) {
		t.Errorf("category with newline: %v", err)
	}
}

func TestBehaviorText(t *testing.T) {
	for _, b := range []Behavior{Fixed, Variable} {
		text, err := b.MarshalText()
		if err != nil {
			t.Fatal(err)
		}
		var back Behavior
		if err := back.UnmarshalText(text); err != nil || back != b {
			t.Errorf("round trip of %v = %v, %v", b, back, err)
		}
	}
	var b Behavior
	if err := b.UnmarshalText([]byte("semi-variable")); !errors.Is(err, ErrInvalid) {
		t.Errorf("UnmarshalText(semi-variable) = %v", err)
	}
	if _, err := Behavior(7).MarshalText(); !errors.Is(err, ErrInvalid) {
		t.Errorf("Behavior(7).MarshalText() = %v", err)
	}
}
