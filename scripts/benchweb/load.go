package main

import (
	"context"
	"encoding/json"
	"fmt"
	"io"
	"math/rand/v2"
	"net/http"
	"net/url"
	"slices"
	"sync"
	"time"
)

var searchTerms = []string{"market", "Kabul", "suicide bomber", "fighters", "checkpoint", "Mogadishu",
	"claimed responsibility", "hospital", "Maiduguri", "police station", "investigation", "Gao"}

// targets lists URLs per page kind, read from the API.
func targets(base string) (map[string][]string, error) {
	ids := func(path, prefix string) ([]string, error) {
		var l struct{ Items []struct{ ID string } }
		resp, err := http.Get(base + path)
		if err != nil {
			return nil, err
		}
		defer resp.Body.Close()
		if err := json.NewDecoder(resp.Body).Decode(&l); err != nil {
			return nil, fmt.Errorf("%s: %w", path, err)
		}
		var out []string
		for _, it := range l.Items {
			out = append(out, prefix+url.PathEscape(it.ID))
		}
		return out, nil
	}
	t := map[string][]string{}
	var err error
	if t["profile"], err = ids("/api/v1/entities?type=armed_group&limit=50", "/entities/"); err != nil {
		return nil, err
	}
	if t["event"], err = ids("/api/v1/events?limit=500", "/events/"); err != nil {
		return nil, err
	}
	if t["document"], err = ids("/api/v1/documents?limit=500", "/documents/"); err != nil {
		return nil, err
	}
	for _, q := range searchTerms {
		t["search"] = append(t["search"], "/search?q="+url.QueryEscape(q))
	}
	for k, v := range t {
		if len(v) == 0 {
			return nil, fmt.Errorf("no %s pages to request", k)
		}
	}
	return t, nil
}

// load warms the server up, then runs c clients for d and prints latency
// percentiles per page kind.
func load(ctx context.Context, base string, c int, d time.Duration) error {
	start := time.Now()
	if _, err := fetch(http.DefaultClient, base+"/"); err != nil {
		return err
	}
	fmt.Printf("first page (knowledge base built): %.2fs\n", time.Since(start).Seconds())
	t, err := targets(base)
	if err != nil {
		return err
	}
	stop, err := startProfile()
	if err != nil {
		return err
	}
	defer stop()
	kinds := []string{"profile", "event", "document", "search"}
	client := &http.Client{Transport: &http.Transport{MaxIdleConnsPerHost: c}}
	var mu sync.Mutex
	lat := map[string][]time.Duration{}
	errs := 0
	deadline := time.Now().Add(d)
	var wg sync.WaitGroup
	for w := range c {
		wg.Add(1)
		go func() {
			defer wg.Done()
			r := rand.New(rand.NewPCG(uint64(w), 7))
			for i := w; time.Now().Before(deadline); i++ {
				k := kinds[i%len(kinds)]
				u := t[k][r.IntN(len(t[k]))]
				el, err := fetch(client, base+u)
				mu.Lock()
				if err != nil {
					errs++
				} else {
					lat[k] = append(lat[k], el)
				}
				mu.Unlock()
			}
		}()
	}
	wg.Wait()
	report(lat, errs, c, d)
	return nil
}

// fetch GETs u and returns how long the whole response took.
func fetch(c *http.Client, u string) (time.Duration, error) {
	start := time.Now()
	resp, err := c.Get(u)
	if err != nil {
		return 0, err
	}
	_, err = io.Copy(io.Discard, resp.Body)
	resp.Body.Close()
	if err == nil && resp.StatusCode != http.StatusOK {
		err = fmt.Errorf("GET %s: %s", u, resp.Status)
	}
	return time.Since(start), err
}

func report(lat map[string][]time.Duration, errs, c int, d time.Duration) {
	fmt.Printf("\n%d clients for %s on loopback\n", c, d)
	fmt.Printf("%-9s %7s %9s %9s %9s %9s\n", "page", "n", "p50 ms", "p95 ms", "p99 ms", "max ms")
	total := 0
	for _, k := range []string{"profile", "event", "document", "search"} {
		xs := lat[k]
		slices.Sort(xs)
		total += len(xs)
		if len(xs) == 0 {
			continue
		}
		p := func(q float64) float64 { return float64(xs[int(q*float64(len(xs)-1))].Microseconds()) / 1000 }
		fmt.Printf("%-9s %7d %9.1f %9.1f %9.1f %9.1f\n", k, len(xs), p(.5), p(.95), p(.99), p(1))
	}
	fmt.Printf("total %d requests, %.0f req/s, %d errors\n", total, float64(total)/d.Seconds(), errs)
}
