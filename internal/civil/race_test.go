//go:build race

package civil

// The years TestEveryDay compares with the time package under the race
// detector, which slows the walk several times over.
const timeFrom, timeTo = 1600, 2400
