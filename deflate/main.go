// deflate writes the action's gzip-compressed layers. The action describes each layer as a list
// of parts (bytes it made: tar headers, padding; and files read here: the programs), one JSON line
// per request on standard input; this program writes the given gzip header, the parts as one raw
// DEFLATE stream (RFC 1951, github.com/klauspost/compress/flate, about twice zlib's speed at a like
// size) and the RFC 1952 trailer to the named file, and answers on standard output, one JSON line
// per request, with the sha256 and size of the parts (the layer's diff ID) and of what it wrote
// (its digest). Requests run side by side; it exits once its input ends and every answer is out.
// Doing the reading, hashing and writing here keeps the layers' bytes out of the action's Node
// process, whose one thread has other work while the platforms build.
//
// The parts go to the compressor in fixed 1 MiB blocks, whatever their sizes, so the output
// depends on the bytes alone: layers stay reproducible.
package main

import (
	"bufio"
	"crypto/sha256"
	"encoding/binary"
	"encoding/hex"
	"encoding/json"
	"errors"
	"fmt"
	"hash/crc32"
	"io"
	"os"
	"strconv"
	"sync"
	"syscall"

	"github.com/klauspost/compress/flate"
)

type part struct {
	Data []byte `json:"data,omitempty"`
	File string `json:"file,omitempty"`
	Size int64  `json:"size,omitempty"`
}

type request struct {
	ID     int64  `json:"id"`
	Out    string `json:"out"`
	Header []byte `json:"header"`
	Parts  []part `json:"parts"`
}

type response struct {
	ID               int64  `json:"id"`
	DiffID           string `json:"diffId,omitempty"`
	Digest           string `json:"digest,omitempty"`
	Size             int64  `json:"size"`
	UncompressedSize int64  `json:"uncompressedSize"`
	Error            string `json:"error,omitempty"`
	// What failed: "read" (a part's file) or "write" (the output file), and the system's error
	// number when there is one (ENOSPC: the action says the disk is full).
	Failed string `json:"failed,omitempty"`
	Errno  int    `json:"errno,omitempty"`
}

const block = 1 << 20

func main() {
	if len(os.Args) != 2 {
		fail(fmt.Errorf("usage: deflate <level 1-9>"))
	}
	level, err := strconv.Atoi(os.Args[1])
	if err != nil || level < 1 || level > 9 {
		fail(fmt.Errorf("level %q: give 1-9", os.Args[1]))
	}
	in := bufio.NewScanner(os.Stdin)
	// A request carries small files' bytes (a data directory's, the base files): allow large lines.
	in.Buffer(make([]byte, 0, 1<<20), 1<<30)
	out := json.NewEncoder(os.Stdout)
	var answering sync.Mutex
	var running sync.WaitGroup
	for in.Scan() {
		var req request
		if err := json.Unmarshal(in.Bytes(), &req); err != nil {
			fail(fmt.Errorf("request: %w", err))
		}
		running.Add(1)
		go func() {
			defer running.Done()
			res := write(req, level)
			answering.Lock()
			defer answering.Unlock()
			if err := out.Encode(res); err != nil {
				fail(err)
			}
		}()
	}
	if err := in.Err(); err != nil {
		fail(err)
	}
	running.Wait()
}

func fail(err error) {
	fmt.Fprintln(os.Stderr, "deflate:", err)
	os.Exit(1)
}

// write makes one layer file; its failures are the answer, not the program's.
func write(req request, level int) response {
	res := response{ID: req.ID}
	f, err := os.Create(req.Out)
	if err != nil {
		return failed(res, "write", err)
	}
	defer f.Close()
	file := &recording{w: f}
	buffered := bufio.NewWriterSize(file, block)
	digest := sha256.New()
	compressed := &counting{}
	gz := io.MultiWriter(buffered, digest, compressed)
	deflate, err := flate.NewWriter(gz, level)
	if err != nil {
		return failed(res, "write", err)
	}
	diff := sha256.New()
	crc := crc32.NewIEEE()
	blocks := &blocks{w: deflate, buf: make([]byte, 0, block)}
	tar := &counting{}
	parts := io.MultiWriter(blocks, diff, crc, tar)
	writeFailed := func(err error) response {
		if file.err != nil {
			err = file.err
		}
		return failed(res, "write", err)
	}
	if _, err := gz.Write(req.Header); err != nil {
		return writeFailed(err)
	}
	for _, p := range req.Parts {
		if p.File == "" {
			if _, err := parts.Write(p.Data); err != nil {
				return writeFailed(err)
			}
			continue
		}
		n, err := copyFile(parts, p.File)
		if file.err != nil {
			return writeFailed(file.err)
		}
		if err != nil {
			return failed(res, "read", err)
		}
		if n != p.Size {
			return failed(res, "read", fmt.Errorf("%s: size changed while reading (%d != %d)", p.File, n, p.Size))
		}
	}
	if err := blocks.flush(); err != nil {
		return writeFailed(err)
	}
	if err := deflate.Close(); err != nil {
		return writeFailed(err)
	}
	var trailer [8]byte
	binary.LittleEndian.PutUint32(trailer[:4], crc.Sum32())
	binary.LittleEndian.PutUint32(trailer[4:], uint32(tar.n))
	if _, err := gz.Write(trailer[:]); err != nil {
		return writeFailed(err)
	}
	if err := buffered.Flush(); err != nil {
		return writeFailed(err)
	}
	if err := f.Close(); err != nil {
		return writeFailed(err)
	}
	res.DiffID = "sha256:" + hex.EncodeToString(diff.Sum(nil))
	res.Digest = "sha256:" + hex.EncodeToString(digest.Sum(nil))
	res.Size = compressed.n
	res.UncompressedSize = tar.n
	return res
}

func failed(res response, what string, err error) response {
	res.Error = err.Error()
	res.Failed = what
	var errno syscall.Errno
	if errors.As(err, &errno) {
		res.Errno = int(errno)
	}
	return res
}

func copyFile(w io.Writer, path string) (int64, error) {
	f, err := os.Open(path)
	if err != nil {
		return 0, err
	}
	defer f.Close()
	return io.CopyBuffer(w, f, make([]byte, block))
}

// blocks hands the compressor whole 1 MiB blocks (the last one short).
type blocks struct {
	w   io.Writer
	buf []byte
}

func (b *blocks) Write(p []byte) (int, error) {
	n := len(p)
	for len(p) > 0 {
		k := copy(b.buf[len(b.buf):cap(b.buf)], p)
		b.buf = b.buf[:len(b.buf)+k]
		p = p[k:]
		if len(b.buf) == cap(b.buf) {
			if err := b.flush(); err != nil {
				return 0, err
			}
		}
	}
	return n, nil
}

func (b *blocks) flush() error {
	if len(b.buf) == 0 {
		return nil
	}
	_, err := b.w.Write(b.buf)
	b.buf = b.buf[:0]
	return err
}

type counting struct{ n int64 }

func (c *counting) Write(p []byte) (int, error) {
	c.n += int64(len(p))
	return len(p), nil
}

// recording keeps the output file's own error: a full disk is the layout's failure, not a part's.
type recording struct {
	w   io.Writer
	err error
}

func (r *recording) Write(p []byte) (int, error) {
	n, err := r.w.Write(p)
	if err != nil && r.err == nil {
		r.err = err
	}
	return n, err
}
