package main

import (
	"bytes"
	"math/big"
	"strings"
	"testing"

	"github.com/shopspring/decimal"
)

func TestSavingsExample(t *testing.T) {
	var out bytes.Buffer
	if err := run(&out); err != nil {
		t.Fatal(err)
	}
	// The help center deflects 15% of 9500 emails, a quarter of them coming
	// back: email keeps 9500 − (1425 − 356.25) = 8431.25 contacts and
	// 80750 · 8431.25/9500 = 71665.625 handle minutes. Wages and benefits
	// (515625, variable with the 507050 agent minutes) fall by
	// 515625 · 9084.375/507050 = 9238.0058 → 9238.01 gross; the lever adds
	// 1425 sessions × 0.10 = 142.50 and its 1200.00 subscription: 1342.50;
	// net 7895.51.
	for _, want := range []string{"9238.01", "1342.50", "7895.51", "email contacts: 9500 − (1425 − 356.25) = 8431.25"} {
		if !strings.Contains(out.String(), want) {
			t.Errorf("output lacks %q:\n%s", want, out.String())
		}
	}
	// Independently of the printout: the increments add up to the total.
	e, err := center().Estimate(scenario())
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
	wages := new(big.Rat).Mul(big.NewRat(515625, 1), big.NewRat(9084375, 1000))
	wages.Quo(wages, big.NewRat(507050, 1))
	if wages.FloatString(2) != "9238.01" {
		t.Errorf("worked figure %s", wages.FloatString(2))
	}
}
