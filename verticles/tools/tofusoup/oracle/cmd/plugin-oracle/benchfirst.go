package main

import (
	"fmt"
	"os"
	"sort"
	"time"

	"google.golang.org/grpc"

	p5 "vertiform.io/tofusoup/gen/tfplugin5"
	p6 "vertiform.io/tofusoup/gen/tfplugin6"
)

// terraformMaxRecv is the receive limit Terraform sets on its provider connections (internal/plugin6, maxRecvSize),
// so a large schema is judged the way Terraform would receive it.
const terraformMaxRecv = 64 << 20

// runBenchFirstAnswer launches the plugin runs times with AutoMTLS on and reports two times per launch: exec→handshake
// line, and exec→the first GetProviderSchema answered. The second is what a Terraform user waits for: the call is
// sent as soon as the connection is up, so any work the plugin still does after its handshake line shows here.
func runBenchFirstAnswer(h *host, protocol, runs int) error {
	cert := newHostCert()
	var lines, answers []time.Duration
	for i := 0; i < runs; i++ {
		t, components, err := firstAnswer(h, cert, protocol)
		if err != nil {
			return fmt.Errorf("run %d: %v", i+1, err)
		}
		if i == 0 {
			// The Go reference plugin answers an empty provider: say what was timed, so figures are not misread.
			fmt.Printf("first-answer schemas=%d (resources, data sources and functions in the answer)\n", components)
		}
		lines = append(lines, t.line)
		answers = append(answers, t.answer)
		fmt.Printf("first-answer run=%d handshake_ms=%.1f connected_ms=%.1f answer_ms=%.1f\n", i+1, ms(t.line),
			ms(t.connected), ms(t.answer))
	}
	printSummary("handshake", lines)
	printSummary("first-answer", answers)
	return nil
}

// launchTimes are one launch's moments, each measured from exec.
type launchTimes struct {
	line      time.Duration // handshake line read
	connected time.Duration // TLS connection up (the plugin's first handshake)
	answer    time.Duration // GetProviderSchema answered
}

// firstAnswer is one launch: the handshake line, then dial and GetProviderSchema. The count of resource, data
// source and function schemas in the answer comes back too.
func firstAnswer(h *host, cert hostCert, protocol int) (launchTimes, int, error) {
	var t launchTimes
	l, err := h.launch(cert, fmt.Sprintf("PLUGIN_PROTOCOL_VERSIONS=%d", protocol))
	if err != nil {
		return t, 0, err
	}
	defer func() {
		l.kill()
		<-l.exited
		if len(l.fields) > 3 && l.fields[2] == "unix" {
			os.Remove(l.fields[3]) // a killed plugin cannot clean up its socket
		}
	}()
	conn, err := l.dial(cert)
	if err != nil {
		return t, 0, fmt.Errorf("dial: %v (stderr: %s)", err, l.stderr.tail())
	}
	defer conn.Close()
	t.connected = time.Since(l.started)
	c, cancel := ctx(time.Minute)
	defer cancel()
	limit := grpc.MaxCallRecvMsgSize(terraformMaxRecv)
	components := 0
	switch protocol {
	case 5:
		resp, err := p5.NewProviderClient(conn).GetSchema(c, &p5.GetProviderSchema_Request{}, limit)
		if err != nil {
			return t, 0, fmt.Errorf("GetSchema: %v", err)
		}
		if resp.Provider == nil || hasError(diags5(resp.Diagnostics)) {
			return t, 0, fmt.Errorf("GetSchema answered without a provider schema or with errors: %v", diags5(resp.Diagnostics))
		}
		components = len(resp.ResourceSchemas) + len(resp.DataSourceSchemas) + len(resp.Functions)
	case 6:
		resp, err := p6.NewProviderClient(conn).GetProviderSchema(c, &p6.GetProviderSchema_Request{}, limit)
		if err != nil {
			return t, 0, fmt.Errorf("GetProviderSchema: %v", err)
		}
		if resp.Provider == nil || hasError(diags6(resp.Diagnostics)) {
			return t, 0, fmt.Errorf("GetProviderSchema answered without a provider schema or with errors: %v", diags6(resp.Diagnostics))
		}
		components = len(resp.ResourceSchemas) + len(resp.DataSourceSchemas) + len(resp.Functions)
	default:
		return t, 0, fmt.Errorf("protocol %d: bench-first-answer speaks 5 or 6", protocol)
	}
	t.line, t.answer = l.elapsed, time.Since(l.started)
	return t, components, nil
}

func hasError(diags []diagnostic) bool {
	for _, d := range diags {
		if d.error {
			return true
		}
	}
	return false
}

func ms(d time.Duration) float64 { return float64(d.Microseconds()) / 1000 }

// printSummary prints "<what> runs=N median_ms=… min_ms=… max_ms=…" (the line tests/bench scripts read).
func printSummary(what string, times []time.Duration) {
	sorted := append([]time.Duration(nil), times...)
	sort.Slice(sorted, func(i, j int) bool { return sorted[i] < sorted[j] })
	fmt.Printf("%s runs=%d median_ms=%.1f min_ms=%.1f max_ms=%.1f\n", what, len(sorted),
		ms(sorted[len(sorted)/2]), ms(sorted[0]), ms(sorted[len(sorted)-1]))
}
