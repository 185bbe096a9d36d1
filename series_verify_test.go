package contactcost

import (
	"errors"
	"testing"
)

// seriesVerifyFixture is the quarter of series_test.go's worked example:
// January to March, each month's report and the quarter's.
func seriesVerifyFixture(t *testing.T) Series {
	t.Helper()
	m, vols := seriesQuarterModel()
	s, err := m.Series(UnitMonth, vols)
	if err != nil {
		t.Fatalf("Series() error: %v", err)
	}
	return s
}

func TestSeriesVerifyAcceptsMadeSeries(t *testing.T) {
	if err := seriesVerifyFixture(t).Verify(); err != nil {
		t.Errorf("Series.Verify() = %v", err)
	}
}

// TestSeriesVerifyCatchesTampering changes one figure at a time so that the
// whole no longer sums the months (each report alone still verifies where
// the change keeps it consistent) and expects the path of the problem.
func TestSeriesVerifyCatchesTampering(t *testing.T) {
	tests := []struct {
		name   string
		tamper func(s *Series)
		path   string
	}{
		{"fewer sub-periods counted", func(s *Series) { s.Whole.SubPeriods = 2 }, "whole.sub_periods"},
		{"a month left out", func(s *Series) { s.Reports = s.Reports[:2]; s.Whole.SubPeriods = 2 }, "whole.period"},
		{"months out of order", func(s *Series) { s.Reports[0], s.Reports[1] = s.Reports[1], s.Reports[0] }, "reports[0].period"},
		{"another rounding in a month", func(s *Series) { s.Reports[1].Rounding = Rounding{Mode: RoundUp} }, "reports[1]"},
		{
			// A month's whole report made to say 1.00 more on voice and in
			// the rent line: it verifies alone, but the quarter no longer
			// sums the months.
			"a month's rent changed consistently",
			func(s *Series) {
				r := &s.Reports[0]
				r.Lines[1].Amount = r.Lines[1].Amount.Add(dec("1"))
				r.Lines[1].Parts[0].Amount = r.Lines[1].Parts[0].Amount.Add(dec("1"))
				r.Lines[1].Exact = ratioOfRat(r.Lines[1].Amount.Rat())
				r.Channels[0].Direct = r.Channels[0].Direct.Add(dec("1"))
				r.Channels[0].Cost = r.Channels[0].Cost.Add(dec("1"))
				c := r.Channels[0]
				cpc, _ := CostPerContact(c.Cost, c.Contacts)
				r.Channels[0].ExactCostPerContact = cpc
				r.Channels[0].CostPerContact, _ = cpc.Round(RoundHalfEven, 2)
				cpm, _ := NewRatio(c.Cost, c.HandleMinutes)
				r.Channels[0].ExactCostPerMinute = cpm
				r.Channels[0].CostPerMinute, _ = cpm.Round(RoundHalfEven, 2)
				r.Center.Direct = r.Center.Direct.Add(dec("1"))
				r.Center.Cost = r.Center.Cost.Add(dec("1"))
				center, _ := CostPerContact(r.Center.Cost, r.Center.Contacts)
				r.Center.ExactCostPerContact = center
				r.Center.CostPerContact, _ = center.Round(RoundHalfEven, 2)
				cm, _ := NewRatio(r.Center.Cost, r.Center.HandleMinutes)
				r.Center.ExactCostPerMinute = cm
				r.Center.CostPerMinute, _ = cm.Round(RoundHalfEven, 2)
				for k := range r.Categories {
					if r.Categories[k].Category == CategoryFacilities {
						r.Categories[k].Cost = r.Categories[k].Cost.Add(dec("1"))
						r.Categories[k].Cells[0].Amount = r.Categories[k].Cells[0].Amount.Add(dec("1"))
					}
				}
			},
			"whole.channels[0].direct",
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			s := seriesVerifyFixture(t)
			tt.tamper(&s)
			err := s.Verify()
			if err == nil {
				t.Fatal("Series.Verify() = nil, want a problem")
			}
			found := false
			for _, e := range errorList(err) {
				var fe *FieldError
				if errors.As(e, &fe) && (fe.Path == tt.path || len(fe.Path) > len(tt.path) && fe.Path[:len(tt.path)] == tt.path) {
					found = true
				}
			}
			if !found {
				t.Errorf("Series.Verify() = %v, want a problem at %s", err, tt.path)
			}
		})
	}
}
