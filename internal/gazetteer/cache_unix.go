//go:build unix

package gazetteer

import (
	"errors"
	"os"
	"path/filepath"
	"syscall"
	"time"
)

// cacheLocks says whether lockCacheDir keeps other processes out.
const cacheLocks = true

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

// lockCacheDir takes the cache directory's build lock (an flock on
// gazetteer.lock, released by the kernel if the holder dies), so that
// processes starting together build the snapshot once, not once each. It
// gives up after lockWait, and returns the function that unlocks.
func lockCacheDir(dir string) (func(), error) {
	f, err := os.OpenFile(filepath.Join(dir, "gazetteer.lock"), os.O_CREATE|os.O_RDWR, 0o644)
	if err != nil {
		return nil, err
	}
	fd := int(f.Fd())
	for deadline := time.Now().Add(lockWait); ; {
		err = syscall.Flock(fd, syscall.LOCK_EX|syscall.LOCK_NB)
		if err == nil {
			return func() { syscall.Flock(fd, syscall.LOCK_UN); f.Close() }, nil
		}
		if !errors.Is(err, syscall.EWOULDBLOCK) && !errors.Is(err, syscall.EINTR) || time.Now().After(deadline) {
			f.Close()
			return nil, err
		}
		time.Sleep(50 * time.Millisecond)
	}
}
