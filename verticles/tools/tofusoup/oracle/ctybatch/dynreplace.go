package ctybatch

import (
	"github.com/zclconf/go-cty/cty"
	"github.com/zclconf/go-cty/cty/convert"
)

// go-cty 1.12.1 types the result of converting a null or unknown value with
// convert.dynamicReplace, which panics or builds a broken type (nil element
// or attribute types, or an empty object type) when a kind changes below the
// top level in a way it does not follow, e.g. a list becoming a tuple or a
// list becoming a map inside an object attribute. go-cty fixed this in
// commit 864b88d ("convert: prevent invalid types in dynamicReplace"); 1.12.1
// then panics, fails with "cannot find a common base type for all elements",
// or succeeds with a value whose type panics when inspected. Conversions that
// can reach such a pair with a placeholder are refused, not compared.

// placeholderConversionBroken reports whether converting val (which holds a
// null or unknown somewhere) to want can hit the dynamicReplace bug.
func placeholderConversionBroken(val cty.Value, want cty.Type) bool {
	// Without a conversion between the types go-cty answers with the
	// mismatch message before any placeholder is converted.
	if convert.GetConversionUnsafe(val.Type(), want) == nil {
		return false
	}
	return hasPlaceholder(val) && pairsBreak(val.Type(), want, 0)
}

func hasPlaceholder(v cty.Value) bool {
	found := false
	cty.Walk(v, func(_ cty.Path, e cty.Value) (bool, error) {
		e, _ = e.Unmark()
		if !e.IsKnown() || e.IsNull() {
			found = true
		}
		return !found, nil
	})
	return found
}

// pairsBreak walks every (source, target) type pair a conversion can reach
// and reports whether dynamicReplace fails on any of them.
func pairsBreak(in, out cty.Type, depth int) bool {
	if depth > 64 || in.Equals(cty.DynamicPseudoType) || out.Equals(cty.DynamicPseudoType) {
		return false
	}
	if replaceBreaks(in, out) {
		return true
	}
	switch {
	case in.IsCollectionType() && out.IsCollectionType() && !out.IsMapType():
		return pairsBreak(in.ElementType(), out.ElementType(), depth+1)
	case in.IsMapType() && out.IsMapType():
		return pairsBreak(in.ElementType(), out.ElementType(), depth+1)
	case in.IsMapType() && out.IsObjectType():
		for _, at := range out.AttributeTypes() {
			if pairsBreak(in.ElementType(), at, depth+1) {
				return true
			}
		}
	case in.IsObjectType() && out.IsObjectType():
		for name, at := range out.AttributeTypes() {
			if in.HasAttribute(name) && pairsBreak(in.AttributeType(name), at, depth+1) {
				return true
			}
		}
	case in.IsObjectType() && out.IsMapType():
		for _, at := range in.AttributeTypes() {
			if pairsBreak(at, out.ElementType(), depth+1) {
				return true
			}
		}
	case in.IsTupleType() && (out.IsListType() || out.IsSetType()):
		for _, et := range in.TupleElementTypes() {
			if pairsBreak(et, out.ElementType(), depth+1) {
				return true
			}
		}
	case (in.IsListType() || in.IsSetType()) && out.IsTupleType():
		for _, et := range out.TupleElementTypes() {
			if pairsBreak(in.ElementType(), et, depth+1) {
				return true
			}
		}
	case in.IsTupleType() && out.IsTupleType():
		ins, outs := in.TupleElementTypes(), out.TupleElementTypes()
		for i := 0; i < len(ins) && i < len(outs); i++ {
			if pairsBreak(ins[i], outs[i], depth+1) {
				return true
			}
		}
	}
	return false
}

// replaceBreaks follows dynamicReplace's case analysis (1.12.1) and reports
// where it would panic or produce a type other than a well-formed one.
func replaceBreaks(in, out cty.Type) bool {
	if in.Equals(cty.DynamicPseudoType) || in == cty.NilType {
		return false
	}
	switch {
	case out.Equals(cty.DynamicPseudoType), out.IsPrimitiveType():
		return false
	case out.IsMapType():
		switch {
		case in.IsMapType():
			return replaceBreaks(in.ElementType(), out.ElementType())
		case in.IsObjectType():
			return replaceBreaks(unified(attributeTypes(in)), out.ElementType())
		}
		return true
	case out.IsObjectType():
		switch {
		case in.IsMapType():
			for _, at := range out.AttributeTypes() {
				if replaceBreaks(in.ElementType(), at) {
					return true
				}
			}
			return false
		case in.IsObjectType():
			for name, at := range out.AttributeTypes() {
				if in.HasAttribute(name) && replaceBreaks(in.AttributeType(name), at) {
					return true
				}
			}
			return false
		}
		return len(out.AttributeTypes()) > 0
	case out.IsListType(), out.IsSetType():
		switch {
		case in.IsListType(), in.IsSetType():
			return replaceBreaks(in.ElementType(), out.ElementType())
		case in.IsTupleType():
			return replaceBreaks(unified(in.TupleElementTypes()), out.ElementType())
		}
		return true
	case out.IsTupleType():
		outs := out.TupleElementTypes()
		if len(outs) == 0 {
			return false
		}
		if !in.IsTupleType() || len(in.TupleElementTypes()) < len(outs) {
			return true
		}
		for i, ot := range outs {
			if replaceBreaks(in.TupleElementType(i), ot) {
				return true
			}
		}
	}
	return false
}

func attributeTypes(t cty.Type) []cty.Type {
	types := make([]cty.Type, 0, len(t.AttributeTypes()))
	for _, at := range t.AttributeTypes() {
		types = append(types, at)
	}
	return types
}

// unified is convert.UnifyUnsafe's type, which dynamicReplace uses for
// tuples and objects (NilType when there is none; dynamicReplace then keeps
// the target type).
func unified(types []cty.Type) cty.Type {
	t, _ := convert.UnifyUnsafe(types)
	return t
}
