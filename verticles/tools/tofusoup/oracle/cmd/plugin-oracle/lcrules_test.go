package main

import (
	"encoding/json"
	"strings"
	"testing"

	"github.com/zclconf/go-cty/cty"
)

// fileBlock: filename (required), content (required), hash (computed), mode (optional+computed),
// secret (write-only), and a list block "rule" with a required name and a computed id.
func fileBlock() *block {
	rule := &block{attrs: map[string]*attribute{
		"name": {typ: cty.String, required: true},
		"id":   {typ: cty.String, computed: true},
	}, blocks: map[string]*nestedBlock{}}
	return &block{attrs: map[string]*attribute{
		"filename": {typ: cty.String, required: true},
		"content":  {typ: cty.String, required: true},
		"hash":     {typ: cty.String, computed: true},
		"mode":     {typ: cty.String, optional: true, computed: true},
		"secret":   {typ: cty.String, optional: true, writeOnly: true},
	}, blocks: map[string]*nestedBlock{"rule": {block: rule, nesting: nestList}}}
}

func mustConfig(t *testing.T, b *block, text string) cty.Value {
	t.Helper()
	v, err := configFromJSON(json.RawMessage(text), b)
	if err != nil {
		t.Fatalf("config %s: %v", text, err)
	}
	return v
}

func TestProposedNewKeepsComputedPriorValuesAndConfiguredOnes(t *testing.T) {
	b := fileBlock()
	prior := mustConfig(t, b, `{"filename":"a","content":"old","hash":"h1","mode":"0644","rule":[{"name":"r","id":"i1"}]}`)
	config := mustConfig(t, b, `{"filename":"a","content":"new","rule":[{"name":"r"},{"name":"s"}]}`)
	got := proposedNew(b, prior, config)
	want := mustConfig(t, b, `{"filename":"a","content":"new","hash":"h1","mode":"0644","rule":[{"name":"r","id":"i1"},{"name":"s"}]}`)
	if !got.RawEquals(want) {
		t.Fatalf("got %s, want %s", show(got), show(want))
	}
	create := proposedNew(b, cty.NullVal(b.impliedType()), config)
	if !create.GetAttr("hash").IsNull() || create.GetAttr("content").AsString() != "new" {
		t.Fatalf("create proposal %s: computed attributes start null", show(create))
	}
}

func TestPlanProblemsCatchesWhatTerraformRejects(t *testing.T) {
	b := fileBlock()
	config := mustConfig(t, b, `{"filename":"a","content":"c","secret":"s","rule":[{"name":"r"}]}`)
	cases := map[string]struct {
		planned string
		want    string
	}{
		"valid":                  {`{"filename":"a","content":"c","hash":{"$unknown":true},"rule":[{"name":"r","id":{"$unknown":true}}]}`, ""},
		"configured value moved": {`{"filename":"a","content":"C","rule":[{"name":"r"}]}`, ".content: planned"},
		"write-only kept":        {`{"filename":"a","content":"c","secret":"s","rule":[{"name":"r"}]}`, "write-only"},
		"block dropped":          {`{"filename":"a","content":"c"}`, "0 blocks planned for 1"},
		"nested value moved":     {`{"filename":"a","content":"c","rule":[{"name":"x"}]}`, ".rule[0].name"},
	}
	for name, c := range cases {
		problems := strings.Join(planProblems(b, config, mustConfig(t, b, c.planned), ""), "; ")
		if c.want == "" && problems != "" || c.want != "" && !strings.Contains(problems, c.want) {
			t.Errorf("%s: problems %q, want %q", name, problems, c.want)
		}
	}
}

func TestIncompatibilitiesComparesKnownPlannedValuesOnly(t *testing.T) {
	b := fileBlock()
	planned := mustConfig(t, b, `{"filename":"a","content":"c","hash":{"$unknown":true},"rule":[{"name":"r","id":{"$unknown":true}}]}`)
	good := mustConfig(t, b, `{"filename":"a","content":"c","hash":"h","rule":[{"name":"r","id":"1"}]}`)
	bad := mustConfig(t, b, `{"filename":"a","content":"changed","hash":"h","rule":[{"name":"r","id":"1"}]}`)
	if p := incompatibilities(planned, good, ""); len(p) != 0 {
		t.Fatalf("compatible result reported: %v", p)
	}
	if p := incompatibilities(planned, bad, ""); len(p) != 1 || !strings.Contains(p[0], `.content: was "c", but now "changed"`) {
		t.Fatalf("changed content not reported: %v", p)
	}
	set := func(vals ...string) cty.Value {
		var out []cty.Value
		for _, v := range vals {
			if v == "?" {
				out = append(out, cty.UnknownVal(cty.String))
			} else {
				out = append(out, cty.StringVal(v))
			}
		}
		return cty.SetVal(out)
	}
	if p := incompatibilities(set("a", "?"), set("a", "b"), ""); len(p) != 0 {
		t.Fatalf("unknown set element should correlate: %v", p)
	}
	if p := incompatibilities(set("a"), set("b"), ""); len(p) == 0 {
		t.Fatalf("uncorrelated set element not reported")
	}
}

func TestScriptValuesFollowTheSchemaType(t *testing.T) {
	v, err := fromJSON(json.RawMessage(`{"n":12345678901234567890.5,"m":{"k":"v"},"u":{"$unknown":true}}`),
		cty.Object(map[string]cty.Type{"n": cty.Number, "m": cty.Map(cty.String), "u": cty.List(cty.Bool)}))
	if err != nil {
		t.Fatal(err)
	}
	if got := v.GetAttr("n").AsBigFloat().Text('f', -1); got != "12345678901234567890.5" {
		t.Fatalf("number lost precision: %s", got)
	}
	if v.GetAttr("u").IsKnown() || v.GetAttr("m").Index(cty.StringVal("k")).AsString() != "v" {
		t.Fatalf("got %s", show(v))
	}
	if _, err := fromJSON(json.RawMessage(`{"x":1}`), cty.Object(map[string]cty.Type{"n": cty.Number})); err == nil {
		t.Fatal("an unknown attribute must be refused")
	}
}
