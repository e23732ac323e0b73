package ingest

import (
	"bytes"
	"strings"

	"golang.org/x/net/html"
)

// figCaption is a photo caption of an HTML page and the text of the
// paragraph that precedes it in the page.
type figCaption struct {
	after, text string
}

// pageCaptions returns the <figcaption> texts of an HTML page with the
// paragraph before each. Main-text extractors drop figures; the captions
// are put back after that paragraph when it was extracted (so captions of
// sidebars and teasers, whose paragraphs were not, stay out).
func pageCaptions(raw []byte) []figCaption {
	if !bytes.Contains(raw, []byte("figcaption")) {
		return nil
	}
	doc, err := html.Parse(bytes.NewReader(raw))
	if err != nil {
		return nil
	}
	var out []figCaption
	last := ""
	var walk func(*html.Node)
	walk = func(n *html.Node) {
		if n.Type == html.ElementNode {
			switch n.Data {
			case "p":
				last = strings.Join(nodeParagraphs(n), " ")
				return
			case "figcaption":
				if t := strings.Join(nodeParagraphs(n), " "); t != "" {
					out = append(out, figCaption{after: last, text: t})
				}
				return
			}
		}
		for ch := n.FirstChild; ch != nil; ch = ch.NextSibling {
			walk(ch)
		}
	}
	walk(doc)
	return out
}

// withCaptions inserts each caption after its paragraph in paras and
// returns the paragraphs and which of them are captions.
func withCaptions(paras []string, caps []figCaption) ([]string, map[int]bool) {
	if len(caps) == 0 {
		return paras, nil
	}
	byAfter := map[string][]string{}
	for _, c := range caps {
		if c.after != "" {
			byAfter[c.after] = append(byAfter[c.after], c.text)
		}
	}
	have := map[string]bool{}
	for _, p := range paras {
		have[p] = true
	}
	var out []string
	isCap := map[int]bool{}
	for _, p := range paras {
		out = append(out, p)
		for _, c := range byAfter[p] {
			if !have[c] {
				isCap[len(out)] = true
				out = append(out, c)
				have[c] = true
			}
		}
	}
	return out, isCap
}
