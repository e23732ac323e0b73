package gazetteer

import "strings"

// wordSet builds a set from space-separated words.
func wordSet(s string) map[string]bool {
	m := map[string]bool{}
	for _, w := range strings.Fields(s) {
		m[w] = true
	}
	return m
}

// commonWord lists English words that are also the names of small places
// somewhere (Of in Turkey, Police in Poland, Most in Czechia, Man in Côte
// d'Ivoire) or of groups' short forms. As a single word they are only a
// place next to a place word ("Most district") and only a name when
// capitalised.
var commonWord = wordSet(`
a about above across after again against ago ahead aid air all also am among an and any
are area army arms as at attack away back bad bank base be because been before being
below best better between big bill black blue body border both boy bridge brother but by
call came camp can capital car care case cause center central centre chance change
chief child church city civil clear close coast cold come common cost could council
country course court cross cut dam date day days dead deal death deep defence defense
did do does dog done door down dry due during each early earth east eastern easy end
energy even ever every eye face fact fair fall far farm fast father fear federal few field
fight final fine fire first five flat force forces foreign form fort forward four free
friend from front full future game gate general get gift girl give go god gold good
government great green ground group guard gulf half hall hand happy hard has have he
head health hear heart heat help her here high hill him his home hope horse hospital
hot hotel hour house how human hundred if in india inside interior iron is island it
its job join just justice keep key kill kind king lake land large last late law lead
leader leaf least left less liberty life light like line little live local long look
lord lost love low main major make man many march mark market may me meet middle might
military mine minister mission moon more most mother mount mountain mouth move much
must my name nation national navy near new news next night nine no none north northern
not now number of off office old on once one only open or order other our out over
own page palace paradise park part party pass past peace people person place plain plan
point police port post power president press prince prison public queen race rain
range red rest return rich right ring river road rock room round royal rule run safe
said saint sale salt same sand say school sea second security see seven she ship shop
short side silver six small so soldier some son south southern spring square star start
state station still stone street strong student summer sun sure table take tax team ten
than that the their them then there these they thing third this those three through time
to today top tower town trade tree troop troops true two under union unit unity upper
us valley very victory view village wall war was water way we well were west western
what when where which while white who why wild will win wind winter with within without
woman wood word work world year yes yet you young zero
hit kill killed rescue ban bar bat bay bed bell bend bird bloom bow box bull cap cash
cat chase cliff cook cove crane crown dale deer dell dove dover duke eagle edge elm fox
glen globe grove gun hart hat hay hawk holly hunter hurt iris ivy jack jewel joy lamb
lane lark lily lion lodge luck maple mill mint moss nest oak orange palm pearl pine pit
plot pool poplar rainbow reed ridge robin rose ruby sage silk sky snow spa sparrow stamp
steel storm sugar swan temple thorn tiger trail vale vine wave wells wolf yard
date said told added says reports report sources source official officials
january february march april may june july august september october november december
monday tuesday wednesday thursday friday saturday sunday spring summer autumn fall winter
economy business sports sport culture opinion analysis politics world home news video
photo photos images image gallery contact about privacy terms search menu share comment
comments subscribe login register related latest more read also editor editorial media
defense health science technology education travel weather money markets finance energy
islam muslim christian jewish hindu sikh shia sunni arab kurdish kurd jihad mosque
commander chief colonel general captain major private sergeant officer soldiers police
liberty freedom independence democracy republic justice progress union unity hope
jan feb mar apr jun jul aug sep sept oct nov dec mon tue tues wed thu thur thurs fri sat
`)

// namePrefix lists words that start longer names ("St. George", "Fort
// Worth", "Mount Lebanon"): a single place word after one is not that place.
var namePrefix = wordSet(`st ste saint sainte san santa fort ft mount mt lake cape port sir`)

// functionWord lists short words that are also acronyms of places or groups
// (IS, US, IT, AS): in all-caps text they are read as words.
var functionWord = wordSet(`is us it as no or an in on at to be we me my he up so do go of am id
hi oh ok all and are can may who was had has not but for the its our out`)

// honorific lists titles that precede a person's name.
var honorific = wordSet(`mr mrs ms dr gen general col colonel maj major capt captain lt
sgt president minister sheikh shaykh mullah mawlawi maulvi mawlana maulana emir amir imam
commander cmdr king prince queen sir lord judge senator governor mayor chief abu ibn bin
bint spokesman spokesperson`)

// direction lists words that precede a place without making it a name.
var direction = wordSet(`north south east west northern southern eastern western central
northeast northwest southeast southwest northeastern northwestern southeastern southwestern
upper lower greater inner outer new old eastern western mid far near rural urban downtown`)

// institution lists words that end an organisation's name before a place
// ("National Defence University Islamabad"): not a person's first name.
var institution = wordSet(`university college institute academy foundation agency ministry
embassy consulate airport mosque stadium hospital centre center council commission committee
authority corporation company bank group network forces army police court prison jail camp
base hotel market office studies department school times post news tribune journal radio tv`)

// placeCue lists words that mark a neighbouring name as a place.
var placeCue = wordSet(`province provinces governorate governorates state region district
districts county city town village villages area suburb neighbourhood neighborhood
capital oblast prefecture municipality tehsil valley`)

// givenNameCountry lists country names that are also given names: before
// another capitalised word they read as a person ("Jordan Henderson").
var givenNameCountry = wordSet(`jordan chad georgia india israel kenya`)
