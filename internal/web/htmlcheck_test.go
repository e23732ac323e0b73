package web_test

import (
	"fmt"
	"io"
	"strings"

	"golang.org/x/net/html"
)

// voidTags never have an end tag.
var voidTags = map[string]bool{"area": true, "base": true, "br": true, "col": true, "embed": true, "hr": true,
	"img": true, "input": true, "link": true, "meta": true, "source": true, "track": true, "wbr": true}

// checkHTML reports the first unclosed, stray or mismatched tag and any
// duplicate id in a page.
func checkHTML(page string) error {
	z := html.NewTokenizer(strings.NewReader(page))
	var stack []string
	ids := map[string]bool{}
	for {
		tt := z.Next()
		switch tt {
		case html.ErrorToken:
			if z.Err() != io.EOF {
				return z.Err()
			}
			if len(stack) > 0 {
				return fmt.Errorf("unclosed tags at end: %v", stack)
			}
			return nil
		case html.StartTagToken:
			tok := z.Token()
			for _, a := range tok.Attr {
				if a.Key == "id" {
					if ids[a.Val] {
						return fmt.Errorf("duplicate id %q", a.Val)
					}
					ids[a.Val] = true
				}
			}
			if !voidTags[tok.Data] {
				stack = append(stack, tok.Data)
			}
		case html.EndTagToken:
			name, _ := z.TagName()
			n := string(name)
			if len(stack) == 0 || stack[len(stack)-1] != n {
				return fmt.Errorf("end tag </%s> does not close the open element (open: %v)", n, stack)
			}
			stack = stack[:len(stack)-1]
		}
	}
}
