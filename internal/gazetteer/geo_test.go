package gazetteer

import (
	"fmt"
	"testing"
)

func fmtKm(d float64) string { return fmt.Sprintf("%.0f km", d) }

func TestContainsAndCoord(t *testing.T) {
	g := Default()
	jal := g.Lookup("Jalalabad")
	if len(jal) == 0 || jal[0].Country != "AF" {
		t.Fatalf("Lookup(Jalalabad) = %v, want the Afghan city first", jal)
	}
	for _, c := range []struct {
		container, place string
		want             bool
	}{
		{"AF", jal[0].ID, true},
		{"AF.18", jal[0].ID, true},
		{"AF.34", jal[0].ID, false},
		{"PK", jal[0].ID, false},
		{"reg:khorasan", jal[0].ID, true},
		{"AF", "AF.18", true},
	} {
		if got := g.Contains(c.container, c.place); got != c.want {
			t.Errorf("Contains(%s, %s) = %v, want %v", c.container, c.place, got, c.want)
		}
	}
	if c := g.Country("XK"); c == nil || !c.HasCoord {
		t.Errorf("Country(XK) = %v, want Kosovo with coordinates", c)
	}
	if p := g.Parent(g.Get("site:hkia")); p == nil || p.Name != "Kabul" || p.Country != "AF" {
		t.Errorf("Parent(Kabul airport) = %v, want Kabul", p)
	}
	if p := g.Parent(g.Get("AF.18")); p == nil || p.ID != "AF" {
		t.Errorf("Parent(Nangarhar) = %v, want Afghanistan", p)
	}
	if n := g.Nearest(34.43, 70.45, 20); n == nil || n.ID != jal[0].ID {
		t.Errorf("Nearest(Jalalabad's coordinates) = %v", n)
	}
}

func TestCuratedTablesResolve(t *testing.T) {
	g := Default()
	for _, w := range g.Warnings() {
		t.Error(w)
	}
}
