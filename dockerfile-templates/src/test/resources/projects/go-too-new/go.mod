module example.com/future

go 1.24.0
