package main

import (
	"context"
	"fmt"
	"strings"

	"github.com/zclconf/go-cty/cty"
	ctyjson "github.com/zclconf/go-cty/cty/json"
)

// driver is the part of Terraform's providers.Interface the lifecycle runner uses, with msgpack values; one
// adapter per protocol (lcdriver5.go, lcdriver6.go) maps it onto the generated tfplugin stubs.
type driver interface {
	schemas(c context.Context) (*schemas, []pathDiag, error)
	configure(c context.Context, config []byte) ([]pathDiag, error)
	validateResource(c context.Context, typ string, config []byte) ([]pathDiag, error)
	validateData(c context.Context, typ string, config []byte) ([]pathDiag, error)
	validateEphemeral(c context.Context, typ string, config []byte) ([]pathDiag, error)
	plan(c context.Context, typ string, prior, proposed, config, priorPrivate []byte) (planResult, error)
	apply(c context.Context, typ string, prior, planned, config, plannedPrivate []byte) (stateResult, error)
	read(c context.Context, typ string, current, private []byte) (stateResult, error)
	// upgrade sends stored state as Terraform keeps it in its state file (JSON) with its schema version.
	upgrade(c context.Context, typ string, version int64, rawJSON []byte) (stateResult, error)
	importState(c context.Context, typ, id string) ([]imported, []pathDiag, error)
	readData(c context.Context, typ string, config []byte) (stateResult, error)
	call(c context.Context, name string, args [][]byte) (callResult, error)
	openEphemeral(c context.Context, typ string, config []byte) (stateResult, error)
	closeEphemeral(c context.Context, typ string, private []byte) ([]pathDiag, error)
}

// pathDiag is a diagnostic with its attribute path rendered as Terraform prints it (a.b[0]["k"]).
type pathDiag struct {
	diagnostic
	path string
}

func (d pathDiag) String() string {
	if d.path == "" {
		return d.diagnostic.String()
	}
	return d.diagnostic.String() + " at " + d.path
}

type planResult struct {
	planned         []byte
	plannedPrivate  []byte
	requiresReplace []string
	diags           []pathDiag
}

type stateResult struct {
	state   []byte
	private []byte
	diags   []pathDiag
}

type imported struct {
	typ     string
	state   []byte
	private []byte
}

type callResult struct {
	result []byte
	errMsg string
	errArg *int64
}

// pathStep is what both protocols' AttributePath steps reduce to.
type pathStep struct {
	attr   string
	strKey *string
	intKey *int64
}

func renderPath(steps []pathStep) string {
	var b strings.Builder
	for _, s := range steps {
		switch {
		case s.strKey != nil:
			fmt.Fprintf(&b, "[%q]", *s.strKey)
		case s.intKey != nil:
			fmt.Fprintf(&b, "[%d]", *s.intKey)
		default:
			if b.Len() > 0 {
				b.WriteByte('.')
			}
			b.WriteString(s.attr)
		}
	}
	return b.String()
}

func errorsOf(diags []pathDiag) []pathDiag {
	var out []pathDiag
	for _, d := range diags {
		if d.error {
			out = append(out, d)
		}
	}
	return out
}

// noErrors fails on any error diagnostic (warnings are the provider's business).
func noErrors(diags []pathDiag) error {
	if errs := errorsOf(diags); len(errs) > 0 {
		return fmt.Errorf("error diagnostics %v", errs)
	}
	return nil
}

// parseType reads a JSON type as the schema and function messages carry it.
func parseType(raw []byte, what string) (cty.Type, error) {
	t, err := ctyjson.UnmarshalType(raw)
	if err != nil {
		return cty.NilType, fmt.Errorf("%s: type %s: %v", what, raw, err)
	}
	return t, nil
}
