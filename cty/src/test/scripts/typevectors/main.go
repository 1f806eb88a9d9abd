// Command typevectors writes the type-level conversion vectors that UnifyVectorsTest and TypePairVectorsTest
// replay: go-cty 1.12.1's Unify/UnifyUnsafe results and, for pairs of types, whether safe and unsafe conversions
// exist and MismatchMessage's text. Types are random but seeded, so the output is reproducible; each question is
// asked several times because go-cty's answers can depend on Go's random map iteration order, and every distinct
// answer is recorded.
//
//	GO111MODULE=off GOPATH=/usr/share/gocode go run . <output-dir>
package main

import (
	"fmt"
	"math/rand"
	"os"
	"path/filepath"
	"sort"
	"strings"

	"github.com/zclconf/go-cty/cty"
	"github.com/zclconf/go-cty/cty/convert"
)

const repeats = 16

var attrNames = []string{"a", "b", "c"}

func randomType(r *rand.Rand, depth int) cty.Type {
	k := r.Intn(10)
	if depth <= 0 && k >= 4 {
		k = r.Intn(4)
	}
	switch k {
	case 0:
		return cty.String
	case 1:
		return cty.Number
	case 2:
		return cty.Bool
	case 3:
		if r.Intn(3) == 0 {
			return cty.DynamicPseudoType
		}
		return cty.String
	case 4:
		return cty.List(randomType(r, depth-1))
	case 5:
		return cty.Set(randomType(r, depth-1))
	case 6:
		return cty.Map(randomType(r, depth-1))
	case 7:
		n := r.Intn(3)
		ets := make([]cty.Type, n)
		for i := range ets {
			ets[i] = randomType(r, depth-1)
		}
		return cty.Tuple(ets)
	default:
		atys := map[string]cty.Type{}
		var optional []string
		for _, name := range attrNames {
			if r.Intn(2) == 0 {
				atys[name] = randomType(r, depth-1)
				if r.Intn(4) == 0 {
					optional = append(optional, name)
				}
			}
		}
		if len(optional) > 0 {
			return cty.ObjectWithOptionalAttrs(atys, optional)
		}
		return cty.Object(atys)
	}
}

// mutate returns a type similar to t, so that unification and conversion have a fair chance to succeed.
func mutate(r *rand.Rand, t cty.Type, depth int) cty.Type {
	if r.Intn(4) == 0 {
		return randomType(r, depth)
	}
	switch {
	case t.IsListType():
		switch r.Intn(3) {
		case 0:
			return cty.Set(mutate(r, t.ElementType(), depth-1))
		case 1:
			return cty.Tuple([]cty.Type{mutate(r, t.ElementType(), depth-1), t.ElementType()})
		}
		return cty.List(mutate(r, t.ElementType(), depth-1))
	case t.IsSetType():
		return cty.Set(mutate(r, t.ElementType(), depth-1))
	case t.IsMapType():
		if r.Intn(2) == 0 {
			return cty.Object(map[string]cty.Type{"a": mutate(r, t.ElementType(), depth-1)})
		}
		return cty.Map(mutate(r, t.ElementType(), depth-1))
	case t.IsTupleType():
		ets := append([]cty.Type(nil), t.TupleElementTypes()...)
		if len(ets) > 0 && r.Intn(2) == 0 {
			i := r.Intn(len(ets))
			ets[i] = mutate(r, ets[i], depth-1)
		} else {
			ets = append(ets, randomType(r, depth-1))
		}
		return cty.Tuple(ets)
	case t.IsObjectType():
		atys := map[string]cty.Type{}
		for name, aty := range t.AttributeTypes() {
			switch r.Intn(4) {
			case 0: // dropped
			case 1:
				atys[name] = mutate(r, aty, depth-1)
			default:
				atys[name] = aty
			}
		}
		if r.Intn(3) == 0 {
			atys[attrNames[r.Intn(len(attrNames))]] = randomType(r, depth-1)
		}
		return cty.Object(atys)
	}
	return randomType(r, 0)
}

func typeJSON(t cty.Type) string {
	b, err := t.MarshalJSON()
	if err != nil {
		panic(err)
	}
	return string(b)
}

func typesJSON(ts []cty.Type) string {
	parts := make([]string, len(ts))
	for i, t := range ts {
		parts[i] = typeJSON(t)
	}
	return "[" + strings.Join(parts, ",") + "]"
}

func unifyAnswer(ts []cty.Type, unsafe bool) string {
	var t cty.Type
	var convs []convert.Conversion
	if unsafe {
		t, convs = convert.UnifyUnsafe(ts)
	} else {
		t, convs = convert.Unify(ts)
	}
	if t == cty.NilType {
		return "none"
	}
	flags := make([]byte, len(convs))
	for i, c := range convs {
		flags[i] = '0'
		if c != nil {
			flags[i] = '1'
		}
	}
	return typeJSON(t) + " " + string(flags)
}

// distinct asks the same question repeatedly and returns every answer seen, sorted.
func distinct(ask func() string) []string {
	seen := map[string]bool{}
	for i := 0; i < repeats; i++ {
		seen[ask()] = true
	}
	out := make([]string, 0, len(seen))
	for a := range seen {
		out = append(out, a)
	}
	sort.Strings(out)
	return out
}

func bit(ok bool) string {
	if ok {
		return "1"
	}
	return "0"
}

func main() {
	if len(os.Args) != 2 {
		fmt.Fprintln(os.Stderr, "usage: typevectors <output-dir>")
		os.Exit(2)
	}
	dir := os.Args[1]
	r := rand.New(rand.NewSource(20240601))

	var unifyLines []string
	seen := map[string]bool{}
	for len(unifyLines) < 2000 {
		base := randomType(r, 3)
		n := 1 + r.Intn(4)
		ts := []cty.Type{base}
		for len(ts) < n {
			ts = append(ts, mutate(r, ts[r.Intn(len(ts))], 2))
		}
		key := typesJSON(ts)
		if seen[key] {
			continue
		}
		seen[key] = true
		for _, unsafe := range []bool{false, true} {
			mode := "safe"
			if unsafe {
				mode = "unsafe"
			}
			u := unsafe
			answers := distinct(func() string { return unifyAnswer(ts, u) })
			unifyLines = append(unifyLines, mode+"\t"+key+"\t"+strings.Join(answers, "\t"))
		}
	}

	var pairLines []string
	seenPairs := map[string]bool{}
	for len(pairLines) < 2000 {
		got := randomType(r, 3)
		want := mutate(r, got, 3)
		if r.Intn(2) == 0 {
			got, want = want, got
		}
		key := typeJSON(got) + "\t" + typeJSON(want)
		if seenPairs[key] {
			continue
		}
		seenPairs[key] = true
		safe := convert.GetConversion(got, want) != nil
		unsafe := convert.GetConversionUnsafe(got, want) != nil
		msgs := distinct(func() string { return fmt.Sprintf("%q", convert.MismatchMessage(got, want)) })
		pairLines = append(pairLines, key+"\t"+bit(safe)+bit(unsafe)+"\t"+strings.Join(msgs, "\t"))
	}

	write(filepath.Join(dir, "unify-vectors.tsv"), unifyLines)
	write(filepath.Join(dir, "type-pair-vectors.tsv"), pairLines)
}

func write(path string, lines []string) {
	if err := os.WriteFile(path, []byte(strings.Join(lines, "\n")+"\n"), 0o644); err != nil {
		fmt.Fprintln(os.Stderr, err)
		os.Exit(1)
	}
	fmt.Fprintf(os.Stderr, "wrote %d lines to %s\n", len(lines), path)
}
