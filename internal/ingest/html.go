package ingest

import (
	"bytes"
	"net/url"
	"strings"
	"time"

	readability "github.com/go-shiori/go-readability"
	htmldate "github.com/markusmobius/go-htmldate"
	trafilatura "github.com/markusmobius/go-trafilatura"
	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"

	"dossier/internal/model"
)

// minHTMLText is the text length under which trafilatura's result is
// taken as a failure and readability is tried.
const minHTMLText = 200

// convertHTML extracts an HTML page's main text with go-trafilatura
// (go-readability as fallback), keeping paragraph boundaries, and its
// title, author, site name and publication date (go-htmldate, fast mode).
func convertHTML(name string, raw []byte, opt Options) (*model.Document, error) {
	if looksBinary(raw) {
		return nil, model.Errorf(model.EINVALID, "binary content, not HTML")
	}
	now := opt.now()
	var pageURL *url.URL
	if isURL(name) {
		pageURL, _ = url.Parse(name)
	}
	d := newDocument(name, FormatHTML, raw, opt)
	paras := trafilaturaParas(raw, pageURL, now, d)
	if len(strings.Join(paras, " ")) < minHTMLText {
		if alt := readabilityParas(raw, pageURL, d); len(strings.Join(alt, " ")) > len(strings.Join(paras, " ")) {
			paras = alt
		}
	}
	if len(paras) == 0 {
		return nil, model.Errorf(model.EINVALID, "HTML with no article text")
	}
	paras, captions := withCaptions(paras, pageCaptions(raw))
	c := cleanParagraphs(d.Title, paras, captions)
	if !c.hasContent() {
		return nil, model.Errorf(model.EINVALID, "HTML with no article text")
	}
	c.fill(d, now)
	return d, nil
}

// trafilaturaParas runs go-trafilatura and fills d's metadata.
func trafilaturaParas(raw []byte, pageURL *url.URL, now time.Time, d *model.Document) []string {
	res, err := trafilatura.Extract(bytes.NewReader(raw), trafilatura.Options{
		OriginalURL:     pageURL,
		ExcludeComments: true,
		HtmlDateOptions: &htmldate.Options{SkipExtensiveSearch: true, UseOriginalDate: true, MaxDate: now},
	})
	if err != nil || res == nil {
		return nil
	}
	m := res.Metadata
	d.Title, d.Author, d.Source = strings.TrimSpace(m.Title), strings.TrimSpace(m.Author), strings.TrimSpace(m.Sitename)
	if _, isDate := ParseDate(d.Source); d.Source == "" || isDate || len(d.Source) > 80 {
		d.Source = m.Hostname // trafilatura's site name is a hint: it can be a date or a headline
	}
	if m.URL != "" {
		d.URL = m.URL
	}
	if !m.Date.IsZero() && !m.Date.After(now) {
		d.Published = model.FromTime(m.Date)
	}
	return nodeParagraphs(res.ContentNode)
}

// readabilityParas runs go-readability and fills metadata d lacks.
func readabilityParas(raw []byte, pageURL *url.URL, d *model.Document) []string {
	if pageURL == nil {
		pageURL = &url.URL{Scheme: "https", Host: "localhost", Path: "/"}
	}
	art, err := readability.FromReader(bytes.NewReader(raw), pageURL)
	if err != nil || art.Node == nil {
		return nil
	}
	if d.Title == "" {
		d.Title = strings.TrimSpace(art.Title)
	}
	if d.Author == "" {
		d.Author = strings.TrimSpace(art.Byline)
	}
	if d.Source == "" {
		d.Source = art.SiteName
	}
	if d.Published.IsZero() && art.PublishedTime != nil {
		d.Published = model.FromTime(*art.PublishedTime)
	}
	return nodeParagraphs(art.Node)
}

// blockTags are elements that start a new paragraph.
var blockTags = map[string]bool{
	"p": true, "div": true, "h1": true, "h2": true, "h3": true, "h4": true, "h5": true, "h6": true,
	"li": true, "blockquote": true, "pre": true, "figcaption": true, "figure": true, "section": true,
	"article": true, "header": true, "footer": true, "tr": true, "td": true, "th": true, "table": true,
	"ul": true, "ol": true, "dl": true, "dt": true, "dd": true, "br": true, "hr": true, "main": true,
	"aside": true, "nav": true, "caption": true, "head": true, "lb": true, "list": true, "item": true,
	"quote": true, "graphic": true, "row": true, "cell": true,
}

// skipTags are elements whose text is never article text.
var skipTags = map[string]bool{"script": true, "style": true, "noscript": true, "template": true, "svg": true, "button": true, "form": true}

// nodeParagraphs returns the text of n as paragraphs: one per block-level
// element, whitespace inside each collapsed.
func nodeParagraphs(n *html.Node) []string {
	if n == nil {
		return nil
	}
	var paras []string
	var buf strings.Builder
	flush := func() {
		if s := strings.Join(strings.Fields(buf.String()), " "); s != "" {
			paras = append(paras, s)
		}
		buf.Reset()
	}
	var walk func(*html.Node)
	walk = func(n *html.Node) {
		switch n.Type {
		case html.TextNode:
			buf.WriteString(n.Data)
			return
		case html.ElementNode:
			if skipTags[n.Data] {
				return
			}
		}
		block := n.Type == html.ElementNode && blockTags[n.Data]
		if block {
			flush()
		}
		for ch := n.FirstChild; ch != nil; ch = ch.NextSibling {
			walk(ch)
		}
		if block {
			flush()
		}
	}
	walk(n)
	flush()
	return paras
}

// cleanParagraphs applies the body rules of page captures (credits,
// captions, sharing and related blocks) to extracted paragraphs, marks the
// paragraphs listed in captions as captions, and puts the title first.
func cleanParagraphs(title string, paras []string, captions map[int]bool) *capture {
	var ls []pline
	for i, p := range paras {
		for _, l := range splitLines(p) {
			l.para = i
			if captions[i] {
				l.kind = model.BlockCaption
			}
			ls = append(ls, l)
		}
	}
	c := &capture{title: strings.TrimSpace(title)}
	c.credits = takeCredits(ls)
	c.body(ls, 0)
	if c.title != "" {
		ls = append([]pline{{text: c.title, kind: model.BlockTitle, para: -1}}, ls...)
	}
	c.assemble(ls)
	return c
}

// fragmentParagraphs returns the paragraphs of an HTML fragment (a feed
// entry's content).
func fragmentParagraphs(s string) []string {
	if !strings.Contains(s, "<") {
		return []string{strings.Join(strings.Fields(s), " ")}
	}
	nodes, err := html.ParseFragment(strings.NewReader(s), &html.Node{Type: html.ElementNode, Data: "div", DataAtom: atom.Div})
	if err != nil {
		return nil
	}
	var paras []string
	for _, n := range nodes {
		paras = append(paras, nodeParagraphs(n)...)
	}
	return paras
}
