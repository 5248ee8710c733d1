// Command server serves a greeting; `server -check` prints it and exits.
package main

import (
	"flag"
	"fmt"
	"log"
	"net/http"
	"os"
)

const greeting = "hello from the cache scenarios"

func main() {
	check := flag.Bool("check", false, "print the greeting and exit")
	flag.Parse()
	if *check {
		fmt.Println(greeting)
		return
	}
	port := os.Getenv("PORT")
	if port == "" {
		port = "8080"
	}
	http.HandleFunc("/", func(w http.ResponseWriter, r *http.Request) { fmt.Fprintln(w, greeting) })
	log.Fatal(http.ListenAndServe(":"+port, nil))
}
