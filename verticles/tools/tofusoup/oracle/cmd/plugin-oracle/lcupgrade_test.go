package main

import (
	"strings"
	"testing"

	"github.com/zclconf/go-cty/cty"
	ctyjson "github.com/zclconf/go-cty/cty/json"
	ctymsgpack "github.com/zclconf/go-cty/cty/msgpack"
)

func TestUpgradeDiffsAcceptsTheStoredStateAndPointsAtWhatChanged(t *testing.T) {
	b := fileBlock()
	stored := mustConfig(t, b, `{"filename":"a","content":"c","hash":"h","mode":"0644","rule":[{"name":"r","id":"1"}]}`)
	if d := upgradeDiffs(stored, stored, ""); len(d) != 0 {
		t.Fatalf("identical state reported: %v", d)
	}
	cases := map[string]struct {
		upgraded string
		want     string
	}{
		"attribute changed":      {`{"filename":"a","content":"C","hash":"h","mode":"0644","rule":[{"name":"r","id":"1"}]}`, `.content: stored "c", upgraded "C"`},
		"attribute dropped":      {`{"filename":"a","content":"c","mode":"0644","rule":[{"name":"r","id":"1"}]}`, `.hash: stored "h", upgraded null`},
		"nested value changed":   {`{"filename":"a","content":"c","hash":"h","mode":"0644","rule":[{"name":"r","id":"2"}]}`, `.rule[0].id: stored "1", upgraded "2"`},
		"block count changed":    {`{"filename":"a","content":"c","hash":"h","mode":"0644"}`, `.rule: stored [{id="1", name="r"}], upgraded []`},
		"whole object forgotten": {`null`, `(whole object): stored {`},
	}
	for name, c := range cases {
		upgraded := cty.NullVal(b.impliedType())
		if c.upgraded != "null" {
			upgraded = mustConfig(t, b, c.upgraded)
		}
		d := upgradeDiffs(stored, upgraded, "")
		if len(d) != 1 || !strings.Contains(d[0], c.want) {
			t.Errorf("%s: diffs %v, want one containing %q", name, d, c.want)
		}
	}
	if d := upgradeDiffs(stored, cty.UnknownVal(b.impliedType()), ""); len(d) != 1 {
		t.Fatalf("an unknown upgraded state must be reported: %v", d)
	}
}

// A correct same-version upgrade is Terraform's state-file JSON read back with the schema's type: what a
// provider does must come out RawEquals to the stored value, numbers with every digit included.
func TestStateFileJSONRoundTripIsWhatASameVersionUpgradeReturns(t *testing.T) {
	ty := cty.Object(map[string]cty.Type{"n": cty.Number, "m": cty.Map(cty.String), "s": cty.Set(cty.String),
		"d": cty.DynamicPseudoType, "e": cty.List(cty.Bool)})
	n, err := cty.ParseNumberVal("12345678901234567890.125")
	if err != nil {
		t.Fatal(err)
	}
	stored := cty.ObjectVal(map[string]cty.Value{"n": n, "m": cty.MapVal(map[string]cty.Value{"k": cty.StringVal("v")}),
		"s": cty.SetVal([]cty.Value{cty.StringVal("x"), cty.StringVal("y")}), "d": cty.NumberIntVal(3),
		"e": cty.ListValEmpty(cty.Bool)})
	raw, err := ctyjson.Marshal(stored, ty)
	if err != nil {
		t.Fatal(err)
	}
	back, err := ctyjson.Unmarshal(raw, ty)
	if err != nil {
		t.Fatal(err)
	}
	wire, err := ctymsgpack.Marshal(back, ty)
	if err != nil {
		t.Fatal(err)
	}
	upgraded, err := decode(wire, ty, "upgraded_state")
	if err != nil {
		t.Fatal(err)
	}
	if d := upgradeDiffs(stored, upgraded, ""); len(d) != 0 {
		t.Fatalf("JSON %s came back different: %v", raw, d)
	}
	moved := cty.ObjectVal(map[string]cty.Value{"n": cty.NumberFloatVal(12345678901234567890.125),
		"m": upgraded.GetAttr("m"), "s": upgraded.GetAttr("s"), "d": upgraded.GetAttr("d"), "e": upgraded.GetAttr("e")})
	if d := upgradeDiffs(stored, moved, ""); len(d) != 1 || !strings.HasPrefix(d[0], ".n: stored 12345678901234567890.125") {
		t.Fatalf("a number rounded through float64 must be reported: %v", d)
	}
}

func TestAnUpgradeStepNeedsItsStoredInstance(t *testing.T) {
	ok := `{"steps":[{"op":"upgrade","type":"t","version":0,"raw_json":{"name":"n"},"expect":{"title":"n"}}]}`
	s, err := parseScript([]byte(ok))
	if err != nil {
		t.Fatalf("a complete upgrade step refused: %v", err)
	}
	if st := s.Steps[0]; *st.Version != 0 || string(st.RawJSON) != `{"name":"n"}` {
		t.Fatalf("read version %v and raw_json %s", st.Version, st.RawJSON)
	}
	for _, missing := range []string{
		`{"steps":[{"op":"upgrade","type":"t","raw_json":{}}]}`,
		`{"steps":[{"op":"upgrade","type":"t","version":0}]}`,
		`{"steps":[{"op":"upgrade","version":0,"raw_json":{}}]}`,
	} {
		if _, err := parseScript([]byte(missing)); err == nil || !strings.Contains(err.Error(), "upgrade needs") {
			t.Errorf("%s: got %v, want the missing field named", missing, err)
		}
	}
}
