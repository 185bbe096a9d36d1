package contactcost

import (
	"encoding/json"
	"errors"
	"strings"
	"testing"
	"time"
)

// The day-by-day check of the calendar arithmetic against the time package
// lives in internal/civil; these tests pin what date.go adds: validation,
// the text forms and the order.

func TestNewDate(t *testing.T) {
	tests := []struct {
		y   int
		m   time.Month
		d   int
		str string
	}{
		{2024, time.February, 29, "2024-02-29"}, // leap year
		{2000, time.February, 29, "2000-02-29"}, // divisible by 400: leap
		{1, time.January, 1, "0001-01-01"},      // the first supported day
		{9999, time.December, 31, "9999-12-31"}, // the last supported day
		{2026, time.April, 30, "2026-04-30"},
		{2026, time.January, 31, "2026-01-31"},
		{12, time.March, 4, "0012-03-04"}, // the year is padded to 4 digits
	}
	for _, tt := range tests {
		d, err := NewDate(tt.y, tt.m, tt.d)
		if err != nil {
			t.Errorf("NewDate(%d, %d, %d) error: %v", tt.y, tt.m, tt.d, err)
			continue
		}
		if d.IsZero() || d.Year() != tt.y || d.Month() != tt.m || d.Day() != tt.d || d.String() != tt.str {
			t.Errorf("NewDate(%d, %d, %d) = %s (year %d, month %d, day %d), want %s",
				tt.y, tt.m, tt.d, d, d.Year(), d.Month(), d.Day(), tt.str)
		}
		if got := MustDate(tt.y, tt.m, tt.d); got != d {
			t.Errorf("MustDate(%d, %d, %d) = %s, want %s", tt.y, tt.m, tt.d, got, d)
		}
		back, err := ParseDate(tt.str)
		if err != nil || back != d {
			t.Errorf("ParseDate(%q) = %s, %v, want %s", tt.str, back, err, d)
		}
	}
}

func TestNewDateErrors(t *testing.T) {
	tests := []struct {
		y      int
		m      time.Month
		d      int
		path   string
		detail string
	}{
		{2026, time.February, 29, "day", "2026-02 has no day 29"}, // not a leap year
		{2100, time.February, 29, "day", "2100-02 has no day 29"}, // divisible by 100, not by 400
		{2026, time.April, 31, "day", "2026-04 has no day 31"},
		{2026, time.January, 0, "day", "2026-01 has no day 0"},
		{2026, time.January, 32, "day", "2026-01 has no day 32"},
		{0, time.January, 1, "year", "0 (want 1 to 9999)"},
		{10000, time.January, 1, "year", "10000 (want 1 to 9999)"},
		{-1, time.January, 1, "year", "-1 (want 1 to 9999)"},
		{2026, 13, 1, "month", "13 (want 1 to 12)"},
		{2026, 0, 1, "month", "0 (want 1 to 12)"},
	}
	for _, tt := range tests {
		_, err := NewDate(tt.y, tt.m, tt.d)
		if !errors.Is(err, ErrOutOfRange) {
			t.Errorf("NewDate(%d, %d, %d) error = %v, want ErrOutOfRange", tt.y, tt.m, tt.d, err)
			continue
		}
		var fe *FieldError
		if !errors.As(err, &fe) || fe.Path != tt.path || fe.Detail != tt.detail {
			t.Errorf("NewDate(%d, %d, %d) error = %v, want path %q, detail %q", tt.y, tt.m, tt.d, err, tt.path, tt.detail)
		}
	}
}

func TestMustDatePanics(t *testing.T) {
	defer func() {
		if recover() == nil {
			t.Error("MustDate(2026, 2, 29) did not panic")
		}
	}()
	MustDate(2026, time.February, 29)
}

func TestParseDateErrors(t *testing.T) {
	syntax := []string{
		"2026-3-01", "2026/03/01", "20260301", "2026-03-01T00:00", "", "+026-03-01", " 2026-03-1",
		"2026-0a-01", "2026-03-0x", "-026-03-01", "２０２６-03-01", "2026--3-01",
	}
	for _, s := range syntax {
		_, err := ParseDate(s)
		if !errors.Is(err, ErrSyntax) {
			t.Errorf("ParseDate(%q) error = %v, want ErrSyntax", s, err)
			continue
		}
		var fe *FieldError
		if !errors.As(err, &fe) || fe.Path != "date" || !strings.Contains(fe.Detail, "want YYYY-MM-DD") {
			t.Errorf("ParseDate(%q) error = %v, want path \"date\" and a hint", s, err)
		}
	}
	outOfRange := []struct{ s, path string }{
		{"2026-02-30", "day"},
		{"2026-13-01", "month"},
		{"2026-00-10", "month"},
		{"0000-01-01", "year"},
	}
	for _, tt := range outOfRange {
		_, err := ParseDate(tt.s)
		var fe *FieldError
		if !errors.Is(err, ErrOutOfRange) || !errors.As(err, &fe) || fe.Path != tt.path {
			t.Errorf("ParseDate(%q) error = %v, want ErrOutOfRange at %q", tt.s, err, tt.path)
		}
	}
	// A hostile text is quoted shortened in the message.
	_, err := ParseDate(strings.Repeat("9", 100000))
	if !errors.Is(err, ErrSyntax) || len(err.Error()) > 200 {
		t.Errorf("ParseDate(100000 digits) error = %.300v (%d bytes), want a short ErrSyntax", err, len(err.Error()))
	}
}

func TestDateZero(t *testing.T) {
	var z Date
	if !z.IsZero() || z.String() != "" {
		t.Errorf("Date{}: IsZero %v, String %q, want true, \"\"", z.IsZero(), z.String())
	}
	if b, err := z.MarshalText(); err != nil || len(b) != 0 {
		t.Errorf("Date{}.MarshalText() = %q, %v, want empty", b, err)
	}
	if MustDate(1, time.January, 1).IsZero() {
		t.Error("MustDate(1, 1, 1).IsZero() = true")
	}
	// The zero Date is before every date.
	if got := z.Compare(MustDate(1, time.January, 1)); got != -1 {
		t.Errorf("Date{}.Compare(0001-01-01) = %d, want -1", got)
	}
}

func TestDateCompare(t *testing.T) {
	tests := []struct {
		a, b string
		want int
	}{
		{"2026-03-15", "2026-03-16", -1},
		{"2026-03-16", "2026-03-15", 1},
		{"2026-03-15", "2026-03-15", 0},
		{"2025-12-31", "2026-01-01", -1}, // across a year end
		{"2024-02-29", "2024-03-01", -1}, // leap day
		{"0001-01-01", "9999-12-31", -1},
		{"9999-12-31", "0001-01-01", 1},
		{"2026-02-01", "2026-01-31", 1},
	}
	for _, tt := range tests {
		a, b := dateOf(t, tt.a), dateOf(t, tt.b)
		if got := a.Compare(b); got != tt.want {
			t.Errorf("%s.Compare(%s) = %d, want %d", tt.a, tt.b, got, tt.want)
		}
		if got := a.Equal(b); got != (tt.want == 0) {
			t.Errorf("%s.Equal(%s) = %v, want %v", tt.a, tt.b, got, tt.want == 0)
		}
		if (a == b) != a.Equal(b) {
			t.Errorf("%s == %s disagrees with Equal", tt.a, tt.b)
		}
	}
}

// dateOf parses a date written in a date test.
func dateOf(t *testing.T, s string) Date {
	t.Helper()
	d, err := ParseDate(s)
	if err != nil {
		t.Fatalf("ParseDate(%q) error: %v", s, err)
	}
	return d
}

func TestDateText(t *testing.T) {
	for _, s := range []string{"2026-03-15", "0001-01-01", "9999-12-31", "2024-02-29", "0999-10-09"} {
		d := dateOf(t, s)
		b, err := d.MarshalText()
		if err != nil || string(b) != s {
			t.Errorf("%s.MarshalText() = %q, %v, want %q", s, b, err, s)
		}
		var back Date
		if err := back.UnmarshalText(b); err != nil || back != d {
			t.Errorf("UnmarshalText(%q) = %s, %v, want %s", b, back, err, d)
		}
	}
	// Empty text is the zero Date.
	d := MustDate(2026, time.March, 15)
	if err := d.UnmarshalText(nil); err != nil || !d.IsZero() {
		t.Errorf("UnmarshalText(empty) = %s, %v, want the zero Date", d, err)
	}
	var bad Date
	if err := bad.UnmarshalText([]byte("2026-02-30")); !errors.Is(err, ErrOutOfRange) {
		t.Errorf("UnmarshalText(2026-02-30) error = %v, want ErrOutOfRange", err)
	}
	if err := bad.UnmarshalText([]byte("15/03/2026")); !errors.Is(err, ErrSyntax) {
		t.Errorf("UnmarshalText(15/03/2026) error = %v, want ErrSyntax", err)
	}
}

func TestDateJSON(t *testing.T) {
	type dateDoc struct {
		D Date `json:"d"`
	}
	in := dateDoc{D: MustDate(2026, time.March, 15)}
	b, err := json.Marshal(in)
	if err != nil || string(b) != `{"d":"2026-03-15"}` {
		t.Fatalf("json.Marshal(%v) = %s, %v, want {\"d\":\"2026-03-15\"}", in, b, err)
	}
	var out dateDoc
	if err := json.Unmarshal(b, &out); err != nil || out != in {
		t.Errorf("json.Unmarshal(%s) = %v, %v, want %v", b, out, err, in)
	}
	if err := json.Unmarshal([]byte(`{"d":""}`), &out); err != nil || !out.D.IsZero() {
		t.Errorf("json.Unmarshal(empty date) = %v, %v, want the zero Date", out, err)
	}
	if err := json.Unmarshal([]byte(`{"d":"2026-3-15"}`), &out); !errors.Is(err, ErrSyntax) {
		t.Errorf("json.Unmarshal(2026-3-15) error = %v, want ErrSyntax", err)
	}
}
