package main

import (
	"fmt"

	"github.com/zclconf/go-cty/cty"
)

// Terraform core's planning rules, as far as a lifecycle check needs them (see NOTES-protocol.md §9-11):
// the proposed new state Terraform sends with PlanResourceChange, the validity of the provider's plan, and
// the compatibility of the applied state with the plan.

// proposedNew merges configuration and prior state: configured values win, computed attributes left null in
// configuration keep their prior value, nested blocks are merged element by element.
func proposedNew(b *block, prior, config cty.Value) cty.Value {
	if config.IsNull() || !config.IsKnown() {
		return config
	}
	if prior.IsNull() || !prior.IsKnown() {
		prior = emptyBlockValue(b)
	}
	vals := map[string]cty.Value{}
	for name, a := range b.attrs {
		vals[name] = proposedAttr(a, prior.GetAttr(name), config.GetAttr(name))
	}
	for name, nb := range b.blocks {
		vals[name] = proposedBlocks(nb, prior.GetAttr(name), config.GetAttr(name))
	}
	return cty.ObjectVal(vals)
}

// emptyBlockValue is what an empty block decodes to: null attributes, absent nested blocks.
func emptyBlockValue(b *block) cty.Value {
	vals := map[string]cty.Value{}
	for name, a := range b.attrs {
		vals[name] = cty.NullVal(a.impliedType())
	}
	for name, nb := range b.blocks {
		ety := nb.block.impliedType()
		switch nb.nesting {
		case nestSingle:
			vals[name] = cty.NullVal(ety)
		case nestGroup:
			vals[name] = emptyBlockValue(nb.block)
		case nestList:
			vals[name] = cty.ListValEmpty(ety)
		case nestSet:
			vals[name] = cty.SetValEmpty(ety)
		default:
			vals[name] = cty.MapValEmpty(ety)
		}
	}
	return cty.ObjectVal(vals)
}

func proposedAttr(a *attribute, prior, config cty.Value) cty.Value {
	if a.computed && config.IsNull() {
		return prior
	}
	if a.nested == nil || config.IsNull() || !config.IsKnown() || prior.IsNull() || !prior.IsKnown() {
		return config
	}
	n := a.nested
	merge := func(p, c cty.Value) cty.Value {
		if c.IsNull() || !c.IsKnown() || p.IsNull() || !p.IsKnown() {
			return c
		}
		vals := map[string]cty.Value{}
		for name, inner := range n.attrs {
			vals[name] = proposedAttr(inner, p.GetAttr(name), c.GetAttr(name))
		}
		return cty.ObjectVal(vals)
	}
	switch n.nesting {
	case nestSingle, nestGroup:
		return merge(prior, config)
	case nestList:
		return mapList(config, func(i int, c cty.Value) cty.Value { return merge(indexOr(prior, i), c) })
	case nestMap:
		return mapMap(config, func(k string, c cty.Value) cty.Value { return merge(keyOr(prior, k), c) })
	}
	// Set elements have no identity to pair them by: Terraform sends the configured elements.
	return config
}

func proposedBlocks(nb *nestedBlock, prior, config cty.Value) cty.Value {
	if !config.IsKnown() {
		return config
	}
	switch nb.nesting {
	case nestSingle, nestGroup:
		if config.IsNull() {
			return config
		}
		return proposedNew(nb.block, prior, config)
	case nestList:
		return mapList(config, func(i int, c cty.Value) cty.Value { return proposedNew(nb.block, indexOr(prior, i), c) })
	case nestMap:
		return mapMap(config, func(k string, c cty.Value) cty.Value { return proposedNew(nb.block, keyOr(prior, k), c) })
	}
	// Sets: a configured element takes the prior element whose configurable attributes are all equal.
	if config.IsNull() || config.LengthInt() == 0 {
		return config
	}
	var out []cty.Value
	for it := config.ElementIterator(); it.Next(); {
		_, c := it.Element()
		out = append(out, proposedNew(nb.block, matchingSetElement(nb.block, prior, c), c))
	}
	return cty.SetVal(out)
}

func matchingSetElement(b *block, prior, config cty.Value) cty.Value {
	if prior.IsNull() || !prior.IsKnown() || !config.IsKnown() {
		return cty.NullVal(b.impliedType())
	}
	for it := prior.ElementIterator(); it.Next(); {
		_, p := it.Element()
		if !p.IsKnown() || p.IsNull() {
			continue
		}
		same := true
		for name, a := range b.attrs {
			if !a.computed && !p.GetAttr(name).RawEquals(config.GetAttr(name)) {
				same = false
				break
			}
		}
		if same {
			return p
		}
	}
	return cty.NullVal(b.impliedType())
}

func indexOr(coll cty.Value, i int) cty.Value {
	if coll.IsNull() || !coll.IsKnown() || i >= coll.LengthInt() {
		return cty.NullVal(cty.DynamicPseudoType)
	}
	return coll.Index(cty.NumberIntVal(int64(i)))
}

func keyOr(coll cty.Value, k string) cty.Value {
	if coll.IsNull() || !coll.IsKnown() || !coll.HasIndex(cty.StringVal(k)).True() {
		return cty.NullVal(cty.DynamicPseudoType)
	}
	return coll.Index(cty.StringVal(k))
}

func mapList(list cty.Value, f func(int, cty.Value) cty.Value) cty.Value {
	if list.IsNull() || list.LengthInt() == 0 {
		return list
	}
	var out []cty.Value
	i := 0
	for it := list.ElementIterator(); it.Next(); i++ {
		_, v := it.Element()
		out = append(out, f(i, v))
	}
	return cty.ListVal(out)
}

func mapMap(m cty.Value, f func(string, cty.Value) cty.Value) cty.Value {
	if m.IsNull() || m.LengthInt() == 0 {
		return m
	}
	out := map[string]cty.Value{}
	for it := m.ElementIterator(); it.Next(); {
		k, v := it.Element()
		out[k.AsString()] = f(k.AsString(), v)
	}
	return cty.MapVal(out)
}

// planProblems applies AssertPlanValid's rules to a non-destroy plan: configured values are kept, only
// computed attributes may take other values, write-only attributes are planned null, block counts match.
func planProblems(b *block, config, planned cty.Value, path string) []string {
	if planned.IsNull() {
		return []string{path + ": planned an object for a configured resource as null"}
	}
	if !planned.IsKnown() {
		return []string{path + ": planned object is unknown"}
	}
	var out []string
	for name, a := range b.attrs {
		out = append(out, attrProblems(a, config.GetAttr(name), planned.GetAttr(name), path+"."+name)...)
	}
	for name, nb := range b.blocks {
		p := path + "." + name
		c, pl := config.GetAttr(name), planned.GetAttr(name)
		if !c.IsKnown() {
			if !pl.IsKnown() {
				continue
			}
			out = append(out, p+": configured blocks are unknown, so the planned blocks must be unknown too")
			continue
		}
		if !pl.IsKnown() {
			out = append(out, p+": a block must not be planned unknown itself")
			continue
		}
		switch nb.nesting {
		case nestSingle, nestGroup:
			if c.IsNull() != pl.IsNull() {
				out = append(out, fmt.Sprintf("%s: planned %s for configured %s", p, show(pl), show(c)))
			} else if !c.IsNull() {
				out = append(out, planProblems(nb.block, c, pl, p)...)
			}
		case nestList:
			if pl.IsNull() || c.LengthInt() != pl.LengthInt() {
				out = append(out, fmt.Sprintf("%s: %s blocks planned for %d configured", p, lengthText(pl), c.LengthInt()))
				continue
			}
			for i := 0; i < c.LengthInt(); i++ {
				idx := cty.NumberIntVal(int64(i))
				out = append(out, planProblems(nb.block, c.Index(idx), pl.Index(idx), fmt.Sprintf("%s[%d]", p, i))...)
			}
		case nestMap:
			if pl.IsNull() || c.LengthInt() != pl.LengthInt() {
				out = append(out, fmt.Sprintf("%s: %s blocks planned for %d configured", p, lengthText(pl), c.LengthInt()))
				continue
			}
			for it := c.ElementIterator(); it.Next(); {
				k, cv := it.Element()
				if !pl.HasIndex(k).True() {
					out = append(out, fmt.Sprintf("%s[%q]: configured block missing from the plan", p, k.AsString()))
					continue
				}
				out = append(out, planProblems(nb.block, cv, pl.Index(k), fmt.Sprintf("%s[%q]", p, k.AsString()))...)
			}
		case nestSet:
			if pl.IsNull() {
				out = append(out, p+": a set of blocks must be planned empty, not null")
			} else if pl.IsWhollyKnown() && c.IsWhollyKnown() && c.LengthInt() != pl.LengthInt() {
				out = append(out, fmt.Sprintf("%s: %d blocks planned for %d configured", p, pl.LengthInt(), c.LengthInt()))
			}
		}
	}
	return out
}

func lengthText(v cty.Value) string {
	if v.IsNull() {
		return "null"
	}
	return fmt.Sprint(v.LengthInt())
}

func attrProblems(a *attribute, config, planned cty.Value, path string) []string {
	switch {
	case a.writeOnly:
		if !planned.IsNull() {
			return []string{fmt.Sprintf("%s: write-only attribute planned as %s, must be null", path, show(planned))}
		}
	case !a.computed:
		if !planned.RawEquals(config) {
			return []string{fmt.Sprintf("%s: planned %s for a non-computed attribute configured as %s", path, show(planned), show(config))}
		}
	case !config.IsNull():
		if a.nested != nil && config.IsKnown() && planned.IsKnown() && !planned.IsNull() && a.nested.nesting == nestSingle {
			var out []string
			for name, inner := range a.nested.attrs {
				out = append(out, attrProblems(inner, config.GetAttr(name), planned.GetAttr(name), path+"."+name)...)
			}
			return out
		}
		if a.nested == nil && !planned.RawEquals(config) {
			return []string{fmt.Sprintf("%s: planned %s does not match the configured %s", path, show(planned), show(config))}
		}
	}
	return nil
}

// incompatibilities applies AssertObjectCompatible: every known planned value must be what apply produced.
func incompatibilities(planned, actual cty.Value, path string) []string {
	if !planned.IsKnown() {
		return nil
	}
	if !actual.IsKnown() {
		return []string{path + ": planned " + show(planned) + ", but apply left it unknown"}
	}
	if planned.IsNull() || actual.IsNull() {
		if planned.IsNull() != actual.IsNull() {
			return []string{fmt.Sprintf("%s: was %s, but now %s", path, show(planned), show(actual))}
		}
		return nil
	}
	t := planned.Type()
	switch {
	case t.IsPrimitiveType():
		if !planned.RawEquals(actual) {
			return []string{fmt.Sprintf("%s: was %s, but now %s", path, show(planned), show(actual))}
		}
	case t.IsObjectType():
		var out []string
		for name := range t.AttributeTypes() {
			out = append(out, incompatibilities(planned.GetAttr(name), actual.GetAttr(name), path+"."+name)...)
		}
		return out
	case t.IsListType() || t.IsTupleType() || t.IsMapType():
		if planned.LengthInt() != actual.LengthInt() {
			return []string{fmt.Sprintf("%s: was %s, but now %s", path, show(planned), show(actual))}
		}
		var out []string
		for it := planned.ElementIterator(); it.Next(); {
			k, pv := it.Element()
			if !actual.HasIndex(k).True() {
				return []string{fmt.Sprintf("%s: was %s, but now %s", path, show(planned), show(actual))}
			}
			out = append(out, incompatibilities(pv, actual.Index(k), fmt.Sprintf("%s[%s]", path, show(k)))...)
		}
		return out
	case t.IsSetType():
		for it := planned.ElementIterator(); it.Next(); {
			_, pv := it.Element()
			if !correlates(pv, actual) {
				return []string{fmt.Sprintf("%s: planned set element %s does not correlate with any element in %s", path, show(pv), show(actual))}
			}
		}
		for it := actual.ElementIterator(); it.Next(); {
			_, av := it.Element()
			found := false
			for p := planned.ElementIterator(); p.Next(); {
				_, pv := p.Element()
				if len(incompatibilities(pv, av, path)) == 0 {
					found = true
					break
				}
			}
			if !found {
				return []string{fmt.Sprintf("%s: applied set element %s was not planned", path, show(av))}
			}
		}
	default:
		if !planned.RawEquals(actual) {
			return []string{fmt.Sprintf("%s: was %s, but now %s", path, show(planned), show(actual))}
		}
	}
	return nil
}

func correlates(planned, set cty.Value) bool {
	for it := set.ElementIterator(); it.Next(); {
		_, av := it.Element()
		if len(incompatibilities(planned, av, "")) == 0 {
			return true
		}
	}
	return false
}
