package contactcost

import (
	"encoding/json"
	"errors"
	"strings"
	"testing"
	"time"

	"github.com/google/go-cmp/cmp"
)

// TestDatesAgainstTimePackage checks the civil-date arithmetic, weekdays
// and ISO weeks day by day against the standard library's time package, an
// independent implementation, from 1899 to 2101.
func TestDatesAgainstTimePackage(t *testing.T) {
	start := MustDate(1899, time.January, 1)
	for n := start.n; n < MustDate(2101, time.January, 1).n; n++ {
		d := Date{n: n}
		y, m, day := civil(n)
		want := time.Date(1899, time.January, 1, 0, 0, 0, 0, time.UTC).AddDate(0, 0, int(n-start.n))
		if y != want.Year() || m != want.Month() || day != want.Day() {
			t.Fatalf("day %d: civil = %d-%d-%d, want %s", n, y, m, day, want.Format(time.DateOnly))
		}
		if got := d.Weekday(); got != want.Weekday() {
			t.Fatalf("%s: Weekday = %v, want %v", d, got, want.Weekday())
		}
		wy, ww := d.ISOWeek()
		ty, tw := want.ISOWeek()
		if wy != ty || ww != tw {
			t.Fatalf("%s: ISOWeek = %d-W%d, want %d-W%d", d, wy, ww, ty, tw)
		}
		if daysFromCivil(y, m, day) != n {
			t.Fatalf("%s: daysFromCivil does not invert civil", d)
		}
	}
}

func TestNewDate(t *testing.T) {
	valid := []struct {
		y   int
		m   time.Month
		d   int
		str string
	}{
		{2024, time.February, 29, "2024-02-29"}, // leap year
		{2000, time.February, 29, "2000-02-29"}, // divisible by 400: leap
		{1, time.January, 1, "0001-01-01"},
		{9999, time.December, 31, "9999-12-31"},
		{2026, time.April, 30, "2026-04-30"},
	}
	for _, v := range valid {
		d, err := NewDate(v.y, v.m, v.d)
		if err != nil || d.String() != v.str || d.Year() != v.y || d.Month() != v.m || d.Day() != v.d {
			t.Errorf("NewDate(%d, %d, %d) = %v, %v", v.y, v.m, v.d, d, err)
		}
		back, err := ParseDate(v.str)
		if err != nil || back != d {
			t.Errorf("ParseDate(%s) = %v, %v", v.str, back, err)
		}
	}
	invalid := []struct {
		y int
		m time.Month
		d int
	}{
		{2026, time.February, 29}, // not a leap year
		{2100, time.February, 29}, // divisible by 100, not by 400
		{2026, time.April, 31},
		{2026, time.January, 0},
		{0, time.January, 1},
		{10000, time.January, 1},
		{2026, 13, 1},
	}
	for _, v := range invalid {
		if _, err := NewDate(v.y, v.m, v.d); !errors.Is(err, ErrOutOfRange) {
			t.Errorf("NewDate(%d, %d, %d) error = %v, want ErrOutOfRange", v.y, v.m, v.d, err)
		}
	}
	for _, bad := range []string{"2026-3-01", "2026/03/01", "20260301", "2026-03-01T00:00", "", "+026-03-01"} {
		if _, err := ParseDate(bad); !errors.Is(err, ErrSyntax) {
			t.Errorf("ParseDate(%q) error = %v, want ErrSyntax", bad, err)
		}
	}
}

func TestPeriodKinds(t *testing.T) {
	tests := []struct {
		text       string
		start, end string
		days       int
	}{
		{"2026-03-15", "2026-03-15", "2026-03-16", 1},
		{"2024-02", "2024-02-01", "2024-03-01", 29}, // leap February
		{"2026-02", "2026-02-01", "2026-03-01", 28},
		{"2026-04", "2026-04-01", "2026-05-01", 30},
		{"2026-12", "2026-12-01", "2027-01-01", 31},
		{"2024-Q1", "2024-01-01", "2024-04-01", 91}, // 31 + 29 + 31
		{"2026-Q1", "2026-01-01", "2026-04-01", 90},
		{"2026-Q4", "2026-10-01", "2027-01-01", 92},
		{"2024", "2024-01-01", "2025-01-01", 366},
		{"2026", "2026-01-01", "2027-01-01", 365},
		// 2026-01-01 is a Thursday, so week 1 of 2026 starts on Monday
		// 2025-12-29, and 2026 has 53 weeks, the last ending 2027-01-03.
		{"2026-W01", "2025-12-29", "2026-01-05", 7},
		{"2026-W09", "2026-02-23", "2026-03-02", 7}, // straddles February and March
		{"2026-W53", "2026-12-28", "2027-01-04", 7}, // straddles the years
		{"2025-W01", "2024-12-30", "2025-01-06", 7},
		// Fiscal years are named after the year they end in.
		{"FY2026/Apr", "2025-04-01", "2026-04-01", 365},
		{"FY2026/Oct", "2025-10-01", "2026-10-01", 365},
		{"FY2026/Jan", "2026-01-01", "2027-01-01", 365},
		{"FY2025/Mar", "2024-03-01", "2025-03-01", 365},
		{"FY2024/Mar", "2023-03-01", "2024-03-01", 366}, // holds 2024-02-29
		{"2026-03-01..2026-04-01", "2026-03-01", "2026-04-01", 31},
	}
	for _, tt := range tests {
		p, err := ParsePeriod(tt.text)
		if err != nil {
			t.Fatalf("ParsePeriod(%q) error: %v", tt.text, err)
		}
		if p.Start().String() != tt.start || p.End().String() != tt.end || p.Days() != tt.days {
			t.Errorf("ParsePeriod(%q) = %s..%s (%d days), want %s..%s (%d)", tt.text, p.Start(), p.End(), p.Days(), tt.start, tt.end, tt.days)
		}
		if p.String() != tt.text {
			t.Errorf("ParsePeriod(%q).String() = %q", tt.text, p.String())
		}
		if p.Last().n != p.End().n-1 {
			t.Errorf("Last() = %v", p.Last())
		}
	}
}

func TestParsePeriodForms(t *testing.T) {
	// Accepted spellings that print differently.
	p := MustParsePeriod("FY2026/04")
	if p.String() != "FY2026/Apr" {
		t.Errorf("FY2026/04 prints %q", p.String())
	}
	if MustParsePeriod("FY2026/apr").String() != "FY2026/Apr" {
		t.Error("the month abbreviation is read in any case")
	}
	// NewX constructors and parsing agree.
	same := []struct {
		made Period
		text string
	}{
		{must(NewMonth(2026, time.March)), "2026-03"},
		{must(NewQuarter(2026, 2)), "2026-Q2"},
		{must(NewYear(2026)), "2026"},
		{must(NewISOWeek(2026, 9)), "2026-W09"},
		{must(NewFiscalYear(2026, time.July)), "FY2026/Jul"},
		{must(NewDay(MustDate(2026, 3, 15))), "2026-03-15"},
		{must(NewRange(MustDate(2026, 3, 1), MustDate(2026, 4, 1))), "2026-03-01..2026-04-01"},
	}
	for _, s := range same {
		if got := MustParsePeriod(s.text); !got.Equal(s.made) {
			t.Errorf("ParsePeriod(%q) = %v, want %v", s.text, got, s.made)
		}
	}
	// A range and a month over the same days are SameDates but not Equal.
	r := MustParsePeriod("2026-03-01..2026-04-01")
	if !r.SameDates(MustParsePeriod("2026-03")) || r.Equal(MustParsePeriod("2026-03")) {
		t.Error("SameDates/Equal")
	}
}

func must(p Period, err error) Period {
	if err != nil {
		panic(err)
	}
	return p
}

func TestParsePeriodErrors(t *testing.T) {
	tests := []struct {
		text string
		want error
		msg  string
	}{
		{"March 2026", ErrSyntax, "want 2026-03-15, 2026-W09, 2026-03, 2026-Q1, 2026, FY2026/Apr or 2026-03-01..2026-04-01"},
		{"2026-13", ErrOutOfRange, "month"},
		{"2026-Q5", ErrOutOfRange, "quarter"},
		{"2025-W53", ErrOutOfRange, "ISO year 2025 has weeks 1 to 52"},
		{"2026-W00", ErrOutOfRange, "week"},
		{"2026-w09", ErrSyntax, "want"},
		{"FY2026", ErrSyntax, "a fiscal year needs one"},
		{"FY2026/Sept", ErrSyntax, "want"},
		{"FY2026/13", ErrOutOfRange, "start month"},
		{"FY0001/Apr", ErrOutOfRange, "before 0001-01-01"},
		{"2026-04-01..2026-04-01", ErrOutOfRange, "is not after start"},
		{"2026-04-01..2026-03-01", ErrOutOfRange, "is not after start"},
		{"2026-02-30", ErrOutOfRange, "has no day 30"},
		{"9999-12", ErrOutOfRange, "outside"},
		{"", ErrSyntax, "want"},
		{"26", ErrSyntax, "want"},
		{strings.Repeat("2", 2000), ErrTooLarge, "longer"},
	}
	for _, tt := range tests {
		_, err := ParsePeriod(tt.text)
		if !errors.Is(err, tt.want) || !strings.Contains(err.Error(), tt.msg) {
			t.Errorf("ParsePeriod(%.20q) error = %v, want %v containing %q", tt.text, err, tt.want, tt.msg)
		}
	}
}

func TestPeriodOverlap(t *testing.T) {
	march := MustParsePeriod("2026-03")
	w09 := MustParsePeriod("2026-W09") // 2026-02-23..2026-03-02
	q1 := MustParsePeriod("2026-Q1")
	if !march.Overlaps(w09) || !w09.Overlaps(march) || march.Overlaps(MustParsePeriod("2026-04")) {
		t.Error("Overlaps is wrong")
	}
	got, ok := march.Intersect(w09)
	if !ok || got.String() != "2026-03-01..2026-03-02" {
		t.Errorf("Intersect(2026-03, 2026-W09) = %v, %v", got, ok)
	}
	// The intersection keeps the kind of the period it equals.
	if got, _ := q1.Intersect(march); !got.Equal(march) {
		t.Errorf("Intersect(Q1, March) = %v, want 2026-03", got)
	}
	if _, ok := march.Intersect(MustParsePeriod("2026-04")); ok {
		t.Error("adjacent months intersect")
	}
	if !march.Contains(MustDate(2026, 3, 31)) || march.Contains(MustDate(2026, 4, 1)) || (Period{}).Contains(MustDate(2026, 4, 1)) {
		t.Error("Contains is wrong")
	}
	if march.Last() != MustDate(2026, 3, 31) {
		t.Errorf("Last() = %v", march.Last())
	}
}

func TestNextPrev(t *testing.T) {
	tests := []struct{ from, next, prev string }{
		{"2026-03-31", "2026-04-01", "2026-03-30"},
		{"2026-12", "2027-01", "2026-11"},
		{"2026-Q4", "2027-Q1", "2026-Q3"},
		{"2026-Q1", "2026-Q2", "2025-Q4"},
		{"2026", "2027", "2025"},
		{"2026-W53", "2027-W01", "2026-W52"},
		{"2026-W01", "2026-W02", "2025-W52"},
		{"FY2026/Apr", "FY2027/Apr", "FY2025/Apr"},
		{"2026-03-01..2026-03-11", "2026-03-11..2026-03-21", "2026-02-19..2026-03-01"},
	}
	for _, tt := range tests {
		p := MustParsePeriod(tt.from)
		next, err := p.Next()
		if err != nil || next.String() != tt.next {
			t.Errorf("%s.Next() = %v, %v, want %s", tt.from, next, err, tt.next)
		}
		prev, err := p.Prev()
		if err != nil || prev.String() != tt.prev {
			t.Errorf("%s.Prev() = %v, %v, want %s", tt.from, prev, err, tt.prev)
		}
	}
	if _, err := MustParsePeriod("9999-11").Next(); !errors.Is(err, ErrOutOfRange) {
		t.Errorf("9999-11.Next() error = %v", err)
	}
	if _, err := MustParsePeriod("0001-01-01").Prev(); !errors.Is(err, ErrOutOfRange) {
		t.Errorf("0001-01-01.Prev() error = %v", err)
	}
	if _, err := (Period{}).Next(); !errors.Is(err, ErrNotSet) {
		t.Errorf("zero Next() error = %v", err)
	}
}

func TestSplit(t *testing.T) {
	tests := []struct {
		period string
		unit   Unit
		want   []string
	}{
		{"2026-Q1", Month, []string{"2026-01", "2026-02", "2026-03"}},
		{"FY2026/Apr", Quarter, []string{"2025-Q2", "2025-Q3", "2025-Q4", "2026-Q1"}},
		// March 2026 starts on a Sunday, the last day of week 9, and ends on
		// Tuesday 31, in week 14.
		{"2026-03", Week, []string{"2026-03-01..2026-03-02", "2026-W10", "2026-W11", "2026-W12", "2026-W13", "2026-03-30..2026-04-01"}},
		{"2026-W09", Day, []string{"2026-02-23", "2026-02-24", "2026-02-25", "2026-02-26", "2026-02-27", "2026-02-28", "2026-03-01"}},
		// A week straddling two months splits at the month boundary.
		{"2026-W09", Month, []string{"2026-02-23..2026-03-01", "2026-03-01..2026-03-02"}},
		{"2026-02-15..2026-05-10", Month, []string{"2026-02-15..2026-03-01", "2026-03", "2026-04", "2026-05-01..2026-05-10"}},
		{"2025-11-01..2027-02-01", Year, []string{"2025-11-01..2026-01-01", "2026", "2027-01-01..2027-02-01"}},
		{"2026", Year, []string{"2026"}},
	}
	for _, tt := range tests {
		parts, err := MustParsePeriod(tt.period).Split(tt.unit)
		if err != nil {
			t.Fatalf("Split(%s, %v) error: %v", tt.period, tt.unit, err)
		}
		var got []string
		for _, p := range parts {
			got = append(got, p.String())
		}
		if diff := cmp.Diff(tt.want, got); diff != "" {
			t.Errorf("%s.Split(%v) mismatch (-want +got):\n%s", tt.period, tt.unit, diff)
		}
	}
	// 2026 has 53 ISO weeks: it splits into Jan 1-4 (the end of 2026-W01),
	// 51 whole weeks, and Dec 28-31 (the start of 2026-W53); 4 + 51·7 + 4
	// = 365 days.
	weeks, err := MustParsePeriod("2026").Split(Week)
	if err != nil {
		t.Fatal(err)
	}
	days := 0
	for _, w := range weeks {
		days += w.Days()
	}
	if len(weeks) != 53 || days != 365 || weeks[0].String() != "2026-01-01..2026-01-05" || weeks[52].String() != "2026-12-28..2027-01-01" {
		t.Errorf("2026 in weeks: %d pieces, %d days, first %v, last %v", len(weeks), days, weeks[0], weeks[len(weeks)-1])
	}
	if _, err := MustParsePeriod("0001-01-01..9999-12-31").Split(Day); !errors.Is(err, ErrTooLarge) {
		t.Errorf("splitting 9999 years into days: %v", err)
	}
	if _, err := MustParsePeriod("2026").Split(Unit(9)); !errors.Is(err, ErrInvalid) {
		t.Errorf("unknown unit: %v", err)
	}
	if _, err := (Period{}).Split(Month); !errors.Is(err, ErrNotSet) {
		t.Errorf("zero period: %v", err)
	}
}

func TestPeriodJSON(t *testing.T) {
	type doc struct {
		P Period `json:"p"`
		D Date   `json:"d"`
	}
	for _, text := range []string{"2026-03-15", "2026-W53", "2026-03", "2026-Q1", "2026", "FY2026/Oct", "2026-03-01..2026-04-01"} {
		in := doc{P: MustParsePeriod(text), D: MustDate(2026, 3, 15)}
		b, err := json.Marshal(in)
		if err != nil {
			t.Fatal(err)
		}
		var out doc
		if err := json.Unmarshal(b, &out); err != nil || !out.P.Equal(in.P) || out.D != in.D {
			t.Errorf("JSON round trip of %s: %s → %+v, %v", text, b, out, err)
		}
	}
	var out doc
	if err := json.Unmarshal([]byte(`{"p":"2026-02-30"}`), &out); !errors.Is(err, ErrOutOfRange) {
		t.Errorf("Unmarshal(2026-02-30) error = %v", err)
	}
	if err := json.Unmarshal([]byte(`{"p":"","d":""}`), &out); err != nil || !out.P.IsZero() || !out.D.IsZero() {
		t.Errorf("Unmarshal(empty) = %+v, %v", out, err)
	}
}

func TestUnitText(t *testing.T) {
	for u := Day; u <= Year; u++ {
		b, _ := u.MarshalText()
		var back Unit
		if err := back.UnmarshalText(b); err != nil || back != u {
			t.Errorf("round trip of %v = %v, %v", u, back, err)
		}
	}
	var u Unit
	if err := u.UnmarshalText([]byte("fortnight")); !errors.Is(err, ErrInvalid) {
		t.Errorf("UnmarshalText(fortnight) = %v", err)
	}
}
