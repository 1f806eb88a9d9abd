package ctybatch

import (
	"fmt"
	"math/big"
	"unicode/utf8"

	"github.com/zclconf/go-cty/cty"
	ctymsgpack "github.com/zclconf/go-cty/cty/msgpack"
)

// errRefused marks inputs the oracle will not hand to go-cty, because go-cty
// would answer them in a way that cannot be reproduced safely.
type errRefused struct{ msg string }

func (e errRefused) Error() string { return e.msg }

// hugeLength is where a declared length stops being harmless: go-cty (via
// vmihailenco/msgpack v4) allocates from length prefixes before reading, and
// a fuzzed 32-bit length would kill the oracle with a fatal out-of-memory
// error instead of producing an error response.
const hugeLength = 1 << 20

// hugeExponent is the binary exponent (about 4,900 decimal digits) beyond
// which a number read from a msgpack string is refused: go-cty formats every
// number in a set element with big.Float.String, whose decimal conversion
// grows with the exponent, so a mutated "1e4009999999" keeps it busy for
// hours (a Terraform reading such a state would hang the same way). The
// generated inputs stay within ±400 decimal digits.
const hugeExponent = 1 << 14

// numberTooLargeToFormat reports whether s parses (as go-cty's msgpack
// decoder parses number strings) to a finite number whose binary exponent is
// beyond hugeExponent; a numeric text over 4 KiB counts as too large without
// parsing (reading a megabyte of digits is itself slow). Any string is
// checked, whatever its place: the walk does not know the type, and refusing
// a harmless string costs one case.
func numberTooLargeToFormat(s []byte) bool {
	if len(s) > 4096 {
		return looksNumeric(s)
	}
	f, _, err := big.ParseFloat(string(s), 10, 512, big.ToNearestEven)
	if err != nil || f.IsInf() || f.Sign() == 0 {
		return false
	}
	exp := f.MantExp(nil)
	return exp > hugeExponent || exp < -hugeExponent
}

// looksNumeric keeps long non-numeric strings away from the parser.
func looksNumeric(s []byte) bool {
	for _, c := range s {
		if (c < '0' || c > '9') && c != '.' && c != 'e' && c != 'E' && c != '+' && c != '-' {
			return false
		}
	}
	return true
}

// checkLengths walks the first msgpack value in b and refuses (errRefused,
// which the tests leave out) inputs go-cty cannot be trusted with: length
// prefixes that are huge and promise more than the input holds, and ext
// values that go-cty 1.12.1 and refinement-aware decoders read differently,
// and strings holding numbers too large to format (numberTooLargeToFormat).
// The walk is structural and type-unaware, so it can see a different
// structure than go-cty reads (go-cty ignores some errors and reads on);
// that is why it only ever refuses and never answers for go-cty.
func checkLengths(b []byte) error {
	pending := 1
	i := 0
	for pending > 0 {
		if i >= len(b) {
			return nil // truncated: go-cty reports EOF itself
		}
		c := b[i]
		i++
		pending--
		remaining := func() int { return len(b) - i }
		need := func(n int) (uint64, bool) {
			if remaining() < n {
				return 0, false
			}
			var v uint64
			for k := 0; k < n; k++ {
				v = v<<8 | uint64(b[i+k])
			}
			i += n
			return v, true
		}
		var count, length uint64
		var ok = true
		isExt := false
		isStr := false
		switch {
		case c <= 0x7f || c >= 0xe0 || c == 0xc0 || c == 0xc2 || c == 0xc3:
			continue
		case c >= 0x80 && c <= 0x8f:
			count = 2 * uint64(c&0x0f)
		case c >= 0x90 && c <= 0x9f:
			count = uint64(c & 0x0f)
		case c >= 0xa0 && c <= 0xbf:
			length = uint64(c & 0x1f)
			isStr = true
		case c == 0xc4 || c == 0xd9:
			length, ok = need(1)
			isStr = c == 0xd9
		case c == 0xc5 || c == 0xda:
			length, ok = need(2)
			isStr = c == 0xda
		case c == 0xc6 || c == 0xdb:
			length, ok = need(4)
			isStr = c == 0xdb
		case c == 0xc7, c == 0xc8, c == 0xc9:
			width := map[byte]int{0xc7: 1, 0xc8: 2, 0xc9: 4}[c]
			length, ok = need(width)
			length++ // the type byte
			isExt = true
		case c == 0xcc || c == 0xd0:
			length = 1
		case c == 0xcd || c == 0xd1:
			length = 2
		case c == 0xca || c == 0xce || c == 0xd2:
			length = 4
		case c == 0xcb || c == 0xcf || c == 0xd3:
			length = 8
		case c >= 0xd4 && c <= 0xd8:
			length = 1 + (uint64(1) << (c - 0xd4))
			isExt = true
		case c == 0xdc:
			count, ok = need(2)
		case c == 0xdd:
			count, ok = need(4)
		case c == 0xde:
			count, ok = need(2)
			count *= 2
		case c == 0xdf:
			count, ok = need(4)
			count *= 2
		default:
			return nil // 0xc1 (never used): go-cty reports it
		}
		if !ok {
			if isExt {
				// go-cty 1.12.1 skips a truncated ext header silently (unknown),
				// newer decoders report it.
				return errRefused{"refused: truncated ext header (go-cty versions disagree on it)"}
			}
			return nil
		}
		if count > 0 {
			if count > uint64(remaining()) {
				if count > hugeLength {
					return errRefused{fmt.Sprintf("refused: declared length %d exceeds the input", count)}
				}
				return nil // go-cty reports the missing bytes itself
			}
			pending += int(count)
			continue
		}
		if isExt {
			// Only 0- and 1-byte ext bodies mean "unknown" to every go-cty
			// generation; longer ones are refinements (newer go-cty) or
			// errors, and truncated ones are read differently by each.
			if length-1 > 1 || length > uint64(remaining()) {
				return errRefused{fmt.Sprintf("refused: ext with a %d-byte body (go-cty versions disagree on it)", length-1)}
			}
		} else if length > uint64(remaining()) {
			if length > hugeLength {
				return errRefused{fmt.Sprintf("refused: declared length %d exceeds the input", length)}
			}
			return nil
		}
		if isStr && numberTooLargeToFormat(b[i:i+int(length)]) {
			return errRefused{"refused: a number too large to format (go-cty's set hashing takes unbounded time on it)"}
		}
		i += int(length)
	}
	return nil
}

// orderDependsOnInvalidUTF8 reports whether a decoded value holds invalid
// UTF-8 where it decides an order: a map key, or a string anywhere inside a
// set element (set order follows string comparison and hashing). go-cty
// keeps the raw bytes, Java strings hold U+FFFD instead, so the two orders
// legitimately differ; such cases are refused rather than compared.
func orderDependsOnInvalidUTF8(v cty.Value, inSet bool) bool {
	v, _ = v.Unmark()
	if !v.IsKnown() || v.IsNull() {
		return false
	}
	ty := v.Type()
	switch {
	case ty == cty.String:
		return inSet && !utf8.ValidString(v.AsString())
	case ty.IsMapType():
		for it := v.ElementIterator(); it.Next(); {
			k, e := it.Element()
			if !utf8.ValidString(k.AsString()) || orderDependsOnInvalidUTF8(e, inSet) {
				return true
			}
		}
	case ty.IsSetType():
		for it := v.ElementIterator(); it.Next(); {
			if _, e := it.Element(); orderDependsOnInvalidUTF8(e, true) {
				return true
			}
		}
	case ty.IsListType(), ty.IsTupleType(), ty.IsObjectType():
		for it := v.ElementIterator(); it.Next(); {
			if _, e := it.Element(); orderDependsOnInvalidUTF8(e, inSet) {
				return true
			}
		}
	}
	return false
}

// setEqualityChanged reports whether decoding b as ty builds a set whose
// membership go-cty 1.12.1 and go-cty >= 1.14.2 (PR #176, like us) decide
// differently. 1.12.1 compares numbers by Text('f', -1); newer versions compare
// whole numbers exactly. So 2^64 as float64 (text "18446744073709550000") and the
// same integer from digits are two elements for 1.12.1 and one for us, while
// float64's largest value and the digits of its shortest text are one element
// for 1.12.1 and two for us. The second kind is merged away by the time go-cty
// returns the set, so the bytes are decoded again with every set read as a list
// and the elements are compared before any merging.
func setEqualityChanged(b []byte, ty cty.Type) bool {
	listed, err := ctymsgpack.Unmarshal(b, setsAsLists(ty))
	if err != nil {
		return false // the set decode succeeded, so this cannot happen; nothing to compare
	}
	return premergeDiffers(listed, ty)
}

// setsAsLists: ty with every set type replaced by a list of the same element
// type (msgpack writes both as arrays).
func setsAsLists(ty cty.Type) cty.Type {
	switch {
	case ty.IsSetType():
		return cty.List(setsAsLists(ty.ElementType()))
	case ty.IsListType():
		return cty.List(setsAsLists(ty.ElementType()))
	case ty.IsMapType():
		return cty.Map(setsAsLists(ty.ElementType()))
	case ty.IsTupleType():
		elems := ty.TupleElementTypes()
		out := make([]cty.Type, len(elems))
		for i, e := range elems {
			out[i] = setsAsLists(e)
		}
		return cty.Tuple(out)
	case ty.IsObjectType():
		attrs := map[string]cty.Type{}
		var optional []string
		for name, a := range ty.AttributeTypes() {
			attrs[name] = setsAsLists(a)
			if ty.AttributeOptional(name) {
				optional = append(optional, name)
			}
		}
		if len(optional) > 0 {
			return cty.ObjectWithOptionalAttrs(attrs, optional)
		}
		return cty.Object(attrs)
	}
	return ty
}

// premergeDiffers walks v (decoded with sets as lists) beside ty, the type
// that says which lists stand for sets.
func premergeDiffers(v cty.Value, ty cty.Type) bool {
	v, _ = v.Unmark()
	if !v.IsKnown() || v.IsNull() {
		return false
	}
	if ty == cty.DynamicPseudoType {
		// a dynamic value carries its own type, so its sets were built (and
		// merged) by the second decode too: only the merged form is visible
		return mergedSetDiffers(v)
	}
	if ty.IsSetType() && setElementsDiffer(v, ty.ElementType()) {
		return true
	}
	switch {
	case ty.IsSetType() || ty.IsListType() || ty.IsMapType():
		for it := v.ElementIterator(); it.Next(); {
			if _, e := it.Element(); premergeDiffers(e, ty.ElementType()) {
				return true
			}
		}
	case ty.IsTupleType():
		for i, et := range ty.TupleElementTypes() {
			if premergeDiffers(v.Index(cty.NumberIntVal(int64(i))), et) {
				return true
			}
		}
	case ty.IsObjectType():
		for name, at := range ty.AttributeTypes() {
			if premergeDiffers(v.GetAttr(name), at) {
				return true
			}
		}
	}
	return false
}

// mergedSetDiffers looks at sets go-cty has already built: two elements left
// with the same whole value but different texts, or, in a set of two or more
// structures, any whole number whose text is not its digits.
func mergedSetDiffers(v cty.Value) bool {
	v, _ = v.Unmark()
	if !v.IsKnown() || v.IsNull() {
		return false
	}
	ty := v.Type()
	if ty.IsSetType() && setElementsDiffer(v, ty.ElementType()) {
		return true
	}
	if ty.IsCollectionType() || ty.IsTupleType() || ty.IsObjectType() {
		for it := v.ElementIterator(); it.Next(); {
			if _, e := it.Element(); mergedSetDiffers(e) {
				return true
			}
		}
	}
	return false
}

// setElementsDiffer applies the membership check to the elements of v (a set,
// or a list standing for one) whose element type is elem: for numbers, two
// whole numbers the two rules pair differently; for structures, any whole
// number whose text is not its digits in a collection of two or more.
func setElementsDiffer(v cty.Value, elem cty.Type) bool {
	var elems []cty.Value
	for it := v.ElementIterator(); it.Next(); {
		_, e := it.Element()
		elems = append(elems, e)
	}
	if elem == cty.Number {
		return numbersMergeDifferently(elems)
	}
	if len(elems) > 1 {
		for _, e := range elems {
			if holdsInexactWholeNumber(e) {
				return true
			}
		}
	}
	return false
}

// numbersMergeDifferently: two whole numbers with the same value but different
// texts, or the same text but different values.
func numbersMergeDifferently(elems []cty.Value) bool {
	textOf := map[string]string{}
	valueOf := map[string]string{}
	for _, e := range elems {
		e, _ = e.Unmark()
		if !e.IsKnown() || e.IsNull() {
			continue
		}
		bf := e.AsBigFloat()
		if bf.IsInf() || !bf.IsInt() {
			continue
		}
		exact, _ := bf.Int(nil)
		digits := exact.String()
		text := bf.Text('f', -1)
		if seen, ok := textOf[digits]; ok && seen != text {
			return true
		}
		if seen, ok := valueOf[text]; ok && seen != digits {
			return true
		}
		textOf[digits] = text
		valueOf[text] = digits
	}
	return false
}

// holdsInexactWholeNumber: a whole number whose text is not its digits.
func holdsInexactWholeNumber(v cty.Value) bool {
	found := false
	cty.Walk(v, func(_ cty.Path, e cty.Value) (bool, error) {
		e, _ = e.Unmark()
		if e.IsKnown() && !e.IsNull() && e.Type() == cty.Number {
			bf := e.AsBigFloat()
			if !bf.IsInf() && bf.IsInt() {
				exact, _ := bf.Int(nil)
				found = bf.Text('f', -1) != exact.String()
			}
		}
		return !found, nil
	})
	return found
}
