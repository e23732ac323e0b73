package numbers

import (
	"strings"
	"testing"
)

// TestPhrasing covers casualty and strength wording as news reports and
// incident summaries write it (our own sentences).
func TestPhrasing(t *testing.T) {
	tests := []struct {
		in   string
		want []string
	}{
		{"The blast killed 13 soldiers and around 170 civilians.", []string{"13=13..13", "around 170=170..170 ~"}},
		{"Gunmen killed four and wounded a dozen or so others.", []string{"four=4..4", "a dozen or so=12..12 ~"}},
		{"Nearly two dozen police were hurt; more than a dozen died.", []string{"Nearly two dozen=_..24 ~", "more than a dozen=13.._"}},
		{"At least 1-2 bombers took part.", []string{"At least 1-2=1..2"}},
		{"One or two shots were fired and one soldier died.", []string{"One or two=1..2", "one=1..1"}},
		{"Fighting between 12 and 14 June left 30 dead.", []string{"30=30..30"}},
		{"The group, some 2,500-strong, has 40-odd commanders.", []string{"some 2,500=2500..2500 ~", "40-odd=40.._"}},
		{"Officials said it cost Rs 5 crore and $1.2bn in all.", []string{"5 crore=5e+07..5e+07", "$1.2bn=1.2e+09..1.2e+09 $"}},
		{"Attacks rose by 35 per cent, nearly threefold since 2019.", []string{"35 per cent=35..35 %", "nearly threefold=_..3 ~ x"}},
		{"A 25-year-old man and a 9mm pistol were found.", []string{"25=25..25"}},
		{"It is one of the deadliest groups; the one that struck.", []string{"one=1..1 oneof"}},
		{"No one claimed the 2 a.m. attack, the third in a week.", nil},
		{"Police arrested twenty one suspects.", []string{"twenty one=21..21"}},
		{"The toll stood at 1,024 by day 3 of the siege.", []string{"1,024=1024..1024", "3=3..3"}},
		{"They numbered in the low thousands, perhaps 3,000.", []string{"thousands=2000.._ vague", "perhaps 3,000=3000..3000 ~"}},
		{"About 1,50,000 people fled; 12,34 is not a number; 2,500.5 is.", []string{"About 1,50,000=150000..150000 ~", "2,500.5=2500.5..2500.5"}},
	}
	for _, tt := range tests {
		var got []string
		for _, q := range Find(tt.in) {
			got = append(got, show(q))
		}
		if strings.Join(got, " | ") != strings.Join(tt.want, " | ") {
			t.Errorf("Find(%q)\n got %q\nwant %q", tt.in, got, tt.want)
		}
	}
}
