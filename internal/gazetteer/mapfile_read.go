//go:build !unix

package gazetteer

import "os"

// mapFile returns the contents of the file at path and a function that
// releases them.
func mapFile(path string) ([]byte, func(), error) {
	b, err := os.ReadFile(path)
	return b, func() {}, err
}
