// Command hclunicode prints the Unicode tables Vertiform's HCL scanner needs,
// derived by probing the exact libraries hcl/v2 2.14.1 links (go-textseg v13
// for grapheme clusters, the Ragel identifier classes of hclsyntax) rather
// than from Unicode data files, so the Java tables match the oracle exactly.
//
// Regenerate (from verticles/tools/tofusoup/oracle, after build.sh):
//
//	GO111MODULE=off GOPATH=$PWD/target/gopath:/usr/share/gocode \
//	  go run ./vectors/hclunicode > ../../../../hcl/src/main/resources/io/vertiform/hcl/text/unicode-tables.txt
//
// Output lines: "gcb <first hex> <last hex> <class>", ranges merged, then the
// byte-level identifier automata (see identAutomaton). gcb is the grapheme
// cluster break class: CR LF Control Extend ZWJ RI Prepend L V T LV LVT
// ExtPict (Other is omitted; go-textseg v13 behaves the same for SpacingMark
// as for Extend, so they share a class). Probing takes a few minutes.
package main

import (
	"bufio"
	"fmt"
	"os"

	"github.com/apparentlymart/go-textseg/textseg" // the v13 module, by its GOPATH location
	"github.com/hashicorp/hcl/v2/hclsyntax"
)

// breaksAfter reports whether go-textseg ends the first grapheme cluster of
// prefix+rest exactly after prefix.
func breaksAfter(prefix, rest string) bool {
	b := []byte(prefix + rest)
	adv, _, _ := textseg.ScanGraphemeClusters(b, true)
	return adv == len(prefix)
}

func classify(r rune) string {
	c := string(r)
	const (
		zwj    = "\u200d"
		ri     = "\U0001F1E6"
		pict   = "\u00a9"
		extend = "\u0300"
		pre    = "\u0600"
		hangL  = "\u1100"
		hangV  = "\u1160"
		hangT  = "\u11a8"
		other  = "a"
	)
	joins := func(a, b string) bool { return !breaksAfter(a, b) }
	switch {
	case c == "\r":
		return "CR"
	case c == "\n":
		return "LF"
	case !joins(pre, c) && !joins(c, extend):
		// Nothing attaches on either side: Control (go-textseg also treats U+FFFD so).
		return "Control"
	case joins(other, c):
		// Attaches to any base. go-textseg v13 treats SpacingMark exactly like Extend.
		if joins(hangL+c, pict) {
			return "ZWJ"
		}
		return "Extend"
	case joins(c, other):
		return "Prepend"
	case joins(ri, c):
		return "RI"
	case joins(c, hangV) && joins(c, hangL):
		return "L"
	case joins(c, hangV) && joins(hangL, c):
		if joins(hangV, c) {
			return "V"
		}
		return "LV"
	case joins(c, hangT) && joins(hangL, c):
		return "LVT"
	case joins(c, hangT):
		return "T"
	case joins(pict+zwj, c):
		return "ExtPict"
	}
	return "Other"
}

type rng struct {
	first, last rune
	class       string
}

func main() {
	w := bufio.NewWriter(os.Stdout)
	defer w.Flush()
	emit := func(table string, classOf func(rune) string) {
		var cur *rng
		flush := func() {
			if cur != nil && cur.class != "" && cur.class != "Other" {
				fmt.Fprintf(w, "%s %x %x %s\n", table, cur.first, cur.last, cur.class)
			}
		}
		for r := rune(0); r <= 0x10FFFF; r++ {
			if r >= 0xD800 && r <= 0xDFFF {
				continue
			}
			cl := classOf(r)
			if cur != nil && cur.class == cl && cur.last == r-1 {
				cur.last = r
				continue
			}
			flush()
			cur = &rng{r, r, cl}
		}
		flush()
	}
	emit("gcb", classify)
	identAutomaton(w, "identstart", func(b []byte) bool { return hclsyntax.ValidIdentifier(string(b)) })
	identAutomaton(w, "identcont", func(b []byte) bool {
		return hclsyntax.ValidIdentifier("a" + string(b))
	})
}

// identAutomaton probes every multi-byte sequence with a lead byte of 0xC0 to
// 0xF4 (the only leads hclsyntax's generated identifier tables contain) and
// prints the minimal tree of byte ranges accepting exactly the sequences that
// form one identifier character: hclsyntax's tables accept some malformed
// UTF-8 (continuation ranges widened to 0x00-0xFF), which only probing finds.
// Lines: "<table> node <id>" then "<table> edge <id> <lo hex> <hi hex> <target>",
// where target "accept" ends a character and node 0 is the start.
func identAutomaton(w *bufio.Writer, table string, accepts func([]byte) bool) {
	type node [256]int
	ids := map[node]int{}
	var nodes []node
	intern := func(n node) int {
		if id, ok := ids[n]; ok {
			return id
		}
		id := len(nodes) + 1
		ids[n] = id
		nodes = append(nodes, n)
		return id
	}
	const accept = -1
	var build func(prefix []byte, remaining int) int
	build = func(prefix []byte, remaining int) int {
		var n node
		empty := true
		for b := 0; b < 256; b++ {
			seq := append(append([]byte{}, prefix...), byte(b))
			if remaining == 1 {
				if accepts(seq) {
					n[b] = accept
					empty = false
				}
				continue
			}
			if child := build(seq, remaining-1); child != 0 {
				n[b] = child
				empty = false
			}
		}
		if empty {
			return 0
		}
		return intern(n)
	}
	var root node
	for lead := 0xC0; lead <= 0xF4; lead++ {
		length := 2
		if lead >= 0xE0 {
			length = 3
		}
		if lead >= 0xF0 {
			length = 4
		}
		root[lead] = build([]byte{byte(lead)}, length-1)
	}
	rootID := intern(root)
	for id := 1; id <= len(nodes); id++ {
		n := nodes[id-1]
		name := id
		if id == rootID {
			name = 0
		}
		fmt.Fprintf(w, "%s node %d\n", table, name)
		for b := 0; b < 256; {
			t := n[b]
			e := b
			for e+1 < 256 && n[e+1] == t {
				e++
			}
			if t != 0 {
				target := "accept"
				if t != accept {
					target = fmt.Sprint(t)
					if t == rootID {
						target = "0"
					}
				}
				fmt.Fprintf(w, "%s edge %d %x %x %s\n", table, name, b, e, target)
			}
			b = e + 1
		}
	}
}
