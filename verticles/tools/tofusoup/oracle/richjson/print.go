package richjson

import (
	"bytes"
	"fmt"
	"sort"

	"github.com/zclconf/go-cty/cty"
)

// Print renders val, which must conform to ty, as compact rich JSON.
func Print(val cty.Value, ty cty.Type) (out []byte, err error) {
	defer func() {
		if r := recover(); r != nil {
			out, err = nil, fmt.Errorf("go-cty panic: %v", r)
		}
	}()
	if errs := val.Type().TestConformance(ty); len(errs) > 0 {
		return nil, fmt.Errorf("value of type %s does not conform to %s", val.Type().FriendlyName(), ty.FriendlyName())
	}
	var buf bytes.Buffer
	if err := printValue(&buf, val, ty, nil); err != nil {
		return nil, err
	}
	return buf.Bytes(), nil
}

func printValue(buf *bytes.Buffer, val cty.Value, ty cty.Type, path cty.Path) error {
	if val.IsMarked() {
		inner, marks := val.Unmark()
		names := make([]string, 0, len(marks))
		for m := range marks {
			names = append(names, fmt.Sprint(m))
		}
		sort.Strings(names)
		buf.WriteString(`{"$marks":[`)
		for i, n := range names {
			if i > 0 {
				buf.WriteByte(',')
			}
			WriteString(buf, n)
		}
		buf.WriteString(`],"$value":`)
		if err := printValue(buf, inner, ty, path); err != nil {
			return err
		}
		buf.WriteByte('}')
		return nil
	}
	if ty.Equals(cty.DynamicPseudoType) && !val.Type().Equals(cty.DynamicPseudoType) {
		typeJSON, err := val.Type().MarshalJSON()
		if err != nil {
			return path.NewErrorf("cannot print type: %s", err)
		}
		buf.WriteString(`{"value":`)
		if err := printValue(buf, val, val.Type(), path); err != nil {
			return err
		}
		buf.WriteString(`,"type":`)
		buf.Write(typeJSON)
		buf.WriteByte('}')
		return nil
	}
	if !val.IsKnown() {
		buf.WriteString(`{"$unknown":true}`)
		return nil
	}
	if val.IsNull() {
		buf.WriteString("null")
		return nil
	}
	switch {
	case ty.Equals(cty.String):
		WriteString(buf, val.AsString())
	case ty.Equals(cty.Number):
		bf := val.AsBigFloat()
		if bf.IsInf() {
			WriteString(buf, bf.Text('f', -1))
		} else {
			buf.WriteString(bf.Text('f', -1))
		}
	case ty.Equals(cty.Bool):
		if val.True() {
			buf.WriteString("true")
		} else {
			buf.WriteString("false")
		}
	case ty.IsListType(), ty.IsSetType(), ty.IsTupleType():
		buf.WriteByte('[')
		i := 0
		for it := val.ElementIterator(); it.Next(); i++ {
			_, ev := it.Element()
			var ety cty.Type
			if ty.IsTupleType() {
				ety = ty.TupleElementType(i)
			} else {
				ety = ty.ElementType()
			}
			if i > 0 {
				buf.WriteByte(',')
			}
			if err := printValue(buf, ev, ety, withStep(path, cty.IndexStep{Key: cty.NumberIntVal(int64(i))})); err != nil {
				return err
			}
		}
		buf.WriteByte(']')
	case ty.IsMapType():
		keys := make([]string, 0, val.LengthInt())
		vals := make([]cty.Value, 0, val.LengthInt())
		for it := val.ElementIterator(); it.Next(); {
			k, v := it.Element()
			keys = append(keys, k.AsString())
			vals = append(vals, v)
		}
		if err := checkNotWrapperShape(keys, path); err != nil {
			return err
		}
		buf.WriteByte('{')
		for i, k := range keys {
			if i > 0 {
				buf.WriteByte(',')
			}
			WriteString(buf, k)
			buf.WriteByte(':')
			if err := printValue(buf, vals[i], ty.ElementType(), withStep(path, cty.IndexStep{Key: cty.StringVal(k)})); err != nil {
				return err
			}
		}
		buf.WriteByte('}')
	case ty.IsObjectType():
		names := sortedKeys(ty.AttributeTypes())
		if err := checkNotWrapperShape(names, path); err != nil {
			return err
		}
		buf.WriteByte('{')
		for i, name := range names {
			if i > 0 {
				buf.WriteByte(',')
			}
			WriteString(buf, name)
			buf.WriteByte(':')
			if err := printValue(buf, val.GetAttr(name), ty.AttributeType(name), withStep(path, cty.GetAttrStep{Name: name})); err != nil {
				return err
			}
		}
		buf.WriteByte('}')
	default:
		return path.NewErrorf("cannot print a value of type %s", ty.FriendlyName())
	}
	return nil
}

func checkNotWrapperShape(keys []string, path cty.Path) error {
	obj := make(map[string]interface{}, len(keys))
	for _, k := range keys {
		obj[k] = nil
	}
	if wrapperKind(obj) != "" {
		return path.NewErrorf("these keys cannot be written in rich JSON: they would read back as a wrapper")
	}
	return nil
}

func sortedKeys(m map[string]cty.Type) []string {
	keys := make([]string, 0, len(m))
	for k := range m {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	return keys
}
