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
	// Process, when set, runs for each new document inside the
	// transaction that stores it (extraction + merge). A failure rolls
	// that document back (its savepoint) and counts it as failed.
	Process ProcessFunc
	// Prepare, when set, runs for each document in Workers goroutines
	// before the writer stores it; Process reads the result with
	// Prepared(ctx). Workers 0 means one per CPU.
	Prepare PrepareFunc
	Workers int
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
	doc  *model.Document
	err  error
	prep any // what Options.Prepare computed
}

// Ingest reads every input and stores each document all or nothing
// (inside its own savepoint of a batch transaction, together with what
// Process writes). Conversion runs in a goroutine ahead of the single
// store writer. Bad inputs are counted and reported, never fatal; the returned
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
			case items <- item{doc: d, err: err}:
				return nil
			case <-ctx.Done():
				return ctx.Err()
			}
		})
	}()
	ready := prepareAll(ctx, items, opt, st.DocumentExists)
	p := newProgress(opt)
	var sum Summary
	start := time.Now()
	var fatal error
	for fatal == nil {
		more, err := storeBatch(ctx, st, ready, opt, &sum, p)
		if err != nil {
			fatal = err
			cancel()
		}
		p.update(sum)
		if !more {
			break
		}
	}
	for range ready {
		// drain after a fatal error so the reader can finish
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

// Batch limits: documents are committed in groups (each document inside
// its own savepoint, so it is stored all or nothing) to spread the cost of
// a commit, which writes every page the batch changed. A batch waits for
// more input until it holds maxBatch documents or is maxBatchTime old (or
// the input ends), so a document sits uncommitted for at most about
// maxBatchTime even when the reader is slow. (Committing as soon as no
// input was waiting made batches of one or two documents whenever
// extraction was the slower stage, with a commit each.)
const (
	maxBatch     = 64
	maxBatchTime = 250 * time.Millisecond
)

// storeBatch stores the next documents in one transaction and adds them
// to sum once committed. It reports whether more items may follow.
func storeBatch(ctx context.Context, st *store.Store, items <-chan item, opt Options, sum *Summary, p *progress) (bool, error) {
	it, ok := <-items
	if !ok {
		return false, nil
	}
	var pending Summary
	more := true
	timer := time.NewTimer(maxBatchTime)
	defer timer.Stop()
	err := st.WithTx(ctx, func(tx *store.Tx) error {
		for n := 0; ; n++ {
			if err := storeItem(ctx, tx, it, opt, &pending, p); err != nil {
				return err
			}
			if n+1 >= maxBatch {
				return nil
			}
			select {
			case it, ok = <-items:
				if !ok {
					more = false
					return nil
				}
			case <-timer.C:
				return nil // batch old enough: commit now
			}
		}
	})
	sum.Failed += pending.Failed
	sum.Failures = append(sum.Failures, pending.Failures...)
	if err != nil {
		return false, err
	}
	sum.New += pending.New
	sum.Unchanged += pending.Unchanged
	sum.Bytes += pending.Bytes
	return more, nil
}

// storeItem stores one document inside a savepoint of tx (or records one
// failure). It returns an error only when the store itself fails.
func storeItem(ctx context.Context, tx *store.Tx, it item, opt Options, sum *Summary, p *progress) error {
	if it.err != nil {
		sum.fail(inputOf(it.err), model.ErrorMessage(unwrapInput(it.err)), p)
		return nil
	}
	d := it.doc
	var created bool
	err := tx.Savepoint(ctx, func() error {
		var err error
		if created, err = tx.CreateDocument(ctx, d); err != nil || !created || opt.Process == nil {
			return err
		}
		pctx := ctx
		if it.prep != nil {
			pctx = context.WithValue(ctx, preparedKey{}, it.prep)
		}
		if err := opt.Process(pctx, tx, d); err != nil {
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
