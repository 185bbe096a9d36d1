package jsonin

import (
	"bytes"
	"errors"
	"runtime"
	"strings"
	"testing"
)

// allocated returns the bytes allocated while running f.
func allocated(f func()) uint64 {
	var before, after runtime.MemStats
	runtime.GC()
	runtime.ReadMemStats(&before)
	f()
	runtime.ReadMemStats(&after)
	return after.TotalAlloc - before.TotalAlloc
}

// TestHugeValuesRefusedCheaply checks that 50 MB strings, keys and numbers
// are refused with the default limits without allocating anything near their
// size.
func TestHugeValuesRefusedCheaply(t *testing.T) {
	if testing.Short() {
		t.Skip("builds 50 MB documents")
	}
	const size = 50 << 20
	plain := bytes.Repeat([]byte("a"), size)
	escaped := bytes.Repeat([]byte(`\n`), size/2)
	digits := bytes.Repeat([]byte("1"), size)
	docs := map[string][]byte{
		"string":         append(append([]byte(`"`), plain...), '"'),
		"escaped string": append(append([]byte(`"`), escaped...), '"'),
		"unterminated":   append([]byte(`"`), plain...),
		"key":            append(append([]byte(`{"`), plain...), `":1}`...),
		"number":         digits,
	}
	for name, doc := range docs {
		for _, via := range []string{"Skip", "typed"} {
			var err error
			n := allocated(func() {
				if via == "Skip" {
					err = skipAll(doc, Limits{MaxString: 1024})
				} else {
					_, err = decodeAll(doc, Limits{MaxString: 1024})
				}
			})
			var se *SyntaxError
			if !errors.As(err, &se) || !strings.Contains(se.Msg, "longer than 1024 bytes") {
				t.Errorf("%s via %s: got %v, want a length error", name, via, err)
			}
			if n >= 1<<20 {
				t.Errorf("%s via %s: allocated %d bytes refusing it", name, via, n)
			}
		}
	}
}

// TestAllocations checks the allocation counts of the fast paths: none for
// Skip beyond the Reader, one per plain or escaped string.
func TestAllocations(t *testing.T) {
	doc := []byte(bigDocument(20 << 10))
	if n := testing.AllocsPerRun(20, func() {
		if err := skipAll(doc, Limits{}); err != nil {
			t.Fatal(err)
		}
	}); n > 1 {
		t.Errorf("Skip allocates %v times, want at most 1 (the Reader)", n)
	}

	for _, elem := range []string{`"plain string"`, `"esc\u00e9ped\n"`, `-12.5e3`} {
		arr := []byte("[" + strings.Repeat(elem+",", 999) + elem + "]")
		n := testing.AllocsPerRun(20, func() {
			r := NewReader(arr, Limits{})
			err := r.Array(func(int) error {
				var err error
				if elem[0] == '"' {
					_, err = r.String()
				} else {
					_, err = r.Number()
				}
				return err
			})
			if err != nil {
				t.Fatal(err)
			}
		})
		// 1000 strings, the Reader, and a few growths of the unescaping buffer.
		if n > 1000+5 {
			t.Errorf("reading 1000 × %s allocates %v times", elem, n)
		}
	}
}
