package timex

// monthNums maps month names and abbreviations to 1–12.
var monthNums = map[string]int{
	"january": 1, "february": 2, "march": 3, "april": 4, "may": 5, "june": 6,
	"july": 7, "august": 8, "september": 9, "october": 10, "november": 11, "december": 12,
	"jan": 1, "feb": 2, "mar": 3, "apr": 4, "jun": 6, "jul": 7, "aug": 8,
	"sep": 9, "sept": 9, "oct": 10, "nov": 11, "dec": 12,
}

// nameMonths are month names that are also given names, a modal verb or a
// common verb; bare, they need more context to count as dates.
var nameMonths = map[string]bool{"april": true, "may": true, "june": true, "august": true, "march": true, "january": true}

// weekdays maps weekday names to time.Weekday numbers (Sunday = 0).
var weekdays = map[string]int{
	"sunday": 0, "monday": 1, "tuesday": 2, "wednesday": 3, "thursday": 4, "friday": 5, "saturday": 6,
}

// seasons maps seasons to their first and last month (northern hemisphere).
var seasons = map[string][2]int{
	"spring": {3, 5}, "summer": {6, 8}, "autumn": {9, 11}, "fall": {9, 11}, "winter": {12, 2},
}

// mods are part-of-period modifiers ("early 2021", "mid-August").
var mods = map[string]string{
	"early": "early", "late": "late", "mid": "mid", "middle": "mid", "end": "late",
	"beginning": "early", "start": "early", "turn": "early", "latter": "late",
}

// datePrev are words that may precede a bare month name or weekday when it
// is a date ("in August", "a May car bombing", "on Thursday").
var datePrev = map[string]bool{
	"in": true, "on": true, "since": true, "by": true, "until": true, "till": true, "during": true,
	"of": true, "from": true, "between": true, "and": true, "to": true, "through": true,
	"before": true, "after": true, "early": true, "late": true, "mid": true, "last": true,
	"next": true, "this": true, "that": true, "a": true, "the": true, "an": true, "or": true,
	"throughout": true, "around": true, "as": true, "into": true, "for": true, "past": true,
	"previous": true, "following": true, "each": true, "every": true, "late-": true, "at": true,
	"within": true, "circa": true, "about": true, "earlier": true, "later": true,
}

// datePreps are prepositions that make a following capitalised word
// acceptable after a bare name-month ("in June Taliban fighters...").
var datePreps = map[string]bool{
	"in": true, "since": true, "by": true, "until": true, "till": true, "during": true,
	"from": true, "through": true, "before": true, "after": true, "early": true, "late": true,
	"mid": true, "last": true, "next": true, "this": true, "throughout": true, "of": true,
}

// countNouns after a year-like number make it a count ("2000 fighters").
var countNouns = map[string]bool{
	"people": true, "persons": true, "fighters": true, "militants": true, "members": true,
	"soldiers": true, "troops": true, "civilians": true, "men": true, "women": true,
	"children": true, "insurgents": true, "combatants": true, "recruits": true,
	"policemen": true, "officers": true, "personnel": true, "families": true, "refugees": true,
	"deaths": true, "casualties": true, "attacks": true, "incidents": true, "rockets": true,
	"jihadists": true, "terrorists": true, "rebels": true, "prisoners": true, "hostages": true,
	"students": true, "villagers": true, "residents": true, "victims": true, "dead": true,
	"km": true, "kilometres": true, "kilometers": true, "miles": true, "metres": true,
	"meters": true, "hours": true, "hrs": true, "gmt": true, "utc": true, "local": true,
	"percent": true, "strong": true, "were": true, "are": true, "have": true, "of": true,
}

// countQualifiers before a year-like number make it a count ("more than 2000").
var countQualifiers = map[string]bool{
	"than": true, "least": true, "about": true, "around": true, "some": true, "nearly": true,
	"almost": true, "approximately": true, "roughly": true, "estimated": true, "over": true,
	"to": false, "killed": true, "killing": true, "wounded": true, "injured": true, "of": false,
}

// smallNums are number words used in "two days later", "three weeks ago".
var smallNums = map[string]int{
	"a": 1, "an": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6,
	"seven": 7, "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12,
	"thirteen": 13, "fourteen": 14, "fifteen": 15, "twenty": 20, "thirty": 30,
	"several": 3, "few": 3, "couple": 2,
}

// unitSpans are calendar units: the offset they stand for (years, months,
// days) and the precision an offset in that unit supports.
var unitSpans = map[string]struct {
	off  [3]int
	prec int // 1 year, 2 month, 3 day
}{
	"day": {[3]int{0, 0, 1}, 3}, "days": {[3]int{0, 0, 1}, 3},
	"week": {[3]int{0, 0, 7}, 3}, "weeks": {[3]int{0, 0, 7}, 3},
	"fortnight": {[3]int{0, 0, 14}, 3},
	"month":     {[3]int{0, 1, 0}, 2}, "months": {[3]int{0, 1, 0}, 2},
	"year": {[3]int{1, 0, 0}, 1}, "years": {[3]int{1, 0, 0}, 1},
	"decade": {[3]int{10, 0, 0}, 1}, "decades": {[3]int{10, 0, 0}, 1},
	"hour": {[3]int{0, 0, 0}, 3}, "hours": {[3]int{0, 0, 0}, 3},
	"minutes": {[3]int{0, 0, 0}, 3},
}
