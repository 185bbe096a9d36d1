//go:build !race

package civil

// The years TestEveryDay compares with the time package: all of them.
const timeFrom, timeTo = MinYear, MaxYear
