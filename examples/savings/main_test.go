package main

import (
	"bytes"
	"math/big"
	"strings"
	"testing"

	"github.com/contactcost/contactcost"
	"github.com/shopspring/decimal"
)

func TestSavingsExample(t *testing.T) {
	var out bytes.Buffer
	if err := run(&out); err != nil {
		t.Fatal(err)
	}
	// The help center meets 40% of 9500 emails: 3800 sessions, 35% of
	// them resolved (1330), a quarter of those coming back (332.5): email
	// keeps 9500 − 997.5 = 8502.5 contacts and 80750 · 8502.5/9500 =
	// 72271.25 handle minutes, 8478.75 fewer. Wages and benefits (515625,
	// variable with the 507050 agent minutes, following them under
	// proportional labour) fall by 515625 · 8478.75/507050 = 8622.1388 →
	// 8622.14 gross; the lever adds 3800 sessions, and 332.5 × 0.40 = 133
	// more for the customers who come back and meet the help center again:
	// 3933 × 0.05 = 196.65, and its 1200.00 fee: 1396.65; net 7225.49.
	for _, want := range []string{"8622.14", "1396.65", "7225.49", "email contacts: 9500 − (1330 − 332.5) = 8502.5"} {
		if !strings.Contains(out.String(), want) {
			t.Errorf("output lacks %q:\n%s", want, out.String())
		}
	}
	// Independently of the printout: the increments add up to the total.
	e, err := center().Estimate(scenario(contactcost.LabourProportional))
	if err != nil {
		t.Fatal(err)
	}
	sum := decimal.Zero
	for _, l := range e.Levers {
		sum = sum.Add(l.Increment.Net)
	}
	if !sum.Equal(e.Total.Net) || !e.Before.Center.Cost.Sub(e.After.Center.Cost).Equal(sum) {
		t.Errorf("increments %v, savings %v", sum, e.Total.Net)
	}
	wages := new(big.Rat).Mul(big.NewRat(515625, 1), big.NewRat(847875, 100))
	wages.Quo(wages, big.NewRat(507050, 1))
	if wages.FloatString(2) != "8622.14" {
		t.Errorf("worked figure %s", wages.FloatString(2))
	}
}
