// Package pipeline is the only place where the pure stages meet the store:
// it drives ingestion (inputs → ingest → store), idempotent by content
// hash, with progress reporting, and leaves a hook where extraction and
// the knowledge-base merge run inside each document's transaction. It
// imports ingest, store and model; it must not import cli or web.
package pipeline

import (
	"context"
	"errors"
	"fmt"
	"io"
	"time"

	"dossier/internal/ingest"
	"dossier/internal/model"
	"dossier/internal/store"
)

// ProcessFunc runs on a newly stored document inside the transaction that
// stored it, so extraction results and the merge commit (or roll back)
// together with the document.
type ProcessFunc func(ctx context.Context, tx *store.Tx, d *model.Document) error

// Options configures an ingestion run.
type Options struct {
	Ingest ingest.Options
	// Process, when set, runs for each new document inside its
	// transaction (extraction + merge). A failure rolls the document back
	// and counts it as failed.
	Process ProcessFunc
	// Log receives failure lines and progress; nil discards them.
	Log io.Writer
	// Terminal shows a progress bar on Log instead of periodic lines.
	Terminal bool
	// Every is the interval of periodic progress lines (0: 5s).
	Every time.Duration
}

// Failure is one input that could not be ingested.
type Failure struct {
	Input  string `json:"input"`
	Reason string `json:"reason"`
}

// Summary counts the outcome of a run.
type Summary struct {
	New       int       `json:"new"`
	Unchanged int       `json:"unchanged"`
	Failed    int       `json:"failed"`
	Failures  []Failure `json:"failures,omitempty"`
	Bytes     int64     `json:"bytes"`
	Elapsed   time.Duration
}

// String renders the summary line: "N new, N unchanged, N failed".
func (s Summary) String() string {
	return fmt.Sprintf("%d new, %d unchanged, %d failed", s.New, s.Unchanged, s.Failed)
}

// item is one result handed from the reader to the writer.
type item struct {
	doc *model.Document
	err error
}

// Ingest reads every input and stores each document in its own
// transaction. Conversion runs in a goroutine ahead of the single store
// writer. Bad inputs are counted and reported, never fatal; the returned
// error is only for a cancelled context or a store that stopped working.
func Ingest(ctx context.Context, st *store.Store, inputs []string, opt Options) (Summary, error) {
	ctx, cancel := context.WithCancel(ctx)
	defer cancel()
	items := make(chan item, 64)
	readErr := make(chan error, 1)
	go func() {
		defer close(items)
		readErr <- ingest.Read(ctx, inputs, opt.Ingest, func(d *model.Document, err error) error {
			select {
			case items <- item{d, err}:
				return nil
			case <-ctx.Done():
				return ctx.Err()
			}
		})
	}()
	p := newProgress(opt)
	var sum Summary
	start := time.Now()
	var fatal error
	for it := range items {
		if fatal != nil {
			continue // drain
		}
		if err := storeItem(ctx, st, it, opt, &sum, p); err != nil {
			fatal = err
			cancel()
		}
		p.update(sum)
	}
	sum.Elapsed = time.Since(start)
	p.finish(sum)
	if fatal != nil {
		return sum, fatal
	}
	if err := <-readErr; err != nil && !errors.Is(err, context.Canceled) {
		return sum, err
	}
	return sum, ctx.Err()
}

// storeItem stores one document (or records one failure). It returns an
// error only when the store itself fails.
func storeItem(ctx context.Context, st *store.Store, it item, opt Options, sum *Summary, p *progress) error {
	if it.err != nil {
		sum.fail(inputOf(it.err), model.ErrorMessage(unwrapInput(it.err)), p)
		return nil
	}
	d := it.doc
	var created bool
	err := st.WithTx(ctx, func(tx *store.Tx) error {
		var err error
		if created, err = tx.CreateDocument(ctx, d); err != nil || !created || opt.Process == nil {
			return err
		}
		if err := opt.Process(ctx, tx, d); err != nil {
			return &processError{err}
		}
		return nil
	})
	var pe *processError
	switch {
	case errors.As(err, &pe):
		sum.fail(d.Input, "processing failed: "+model.ErrorMessage(pe.err), p)
	case err != nil && ctx.Err() != nil:
		return ctx.Err()
	case err != nil && model.ErrorCode(err) == model.EINVALID:
		sum.fail(d.Input, model.ErrorMessage(err), p)
	case err != nil:
		return fmt.Errorf("pipeline: store %s: %w", d.Input, err)
	case created:
		sum.New++
		sum.Bytes += int64(len(d.Raw))
	default:
		sum.Unchanged++
	}
	return nil
}

// processError marks a failure of the Process hook (the document's fault,
// not the store's).
type processError struct{ err error }

func (e *processError) Error() string { return e.err.Error() }

func (s *Summary) fail(input, reason string, p *progress) {
	s.Failed++
	s.Failures = append(s.Failures, Failure{Input: input, Reason: reason})
	p.failure(input, reason)
}

func inputOf(err error) string {
	var ie *ingest.InputError
	if errors.As(err, &ie) {
		return ie.Input
	}
	return "?"
}

func unwrapInput(err error) error {
	var ie *ingest.InputError
	if errors.As(err, &ie) {
		return ie.Err
	}
	return err
}
