package main

import (
	"bytes"
	"context"
	"errors"
	"fmt"
	"io/ioutil"
	"os"
	"os/exec"
	"sync"
	"time"

	hclog "github.com/hashicorp/go-hclog"
	plugin "github.com/hashicorp/go-plugin"
	"google.golang.org/grpc"

	"vertiform.io/tofusoup/gen/tfplugin5"
	"vertiform.io/tofusoup/gen/tfplugin6"
)

// Terraform's handshake (internal/plugin/serve.go): protocol 4 is the legacy default, the versioned sets win.
var handshake = plugin.HandshakeConfig{
	ProtocolVersion:  4,
	MagicCookieKey:   "TF_PLUGIN_MAGIC_COOKIE",
	MagicCookieValue: "d602bf8f470bc67ca7faa0386276bbdd4330efaf76d1a219cb4d6991ca9872b2",
}

// host launches the plugin command like Terraform does.
type host struct {
	command  []string
	echoType string
	dir      string // working directory of the plugin; empty: the oracle's own
}

// session is one launched plugin with its dispensed clients.
type session struct {
	client      *plugin.Client
	version     int
	provider5   tfplugin5.ProviderClient
	provisioner tfplugin5.ProvisionerClient
	provider6   tfplugin6.ProviderClient
	conn        *grpc.ClientConn
	stderr      *syncBuffer
}

// start launches the plugin offering the given protocol versions; env adds variables to the plugin's environment.
func (h *host) start(versions []int, env ...string) (*session, error) {
	cmd := exec.Command(h.command[0], h.command[1:]...)
	cmd.Env = append(os.Environ(), env...)
	cmd.Dir = h.dir
	sets := map[int]plugin.PluginSet{}
	conns := &connHolder{}
	for _, v := range versions {
		switch v {
		case 5:
			sets[5] = plugin.PluginSet{"provider": &provider5Plugin{conns: conns}, "provisioner": &provisioner5Plugin{conns: conns}}
		case 6:
			sets[6] = plugin.PluginSet{"provider": &provider6Plugin{conns: conns}}
		}
	}
	stderr := &syncBuffer{}
	client := plugin.NewClient(&plugin.ClientConfig{
		HandshakeConfig:  handshake,
		VersionedPlugins: sets,
		Cmd:              cmd,
		AllowedProtocols: []plugin.Protocol{plugin.ProtocolGRPC},
		Managed:          false,
		AutoMTLS:         true,
		StartTimeout:     time.Minute,
		Stderr:           stderr,
		Logger: hclog.New(&hclog.LoggerOptions{Name: "plugin-oracle", Output: ioutil.Discard,
			Level: hclog.Error}),
	})
	rpc, err := client.Client()
	if err != nil {
		client.Kill()
		return nil, fmt.Errorf("go-plugin could not start the plugin: %v (plugin stderr: %s)", err, stderr.tail())
	}
	s := &session{client: client, version: client.NegotiatedVersion(), stderr: stderr}
	raw, err := rpc.Dispense("provider")
	if err != nil {
		client.Kill()
		return nil, fmt.Errorf("dispense provider: %v", err)
	}
	switch p := raw.(type) {
	case tfplugin5.ProviderClient:
		s.provider5 = p
		prov, err := rpc.Dispense("provisioner")
		if err != nil {
			client.Kill()
			return nil, fmt.Errorf("dispense provisioner: %v", err)
		}
		s.provisioner = prov.(tfplugin5.ProvisionerClient)
	case tfplugin6.ProviderClient:
		s.provider6 = p
	}
	s.conn = conns.get()
	if g, ok := rpc.(*plugin.GRPCClient); ok {
		if err := g.Ping(); err != nil {
			client.Kill()
			return nil, fmt.Errorf("go-plugin Ping (health service): %v", err)
		}
	}
	return s, nil
}

// stop closes the session as Terraform does (controller Shutdown, then Kill) and reports how long it took.
func (s *session) stop() time.Duration {
	started := time.Now()
	s.client.Kill()
	return time.Since(started)
}

func ctx(d time.Duration) (context.Context, context.CancelFunc) {
	return context.WithTimeout(context.Background(), d)
}

// connHolder hands the gRPC connection go-plugin made to the oracle's own raw clients.
type connHolder struct {
	mu   sync.Mutex
	conn *grpc.ClientConn
}

func (c *connHolder) set(conn *grpc.ClientConn) {
	c.mu.Lock()
	defer c.mu.Unlock()
	c.conn = conn
}

func (c *connHolder) get() *grpc.ClientConn {
	c.mu.Lock()
	defer c.mu.Unlock()
	return c.conn
}

var errClientOnly = errors.New("plugin-oracle is a client only")

type provider5Plugin struct {
	plugin.NetRPCUnsupportedPlugin
	conns *connHolder
}

func (p *provider5Plugin) GRPCServer(*plugin.GRPCBroker, *grpc.Server) error { return errClientOnly }
func (p *provider5Plugin) GRPCClient(_ context.Context, _ *plugin.GRPCBroker, c *grpc.ClientConn) (interface{}, error) {
	p.conns.set(c)
	return tfplugin5.NewProviderClient(c), nil
}

type provisioner5Plugin struct {
	plugin.NetRPCUnsupportedPlugin
	conns *connHolder
}

func (p *provisioner5Plugin) GRPCServer(*plugin.GRPCBroker, *grpc.Server) error { return errClientOnly }
func (p *provisioner5Plugin) GRPCClient(_ context.Context, _ *plugin.GRPCBroker, c *grpc.ClientConn) (interface{}, error) {
	p.conns.set(c)
	return tfplugin5.NewProvisionerClient(c), nil
}

type provider6Plugin struct {
	plugin.NetRPCUnsupportedPlugin
	conns *connHolder
}

func (p *provider6Plugin) GRPCServer(*plugin.GRPCBroker, *grpc.Server) error { return errClientOnly }
func (p *provider6Plugin) GRPCClient(_ context.Context, _ *plugin.GRPCBroker, c *grpc.ClientConn) (interface{}, error) {
	p.conns.set(c)
	return tfplugin6.NewProviderClient(c), nil
}

// syncBuffer collects the plugin's stderr for error messages.
type syncBuffer struct {
	mu  sync.Mutex
	buf bytes.Buffer
}

func (b *syncBuffer) Write(p []byte) (int, error) {
	b.mu.Lock()
	defer b.mu.Unlock()
	return b.buf.Write(p)
}

func (b *syncBuffer) tail() string {
	b.mu.Lock()
	defer b.mu.Unlock()
	s := b.buf.String()
	if len(s) > 2000 {
		s = s[len(s)-2000:]
	}
	return s
}
