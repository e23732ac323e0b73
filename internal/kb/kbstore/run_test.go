package kbstore

import (
	"bytes"
	"context"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"dossier/internal/extract"
	"dossier/internal/kb"
	"dossier/internal/pipeline"
	"dossier/internal/store"
)

// snapshotQueries read every snapshot table (timestamps left out) and the
// columns of claims and sources the rebuild writes.
var snapshotQueries = []string{
	`SELECT id, name, type, ref, country, lat, lon, documents FROM entities ORDER BY id`,
	`SELECT entity_id, alias, norm, documents, curated, removed FROM aliases ORDER BY entity_id, norm`,
	`SELECT id, date, kind, location_id, location, country, perpetrator_id, attribution, killed_min, killed_max,
		injured_min, injured_max, lat, lon FROM events ORDER BY id`,
	`SELECT event_id, claim_id, document_id, credibility FROM event_reports ORDER BY event_id, claim_id`,
	`SELECT id, subject_id, predicate, object_id, claim_id FROM relations ORDER BY id`,
	`SELECT id, subject_id, property, min_value, max_value, approx, as_of, claim_id, credibility FROM estimates ORDER BY id`,
	`SELECT id, scope, owner_id, field, type, vals FROM conflicts ORDER BY id`,
	`SELECT id, credibility, status FROM claims ORDER BY id`,
	`SELECT name, grade FROM sources ORDER BY name`,
}

// dumpSnapshot returns the snapshot tables as text.
func dumpSnapshot(t *testing.T, ctx context.Context, st *store.Store) string {
	t.Helper()
	var b strings.Builder
	for _, q := range snapshotQueries {
		rows, err := st.QueryContext(ctx, q)
		if err != nil {
			t.Fatal(err)
		}
		cols, _ := rows.Columns()
		vals := make([]any, len(cols))
		ptrs := make([]any, len(cols))
		for i := range vals {
			ptrs[i] = &vals[i]
		}
		for rows.Next() {
			if err := rows.Scan(ptrs...); err != nil {
				t.Fatal(err)
			}
			for _, v := range vals {
				if bs, ok := v.([]byte); ok {
					v = string(bs)
				}
				fmt.Fprintf(&b, "%v|", v)
			}
			b.WriteByte('\n')
		}
		if err := rows.Err(); err != nil {
			t.Fatal(err)
		}
		rows.Close()
	}
	return b.String()
}

// kbJSON is the kb-json export of k.
func kbJSON(t *testing.T, k *kb.KB) string {
	t.Helper()
	var b bytes.Buffer
	if err := k.WriteJSON(&b); err != nil {
		t.Fatal(err)
	}
	return b.String()
}

// ingestRun ingests the inputs with a Run's hooks and refreshes through
// it, returning the KB and whether it was built from the kept claims.
func ingestRun(t *testing.T, ctx context.Context, st *store.Store, inputs ...string) (*kb.KB, bool) {
	t.Helper()
	run := NewRun(extract.Options{})
	sum, err := pipeline.Ingest(ctx, st, inputs, pipeline.Options{Workers: 2, Prepare: run.Prepare(),
		Process: run.Process(pipeline.Prepared)})
	if err != nil || sum.New == 0 {
		t.Fatalf("ingest: %s %v", sum, err)
	}
	k, err := run.Refresh(ctx, st)
	if err != nil {
		t.Fatal(err)
	}
	return k, run.reused
}

// TestRunRefreshMatchesStoredRefresh: the rebuild from the claims a run
// kept gives the same KB, kb-json export and snapshot tables as the
// rebuild that reads every claim back from the store; a run into a
// non-empty store reads the store.
func TestRunRefreshMatchesStoredRefresh(t *testing.T) {
	ctx := context.Background()
	st, err := store.Open(ctx, filepath.Join(t.TempDir(), "kb.db"))
	if err != nil {
		t.Fatal(err)
	}
	defer st.Close()
	check := func(k *kb.KB) {
		t.Helper()
		got, gotJSON := dumpSnapshot(t, ctx, st), kbJSON(t, k)
		want, err := Refresh(ctx, st)
		if err != nil {
			t.Fatal(err)
		}
		if w := kbJSON(t, want); gotJSON != w {
			t.Errorf("KB built from kept claims differs from the stored claims' KB")
		}
		if w := dumpSnapshot(t, ctx, st); got != w {
			t.Errorf("snapshot tables differ:\n%.2000s\nwant\n%.2000s", got, w)
		}
		if len(k.Entities) == 0 || len(k.Events) == 0 {
			t.Fatalf("empty KB: %d entities, %d events", len(k.Entities), len(k.Events))
		}
	}
	k, reused := ingestRun(t, ctx, st, filepath.Join("..", "..", "..", "examples"))
	if !reused {
		t.Error("a run into an empty store did not build from its kept claims")
	}
	check(k)
	if _, err := Act(ctx, st, Request{Kind: kb.ActReject, Target: k.Events[0].Reports[0].Claim, Who: "tester"}); err != nil {
		t.Fatal(err)
	}
	k, reused = ingestRun(t, ctx, st, prepInputs(t)...)
	if reused {
		t.Error("a run into a store holding other claims built from its kept claims only")
	}
	check(k)
}

// prepInputs writes the articles of prepArticles as files.
func prepInputs(t *testing.T) []string {
	dir := t.TempDir()
	var out []string
	for i, a := range prepArticles {
		p := filepath.Join(dir, fmt.Sprintf("p%d.txt", i))
		if err := os.WriteFile(p, []byte(a), 0o644); err != nil {
			t.Fatal(err)
		}
		out = append(out, p)
	}
	return out
}

// TestRunRefreshSeesOtherWrites: documents stored after the run's own
// (another process, say) make the rebuild read the store, so they count.
func TestRunRefreshSeesOtherWrites(t *testing.T) {
	ctx := context.Background()
	st, err := store.Open(ctx, filepath.Join(t.TempDir(), "kb.db"))
	if err != nil {
		t.Fatal(err)
	}
	defer st.Close()
	run := NewRun(extract.Options{})
	if _, err := pipeline.Ingest(ctx, st, prepInputs(t), pipeline.Options{Prepare: run.Prepare(),
		Process: run.Process(pipeline.Prepared)}); err != nil {
		t.Fatal(err)
	}
	ingestFixture(t, ctx, st, "zz99", "other.txt", "Ledger", extraction("Southern Front", "SF", 12))
	k, err := run.Refresh(ctx, st)
	if err != nil {
		t.Fatal(err)
	}
	if run.reused {
		t.Error("the rebuild used the run's documents only")
	}
	if k.Doc("zz99") == nil || k.EntityIn("zz99", "Southern Front") == nil {
		t.Error("the document stored after the run is missing from the KB")
	}
	want, err := Refresh(ctx, st)
	if err != nil {
		t.Fatal(err)
	}
	if kbJSON(t, k) != kbJSON(t, want) {
		t.Error("the KB differs from the stored claims' KB")
	}
}
