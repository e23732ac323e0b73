//go:build unix

package gazetteer

import (
	"os"
	"syscall"
)

// mapFile maps the file at path read-only into memory and returns its
// bytes and a function that unmaps them. The pages are the page cache's,
// shared by every process reading the file, and outside the Go heap. The
// cache is only ever replaced by rename, never rewritten in place, so the
// mapped bytes cannot change under a reader.
func mapFile(path string) ([]byte, func(), error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, nil, err
	}
	defer f.Close()
	fi, err := f.Stat()
	if err != nil {
		return nil, nil, err
	}
	if fi.Size() == 0 || int64(int(fi.Size())) != fi.Size() {
		return nil, func() {}, nil
	}
	b, err := syscall.Mmap(int(f.Fd()), 0, int(fi.Size()), syscall.PROT_READ, syscall.MAP_SHARED)
	if err != nil {
		return nil, nil, err
	}
	return b, func() { syscall.Munmap(b) }, nil
}
