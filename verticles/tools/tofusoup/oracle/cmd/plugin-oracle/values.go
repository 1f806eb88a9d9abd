package main

import (
	"bytes"
	"fmt"
	"strings"

	"github.com/zclconf/go-cty/cty"
	ctymsgpack "github.com/zclconf/go-cty/cty/msgpack"
)

// thingType is the object type of the echo resource's realistic values.
var thingType = cty.Object(map[string]cty.Type{
	"id":   cty.String,
	"size": cty.Number,
	"tags": cty.Map(cty.String),
})

// thing returns a msgpack-encoded object value; unknownID plans the id as not yet known, as Terraform does.
func thing(id string, size int64, unknownID bool) []byte {
	idVal := cty.StringVal(id)
	if unknownID {
		idVal = cty.UnknownVal(cty.String)
	}
	v := cty.ObjectVal(map[string]cty.Value{
		"id":   idVal,
		"size": cty.NumberIntVal(size),
		"tags": cty.MapVal(map[string]cty.Value{"env": cty.StringVal("test"), "owner": cty.StringVal("oracle")}),
	})
	b, err := ctymsgpack.Marshal(v, thingType)
	if err != nil {
		panic(err)
	}
	return b
}

func nullThing() []byte {
	b, err := ctymsgpack.Marshal(cty.NullVal(thingType), thingType)
	if err != nil {
		panic(err)
	}
	return b
}

// sameThing checks that got decodes, with go-cty, to exactly the value want encodes.
func sameThing(want, got []byte) error {
	w, err := ctymsgpack.Unmarshal(want, thingType)
	if err != nil {
		return fmt.Errorf("oracle's own value does not decode: %v", err)
	}
	g, err := ctymsgpack.Unmarshal(got, thingType)
	if err != nil {
		return fmt.Errorf("returned value does not decode as %s: %v", thingType.FriendlyName(), err)
	}
	if !g.RawEquals(w) {
		return fmt.Errorf("returned %#v, want %#v", g, w)
	}
	if !bytes.Equal(want, got) {
		return fmt.Errorf("returned bytes %x, want %x", got, want)
	}
	return nil
}

// diagnostic is what the checks need of a protocol 5 or 6 diagnostic.
type diagnostic struct {
	error   bool
	summary string
	detail  string
}

func (d diagnostic) String() string {
	return fmt.Sprintf("%q: %q", d.summary, d.detail)
}

// expectNone fails when there is any diagnostic.
func expectNone(diags []diagnostic) error {
	if len(diags) > 0 {
		return fmt.Errorf("unexpected diagnostics %v", diags)
	}
	return nil
}

// expectError fails unless there is an error diagnostic whose summary or detail contains every fragment.
func expectError(diags []diagnostic, fragments ...string) error {
	for _, d := range diags {
		if !d.error {
			continue
		}
		text := d.summary + "\n" + d.detail
		all := true
		for _, f := range fragments {
			if !strings.Contains(text, f) {
				all = false
			}
		}
		if all {
			return nil
		}
	}
	return fmt.Errorf("no error diagnostic mentioning %q among %v", fragments, diags)
}
