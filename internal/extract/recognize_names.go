package extract

import (
	"strings"
)

// groupHeads end the names of armed groups; orgHeads those of other
// organisations. Lower-case heads ("Haqqani network") count after a
// capitalised word.
var (
	groupHeads = map[string]bool{"network": true, "front": true, "movement": true, "brigade": true,
		"brigades": true, "army": true, "battalion": true, "battalions": true, "militia": true,
		"league": true, "jihad": true, "mujahideen": true, "legion": true}
	orgHeads = map[string]bool{"trust": true, "institute": true, "foundation": true, "university": true,
		"mission": true, "ministry": true, "council": true, "agency": true, "party": true,
		"association": true, "organisation": true, "organization": true, "committee": true,
		"centre": true, "center": true, "commission": true, "corps": true, "office": true,
		"college": true, "school": true, "bureau": true, "department": true, "times": true,
		"post": true, "herald": true, "tribune": true, "project": true, "program": true,
		"programme": true, "society": true, "service": true, "services": true, "forum": true}
)

// headGate has bit n of entry c set when a group or organisation head of n
// bytes starts with c: most words are rejected before a map lookup.
var headGate = func() (g [256]uint64) {
	for _, m := range []map[string]bool{groupHeads, orgHeads} {
		for h := range m {
			g[h[0]] |= 1 << min(len(h), 63)
		}
	}
	return g
}()

// headAt returns word i lower-cased without a possessive ending when it
// may be a group or organisation head, else "". ASCII words are lowered
// through the document's lower-cased text.
func (w *work) headAt(i int) string {
	wd := w.words[i]
	t := trimPossessive(wd.Text)
	for k := 0; k < len(t); k++ {
		if t[k] >= 0x80 {
			return strings.ToLower(t)
		}
	}
	if t == "" || headGate[foldASCII(t[0])]&(1<<min(len(t), 63)) == 0 {
		return ""
	}
	return w.lower()[wd.Start : wd.Start+len(t)]
}

// funcWords are capitalised function words: never part of a name.
var funcWords = map[string]bool{"The": true, "A": true, "An": true, "In": true, "On": true, "At": true,
	"According": true, "This": true, "That": true, "These": true, "Those": true, "But": true, "And": true,
	"Its": true, "It": true, "His": true, "Her": true, "Their": true, "Our": true, "For": true, "From": true,
	"With": true, "By": true, "As": true, "After": true, "Before": true, "During": true, "While": true,
	"When": true, "Since": true, "Despite": true, "However": true, "Meanwhile": true, "Moreover": true,
	"Furthermore": true, "Although": true, "If": true, "We": true, "They": true, "He": true, "She": true,
	"I": true, "Some": true, "Many": true, "Most": true, "Both": true, "All": true, "Several": true,
	"Other": true, "Under": true, "Over": true, "About": true, "Unlike": true, "Also": true, "Now": true,
	"Then": true, "There": true, "Here": true, "What": true, "Who": true, "Why": true, "How": true,
	"Where": true, "Which": true}

// nameStop are capitalised words that do not begin or make a personal name.
var nameStop = map[string]bool{
	"January": true, "February": true, "March": true, "April": true, "May": true, "June": true,
	"July": true, "August": true, "September": true, "October": true, "November": true, "December": true,
	"Monday": true, "Tuesday": true, "Wednesday": true, "Thursday": true, "Friday": true, "Saturday": true,
	"Sunday": true, "Photo": true, "Image": true, "Read": true, "More": true, "Also": true, "Now": true,
	"Then": true, "There": true, "Here": true, "What": true, "Who": true, "Why": true, "How": true,
	"Where": true, "Which": true, "Other": true, "Under": true, "Over": true, "About": true,
	"Published": true, "Updated": true, "Senior": true, "Currently": true, "Mr": true, "Dr": true,
	"Mrs": true, "Ms": true, "Prof": true, "Authors": true, "Author": true, "Editor": true, "Unlike": true,
	"Data": true, "Reports": true, "Report": true, "Local": true, "Western": true, "Northern": true,
	"Southern": true, "Eastern": true, "Central": true, "Islamic": true, "Muslim": true, "Jihadi": true,
	"Jihad": true, "Sunni": true, "Shia": true, "Shiite": true, "God": true, "Allah": true, "Program": true,
	"Political": true, "Science": true, "Security": true, "Trade": true, "Economy": true, "Society": true,
	"Later": true, "Earlier": true, "Still": true, "Yet": true, "Even": true, "Only": true, "Just": true,
	"Instead": true, "Indeed": true, "Thus": true, "Therefore": true, "Hence": true, "Today": true,
	"Yesterday": true, "Last": true, "Next": true, "First": true, "Finally": true, "Recently": true,
	"Eventually": true, "Overall": true, "Already": true, "Nevertheless": true, "Such": true, "Each": true,
	"Every": true, "Any": true, "No": true, "Not": true, "Another": true, "Officials": true, "Police": true,
	"Culture": true, "News": true, "World": true, "Home": true, "Share": true, "Subscribe": true}

// typeByHead guesses an unknown organisation's type from its last word.
func typeByHead(name string) string {
	f := strings.Fields(strings.ToLower(name))
	for i := len(f) - 1; i >= 0; i-- {
		if groupHeads[f[i]] || f[i] == "taliban" || f[i] == "state" || f[i] == "qaeda" {
			return "armed_group"
		}
		if orgHeads[f[i]] {
			return "organization"
		}
	}
	return "organization"
}

// addOrganisations finds unknown organisations and groups by their heads:
// "Tactics Institute", "Haqqani network", "University of Toronto".
func (w *work) addOrganisations() {
	for i := 0; i < len(w.words); i++ {
		h := w.headAt(i)
		if h == "" || !groupHeads[h] && !orgHeads[h] {
			continue
		}
		s, e, ok := w.orgSpan(i)
		if !ok || w.overlapsOther(s, e) {
			continue
		}
		name := cleanForm(w.text[s:e])
		typ := "organization"
		if groupHeads[h] {
			typ = "armed_group"
		}
		ent := w.ruleEntity(name, typ, "org:head")
		w.replaceWithin(s, e, ent, "org:head:"+h)
		i = w.wordIndex(e) - 1
	}
}

// orgSpan extends head word i left over capitalised words and right over
// "of Capitalised ...".
func (w *work) orgSpan(i int) (int, int, bool) {
	head := w.words[i]
	startW := i
	for j := i - 1; j >= 0 && i-j <= 6; j-- {
		if !spaceOnly(w.text, w.words[j].End, w.words[j+1].Start) {
			break
		}
		t := w.words[j].Text
		if trimPossessive(t) != t || w.actorAt(w.words[j].Start) {
			break
		}
		if capitalised(t) && !funcWords[t] {
			startW = j
			continue
		}
		if (t == "&" || t == "of" || t == "for" || t == "and") && j > 0 && capitalised(w.words[j-1].Text) &&
			!nameStop[w.words[j-1].Text] && startW == j+1 {
			continue
		}
		break
	}
	endW := i
	if !capitalised(head.Text) && (startW == i || head.Text != "network") {
		return 0, 0, false
	}
	if capitalised(head.Text) && trimPossessive(head.Text) == head.Text {
		if j := i + 1; j+1 < len(w.words) && (w.words[j].Text == "of" || w.words[j].Text == "for" || w.words[j].Text == "in") &&
			spaceOnly(w.text, head.End, w.words[j].Start) {
			for k := j + 1; k < len(w.words) && k <= j+4 && capitalised(w.words[k].Text) &&
				spaceOnly(w.text, w.words[k-1].End, w.words[k].Start); k++ {
				endW = k
				if trimPossessive(w.words[k].Text) != w.words[k].Text {
					break
				}
			}
		}
	}
	for startW < i && funcWords[w.words[startW].Text] {
		startW++
	}
	if startW == i && endW == i {
		return 0, 0, false
	}
	end := w.words[endW].End
	if t := w.words[endW].Text; trimPossessive(t) != t {
		end -= len(t) - len(trimPossessive(t))
	}
	return w.words[startW].Start, end, true
}

// overlapsOther reports whether [s, e) cuts a mention of a person or
// armed group (an organisation name never splits those).
func (w *work) overlapsOther(s, e int) bool {
	for _, m := range w.live(s, e) {
		if m.Ent == nil {
			continue
		}
		if m.Start < s || m.End > e {
			return true
		}
		if m.Ent.Type == "armed_group" && m.End-m.Start > (e-s)/2 {
			return true
		}
	}
	return false
}

// actorAt reports whether a person or armed-group mention covers off.
func (w *work) actorAt(off int) bool {
	for _, m := range w.live(off, off+1) {
		if m.Ent != nil {
			return m.Ent.Type == "person" || m.Ent.Type == "armed_group"
		}
	}
	return false
}
