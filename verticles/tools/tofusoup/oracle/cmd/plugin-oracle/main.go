// Command plugin-oracle drives a Terraform provider plugin the way Terraform does, with Debian's go-plugin
// client (AutoMTLS, Terraform's magic cookie, protocols 5 and 6) and grpc-go, and reports what it saw.
//
//	plugin-oracle [-mode conformance|lifecycle|load|bench-start|bench-first-answer|bench-plan] [flags] -- COMMAND [ARGS...]
//
// conformance runs every check and ends with "plugin-oracle: N passed, M failed" (exit 1 on any failure);
// lifecycle plays a resource lifecycle script as Terraform would (lifecycle.go); load runs concurrent PlanResourceChange calls; bench-start, bench-first-answer and bench-plan print timing figures.
package main

import (
	"flag"
	"fmt"
	"os"
	"time"
)

func main() {
	mode := flag.String("mode", "conformance", "conformance | lifecycle | load | bench-start | bench-first-answer | bench-plan")
	echo := flag.String("echo-type", "vf_echo", "resource type the plugin serves with echo semantics")
	clients := flag.Int("clients", 16, "concurrent callers (load, bench-plan)")
	calls := flag.Int("calls", 1000, "calls per caller (load)")
	runs := flag.Int("runs", 20, "launches (bench-start, bench-first-answer)")
	duration := flag.Duration("duration", 5*time.Second, "measuring time per concurrency level (bench-plan)")
	protocol := flag.Int("protocol", 6, "protocol version to negotiate (lifecycle: overrides the script; load, bench-start, bench-first-answer, bench-plan)")
	scriptFile := flag.String("script", "", "lifecycle script (lifecycle mode; format in tofusoup/README.md)")
	dir := flag.String("dir", "", "working directory of the plugin; script paths are relative to it (lifecycle)")
	flag.Parse()
	command := flag.Args()
	if len(command) == 0 {
		fmt.Fprintln(os.Stderr, "plugin-oracle: missing the plugin command after --")
		os.Exit(2)
	}
	host := &host{command: command, echoType: *echo, dir: *dir}
	var err error
	switch *mode {
	case "conformance":
		r := &report{}
		runConformance(host, r)
		fmt.Printf("plugin-oracle: %d passed, %d failed\n", r.passed, r.failed)
		if r.failed > 0 {
			os.Exit(1)
		}
		return
	case "lifecycle":
		err = lifecycleMode(host, *scriptFile, *protocol, protocolGiven())
		if err == nil {
			return
		}
	case "load":
		err = runLoad(host, *protocol, *clients, *calls)
	case "bench-start":
		err = runBenchStart(host, *protocol, *runs)
	case "bench-first-answer":
		err = runBenchFirstAnswer(host, *protocol, *runs)
	case "bench-plan":
		err = runBenchPlan(host, *protocol, *clients, *duration)
	default:
		err = fmt.Errorf("unknown mode %q", *mode)
	}
	if err != nil {
		fmt.Fprintf(os.Stderr, "plugin-oracle: %v\n", err)
		os.Exit(1)
	}
}

// report prints one PASS/FAIL line per check.
type report struct {
	passed, failed int
}

func (r *report) check(name string, err error) {
	if err != nil {
		r.failed++
		fmt.Printf("FAIL %s: %v\n", name, err)
		return
	}
	r.passed++
	fmt.Printf("PASS %s\n", name)
}

// protocolGiven says whether -protocol was on the command line (lifecycle scripts name their own otherwise).
func protocolGiven() bool {
	given := false
	flag.Visit(func(f *flag.Flag) {
		if f.Name == "protocol" {
			given = true
		}
	})
	return given
}
