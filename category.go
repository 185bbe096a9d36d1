package contactcost

// Category classifies a cost line, such as wages or telephony. The package
// defines the usual categories of a fully loaded contact-center cost as
// constants; any other label (1 to 64 bytes of printable UTF-8 without
// surrounding spaces) is a custom category.
type Category string

// The well-known cost categories.
const (
	CategoryWages            Category = "wages"             // agent wages and overtime
	CategoryBenefits         Category = "benefits"          // benefits and payroll taxes
	CategoryTechnology       Category = "technology"        // hardware, platform and infrastructure
	CategorySoftwareLicences Category = "software-licences" // per-seat and other licences
	CategoryTelephony        Category = "telephony"         // minutes, numbers, toll-free
	CategoryFacilities       Category = "facilities"        // office space, utilities
	CategoryTaxes            Category = "taxes"             // taxes other than payroll taxes
	CategoryTraining         Category = "training"          // recruiting and training
	CategoryOutsourcing      Category = "outsourcing"       // contractors and outsourcers
	CategoryOther            Category = "other"             // anything else
)

// categorySet remembers the categories of a model: each label is checked
// once, and each gets a number in order of first appearance (the order of
// a report's category rows).
type categorySet struct {
	ids   map[Category]int
	names []Category
}

// id returns the number of category c, checking its label the first time
// it is seen; a bad label is reported at l and still gets a number.
func (s *categorySet) id(l loc, c Category, errs *errList) int {
	if id, ok := s.ids[c]; ok {
		if id < 0 {
			errs.add(checkLabel(l, "category", string(c)))
			return ^id
		}
		return id
	}
	if s.ids == nil {
		s.ids = make(map[Category]int)
	}
	id := len(s.names)
	s.names = append(s.names, c)
	if err := checkLabel(l, "category", string(c)); err != nil {
		errs.add(err)
		s.ids[c] = ^id // remembered as bad, so each line using it is told
		return id
	}
	s.ids[c] = id
	return id
}
