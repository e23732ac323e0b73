package gazetteer

import (
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"sync"
	"testing"
	"time"
)

// countingBuild returns a build function for loadSnapshot that hands out
// the test build and counts its calls.
func countingBuild(t *testing.T) (build func() ([]byte, error), calls func() int) {
	_, data := buildForTest(t)
	var mu sync.Mutex
	n := 0
	build = func() ([]byte, error) {
		mu.Lock()
		n++
		mu.Unlock()
		return append([]byte(nil), data...), nil
	}
	return build, func() int { mu.Lock(); defer mu.Unlock(); return n }
}

// tempCachePath points DOSSIER_CACHE_DIR at a new directory and returns
// the cache file cachePath chooses there.
func tempCachePath(t *testing.T) string {
	t.Helper()
	dir := t.TempDir()
	t.Setenv("DOSSIER_CACHE_DIR", dir)
	path := cachePath()
	if !strings.HasPrefix(path, filepath.Join(dir, "dossier", "gazetteer-")) || !strings.HasSuffix(path, ".bin") {
		t.Fatalf("cachePath() = %q, want %s/dossier/gazetteer-KEY.bin", path, dir)
	}
	return path
}

// load runs loadSnapshot and checks that it returns the test build.
func load(t *testing.T, path string, build func() ([]byte, error)) {
	t.Helper()
	_, want := buildForTest(t)
	got, err := loadSnapshot(path, build)
	if err != nil {
		t.Fatal(err)
	}
	if got != string(want) {
		t.Fatalf("loadSnapshot returned %d bytes, not the %d-byte build", len(got), len(want))
	}
}

// TestCacheColdThenWarm checks that a cold start builds and writes the
// cache file, removing other builds' files beyond the cacheKeep most
// recently used, and a warm start reads it without building.
func TestCacheColdThenWarm(t *testing.T) {
	path := tempCachePath(t)
	dir := filepath.Dir(path)
	if err := os.MkdirAll(dir, 0o755); err != nil {
		t.Fatal(err)
	}
	var others []string // least recently used first
	for i := 0; i < cacheKeep+1; i++ {
		p := filepath.Join(dir, fmt.Sprintf("gazetteer-%016d.bin", i))
		used := time.Now().Add(time.Duration(i-10) * time.Hour)
		if err := os.WriteFile(p, []byte("old"), 0o644); err != nil {
			t.Fatal(err)
		}
		if err := os.Chtimes(p, used, used); err != nil {
			t.Fatal(err)
		}
		others = append(others, p)
	}
	build, calls := countingBuild(t)
	load(t, path, build)
	if calls() != 1 {
		t.Fatalf("cold start: %d builds, want 1", calls())
	}
	_, data := buildForTest(t)
	if fi, err := os.Stat(path); err != nil || fi.Size() != int64(len(data)+cacheTrailerLen) {
		t.Fatalf("cache file after a cold start: %v, %v", fi, err)
	}
	for i, p := range others {
		_, err := os.Stat(p)
		if kept := i >= len(others)-(cacheKeep-1); kept != (err == nil) {
			t.Errorf("%s, used %d hours ago: kept %v, want %v", filepath.Base(p), 10-i, err == nil, kept)
		}
	}
	if tmp, _ := filepath.Glob(filepath.Join(dir, "*.tmp")); len(tmp) > 0 {
		t.Errorf("temporary files left: %v", tmp)
	}
	load(t, path, build)
	if calls() != 1 {
		t.Fatalf("warm start built the snapshot again")
	}
}

// TestCacheDamagedIsRebuilt checks that a truncated, corrupted or foreign
// cache file is not used: the snapshot is built and the file rewritten.
func TestCacheDamagedIsRebuilt(t *testing.T) {
	path := tempCachePath(t)
	build, calls := countingBuild(t)
	load(t, path, build)
	good, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	flipped := append([]byte(nil), good...)
	flipped[len(flipped)/2] ^= 0x40
	for name, bad := range map[string][]byte{
		"empty":      nil,
		"truncated":  good[:len(good)/2],
		"no trailer": good[:len(good)-cacheTrailerLen],
		"flipped":    flipped,
		"foreign":    []byte("not a snapshot at all, but long enough to hold a header and a trailer....."),
	} {
		if err := os.WriteFile(path, bad, 0o644); err != nil {
			t.Fatal(err)
		}
		before := calls()
		load(t, path, build)
		if calls() != before+1 {
			t.Errorf("%s: the damaged cache file was used", name)
		}
		if got, err := os.ReadFile(path); err != nil || string(got) != string(good) {
			t.Errorf("%s: the cache file was not rewritten (%v)", name, err)
		}
	}
}

// TestCacheUnwritable checks that a cache directory that cannot be made
// or written costs a build, never an error.
func TestCacheUnwritable(t *testing.T) {
	file := filepath.Join(t.TempDir(), "file")
	if err := os.WriteFile(file, nil, 0o644); err != nil {
		t.Fatal(err)
	}
	t.Setenv("DOSSIER_CACHE_DIR", file) // a file where the directory should be
	build, calls := countingBuild(t)
	for i := 1; i <= 2; i++ {
		load(t, cachePath(), build)
		if calls() != i {
			t.Fatalf("load %d: %d builds", i, calls())
		}
	}
	load(t, "", build) // no cache directory at all
}

// TestCacheKey checks that the key is stable within a build and that the
// environment only moves the directory.
func TestCacheKey(t *testing.T) {
	a, err := cacheKey()
	if err != nil {
		t.Fatal(err)
	}
	b, _ := cacheKey()
	if a != b || len(a) != 16 {
		t.Fatalf("cacheKey() = %q then %q, want the same 16 hex digits", a, b)
	}
	t.Setenv("DOSSIER_CACHE_DIR", "/x")
	if got, want := cachePath(), filepath.Join("/x", "dossier", "gazetteer-"+a+".bin"); got != want {
		t.Fatalf("cachePath() = %q, want %q", got, want)
	}
}

// TestCacheConcurrent has several loaders race on a cold cache, as
// parallel test binaries do: each gets the whole snapshot, the file left
// behind is whole and, where the platform has the build lock, only one
// loader built the snapshot.
func TestCacheConcurrent(t *testing.T) {
	path := tempCachePath(t)
	build, calls := countingBuild(t)
	_, want := buildForTest(t)
	var wg sync.WaitGroup
	errs := make(chan string, 12)
	for w := 0; w < 4; w++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for i := 0; i < 3; i++ {
				if got, err := loadSnapshot(path, build); err != nil || got != string(want) {
					errs <- "a loader got a different snapshot"
				}
			}
		}()
	}
	wg.Wait()
	close(errs)
	for e := range errs {
		t.Fatal(e)
	}
	if _, ok := readCache(path); !ok {
		t.Fatal("the cache file left behind is not whole")
	}
	if cacheLocks && calls() != 1 {
		t.Fatalf("%d loaders built the snapshot, want 1", calls())
	}
}
