package ingest

import (
	"context"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"os"
	"path/filepath"
	"sort"
	"strings"

	"dossier/internal/model"
)

// readPath reads a file, or every supported file under a folder.
func readPath(ctx context.Context, p string, opt Options, fn Handler) error {
	info, err := os.Stat(p)
	if err != nil {
		return fn(nil, inputErr(p, statReason(err)))
	}
	if !info.IsDir() {
		return readFile(p, info, opt, fn)
	}
	files, err := listFolder(p)
	if err != nil {
		return fn(nil, inputErr(p, err))
	}
	for _, f := range files {
		if err := ctx.Err(); err != nil {
			return err
		}
		fi, err := os.Stat(f)
		if err != nil {
			if err := fn(nil, inputErr(f, statReason(err))); err != nil {
				return err
			}
			continue
		}
		if err := readFile(f, fi, opt, fn); err != nil {
			return err
		}
	}
	return nil
}

// supportedExt lists the extensions a folder walk picks up.
var supportedExt = map[string]bool{
	".txt": true, ".text": true, ".md": true, ".html": true, ".htm": true, ".xhtml": true,
	".pdf": true, ".jsonl": true, ".ndjson": true, ".rss": true, ".atom": true, ".xml": true,
}

// listFolder returns the supported regular files under dir, sorted; hidden
// files and folders are skipped.
func listFolder(dir string) ([]string, error) {
	var files []string
	err := filepath.WalkDir(dir, func(p string, d fs.DirEntry, err error) error {
		if err != nil {
			return err
		}
		if p != dir && strings.HasPrefix(d.Name(), ".") {
			if d.IsDir() {
				return filepath.SkipDir
			}
			return nil
		}
		if d.Type().IsRegular() && supportedExt[strings.ToLower(filepath.Ext(p))] {
			files = append(files, p)
		}
		return nil
	})
	if err != nil {
		return nil, fmt.Errorf("walk folder: %w", err)
	}
	sort.Strings(files)
	return files, nil
}

// readFile reads one file (refusing it above the size cap before reading)
// and converts it.
func readFile(p string, info fs.FileInfo, opt Options, fn Handler) error {
	if info.Size() > opt.maxBytes() {
		return fn(nil, inputErr(p, model.Errorf(model.ETOOLARGE,
			"%d bytes is over the %d-byte limit (raise --max-bytes)", info.Size(), opt.maxBytes())))
	}
	raw, err := os.ReadFile(p)
	if err != nil {
		return fn(nil, inputErr(p, statReason(err)))
	}
	return emitAll(p, raw, "", opt, fn)
}

// readStdin reads opt.Stdin up to the size cap and converts it.
func readStdin(ctx context.Context, opt Options, fn Handler) error {
	if opt.Stdin == nil {
		return fn(nil, inputErr("-", model.Errorf(model.EINVALID, "no standard input")))
	}
	raw, err := readCapped(opt.Stdin, opt.maxBytes())
	if err != nil {
		return fn(nil, inputErr("-", err))
	}
	return emitAll("-", raw, "", opt, fn)
}

// readCapped reads r to the end, failing with ETOOLARGE past max bytes.
func readCapped(r io.Reader, max int64) ([]byte, error) {
	raw, err := io.ReadAll(io.LimitReader(r, max+1))
	if err != nil {
		return nil, fmt.Errorf("read: %w", err)
	}
	if int64(len(raw)) > max {
		return nil, model.Errorf(model.ETOOLARGE, "over the %d-byte limit (raise --max-bytes)", max)
	}
	return raw, nil
}

// statReason turns a file-system error into a short user-facing reason.
func statReason(err error) error {
	switch {
	case errors.Is(err, fs.ErrNotExist):
		return model.Errorf(model.ENOTFOUND, "no such file or folder")
	case errors.Is(err, fs.ErrPermission):
		return model.Errorf(model.EINVALID, "permission denied")
	}
	return err
}
