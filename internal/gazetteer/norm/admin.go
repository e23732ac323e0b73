package norm

import "strings"

// adminAffixes are words GeoNames and reporting attach to division names:
// "Kunar Province", "Qaḑā’ Sāmarrā’", "Wulêswālī Bihsūd", "Degmada Badhaadhe".
var adminSuffixes = []string{
	" province", " governorate", " state", " region", " department", " district",
	" county", " oblast", " oblisi", " republic", " division", " municipality",
	" prefecture", " kray", " krai", " autonomous region", " rayon", " raion",
	" sub district", " subdistrict", " city",
}

var adminPrefixes = []string{
	"muhafazat ", "qada ", "qadha ", "qaza ", "qeza-i ", "qeza i ", "wuleswali ",
	"degmada ", "district of ", "province of ", "governorate of ", "mintaqat ",
	"republic of ", "nahiyat ", "amphoe ", "khet ", "tambon ", "kabupaten ", "kota ",
	"province du ", "province de la ", "province de l ", "province des ", "province de ",
	"departement du ", "departement de la ", "departement de l ", "departement de ",
	"cercle de ", "cercle d ", "ville de ", "commune de ", "prefecture de ",
	"distrito de ", "distrito do ", "distrito da ", "circunscricao de ", "circunscricao do ",
	"circunscricao da ", "cidade de ", "concelho de ", "concelho do ", "provincia de ",
	"departamento de ", "departamento del ", "municipio de ",
}

// generic names that must not be produced by stripping ("Western Province"
// is not "Western").
var genericRest = map[string]bool{
	"north": true, "south": true, "east": true, "west": true, "central": true,
	"northern": true, "southern": true, "eastern": true, "western": true,
	"centre": true, "center": true, "capital": true, "upper": true, "lower": true,
	"north western": true, "north central": true, "north east": true, "north west": true,
	"south east": true, "south west": true, "far north": true, "middle": true,
	"new": true, "greater": true, "coast": true, "lake": true, "lakes": true,
	"river": true, "rivers": true, "mountain": true, "highland": true, "islands": true,
	"federal": true, "autonomous": true, "special": true, "national": true,
}

// StripAdminWords removes one administrative affix from a division name
// and returns the rest as a key ("Kunar Province" → "kunar", "Qaḑā’
// Sāmarrā’" → "samarra"); it returns "" when nothing was removed or the rest
// would be a generic word.
func StripAdminWords(name string) string {
	k := Key(name)
	orig := k
	for _, p := range adminPrefixes {
		if strings.HasPrefix(k, p) {
			k = k[len(p):]
			break
		}
	}
	for _, s := range adminSuffixes {
		if strings.HasSuffix(k, s) {
			k = k[:len(k)-len(s)]
			break
		}
	}
	if k == orig || k == "" || genericRest[k] {
		return ""
	}
	return k
}
