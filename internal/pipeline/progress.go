package pipeline

import (
	"fmt"
	"io"
	"time"

	"github.com/schollz/progressbar/v3"
)

// progress reports a run: a spinner bar on a terminal, else a line every
// few seconds. Failure lines are printed as they happen either way.
type progress struct {
	w     io.Writer
	bar   *progressbar.ProgressBar
	every time.Duration
	last  time.Time
	start time.Time
	done  int
}

func newProgress(opt Options) *progress {
	p := &progress{w: opt.Log, every: opt.Every, start: time.Now()}
	if p.w == nil {
		p.w = io.Discard
	}
	if p.every <= 0 {
		p.every = 5 * time.Second
	}
	p.last = p.start
	if opt.Terminal && opt.Log != nil {
		p.bar = progressbar.NewOptions64(-1,
			progressbar.OptionSetWriter(opt.Log),
			progressbar.OptionSetDescription("ingesting"),
			progressbar.OptionShowCount(),
			progressbar.OptionShowIts(),
			progressbar.OptionSetItsString("docs"),
			progressbar.OptionThrottle(100*time.Millisecond),
			progressbar.OptionClearOnFinish(),
		)
	}
	return p
}

// update advances the bar or prints a periodic line.
func (p *progress) update(s Summary) {
	n := s.New + s.Unchanged + s.Failed
	if p.bar != nil {
		_ = p.bar.Add(n - p.done)
		p.done = n
		return
	}
	if now := time.Now(); now.Sub(p.last) >= p.every {
		p.last = now
		rate := float64(n) / now.Sub(p.start).Seconds()
		fmt.Fprintf(p.w, "ingest: %d documents so far (%s), %.1f docs/s\n", n, s, rate)
	}
}

// failure prints one line naming the input and the reason.
func (p *progress) failure(input, reason string) {
	if p.bar != nil {
		_ = p.bar.Clear()
	}
	fmt.Fprintf(p.w, "failed: %s: %s\n", input, reason)
}

func (p *progress) finish(Summary) {
	if p.bar != nil {
		_ = p.bar.Finish()
	}
}
