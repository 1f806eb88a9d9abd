package main

import (
	"encoding/base64"
	"encoding/json"
	"fmt"
	"sort"

	"github.com/apparentlymart/go-textseg/textseg" // v13, by its GOPATH location
	"github.com/hashicorp/hcl/v2"
	"github.com/hashicorp/hcl/v2/ext/typeexpr"
	"github.com/hashicorp/hcl/v2/hclsyntax"
	hcljson "github.com/hashicorp/hcl/v2/json"
	"github.com/zclconf/go-cty/cty"
	"github.com/zclconf/go-cty/cty/function"
	"github.com/zclconf/go-cty/cty/function/stdlib"
	ctyjson "github.com/zclconf/go-cty/cty/json"
)

// request is one batch line. Source text comes as "src" (a JSON string) or,
// for bytes that are not valid UTF-8, as "src64" (base64).
type request struct {
	Op        string          `json:"op"`
	Name      string          `json:"name"`
	Src       *string         `json:"src"`
	Src64     *string         `json:"src64"`
	Template  bool            `json:"template"`
	Vars      json.RawMessage `json:"vars"`
	Unknowns  []string        `json:"unknowns"`
	Functions bool            `json:"functions"`
}

type diagJSON struct {
	Severity string     `json:"severity"`
	Summary  string     `json:"summary"`
	Detail   string     `json:"detail"`
	Subject  *rangeJSON `json:"subject"`
	Context  *rangeJSON `json:"context"`
}

// handle answers one request line with one response line (no newline).
// It never panics: panics become {"panic": "..."} responses.
func handle(line []byte) (resp []byte) {
	defer func() {
		if r := recover(); r != nil {
			resp = mustJSON(map[string]string{"panic": fmt.Sprint(r)})
		}
	}()
	var req request
	if err := json.Unmarshal(line, &req); err != nil {
		return mustJSON(map[string]string{"error": "request: " + err.Error()})
	}
	src, err := req.source()
	if err != nil {
		return mustJSON(map[string]string{"error": err.Error()})
	}
	switch req.Op {
	case "summary":
		return summaryLine(req.Name, src)
	case "tokens":
		return tokensOf(req, src)
	case "expr":
		return evalExpr(req, src)
	case "clusters":
		return clustersOf(src)
	case "jsonattrs":
		return jsonAttrs(req, src)
	case "typeexpr":
		return typeExpr(req, src)
	}
	return mustJSON(map[string]string{"error": "request: unknown op " + req.Op})
}

func (r request) source() ([]byte, error) {
	switch {
	case r.Src != nil:
		return []byte(*r.Src), nil
	case r.Src64 != nil:
		return base64.StdEncoding.DecodeString(*r.Src64)
	}
	return nil, fmt.Errorf("request: src or src64 is required")
}

// jsonAttrs parses src as JSON syntax and evaluates its top-level attributes
// (in document order) in the request's context.
func jsonAttrs(req request, src []byte) []byte {
	f, diags := hcljson.Parse(src, req.Name)
	out := map[string]interface{}{"parse": diagsOf(diags)}
	ctx, err := req.context()
	if err != nil {
		return mustJSON(map[string]string{"error": err.Error()})
	}
	attrs, attrDiags := f.Body.JustAttributes()
	out["attr_diags"] = diagsOf(attrDiags)
	list := make([]*hcl.Attribute, 0, len(attrs))
	for _, a := range attrs {
		list = append(list, a)
	}
	sort.Slice(list, func(i, j int) bool { return list[i].NameRange.Start.Byte < list[j].NameRange.Start.Byte })
	type attrJSON struct {
		Name  string          `json:"name"`
		Range rangeJSON       `json:"range"`
		Vars  int             `json:"vars"`
		Diags []diagJSON      `json:"diags"`
		Type  json.RawMessage `json:"type"`
		Value json.RawMessage `json:"value,omitempty"`
	}
	var res []attrJSON
	for _, a := range list {
		val, d := a.Expr.Value(ctx)
		ty, _ := json.Marshal(val.Type())
		aj := attrJSON{Name: a.Name, Range: rangeOf(a.Range), Vars: len(a.Expr.Variables()), Diags: diagsOf(d), Type: ty}
		if val.IsWhollyKnown() {
			if v, err := ctyjson.Marshal(val, val.Type()); err == nil {
				aj.Value = v
			}
		}
		res = append(res, aj)
	}
	out["attrs"] = res
	return mustJSON(out)
}

// typeExpr reads src as a type constraint and as an exact type (hcl's
// ext/typeexpr), reporting types, diagnostics and TypeString.
func typeExpr(req request, src []byte) []byte {
	expr, diags := hclsyntax.ParseExpression(src, req.Name, hcl.InitialPos)
	out := map[string]interface{}{"parse": diagsOf(diags)}
	if diags.HasErrors() {
		return mustJSON(out)
	}
	ty, cdiags := typeexpr.TypeConstraint(expr)
	tj, _ := json.Marshal(ty)
	out["constraint"] = map[string]interface{}{"type": json.RawMessage(tj), "diags": diagsOf(cdiags), "string": typeexpr.TypeString(ty)}
	ety, ediags := typeexpr.Type(expr)
	ej, _ := json.Marshal(ety)
	out["exact"] = map[string]interface{}{"type": json.RawMessage(ej), "diags": diagsOf(ediags)}
	return mustJSON(out)
}

// clustersOf lists the byte lengths of src's grapheme clusters as
// go-textseg splits them (the unit HCL columns count).
func clustersOf(src []byte) []byte {
	out := []int{}
	for len(src) > 0 {
		adv, _, _ := textseg.ScanGraphemeClusters(src, true)
		out = append(out, adv)
		src = src[adv:]
	}
	return mustJSON(map[string][]int{"clusters": out})
}

func tokensOf(req request, src []byte) []byte {
	var toks hclsyntax.Tokens
	var diags hcl.Diagnostics
	if req.Template {
		toks, diags = hclsyntax.LexTemplate(src, req.Name, hcl.InitialPos)
	} else {
		toks, diags = hclsyntax.LexConfig(src, req.Name, hcl.InitialPos)
	}
	type tokJSON struct {
		Type  string    `json:"type"`
		Range rangeJSON `json:"range"`
	}
	out := struct {
		Tokens []tokJSON  `json:"tokens"`
		Diags  []diagJSON `json:"diags"`
	}{Tokens: []tokJSON{}, Diags: diagsOf(diags)}
	for _, t := range toks {
		out.Tokens = append(out.Tokens, tokJSON{Type: t.Type.String(), Range: rangeOf(t.Range)})
	}
	return mustJSON(out)
}

// evalExpr parses src as an expression (or a template) and evaluates it.
func evalExpr(req request, src []byte) []byte {
	var expr hclsyntax.Expression
	var diags hcl.Diagnostics
	if req.Template {
		expr, diags = hclsyntax.ParseTemplate(src, req.Name, hcl.InitialPos)
	} else {
		expr, diags = hclsyntax.ParseExpression(src, req.Name, hcl.InitialPos)
	}
	out := map[string]interface{}{"parse": diagsOf(diags)}
	if diags.HasErrors() {
		return mustJSON(out)
	}
	ctx, err := req.context()
	if err != nil {
		return mustJSON(map[string]string{"error": err.Error()})
	}
	val, evalDiags := expr.Value(ctx)
	out["eval"] = diagsOf(evalDiags)
	ty, _ := json.Marshal(val.Type())
	out["type"] = json.RawMessage(ty)
	if val.IsWhollyKnown() && !val.ContainsMarked() {
		v, err := ctyjson.Marshal(val, val.Type())
		if err != nil {
			out["value_error"] = err.Error()
		} else {
			out["value"] = json.RawMessage(v)
		}
	} else {
		out["known"] = false
	}
	return mustJSON(out)
}

func (r request) context() (*hcl.EvalContext, error) {
	if len(r.Vars) == 0 && !r.Functions {
		return nil, nil
	}
	ctx := &hcl.EvalContext{}
	if len(r.Vars) > 0 {
		var wrapped struct {
			Type  json.RawMessage `json:"type"`
			Value json.RawMessage `json:"value"`
		}
		if err := json.Unmarshal(r.Vars, &wrapped); err != nil {
			return nil, fmt.Errorf("vars: %s", err)
		}
		var ty cty.Type
		if err := json.Unmarshal(wrapped.Type, &ty); err != nil {
			return nil, fmt.Errorf("vars: %s", err)
		}
		obj, err := ctyjson.Unmarshal(wrapped.Value, ty)
		if err != nil {
			return nil, fmt.Errorf("vars: %s", err)
		}
		ctx.Variables = obj.AsValueMap()
		if ctx.Variables == nil {
			ctx.Variables = map[string]cty.Value{}
		}
		// Named variables become unknown values of their type ("dynamic" makes
		// cty.DynamicVal), to compare unknown propagation.
		for _, name := range r.Unknowns {
			if name == "dynamic" {
				ctx.Variables[name] = cty.DynamicVal
			} else if v, ok := ctx.Variables[name]; ok {
				ctx.Variables[name] = cty.UnknownVal(v.Type())
			}
		}
	}
	if r.Functions {
		ctx.Functions = testFunctions
	}
	return ctx, nil
}

// testFunctions are the functions cmd/hcldec offers to spec files.
var testFunctions = map[string]function.Function{
	"abs":        stdlib.AbsoluteFunc,
	"coalesce":   stdlib.CoalesceFunc,
	"concat":     stdlib.ConcatFunc,
	"hasindex":   stdlib.HasIndexFunc,
	"int":        stdlib.IntFunc,
	"jsondecode": stdlib.JSONDecodeFunc,
	"jsonencode": stdlib.JSONEncodeFunc,
	"length":     stdlib.LengthFunc,
	"lower":      stdlib.LowerFunc,
	"max":        stdlib.MaxFunc,
	"min":        stdlib.MinFunc,
	"reverse":    stdlib.ReverseFunc,
	"strlen":     stdlib.StrlenFunc,
	"substr":     stdlib.SubstrFunc,
	"upper":      stdlib.UpperFunc,
}

func diagsOf(diags hcl.Diagnostics) []diagJSON {
	out := []diagJSON{}
	for _, d := range diags {
		dj := diagJSON{Summary: d.Summary, Detail: d.Detail, Severity: "error"}
		if d.Severity == hcl.DiagWarning {
			dj.Severity = "warning"
		}
		if d.Subject != nil {
			r := rangeOf(*d.Subject)
			dj.Subject = &r
		}
		if d.Context != nil {
			r := rangeOf(*d.Context)
			dj.Context = &r
		}
		out = append(out, dj)
	}
	return out
}

func mustJSON(v interface{}) []byte {
	b, err := json.Marshal(v)
	if err != nil {
		panic(err)
	}
	return b
}
