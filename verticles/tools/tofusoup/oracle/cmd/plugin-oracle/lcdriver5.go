package main

import (
	"context"
	"fmt"

	p5 "vertiform.io/tofusoup/gen/tfplugin5"
)

// driver5 speaks tfplugin5 as Terraform 0.12 and later do (5.10 adds functions and ephemeral resources).
type driver5 struct {
	p p5.ProviderClient
}

var caps5 = &p5.ClientCapabilities{DeferralAllowed: false, WriteOnlyAttributesAllowed: true}

func pathDiags5(in []*p5.Diagnostic) []pathDiag {
	out := make([]pathDiag, 0, len(in))
	for _, d := range in {
		var steps []pathStep
		for _, s := range d.GetAttribute().GetSteps() {
			switch sel := s.Selector.(type) {
			case *p5.AttributePath_Step_AttributeName:
				steps = append(steps, pathStep{attr: sel.AttributeName})
			case *p5.AttributePath_Step_ElementKeyString:
				k := sel.ElementKeyString
				steps = append(steps, pathStep{strKey: &k})
			case *p5.AttributePath_Step_ElementKeyInt:
				k := sel.ElementKeyInt
				steps = append(steps, pathStep{intKey: &k})
			}
		}
		out = append(out, pathDiag{diagnostic{error: d.Severity == p5.Diagnostic_ERROR, summary: d.Summary,
			detail: d.Detail}, renderPath(steps)})
	}
	return out
}

func (d *driver5) schemas(c context.Context) (*schemas, []pathDiag, error) {
	resp, err := d.p.GetSchema(c, &p5.GetProviderSchema_Request{})
	if err != nil {
		return nil, nil, err
	}
	out := &schemas{resources: map[string]*block{}, versions: map[string]int64{}, dataSources: map[string]*block{},
		ephemerals: map[string]*block{}, functions: map[string]*function{}}
	if out.provider, err = block5(resp.GetProvider().GetBlock(), "provider"); err != nil {
		return nil, nil, err
	}
	for kind, src := range map[string]map[string]*p5.Schema{"resource": resp.ResourceSchemas,
		"data source": resp.DataSourceSchemas, "ephemeral resource": resp.EphemeralResourceSchemas} {
		for name, s := range src {
			b, err := block5(s.GetBlock(), kind+" "+name)
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
	return out, pathDiags5(resp.Diagnostics), nil
}

func block5(b *p5.Schema_Block, what string) (*block, error) {
	out := &block{attrs: map[string]*attribute{}, blocks: map[string]*nestedBlock{}}
	if b == nil {
		return out, nil
	}
	attrs, err := attrs5(b.Attributes, what)
	if err != nil {
		return nil, err
	}
	out.attrs = attrs
	for _, nb := range b.BlockTypes {
		inner, err := block5(nb.Block, what+" block "+nb.TypeName)
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

func attrs5(in []*p5.Schema_Attribute, what string) (map[string]*attribute, error) {
	out := map[string]*attribute{}
	for _, a := range in {
		attr := &attribute{required: a.Required, optional: a.Optional, computed: a.Computed, writeOnly: a.WriteOnly}
		// Protocol 5 has no nested attributes: every attribute carries its type.
		t, err := parseType(a.Type, what+" attribute "+a.Name)
		if err != nil {
			return nil, err
		}
		attr.typ = t
		out[a.Name] = attr
	}
	return out, nil
}

func (d *driver5) configure(c context.Context, config []byte) ([]pathDiag, error) {
	// Terraform 0.12-0.14 configure with the prepared config; later versions ignore it when it is absent.
	v, err := d.p.PrepareProviderConfig(c, &p5.PrepareProviderConfig_Request{Config: dv5(config)})
	if err != nil {
		return nil, err
	}
	if errs := errorsOf(pathDiags5(v.Diagnostics)); len(errs) > 0 {
		return errs, nil
	}
	if prepared := v.GetPreparedConfig().GetMsgpack(); len(prepared) > 0 {
		config = prepared
	}
	resp, err := d.p.Configure(c, &p5.Configure_Request{TerraformVersion: "1.16.0", Config: dv5(config),
		ClientCapabilities: caps5})
	if err != nil {
		return nil, err
	}
	return pathDiags5(resp.Diagnostics), nil
}

func (d *driver5) validateResource(c context.Context, typ string, config []byte) ([]pathDiag, error) {
	resp, err := d.p.ValidateResourceTypeConfig(c, &p5.ValidateResourceTypeConfig_Request{TypeName: typ, Config: dv5(config),
		ClientCapabilities: &p5.ClientCapabilities{WriteOnlyAttributesAllowed: true}})
	return pathDiags5(resp.GetDiagnostics()), err
}

func (d *driver5) validateData(c context.Context, typ string, config []byte) ([]pathDiag, error) {
	resp, err := d.p.ValidateDataSourceConfig(c, &p5.ValidateDataSourceConfig_Request{TypeName: typ, Config: dv5(config)})
	return pathDiags5(resp.GetDiagnostics()), err
}

func (d *driver5) validateEphemeral(c context.Context, typ string, config []byte) ([]pathDiag, error) {
	resp, err := d.p.ValidateEphemeralResourceConfig(c, &p5.ValidateEphemeralResourceConfig_Request{TypeName: typ,
		Config: dv5(config)})
	return pathDiags5(resp.GetDiagnostics()), err
}

func (d *driver5) plan(c context.Context, typ string, prior, proposed, config, priorPrivate []byte) (planResult, error) {
	resp, err := d.p.PlanResourceChange(c, &p5.PlanResourceChange_Request{TypeName: typ, PriorState: dv5(prior),
		ProposedNewState: dv5(proposed), Config: dv5(config), PriorPrivate: priorPrivate, ClientCapabilities: caps5})
	if err != nil {
		return planResult{}, err
	}
	out := planResult{planned: resp.GetPlannedState().GetMsgpack(), plannedPrivate: resp.PlannedPrivate,
		diags: pathDiags5(resp.Diagnostics)}
	for _, p := range resp.RequiresReplace {
		out.requiresReplace = append(out.requiresReplace, pathDiags5([]*p5.Diagnostic{{Attribute: p}})[0].path)
	}
	return out, nil
}

func (d *driver5) apply(c context.Context, typ string, prior, planned, config, plannedPrivate []byte) (stateResult, error) {
	resp, err := d.p.ApplyResourceChange(c, &p5.ApplyResourceChange_Request{TypeName: typ, PriorState: dv5(prior),
		PlannedState: dv5(planned), Config: dv5(config), PlannedPrivate: plannedPrivate})
	if err != nil {
		return stateResult{}, err
	}
	return stateResult{resp.GetNewState().GetMsgpack(), resp.Private, pathDiags5(resp.Diagnostics)}, nil
}

func (d *driver5) read(c context.Context, typ string, current, private []byte) (stateResult, error) {
	resp, err := d.p.ReadResource(c, &p5.ReadResource_Request{TypeName: typ, CurrentState: dv5(current), Private: private,
		ClientCapabilities: caps5})
	if err != nil {
		return stateResult{}, err
	}
	return stateResult{resp.GetNewState().GetMsgpack(), resp.Private, pathDiags5(resp.Diagnostics)}, nil
}

func (d *driver5) upgrade(c context.Context, typ string, version int64, rawJSON []byte) (stateResult, error) {
	resp, err := d.p.UpgradeResourceState(c, &p5.UpgradeResourceState_Request{TypeName: typ, Version: version,
		RawState: &p5.RawState{Json: rawJSON}})
	if err != nil {
		return stateResult{}, err
	}
	return stateResult{state: resp.GetUpgradedState().GetMsgpack(), diags: pathDiags5(resp.Diagnostics)}, nil
}

func (d *driver5) importState(c context.Context, typ, id string) ([]imported, []pathDiag, error) {
	resp, err := d.p.ImportResourceState(c, &p5.ImportResourceState_Request{TypeName: typ, Id: id, ClientCapabilities: caps5})
	if err != nil {
		return nil, nil, err
	}
	var out []imported
	for _, r := range resp.ImportedResources {
		out = append(out, imported{r.TypeName, r.GetState().GetMsgpack(), r.Private})
	}
	return out, pathDiags5(resp.Diagnostics), nil
}

func (d *driver5) readData(c context.Context, typ string, config []byte) (stateResult, error) {
	resp, err := d.p.ReadDataSource(c, &p5.ReadDataSource_Request{TypeName: typ, Config: dv5(config), ClientCapabilities: caps5})
	if err != nil {
		return stateResult{}, err
	}
	return stateResult{state: resp.GetState().GetMsgpack(), diags: pathDiags5(resp.Diagnostics)}, nil
}

func (d *driver5) call(c context.Context, name string, args [][]byte) (callResult, error) {
	var values []*p5.DynamicValue
	for _, a := range args {
		values = append(values, dv5(a))
	}
	resp, err := d.p.CallFunction(c, &p5.CallFunction_Request{Name: name, Arguments: values})
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

func (d *driver5) openEphemeral(c context.Context, typ string, config []byte) (stateResult, error) {
	resp, err := d.p.OpenEphemeralResource(c, &p5.OpenEphemeralResource_Request{TypeName: typ, Config: dv5(config),
		ClientCapabilities: caps5})
	if err != nil {
		return stateResult{}, err
	}
	return stateResult{resp.GetResult().GetMsgpack(), resp.Private, pathDiags5(resp.Diagnostics)}, nil
}

func (d *driver5) closeEphemeral(c context.Context, typ string, private []byte) ([]pathDiag, error) {
	resp, err := d.p.CloseEphemeralResource(c, &p5.CloseEphemeralResource_Request{TypeName: typ, Private: private})
	return pathDiags5(resp.GetDiagnostics()), err
}
