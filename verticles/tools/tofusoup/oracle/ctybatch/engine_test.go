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
		// go-cty >= 1.14.4 rule: whole numbers beyond int64 as digits, never float64 (1.12.1: cb43e0000000000000)
		{`{"op":"msgpack-encode","type":"number","value":9223372036854775808}`, `{"ok":true,"hex":"b339323233333732303336383534373735383038"}`},
		{`{"op":"msgpack-encode","type":["list","number"],"value":[1e22,-1e22,0.5]}`,
			`{"ok":true,"hex":"93b73130303030303030303030303030303030303030303030b82d3130303030303030303030303030303030303030303030cb3fe0000000000000"}`},
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
			`{"ok":false,"error":"refused: declared length 4294967295 exceeds the input"}`},
		{`{"op":"msgpack-decode","type":["list","string"],"hex":"dc0100a161"}`, `{"ok":false,"error":"[1]: EOF"}`},
		{`{"op":"msgpack-decode","type":["map","string"],"hex":"81dca4f3bea5a3d40000"}`, "{\"ok\":true,\"value\":{\"\":\"\U000fe963\"}}"},
		{`{"op":"json-encode","type":["map","string"],"value":{"<a>":"\u2028"}}`,
			`{"ok":true,"json":"{\"\\u003ca\\u003e\":\"\\u2028\"}"}`},
		{`{"op":"json-encode","type":"dynamic","value":{"value":1,"type":"number"}}`,
			`{"ok":true,"json":"{\"value\":1,\"type\":\"number\"}"}`},
		{`{"op":"json-encode","type":["list","string"],"value":["a",{"$unknown":true}]}`,
			`{"ok":false,"error":"[1]: value is not known"}`},
		{`{"op":"json-encode","type":["list","dynamic"],"value":[{"value":{"$unknown":true},"type":"string"}]}`,
			`{"ok":false,"error":"failed to serialize value: go-cty 1.12.1 wrote invalid JSON (an unknown or marked value inside a dynamic slot)"}`},
		{`{"op":"convert","type":"string","value":"12.50","to":"number"}`, `{"ok":true,"value":12.5}`},
		{`{"op":"convert","type":["map","string"],"value":{"k":"x"},"to":["map","number"]}`,
			`{"ok":false,"error":"[\"k\"]: a number is required"}`},
		{`{"op":"convert","type":"string","value":{"$marks":["b","a"],"$value":"true"},"to":"bool"}`,
			`{"ok":true,"value":{"$marks":["a","b"],"$value":true}}`},
		// 1.12.1 fails with "cannot find a common base type for all elements"; 864b88d fixed it
		{`{"op":"convert","type":["map",["map",["list",["list","bool"]]]],"value":{"k":null},"to":["map",["object",{"x":["list",["map","bool"]]},["x"]]]}`,
			`{"ok":false,"error":"refused: converting a null or unknown here hits go-cty 1.12.1's dynamicReplace bug"}`},
		{`{"op":"convert","type":["map",["list","bool"]],"value":{"k":[true]},"to":["map",["tuple",["bool"]]]}`,
			`{"ok":false,"error":"incorrect map element type: tuple required"}`},
		{`{"op":"msgpack-decode","type":["set","number"],"hex":"92cb43f0000000000000b43138343436373434303733373039353531363136"}`,
			`{"ok":false,"error":"refused: a set holds a large float64 whole number (go-cty >= 1.14.2 compares it differently)"}`},
		// float64's largest value and the digits of its shortest text: one element for 1.12.1, two for us
		{`{"op":"msgpack-decode","type":["set","number"],"hex":"92da0135313739373639333133343836323331353730303030303030303030303030303030303030303030303030303030303030303030303030303030303030303030303030303030303030303030303030303030303030303030303030303030303030303030303030303030303030303030303030303030303030303030303030303030303030303030303030303030303030303030303030303030303030303030303030303030303030303030303030303030303030303030303030303030303030303030303030303030303030303030303030303030303030303030303030303030303030303030303030303030303030303030303030303030303030303030303030303030303030303030303030303030303030303030303030303030303030303030303030303030303030303030303030303030cb7fefffffffffffff"}`,
			`{"ok":false,"error":"refused: a set holds a large float64 whole number (go-cty >= 1.14.2 compares it differently)"}`},
		{`{"op":"msgpack-decode","type":["list",["set",["object",{"n":"number"}]]],"hex":"919281a16ecb7fefffffffffffff81a16e01"}`,
			`{"ok":false,"error":"refused: a set holds a large float64 whole number (go-cty >= 1.14.2 compares it differently)"}`},
		{`{"op":"msgpack-decode","type":["list","number"],"hex":"91cb43f0000000000000"}`, `{"ok":true,"value":[18446744073709550000]}`},
		{`{"op":"msgpack-decode","type":["set","number"],"hex":"92cb43f000000000000001"}`, `{"ok":true,"value":[1,18446744073709550000]}`},
		// A mutated number string: go-cty would spend hours formatting 1e100000000 for the set hash.
		{`{"op":"msgpack-decode","type":["set","number"],"hex":"92ab316531303030303030303001"}`,
			`{"ok":false,"error":"refused: a number too large to format (go-cty's set hashing takes unbounded time on it)"}`},
		{`{"op":"msgpack-decode","type":["list","number"],"hex":"91aa2d302e35652d39393939"}`,
			`{"ok":false,"error":"refused: a number too large to format (go-cty's set hashing takes unbounded time on it)"}`},
		{`{"op":"msgpack-decode","type":["set","number"],"hex":"91a431322e35"}`, `{"ok":true,"value":[12.5]}`},
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
