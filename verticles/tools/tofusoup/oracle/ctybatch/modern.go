package ctybatch

import (
	"encoding/binary"
	"math"
	"math/big"
)

// modernWholeNumbers rewrites go-cty 1.12.1 msgpack output to the number rule
// of go-cty >= 1.14.4 (commit f41ae52, "msgpack: Never marshal integers as
// MessagePack float"), which is what Terraform has sent since 2024 and what
// Vertiform implements: a whole number that fits no msgpack integer type is
// written as its decimal digits (a str), never as a float64. 1.12.1 wrote a
// float64 whenever the value was exactly representable. Every other byte is
// left as go-cty produced it. The values reaching the encoder here are parsed
// from JSON text at 512 bits, so the digits go-cty >= 1.14.4 writes
// (Text('f', -1)) are the exact integer digits.
func modernWholeNumbers(b []byte) []byte {
	out := make([]byte, 0, len(b)+16)
	for i := 0; i < len(b); {
		c := b[i]
		if c == 0xcb && i+9 <= len(b) {
			f := math.Float64frombits(binary.BigEndian.Uint64(b[i+1 : i+9]))
			if !math.IsInf(f, 0) && !math.IsNaN(f) && f == math.Trunc(f) {
				out = appendStr(out, new(big.Float).SetFloat64(f).Text('f', 0))
				i += 9
				continue
			}
		}
		n := tokenLength(b[i:])
		if n <= 0 || i+n > len(b) {
			return append(out, b[i:]...)
		}
		out = append(out, b[i:i+n]...)
		i += n
	}
	return out
}

// tokenLength is the size of the token at the start of b: its code, length
// bytes and payload, but not the children of arrays and maps (they follow as
// tokens of their own). 0 means unknown or truncated.
func tokenLength(b []byte) int {
	c := b[0]
	be := func(width int) int {
		if len(b) < 1+width {
			return -1 << 30
		}
		v := 0
		for k := 1; k <= width; k++ {
			v = v<<8 | int(b[k])
		}
		return v
	}
	switch {
	case c <= 0x7f || c >= 0xe0 || c == 0xc0 || c == 0xc2 || c == 0xc3:
		return 1
	case c >= 0x80 && c <= 0x9f:
		return 1
	case c >= 0xa0 && c <= 0xbf:
		return 1 + int(c&0x1f)
	case c == 0xc4 || c == 0xd9:
		return 2 + be(1)
	case c == 0xc5 || c == 0xda:
		return 3 + be(2)
	case c == 0xc6 || c == 0xdb:
		return 5 + be(4)
	case c == 0xc7:
		return 3 + be(1)
	case c == 0xc8:
		return 4 + be(2)
	case c == 0xc9:
		return 6 + be(4)
	case c == 0xcc || c == 0xd0:
		return 2
	case c == 0xcd || c == 0xd1:
		return 3
	case c == 0xca || c == 0xce || c == 0xd2:
		return 5
	case c == 0xcb || c == 0xcf || c == 0xd3:
		return 9
	case c >= 0xd4 && c <= 0xd8:
		return 2 + 1<<(c-0xd4)
	case c == 0xdc || c == 0xde:
		return 3
	case c == 0xdd || c == 0xdf:
		return 5
	}
	return 0
}

func appendStr(out []byte, s string) []byte {
	n := len(s)
	switch {
	case n < 32:
		out = append(out, 0xa0|byte(n))
	case n < 256:
		out = append(out, 0xd9, byte(n))
	case n < 65536:
		out = append(out, 0xda, byte(n>>8), byte(n))
	default:
		out = append(out, 0xdb, byte(n>>24), byte(n>>16), byte(n>>8), byte(n))
	}
	return append(out, s...)
}
