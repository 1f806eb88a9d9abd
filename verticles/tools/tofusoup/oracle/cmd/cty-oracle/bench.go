package main

import (
	"bufio"
	"encoding/json"
	"flag"
	"fmt"
	"io"
	"os"
	"sort"
	"time"

	"github.com/zclconf/go-cty/cty"
	ctymsgpack "github.com/zclconf/go-cty/cty/msgpack"

	"vertiform.io/tofusoup/oracle/richjson"
)

// benchCase is one line of the bench input file: the same data the Java
// JMH benchmark uses, written by the Java side as rich JSON.
type benchCase struct {
	Name  string          `json:"name"`
	Type  json.RawMessage `json:"type"`
	Value json.RawMessage `json:"value"`
}

// bench prints "<name> <encode|decode> <median ns/op> <min ns/op> <bytes>"
// per case; the median of several rounds damps noise on a shared machine.
func bench(args []string, out io.Writer) error {
	fs := flag.NewFlagSet("bench", flag.ContinueOnError)
	warmup := fs.Duration("warmup", 2*time.Second, "warm-up time per case and op")
	rounds := fs.Int("rounds", 5, "measured rounds per case and op")
	round := fs.Duration("round", time.Second, "duration of one measured round")
	if err := fs.Parse(args); err != nil {
		return err
	}
	if fs.NArg() != 1 {
		return fmt.Errorf("exactly one input file is required")
	}
	f, err := os.Open(fs.Arg(0))
	if err != nil {
		return err
	}
	defer f.Close()
	r := bufio.NewReader(f)
	for {
		line, rerr := r.ReadBytes('\n')
		if len(line) > 1 {
			if err := benchOne(line, *warmup, *rounds, *round, out); err != nil {
				return err
			}
		}
		if rerr == io.EOF {
			return nil
		}
		if rerr != nil {
			return rerr
		}
	}
}

func benchOne(line []byte, warmup time.Duration, rounds int, round time.Duration, out io.Writer) error {
	var c benchCase
	if err := json.Unmarshal(line, &c); err != nil {
		return fmt.Errorf("bad bench case: %s", err)
	}
	var ty cty.Type
	if err := ty.UnmarshalJSON(c.Type); err != nil {
		return fmt.Errorf("%s: bad type: %s", c.Name, err)
	}
	val, err := richjson.Parse(c.Value, ty)
	if err != nil {
		return fmt.Errorf("%s: bad value: %s", c.Name, richjson.ErrorText(err))
	}
	encoded, err := ctymsgpack.Marshal(val, ty)
	if err != nil {
		return fmt.Errorf("%s: encode: %s", c.Name, err)
	}
	encode := func() error { _, err := ctymsgpack.Marshal(val, ty); return err }
	decode := func() error { _, err := ctymsgpack.Unmarshal(encoded, ty); return err }
	for _, op := range []struct {
		name string
		fn   func() error
	}{{"encode", encode}, {"decode", decode}} {
		median, min, err := measure(op.fn, warmup, rounds, round)
		if err != nil {
			return fmt.Errorf("%s %s: %s", c.Name, op.name, err)
		}
		fmt.Fprintf(out, "%s %s %.1f %.1f %d\n", c.Name, op.name, median, min, len(encoded))
	}
	return nil
}

func measure(fn func() error, warmup time.Duration, rounds int, round time.Duration) (float64, float64, error) {
	if _, err := runFor(fn, warmup); err != nil {
		return 0, 0, err
	}
	results := make([]float64, 0, rounds)
	for i := 0; i < rounds; i++ {
		nsPerOp, err := runFor(fn, round)
		if err != nil {
			return 0, 0, err
		}
		results = append(results, nsPerOp)
	}
	sort.Float64s(results)
	return results[len(results)/2], results[0], nil
}

// runFor calls fn repeatedly for about d and returns the mean ns per call.
func runFor(fn func() error, d time.Duration) (float64, error) {
	start := time.Now()
	n := 0
	for {
		for i := 0; i < 8; i++ {
			if err := fn(); err != nil {
				return 0, err
			}
		}
		n += 8
		if elapsed := time.Since(start); elapsed >= d {
			return float64(elapsed.Nanoseconds()) / float64(n), nil
		}
	}
}
