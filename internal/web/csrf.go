package web

import (
	"crypto/hmac"
	"crypto/rand"
	"crypto/sha256"
	"encoding/base64"
	"net/http"

	"dossier/internal/model"
)

const (
	csrfCookie = "dossier_csrf"
	csrfField  = "csrf_token"
)

// csrf binds form tokens to a per-browser random cookie: the token is an
// HMAC of the cookie under the server's key, so a page from another origin
// can neither read nor forge it. http.CrossOriginProtection in front adds
// the Sec-Fetch-Site / Origin check.
type csrf struct {
	key []byte
}

// token returns the form token for r, setting the cookie when r has none.
func (c *csrf) token(w http.ResponseWriter, r *http.Request) string {
	ck, err := r.Cookie(csrfCookie)
	if err != nil || len(ck.Value) < 16 {
		b := make([]byte, 18)
		_, _ = rand.Read(b)
		ck = &http.Cookie{Name: csrfCookie, Value: base64.RawURLEncoding.EncodeToString(b),
			Path: "/", HttpOnly: true, SameSite: http.SameSiteStrictMode}
		if w != nil {
			http.SetCookie(w, ck)
		}
		r.AddCookie(ck) // later calls within this request see the same value
	}
	return c.sign(ck.Value)
}

func (c *csrf) sign(nonce string) string {
	m := hmac.New(sha256.New, c.key)
	m.Write([]byte(nonce))
	return base64.RawURLEncoding.EncodeToString(m.Sum(nil))
}

// check verifies the token of a submitted form (or X-CSRF-Token header).
func (c *csrf) check(r *http.Request) error {
	ck, err := r.Cookie(csrfCookie)
	if err != nil {
		return errForbidden("missing CSRF cookie: reload the page and submit the form again")
	}
	got := r.Header.Get("X-CSRF-Token")
	if got == "" {
		got = r.PostFormValue(csrfField)
	}
	if !hmac.Equal([]byte(got), []byte(c.sign(ck.Value))) {
		return errForbidden("invalid CSRF token: reload the page and submit the form again")
	}
	return nil
}

// errForbidden is a refused request.
func errForbidden(msg string) error { return model.Errorf(model.EUNAUTHORIZED, "%s", msg) }
