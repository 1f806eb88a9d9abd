// Package ctybatch answers the newline-delimited JSON requests of the
// `vertiform cty batch` protocol with the real go-cty, so that the Java
// implementation can be compared with it line by line.
package ctybatch

import (
	"bytes"
	"encoding/hex"
	"encoding/json"
	"fmt"
	"strings"

	"github.com/zclconf/go-cty/cty"
	"github.com/zclconf/go-cty/cty/convert"
	ctyjson "github.com/zclconf/go-cty/cty/json"
	ctymsgpack "github.com/zclconf/go-cty/cty/msgpack"

	"vertiform.io/tofusoup/oracle/richjson"
)

// request fields stay raw so the type JSON reaches go-cty's own parser.
type request map[string]json.RawMessage

// Handle answers one request line with one response line (no newline).
// It never panics: go-cty panics become error responses.
func Handle(line []byte) (resp []byte) {
	defer func() {
		if r := recover(); r != nil {
			resp = failure(fmt.Sprintf("go-cty panic: %v", r))
		}
	}()
	var req request
	if strings.TrimSpace(string(line)) == "" {
		return failure("request: empty line")
	}
	if err := json.Unmarshal(line, &req); err != nil || req == nil {
		return failure("request: a JSON object is required")
	}
	var op string
	if err := json.Unmarshal(req["op"], &op); err != nil {
		return failure(`request: "op" must be a string`)
	}
	switch op {
	case "msgpack-encode":
		return msgpackEncode(req)
	case "msgpack-decode":
		return msgpackDecode(req)
	case "json-encode":
		return jsonEncode(req)
	case "convert":
		return convertValue(req)
	}
	return failure("request: unknown op " + richjson.QuoteString(op))
}

func msgpackEncode(req request) []byte {
	ty, val, fail := typeAndValue(req)
	if fail != nil {
		return fail
	}
	b, err := ctymsgpack.Marshal(val, ty)
	if err != nil {
		return failure(richjson.ErrorText(err))
	}
	return success("hex", richjson.QuoteString(hex.EncodeToString(modernWholeNumbers(b))))
}

func msgpackDecode(req request) []byte {
	ty, err := field(req, "type", parseType)
	if err != nil {
		return failure(err.Error())
	}
	var h string
	if e := json.Unmarshal(req["hex"], &h); e != nil || req["hex"] == nil {
		return failure(`hex: a string of hex digits is required`)
	}
	b, e := hex.DecodeString(h)
	if e != nil {
		return failure("hex: invalid hex digits")
	}
	if e := checkLengths(b); e != nil {
		if refused, ok := e.(errRefused); ok {
			return failure(refused.msg)
		}
		return failure("hex: " + e.Error())
	}
	val, e := ctymsgpack.Unmarshal(b, ty)
	if e != nil {
		return failure(richjson.ErrorText(e))
	}
	if orderDependsOnInvalidUTF8(val, false) {
		return failure("refused: invalid UTF-8 in a map key or set element (Java strings cannot hold it)")
	}
	if setEqualityChanged(b, ty) {
		return failure("refused: a set holds a large float64 whole number (go-cty >= 1.14.2 compares it differently)")
	}
	return printed(val, ty)
}

func jsonEncode(req request) []byte {
	ty, val, fail := typeAndValue(req)
	if fail != nil {
		return fail
	}
	b, err := ctyjson.Marshal(val, ty)
	if err != nil {
		return failure(richjson.ErrorText(err))
	}
	if !json.Valid(b) {
		// go-cty 1.12.1's marshalDynamic drops the error of the value inside a
		// dynamic slot (unknown or marked) and returns half-written JSON;
		// go-cty >= 1.14.4 (commit 4a34c33) reports the error instead.
		return failure("failed to serialize value: go-cty 1.12.1 wrote invalid JSON " +
			"(an unknown or marked value inside a dynamic slot)")
	}
	return success("json", richjson.QuoteString(string(b)))
}

func convertValue(req request) []byte {
	_, val, fail := typeAndValue(req)
	if fail != nil {
		return fail
	}
	to, err := field(req, "to", parseType)
	if err != nil {
		return failure(err.Error())
	}
	if placeholderConversionBroken(val, to) {
		return failure("refused: converting a null or unknown here hits go-cty 1.12.1's dynamicReplace bug")
	}
	out, err := convert.Convert(val, to)
	if err != nil {
		return failure(richjson.ErrorText(err))
	}
	return printed(out, to)
}

func typeAndValue(req request) (cty.Type, cty.Value, []byte) {
	ty, err := field(req, "type", parseType)
	if err != nil {
		return cty.NilType, cty.NilVal, failure(err.Error())
	}
	raw, ok := req["value"]
	if !ok {
		return cty.NilType, cty.NilVal, failure(`value: missing`)
	}
	val, err := richjson.Parse(raw, ty)
	if err != nil {
		return cty.NilType, cty.NilVal, failure("value: " + richjson.ErrorText(err))
	}
	return ty, val, nil
}

func parseType(raw json.RawMessage) (cty.Type, error) {
	var ty cty.Type
	if err := ty.UnmarshalJSON(raw); err != nil {
		return cty.NilType, err
	}
	return ty, nil
}

func field(req request, name string, parse func(json.RawMessage) (cty.Type, error)) (cty.Type, error) {
	raw, ok := req[name]
	if !ok {
		return cty.NilType, fmt.Errorf("%s: missing", name)
	}
	ty, err := parse(raw)
	if err != nil {
		return cty.NilType, fmt.Errorf("%s: invalid type: %s", name, err)
	}
	return ty, nil
}

func printed(val cty.Value, ty cty.Type) []byte {
	text, err := richjson.Print(val, ty)
	if err != nil {
		return failure("result: " + richjson.ErrorText(err))
	}
	return success("value", string(text))
}

func success(key, rawJSON string) []byte {
	var buf bytes.Buffer
	buf.WriteString(`{"ok":true,`)
	richjson.WriteString(&buf, key)
	buf.WriteByte(':')
	buf.WriteString(rawJSON)
	buf.WriteByte('}')
	return buf.Bytes()
}

func failure(msg string) []byte {
	var buf bytes.Buffer
	buf.WriteString(`{"ok":false,"error":`)
	richjson.WriteString(&buf, msg)
	buf.WriteByte('}')
	return buf.Bytes()
}
