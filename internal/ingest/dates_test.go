package ingest

import (
	"net/netip"
	"testing"
	"time"
)

func TestParseDate(t *testing.T) {
	tests := []struct{ in, want string }{
		{"03/11/2012", "2012-03-11"},
		{"3/1/2012", "2012-03-01"},
		{"25/12/2019", "2019-12-25"},
		{"25.12.2019", "2019-12-25"},
		{"2021-08-26", "2021-08-26"},
		{"2021-08-26T10:11:12Z", "2021-08-26"},
		{"2021-08", "2021-08"},
		{"2021", "2021"},
		{"2021/08/26", "2021-08-26"},
		{"Thu, 26 Aug 2021 10:00:00 GMT", "2021-08-26"},
		{"Thu, 26 Aug 2021 10:00:00 +0200", "2021-08-26"},
		{"August 26, 2021", "2021-08-26"},
		{"Friday, December 8, 2023", "2023-12-08"},
		{"26 August 2021", "2021-08-26"},
		{"26th of August, 2021", "2021-08-26"},
		{"Sept. 3, 2020", "2020-09-03"},
		{"August 2021", "2021-08"},
		{"", ""},
		{"not a date", ""},
		{"02/30/2020", ""},
	}
	for _, tt := range tests {
		got, ok := ParseDate(tt.in)
		if got.String() != tt.want || ok != (tt.want != "") {
			t.Errorf("ParseDate(%q) = %q, %v; want %q", tt.in, got, ok, tt.want)
		}
	}
}

func TestLatestMentionedDate(t *testing.T) {
	now := time.Date(2025, 1, 1, 0, 0, 0, 0, time.UTC)
	tests := []struct{ text, want string }{
		{"Attacks fell between January 2022 and April 2024, and in 2023 too.", "2024-04"},
		{"The group had 3000 fighters in 2019 and 2000 fighters later.", "2019"},
		{"In the 1990s and on 4 May 2001.", "2001-05-04"},
		{"It will end in 2031.", ""},
		{"No dates here.", ""},
		{"They paid $2,021 in 2015.", "2015"},
	}
	for _, tt := range tests {
		if got := LatestMentionedDate(tt.text, now).String(); got != tt.want {
			t.Errorf("LatestMentionedDate(%q) = %q, want %q", tt.text, got, tt.want)
		}
	}
}

func TestBlockedAddr(t *testing.T) {
	for _, s := range []string{"127.0.0.1", "10.1.2.3", "192.168.0.1", "172.16.5.4", "169.254.169.254", "::1", "fe80::1", "0.0.0.0", "100.64.0.1", "::ffff:127.0.0.1", "fc00::1"} {
		if !blockedAddr(netip.MustParseAddr(s)) {
			t.Errorf("%s not blocked", s)
		}
	}
	for _, s := range []string{"93.184.216.34", "2606:4700::1111", "8.8.8.8"} {
		if blockedAddr(netip.MustParseAddr(s)) {
			t.Errorf("%s blocked", s)
		}
	}
}
