package richjson

import (
	"bytes"
	"unicode/utf8"
)

const hexDigits = "0123456789abcdef"

// WriteString writes s as a JSON string with the minimal escaping both
// implementations agree on: quote, backslash and C0 controls only. Go's
// encoding/json also escapes <, >, & and U+2028/9, which the Java side would
// have to imitate for no benefit, so it is deliberately not used here.
// Invalid UTF-8 (possible after msgpack decoding) is written as one U+FFFD
// per invalid byte, which is what Go's own []rune conversion does and what
// the Java codec stores for such bytes, so both sides print damaged text alike.
func WriteString(buf *bytes.Buffer, s string) {
	buf.WriteByte('"')
	for i := 0; i < len(s); {
		c := s[i]
		if c < utf8.RuneSelf {
			switch c {
			case '"':
				buf.WriteString(`\"`)
			case '\\':
				buf.WriteString(`\\`)
			case '\b':
				buf.WriteString(`\b`)
			case '\f':
				buf.WriteString(`\f`)
			case '\n':
				buf.WriteString(`\n`)
			case '\r':
				buf.WriteString(`\r`)
			case '\t':
				buf.WriteString(`\t`)
			default:
				if c < 0x20 {
					buf.WriteString(`\u00`)
					buf.WriteByte(hexDigits[c>>4])
					buf.WriteByte(hexDigits[c&0xf])
				} else {
					buf.WriteByte(c)
				}
			}
			i++
			continue
		}
		r, size := utf8.DecodeRuneInString(s[i:])
		if r == utf8.RuneError && size == 1 {
			buf.WriteString("\uFFFD")
			i++
			continue
		}
		buf.WriteString(s[i : i+size])
		i += size
	}
	buf.WriteByte('"')
}

// QuoteString returns s as a JSON string literal (see WriteString).
func QuoteString(s string) string {
	var buf bytes.Buffer
	WriteString(&buf, s)
	return buf.String()
}

