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
