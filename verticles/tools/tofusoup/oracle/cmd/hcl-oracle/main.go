// Command hcl-oracle answers Vertiform's HCL differential tests with the real
// hcl/v2 (Debian's 2.14.1) and go-cty (1.12.1).
//
//	hcl-oracle summary FILE...   one summary JSON line per file (the contract of `vertiform hcl summary`)
//	hcl-oracle batch             newline-delimited JSON requests on stdin, one response line each
//	hcl-oracle golden            like batch, but prints {"request":R,"response":A} (golden test files)
//	hcl-oracle bench FILE...     parse throughput of hclsyntax.ParseConfig over the files
package main

import (
	"bufio"
	"bytes"
	"fmt"
	"io"
	"io/ioutil"
	"os"
)

func main() {
	args := os.Args[1:]
	if len(args) == 0 {
		usage()
		os.Exit(2)
	}
	mode, args := args[0], args[1:]
	switch mode {
	case "summary":
		w := bufio.NewWriter(os.Stdout)
		for _, name := range args {
			src, err := ioutil.ReadFile(name)
			if err != nil {
				fmt.Fprintf(os.Stderr, "hcl-oracle: %s\n", err)
				os.Exit(1)
			}
			w.Write(summaryLine(name, src))
			w.WriteByte('\n')
		}
		if err := w.Flush(); err != nil {
			os.Exit(1)
		}
	case "batch":
		if err := serve(os.Stdin, os.Stdout); err != nil {
			fmt.Fprintln(os.Stderr, "hcl-oracle:", err)
			os.Exit(1)
		}
	case "golden":
		if err := golden(os.Stdin, os.Stdout); err != nil {
			fmt.Fprintln(os.Stderr, "hcl-oracle:", err)
			os.Exit(1)
		}
	case "bench":
		if err := bench(args, os.Stdout); err != nil {
			fmt.Fprintln(os.Stderr, "hcl-oracle bench:", err)
			os.Exit(1)
		}
	default:
		usage()
		os.Exit(2)
	}
}

func usage() {
	fmt.Fprintln(os.Stderr, "usage: hcl-oracle summary FILE... | hcl-oracle batch | hcl-oracle golden | hcl-oracle bench [-rounds N] FILE...")
}

// golden answers each request line and prints it with its answer, which is
// the format of the Java golden test files (hcl/src/test/resources).
func golden(in io.Reader, out io.Writer) error {
	r := bufio.NewReaderSize(in, 1<<16)
	w := bufio.NewWriterSize(out, 1<<16)
	for {
		line, err := r.ReadBytes('\n')
		line = bytes.TrimRight(line, "\r\n")
		if len(line) > 0 {
			w.WriteString(`{"request":`)
			w.Write(line)
			w.WriteString(`,"response":`)
			w.Write(handle(line))
			w.WriteString("}\n")
		}
		if err == io.EOF {
			return w.Flush()
		}
		if err != nil {
			return err
		}
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
			w.Write(handle(line))
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
