package main

import (
	"context"
	"fmt"
	"io"
	"time"

	"google.golang.org/grpc/codes"
	"google.golang.org/grpc/status"

	p6 "vertiform.io/tofusoup/gen/tfplugin6"
)

func diags6(in []*p6.Diagnostic) []diagnostic {
	out := make([]diagnostic, 0, len(in))
	for _, d := range in {
		out = append(out, diagnostic{error: d.Severity == p6.Diagnostic_ERROR, summary: d.Summary, detail: d.Detail})
	}
	return out
}

func dv6(b []byte) *p6.DynamicValue { return &p6.DynamicValue{Msgpack: b} }

// suite6 calls every RPC of tfplugin6.Provider with realistic requests. Types other than the echo type have
// no component, so the plugin must name them in an error diagnostic.
func suite6(h *host, s *session, prefix string, r *report) {
	p := s.provider6
	c, cancel := ctx(30 * time.Second)
	defer cancel()
	echo := h.echoType
	config := thing("", 3, true)
	check := func(name string, f func() error) { r.check(prefix+name, f()) }

	check("GetMetadata", func() error {
		resp, err := p.GetMetadata(c, &p6.GetMetadata_Request{})
		if err != nil {
			return err
		}
		return expectNone(diags6(resp.Diagnostics))
	})
	// Terraform configures with an object of the provider schema's type: an empty provider block here.
	providerConfig := []byte{0x80}
	check("GetProviderSchema", func() error {
		resp, err := p.GetProviderSchema(c, &p6.GetProviderSchema_Request{})
		if err != nil {
			return err
		}
		if resp.Provider == nil || resp.Provider.Block == nil {
			return fmt.Errorf("no provider schema block")
		}
		b, err := block6(resp.Provider.Block, "provider")
		if err != nil {
			return err
		}
		providerConfig = encode(emptyBlockValue(b), b.impliedType())
		return expectNone(diags6(resp.Diagnostics))
	})
	check("ValidateProviderConfig", func() error {
		resp, err := p.ValidateProviderConfig(c, &p6.ValidateProviderConfig_Request{Config: dv6(providerConfig)})
		if err != nil {
			return err
		}
		return expectNone(diags6(resp.Diagnostics))
	})
	check("ConfigureProvider", func() error {
		resp, err := p.ConfigureProvider(c, &p6.ConfigureProvider_Request{TerraformVersion: "1.16.0",
			Config: dv6(providerConfig), ClientCapabilities: &p6.ClientCapabilities{DeferralAllowed: true}})
		if err != nil {
			return err
		}
		return expectNone(diags6(resp.Diagnostics))
	})
	check("ValidateResourceConfig(echo)", func() error {
		resp, err := p.ValidateResourceConfig(c, &p6.ValidateResourceConfig_Request{TypeName: echo, Config: dv6(config)})
		if err != nil {
			return err
		}
		return expectNone(diags6(resp.Diagnostics))
	})
	check("PlanResourceChange(echo)", func() error {
		proposed := thing("", 3, true)
		resp, err := p.PlanResourceChange(c, &p6.PlanResourceChange_Request{TypeName: echo, PriorState: dv6(nullThing()),
			ProposedNewState: dv6(proposed), Config: dv6(config), PriorPrivate: []byte("prior")})
		if err != nil {
			return err
		}
		if err := expectNone(diags6(resp.Diagnostics)); err != nil {
			return err
		}
		return sameThing(proposed, resp.PlannedState.GetMsgpack())
	})
	check("ApplyResourceChange(echo)", func() error {
		planned := thing("i-123", 3, false)
		resp, err := p.ApplyResourceChange(c, &p6.ApplyResourceChange_Request{TypeName: echo, PriorState: dv6(nullThing()),
			PlannedState: dv6(planned), Config: dv6(config), PlannedPrivate: []byte("planned")})
		if err != nil {
			return err
		}
		if err := expectNone(diags6(resp.Diagnostics)); err != nil {
			return err
		}
		if string(resp.Private) != "planned" {
			return fmt.Errorf("private %q, want the planned private data", resp.Private)
		}
		return sameThing(planned, resp.NewState.GetMsgpack())
	})
	check("ReadResource(echo)", func() error {
		current := thing("i-123", 3, false)
		resp, err := p.ReadResource(c, &p6.ReadResource_Request{TypeName: echo, CurrentState: dv6(current)})
		if err != nil {
			return err
		}
		if err := expectNone(diags6(resp.Diagnostics)); err != nil {
			return err
		}
		return sameThing(current, resp.NewState.GetMsgpack())
	})
	check("UpgradeResourceState(echo)", func() error {
		raw := []byte(`{"id":"i-123","size":3,"tags":{}}`)
		resp, err := p.UpgradeResourceState(c, &p6.UpgradeResourceState_Request{TypeName: echo, Version: 0,
			RawState: &p6.RawState{Json: raw}})
		if err != nil {
			return err
		}
		if string(resp.UpgradedState.GetJson()) != string(raw) {
			return fmt.Errorf("upgraded state %q", resp.UpgradedState.GetJson())
		}
		return expectNone(diags6(resp.Diagnostics))
	})

	unsupported := func(name, kind, typ string, call func() ([]*p6.Diagnostic, error)) {
		check(name, func() error {
			d, err := call()
			if err != nil {
				return err
			}
			return expectError(diags6(d), kind, `"`+typ+`"`)
		})
	}
	unsupported("ImportResourceState", "resource type", echo, func() ([]*p6.Diagnostic, error) {
		resp, err := p.ImportResourceState(c, &p6.ImportResourceState_Request{TypeName: echo, Id: "i-123"})
		return resp.GetDiagnostics(), err
	})
	unsupported("MoveResourceState", "resource type", echo, func() ([]*p6.Diagnostic, error) {
		resp, err := p.MoveResourceState(c, &p6.MoveResourceState_Request{SourceProviderAddress: "registry.terraform.io/a/b",
			SourceTypeName: "b_old", SourceState: &p6.RawState{Json: []byte(`{}`)}, TargetTypeName: echo})
		return resp.GetDiagnostics(), err
	})
	unsupported("GenerateResourceConfig", "resource type", echo, func() ([]*p6.Diagnostic, error) {
		resp, err := p.GenerateResourceConfig(c, &p6.GenerateResourceConfig_Request{TypeName: echo, State: dv6(config)})
		return resp.GetDiagnostics(), err
	})
	unsupported("UpgradeResourceIdentity", "resource type", echo, func() ([]*p6.Diagnostic, error) {
		resp, err := p.UpgradeResourceIdentity(c, &p6.UpgradeResourceIdentity_Request{TypeName: echo,
			RawIdentity: &p6.RawState{Json: []byte(`{"id":"x"}`)}})
		return resp.GetDiagnostics(), err
	})
	unsupported("PlanResourceChange(unknown type)", "resource type", "vf_nope", func() ([]*p6.Diagnostic, error) {
		resp, err := p.PlanResourceChange(c, &p6.PlanResourceChange_Request{TypeName: "vf_nope",
			PriorState: dv6(nullThing()), ProposedNewState: dv6(config), Config: dv6(config)})
		return resp.GetDiagnostics(), err
	})
	unsupported("ValidateDataResourceConfig", "data source", "vf_data", func() ([]*p6.Diagnostic, error) {
		resp, err := p.ValidateDataResourceConfig(c, &p6.ValidateDataResourceConfig_Request{TypeName: "vf_data", Config: dv6(config)})
		return resp.GetDiagnostics(), err
	})
	unsupported("ReadDataSource", "data source", "vf_data", func() ([]*p6.Diagnostic, error) {
		resp, err := p.ReadDataSource(c, &p6.ReadDataSource_Request{TypeName: "vf_data", Config: dv6(config)})
		return resp.GetDiagnostics(), err
	})
	unsupported("ValidateEphemeralResourceConfig", "ephemeral resource type", "vf_eph", func() ([]*p6.Diagnostic, error) {
		resp, err := p.ValidateEphemeralResourceConfig(c, &p6.ValidateEphemeralResourceConfig_Request{TypeName: "vf_eph", Config: dv6(config)})
		return resp.GetDiagnostics(), err
	})
	unsupported("OpenEphemeralResource", "ephemeral resource type", "vf_eph", func() ([]*p6.Diagnostic, error) {
		resp, err := p.OpenEphemeralResource(c, &p6.OpenEphemeralResource_Request{TypeName: "vf_eph", Config: dv6(config)})
		return resp.GetDiagnostics(), err
	})
	unsupported("RenewEphemeralResource", "ephemeral resource type", "vf_eph", func() ([]*p6.Diagnostic, error) {
		resp, err := p.RenewEphemeralResource(c, &p6.RenewEphemeralResource_Request{TypeName: "vf_eph", Private: []byte("p")})
		return resp.GetDiagnostics(), err
	})
	unsupported("CloseEphemeralResource", "ephemeral resource type", "vf_eph", func() ([]*p6.Diagnostic, error) {
		resp, err := p.CloseEphemeralResource(c, &p6.CloseEphemeralResource_Request{TypeName: "vf_eph"})
		return resp.GetDiagnostics(), err
	})
	unsupported("ValidateListResourceConfig", "list resource type", "vf_list", func() ([]*p6.Diagnostic, error) {
		resp, err := p.ValidateListResourceConfig(c, &p6.ValidateListResourceConfig_Request{TypeName: "vf_list", Config: dv6(config)})
		return resp.GetDiagnostics(), err
	})
	unsupported("ListResource(stream)", "list resource type", "vf_list", func() ([]*p6.Diagnostic, error) {
		stream, err := p.ListResource(c, &p6.ListResource_Request{TypeName: "vf_list", Config: dv6(config), Limit: 10})
		if err != nil {
			return nil, err
		}
		var all []*p6.Diagnostic
		for {
			ev, err := stream.Recv()
			if err == io.EOF {
				return all, nil
			}
			if err != nil {
				return nil, err
			}
			all = append(all, ev.Diagnostic...)
		}
	})
	unsupported("ValidateActionConfig", "action type", "vf_act", func() ([]*p6.Diagnostic, error) {
		resp, err := p.ValidateActionConfig(c, &p6.ValidateActionConfig_Request{TypeName: "vf_act", Config: dv6(config)})
		return resp.GetDiagnostics(), err
	})
	unsupported("PlanAction", "action type", "vf_act", func() ([]*p6.Diagnostic, error) {
		resp, err := p.PlanAction(c, &p6.PlanAction_Request{ActionType: "vf_act", Config: dv6(config)})
		return resp.GetDiagnostics(), err
	})
	unsupported("InvokeAction(stream)", "action type", "vf_act", func() ([]*p6.Diagnostic, error) {
		stream, err := p.InvokeAction(c, &p6.InvokeAction_Request{ActionType: "vf_act", Config: dv6(config)})
		if err != nil {
			return nil, err
		}
		var all []*p6.Diagnostic
		for {
			ev, err := stream.Recv()
			if err == io.EOF {
				return all, nil
			}
			if err != nil {
				return nil, err
			}
			all = append(all, ev.GetCompleted().GetDiagnostics()...)
		}
	})
	store := "vf_store"
	unsupported("ValidateStateStoreConfig", "state store type", store, func() ([]*p6.Diagnostic, error) {
		resp, err := p.ValidateStateStoreConfig(c, &p6.ValidateStateStore_Request{TypeName: store, Config: dv6(config)})
		return resp.GetDiagnostics(), err
	})
	unsupported("ConfigureStateStore", "state store type", store, func() ([]*p6.Diagnostic, error) {
		resp, err := p.ConfigureStateStore(c, &p6.ConfigureStateStore_Request{TypeName: store, Config: dv6(config),
			Capabilities: &p6.StateStoreClientCapabilities{ChunkSize: 8 << 20}})
		return resp.GetDiagnostics(), err
	})
	unsupported("ReadStateBytes(stream)", "state store type", store, func() ([]*p6.Diagnostic, error) {
		stream, err := p.ReadStateBytes(c, &p6.ReadStateBytes_Request{TypeName: store, StateId: "default"})
		if err != nil {
			return nil, err
		}
		var all []*p6.Diagnostic
		for {
			chunk, err := stream.Recv()
			if err == io.EOF {
				return all, nil
			}
			if err != nil {
				return nil, err
			}
			all = append(all, chunk.Diagnostics...)
		}
	})
	unsupported("WriteStateBytes(client stream)", "state store type", store, func() ([]*p6.Diagnostic, error) {
		stream, err := p.WriteStateBytes(c)
		if err != nil {
			return nil, err
		}
		state := []byte(`{"version":4,"terraform_version":"1.16.0","serial":1,"lineage":"x","outputs":{},"resources":[]}`)
		half := len(state) / 2
		if err := stream.Send(&p6.WriteStateBytes_RequestChunk{Meta: &p6.RequestChunkMeta{TypeName: store, StateId: "default"},
			Bytes: state[:half], TotalLength: int64(len(state)), Range: &p6.StateRange{Start: 0, End: int64(half)}}); err != nil {
			return nil, err
		}
		if err := stream.Send(&p6.WriteStateBytes_RequestChunk{Bytes: state[half:], TotalLength: int64(len(state)),
			Range: &p6.StateRange{Start: int64(half), End: int64(len(state))}}); err != nil {
			return nil, err
		}
		resp, err := stream.CloseAndRecv()
		return resp.GetDiagnostics(), err
	})
	unsupported("LockState", "state store type", store, func() ([]*p6.Diagnostic, error) {
		resp, err := p.LockState(c, &p6.LockState_Request{TypeName: store, StateId: "default", Operation: "apply"})
		return resp.GetDiagnostics(), err
	})
	unsupported("UnlockState", "state store type", store, func() ([]*p6.Diagnostic, error) {
		resp, err := p.UnlockState(c, &p6.UnlockState_Request{TypeName: store, StateId: "default", LockId: "l"})
		return resp.GetDiagnostics(), err
	})
	unsupported("GetStates", "state store type", store, func() ([]*p6.Diagnostic, error) {
		resp, err := p.GetStates(c, &p6.GetStates_Request{TypeName: store})
		return resp.GetDiagnostics(), err
	})
	unsupported("DeleteState", "state store type", store, func() ([]*p6.Diagnostic, error) {
		resp, err := p.DeleteState(c, &p6.DeleteState_Request{TypeName: store, StateId: "dev"})
		return resp.GetDiagnostics(), err
	})
	check("GetResourceIdentitySchemas", func() error {
		resp, err := p.GetResourceIdentitySchemas(c, &p6.GetResourceIdentitySchemas_Request{})
		if err != nil {
			return err
		}
		return expectNone(diags6(resp.Diagnostics))
	})
	check("GetFunctions", func() error {
		resp, err := p.GetFunctions(c, &p6.GetFunctions_Request{})
		if err != nil {
			return err
		}
		return expectNone(diags6(resp.Diagnostics))
	})
	check("CallFunction(unknown)", func() error {
		resp, err := p.CallFunction(c, &p6.CallFunction_Request{Name: "vf_upper", Arguments: []*p6.DynamicValue{dv6([]byte{0xa1, 'x'})}})
		if err != nil {
			return err
		}
		if resp.Error == nil {
			return fmt.Errorf("no function error")
		}
		return expectError([]diagnostic{{error: true, summary: resp.Error.Text}}, `"vf_upper"`)
	})
	malformed6(p, c, echo, prefix, r)
	check("StopProvider", func() error {
		resp, err := p.StopProvider(c, &p6.StopProvider_Request{})
		if err != nil {
			return err
		}
		if resp.Error != "" {
			return fmt.Errorf("stop error %q", resp.Error)
		}
		return nil
	})
}

// malformed6 sends requests Terraform would never send and expects diagnostics, never a crash or a hang.
func malformed6(p p6.ProviderClient, c context.Context, echo, prefix string, r *report) {
	plan := func(req *p6.PlanResourceChange_Request) ([]diagnostic, error) {
		resp, err := p.PlanResourceChange(c, req)
		if err != nil {
			return nil, err
		}
		return diags6(resp.Diagnostics), nil
	}
	good := thing("", 1, true)
	r.check(prefix+"malformed: bad msgpack", func() error {
		d, err := plan(&p6.PlanResourceChange_Request{TypeName: echo, PriorState: dv6(nullThing()),
			ProposedNewState: dv6([]byte{0xc1, 0x00}), Config: dv6(good)})
		if err != nil {
			return err
		}
		return expectError(d, "proposed_new_state", "malformed msgpack")
	}())
	r.check(prefix+"malformed: truncated msgpack", func() error {
		d, err := plan(&p6.PlanResourceChange_Request{TypeName: echo, PriorState: dv6(nullThing()),
			ProposedNewState: dv6(good), Config: dv6(good[:len(good)-3])})
		if err != nil {
			return err
		}
		return expectError(d, "config")
	}())
	r.check(prefix+"malformed: missing fields", func() error {
		d, err := plan(&p6.PlanResourceChange_Request{TypeName: echo})
		if err != nil {
			return err
		}
		return expectError(d, "missing config")
	}())
	r.check(prefix+"malformed: missing type name", func() error {
		d, err := plan(&p6.PlanResourceChange_Request{PriorState: dv6(nullThing()), ProposedNewState: dv6(good), Config: dv6(good)})
		if err != nil {
			return err
		}
		return expectError(d, "missing type_name")
	}())
	r.check(prefix+"malformed: type name that is no identifier", func() error {
		d, err := plan(&p6.PlanResourceChange_Request{TypeName: "a.b c", PriorState: dv6(nullThing()),
			ProposedNewState: dv6(good), Config: dv6(good)})
		if err != nil {
			return err
		}
		return expectError(d, "Invalid resource type name")
	}())
	r.check(prefix+"malformed: oversized value", func() error {
		big := make([]byte, 257<<20)
		big[0] = 0xc6
		_, err := p.PlanResourceChange(c, &p6.PlanResourceChange_Request{TypeName: echo, PriorState: dv6(nullThing()),
			ProposedNewState: dv6(big), Config: dv6(good)})
		if status.Code(err) != codes.ResourceExhausted {
			return fmt.Errorf("got %v, want ResourceExhausted", err)
		}
		// the connection still serves afterwards
		_, err = p.GetProviderSchema(c, &p6.GetProviderSchema_Request{})
		return err
	}())
}
