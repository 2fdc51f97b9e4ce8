// hello is a small HTTP service used by the demo and the tests.
// `hello -version` prints its build facts and exits, so tests can run it under qemu.
package main

import (
	"flag"
	"fmt"
	"log"
	"net/http"
	"os"
	"runtime"

	"github.com/google/uuid"
)

var version = "dev"

func main() {
	showVersion := flag.Bool("version", false, "print version and platform, then exit")
	addr := flag.String("addr", ":8080", "listen address")
	flag.Parse()

	if *showVersion {
		fmt.Printf("hello %s %s/%s\n", version, runtime.GOOS, runtime.GOARCH)
		return
	}
	id := uuid.NewString()
	http.HandleFunc("/", func(w http.ResponseWriter, r *http.Request) {
		fmt.Fprintf(w, "hello from %s/%s (instance %s)\n", runtime.GOOS, runtime.GOARCH, id)
	})
	log.Printf("listening on %s", *addr)
	if err := http.ListenAndServe(*addr, nil); err != nil {
		log.Print(err)
		os.Exit(1)
	}
}
