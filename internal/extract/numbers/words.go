package numbers

// units are the number words below one hundred that combine ("twenty-five").
var units = map[string]float64{
	"zero": 0, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6,
	"seven": 7, "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12,
	"thirteen": 13, "fourteen": 14, "fifteen": 15, "sixteen": 16,
	"seventeen": 17, "eighteen": 18, "nineteen": 19,
}

// tens are the multiples of ten from twenty.
var tens = map[string]float64{
	"twenty": 20, "thirty": 30, "forty": 40, "fourty": 40, "fifty": 50,
	"sixty": 60, "seventy": 70, "eighty": 80, "ninety": 90,
}

// scales multiply what precedes them. "lakh" and "crore" occur in South
// Asian reporting.
var scales = map[string]float64{
	"hundred": 100, "thousand": 1e3, "million": 1e6, "billion": 1e9,
	"trillion": 1e12, "lakh": 1e5, "lakhs": 1e5, "crore": 1e7, "crores": 1e7,
}

// suffixScales are scales written right after digits: "$5m", "3bn", "10k".
var suffixScales = map[string]float64{
	"m": 1e6, "mn": 1e6, "mln": 1e6, "bn": 1e9, "b": 1e9, "k": 1e3,
	"million": 1e6, "billion": 1e9, "thousand": 1e3,
}

// vagueSpan is the range a vague amount stands for.
type vagueSpan struct {
	min, max float64 // max 0 means open-ended
}

// vaguePlurals are plural scale words used as amounts ("dozens of",
// "hundreds"). Choices: the smallest plural of the unit (two dozen, two
// hundred) is the lower bound; "scores" is two scores; no upper bound.
var vaguePlurals = map[string]vagueSpan{
	"dozens": {24, 0}, "scores": {40, 0}, "hundreds": {200, 0},
	"thousands": {2000, 0}, "millions": {2e6, 0}, "billions": {2e9, 0},
	"tens": {20, 0},
}

// vagueDeterminers are amounts without a number ("several", "a few").
// Choices: "several" is 3 to 9, "a few" and "a handful" 2 to 5, "a couple"
// exactly 2 (approximate), "a number of" at least 2.
var vagueDeterminers = map[string]vagueSpan{
	"several": {3, 9}, "few": {2, 5}, "handful": {2, 5}, "couple": {2, 2},
	"number": {2, 0},
}

// factorWords are multiplicatives written as one word.
var factorWords = map[string]float64{
	"twice": 2, "thrice": 3, "doubled": 2, "tripled": 3, "trebled": 3,
	"quadrupled": 4, "twofold": 2, "threefold": 3, "fourfold": 4,
	"fivefold": 5, "tenfold": 10, "hundredfold": 100, "doubling": 2,
	"tripling": 3,
}

// months lets the scanner tell "26 August" and "August 26" from counts.
var months = map[string]bool{
	"january": true, "february": true, "march": true, "april": true, "may": true,
	"june": true, "july": true, "august": true, "september": true, "october": true,
	"november": true, "december": true, "jan": true, "feb": true, "mar": true,
	"apr": true, "jun": true, "jul": true, "aug": true, "sep": true, "sept": true,
	"oct": true, "nov": true, "dec": true,
}

// idHeads are words after which a number is an identifier, not a count.
var idHeads = map[string]bool{
	"no": true, "number": true, "resolution": true, "article": true, "chapter": true,
	"section": true, "page": true, "pages": true, "route": true, "highway": true,
	"flight": true, "room": true, "block": true, "sector": true, "paragraph": true,
	"para": true, "unit": true, "phase": true, "level": true, "grade": true, "road": true,
	"street": true, "house": true, "district": true, "camp": true, "zone": true,
	"battalion": true, "brigade": true, "division": true, "regiment": true, "corps": true,
	"version": true, "vol": true, "volume": true, "tel": true, "phone": true, "fax": true,
	"ext": true, "p": true, "pp": true, "act": true, "law": true, "decree": true, "covid": true,
}

// yearPrepositions precede a year ("in 2017", "since 2014").
var yearPrepositions = map[string]bool{
	"in": true, "since": true, "by": true, "until": true, "till": true, "of": true,
	"from": true, "during": true, "early": true, "late": true, "mid": true, "year": true,
	"before": true, "after": true, "throughout": true, "summer": true, "spring": true,
	"autumn": true, "fall": true, "winter": true, "circa": true, "end": true,
}

// countNouns after a year-like number make it a count ("2000 fighters").
var countNouns = map[string]bool{
	"people": true, "persons": true, "fighters": true, "militants": true, "members": true,
	"soldiers": true, "troops": true, "civilians": true, "men": true, "women": true,
	"children": true, "insurgents": true, "combatants": true, "recruits": true,
	"policemen": true, "officers": true, "personnel": true, "families": true,
	"refugees": true, "deaths": true, "casualties": true, "attacks": true,
	"incidents": true, "rockets": true, "households": true, "jihadists": true,
	"terrorists": true, "rebels": true, "prisoners": true, "hostages": true,
	"students": true, "villagers": true, "residents": true, "worshippers": true,
	"victims": true, "dead": true, "killed": true, "km": true, "kilometres": true,
	"kilometers": true, "miles": true, "strong": true, "foreign": true, "armed": true,
}
