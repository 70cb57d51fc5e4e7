package lexicon

// irregular maps the past tense and past participle of common irregular
// English verbs to their base form, so that a stem pattern written on the
// base form meets them: Snowball stems "feeling" and "feels" to "feel" but
// leaves "felt" alone, so without this "feel~ left out~" could never match
// "felt left out". Stem applies the map before Snowball, on lexicon
// patterns and text words alike, so a pattern written on an irregular form
// ("felt~") means the same as one on the base form ("feel~").
//
// Forms whose everyday sense is another word are left out on purpose: "had"
// (too frequent to be evidence of anything), "led" and "lead" (the metal),
// "lay" (also a present tense), "bore" (boring), "rose" (the flower),
// "wound" (an injury), "bit" (a small amount), "ground", "lit", "bent",
// "drunk", "found" as in "to found a company" is rare in essays and kept.
// Exact (unstemmed) entries still see the surface form, so "left" as a
// direction only meets patterns written "leave~" or "left~".
var irregular = map[string]string{
	"ate": "eat", "eaten": "eat",
	"became": "become", "began": "begin", "begun": "begin",
	"bought": "buy", "brought": "bring", "broke": "break", "broken": "break",
	"built": "build", "caught": "catch", "chose": "choose", "chosen": "choose",
	"came": "come", "dealt": "deal", "did": "do", "done": "do",
	"drew": "draw", "drawn": "draw", "drove": "drive", "driven": "drive",
	"fell": "fall", "fallen": "fall", "felt": "feel", "fought": "fight",
	"forbade": "forbid", "forbidden": "forbid", "forgave": "forgive", "forgiven": "forgive",
	"forgot": "forget", "forgotten": "forget", "forsook": "forsake", "forsaken": "forsake",
	"found": "find", "froze": "freeze", "frozen": "freeze",
	"gave": "give", "given": "give", "went": "go", "gone": "go",
	"got": "get", "gotten": "get", "grew": "grow", "grown": "grow",
	"heard": "hear", "held": "hold", "hid": "hide", "hidden": "hide",
	"hung": "hang", "kept": "keep", "knew": "know", "known": "know",
	"left": "leave", "lent": "lend", "lost": "lose",
	"made": "make", "meant": "mean", "met": "meet",
	"outgrew": "outgrow", "outgrown": "outgrow", "paid": "pay",
	"ran": "run", "said": "say", "saw": "see", "seen": "see",
	"sent": "send", "shook": "shake", "shaken": "shake", "slept": "sleep",
	"sold": "sell", "sought": "seek", "spent": "spend", "spoke": "speak", "spoken": "speak",
	"stole": "steal", "stolen": "steal", "stood": "stand", "stuck": "stick",
	"struck": "strike", "stung": "sting", "swore": "swear", "sworn": "swear",
	"sat": "sit", "taught": "teach", "told": "tell", "thought": "think",
	"threw": "throw", "thrown": "throw", "took": "take", "taken": "take",
	"tore": "tear", "torn": "tear", "understood": "understand",
	"wept": "weep", "withdrew": "withdraw", "withdrawn": "withdraw",
	"woke": "wake", "woken": "wake", "won": "win", "wore": "wear", "worn": "wear",
	"wrote": "write", "written": "write",
}
