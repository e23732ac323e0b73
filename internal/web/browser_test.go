package web_test

import (
	"context"
	"fmt"
	"net/http/httptest"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/chromedp/chromedp"
)

// chromiumPath finds a Chromium to drive, or "" (the browser tests skip).
func chromiumPath() string {
	if p := os.Getenv("DOSSIER_CHROMIUM"); p != "" {
		return p
	}
	for _, name := range []string{"chromium", "chromium-browser", "google-chrome"} {
		if p, err := exec.LookPath(name); err == nil {
			return p
		}
	}
	return ""
}

// browser starts a headless Chromium at 1280×900 and collects console
// messages; the returned func lists them.
func browser(t *testing.T) (context.Context, func() []chromedp.ConsoleMessage) {
	t.Helper()
	path := chromiumPath()
	if path == "" {
		t.Skip("no chromium on PATH: browser tests skipped (apt-get install chromium)")
	}
	actx, cancelA := chromedp.NewExecAllocator(context.Background(), chromedp.ExecPath(path), chromedp.Headless,
		chromedp.NoSandbox, chromedp.DisableGPU, chromedp.NoFirstRun, chromedp.NoDefaultBrowserCheck,
		chromedp.WindowSize(1280, 900), chromedp.Flag("disable-background-networking", true),
		chromedp.Flag("disable-component-update", true), chromedp.Flag("disable-sync", true),
		chromedp.Flag("disable-dev-shm-usage", true))
	ctx, cancel := chromedp.NewContext(actx)
	t.Cleanup(func() { cancel(); cancelA() })
	if err := chromedp.Do(ctx); err != nil {
		t.Skipf("chromium at %s does not start: %v", path, err)
	}
	var mu sync.Mutex
	var msgs []chromedp.ConsoleMessage
	stream := chromedp.Console(ctx)
	go func() {
		for m, err := range stream {
			if err != nil {
				return
			}
			mu.Lock()
			msgs = append(msgs, m)
			mu.Unlock()
		}
	}()
	return ctx, func() []chromedp.ConsoleMessage {
		mu.Lock()
		defer mu.Unlock()
		return append([]chromedp.ConsoleMessage(nil), msgs...)
	}
}

// run runs browser steps with a time limit.
func run(t *testing.T, ctx context.Context, what string, steps ...chromedp.Action[chromedp.Void]) {
	t.Helper()
	c, cancel := context.WithTimeout(ctx, 20*time.Second)
	defer cancel()
	if err := chromedp.Do(c, steps...); err != nil {
		t.Fatalf("%s: %v", what, err)
	}
}

// eval evaluates a JavaScript expression.
func eval[T any](t *testing.T, ctx context.Context, expr string) T {
	t.Helper()
	c, cancel := context.WithTimeout(ctx, 20*time.Second)
	defer cancel()
	v, err := chromedp.Run(c, chromedp.Evaluate[T](expr))
	if err != nil {
		t.Fatalf("evaluate %s: %v", expr, err)
	}
	return v
}

// waitRendered waits until a chart container says it has drawn.
func waitRendered(t *testing.T, ctx context.Context, id string) string {
	t.Helper()
	c, cancel := context.WithTimeout(ctx, 20*time.Second)
	defer cancel()
	expr := fmt.Sprintf(`(function(){var e=document.getElementById(%q);return e&&(e.dataset.rendered||e.dataset.error)?(e.dataset.rendered||"error: "+e.dataset.error):false})()`, id)
	v, err := chromedp.Run(c, chromedp.Poll[string](expr, chromedp.WithPollingInterval(100*time.Millisecond)))
	if err != nil {
		t.Fatalf("#%s never rendered: %v", id, err)
	}
	if strings.HasPrefix(v, "error") {
		t.Fatalf("#%s: %s", id, v)
	}
	return v
}

// screenshot saves a full-page PNG in $DOSSIER_SCREENSHOTS (default: the
// test's temporary directory).
func screenshot(t *testing.T, ctx context.Context, name string) {
	t.Helper()
	dir := os.Getenv("DOSSIER_SCREENSHOTS")
	if dir == "" {
		dir = t.TempDir()
	}
	c, cancel := context.WithTimeout(ctx, 20*time.Second)
	defer cancel()
	png, err := chromedp.Run(c, chromedp.FullScreenshot(100))
	if err != nil {
		t.Fatalf("screenshot %s: %v", name, err)
	}
	if err := os.WriteFile(filepath.Join(dir, name), png, 0o644); err != nil {
		t.Fatal(err)
	}
	t.Logf("screenshot %s", filepath.Join(dir, name))
}

// noHorizontalScroll fails when the page is wider than the viewport.
func noHorizontalScroll(t *testing.T, ctx context.Context, page string) {
	t.Helper()
	if w := eval[float64](t, ctx, `document.documentElement.scrollWidth - window.innerWidth`); w > 0 {
		t.Errorf("%s scrolls horizontally by %.0f px at 1280 px", page, w)
	}
}

// consoleErrors fails on errors and exceptions the pages logged.
func consoleErrors(t *testing.T, msgs []chromedp.ConsoleMessage) {
	t.Helper()
	for _, m := range msgs {
		if m.Type == chromedp.ConsoleError || m.IsException() {
			t.Errorf("console %s (%s:%d)", m, m.URL, m.Line)
		}
	}
}

// browseProfile opens a group profile in the browser and walks it: charts
// drawn, an event, its evidence sentence, a curation and its undo.
func browseProfile(t *testing.T, ts *httptest.Server, profile string) {
	ctx, console := browser(t)
	run(t, ctx, "open profile", chromedp.Navigate(ts.URL+profile))
	for _, id := range []string{"map", "graph", "timeline"} {
		if n := waitRendered(t, ctx, id); n == "0" {
			t.Errorf("#%s rendered nothing", id)
		}
	}
	if n := eval[float64](t, ctx, `document.querySelectorAll("#map path.leaflet-interactive").length`); n < 1 {
		t.Error("map shows no event or place marker")
	}
	if n := eval[float64](t, ctx, `document.querySelectorAll("#map path").length`); n < 50 {
		t.Errorf("map has %v shapes: country outlines missing", n)
	}
	if n := eval[float64](t, ctx, `document.querySelectorAll("#timeline canvas").length`); n < 1 {
		t.Error("timeline has no canvas")
	}
	noHorizontalScroll(t, ctx, "profile")
	screenshot(t, ctx, "profile.png")

	run(t, ctx, "follow an event", chromedp.Click(chromedp.CSS(`#events table.events a[href^="/events/"]`)),
		chromedp.WaitVisible(chromedp.CSS(".report blockquote.evidence a")))
	waitRendered(t, ctx, "map")
	noHorizontalScroll(t, ctx, "event")
	screenshot(t, ctx, "event.png")
	quote := eval[string](t, ctx, `document.querySelector(".report blockquote.evidence a").textContent`)
	run(t, ctx, "follow evidence", chromedp.Click(chromedp.CSS(".report blockquote.evidence a")),
		chromedp.WaitVisible(chromedp.CSS("mark#ev")))
	marked := eval[string](t, ctx, `Array.from(document.querySelectorAll("mark.evidence")).map(function(m){return m.textContent}).join("")`)
	if strings.TrimSpace(marked) != strings.TrimSpace(quote) {
		t.Errorf("evidence marked in the document %q, want the quoted sentence %q", marked, quote)
	}
	noHorizontalScroll(t, ctx, "document")

	entity := strings.TrimPrefix(profile, "/entities/")
	alias := "Browser Test Alias"
	run(t, ctx, "add alias", chromedp.Navigate(ts.URL+"/curation?op=alias_add&target="+entity),
		chromedp.SendKeys(chromedp.CSS(`#form-entity input[name=value]`), alias),
		chromedp.SendKeys(chromedp.CSS(`#form-entity input[name=reason]`), "checking the curation flow"),
		chromedp.Click(chromedp.CSS(`#form-entity button[type=submit]`)),
		chromedp.WaitVisible(chromedp.ID("flash")))
	noHorizontalScroll(t, ctx, "curation")
	screenshot(t, ctx, "curation.png")
	run(t, ctx, "profile after alias", chromedp.Navigate(ts.URL+profile), chromedp.WaitVisible(chromedp.CSS("h1")))
	if !strings.Contains(eval[string](t, ctx, `document.querySelector(".aliases") ? document.querySelector(".aliases").textContent : ""`), alias) {
		t.Error("added alias missing from the profile")
	}
	run(t, ctx, "undo", chromedp.Navigate(ts.URL+"/curation"),
		chromedp.Click(chromedp.CSS(`#actions tbody tr:first-child form button`)),
		chromedp.WaitVisible(chromedp.ID("flash")))
	if n := eval[float64](t, ctx, `document.querySelectorAll("#actions tr.undone").length`); n < 1 {
		t.Error("no undone action listed after undo")
	}
	run(t, ctx, "profile after undo", chromedp.Navigate(ts.URL+profile), chromedp.WaitVisible(chromedp.CSS("h1")))
	if strings.Contains(eval[string](t, ctx, `document.body.textContent`), alias) {
		t.Error("alias still on the profile after undo")
	}
	for _, page := range []string{"/", "/events", "/documents", "/conflicts", "/search?q=attack"} {
		run(t, ctx, "open "+page, chromedp.Navigate(ts.URL+page), chromedp.WaitVisible(chromedp.CSS("h1")))
		noHorizontalScroll(t, ctx, page)
	}
	run(t, ctx, "filter entities", chromedp.Navigate(ts.URL+"/entities"),
		chromedp.SendKeys(chromedp.ID("entity-q"), "zzzz-no-such-name"))
	c, cancel := context.WithTimeout(ctx, 10*time.Second)
	defer cancel()
	if _, err := chromedp.Run(c, chromedp.Poll[bool](`document.querySelector("#entity-list td") && document.querySelector("#entity-list td").textContent.indexOf("No entities") >= 0`,
		chromedp.WithPollingInterval(100*time.Millisecond))); err != nil {
		t.Errorf("live entity filter (htmx) did not update the list: %v", err)
	}
	time.Sleep(300 * time.Millisecond) // let late console messages arrive
	consoleErrors(t, console())
}

func TestBrowserFixtureProfile(t *testing.T) {
	if testing.Short() {
		t.Skip("browser test skipped in -short mode")
	}
	ts := newServer(t)
	browseProfile(t, ts, "/entities/kb:grp:ridge-front")
}
