package gazetteer

import (
	"flag"
	"os"
	"reflect"
	"testing"
)

var updateSnapshot = flag.Bool("update-snapshot", false, "rewrite snapshot.bin from the source tables")

// TestSnapshotUpToDate rebuilds the gazetteer from places.tsv.gz and data/
// the slow way and requires snapshot.bin to be exactly its encoding; with
// -update-snapshot (what go generate runs) it rewrites the file instead.
func TestSnapshotUpToDate(t *testing.T) {
	b, err := buildSources()
	if err != nil {
		t.Fatal(err)
	}
	data, err := b.encode()
	if err != nil {
		t.Fatal(err)
	}
	if *updateSnapshot {
		if err := os.WriteFile("snapshot.bin", data, 0o644); err != nil {
			t.Fatal(err)
		}
		t.Logf("wrote snapshot.bin: %d bytes", len(data))
		return
	}
	if string(data) != snapshot {
		t.Fatalf("snapshot.bin (%d bytes) is not the encoding of the source tables (%d bytes): run go generate ./internal/gazetteer", len(snapshot), len(data))
	}
	// Decoding gives back every entry as built.
	g, err := open(snapshot)
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
	}
}

// TestOpenRejectsDamagedSnapshot checks that a snapshot of another format
// or a truncated one is an error, not a panic.
func TestOpenRejectsDamagedSnapshot(t *testing.T) {
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
