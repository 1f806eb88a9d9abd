package main

import (
	"bytes"
	"encoding/json"
	"fmt"
	"sort"
	"strings"

	"github.com/zclconf/go-cty/cty"
	ctyjson "github.com/zclconf/go-cty/cty/json"
)

// Values in lifecycle scripts are plain JSON read against the schema's type: strings, numbers (any precision),
// bools, arrays for lists/sets/tuples, objects for maps/objects, null. {"$unknown":true} is an unknown value of
// the expected type; a dynamic slot takes go-cty's typed JSON {"value":...,"type":...}.

// fromJSON reads raw as a value of type t.
func fromJSON(raw json.RawMessage, t cty.Type) (cty.Value, error) {
	trimmed := bytes.TrimSpace(raw)
	if len(trimmed) == 0 || string(trimmed) == "null" {
		return cty.NullVal(t), nil
	}
	if isUnknownMarker(trimmed) {
		return cty.UnknownVal(t), nil
	}
	if t == cty.DynamicPseudoType {
		return ctyjson.Unmarshal(trimmed, cty.DynamicPseudoType)
	}
	switch {
	case t == cty.String:
		var s string
		if err := json.Unmarshal(trimmed, &s); err != nil {
			return cty.NilVal, fmt.Errorf("a string is required, got %s", trimmed)
		}
		return cty.StringVal(s), nil
	case t == cty.Number:
		text := string(trimmed)
		if strings.HasPrefix(text, `"`) {
			if err := json.Unmarshal(trimmed, &text); err != nil {
				return cty.NilVal, err
			}
		}
		return cty.ParseNumberVal(text)
	case t == cty.Bool:
		var b bool
		if err := json.Unmarshal(trimmed, &b); err != nil {
			return cty.NilVal, fmt.Errorf("a bool is required, got %s", trimmed)
		}
		return cty.BoolVal(b), nil
	case t.IsListType() || t.IsSetType():
		var items []json.RawMessage
		if err := json.Unmarshal(trimmed, &items); err != nil {
			return cty.NilVal, fmt.Errorf("an array is required, got %s", trimmed)
		}
		elems := make([]cty.Value, 0, len(items))
		for i, item := range items {
			v, err := fromJSON(item, t.ElementType())
			if err != nil {
				return cty.NilVal, fmt.Errorf("[%d]: %v", i, err)
			}
			elems = append(elems, v)
		}
		if t.IsListType() {
			if len(elems) == 0 {
				return cty.ListValEmpty(t.ElementType()), nil
			}
			return cty.ListVal(elems), nil
		}
		if len(elems) == 0 {
			return cty.SetValEmpty(t.ElementType()), nil
		}
		return cty.SetVal(elems), nil
	case t.IsTupleType():
		var items []json.RawMessage
		if err := json.Unmarshal(trimmed, &items); err != nil || len(items) != len(t.TupleElementTypes()) {
			return cty.NilVal, fmt.Errorf("an array of %d elements is required, got %s", len(t.TupleElementTypes()), trimmed)
		}
		elems := make([]cty.Value, len(items))
		for i, item := range items {
			v, err := fromJSON(item, t.TupleElementType(i))
			if err != nil {
				return cty.NilVal, fmt.Errorf("[%d]: %v", i, err)
			}
			elems[i] = v
		}
		return cty.TupleVal(elems), nil
	case t.IsMapType():
		var items map[string]json.RawMessage
		if err := json.Unmarshal(trimmed, &items); err != nil {
			return cty.NilVal, fmt.Errorf("an object is required, got %s", trimmed)
		}
		if len(items) == 0 {
			return cty.MapValEmpty(t.ElementType()), nil
		}
		elems := map[string]cty.Value{}
		for k, item := range items {
			v, err := fromJSON(item, t.ElementType())
			if err != nil {
				return cty.NilVal, fmt.Errorf("[%q]: %v", k, err)
			}
			elems[k] = v
		}
		return cty.MapVal(elems), nil
	case t.IsObjectType():
		var items map[string]json.RawMessage
		if err := json.Unmarshal(trimmed, &items); err != nil {
			return cty.NilVal, fmt.Errorf("an object is required, got %s", trimmed)
		}
		for k := range items {
			if !t.HasAttribute(k) {
				return cty.NilVal, fmt.Errorf("unexpected attribute %q", k)
			}
		}
		attrs := map[string]cty.Value{}
		for name, at := range t.AttributeTypes() {
			v, err := fromJSON(items[name], at)
			if err != nil {
				return cty.NilVal, fmt.Errorf(".%s: %v", name, err)
			}
			attrs[name] = v
		}
		return cty.ObjectVal(attrs), nil
	}
	return cty.NilVal, fmt.Errorf("unsupported type %s", t.FriendlyName())
}

func isUnknownMarker(raw []byte) bool {
	var m map[string]json.RawMessage
	if json.Unmarshal(raw, &m) != nil || len(m) != 1 {
		return false
	}
	return string(bytes.TrimSpace(m["$unknown"])) == "true"
}

// configFromJSON builds a configuration object the way Terraform decodes a block: absent attributes are null,
// absent list/set/map blocks are empty collections, an absent single block is null, a group block is present.
func configFromJSON(raw json.RawMessage, b *block) (cty.Value, error) {
	var items map[string]json.RawMessage
	trimmed := bytes.TrimSpace(raw)
	if len(trimmed) > 0 && string(trimmed) != "null" {
		if err := json.Unmarshal(trimmed, &items); err != nil {
			return cty.NilVal, fmt.Errorf("configuration must be a JSON object: %v", err)
		}
	}
	for k := range items {
		if b.attrs[k] == nil && b.blocks[k] == nil {
			return cty.NilVal, fmt.Errorf("unexpected attribute or block %q", k)
		}
	}
	vals := map[string]cty.Value{}
	for name, a := range b.attrs {
		v, err := fromJSON(items[name], a.impliedType())
		if err != nil {
			return cty.NilVal, fmt.Errorf(".%s: %v", name, err)
		}
		vals[name] = v
	}
	for name, nb := range b.blocks {
		v, err := blockFromJSON(items[name], nb)
		if err != nil {
			return cty.NilVal, fmt.Errorf(".%s: %v", name, err)
		}
		vals[name] = v
	}
	return cty.ObjectVal(vals), nil
}

func blockFromJSON(raw json.RawMessage, nb *nestedBlock) (cty.Value, error) {
	ety := nb.block.impliedType()
	absent := len(bytes.TrimSpace(raw)) == 0 || string(bytes.TrimSpace(raw)) == "null"
	switch nb.nesting {
	case nestSingle:
		if absent {
			return cty.NullVal(ety), nil
		}
		return configFromJSON(raw, nb.block)
	case nestGroup:
		return configFromJSON(raw, nb.block)
	case nestList, nestSet:
		var items []json.RawMessage
		if !absent {
			if err := json.Unmarshal(raw, &items); err != nil {
				return cty.NilVal, fmt.Errorf("an array of blocks is required: %v", err)
			}
		}
		elems := make([]cty.Value, 0, len(items))
		for i, item := range items {
			v, err := configFromJSON(item, nb.block)
			if err != nil {
				return cty.NilVal, fmt.Errorf("[%d]%v", i, err)
			}
			elems = append(elems, v)
		}
		if nb.nesting == nestList {
			if len(elems) == 0 {
				return cty.ListValEmpty(ety), nil
			}
			return cty.ListVal(elems), nil
		}
		if len(elems) == 0 {
			return cty.SetValEmpty(ety), nil
		}
		return cty.SetVal(elems), nil
	default:
		var items map[string]json.RawMessage
		if !absent {
			if err := json.Unmarshal(raw, &items); err != nil {
				return cty.NilVal, fmt.Errorf("an object of blocks is required: %v", err)
			}
		}
		if len(items) == 0 {
			return cty.MapValEmpty(ety), nil
		}
		elems := map[string]cty.Value{}
		for k, item := range items {
			v, err := configFromJSON(item, nb.block)
			if err != nil {
				return cty.NilVal, fmt.Errorf("[%q]%v", k, err)
			}
			elems[k] = v
		}
		return cty.MapVal(elems), nil
	}
}

// show renders a value compactly for PASS/FAIL lines.
func show(v cty.Value) string {
	switch {
	case v == cty.NilVal:
		return "<nil>"
	case !v.IsKnown():
		return "(unknown)"
	case v.IsNull():
		return "null"
	}
	t := v.Type()
	switch {
	case t == cty.String:
		return fmt.Sprintf("%q", v.AsString())
	case t == cty.Number:
		return v.AsBigFloat().Text('f', -1)
	case t == cty.Bool:
		return fmt.Sprintf("%v", v.True())
	case t.IsObjectType() || t.IsMapType():
		var parts []string
		for it := v.ElementIterator(); it.Next(); {
			k, e := it.Element()
			parts = append(parts, k.AsString()+"="+show(e))
		}
		sort.Strings(parts)
		return "{" + strings.Join(parts, ", ") + "}"
	case t.IsListType() || t.IsSetType() || t.IsTupleType():
		var parts []string
		for it := v.ElementIterator(); it.Next(); {
			_, e := it.Element()
			parts = append(parts, show(e))
		}
		return "[" + strings.Join(parts, ", ") + "]"
	}
	return v.GoString()
}
