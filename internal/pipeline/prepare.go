package pipeline

import (
	"context"
	"runtime"

	"dossier/internal/model"
)

// PrepareFunc computes, outside any transaction and in parallel with other
// documents, what Process will need for a document (extraction, say). Its
// result reaches Process through Prepared(ctx).
type PrepareFunc func(ctx context.Context, d *model.Document) any

type preparedKey struct{}

// Prepared returns what Options.Prepare computed for the document Process
// is running on, or nil when there is no Prepare hook.
func Prepared(ctx context.Context) any { return ctx.Value(preparedKey{}) }

// prepareAll runs opt.Prepare on the documents of in with opt.Workers
// goroutines (0: one per CPU) and hands them on in input order. A document
// already stored (stored reports true) is passed on unprepared: the writer
// will count it unchanged and never run Process on it, so preparing it
// would be wasted work on every re-ingest.
func prepareAll(ctx context.Context, in <-chan item, opt Options, stored func(context.Context, string) (bool, error)) <-chan item {
	if opt.Prepare == nil {
		return in
	}
	workers := opt.Workers
	if workers <= 0 {
		workers = runtime.GOMAXPROCS(0)
	}
	type job struct {
		it   item
		done chan item
	}
	jobs := make(chan job)
	order := make(chan chan item, 2*workers) // bounds the work in flight
	go func() {
		defer close(jobs)
		defer close(order)
		for it := range in {
			j := job{it, make(chan item, 1)}
			order <- j.done
			jobs <- j
		}
	}()
	for range workers {
		go func() {
			for j := range jobs {
				if j.it.err == nil && j.it.doc != nil && ctx.Err() == nil {
					if ok, err := stored(ctx, j.it.doc.ID); err != nil || !ok {
						j.it.prep = opt.Prepare(ctx, j.it.doc)
					}
				}
				j.done <- j.it
			}
		}()
	}
	out := make(chan item, cap(in))
	go func() {
		defer close(out)
		for done := range order {
			out <- <-done
		}
	}()
	return out
}
