// Command cty-oracle answers Vertiform's `cty batch` protocol with the real
// go-cty (Debian's 1.12.1) so Java results can be diffed against it.
//
//	cty-oracle [batch]              newline-delimited JSON requests on stdin
//	cty-oracle bench [flags] <file> time go-cty msgpack encode/decode
package main

import (
	"bufio"
	"fmt"
	"io"
	"os"

	"vertiform.io/tofusoup/oracle/ctybatch"
)

func main() {
	args := os.Args[1:]
	mode := "batch"
	if len(args) > 0 {
		mode, args = args[0], args[1:]
	}
	switch mode {
	case "batch":
		if err := serve(os.Stdin, os.Stdout); err != nil {
			fmt.Fprintln(os.Stderr, "cty-oracle:", err)
			os.Exit(1)
		}
	case "bench":
		if err := bench(args, os.Stdout); err != nil {
			fmt.Fprintln(os.Stderr, "cty-oracle bench:", err)
			os.Exit(1)
		}
	case "-h", "--help", "help":
		fmt.Fprintln(os.Stderr, "usage: cty-oracle [batch] | cty-oracle bench [-warmup D] [-rounds N] [-round D] FILE")
	default:
		fmt.Fprintf(os.Stderr, "cty-oracle: unknown mode %q (want batch or bench)\n", mode)
		os.Exit(2)
	}
}

// serve answers one line per request, flushing after each so a client can
// stream requests and read answers in lock step.
func serve(in io.Reader, out io.Writer) error {
	r := bufio.NewReaderSize(in, 1<<16)
	w := bufio.NewWriterSize(out, 1<<16)
	for {
		line, err := r.ReadBytes('\n')
		if len(line) > 0 {
			if line[len(line)-1] == '\n' {
				line = line[:len(line)-1]
			}
			if n := len(line); n > 0 && line[n-1] == '\r' {
				line = line[:n-1]
			}
			w.Write(ctybatch.Handle(line))
			w.WriteByte('\n')
			if ferr := w.Flush(); ferr != nil {
				return ferr
			}
		}
		if err == io.EOF {
			return nil
		}
		if err != nil {
			return err
		}
	}
}
