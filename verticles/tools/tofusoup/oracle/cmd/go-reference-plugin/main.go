// Command go-reference-plugin is the smallest provider plugin built on the same Debian Go libraries Terraform
// providers of that generation used (go-plugin 1.0.1, grpc-go): GetProviderSchema answers an empty provider
// and PlanResourceChange plans exactly what is proposed. It exists to time Vertiform's plugin against a Go one
// (tests/bench/rpc.sh); every other RPC is left unimplemented.
package main

import (
	"context"

	plugin "github.com/hashicorp/go-plugin"
	"google.golang.org/grpc"

	p5 "vertiform.io/tofusoup/gen/tfplugin5"
	p6 "vertiform.io/tofusoup/gen/tfplugin6"
)

var handshake = plugin.HandshakeConfig{
	ProtocolVersion:  4,
	MagicCookieKey:   "TF_PLUGIN_MAGIC_COOKIE",
	MagicCookieValue: "d602bf8f470bc67ca7faa0386276bbdd4330efaf76d1a219cb4d6991ca9872b2",
}

func main() {
	plugin.Serve(&plugin.ServeConfig{
		HandshakeConfig: handshake,
		VersionedPlugins: map[int]plugin.PluginSet{
			5: {"provider": &grpcPlugin{register: func(s *grpc.Server) { p5.RegisterProviderServer(s, &provider5{}) }}},
			6: {"provider": &grpcPlugin{register: func(s *grpc.Server) { p6.RegisterProviderServer(s, &provider6{}) }}},
		},
		GRPCServer: plugin.DefaultGRPCServer,
	})
}

type grpcPlugin struct {
	plugin.NetRPCUnsupportedPlugin
	register func(*grpc.Server)
}

func (p *grpcPlugin) GRPCServer(_ *plugin.GRPCBroker, s *grpc.Server) error {
	p.register(s)
	return nil
}

func (p *grpcPlugin) GRPCClient(context.Context, *plugin.GRPCBroker, *grpc.ClientConn) (interface{}, error) {
	return nil, nil
}

type provider6 struct {
	p6.UnimplementedProviderServer
}

func (provider6) GetProviderSchema(context.Context, *p6.GetProviderSchema_Request) (*p6.GetProviderSchema_Response, error) {
	return &p6.GetProviderSchema_Response{Provider: &p6.Schema{Block: &p6.Schema_Block{}}}, nil
}

func (provider6) PlanResourceChange(_ context.Context, req *p6.PlanResourceChange_Request) (*p6.PlanResourceChange_Response, error) {
	return &p6.PlanResourceChange_Response{PlannedState: req.ProposedNewState, PlannedPrivate: req.PriorPrivate}, nil
}

type provider5 struct {
	p5.UnimplementedProviderServer
}

func (provider5) GetSchema(context.Context, *p5.GetProviderSchema_Request) (*p5.GetProviderSchema_Response, error) {
	return &p5.GetProviderSchema_Response{Provider: &p5.Schema{Block: &p5.Schema_Block{}}}, nil
}

func (provider5) PlanResourceChange(_ context.Context, req *p5.PlanResourceChange_Request) (*p5.PlanResourceChange_Response, error) {
	return &p5.PlanResourceChange_Response{PlannedState: req.ProposedNewState, PlannedPrivate: req.PriorPrivate}, nil
}
