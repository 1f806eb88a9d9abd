package main

import (
	"bufio"
	"context"
	"crypto/tls"
	"crypto/x509"
	"encoding/base64"
	"fmt"
	"io/ioutil"
	"net"
	"os"
	"os/exec"
	"strings"
	"syscall"
	"time"

	"google.golang.org/grpc"
	"google.golang.org/grpc/codes"
	"google.golang.org/grpc/credentials"
	healthpb "google.golang.org/grpc/health/grpc_health_v1"
	"google.golang.org/grpc/status"
	"google.golang.org/protobuf/types/known/emptypb"

	"vertiform.io/tofusoup/gen/goplugin"
)

// launched is a plugin process started without go-plugin, so that its stdout and exit can be watched.
type launched struct {
	cmd     *exec.Cmd
	stdout  *bufio.Reader
	line    string
	fields  []string
	elapsed time.Duration
	started time.Time // when the process was started (exec)
	exited  chan error
	rest    chan []byte
	stderr  *syncBuffer
}

// launch starts the plugin with Terraform's environment and reads its handshake line.
func (h *host) launch(cert hostCert, env ...string) (*launched, error) {
	cmd := exec.Command(h.command[0], h.command[1:]...)
	cmd.Env = append(os.Environ(), handshake.MagicCookieKey+"="+handshake.MagicCookieValue,
		"PLUGIN_PROTOCOL_VERSIONS=5,6", "PLUGIN_MIN_PORT=10000", "PLUGIN_MAX_PORT=25000",
		"PLUGIN_CLIENT_CERT="+cert.pem)
	cmd.Env = append(cmd.Env, env...)
	out, err := cmd.StdoutPipe()
	if err != nil {
		return nil, err
	}
	l := &launched{cmd: cmd, stdout: bufio.NewReader(out), exited: make(chan error, 1), rest: make(chan []byte, 1),
		stderr: &syncBuffer{}}
	cmd.Stderr = l.stderr
	started := time.Now()
	if err := cmd.Start(); err != nil {
		return nil, err
	}
	l.started = started
	lineCh := make(chan string, 1)
	errCh := make(chan error, 1)
	go func() {
		line, err := l.stdout.ReadString('\n')
		if err != nil {
			errCh <- err
			return
		}
		lineCh <- line
	}()
	select {
	case line := <-lineCh:
		l.elapsed = time.Since(started)
		l.line = strings.TrimRight(line, "\n")
		l.fields = strings.Split(l.line, "|")
	case err := <-errCh:
		cmd.Process.Kill()
		return nil, fmt.Errorf("no handshake line: %v (stderr: %s)", err, l.stderr.tail())
	case <-time.After(time.Minute):
		cmd.Process.Kill()
		return nil, fmt.Errorf("no handshake line within a minute")
	}
	// Everything after the handshake line, until the plugin closes stdout; only then may Wait run.
	go func() {
		rest, _ := ioutil.ReadAll(l.stdout)
		l.rest <- rest
		l.exited <- cmd.Wait()
	}()
	return l, nil
}

func (l *launched) kill() {
	if l.cmd.ProcessState == nil {
		l.cmd.Process.Kill()
	}
}

// dial connects like go-plugin's client: TLS with the host certificate, trusting only the announced one.
func (l *launched) dial(cert hostCert) (*grpc.ClientConn, error) {
	if len(l.fields) < 6 {
		return nil, fmt.Errorf("handshake line %q has %d fields", l.line, len(l.fields))
	}
	der, err := base64.RawStdEncoding.DecodeString(l.fields[5])
	if err != nil {
		return nil, err
	}
	server, err := x509.ParseCertificate(der)
	if err != nil {
		return nil, err
	}
	pool := x509.NewCertPool()
	pool.AddCert(server)
	network, address := l.fields[2], l.fields[3]
	creds := credentials.NewTLS(&tls.Config{Certificates: []tls.Certificate{cert.tls}, RootCAs: pool,
		ServerName: "localhost", MinVersion: tls.VersionTLS12})
	c, cancel := ctx(10 * time.Second)
	defer cancel()
	return grpc.DialContext(c, "unused", grpc.WithTransportCredentials(creds), grpc.WithBlock(),
		grpc.WithContextDialer(func(ctx context.Context, _ string) (net.Conn, error) {
			return (&net.Dialer{}).DialContext(ctx, network, address)
		}))
}

// rawChecks verifies what go-plugin 1.0.1 does not exercise: the handshake line itself, the certificate,
// stdout staying silent, the side services, refused strangers, SIGINT, and Shutdown timing.
func rawChecks(h *host, transport string, r *report) {
	prefix := "raw/" + transport + ": "
	cert := newHostCert()
	l, err := h.launch(cert, "VERTIFORM_PLUGIN_TRANSPORT="+transport)
	r.check(prefix+"handshake line within a minute", err)
	if err != nil {
		return
	}
	defer l.kill()
	r.check(prefix+"handshake line format", func() error {
		f := l.fields
		if len(f) != 6 || f[0] != "1" || f[1] != "6" || f[2] != transport || f[4] != "grpc" {
			return fmt.Errorf("line %q", l.line)
		}
		if transport == "tcp" && !strings.HasPrefix(f[3], "127.0.0.1:") {
			return fmt.Errorf("tcp address %q is not loopback", f[3])
		}
		if transport == "unix" {
			info, err := os.Stat(f[3])
			if err != nil {
				return err
			}
			if info.Mode()&os.ModeSocket == 0 || info.Mode().Perm() != 0600 {
				return fmt.Errorf("socket %s mode %v, want a 0600 socket", f[3], info.Mode())
			}
		}
		return nil
	}())
	r.check(prefix+"certificate decodes (raw base64 DER)", func() error {
		der, err := base64.RawStdEncoding.DecodeString(l.fields[5])
		if err != nil {
			return err
		}
		c, err := x509.ParseCertificate(der)
		if err != nil {
			return err
		}
		if len(c.DNSNames) == 0 || c.DNSNames[0] != "localhost" {
			return fmt.Errorf("SAN DNS names %v", c.DNSNames)
		}
		if c.SerialNumber.Sign() <= 0 {
			return fmt.Errorf("serial %v is not positive", c.SerialNumber)
		}
		for _, u := range c.ExtKeyUsage {
			if u == x509.ExtKeyUsageServerAuth {
				return nil
			}
		}
		return fmt.Errorf("no serverAuth extended key usage")
	}())
	conn, err := l.dial(cert)
	r.check(prefix+"TLS connection with the host certificate", err)
	if err != nil {
		return
	}
	defer conn.Close()
	health := healthpb.NewHealthClient(conn)
	ping := func() error {
		c, cancel := ctx(5 * time.Second)
		defer cancel()
		resp, err := health.Check(c, &healthpb.HealthCheckRequest{Service: "plugin"})
		if err != nil {
			return err
		}
		if resp.Status != healthpb.HealthCheckResponse_SERVING {
			return fmt.Errorf("health %v", resp.Status)
		}
		return nil
	}
	r.check(prefix+"health plugin SERVING", ping())
	r.check(prefix+"broker stream accepted", func() error {
		c, cancel := ctx(5 * time.Second)
		defer cancel()
		// go-plugin's own broker types are internal to it; an empty message is a valid ConnInfo on the wire.
		stream, err := conn.NewStream(c, &grpc.StreamDesc{ClientStreams: true, ServerStreams: true},
			"/plugin.GRPCBroker/StartStream")
		if err != nil {
			return err
		}
		if err := stream.SendMsg(&emptypb.Empty{}); err != nil {
			return err
		}
		return stream.CloseSend()
	}())
	r.check(prefix+"stdio stream stays open", func() error {
		c, cancel := ctx(500 * time.Millisecond)
		defer cancel()
		stream, err := goplugin.NewGRPCStdioClient(conn).StreamStdio(c, &emptypb.Empty{})
		if err != nil {
			return err
		}
		for {
			_, err := stream.Recv()
			if err == nil {
				continue // output of the plugin's own code
			}
			if status.Code(err) == codes.DeadlineExceeded {
				return nil
			}
			return fmt.Errorf("stream ended early: %v", err)
		}
	}())
	r.check(prefix+"client without the host certificate refused", func() error {
		stranger, err := l.dial(newHostCert())
		if err != nil {
			return nil // refused during the handshake
		}
		defer stranger.Close()
		c, cancel := ctx(5 * time.Second)
		defer cancel()
		if _, err := healthpb.NewHealthClient(stranger).Check(c, &healthpb.HealthCheckRequest{Service: "plugin"}); err == nil {
			return fmt.Errorf("a stranger's certificate was accepted")
		}
		return nil
	}())
	r.check(prefix+"SIGINT ignored", func() error {
		if err := l.cmd.Process.Signal(syscall.SIGINT); err != nil {
			return err
		}
		select {
		case err := <-l.exited:
			return fmt.Errorf("exited on SIGINT: %v", err)
		case <-time.After(500 * time.Millisecond):
		}
		return ping()
	}())
	r.check(prefix+"Shutdown exits within 2 s with status 0", func() error {
		c, cancel := ctx(5 * time.Second)
		defer cancel()
		started := time.Now()
		// plugin.Empty and google.protobuf.Empty are the same (empty) message on the wire.
		if err := conn.Invoke(c, "/plugin.GRPCController/Shutdown", &emptypb.Empty{}, &emptypb.Empty{}); err != nil {
			return err
		}
		select {
		case err := <-l.exited:
			if err != nil {
				return fmt.Errorf("exit: %v", err)
			}
			fmt.Printf("INFO %sexit %.0f ms after Shutdown\n", prefix, float64(time.Since(started).Microseconds())/1000)
			return nil
		case <-time.After(2 * time.Second):
			return fmt.Errorf("still running 2 s after Shutdown")
		}
	}())
	r.check(prefix+"stdout carried only the handshake line", func() error {
		rest := <-l.rest
		if len(rest) > 0 {
			return fmt.Errorf("stdout after the handshake line: %q", rest)
		}
		return nil
	}())
	if transport == "unix" {
		r.check(prefix+"socket removed on exit", func() error {
			if _, err := os.Stat(l.fields[3]); !os.IsNotExist(err) {
				return fmt.Errorf("socket %s still there (%v)", l.fields[3], err)
			}
			return nil
		}())
	}
}
