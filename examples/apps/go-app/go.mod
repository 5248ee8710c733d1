module example.com/dockwright/sample-go-app

go 1.22
