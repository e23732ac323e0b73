package gazetteer

import (
	"crypto/sha256"
	"embed"
	"encoding/binary"
	"encoding/hex"
	"errors"
	"hash/crc32"
	"io/fs"
	"os"
	"path/filepath"
	"runtime"
	"sort"
	"strconv"
	"sync"
	"time"
	"unicode"
	"unsafe"

	xnorm "golang.org/x/text/unicode/norm"
)

// The snapshot (see snapshot.go) is not kept in the repository: the first
// process that needs it builds it from the embedded source tables (about
// 1.5 CPU-seconds) and writes it to a per-user cache file, which later
// processes read instead. The file name carries a hash of everything the
// snapshot's bytes depend on, so a changed source table, builder or format
// gets a new file and an old one is never read.

// codeFS holds the Go source of this package and of norm: the builder and
// the key normaliser decide the snapshot as much as the tables do, so
// their text is part of the cache key.
//
//go:embed *.go norm/*.go
var codeFS embed.FS

// cacheTrailer ends a cache file, followed by the CRC-32C of the snapshot
// before it; a file without a matching trailer is rebuilt.
const (
	cacheTrailer    = "DGZC"
	cacheTrailerLen = len(cacheTrailer) + 4
)

var crcTable = crc32.MakeTable(crc32.Castagnoli)

var (
	snapOnce sync.Once
	snapData string
	snapFail error
)

// snapshot returns the snapshot of the embedded gazetteer, read from the
// cache or built (and cached) once per process.
func snapshot() (string, error) {
	snapOnce.Do(func() { snapData, snapFail = loadSnapshot(cachePath(), buildSnapshot) })
	return snapData, snapFail
}

// buildSnapshot builds the gazetteer from the embedded source tables and
// encodes it.
func buildSnapshot() ([]byte, error) {
	b, err := buildSources()
	if err != nil {
		return nil, err
	}
	return b.encode()
}

// loadSnapshot returns the snapshot cached at path when that file is
// whole, else the one build makes, which it then tries to write to path.
// Builders take turns (see lockCacheDir), so a process that waited reads
// what the one before it wrote. With path "" nothing is read or written.
// A cache that cannot be read or written is not an error: the built
// snapshot is used.
func loadSnapshot(path string, build func() ([]byte, error)) (string, error) {
	if path != "" {
		if data, ok := readCache(path); ok {
			now := time.Now()
			_ = os.Chtimes(path, now, now) // marks it recently used for removeStale
			return data, nil
		}
		if unlock, err := lockCache(filepath.Dir(path)); err == nil {
			defer unlock()
			if data, ok := readCache(path); ok { // built while we waited
				return data, nil
			}
		}
	}
	data, err := build()
	if err != nil {
		return "", err
	}
	if path != "" {
		_ = writeCache(path, data) // best effort: the next process tries again
	}
	// data is never written again, so the string may share its bytes.
	return unsafe.String(unsafe.SliceData(data), len(data)), nil
}

// lockWait is how long a process waits for another to build the snapshot
// before it builds its own.
const lockWait = time.Minute

// lockCache creates the cache directory and takes its build lock.
func lockCache(dir string) (func(), error) {
	if err := os.MkdirAll(dir, 0o755); err != nil {
		return nil, err
	}
	return lockCacheDir(dir)
}

// cachePath returns the cache file of this build's snapshot:
// $DOSSIER_CACHE_DIR/dossier/gazetteer-KEY.bin, or the same under the
// user's cache directory; "" when neither is known.
func cachePath() string {
	dir := os.Getenv("DOSSIER_CACHE_DIR")
	if dir == "" {
		var err error
		if dir, err = os.UserCacheDir(); err != nil {
			return ""
		}
	}
	key, err := cacheKey()
	if err != nil {
		return ""
	}
	return filepath.Join(dir, "dossier", "gazetteer-"+key+".bin")
}

// cacheKey returns the first 16 hex digits of a SHA-256 over the snapshot
// format version, the Go release and the Unicode versions of its tables
// and of golang.org/x/text's normalisation (they shape the keys), the
// embedded source tables and this package's source code.
func cacheKey() (string, error) {
	h := sha256.New()
	field := func(name string, b []byte) {
		var n [8]byte
		binary.LittleEndian.PutUint64(n[:], uint64(len(b)))
		h.Write([]byte(name))
		h.Write(n[:])
		h.Write(b)
	}
	field("version", []byte(strconv.Itoa(snapVersion)))
	field("go", []byte(runtime.Version()))
	field("unicode", []byte(unicode.Version+" "+xnorm.Version))
	field("places.tsv.gz", placesGz)
	for _, fsys := range []fs.FS{curatedFS, codeFS} {
		err := fs.WalkDir(fsys, ".", func(name string, d fs.DirEntry, err error) error {
			if err != nil || d.IsDir() {
				return err
			}
			b, err := fs.ReadFile(fsys, name)
			field(name, b)
			return err
		})
		if err != nil {
			return "", err
		}
	}
	return hex.EncodeToString(h.Sum(nil))[:16], nil
}

// readCache returns the snapshot in the cache file at path, and whether
// the file was there and whole: trailer and checksum match and the
// snapshot's header is valid.
func readCache(path string) (string, bool) {
	raw, release, err := mapFile(path)
	if err != nil {
		return "", false
	}
	n := len(raw) - cacheTrailerLen
	if n < headerSize || string(raw[n:n+len(cacheTrailer)]) != cacheTrailer ||
		binary.LittleEndian.Uint32(raw[n+len(cacheTrailer):]) != crc32.Checksum(raw[:n], crcTable) {
		release()
		return "", false
	}
	data := unsafe.String(unsafe.SliceData(raw), n)
	if _, err := readHeader(data); err != nil {
		release()
		return "", false
	}
	return data, true
}

// writeCache writes the snapshot and its trailer to a temporary file in
// path's directory and renames it to path, so a reader sees the whole file
// or none; then it removes cache files of other builds not used lately.
func writeCache(path string, data []byte) (err error) {
	dir := filepath.Dir(path)
	if err := os.MkdirAll(dir, 0o755); err != nil {
		return err
	}
	f, err := os.CreateTemp(dir, "gazetteer-*.tmp")
	if err != nil {
		return err
	}
	defer func() {
		if err != nil {
			os.Remove(f.Name())
		}
	}()
	trailer := binary.LittleEndian.AppendUint32([]byte(cacheTrailer), crc32.Checksum(data, crcTable))
	_, err = f.Write(data)
	if err == nil {
		_, err = f.Write(trailer)
	}
	if err = errors.Join(err, f.Chmod(0o644), f.Close()); err != nil {
		return err
	}
	if err := os.Rename(f.Name(), path); err != nil {
		return err
	}
	removeStale(dir, filepath.Base(path))
	return nil
}

// cacheKeep is how many snapshot files removeStale leaves in the cache
// directory: a few, so that alternating between builds (benchmarking an
// old binary against a new one) does not rebuild on every start.
const cacheKeep = 3

// removeStale deletes all but the cacheKeep most recently used gazetteer
// cache files in dir (keep, just written, is one of them), and temporary
// files old enough that no writer is still busy with them.
func removeStale(dir, keep string) {
	type file struct {
		path string
		used time.Time
	}
	var others []file
	old, _ := filepath.Glob(filepath.Join(dir, "gazetteer-*.bin"))
	for _, p := range old {
		if fi, err := os.Stat(p); err == nil && filepath.Base(p) != keep {
			others = append(others, file{p, fi.ModTime()})
		}
	}
	sort.Slice(others, func(i, j int) bool { return others[i].used.After(others[j].used) })
	for i := cacheKeep - 1; i < len(others); i++ {
		os.Remove(others[i].path)
	}
	tmp, _ := filepath.Glob(filepath.Join(dir, "gazetteer-*.tmp"))
	for _, p := range tmp {
		if fi, err := os.Stat(p); err == nil && time.Since(fi.ModTime()) > time.Hour {
			os.Remove(p)
		}
	}
}
