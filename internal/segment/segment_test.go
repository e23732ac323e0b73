package segment

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
)

func texts(ss []Sentence) []string {
	out := make([]string, len(ss))
	for i, s := range ss {
		out[i] = s.Text
	}
	return out
}

func TestSentences(t *testing.T) {
	tests := []struct {
		name string
		in   string
		want []string
	}{
		{"simple", "The convoy left at dawn. It reached the border by noon!",
			[]string{"The convoy left at dawn.", "It reached the border by noon!"}},
		{"titles", "Gen. Tariq Noor met Lt. Col. Hana Reyes and Dr. Amin in St. Louis. Mr. Noor spoke first.",
			[]string{"Gen. Tariq Noor met Lt. Col. Hana Reyes and Dr. Amin in St. Louis.", "Mr. Noor spoke first."}},
		{"acronym mid", "The U.S. Treasury and the U.N. Security Council acted.",
			[]string{"The U.S. Treasury and the U.N. Security Council acted."}},
		{"acronym end", "Aid was pledged by the U.S. The money arrived late.",
			[]string{"Aid was pledged by the U.S.", "The money arrived late."}},
		{"initial", "The report by J. Smith and K. L. Brown was cited.",
			[]string{"The report by J. Smith and K. L. Brown was cited."}},
		{"eg ie incl", "Some arms, e.g. rifles, i.e. light weapons, incl. Kalashnikovs, were seized.",
			[]string{"Some arms, e.g. rifles, i.e. light weapons, incl. Kalashnikovs, were seized."}},
		{"month abbr", "The raid on Jan. 5 and Feb. 12 failed. Sept. 3 was calm.",
			[]string{"The raid on Jan. 5 and Feb. 12 failed.", "Sept. 3 was calm."}},
		{"number abbr", "Resolution No. 2253 applies. No. The vote failed.",
			[]string{"Resolution No. 2253 applies.", "No.", "The vote failed."}},
		{"decimals", "Losses rose 2.5 percent to 1.5 million. Then they fell.",
			[]string{"Losses rose 2.5 percent to 1.5 million.", "Then they fell."}},
		{"quote continues", "\"We will return.\" he said. \"Soon!\" she added.",
			[]string{"\"We will return.\" he said.", "\"Soon!\" she added."}},
		{"quote ends", "He said: “We will return.” The crowd left.",
			[]string{"He said: “We will return.”", "The crowd left."}},
		{"ellipsis", "They waited... and waited. Nothing came… Then rain.",
			[]string{"They waited... and waited.", "Nothing came…", "Then rain."}},
		{"lower after period", "It cost 5 p.m. prices and more. The end.",
			[]string{"It cost 5 p.m. prices and more.", "The end."}},
		{"pm boundary", "The blast came at 5 p.m. The police arrived later.",
			[]string{"The blast came at 5 p.m.", "The police arrived later."}},
		{"list numbers", "1. First item here. 2. Second item here.",
			[]string{"1. First item here.", "2. Second item here."}},
		{"al names", "The leader al-Masri fled. Abu Omar al-Shami stayed.",
			[]string{"The leader al-Masri fled.", "Abu Omar al-Shami stayed."}},
		{"title lines", "Militants Storm Border Post\nBy Sara Okafor\n\nThe attack began at night.\n",
			[]string{"Militants Storm Border Post", "By Sara Okafor", "The attack began at night."}},
		{"wrapped line", "The attack began at night and\nlasted until the morning.",
			[]string{"The attack began at night and\nlasted until the morning."}},
		{"bullets", "• Five killed in the north\n• Two wounded in the south\n",
			[]string{"• Five killed in the north", "• Two wounded in the south"}},
		{"question", "Who leads the group? Nobody knows.",
			[]string{"Who leads the group?", "Nobody knows."}},
		{"nbsp", "\u00a0 It ended.\u00a0 Again it began.\u00a0",
			[]string{"It ended.", "Again it began."}},
		{"empty", " \n\n\t ", nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := Sentences(tt.in)
			g := texts(got)
			if strings.Join(g, "|") != strings.Join(tt.want, "|") || len(g) != len(tt.want) {
				t.Errorf("got %q\nwant %q", g, tt.want)
			}
			checkOffsets(t, tt.in, got)
		})
	}
}

func TestParagraphs(t *testing.T) {
	in := "Title Line\n\nOne. Two.\nThree.\n\nFour."
	got := Sentences(in)
	var paras []int
	for _, s := range got {
		paras = append(paras, s.Para)
	}
	want := []int{0, 1, 1, 2, 3}
	if len(paras) != len(want) {
		t.Fatalf("got %v want %v (%q)", paras, want, texts(got))
	}
	for i := range want {
		if paras[i] != want[i] {
			t.Fatalf("got %v want %v (%q)", paras, want, texts(got))
		}
	}
}

func checkOffsets(t *testing.T, text string, ss []Sentence) {
	t.Helper()
	prev := 0
	for _, s := range ss {
		if s.Start < prev || s.End <= s.Start || s.End > len(text) {
			t.Fatalf("bad span %d-%d", s.Start, s.End)
		}
		if text[s.Start:s.End] != s.Text || strings.TrimSpace(s.Text) != s.Text {
			t.Fatalf("text mismatch %q", s.Text)
		}
		prev = s.End
	}
}

func TestSeedsOffsets(t *testing.T) {
	dir := filepath.Join("..", "..", "..", "shared", "corpus", "seeds")
	files, _ := filepath.Glob(filepath.Join(dir, "*.txt"))
	if len(files) == 0 {
		t.Skip("../shared corpus absent")
	}
	for _, f := range files {
		b, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		ss := Sentences(string(b))
		if len(ss) < 10 {
			t.Errorf("%s: only %d sentences", f, len(ss))
		}
		checkOffsets(t, string(b), ss)
		for _, s := range ss {
			if strings.Contains(s.Text, "\n\n") {
				t.Errorf("%s: sentence spans a blank line: %q", f, s.Text)
			}
		}
	}
}

func TestTokens(t *testing.T) {
	tests := []struct {
		in   string
		want []string
	}{
		{"ISIS-K’s 1,500 fighters (U.S. estimate).",
			[]string{"ISIS-K", "’s", "1,500", "fighters", "(", "U.S.", "estimate", ")", "."}},
		{"Gen. Noor don't 1.5m, 12,34 x...",
			[]string{"Gen.", "Noor", "don't", "1.5m", ",", "12", ",", "34", "x", "..."}},
		{"Tehrik-i-Taliban Pakistan's J. Smith", []string{"Tehrik-i-Taliban", "Pakistan", "'s", "J.", "Smith"}},
		{"", nil},
	}
	for _, tt := range tests {
		var got []string
		for _, tok := range Tokens(tt.in) {
			got = append(got, tt.in[tok.Start:tok.End])
		}
		if strings.Join(got, "|") != strings.Join(tt.want, "|") {
			t.Errorf("Tokens(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
}

func FuzzSentences(f *testing.F) {
	f.Add("A. B.\n\nC? “D.” e… F")
	f.Fuzz(func(t *testing.T, s string) {
		checkOffsets(t, s, Sentences(s))
		for _, tok := range Tokens(s) {
			if tok.Start >= tok.End || tok.End > len(s) {
				t.Fatalf("bad token")
			}
		}
	})
}

func benchText(b *testing.B) string {
	dir := filepath.Join("..", "..", "..", "shared", "corpus", "seeds")
	files, _ := filepath.Glob(filepath.Join(dir, "*.txt"))
	var sb strings.Builder
	for _, f := range files {
		data, _ := os.ReadFile(f)
		sb.Write(data)
		sb.WriteString("\n\n")
	}
	if sb.Len() == 0 {
		sb.WriteString(strings.Repeat("Gen. Noor said the U.S. had 1,500 troops there. Nobody knew.\n\n", 500))
	}
	return sb.String()
}

func BenchmarkSentences(b *testing.B) {
	text := benchText(b)
	b.SetBytes(int64(len(text)))
	for b.Loop() {
		Sentences(text)
	}
}

func BenchmarkTokens(b *testing.B) {
	text := benchText(b)
	b.SetBytes(int64(len(text)))
	for b.Loop() {
		Tokens(text)
	}
}
