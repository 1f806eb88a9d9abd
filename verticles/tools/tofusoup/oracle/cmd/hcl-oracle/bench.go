package main

import (
	"flag"
	"fmt"
	"io"
	"io/ioutil"
	"sort"
	"time"

	"github.com/hashicorp/hcl/v2"
	"github.com/hashicorp/hcl/v2/hclsyntax"
)

// bench parses every file with hclsyntax.ParseConfig, several rounds after a
// warm-up, and prints "<bytes> <best seconds> <median seconds> <MB/s best>".
func bench(args []string, out io.Writer) error {
	fs := flag.NewFlagSet("bench", flag.ContinueOnError)
	rounds := fs.Int("rounds", 5, "timed rounds")
	if err := fs.Parse(args); err != nil {
		return err
	}
	var srcs [][]byte
	total := 0
	for _, name := range fs.Args() {
		b, err := ioutil.ReadFile(name)
		if err != nil {
			return err
		}
		srcs = append(srcs, b)
		total += len(b)
	}
	if total == 0 {
		return fmt.Errorf("no input")
	}
	parseAll := func() {
		for i, src := range srcs {
			hclsyntax.ParseConfig(src, fmt.Sprint(i), hcl.InitialPos)
		}
	}
	parseAll()
	times := make([]float64, 0, *rounds)
	for r := 0; r < *rounds; r++ {
		start := time.Now()
		parseAll()
		times = append(times, time.Since(start).Seconds())
	}
	sort.Float64s(times)
	fmt.Fprintf(out, "%d %.6f %.6f %.2f\n", total, times[0], times[len(times)/2], float64(total)/times[0]/1e6)
	return nil
}
