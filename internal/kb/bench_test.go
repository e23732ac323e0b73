package kb

import (
	"fmt"
	"testing"

	"dossier/internal/model"
)

// synthetic returns n documents in the shape of the fixtures, spread over
// months and places so that incidents neither all merge nor all differ.
func synthetic(n int) Input {
	var in Input
	for i := 0; i < n; i++ {
		f := fixtures()[i%3]
		id := fmt.Sprintf("s%05d", i)
		x := *f.x
		x.Events = append([]model.ExtractedEvent(nil), f.x.Events...)
		for j := range x.Events {
			if !x.Events[j].Date.IsZero() {
				x.Events[j].Date = model.MonthDate(2000+i%20, 1+i%12)
			}
		}
		in.Docs = append(in.Docs, Doc{ID: id, Name: id + ".txt", Source: fmt.Sprintf("src%d", i%17)})
		in.Claims = append(in.Claims, Claims(id, &x, "bench")...)
	}
	return in
}

func BenchmarkBuild1000(b *testing.B) {
	in := synthetic(1000)
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		Build(in)
	}
}

func BenchmarkClaims(b *testing.B) {
	f := fixtures()[0]
	for i := 0; i < b.N; i++ {
		Claims("d", f.x, "bench")
	}
}
