package web

import (
	"net/http"
	"net/url"
	"strconv"

	"dossier/internal/model"
)

const (
	defaultLimit = 50
	maxLimit     = 500
)

// pageOf reads ?limit= and ?offset= (defaults 50 and 0).
func pageOf(r *http.Request) (Page, error) {
	p := Page{Limit: defaultLimit}
	q := r.URL.Query()
	if v := q.Get("limit"); v != "" {
		n, err := strconv.Atoi(v)
		if err != nil || n < 1 || n > maxLimit {
			return p, model.Errorf(model.EINVALID, "limit %q: want a number from 1 to %d", v, maxLimit)
		}
		p.Limit = n
	}
	if v := q.Get("offset"); v != "" {
		n, err := strconv.Atoi(v)
		if err != nil || n < 0 {
			return p, model.Errorf(model.EINVALID, "offset %q: want a number of 0 or more", v)
		}
		p.Offset = n
	}
	return p, nil
}

// Pager is the navigation under a list page.
type Pager struct {
	From, To, Total int
	Prev, Next      string // URLs, "" at the ends
}

// pagerFor builds links to the neighbouring windows of r's list.
func pagerFor(r *http.Request, p Page, n, total int) Pager {
	pg := Pager{From: p.Offset + 1, To: p.Offset + n, Total: total}
	if n == 0 {
		pg.From = 0
	}
	link := func(off int) string {
		q := r.URL.Query()
		q.Set("offset", strconv.Itoa(off))
		q.Set("limit", strconv.Itoa(p.Limit))
		return (&url.URL{Path: r.URL.Path, RawQuery: q.Encode()}).String()
	}
	if p.Offset > 0 {
		pg.Prev = link(max(0, p.Offset-p.Limit))
	}
	if p.Offset+n < total {
		pg.Next = link(p.Offset + p.Limit)
	}
	return pg
}

// list is a paginated API response.
type list[T any] struct {
	Items  []T     `json:"items"`
	Total  int     `json:"total"`
	Limit  int     `json:"limit"`
	Offset int     `json:"offset"`
	Next   *string `json:"next"`
}

// newList wraps items with paging fields and the URL of the next window.
func newList[T any](r *http.Request, p Page, items []T, total int) list[T] {
	if items == nil {
		items = []T{}
	}
	l := list[T]{Items: items, Total: total, Limit: p.Limit, Offset: p.Offset}
	if pg := pagerFor(r, p, len(items), total); pg.Next != "" {
		l.Next = &pg.Next
	}
	return l
}
