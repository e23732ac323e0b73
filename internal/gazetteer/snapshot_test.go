package gazetteer

import (
	"bytes"
	"reflect"
	"slices"
	"sync"
	"testing"
)

var (
	builtOnce sync.Once
	builtGaz  *built
	builtSnap []byte
	builtErr  error
)

// buildForTest builds the gazetteer from the source tables and encodes it,
// once per test process.
func buildForTest(t testing.TB) (*built, []byte) {
	t.Helper()
	builtOnce.Do(func() {
		if builtGaz, builtErr = buildSources(); builtErr == nil {
			builtSnap, builtErr = builtGaz.encode()
		}
	})
	if builtErr != nil {
		t.Fatal(builtErr)
	}
	return builtGaz, builtSnap
}

// TestSnapshotMatchesSources builds the gazetteer from places.tsv.gz and
// data/ the slow way and checks that its encoding is deterministic, that
// the snapshot this process uses (read from the cache or built) is that
// encoding byte for byte, and that it opens to the same entries and the
// same readings of every key.
func TestSnapshotMatchesSources(t *testing.T) {
	b, data := buildForTest(t)
	again, err := b.encode()
	if err != nil {
		t.Fatal(err)
	}
	if !bytes.Equal(again, data) {
		t.Fatal("two encodings of the same build differ")
	}
	used, err := snapshot()
	if err != nil {
		t.Fatal(err)
	}
	if used != string(data) {
		t.Fatalf("the snapshot in use (%d bytes, cache %s) is not the encoding of the source tables (%d bytes)", len(used), cachePath(), len(data))
	}
	g, err := open(string(data))
	if err != nil {
		t.Fatal(err)
	}
	if g.Len() != len(b.entries) {
		t.Fatalf("Len = %d, want %d", g.Len(), len(b.entries))
	}
	for i := range b.entries {
		if got := g.entry(int32(i)); !reflect.DeepEqual(*got, b.entries[i]) {
			t.Fatalf("entry %d:\n got %#v\nwant %#v", i, *got, b.entries[i])
		}
		if got := g.Get(b.entries[i].ID); got != g.entry(int32(i)) {
			t.Fatalf("Get(%q) is not entry %d", b.entries[i].ID, i)
		}
	}
	for k, kn := range b.index {
		if got := g.postings(k); !slices.Equal(got, kn.ps) {
			t.Fatalf("readings of %q: got %v, want %v", k, got, kn.ps)
		}
	}
	if !slices.Equal(g.Warnings(), b.warnings) {
		t.Fatalf("Warnings = %q, want %q", g.Warnings(), b.warnings)
	}
}

// TestOpenRejectsDamagedSnapshot checks that a snapshot of another format
// or a truncated one is an error, not a panic.
func TestOpenRejectsDamagedSnapshot(t *testing.T) {
	_, built := buildForTest(t)
	snapshot := string(built)
	for name, data := range map[string]string{
		"empty":     "",
		"magic":     "XXXX" + snapshot[4:],
		"version":   snapshot[:4] + "\x63\x00\x00\x00" + snapshot[8:],
		"truncated": snapshot[:len(snapshot)/2],
	} {
		if _, err := open(data); err == nil {
			t.Errorf("%s: open succeeded", name)
		}
	}
}

// TestEntriesSharedAcrossGoroutines checks that entries built on first use
// concurrently are one Entry per ID, as callers compare pointers.
func TestEntriesSharedAcrossGoroutines(t *testing.T) {
	g, err := Load()
	if err != nil {
		t.Fatal(err)
	}
	names := []string{"Kabul", "Mogadishu", "ISKP", "Nangarhar", "Borno", "Garowe", "Santa Rosa", "Dhuusamarreebb"}
	const workers = 4
	got := make([][][]*Entry, workers)
	done := make(chan int)
	for w := 0; w < workers; w++ {
		go func(w int) {
			for _, n := range names {
				got[w] = append(got[w], g.Lookup(n))
			}
			done <- w
		}(w)
	}
	for w := 0; w < workers; w++ {
		<-done
	}
	for i, n := range names {
		if len(got[0][i]) == 0 {
			t.Errorf("Lookup(%q) found nothing", n)
		}
		for w := 1; w < workers; w++ {
			if !reflect.DeepEqual(got[w][i], got[0][i]) {
				t.Fatalf("Lookup(%q) differs between goroutines", n)
			}
			for j := range got[w][i] {
				if got[w][i][j] != got[0][i][j] {
					t.Fatalf("Lookup(%q): two Entry values for %s", n, got[0][i][j].ID)
				}
			}
		}
		for _, e := range got[0][i] {
			if g.Get(e.ID) != e {
				t.Errorf("Get(%q) is not the entry Lookup returned", e.ID)
			}
		}
	}
}
