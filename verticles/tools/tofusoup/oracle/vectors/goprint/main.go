// Command goprint prints the code point ranges for which Go's unicode.IsPrint
// holds, as the Go toolchain that builds the oracle has them (Debian's Go 1.19:
// Unicode 13.0.0). strconv.Quote escapes every other code point, and go-cty
// quotes strings with it when it hashes set elements, so set order depends on
// this table. Java's Character tables follow the JDK's Unicode version (13 on
// JDK 17, 16 on JDK 25), so Vertiform reads this file instead.
//
// Regenerate (from verticles/tools/tofusoup/oracle, after build.sh):
//
//	GO111MODULE=off GOPATH=$PWD/target/gopath:/usr/share/gocode \
//	  go run ./vectors/goprint > ../../../../cty/src/main/resources/io/vertiform/cty/go-isprint.txt
//
// Output: a header line naming the Unicode version, then "<first hex> <last hex>"
// per maximal range of printable code points.
package main

import (
	"bufio"
	"fmt"
	"os"
	"unicode"
)

func main() {
	w := bufio.NewWriter(os.Stdout)
	defer w.Flush()
	fmt.Fprintf(w, "# unicode.IsPrint ranges, Unicode %s\n", unicode.Version)
	start := rune(-1)
	for r := rune(0); r <= unicode.MaxRune+1; r++ {
		printable := r <= unicode.MaxRune && unicode.IsPrint(r)
		switch {
		case printable && start < 0:
			start = r
		case !printable && start >= 0:
			fmt.Fprintf(w, "%x %x\n", start, r-1)
			start = -1
		}
	}
}
