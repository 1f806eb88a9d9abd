package main

import (
	"fmt"
	"io"
	"time"

	p5 "vertiform.io/tofusoup/gen/tfplugin5"
)

func diags5(in []*p5.Diagnostic) []diagnostic {
	out := make([]diagnostic, 0, len(in))
	for _, d := range in {
		out = append(out, diagnostic{error: d.Severity == p5.Diagnostic_ERROR, summary: d.Summary, detail: d.Detail})
	}
	return out
}

func dv5(b []byte) *p5.DynamicValue { return &p5.DynamicValue{Msgpack: b} }

// suite5 calls every RPC of tfplugin5.Provider and tfplugin5.Provisioner, as Terraform 0.12+ would.
func suite5(h *host, s *session, prefix string, r *report) {
	p := s.provider5
	c, cancel := ctx(30 * time.Second)
	defer cancel()
	echo := h.echoType
	config := thing("", 3, true)
	check := func(name string, f func() error) { r.check(prefix+name, f()) }
	none := func(name string, call func() ([]*p5.Diagnostic, error)) {
		check(name, func() error {
			d, err := call()
			if err != nil {
				return err
			}
			return expectNone(diags5(d))
		})
	}
	unsupported := func(name, typ string, call func() ([]*p5.Diagnostic, error)) {
		check(name, func() error {
			d, err := call()
			if err != nil {
				return err
			}
			return expectError(diags5(d), "Unsupported", `"`+typ+`"`)
		})
	}

	none("GetMetadata", func() ([]*p5.Diagnostic, error) {
		resp, err := p.GetMetadata(c, &p5.GetMetadata_Request{})
		return resp.GetDiagnostics(), err
	})
	// Terraform configures with an object of the provider schema's type: an empty provider block here.
	providerConfig := []byte{0x80}
	check("GetSchema", func() error {
		resp, err := p.GetSchema(c, &p5.GetProviderSchema_Request{})
		if err != nil {
			return err
		}
		if resp.Provider == nil || resp.Provider.Block == nil {
			return fmt.Errorf("no provider schema block")
		}
		b, err := block5(resp.Provider.Block, "provider")
		if err != nil {
			return err
		}
		providerConfig = encode(emptyBlockValue(b), b.impliedType())
		return expectNone(diags5(resp.Diagnostics))
	})
	check("PrepareProviderConfig", func() error {
		resp, err := p.PrepareProviderConfig(c, &p5.PrepareProviderConfig_Request{Config: dv5(providerConfig)})
		if err != nil {
			return err
		}
		// Terraform 0.12-0.14 decode the prepared config from msgpack and configure with it.
		if string(resp.PreparedConfig.GetMsgpack()) != string(providerConfig) {
			return fmt.Errorf("prepared config %x, want the config back", resp.PreparedConfig.GetMsgpack())
		}
		return expectNone(diags5(resp.Diagnostics))
	})
	none("Configure", func() ([]*p5.Diagnostic, error) {
		resp, err := p.Configure(c, &p5.Configure_Request{TerraformVersion: "0.13.7", Config: dv5(providerConfig)})
		return resp.GetDiagnostics(), err
	})
	none("ValidateResourceTypeConfig(echo)", func() ([]*p5.Diagnostic, error) {
		resp, err := p.ValidateResourceTypeConfig(c, &p5.ValidateResourceTypeConfig_Request{TypeName: echo, Config: dv5(config)})
		return resp.GetDiagnostics(), err
	})
	check("PlanResourceChange(echo)", func() error {
		proposed := thing("", 7, true)
		resp, err := p.PlanResourceChange(c, &p5.PlanResourceChange_Request{TypeName: echo, PriorState: dv5(nullThing()),
			ProposedNewState: dv5(proposed), Config: dv5(config)})
		if err != nil {
			return err
		}
		if err := expectNone(diags5(resp.Diagnostics)); err != nil {
			return err
		}
		return sameThing(proposed, resp.PlannedState.GetMsgpack())
	})
	check("ApplyResourceChange(echo)", func() error {
		planned := thing("i-5", 7, false)
		resp, err := p.ApplyResourceChange(c, &p5.ApplyResourceChange_Request{TypeName: echo, PriorState: dv5(nullThing()),
			PlannedState: dv5(planned), Config: dv5(config)})
		if err != nil {
			return err
		}
		if err := expectNone(diags5(resp.Diagnostics)); err != nil {
			return err
		}
		return sameThing(planned, resp.NewState.GetMsgpack())
	})
	check("ReadResource(echo)", func() error {
		current := thing("i-5", 7, false)
		resp, err := p.ReadResource(c, &p5.ReadResource_Request{TypeName: echo, CurrentState: dv5(current)})
		if err != nil {
			return err
		}
		return sameThing(current, resp.NewState.GetMsgpack())
	})
	unsupported("UpgradeResourceState(unknown type)", "vf_old", func() ([]*p5.Diagnostic, error) {
		resp, err := p.UpgradeResourceState(c, &p5.UpgradeResourceState_Request{TypeName: "vf_old",
			RawState: &p5.RawState{Flatmap: map[string]string{"id": "x", "%": "1"}}})
		return resp.GetDiagnostics(), err
	})
	unsupported("UpgradeResourceIdentity", echo, func() ([]*p5.Diagnostic, error) {
		resp, err := p.UpgradeResourceIdentity(c, &p5.UpgradeResourceIdentity_Request{TypeName: echo,
			RawIdentity: &p5.RawState{Json: []byte(`{}`)}})
		return resp.GetDiagnostics(), err
	})
	unsupported("ImportResourceState", echo, func() ([]*p5.Diagnostic, error) {
		resp, err := p.ImportResourceState(c, &p5.ImportResourceState_Request{TypeName: echo, Id: "i-5"})
		return resp.GetDiagnostics(), err
	})
	unsupported("MoveResourceState", echo, func() ([]*p5.Diagnostic, error) {
		resp, err := p.MoveResourceState(c, &p5.MoveResourceState_Request{SourceTypeName: "old", TargetTypeName: echo,
			SourceState: &p5.RawState{Json: []byte(`{}`)}})
		return resp.GetDiagnostics(), err
	})
	unsupported("GenerateResourceConfig", echo, func() ([]*p5.Diagnostic, error) {
		resp, err := p.GenerateResourceConfig(c, &p5.GenerateResourceConfig_Request{TypeName: echo, State: dv5(config)})
		return resp.GetDiagnostics(), err
	})
	unsupported("ValidateDataSourceConfig", "vf_data", func() ([]*p5.Diagnostic, error) {
		resp, err := p.ValidateDataSourceConfig(c, &p5.ValidateDataSourceConfig_Request{TypeName: "vf_data", Config: dv5(config)})
		return resp.GetDiagnostics(), err
	})
	unsupported("ReadDataSource", "vf_data", func() ([]*p5.Diagnostic, error) {
		resp, err := p.ReadDataSource(c, &p5.ReadDataSource_Request{TypeName: "vf_data", Config: dv5(config)})
		return resp.GetDiagnostics(), err
	})
	unsupported("ValidateEphemeralResourceConfig", "vf_eph", func() ([]*p5.Diagnostic, error) {
		resp, err := p.ValidateEphemeralResourceConfig(c, &p5.ValidateEphemeralResourceConfig_Request{TypeName: "vf_eph", Config: dv5(config)})
		return resp.GetDiagnostics(), err
	})
	unsupported("OpenEphemeralResource", "vf_eph", func() ([]*p5.Diagnostic, error) {
		resp, err := p.OpenEphemeralResource(c, &p5.OpenEphemeralResource_Request{TypeName: "vf_eph", Config: dv5(config)})
		return resp.GetDiagnostics(), err
	})
	unsupported("RenewEphemeralResource", "vf_eph", func() ([]*p5.Diagnostic, error) {
		resp, err := p.RenewEphemeralResource(c, &p5.RenewEphemeralResource_Request{TypeName: "vf_eph"})
		return resp.GetDiagnostics(), err
	})
	unsupported("CloseEphemeralResource", "vf_eph", func() ([]*p5.Diagnostic, error) {
		resp, err := p.CloseEphemeralResource(c, &p5.CloseEphemeralResource_Request{TypeName: "vf_eph"})
		return resp.GetDiagnostics(), err
	})
	unsupported("ValidateListResourceConfig", "vf_list", func() ([]*p5.Diagnostic, error) {
		resp, err := p.ValidateListResourceConfig(c, &p5.ValidateListResourceConfig_Request{TypeName: "vf_list", Config: dv5(config)})
		return resp.GetDiagnostics(), err
	})
	unsupported("ListResource(stream)", "vf_list", func() ([]*p5.Diagnostic, error) {
		stream, err := p.ListResource(c, &p5.ListResource_Request{TypeName: "vf_list", Config: dv5(config)})
		if err != nil {
			return nil, err
		}
		var all []*p5.Diagnostic
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
	unsupported("PlanAction", "vf_act", func() ([]*p5.Diagnostic, error) {
		resp, err := p.PlanAction(c, &p5.PlanAction_Request{ActionType: "vf_act", Config: dv5(config)})
		return resp.GetDiagnostics(), err
	})
	unsupported("InvokeAction(stream)", "vf_act", func() ([]*p5.Diagnostic, error) {
		stream, err := p.InvokeAction(c, &p5.InvokeAction_Request{ActionType: "vf_act", Config: dv5(config)})
		if err != nil {
			return nil, err
		}
		var all []*p5.Diagnostic
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
	unsupported("ValidateActionConfig", "vf_act", func() ([]*p5.Diagnostic, error) {
		resp, err := p.ValidateActionConfig(c, &p5.ValidateActionConfig_Request{TypeName: "vf_act", Config: dv5(config)})
		return resp.GetDiagnostics(), err
	})
	none("GetResourceIdentitySchemas", func() ([]*p5.Diagnostic, error) {
		resp, err := p.GetResourceIdentitySchemas(c, &p5.GetResourceIdentitySchemas_Request{})
		return resp.GetDiagnostics(), err
	})
	none("GetFunctions", func() ([]*p5.Diagnostic, error) {
		resp, err := p.GetFunctions(c, &p5.GetFunctions_Request{})
		return resp.GetDiagnostics(), err
	})
	check("CallFunction(unknown)", func() error {
		resp, err := p.CallFunction(c, &p5.CallFunction_Request{Name: "vf_f"})
		if err != nil {
			return err
		}
		return expectError([]diagnostic{{error: resp.Error != nil, summary: resp.Error.GetText()}}, `"vf_f"`)
	})
	check("malformed: bad msgpack", func() error {
		resp, err := p.PlanResourceChange(c, &p5.PlanResourceChange_Request{TypeName: echo, PriorState: dv5(nullThing()),
			ProposedNewState: dv5([]byte{0x92, 0x01}), Config: dv5(config)})
		if err != nil {
			return err
		}
		return expectError(diags5(resp.Diagnostics), "proposed_new_state")
	})
	check("Provisioner.GetSchema", func() error {
		resp, err := s.provisioner.GetSchema(c, &p5.GetProvisionerSchema_Request{})
		if err != nil {
			return err
		}
		if resp.Provisioner == nil {
			return fmt.Errorf("no provisioner schema")
		}
		return expectNone(diags5(resp.Diagnostics))
	})
	check("Provisioner.ValidateProvisionerConfig", func() error {
		resp, err := s.provisioner.ValidateProvisionerConfig(c, &p5.ValidateProvisionerConfig_Request{Config: dv5([]byte{0x80})})
		if err != nil {
			return err
		}
		return expectError(diags5(resp.Diagnostics), "provisioner")
	})
	check("Provisioner.ProvisionResource(stream)", func() error {
		stream, err := s.provisioner.ProvisionResource(c, &p5.ProvisionResource_Request{Config: dv5([]byte{0x80}),
			Connection: dv5([]byte{0xc0})})
		if err != nil {
			return err
		}
		var all []*p5.Diagnostic
		for {
			out, err := stream.Recv()
			if err == io.EOF {
				break
			}
			if err != nil {
				return err
			}
			all = append(all, out.Diagnostics...)
		}
		return expectError(diags5(all), "provisioner")
	})
	check("Provisioner.Stop", func() error {
		_, err := s.provisioner.Stop(c, &p5.Stop_Request{})
		return err
	})
	check("Stop", func() error {
		resp, err := p.Stop(c, &p5.Stop_Request{})
		if err != nil {
			return err
		}
		if resp.Error != "" {
			return fmt.Errorf("stop error %q", resp.Error)
		}
		return nil
	})
}
