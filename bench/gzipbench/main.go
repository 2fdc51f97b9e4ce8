// gzipbench compresses a file with Go's compress/gzip at a given level (ko uses BestSpeed) and
// prints the throughput in MB/s of input, best of N runs.
package main

import (
	"compress/gzip"
	"fmt"
	"io"
	"os"
	"strconv"
	"time"
)

func main() {
	data, err := os.ReadFile(os.Args[1])
	if err != nil {
		panic(err)
	}
	level, _ := strconv.Atoi(os.Args[2])
	best := 0.0
	for i := 0; i < 5; i++ {
		start := time.Now()
		w, _ := gzip.NewWriterLevel(io.Discard, level)
		w.Write(data)
		w.Close()
		if mbs := float64(len(data)) / 1e6 / time.Since(start).Seconds(); mbs > best {
			best = mbs
		}
	}
	fmt.Printf("%.1f\n", best)
}
