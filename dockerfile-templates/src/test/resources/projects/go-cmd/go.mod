module github.com/acme/inventory

go 1.22.5

require github.com/google/uuid v1.6.0
