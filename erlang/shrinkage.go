package erlang

import (
	"math/big"
	"strconv"
	"strings"

	"github.com/shopspring/decimal"
)

// CompoundShrinkage combines shrinkage components that each take their
// share of the time the others leave: 1 − Π(1 − s_i). Breaks of 10% and
// absence of 5% are 1 − 0.9 × 0.95 = 14.5%, not 15%. Each component must
// be in [0, 1) with at most 30 decimal places, and there may be at most
// MaxShrinkageComponents; the result is exact (at most 600 places) and
// accepted by ScheduledAgents and Profile.FTE.
func CompoundShrinkage(components ...decimal.Decimal) (decimal.Decimal, error) {
	if len(components) > MaxShrinkageComponents {
		return decimal.Decimal{}, inputErr("components", ErrTooLarge, strconv.Itoa(len(components))+
			" components (at most "+strconv.Itoa(MaxShrinkageComponents)+")")
	}
	left := decimal.NewFromInt(1)
	for i, c := range components {
		if err := checkShrinkage("components["+strconv.Itoa(i)+"]", c, componentPlaces); err != nil {
			return decimal.Decimal{}, err
		}
		if c.Sign() != 0 { // 0 takes nothing (and 0e2000000000 would rescale to its full size)
			left = left.Mul(decimal.NewFromInt(1).Sub(c))
		}
	}
	return decimal.NewFromInt(1).Sub(left), nil
}

// MaxShrinkageComponents bounds CompoundShrinkage's components.
const MaxShrinkageComponents = 20

// Decimal places a shrinkage component may have, and a shrinkage (a
// compound of up to MaxShrinkageComponents components has up to 600).
const (
	componentPlaces = 30
	shrinkagePlaces = componentPlaces * MaxShrinkageComponents
)

// checkShrinkage refuses a share outside [0, 1) and a decimal too long to
// be a share (more than places digits after the point).
func checkShrinkage(field string, s decimal.Decimal, places int32) error {
	if s.Sign() == 0 {
		return nil // 0 is a share, however it is written (0e2000000000 too)
	}
	// Judged by value, not by how it is written: trailing zeros (0.10…0,
	// 0e-40) do not count, up to a bound on the digits read.
	if s.Exponent() < -places && (s.Exponent() < -places-2000 || trimmedPlaces(s) > places) {
		return inputErr(field, ErrInvalid, "shrinkage has more than "+strconv.Itoa(int(places))+" decimal places")
	}
	// A positive exponent with a coefficient not 0 is 1 or more: refused before
	// Cmp, which would rescale a hostile 1e2000000000 to its full size.
	if s.Sign() < 0 || s.Exponent() > 0 || s.Cmp(decimal.NewFromInt(1)) >= 0 {
		text := "a number of exponent " + strconv.Itoa(int(s.Exponent())) // never written out in full
		if s.Exponent() <= 0 {
			text = s.String()
		}
		return inputErr(field, ErrInvalid, "shrinkage must be a share in [0, 1): "+text)
	}
	return nil
}

// trimmedPlaces returns the decimal places of s without trailing zeros.
func trimmedPlaces(s decimal.Decimal) int32 {
	text := s.String() // shopspring trims trailing zeros
	if i := strings.IndexByte(text, '.'); i >= 0 {
		return int32(len(text) - i - 1)
	}
	return 0
}

// ScheduledAgents returns the agents to schedule so that agents are
// available after shrinkage: ceil(agents / (1 − shrinkage)), exactly
// (21 at 0.3 is 30). It divides: agents × (1 + shrinkage) understates.
func ScheduledAgents(agents int, shrinkage decimal.Decimal) (int, error) {
	if agents < 0 {
		return 0, inputErr("agents", ErrInvalid, "must not be negative: "+strconv.Itoa(agents))
	}
	x, err := scheduled(new(big.Rat).SetInt64(int64(agents)), shrinkage)
	if err != nil {
		return 0, err
	}
	c := ceilRat(x)
	if !c.IsInt64() || c.Int64() > MaxAgents*MaxConcurrency {
		field := "shrinkage"
		if agents > MaxAgents*MaxConcurrency {
			field = "agents"
		}
		return 0, inputErr(field, ErrTooLarge, "the scheduled agents exceed "+strconv.Itoa(MaxAgents*MaxConcurrency))
	}
	return int(c.Int64()), nil
}

// scheduled returns x / (1 − shrinkage), exactly.
func scheduled(x *big.Rat, shrinkage decimal.Decimal) (*big.Rat, error) {
	if err := checkShrinkage("shrinkage", shrinkage, shrinkagePlaces); err != nil {
		return nil, err
	}
	left := big.NewRat(1, 1)
	if shrinkage.Sign() != 0 { // see CompoundShrinkage
		left.Sub(left, shrinkage.Rat())
	}
	return new(big.Rat).Quo(x, left), nil
}
