module github.com/contactcost/contactcost

go 1.24

require github.com/shopspring/decimal v1.4.0

require github.com/google/go-cmp v0.7.0
