package scan

import (
	"strings"
	"testing"
)

func TestLower(t *testing.T) {
	vocab := NewWords(map[string]bool{"sixty": true})
	for in, want := range map[string]string{
		"sixty": "sixty", "Sixty": "sixty", "SIXTY": "sixty",
		"Kabul": "Kabul", "ÜBER": "über", "Averyveryverylongword": "Averyveryverylongword",
	} {
		if got := Lower(in, vocab); got != want {
			t.Errorf("Lower(%q) = %q, want %q", in, got, want)
		}
	}
}

func TestWordsHas(t *testing.T) {
	ws := NewWords(map[string]int{"may": 5, "june": 6}, map[string]int{"": 0, "a": 1})
	for w, want := range map[string]bool{"may": true, "june": true, "a": true, "": false, "mar": false,
		"jun": false, "May": false, "mayday": false, "b": false} {
		if got := ws.Has(w); got != want {
			t.Errorf("Has(%q) = %v, want %v", w, got, want)
		}
	}
}

func TestChunkEnd(t *testing.T) {
	short := "a short text"
	if got := ChunkEnd(short, 0); got != len(short) {
		t.Errorf("short text: ChunkEnd = %d, want %d", got, len(short))
	}
	long := strings.Repeat("word ", ChunkSize) // 5 × ChunkSize bytes
	end := ChunkEnd(long, 0)
	if end < ChunkSize || end > 2*ChunkSize || long[end-1] != ' ' {
		t.Errorf("long text: ChunkEnd = %d, want just after a space past %d", end, ChunkSize)
	}
	noBreak := strings.Repeat("x", 3*ChunkSize)
	if got := ChunkEnd(noBreak, 0); got != 2*ChunkSize {
		t.Errorf("unbroken text: ChunkEnd = %d, want %d", got, 2*ChunkSize)
	}
}
