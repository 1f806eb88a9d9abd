// Command prefixvectors writes safe-prefix-vectors.tsv for SafePrefixTest and MsgpackRefinementTest: for seeded
// random NFC strings (mixed scripts, combining marks, emoji, Hangul, characters with compatibility decompositions)
// it records go-cty 1.18.1's ctystrings.SafeKnownPrefix, and for strings over 256 bytes also the prefix go-cty's
// msgpack encoder writes (first 255 bytes, then SafeKnownPrefix). Debian ships go-cty 1.12.1, which predates
// ctystrings, so the package is taken from go-cty v1.18.1 (git show v1.18.1:cty/ctystrings/*.go) into a scratch
// GOPATH, with Debian's go-textseg linked as v15:
//
//	mkdir -p $T/src/github.com/zclconf/go-cty/cty/ctystrings $T/src/github.com/apparentlymart/go-textseg
//	(copy the three non-test files of cty/ctystrings there)
//	ln -s /usr/share/gocode/src/github.com/apparentlymart/go-textseg $T/src/github.com/apparentlymart/go-textseg/v15
//	GO111MODULE=off GOPATH=$T:/usr/share/gocode go run . > safe-prefix-vectors.tsv
package main

import (
	"fmt"
	"math/rand"
	"strings"

	"github.com/zclconf/go-cty/cty/ctystrings"
)

var pools = []string{"abcxyz", "0123456789", "-/:._ ", "éèüñçàÅ", "中文字國", "😀👍🏽🤷", "가나다각",
	"\u0301\u0323\u0307\u0338", "कखग्ा", "ÆØ", "\u00af\u00b4\u01c4\u3133", "=<>", "\u200d",
	"\U0001F1E9\U0001F1EA"}

func randomString(r *rand.Rand, chunks, perChunk int) string {
	var sb strings.Builder
	for i := 0; i < chunks; i++ {
		pool := []rune(pools[r.Intn(len(pools))])
		for j := 1 + r.Intn(perChunk); j > 0; j-- {
			sb.WriteRune(pool[r.Intn(len(pool))])
		}
	}
	return ctystrings.Normalize(sb.String())
}

func main() {
	r := rand.New(rand.NewSource(1))
	fmt.Println("# kind\tinput (hex UTF-8, NFC)\tgo-cty 1.18.1 result (hex UTF-8); see src/test/scripts/prefixvectors")
	for i := 0; i < 400; i++ {
		s := randomString(r, 1+r.Intn(4), 3)
		fmt.Printf("safe\t%x\t%x\n", s, ctystrings.SafeKnownPrefix(s))
	}
	for i := 0; i < 80; i++ {
		s := randomString(r, 60+r.Intn(40), 5)
		if len(s) <= 256 {
			continue
		}
		// what cty/msgpack marshalUnknownValue does with a long prefix
		fmt.Printf("wire\t%x\t%x\n", s, ctystrings.SafeKnownPrefix(s[:255]))
	}
}
