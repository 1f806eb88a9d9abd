package ctybatch

import "testing"

// Vectors from terraform-plugin-go and the protocol notes: the oracle must
// reproduce go-cty exactly, or the Java conformance tests compare against a
// broken reference.
func TestHandle(t *testing.T) {
	cases := []struct{ req, want string }{
		{`{"op":"msgpack-encode","type":"string","value":"hello"}`, `{"ok":true,"hex":"a568656c6c6f"}`},
		{`{"op":"msgpack-encode","type":"number","value":0.8}`, `{"ok":true,"hex":"a3302e38"}`},
		{`{"op":"msgpack-encode","type":"number","value":1.5}`, `{"ok":true,"hex":"cb3ff8000000000000"}`},
		{`{"op":"msgpack-encode","type":"number","value":"+Inf"}`, `{"ok":true,"hex":"cb7ff0000000000000"}`},
		{`{"op":"msgpack-encode","type":"dynamic","value":{"value":["hello"],"type":["list","string"]}}`,
			`{"ok":true,"hex":"92c4115b226c697374222c22737472696e67225d91a568656c6c6f"}`},
		{`{"op":"msgpack-encode","type":["object",{"greeting":"dynamic"}],"value":{"greeting":{"value":"hello","type":"string"}}}`,
			`{"ok":true,"hex":"81a86772656574696e6792c40822737472696e6722a568656c6c6f"}`},
		{`{"op":"msgpack-encode","type":"dynamic","value":{"value":null,"type":"string"}}`, `{"ok":true,"hex":"92c40822737472696e6722c0"}`},
		{`{"op":"msgpack-encode","type":["object",{"a":"dynamic"}],"value":{"a":null}}`, `{"ok":true,"hex":"81a161c0"}`},
		{`{"op":"msgpack-encode","type":["object",{"a":"string","b":"string"}],"value":{"a":{"$unknown":true},"b":{"$unknown":true}}}`,
			`{"ok":true,"hex":"82a161d40000a162d40000"}`},
		{`{"op":"msgpack-encode","type":"string","value":{"$marks":["sensitive"],"$value":"x"}}`,
			`{"ok":false,"error":"value has marks, so it cannot be serialized"}`},
		{`{"op":"msgpack-encode","type":"string","value":{"$unknown":true,"$refine":{"notNull":true}}}`,
			`{"ok":false,"error":"value: refinements ($refine) are not supported by go-cty 1.12.1"}`},
		{`{"op":"msgpack-decode","type":["list","dynamic"],"hex":"9192c40622626f6f6c22c3"}`,
			`{"ok":true,"value":[{"value":true,"type":"bool"}]}`},
		{`{"op":"msgpack-decode","type":"number","hex":"cb3ff199999999999a"}`, `{"ok":true,"value":1.1}`},
		{`{"op":"msgpack-decode","type":"string","hex":"ddffffffff"}`,
			`{"ok":false,"error":"hex: refused: declared length 4294967295 exceeds the input"}`},
		{`{"op":"msgpack-decode","type":["list","string"],"hex":"dc0100a161"}`, `{"ok":false,"error":"[1]: EOF"}`},
		{`{"op":"msgpack-decode","type":["map","string"],"hex":"81dca4f3bea5a3d40000"}`, "{\"ok\":true,\"value\":{\"\":\"\U000fe963\"}}"},
		{`{"op":"json-encode","type":["map","string"],"value":{"<a>":"\u2028"}}`,
			`{"ok":true,"json":"{\"\\u003ca\\u003e\":\"\\u2028\"}"}`},
		{`{"op":"json-encode","type":"dynamic","value":{"value":1,"type":"number"}}`,
			`{"ok":true,"json":"{\"value\":1,\"type\":\"number\"}"}`},
		{`{"op":"json-encode","type":["list","string"],"value":["a",{"$unknown":true}]}`,
			`{"ok":false,"error":"[1]: value is not known"}`},
		{`{"op":"convert","type":"string","value":"12.50","to":"number"}`, `{"ok":true,"value":12.5}`},
		{`{"op":"convert","type":["map","string"],"value":{"k":"x"},"to":["map","number"]}`,
			`{"ok":false,"error":"[\"k\"]: a number is required"}`},
		{`{"op":"convert","type":"string","value":{"$marks":["b","a"],"$value":"true"},"to":"bool"}`,
			`{"ok":true,"value":{"$marks":["a","b"],"$value":true}}`},
		{``, `{"ok":false,"error":"request: empty line"}`},
		{`nonsense`, `{"ok":false,"error":"request: a JSON object is required"}`},
		{`{"op":"x"}`, `{"ok":false,"error":"request: unknown op \"x\""}`},
		{`{"op":"msgpack-encode","type":"strin","value":1}`, `{"ok":false,"error":"type: invalid type: invalid primitive type name \"strin\""}`},
	}
	for _, c := range cases {
		if got := string(Handle([]byte(c.req))); got != c.want {
			t.Errorf("request %s\n got: %s\nwant: %s", c.req, got, c.want)
		}
	}
}

func TestInvalidUTF8IsPrintedOneReplacementPerByte(t *testing.T) {
	// a, lone continuation, truncated 3-byte sequence, b, E0 80 (never valid), c
	got := string(Handle([]byte(`{"op":"msgpack-decode","type":"string","hex":"a861bce282` + `62e080` + `63"}`)))
	want := "{\"ok\":true,\"value\":\"a\uFFFD\uFFFD\uFFFDb\uFFFD\uFFFDc\"}"
	if got != want {
		t.Errorf("got %s want %s", got, want)
	}
}
