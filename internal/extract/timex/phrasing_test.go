package timex

import (
	"strings"
	"testing"
)

// TestPhrasing covers date wording as news reports and incident summaries
// write it (our own sentences).
func TestPhrasing(t *testing.T) {
	tests := []struct {
		ref  string
		in   string
		want []string
	}{
		{"2019-07-02", "Clashes on 12-14 June and again on June 20-22, 2018.", []string{"12-14 June=2019-06-12..2019-06-14 rel", "June 20-22, 2018=2018-06-20..2018-06-22"}},
		{"2019-07-02", "Fighting between 3 and 5 May and from 8 to 9 May.", []string{"between 3 and 5 May=2019-05-03..2019-05-05 rel", "from 8 to 9 May=2019-05-08..2019-05-09 rel"}},
		{"2019-07-02", "Early Monday, gunmen stormed a checkpoint; late Sunday a bomb went off.", []string{"Monday=2019-07-01 rel", "Sunday=2019-06-30 rel"}},
		{"2019-07-02", "In the early hours of Saturday and overnight into Sunday.", []string{"Saturday=2019-06-29 rel", "Sunday=2019-06-30 rel"}},
		{"2019-07-02", "Monday 24 June 2019 and Wed., June 26.", []string{"Monday 24 June 2019=2019-06-24", "June 26=2019-06-26 rel"}},
		{"2019-07-02", "in mid-June, at the end of May and in late 2018", []string{"mid-June=2019-06 rel mid", "the end of May=2019-05 rel late", "late 2018=2018 late"}},
		{"2019-07-02", "Sunday's bombing and last week's raid", []string{"Sunday=2019-06-30 rel", "last week=2019-06 rel"}},
		{"2019-07-02", "The 2015 attack, a 2019 UN report and the group's 2014 split.", []string{"2015=2015", "2019=2019", "2014=2014"}},
		{"2019-07-02", "On 5 May a bomb exploded. Later in the day a second device went off; the previous week had been calm.", []string{
			"5 May=2019-05-05 rel", "Later in the day=2019-05-05 ana[0 0 0]", "the previous week=2019-04-28 ana[0 0 -7]"}},
		{"2019-07-02", "The attack came a week after the election and a day before the talks.", []string{"a week after= ana[0 0 7]", "a day before= ana[0 0 -1]"}},
		{"2019-07-02", "The campaign of 2016–17 and the FY2018 budget.", []string{"2016–17=2016..2017"}},
		{"2019-07-02", "The 9/11 attacks; a 24/7 watch; a 3-2 vote.", nil},
		{"2019-07-02", "Troops killed 1,990 fighters and 2019 recruits were trained.", nil},
		{"2019-07-02", "June Carter and April Ryan met Augusta May on Labour Day.", nil},
		{"2019-07-02", "In the first four months of 2019, the second half of 2018, the third quarter of 2017 and the last two months of 2016.", []string{
			"the first four months of 2019=2019-01..2019-04", "the second half of 2018=2018-07..2018-12",
			"the third quarter of 2017=2017-07..2017-09", "the last two months of 2016=2016-11..2016-12"}},
		{"2019-07-02", "the first of many and the last half of the match", nil},
	}
	for _, tt := range tests {
		ref := mustDate(t, tt.ref)
		var got []string
		for _, e := range Find(tt.in, ref) {
			got = append(got, render(e))
		}
		if strings.Join(got, " | ") != strings.Join(tt.want, " | ") {
			t.Errorf("Find(%q, %s)\n got %q\nwant %q", tt.in, tt.ref, got, tt.want)
		}
	}
}
