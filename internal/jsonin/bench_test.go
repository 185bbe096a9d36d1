package jsonin

import (
	"encoding/json"
	"fmt"
	"strings"
	"testing"
)

// bigDocument returns a document of at least size bytes shaped like a cost
// model: an object holding an array of cost lines with strings, numbers,
// booleans, nulls and small nested arrays, in indented layout.
func bigDocument(size int) string {
	var b strings.Builder
	b.WriteString("{\n  \"currency\": \"EUR\",\n  \"costs\": [\n")
	for i := 0; b.Len() < size; i++ {
		if i > 0 {
			b.WriteString(",\n")
		}
		fmt.Fprintf(&b, `    {"id": "cost-%05d", "label": "Agent salaries \u00e9t\u00e9 %d", `+
			`"amount": %d.%02d, "share": %de-2, "channel": ["voice", "chat"], `+
			`"fixed": %t, "note": null}`, i, i, i*137, i%100, i%97, i%2 == 0)
	}
	b.WriteString("\n  ]\n}\n")
	return b.String()
}

// BenchmarkSkip skips a ~100 KB document.
func BenchmarkSkip(b *testing.B) {
	doc := []byte(bigDocument(100 << 10))
	b.SetBytes(int64(len(doc)))
	b.ReportAllocs()
	for b.Loop() {
		if err := skipAll(doc, Limits{}); err != nil {
			b.Fatal(err)
		}
	}
}

// BenchmarkDecode reads the same document with the typed API, as the typed
// readers of the library do.
func BenchmarkDecode(b *testing.B) {
	doc := []byte(bigDocument(100 << 10))
	b.SetBytes(int64(len(doc)))
	b.ReportAllocs()
	for b.Loop() {
		if _, err := decodeAll(doc, Limits{}); err != nil {
			b.Fatal(err)
		}
	}
}

// BenchmarkStdValid is a reference point: json.Valid on the same document.
func BenchmarkStdValid(b *testing.B) {
	doc := []byte(bigDocument(100 << 10))
	b.SetBytes(int64(len(doc)))
	b.ReportAllocs()
	for b.Loop() {
		if !json.Valid(doc) {
			b.Fatal("invalid")
		}
	}
}
