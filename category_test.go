package contactcost

import (
	"errors"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
)

// categoryKnown lists the well-known categories.
var categoryKnown = []Category{CategoryWages, CategoryBenefits, CategoryTechnology, CategorySoftwareLicences,
	CategoryTelephony, CategoryFacilities, CategoryTaxes, CategoryTraining, CategoryOutsourcing, CategoryOther}

func TestCategoryLabels(t *testing.T) {
	for _, c := range append(categoryKnown, "quality assurance", "Qualität", "rent & utilities") {
		if err := checkLabel(loc{}, "category", string(c)); err != nil {
			t.Errorf("checkLabel(category %q) = %v, want nil", c, err)
		}
	}
	bad := []struct {
		c    Category
		want error
	}{
		{"", ErrNotSet},
		{"rent\n", ErrInvalid},
		{" rent", ErrInvalid},
		{Category(strings.Repeat("c", 65)), ErrInvalid},
	}
	for _, b := range bad {
		if err := checkLabel(loc{}, "category", string(b.c)); !errors.Is(err, b.want) {
			t.Errorf("checkLabel(category %q) = %v, want %v", b.c, err, b.want)
		}
	}
}

// TestCategorySet pins the numbering of a model's categories, in order of
// first appearance, and the check of each label: a bad label is reported
// at every line that uses it, and still gets a number.
func TestCategorySet(t *testing.T) {
	uses := []Category{CategoryWages, "", CategoryTelephony, CategoryWages, "", "bad\tlabel", CategoryTelephony, "bad\tlabel"}
	var s categorySet
	var errs errList
	var ids []int
	for i, c := range uses {
		ids = append(ids, s.id(loc{path: "costs"}.index(i).named("line "+string(rune('A'+i))), c, &errs))
	}
	if diff := cmp.Diff([]int{0, 1, 2, 0, 1, 3, 2, 3}, ids); diff != "" {
		t.Errorf("categorySet.id numbers mismatch (-want +got):\n%s", diff)
	}
	if diff := cmp.Diff([]Category{CategoryWages, "", CategoryTelephony, "bad\tlabel"}, s.names); diff != "" {
		t.Errorf("categorySet.names mismatch (-want +got):\n%s", diff)
	}
	// One error per use of a bad label, at that line's category.
	want := []struct {
		err        error
		path, name string
	}{
		{ErrNotSet, "costs[1].category", "line B"},
		{ErrNotSet, "costs[4].category", "line E"},
		{ErrInvalid, "costs[5].category", "line F"},
		{ErrInvalid, "costs[7].category", "line H"},
	}
	if len(errs) != len(want) {
		t.Fatalf("categorySet.id reported %d errors, want %d: %v", len(errs), len(want), errs.join())
	}
	for i, w := range want {
		var fe *FieldError
		if !errors.Is(errs[i], w.err) || !errors.As(errs[i], &fe) || fe.Path != w.path || fe.Name != w.name {
			t.Errorf("categorySet.id error %d = %v, want %v at %s (%q)", i, errs[i], w.err, w.path, w.name)
		}
	}
}
