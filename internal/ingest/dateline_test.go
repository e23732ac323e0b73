package ingest

import "testing"

func TestDateLineShapes(t *testing.T) {
	for s, want := range map[string]bool{
		"Friday, December 8, 2023": true, "August 26, 2021": true, "Thursday 26 August 2021 10.45 BST": true,
		"26/08/2021": true, "2021-08-26": true, "Published 26 August 2021": true, "Updated 3 hours ago": true,
		"Kabul airport attack, August 2021": false, "ISIS-K attack in May 2021 kills dozens": false, "Matthias von Hein": false,
	} {
		if got := isDateLine(s); got != want {
			t.Errorf("isDateLine(%q) = %v", s, got)
		}
	}
}
