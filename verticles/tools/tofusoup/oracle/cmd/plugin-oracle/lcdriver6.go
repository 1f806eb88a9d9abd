package main

import (
	"context"
	"fmt"

	p6 "vertiform.io/tofusoup/gen/tfplugin6"
)

// driver6 speaks tfplugin6 as Terraform ≥ 1.0 does.
type driver6 struct {
	p p6.ProviderClient
}

var caps6 = &p6.ClientCapabilities{DeferralAllowed: false, WriteOnlyAttributesAllowed: true}

func pathDiags6(in []*p6.Diagnostic) []pathDiag {
	out := make([]pathDiag, 0, len(in))
	for _, d := range in {
		var steps []pathStep
		for _, s := range d.GetAttribute().GetSteps() {
			switch sel := s.Selector.(type) {
			case *p6.AttributePath_Step_AttributeName:
				steps = append(steps, pathStep{attr: sel.AttributeName})
			case *p6.AttributePath_Step_ElementKeyString:
				k := sel.ElementKeyString
				steps = append(steps, pathStep{strKey: &k})
			case *p6.AttributePath_Step_ElementKeyInt:
				k := sel.ElementKeyInt
				steps = append(steps, pathStep{intKey: &k})
			}
		}
		out = append(out, pathDiag{diagnostic{error: d.Severity == p6.Diagnostic_ERROR, summary: d.Summary,
			detail: d.Detail}, renderPath(steps)})
	}
	return out
}

func (d *driver6) schemas(c context.Context) (*schemas, []pathDiag, error) {
	resp, err := d.p.GetProviderSchema(c, &p6.GetProviderSchema_Request{})
	if err != nil {
		return nil, nil, err
	}
	out := &schemas{resources: map[string]*block{}, versions: map[string]int64{}, dataSources: map[string]*block{},
		ephemerals: map[string]*block{}, functions: map[string]*function{}}
	if out.provider, err = block6(resp.GetProvider().GetBlock(), "provider"); err != nil {
		return nil, nil, err
	}
	for kind, src := range map[string]map[string]*p6.Schema{"resource": resp.ResourceSchemas,
		"data source": resp.DataSourceSchemas, "ephemeral resource": resp.EphemeralResourceSchemas} {
		for name, s := range src {
			b, err := block6(s.GetBlock(), kind+" "+name)
			if err != nil {
				return nil, nil, err
			}
			switch kind {
			case "resource":
				out.resources[name] = b
				out.versions[name] = s.Version
			case "data source":
				out.dataSources[name] = b
			default:
				out.ephemerals[name] = b
			}
		}
	}
	for name, f := range resp.Functions {
		fn := &function{}
		for _, p := range f.Parameters {
			t, err := parseType(p.Type, "function "+name+" parameter "+p.Name)
			if err != nil {
				return nil, nil, err
			}
			fn.params = append(fn.params, t)
		}
		if v := f.VariadicParameter; v != nil {
			t, err := parseType(v.Type, "function "+name+" variadic parameter")
			if err != nil {
				return nil, nil, err
			}
			fn.variadic = &t
		}
		if fn.ret, err = parseType(f.GetReturn().GetType(), "function "+name+" return"); err != nil {
			return nil, nil, err
		}
		out.functions[name] = fn
	}
	return out, pathDiags6(resp.Diagnostics), nil
}

func block6(b *p6.Schema_Block, what string) (*block, error) {
	out := &block{attrs: map[string]*attribute{}, blocks: map[string]*nestedBlock{}}
	if b == nil {
		return out, nil
	}
	attrs, err := attrs6(b.Attributes, what)
	if err != nil {
		return nil, err
	}
	out.attrs = attrs
	for _, nb := range b.BlockTypes {
		inner, err := block6(nb.Block, what+" block "+nb.TypeName)
		if err != nil {
			return nil, err
		}
		n, err := nestingOf(int32(nb.Nesting))
		if err != nil {
			return nil, fmt.Errorf("%s block %s: %v", what, nb.TypeName, err)
		}
		out.blocks[nb.TypeName] = &nestedBlock{block: inner, nesting: n}
	}
	return out, nil
}

func attrs6(in []*p6.Schema_Attribute, what string) (map[string]*attribute, error) {
	out := map[string]*attribute{}
	for _, a := range in {
		attr := &attribute{required: a.Required, optional: a.Optional, computed: a.Computed, writeOnly: a.WriteOnly}
		if a.NestedType != nil {
			inner, err := attrs6(a.NestedType.Attributes, what+" attribute "+a.Name)
			if err != nil {
				return nil, err
			}
			n, err := nestingOf(int32(a.NestedType.Nesting))
			if err != nil {
				return nil, fmt.Errorf("%s attribute %s: %v", what, a.Name, err)
			}
			attr.nested = &nestedObject{attrs: inner, nesting: n}
		} else {
			t, err := parseType(a.Type, what+" attribute "+a.Name)
			if err != nil {
				return nil, err
			}
			attr.typ = t
		}
		out[a.Name] = attr
	}
	return out, nil
}

func (d *driver6) configure(c context.Context, config []byte) ([]pathDiag, error) {
	v, err := d.p.ValidateProviderConfig(c, &p6.ValidateProviderConfig_Request{Config: dv6(config)})
	if err != nil {
		return nil, err
	}
	if errs := errorsOf(pathDiags6(v.Diagnostics)); len(errs) > 0 {
		return errs, nil
	}
	resp, err := d.p.ConfigureProvider(c, &p6.ConfigureProvider_Request{TerraformVersion: "1.16.0", Config: dv6(config),
		ClientCapabilities: caps6})
	if err != nil {
		return nil, err
	}
	return pathDiags6(resp.Diagnostics), nil
}

func (d *driver6) validateResource(c context.Context, typ string, config []byte) ([]pathDiag, error) {
	resp, err := d.p.ValidateResourceConfig(c, &p6.ValidateResourceConfig_Request{TypeName: typ, Config: dv6(config),
		ClientCapabilities: &p6.ClientCapabilities{WriteOnlyAttributesAllowed: true}})
	return pathDiags6(resp.GetDiagnostics()), err
}

func (d *driver6) validateData(c context.Context, typ string, config []byte) ([]pathDiag, error) {
	resp, err := d.p.ValidateDataResourceConfig(c, &p6.ValidateDataResourceConfig_Request{TypeName: typ, Config: dv6(config)})
	return pathDiags6(resp.GetDiagnostics()), err
}

func (d *driver6) validateEphemeral(c context.Context, typ string, config []byte) ([]pathDiag, error) {
	resp, err := d.p.ValidateEphemeralResourceConfig(c, &p6.ValidateEphemeralResourceConfig_Request{TypeName: typ,
		Config: dv6(config)})
	return pathDiags6(resp.GetDiagnostics()), err
}

func (d *driver6) plan(c context.Context, typ string, prior, proposed, config, priorPrivate []byte) (planResult, error) {
	resp, err := d.p.PlanResourceChange(c, &p6.PlanResourceChange_Request{TypeName: typ, PriorState: dv6(prior),
		ProposedNewState: dv6(proposed), Config: dv6(config), PriorPrivate: priorPrivate, ClientCapabilities: caps6})
	if err != nil {
		return planResult{}, err
	}
	out := planResult{planned: resp.GetPlannedState().GetMsgpack(), plannedPrivate: resp.PlannedPrivate,
		diags: pathDiags6(resp.Diagnostics)}
	for _, p := range resp.RequiresReplace {
		out.requiresReplace = append(out.requiresReplace, pathDiags6([]*p6.Diagnostic{{Attribute: p}})[0].path)
	}
	return out, nil
}

func (d *driver6) apply(c context.Context, typ string, prior, planned, config, plannedPrivate []byte) (stateResult, error) {
	resp, err := d.p.ApplyResourceChange(c, &p6.ApplyResourceChange_Request{TypeName: typ, PriorState: dv6(prior),
		PlannedState: dv6(planned), Config: dv6(config), PlannedPrivate: plannedPrivate})
	if err != nil {
		return stateResult{}, err
	}
	return stateResult{resp.GetNewState().GetMsgpack(), resp.Private, pathDiags6(resp.Diagnostics)}, nil
}

func (d *driver6) read(c context.Context, typ string, current, private []byte) (stateResult, error) {
	resp, err := d.p.ReadResource(c, &p6.ReadResource_Request{TypeName: typ, CurrentState: dv6(current), Private: private,
		ClientCapabilities: caps6})
	if err != nil {
		return stateResult{}, err
	}
	return stateResult{resp.GetNewState().GetMsgpack(), resp.Private, pathDiags6(resp.Diagnostics)}, nil
}

func (d *driver6) upgrade(c context.Context, typ string, version int64, rawJSON []byte) (stateResult, error) {
	resp, err := d.p.UpgradeResourceState(c, &p6.UpgradeResourceState_Request{TypeName: typ, Version: version,
		RawState: &p6.RawState{Json: rawJSON}})
	if err != nil {
		return stateResult{}, err
	}
	return stateResult{state: resp.GetUpgradedState().GetMsgpack(), diags: pathDiags6(resp.Diagnostics)}, nil
}

func (d *driver6) importState(c context.Context, typ, id string) ([]imported, []pathDiag, error) {
	resp, err := d.p.ImportResourceState(c, &p6.ImportResourceState_Request{TypeName: typ, Id: id, ClientCapabilities: caps6})
	if err != nil {
		return nil, nil, err
	}
	var out []imported
	for _, r := range resp.ImportedResources {
		out = append(out, imported{r.TypeName, r.GetState().GetMsgpack(), r.Private})
	}
	return out, pathDiags6(resp.Diagnostics), nil
}

func (d *driver6) readData(c context.Context, typ string, config []byte) (stateResult, error) {
	resp, err := d.p.ReadDataSource(c, &p6.ReadDataSource_Request{TypeName: typ, Config: dv6(config), ClientCapabilities: caps6})
	if err != nil {
		return stateResult{}, err
	}
	return stateResult{state: resp.GetState().GetMsgpack(), diags: pathDiags6(resp.Diagnostics)}, nil
}

func (d *driver6) call(c context.Context, name string, args [][]byte) (callResult, error) {
	var values []*p6.DynamicValue
	for _, a := range args {
		values = append(values, dv6(a))
	}
	resp, err := d.p.CallFunction(c, &p6.CallFunction_Request{Name: name, Arguments: values})
	if err != nil {
		return callResult{}, err
	}
	out := callResult{result: resp.GetResult().GetMsgpack()}
	if e := resp.Error; e != nil {
		out.errMsg = e.Text
		out.errArg = e.FunctionArgument
	}
	return out, nil
}

func (d *driver6) openEphemeral(c context.Context, typ string, config []byte) (stateResult, error) {
	resp, err := d.p.OpenEphemeralResource(c, &p6.OpenEphemeralResource_Request{TypeName: typ, Config: dv6(config),
		ClientCapabilities: caps6})
	if err != nil {
		return stateResult{}, err
	}
	return stateResult{resp.GetResult().GetMsgpack(), resp.Private, pathDiags6(resp.Diagnostics)}, nil
}

func (d *driver6) closeEphemeral(c context.Context, typ string, private []byte) ([]pathDiag, error) {
	resp, err := d.p.CloseEphemeralResource(c, &p6.CloseEphemeralResource_Request{TypeName: typ, Private: private})
	return pathDiags6(resp.GetDiagnostics()), err
}
