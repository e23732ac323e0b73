package web

import (
	"bytes"
	"crypto/sha256"
	"embed"
	"encoding/hex"
	"fmt"
	"io/fs"
	"mime"
	"net/http"
	"path"
	"strings"
	"time"
)

//go:embed static
var staticFS embed.FS

// asset is one embedded static file.
type asset struct {
	name   string // path under static/, e.g. "vendor/leaflet/leaflet.css"
	hashed string // name with the content hash before the extension
	etag   string
	data   []byte
	ctype  string
}

// assets serves embedded files under /static/: hashed names for a year
// (immutable), plain names (relative references inside vendored CSS) with
// revalidation.
type assets struct {
	byName   map[string]*asset
	byHashed map[string]*asset
}

// loadAssets reads and hashes every embedded static file.
func loadAssets() (*assets, error) {
	a := &assets{byName: map[string]*asset{}, byHashed: map[string]*asset{}}
	err := fs.WalkDir(staticFS, "static", func(p string, d fs.DirEntry, err error) error {
		if err != nil || d.IsDir() {
			return err
		}
		data, err := staticFS.ReadFile(p)
		if err != nil {
			return fmt.Errorf("web: read asset %s: %w", p, err)
		}
		a.add(strings.TrimPrefix(p, "static/"), data)
		return nil
	})
	if err != nil {
		return nil, fmt.Errorf("web: load assets: %w", err)
	}
	return a, nil
}

func (a *assets) add(name string, data []byte) {
	sum := sha256.Sum256(data)
	h := hex.EncodeToString(sum[:])[:12]
	ext := path.Ext(name)
	ct := mime.TypeByExtension(ext)
	if ext == ".geojson" {
		ct = "application/geo+json"
	}
	if ct == "" {
		ct = http.DetectContentType(data)
	}
	as := &asset{name: name, hashed: strings.TrimSuffix(name, ext) + "." + h + ext,
		etag: `"` + h + `"`, data: data, ctype: ct}
	a.byName[name] = as
	a.byHashed[as.hashed] = as
}

// URL returns the content-hash URL of a static file, or an error for an
// unknown name (templates fail to render rather than link nowhere).
func (a *assets) URL(name string) (string, error) {
	as, ok := a.byName[name]
	if !ok {
		return "", fmt.Errorf("web: unknown asset %q", name)
	}
	return "/static/" + as.hashed, nil
}

// ServeHTTP serves GET /static/{path...}.
func (a *assets) ServeHTTP(w http.ResponseWriter, r *http.Request) {
	p := r.PathValue("path")
	as, immutable := a.byHashed[p]
	if !immutable {
		as = a.byName[p]
	}
	if as == nil {
		http.NotFound(w, r)
		return
	}
	h := w.Header()
	h.Set("Content-Type", as.ctype)
	h.Set("ETag", as.etag)
	if immutable {
		h.Set("Cache-Control", "public, max-age=31536000, immutable")
	} else {
		h.Set("Cache-Control", "no-cache")
	}
	http.ServeContent(w, r, "", time.Time{}, bytes.NewReader(as.data))
}
