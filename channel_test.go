package contactcost

import (
	"errors"
	"strings"
	"testing"
)

func TestChannelValidate(t *testing.T) {
	for _, c := range append(KnownChannels(), "whatsapp", "Live chat", "ügyfélszolgálat") {
		if err := c.Validate(); err != nil {
			t.Errorf("Channel(%q).Validate() = %v", c, err)
		}
	}
	bad := []struct {
		c    Channel
		want error
	}{
		{"", ErrNotSet},
		{" voice", ErrInvalid},
		{"voice\t", ErrInvalid},
		{"a\x00b", ErrInvalid},
		{"\xff", ErrInvalid},
		{Channel(strings.Repeat("x", 65)), ErrInvalid},
	}
	for _, b := range bad {
		if err := b.c.Validate(); !errors.Is(err, b.want) {
			t.Errorf("Channel(%q).Validate() = %v, want %v", b.c, err, b.want)
		}
	}
}

func TestAutomated(t *testing.T) {
	for _, c := range KnownChannels() {
		want := c == IVR || c == SelfService
		if c.Automated() != want {
			t.Errorf("%s.Automated() = %v", c, c.Automated())
		}
		if (Volume{Channel: c}).IsAutomated() != want {
			t.Errorf("Volume{%s}.IsAutomated() = %v", c, !want)
		}
	}
	if !(Volume{Channel: "chatbot", Automated: true}).IsAutomated() {
		t.Error("a custom automated channel is not automated")
	}
}

func TestMeasureText(t *testing.T) {
	for m := Contacts; m <= FTE; m++ {
		b, err := m.MarshalText()
		if err != nil {
			t.Fatal(err)
		}
		var back Measure
		if err := back.UnmarshalText(b); err != nil || back != m {
			t.Errorf("round trip of %v = %v, %v", m, back, err)
		}
	}
	var m Measure
	if err := m.UnmarshalText([]byte("seats")); !errors.Is(err, ErrInvalid) {
		t.Errorf("UnmarshalText(seats) = %v", err)
	}
	if b, err := Measure(0).MarshalText(); err != nil || len(b) != 0 {
		t.Errorf("Measure(0).MarshalText() = %q, %v", b, err)
	}
	if _, err := Measure(9).MarshalText(); !errors.Is(err, ErrInvalid) {
		t.Errorf("Measure(9).MarshalText() = %v", err)
	}
}

func TestBasisKindText(t *testing.T) {
	for k := ByContacts; k <= ByWeights; k++ {
		b, err := k.MarshalText()
		if err != nil {
			t.Fatal(err)
		}
		var back BasisKind
		if err := back.UnmarshalText(b); err != nil || back != k {
			t.Errorf("round trip of %v = %v, %v", k, back, err)
		}
		_, isMeasure := k.Measure()
		if isMeasure != (k < ByPercent) {
			t.Errorf("%v.Measure() ok = %v", k, isMeasure)
		}
	}
	var k BasisKind
	if err := k.UnmarshalText([]byte("headcount")); !errors.Is(err, ErrInvalid) {
		t.Errorf("UnmarshalText(headcount) = %v", err)
	}
}
