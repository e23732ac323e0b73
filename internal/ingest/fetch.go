package ingest

import (
	"context"
	"errors"
	"fmt"
	"net"
	"net/http"
	"net/netip"
	"os"
	"syscall"
	"time"

	"dossier/internal/model"
)

const defaultUserAgent = "dossier/0.1 (+https://example.org/dossier; open-source research)"

// maxFeedFetches bounds how many linked pages one feed may fetch.
const maxFeedFetches = 200

// readURL fetches a URL and converts it; a feed's entries whose text is
// short are completed by fetching their linked page.
func readURL(ctx context.Context, u string, opt Options, fn Handler) error {
	raw, ctype, err := fetch(ctx, u, opt)
	if err != nil {
		return fn(nil, inputErr(u, err))
	}
	format := detectFormat(u, ctype, raw)
	if format != FormatFeed {
		return emitAll(u, raw, format, opt, fn)
	}
	docs, err := convertFeed(u, raw, opt)
	if err != nil {
		return fn(nil, inputErr(u, err))
	}
	for i, d := range docs {
		if i < maxFeedFetches && len(d.Text) < shortEntry && isURL(d.URL) {
			d = completeEntry(ctx, d, opt)
		}
		if err := fn(d, nil); err != nil {
			return err
		}
	}
	return nil
}

// shortEntry is the text length under which a feed entry is taken to be a
// summary and its linked page is fetched instead.
const shortEntry = 600

// completeEntry replaces a feed entry's summary by its linked article when
// that can be fetched and converted; otherwise the entry is kept as is.
func completeEntry(ctx context.Context, d *model.Document, opt Options) *model.Document {
	raw, ctype, err := fetch(ctx, d.URL, opt)
	if err != nil {
		return d
	}
	docs, err := convertAs(detectFormat(d.URL, ctype, raw), d.URL, raw, opt)
	if err != nil || len(docs) != 1 || len(docs[0].Text) <= len(d.Text) {
		return d
	}
	page := docs[0]
	if page.Published.IsZero() {
		page.Published = d.Published
	}
	if page.Title == "" {
		page.Title = d.Title
	}
	if page.Source == "" {
		page.Source = d.Source
	}
	return page
}

// fetch GETs u with the time limit and size cap of opt and returns the
// body and its content type. Non-2xx answers are errors.
func fetch(ctx context.Context, u string, opt Options) ([]byte, string, error) {
	ctx, cancel := context.WithTimeout(ctx, opt.timeout())
	defer cancel()
	req, err := http.NewRequestWithContext(ctx, http.MethodGet, u, nil)
	if err != nil {
		return nil, "", model.Errorf(model.EINVALID, "bad URL: %v", err)
	}
	ua := opt.UserAgent
	if ua == "" {
		ua = defaultUserAgent
	}
	req.Header.Set("User-Agent", ua)
	resp, err := httpClient(opt).Do(req)
	if err != nil {
		return nil, "", fetchReason(err, opt)
	}
	defer resp.Body.Close()
	if resp.StatusCode < 200 || resp.StatusCode > 299 {
		return nil, "", model.Errorf(model.EINVALID, "HTTP %s", resp.Status)
	}
	if resp.ContentLength > opt.maxBytes() {
		return nil, "", model.Errorf(model.ETOOLARGE, "%d bytes is over the %d-byte limit (raise --max-bytes)", resp.ContentLength, opt.maxBytes())
	}
	raw, err := readCapped(resp.Body, opt.maxBytes())
	if err != nil {
		if errors.Is(err, context.DeadlineExceeded) || os.IsTimeout(err) {
			return nil, "", model.Errorf(model.EINVALID, "timed out after %s reading the body", opt.timeout())
		}
		return nil, "", err
	}
	return raw, resp.Header.Get("Content-Type"), nil
}

// fetchReason turns a transport error into a short reason.
func fetchReason(err error, opt Options) error {
	var me *model.Error
	switch {
	case errors.As(err, &me):
		return me
	case errors.Is(err, context.DeadlineExceeded), os.IsTimeout(err):
		return model.Errorf(model.EINVALID, "timed out after %s", opt.timeout())
	}
	return model.Errorf(model.EINVALID, "fetch failed: %v", err)
}

// httpClient returns opt.Client or a client whose dialer enforces the
// address policy on every connection, redirects included.
func httpClient(opt Options) *http.Client {
	if opt.Client != nil {
		return opt.Client
	}
	dialer := &net.Dialer{
		Timeout: 10 * time.Second,
		Control: addressPolicy(opt.AllowPrivate),
	}
	tr := &http.Transport{
		Proxy:                 nil,
		DialContext:           dialer.DialContext,
		TLSHandshakeTimeout:   10 * time.Second,
		ResponseHeaderTimeout: opt.timeout(),
		MaxIdleConnsPerHost:   4,
	}
	return &http.Client{
		Transport: tr,
		CheckRedirect: func(req *http.Request, via []*http.Request) error {
			if len(via) >= 5 {
				return model.Errorf(model.EINVALID, "too many redirects")
			}
			return nil
		},
	}
}

// addressPolicy returns a dialer Control func that refuses loopback,
// private, link-local, unspecified and multicast addresses unless allowed.
// It runs after DNS resolution, on the address actually dialled.
func addressPolicy(allowPrivate bool) func(network, address string, c syscall.RawConn) error {
	return func(network, address string, c syscall.RawConn) error {
		if allowPrivate {
			return nil
		}
		host, _, err := net.SplitHostPort(address)
		if err != nil {
			return fmt.Errorf("address policy: %w", err)
		}
		ip, err := netip.ParseAddr(host)
		if err != nil {
			return fmt.Errorf("address policy: %w", err)
		}
		if blockedAddr(ip) {
			return model.Errorf(model.EINVALID, "refused to connect to non-public address %s (use --allow-private)", ip)
		}
		return nil
	}
}

// blockedAddr reports whether ip is not a public unicast address.
func blockedAddr(ip netip.Addr) bool {
	ip = ip.Unmap()
	return ip.IsLoopback() || ip.IsPrivate() || ip.IsLinkLocalUnicast() || ip.IsLinkLocalMulticast() ||
		ip.IsUnspecified() || ip.IsMulticast() || ip.IsInterfaceLocalMulticast() ||
		cgnat.Contains(ip)
}

var cgnat = netip.MustParsePrefix("100.64.0.0/10")
