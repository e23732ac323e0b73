// Package numbers finds number expressions in text ("more than sixty",
// "between 500 and 1,500", "dozens of", "1.5 million", "three times", "94%")
// and turns them into bounds. Pure; stdlib and model only.
package numbers

// Quantity is one number expression [Start, End) of the text.
type Quantity struct {
	Start, End int
	Text       string
	// Value is the head number (for a range, its lower end).
	Value float64
	// Min and Max are the bounds the wording implies: "at least 190" →
	// 190/nil, "more than sixty" → 61/nil, "up to 30" → nil/30, "between 500
	// and 1,500" → 500/1500, "around 140" → 140/140 with Approx.
	Min, Max *float64
	Approx   bool
	Vague    bool // "dozens", "scores of", "hundreds", "several"
	Percent  bool // "94%", "94 percent"
	Factor   bool // "three times", "twice"
}

// Find returns the number expressions in text, in order, non-overlapping.
// TODO(numbers owner): implement.
func Find(text string) []Quantity { return nil }
