// Command hello says hello.
package main

func main() {}
