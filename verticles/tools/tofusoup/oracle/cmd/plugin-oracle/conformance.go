package main

import (
	"fmt"
	"time"
)

// runConformance: raw checks on both transports, then go-plugin sessions for both protocols on both
// transports with every RPC, then the concurrent PlanResourceChange load.
func runConformance(h *host, r *report) {
	for _, transport := range []string{"unix", "tcp"} {
		rawChecks(h, transport, r)
	}
	combos := []struct {
		versions  []int
		transport string
		want      int
	}{
		{[]int{5, 6}, "unix", 6},
		{[]int{5, 6}, "tcp", 6},
		{[]int{5}, "unix", 5},
		{[]int{5}, "tcp", 5},
	}
	for _, c := range combos {
		prefix := fmt.Sprintf("go-plugin/v%d/%s: ", c.want, c.transport)
		s, err := h.start(c.versions, "VERTIFORM_PLUGIN_TRANSPORT="+c.transport)
		r.check(prefix+"handshake with AutoMTLS", err)
		if err != nil {
			continue
		}
		r.check(prefix+"negotiated version", func() error {
			if s.version != c.want {
				return fmt.Errorf("negotiated %d, want %d", s.version, c.want)
			}
			if addr := s.client.ReattachConfig().Addr; addr.Network() != c.transport {
				return fmt.Errorf("network %s, want %s", addr.Network(), c.transport)
			}
			return nil
		}())
		if c.want == 6 {
			suite6(h, s, prefix, r)
		} else {
			suite5(h, s, prefix, r)
		}
		took := s.stop()
		r.check(prefix+"Kill (controller Shutdown) returns within 2 s", func() error {
			if took >= 2*time.Second {
				return fmt.Errorf("took %v: the plugin did not exit on Shutdown", took)
			}
			return nil
		}())
	}
	r.check("load: 16 clients x 1000 PlanResourceChange", runLoad(h, 6, 16, 1000))
}
