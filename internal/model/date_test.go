package model

import (
	"encoding/json"
	"testing"
)

func TestDateRoundTrip(t *testing.T) {
	for _, s := range []string{"2021", "2021-08", "2021-08-26"} {
		d, err := ParseDate(s)
		if err != nil {
			t.Fatalf("ParseDate(%q): %v", s, err)
		}
		if got := d.String(); got != s {
			t.Errorf("ParseDate(%q).String() = %q", s, got)
		}
		b, _ := json.Marshal(d)
		var back Date
		if err := json.Unmarshal(b, &back); err != nil || back != d {
			t.Errorf("json round trip of %q: got %v, %v", s, back, err)
		}
	}
	if b, _ := json.Marshal(Date{}); string(b) != "null" {
		t.Errorf("zero date marshals to %s, want null", b)
	}
	for _, bad := range []string{"2021-13", "20x1", "2021-01-02-03"} {
		if _, err := ParseDate(bad); err == nil {
			t.Errorf("ParseDate(%q) succeeded, want error", bad)
		}
	}
}

func TestDateCompatible(t *testing.T) {
	a, b := DayDate(2021, 8, 26), MonthDate(2021, 8)
	if !a.Compatible(b) || a.Compatible(MonthDate(2021, 5)) || a.Compatible(Date{}) {
		t.Error("Compatible disagrees with coarser-precision equality")
	}
}
