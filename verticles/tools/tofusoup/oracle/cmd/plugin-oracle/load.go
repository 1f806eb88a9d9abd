package main

import (
	"bytes"
	"fmt"
	"sort"
	"sync"
	"sync/atomic"
	"time"

	p5 "vertiform.io/tofusoup/gen/tfplugin5"
	p6 "vertiform.io/tofusoup/gen/tfplugin6"
)

// planner makes one PlanResourceChange round trip on a session and checks the echo.
type planner func() error

func (h *host) planner(s *session) planner {
	proposed := thing("", 42, true)
	prior := nullThing()
	c, _ := ctx(24 * time.Hour)
	if s.provider6 != nil {
		req := &p6.PlanResourceChange_Request{TypeName: h.echoType, PriorState: dv6(prior),
			ProposedNewState: dv6(proposed), Config: dv6(proposed)}
		return func() error {
			resp, err := s.provider6.PlanResourceChange(c, req)
			if err != nil {
				return err
			}
			if len(resp.Diagnostics) > 0 {
				return fmt.Errorf("diagnostics %v", diags6(resp.Diagnostics))
			}
			if !bytes.Equal(resp.PlannedState.GetMsgpack(), proposed) {
				return fmt.Errorf("planned state differs from the proposal")
			}
			return nil
		}
	}
	req := &p5.PlanResourceChange_Request{TypeName: h.echoType, PriorState: dv5(prior),
		ProposedNewState: dv5(proposed), Config: dv5(proposed)}
	return func() error {
		resp, err := s.provider5.PlanResourceChange(c, req)
		if err != nil {
			return err
		}
		if len(resp.Diagnostics) > 0 {
			return fmt.Errorf("diagnostics %v", diags5(resp.Diagnostics))
		}
		if !bytes.Equal(resp.PlannedState.GetMsgpack(), proposed) {
			return fmt.Errorf("planned state differs from the proposal")
		}
		return nil
	}
}

// runLoad: clients goroutines share one plugin connection (as Terraform's parallel walk does), calls each.
func runLoad(h *host, protocol, clients, calls int) error {
	s, err := h.start([]int{protocol})
	if err != nil {
		return err
	}
	defer s.stop()
	plan := h.planner(s)
	var failures int64
	var first atomic.Value
	var wg sync.WaitGroup
	started := time.Now()
	for i := 0; i < clients; i++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for j := 0; j < calls; j++ {
				if err := plan(); err != nil {
					if atomic.AddInt64(&failures, 1) == 1 {
						first.Store(err)
					}
				}
			}
		}()
	}
	wg.Wait()
	elapsed := time.Since(started)
	total := clients * calls
	fmt.Printf("INFO load: %d calls by %d clients in %.2f s (%.0f calls/s), %d errors\n", total, clients,
		elapsed.Seconds(), float64(total)/elapsed.Seconds(), failures)
	if failures > 0 {
		return fmt.Errorf("%d of %d calls failed, first: %v", failures, total, first.Load())
	}
	return nil
}

// runBenchPlan measures PlanResourceChange round trips at concurrency 1 and clients.
func runBenchPlan(h *host, protocol, clients int, duration time.Duration) error {
	s, err := h.start([]int{protocol})
	if err != nil {
		return err
	}
	defer s.stop()
	plan := h.planner(s)
	levels := []int{1}
	if clients > 1 {
		levels = append(levels, clients)
	}
	for _, level := range levels {
		measure(plan, level, time.Second) // warm-up
		lat, elapsed, err := measure(plan, level, duration)
		if err != nil {
			return err
		}
		sort.Slice(lat, func(i, j int) bool { return lat[i] < lat[j] })
		fmt.Printf("plan concurrency=%d calls=%d p50_us=%.0f p99_us=%.0f rps=%.0f\n", level, len(lat),
			micros(lat[len(lat)/2]), micros(lat[len(lat)*99/100]), float64(len(lat))/elapsed.Seconds())
	}
	return nil
}

func measure(plan planner, workers int, duration time.Duration) ([]time.Duration, time.Duration, error) {
	var mu sync.Mutex
	var all []time.Duration
	var failed error
	var wg sync.WaitGroup
	deadline := time.Now().Add(duration)
	started := time.Now()
	for i := 0; i < workers; i++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			var mine []time.Duration
			for time.Now().Before(deadline) {
				t := time.Now()
				if err := plan(); err != nil {
					mu.Lock()
					failed = err
					mu.Unlock()
					return
				}
				mine = append(mine, time.Since(t))
			}
			mu.Lock()
			all = append(all, mine...)
			mu.Unlock()
		}()
	}
	wg.Wait()
	if len(all) == 0 && failed == nil {
		failed = fmt.Errorf("no call completed")
	}
	return all, time.Since(started), failed
}

func micros(d time.Duration) float64 { return float64(d.Nanoseconds()) / 1000 }
