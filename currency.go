package contactcost

import (
	"slices"
	"strings"
)

// Currency is an ISO 4217 currency: its three-letter code and the number of
// decimal places of its minor unit (2 for USD, 0 for JPY, 3 for KWD, 4 for
// CLF). Money in a report is exact in the minor unit.
//
// Get one with [ParseCurrency] or [MustParseCurrency]. The zero Currency
// is "not set" (IsZero reports true); a Model with it fails validation. A
// Currency is a small comparable value: == and Equal agree, and it is safe
// for concurrent use.
type Currency struct {
	code  string
	minor int8
}

// ParseCurrency returns the ISO 4217 currency with the given alphabetic
// code, in either case ("usd" is USD). It fails with ErrUnknownCurrency for
// a code not in the built-in table.
//
// The table holds every currency and fund of ISO 4217 Table A.1 that has a
// minor unit (list published 2024-06-25), plus XCG (Caribbean guilder,
// added 2025). Codes without a minor unit (XAU, XDR, XXX, ...) are not
// currencies a contact center pays costs in and are refused. Codes
// withdrawn after that list (ANG in 2025, BGN in 2026) stay accepted so
// past periods can be reported.
func ParseCurrency(code string) (Currency, error) {
	return parseCurrency(loc{}, "currency", code)
}

// parseCurrency is ParseCurrency with a location for its error.
func parseCurrency(l loc, field, code string) (Currency, error) {
	if len(code) == 3 {
		upper := strings.ToUpper(code)
		if minor, ok := iso4217[upper]; ok {
			return Currency{code: upper, minor: minor}, nil
		}
	}
	return Currency{}, l.err(field, ErrUnknownCurrency, quote(code))
}

// MustParseCurrency is ParseCurrency for constants and tests: it panics
// when code is not a known currency.
func MustParseCurrency(code string) Currency {
	c, err := ParseCurrency(code)
	if err != nil {
		panic(err)
	}
	return c
}

// Currencies returns every currency ParseCurrency accepts, sorted by code.
func Currencies() []Currency {
	out := make([]Currency, 0, len(iso4217))
	for code, minor := range iso4217 {
		out = append(out, Currency{code: code, minor: minor})
	}
	slices.SortFunc(out, func(a, b Currency) int { return strings.Compare(a.code, b.code) })
	return out
}

// MinorUnits returns the number of decimal places of the minor unit.
func (c Currency) MinorUnits() int32 { return int32(c.minor) }

// IsZero reports whether c is the zero Currency (not set).
func (c Currency) IsZero() bool { return c.code == "" }

// Equal reports whether c and o are the same currency.
func (c Currency) Equal(o Currency) bool { return c == o }

// String returns the code ("USD"), or "" for the zero Currency.
func (c Currency) String() string { return c.code }

// MarshalText implements [encoding.TextMarshaler]: the code.
func (c Currency) MarshalText() ([]byte, error) { return []byte(c.code), nil }

// UnmarshalText implements [encoding.TextUnmarshaler] with ParseCurrency;
// empty text gives the zero Currency.
func (c *Currency) UnmarshalText(text []byte) error {
	if len(text) == 0 {
		*c = Currency{}
		return nil
	}
	v, err := ParseCurrency(string(text))
	if err != nil {
		return err
	}
	*c = v
	return nil
}

// iso4217 maps each accepted code to its minor unit. It is never modified.
var iso4217 = map[string]int8{
	"AED": 2, "AFN": 2, "ALL": 2, "AMD": 2, "ANG": 2, "AOA": 2, "ARS": 2, "AUD": 2, "AWG": 2,
	"AZN": 2, "BAM": 2, "BBD": 2, "BDT": 2, "BGN": 2, "BHD": 3, "BIF": 0, "BMD": 2, "BND": 2,
	"BOB": 2, "BOV": 2, "BRL": 2, "BSD": 2, "BTN": 2, "BWP": 2, "BYN": 2, "BZD": 2, "CAD": 2,
	"CDF": 2, "CHE": 2, "CHF": 2, "CHW": 2, "CLF": 4, "CLP": 0, "CNY": 2, "COP": 2, "COU": 2,
	"CRC": 2, "CUC": 2, "CUP": 2, "CVE": 2, "CZK": 2, "DJF": 0, "DKK": 2, "DOP": 2, "DZD": 2,
	"EGP": 2, "ERN": 2, "ETB": 2, "EUR": 2, "FJD": 2, "FKP": 2, "GBP": 2, "GEL": 2, "GHS": 2,
	"GIP": 2, "GMD": 2, "GNF": 0, "GTQ": 2, "GYD": 2, "HKD": 2, "HNL": 2, "HTG": 2, "HUF": 2,
	"IDR": 2, "ILS": 2, "INR": 2, "IQD": 3, "IRR": 2, "ISK": 0, "JMD": 2, "JOD": 3, "JPY": 0,
	"KES": 2, "KGS": 2, "KHR": 2, "KMF": 0, "KPW": 2, "KRW": 0, "KWD": 3, "KYD": 2, "KZT": 2,
	"LAK": 2, "LBP": 2, "LKR": 2, "LRD": 2, "LSL": 2, "LYD": 3, "MAD": 2, "MDL": 2, "MGA": 2,
	"MKD": 2, "MMK": 2, "MNT": 2, "MOP": 2, "MRU": 2, "MUR": 2, "MVR": 2, "MWK": 2, "MXN": 2,
	"MXV": 2, "MYR": 2, "MZN": 2, "NAD": 2, "NGN": 2, "NIO": 2, "NOK": 2, "NPR": 2, "NZD": 2,
	"OMR": 3, "PAB": 2, "PEN": 2, "PGK": 2, "PHP": 2, "PKR": 2, "PLN": 2, "PYG": 0, "QAR": 2,
	"RON": 2, "RSD": 2, "RUB": 2, "RWF": 0, "SAR": 2, "SBD": 2, "SCR": 2, "SDG": 2, "SEK": 2,
	"SGD": 2, "SHP": 2, "SLE": 2, "SOS": 2, "SRD": 2, "SSP": 2, "STN": 2, "SVC": 2, "SYP": 2,
	"SZL": 2, "THB": 2, "TJS": 2, "TMT": 2, "TND": 3, "TOP": 2, "TRY": 2, "TTD": 2, "TWD": 2,
	"TZS": 2, "UAH": 2, "UGX": 0, "USD": 2, "USN": 2, "UYI": 0, "UYU": 2, "UYW": 4, "UZS": 2,
	"VED": 2, "VES": 2, "VND": 0, "VUV": 0, "WST": 2, "XAF": 0, "XCD": 2, "XCG": 2, "XOF": 0,
	"XPF": 0, "YER": 2, "ZAR": 2, "ZMW": 2, "ZWG": 2,
}
