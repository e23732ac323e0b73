package norm

import (
	"strings"
	"testing"
)

func TestKey(t *testing.T) {
	cases := []struct{ in, want string }{
		{"Jalālābād", "jalalabad"},
		{"The Tora-Bora", "tora bora"},
		{"Al-Qa'ida in the Arabian Peninsula", "al qaida in the arabian peninsula"},
		{"Ta‘izz", "taizz"},
		{"Kabul's airport", "kabul s airport"},
		{"U.S.", "u s"},
		{"Jammu & Kashmir", "jammu and kashmir"},
		{"Şanlıurfa", "sanliurfa"},
		{"Côte d'Ivoire", "cote divoire"},
		{"Ḩişah-ye Awal-e Kōhistān", "hisah ye awal e kohistan"},
		{"  ", ""},
	}
	for _, c := range cases {
		if got := Key(c.in); got != c.want {
			t.Errorf("Key(%q) = %q, want %q", c.in, got, c.want)
		}
	}
}

func TestTokensOffsetsAndCase(t *testing.T) {
	text := "ISIS-K struck Jalālābād’s market; IS is here."
	var got []string
	Tokens(text, func(tk Token) bool {
		flag := ""
		if tk.AllUpper {
			flag = "!"
		} else if tk.Upper {
			flag = "^"
		}
		got = append(got, text[tk.Start:tk.End]+"="+string(tk.Folded)+flag)
		return true
	})
	want := "ISIS=isis! K=k^ struck=struck Jalālābād=jalalabad^ s=s market=market IS=is! is=is here=here"
	if g := strings.Join(got, " "); g != want {
		t.Errorf("tokens:\n got %s\nwant %s", g, want)
	}
}

func TestTokenHash(t *testing.T) {
	Tokens("Jalālābād’s ISIS-K & Ta‘izz 2021", func(tk Token) bool {
		if tk.Hash != Hash(tk.Folded) {
			t.Errorf("token %q: Hash %d, want %d", tk.Folded, tk.Hash, Hash(tk.Folded))
		}
		return true
	})
}
