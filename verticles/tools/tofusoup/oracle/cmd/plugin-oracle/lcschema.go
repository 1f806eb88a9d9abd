package main

import (
	"fmt"

	"github.com/zclconf/go-cty/cty"
)

// The lifecycle driver works on a protocol-neutral copy of the provider's schemas, made from the tfplugin5 or
// tfplugin6 response by the adapters (lcdriver5.go, lcdriver6.go), the way Terraform's configschema does.

type nesting int

const (
	nestSingle nesting = iota
	nestGroup
	nestList
	nestSet
	nestMap
)

// block is a schema block: attributes and nested block types.
type block struct {
	attrs  map[string]*attribute
	blocks map[string]*nestedBlock
}

// attribute is one attribute; nested is set for protocol 6 nested attributes (then typ is implied from it).
type attribute struct {
	typ                                     cty.Type
	required, optional, computed, writeOnly bool
	nested                                  *nestedObject
}

type nestedObject struct {
	attrs   map[string]*attribute
	nesting nesting
}

type nestedBlock struct {
	block   *block
	nesting nesting
}

// function is what CallFunction needs of a function's signature.
type function struct {
	params   []cty.Type
	variadic *cty.Type
	ret      cty.Type
}

// schemas holds what GetProviderSchema returned.
type schemas struct {
	provider    *block
	resources   map[string]*block
	versions    map[string]int64 // resource schema versions: the version Terraform records with stored state
	dataSources map[string]*block
	ephemerals  map[string]*block
	functions   map[string]*function
}

// impliedType is the object type a block's values have on the wire.
func (b *block) impliedType() cty.Type {
	attrs := map[string]cty.Type{}
	for name, a := range b.attrs {
		attrs[name] = a.impliedType()
	}
	for name, nb := range b.blocks {
		attrs[name] = wrap(nb.block.impliedType(), nb.nesting)
	}
	return cty.Object(attrs)
}

func (a *attribute) impliedType() cty.Type {
	if a.nested == nil {
		return a.typ
	}
	return wrap(objectOf(a.nested.attrs), a.nested.nesting)
}

func objectOf(attrs map[string]*attribute) cty.Type {
	types := map[string]cty.Type{}
	for name, a := range attrs {
		types[name] = a.impliedType()
	}
	return cty.Object(types)
}

func wrap(t cty.Type, n nesting) cty.Type {
	switch n {
	case nestList:
		return cty.List(t)
	case nestSet:
		return cty.Set(t)
	case nestMap:
		return cty.Map(t)
	default:
		return t
	}
}

func nestingOf(mode int32) (nesting, error) {
	// Both protocols number the modes SINGLE=1, LIST=2, SET=3, MAP=4 and (blocks only) GROUP=5.
	switch mode {
	case 1:
		return nestSingle, nil
	case 2:
		return nestList, nil
	case 3:
		return nestSet, nil
	case 4:
		return nestMap, nil
	case 5:
		return nestGroup, nil
	}
	return 0, fmt.Errorf("invalid nesting mode %d", mode)
}

// writeOnly lists the top-level write-only attributes (all the checks need).
func (b *block) writeOnly() map[string]bool {
	out := map[string]bool{}
	for name, a := range b.attrs {
		if a.writeOnly {
			out[name] = true
		}
	}
	return out
}
