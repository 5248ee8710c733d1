module example.com/pair

go 1.23.0
