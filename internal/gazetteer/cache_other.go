//go:build !unix

package gazetteer

import "os"

// cacheLocks says whether lockCacheDir keeps other processes out.
const cacheLocks = false

// mapFile returns the contents of the file at path and a function that
// releases them.
func mapFile(path string) ([]byte, func(), error) {
	b, err := os.ReadFile(path)
	return b, func() {}, err
}

// lockCacheDir does nothing here: processes starting together may each
// build the snapshot; the atomic rename keeps the file whole.
func lockCacheDir(dir string) (func(), error) { return func() {}, nil }
