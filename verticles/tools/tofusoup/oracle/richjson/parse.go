package richjson

import (
	"bytes"
	"encoding/json"
	"fmt"
	"io"

	"github.com/zclconf/go-cty/cty"
)

// DecodeTree parses JSON text into a generic tree whose numbers stay
// json.Number (their exact text), so no precision is lost before cty parses
// them at 512 bits.
func DecodeTree(data []byte) (interface{}, error) {
	dec := json.NewDecoder(bytes.NewReader(data))
	dec.UseNumber()
	var tree interface{}
	if err := dec.Decode(&tree); err != nil {
		return nil, fmt.Errorf("invalid JSON: %s", err)
	}
	if _, err := dec.Token(); err != io.EOF {
		return nil, fmt.Errorf("invalid JSON: unexpected data after the value")
	}
	return tree, nil
}

// Parse reads rich JSON text as a value of type ty.
func Parse(data []byte, ty cty.Type) (cty.Value, error) {
	tree, err := DecodeTree(data)
	if err != nil {
		return cty.NilVal, err
	}
	return FromTree(tree, ty)
}

// FromTree converts a tree from DecodeTree into a value of type ty.
// Nulls, unknowns and empty collections get the slot type with optional
// attribute markers removed, like values built by go-cty's own constructors,
// so that collections mixing them with known objects stay homogeneous.
func FromTree(tree interface{}, ty cty.Type) (val cty.Value, err error) {
	defer func() {
		// cty constructors panic on inconsistent input; report, never crash.
		if r := recover(); r != nil {
			val, err = cty.NilVal, fmt.Errorf("go-cty panic: %v", r)
		}
	}()
	return parseValue(tree, ty, nil)
}

// wrapperKind tells whether a JSON object is one of the dialect's wrappers.
// Map and object values whose keys form exactly these shapes cannot be
// expressed (Print refuses them) so that parsing is never ambiguous.
func wrapperKind(obj map[string]interface{}) string {
	if _, ok := obj["$unknown"]; ok {
		for k := range obj {
			if k != "$unknown" && k != "$refine" {
				return ""
			}
		}
		return "unknown"
	}
	if len(obj) == 2 {
		_, hasMarks := obj["$marks"]
		_, hasValue := obj["$value"]
		if hasMarks && hasValue {
			return "marks"
		}
	}
	return ""
}

func errAt(path cty.Path, f string, args ...interface{}) error {
	return path.NewErrorf(f, args...)
}

func withStep(path cty.Path, step cty.PathStep) cty.Path {
	p := make(cty.Path, len(path), len(path)+1)
	copy(p, path)
	return append(p, step)
}

func parseValue(node interface{}, ty cty.Type, path cty.Path) (cty.Value, error) {
	plain := ty.WithoutOptionalAttributesDeep()
	if obj, ok := node.(map[string]interface{}); ok {
		switch wrapperKind(obj) {
		case "marks":
			return parseMarked(obj, ty, path)
		case "unknown":
			if b, ok := obj["$unknown"].(bool); !ok || !b {
				return cty.NilVal, errAt(path, "$unknown must be true")
			}
			if _, ok := obj["$refine"]; ok {
				return cty.NilVal, errAt(path, "refinements ($refine) are not supported by go-cty 1.12.1")
			}
			return cty.UnknownVal(plain), nil
		}
	}
	if ty.Equals(cty.DynamicPseudoType) {
		return parseDynamic(node, path)
	}
	if node == nil {
		return cty.NullVal(plain), nil
	}
	switch {
	case ty.Equals(cty.String):
		s, ok := node.(string)
		if !ok {
			return cty.NilVal, errAt(path, "a string is required")
		}
		return cty.StringVal(s), nil
	case ty.Equals(cty.Number):
		return parseNumber(node, path)
	case ty.Equals(cty.Bool):
		b, ok := node.(bool)
		if !ok {
			return cty.NilVal, errAt(path, "a bool is required")
		}
		return cty.BoolVal(b), nil
	case ty.IsListType(), ty.IsSetType():
		return parseCollection(node, ty, path)
	case ty.IsMapType():
		return parseMap(node, ty, path)
	case ty.IsTupleType():
		return parseTuple(node, ty, path)
	case ty.IsObjectType():
		return parseObject(node, ty, path)
	}
	return cty.NilVal, errAt(path, "unsupported type %s", ty.FriendlyName())
}

func parseMarked(obj map[string]interface{}, ty cty.Type, path cty.Path) (cty.Value, error) {
	list, ok := obj["$marks"].([]interface{})
	if !ok {
		return cty.NilVal, errAt(path, "$marks must be an array of strings")
	}
	marks := make([]interface{}, 0, len(list))
	for _, m := range list {
		s, ok := m.(string)
		if !ok {
			return cty.NilVal, errAt(path, "$marks must be an array of strings")
		}
		marks = append(marks, s)
	}
	inner, err := parseValue(obj["$value"], ty, path)
	if err != nil {
		return cty.NilVal, err
	}
	return inner.WithMarks(cty.NewValueMarks(marks...)), nil
}

func parseDynamic(node interface{}, path cty.Path) (cty.Value, error) {
	if node == nil {
		return cty.NullVal(cty.DynamicPseudoType), nil
	}
	obj, ok := node.(map[string]interface{})
	_, hasValue := obj["value"]
	_, hasType := obj["type"]
	if !ok || len(obj) != 2 || !hasValue || !hasType {
		return cty.NilVal, errAt(path, `a dynamic value must be null, {"$unknown":true} or {"value":...,"type":...}`)
	}
	typeJSON, err := json.Marshal(obj["type"])
	if err != nil {
		return cty.NilVal, errAt(path, "invalid type: %s", err)
	}
	var concrete cty.Type
	if err := concrete.UnmarshalJSON(typeJSON); err != nil {
		return cty.NilVal, errAt(path, "invalid type: %s", err)
	}
	if concrete.Equals(cty.DynamicPseudoType) {
		return cty.NilVal, errAt(path, `the type of a dynamic value must not be "dynamic"`)
	}
	return parseValue(obj["value"], concrete, path)
}

func parseNumber(node interface{}, path cty.Path) (cty.Value, error) {
	switch n := node.(type) {
	case json.Number:
		v, err := cty.ParseNumberVal(string(n))
		if err != nil {
			return cty.NilVal, errAt(path, "a number is required")
		}
		return v, nil
	case string:
		switch n {
		case "+Inf":
			return cty.PositiveInfinity, nil
		case "-Inf":
			return cty.NegativeInfinity, nil
		}
	}
	return cty.NilVal, errAt(path, "a number is required")
}

func parseCollection(node interface{}, ty cty.Type, path cty.Path) (cty.Value, error) {
	arr, ok := node.([]interface{})
	if !ok {
		return cty.NilVal, errAt(path, "a JSON array is required for %s", ty.FriendlyName())
	}
	ety := ty.ElementType()
	if len(arr) == 0 {
		if ty.IsListType() {
			return cty.ListValEmpty(ety.WithoutOptionalAttributesDeep()), nil
		}
		return cty.SetValEmpty(ety.WithoutOptionalAttributesDeep()), nil
	}
	elems := make([]cty.Value, len(arr))
	for i, e := range arr {
		v, err := parseValue(e, ety, withStep(path, cty.IndexStep{Key: cty.NumberIntVal(int64(i))}))
		if err != nil {
			return cty.NilVal, err
		}
		elems[i] = v
	}
	if ty.IsListType() {
		if !cty.CanListVal(elems) {
			return cty.NilVal, errAt(path, "inconsistent list element types")
		}
		return cty.ListVal(elems), nil
	}
	if !cty.CanSetVal(elems) {
		return cty.NilVal, errAt(path, "inconsistent set element types")
	}
	return cty.SetVal(elems), nil
}

func parseMap(node interface{}, ty cty.Type, path cty.Path) (cty.Value, error) {
	obj, ok := node.(map[string]interface{})
	if !ok {
		return cty.NilVal, errAt(path, "a JSON object is required for %s", ty.FriendlyName())
	}
	ety := ty.ElementType()
	if len(obj) == 0 {
		return cty.MapValEmpty(ety.WithoutOptionalAttributesDeep()), nil
	}
	elems := make(map[string]cty.Value, len(obj))
	for k, e := range obj {
		nk := cty.NormalizeString(k)
		if _, dup := elems[nk]; dup {
			return cty.NilVal, errAt(path, "map keys %q collide after NFC normalization", nk)
		}
		v, err := parseValue(e, ety, withStep(path, cty.IndexStep{Key: cty.StringVal(k)}))
		if err != nil {
			return cty.NilVal, err
		}
		elems[nk] = v
	}
	if !cty.CanMapVal(elems) {
		return cty.NilVal, errAt(path, "inconsistent map element types")
	}
	return cty.MapVal(elems), nil
}

func parseTuple(node interface{}, ty cty.Type, path cty.Path) (cty.Value, error) {
	arr, ok := node.([]interface{})
	if !ok {
		return cty.NilVal, errAt(path, "a JSON array is required for %s", ty.FriendlyName())
	}
	etys := ty.TupleElementTypes()
	if len(arr) != len(etys) {
		return cty.NilVal, errAt(path, "a tuple of length %d is required", len(etys))
	}
	elems := make([]cty.Value, len(arr))
	for i, e := range arr {
		v, err := parseValue(e, etys[i], withStep(path, cty.IndexStep{Key: cty.NumberIntVal(int64(i))}))
		if err != nil {
			return cty.NilVal, err
		}
		elems[i] = v
	}
	return cty.TupleVal(elems), nil
}

func parseObject(node interface{}, ty cty.Type, path cty.Path) (cty.Value, error) {
	obj, ok := node.(map[string]interface{})
	if !ok {
		return cty.NilVal, errAt(path, "a JSON object is required for %s", ty.FriendlyName())
	}
	atys := ty.AttributeTypes()
	for k := range obj {
		if _, known := atys[k]; !known {
			return cty.NilVal, errAt(path, "unsupported attribute %q", k)
		}
	}
	attrs := make(map[string]cty.Value, len(atys))
	for _, name := range sortedKeys(atys) {
		aty := atys[name]
		e, present := obj[name]
		if !present {
			if !ty.AttributeOptional(name) {
				return cty.NilVal, errAt(path, "attribute %q is required", name)
			}
			attrs[name] = cty.NullVal(aty.WithoutOptionalAttributesDeep())
			continue
		}
		v, err := parseValue(e, aty, withStep(path, cty.GetAttrStep{Name: name}))
		if err != nil {
			return cty.NilVal, err
		}
		attrs[name] = v
	}
	return cty.ObjectVal(attrs), nil
}
