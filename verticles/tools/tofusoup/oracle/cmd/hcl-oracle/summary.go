package main

import (
	"encoding/json"
	"sort"

	"github.com/hashicorp/hcl/v2"
	"github.com/hashicorp/hcl/v2/hclsyntax"
	ctyjson "github.com/zclconf/go-cty/cty/json"
)

// rangeJSON is [startLine, startColumn, startByte, endLine, endColumn, endByte].
type rangeJSON [6]int

func rangeOf(r hcl.Range) rangeJSON {
	return rangeJSON{r.Start.Line, r.Start.Column, r.Start.Byte, r.End.Line, r.End.Column, r.End.Byte}
}

type summaryJSON struct {
	File       string     `json:"file"`
	Errors     int        `json:"errors"`
	FirstError *rangeJSON `json:"first_error"`
	Body       *bodyJSON  `json:"body,omitempty"`
}

type bodyJSON struct {
	Attributes []attrJSON  `json:"attributes"`
	Blocks     []blockJSON `json:"blocks"`
}

type attrJSON struct {
	Name  string          `json:"name"`
	Range rangeJSON       `json:"range"`
	Expr  rangeJSON       `json:"expr"`
	Value json.RawMessage `json:"value,omitempty"`
}

type blockJSON struct {
	Type   string    `json:"type"`
	Labels []string  `json:"labels"`
	Range  rangeJSON `json:"range"`
	Body   bodyJSON  `json:"body"`
}

// summaryLine parses src as native syntax and describes the result (see the
// `vertiform hcl summary` contract in hcl/README.md).
func summaryLine(filename string, src []byte) []byte {
	file, diags := hclsyntax.ParseConfig(src, filename, hcl.InitialPos)
	out := summaryJSON{File: filename}
	for _, d := range diags {
		if d.Severity != hcl.DiagError {
			continue
		}
		if out.Errors == 0 && d.Subject != nil {
			r := rangeOf(*d.Subject)
			out.FirstError = &r
		}
		out.Errors++
	}
	if out.Errors == 0 {
		b := describeBody(file.Body.(*hclsyntax.Body))
		out.Body = &b
	}
	line, err := json.Marshal(out)
	if err != nil {
		panic(err)
	}
	return line
}

func describeBody(body *hclsyntax.Body) bodyJSON {
	out := bodyJSON{Attributes: []attrJSON{}, Blocks: []blockJSON{}}
	attrs := make([]*hclsyntax.Attribute, 0, len(body.Attributes))
	for _, a := range body.Attributes {
		attrs = append(attrs, a)
	}
	sort.Slice(attrs, func(i, j int) bool { return attrs[i].SrcRange.Start.Byte < attrs[j].SrcRange.Start.Byte })
	for _, a := range attrs {
		aj := attrJSON{Name: a.Name, Range: rangeOf(a.SrcRange), Expr: rangeOf(a.Expr.Range())}
		if isStatic(a.Expr) {
			aj.Value = staticValue(a.Expr)
		}
		out.Attributes = append(out.Attributes, aj)
	}
	for _, b := range body.Blocks {
		labels := b.Labels
		if labels == nil {
			labels = []string{}
		}
		out.Blocks = append(out.Blocks, blockJSON{
			Type: b.Type, Labels: labels, Range: rangeOf(b.Range()), Body: describeBody(b.Body),
		})
	}
	return out
}

// isStatic reports whether expr references no variables and calls no functions.
func isStatic(expr hclsyntax.Expression) bool {
	if len(expr.Variables()) > 0 {
		return false
	}
	calls := false
	hclsyntax.VisitAll(expr, func(n hclsyntax.Node) hcl.Diagnostics {
		if _, ok := n.(*hclsyntax.FunctionCallExpr); ok {
			calls = true
		}
		return nil
	})
	return !calls
}

// staticValue evaluates expr without a context: {"type":T,"value":V}, or
// {"error":true} when evaluation reports errors, panics, or yields a value
// cty JSON cannot carry (unknown).
func staticValue(expr hclsyntax.Expression) (out json.RawMessage) {
	failed := json.RawMessage(`{"error":true}`)
	defer func() {
		if r := recover(); r != nil {
			out = failed
		}
	}()
	val, diags := expr.Value(nil)
	if diags.HasErrors() {
		return failed
	}
	ty, err := json.Marshal(val.Type())
	if err != nil {
		return failed
	}
	v, err := ctyjson.Marshal(val, val.Type())
	if err != nil {
		return failed
	}
	line, err := json.Marshal(struct {
		Type  json.RawMessage `json:"type"`
		Value json.RawMessage `json:"value"`
	}{ty, v})
	if err != nil {
		return failed
	}
	return line
}
