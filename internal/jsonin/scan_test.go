package jsonin

import "testing"

// TestPosAt checks the position arithmetic of scan.go directly: lines are
// counted by LF, columns by bytes from the line's start, both from 1.
func TestPosAt(t *testing.T) {
	data := []byte("{\n  \"a\": 1,\r\n  \"bb\": [2,\n3]}")
	r := NewReader(data, Limits{})
	tests := []struct{ off, line, col int }{
		{0, 1, 1},   // {
		{1, 1, 2},   // the first LF ends line 1
		{2, 2, 1},   // first space of line 2
		{4, 2, 3},   // "a"
		{11, 2, 10}, // the CR counts as a byte of line 2
		{12, 2, 11}, // its LF
		{15, 3, 3},  // "bb"
		{24, 3, 12}, // the LF after "2,"
		{25, 4, 1},  // 3
	}
	for _, tt := range tests {
		if line, col := r.posAt(tt.off); line != tt.line || col != tt.col {
			t.Errorf("posAt(%d) = %d:%d, want %d:%d (byte %q)", tt.off, line, col, tt.line, tt.col, data[tt.off])
		}
	}
}

// TestBoundedEnd checks where a bounded scan stops: one byte past the room
// when the data goes further (so a too-long value is seen as such), else
// at the end of the data.
func TestBoundedEnd(t *testing.T) {
	tests := []struct{ size, from, room, want int }{
		{100, 10, 5, 16},   // 10 + 5 + 1: the byte that shows the limit is passed
		{100, 10, 90, 100}, // exactly the rest: the end
		{100, 10, 200, 100},
		{0, 0, 0, 0},
	}
	for _, tt := range tests {
		if got := boundedEnd(tt.size, tt.from, tt.room); got != tt.want {
			t.Errorf("boundedEnd(%d, %d, %d) = %d, want %d", tt.size, tt.from, tt.room, got, tt.want)
		}
	}
}
