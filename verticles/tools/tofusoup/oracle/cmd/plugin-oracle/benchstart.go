package main

import (
	"fmt"
	"os"
	"sort"
	"time"
)

// runBenchStart launches the plugin runs times with AutoMTLS on and reports exec→handshake-line times.
func runBenchStart(h *host, protocol, runs int) error {
	cert := newHostCert()
	var times []time.Duration
	for i := 0; i < runs; i++ {
		l, err := h.launch(cert, fmt.Sprintf("PLUGIN_PROTOCOL_VERSIONS=%d", protocol))
		if err != nil {
			return err
		}
		times = append(times, l.elapsed)
		l.kill()
		<-l.exited
		if len(l.fields) > 3 && l.fields[2] == "unix" {
			os.Remove(l.fields[3]) // a killed plugin cannot clean up its socket
		}
		fmt.Printf("start run=%d ms=%.1f\n", i+1, float64(l.elapsed.Microseconds())/1000)
	}
	sort.Slice(times, func(i, j int) bool { return times[i] < times[j] })
	fmt.Printf("start runs=%d median_ms=%.1f min_ms=%.1f max_ms=%.1f\n", runs,
		float64(times[len(times)/2].Microseconds())/1000, float64(times[0].Microseconds())/1000,
		float64(times[len(times)-1].Microseconds())/1000)
	return nil
}
