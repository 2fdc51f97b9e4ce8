// gzipbench compresses a file with Go's compress/gzip at a given level (ko uses BestSpeed) and
// prints the throughput in MB/s of input (best of 5 runs) and the compressed size in bytes.
package main

import (
	"compress/gzip"
	"fmt"
	"os"
	"strconv"
	"time"
)

type counter struct{ n int64 }

func (c *counter) Write(p []byte) (int, error) {
	c.n += int64(len(p))
	return len(p), nil
}

func main() {
	data, err := os.ReadFile(os.Args[1])
	if err != nil {
		panic(err)
	}
	level, _ := strconv.Atoi(os.Args[2])
	best := 0.0
	var size int64
	for i := 0; i < 5; i++ {
		start := time.Now()
		n := &counter{}
		w, _ := gzip.NewWriterLevel(n, level)
		w.Write(data)
		w.Close()
		if mbs := float64(len(data)) / 1e6 / time.Since(start).Seconds(); mbs > best {
			best = mbs
		}
		size = n.n
	}
	fmt.Printf("%.1f %d\n", best, size)
}
