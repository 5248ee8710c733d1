module example.com/cachesample

go 1.22
