//! sitrep's own gazetteers, written from facts (see `data/`): countries with their
//! ISO-3166 alpha-3 codes, demonyms, capitals and seats of government, well-known cities and
//! provinces, natural locations, organizations with CAMEO-style actor codes, titles, ranks
//! and honorifics, role nouns with agent codes, and given names with gender; apart from
//! these, well-known people with the actor codes of their roles ([`Lexicon::person`]).
//!
//! Phrases are matched on token sequences, case-insensitively. The lexicon is parsed once
//! (on first use) from text embedded in the binary.

use sitrep_learn::hash::{hash_str, mix};
use std::collections::HashMap;
use std::sync::OnceLock;

const COUNTRIES: &str = include_str!("data/countries.tsv");
const CITIES: &str = include_str!("data/cities.tsv");
const LOCATIONS: &str = include_str!("data/locations.txt");
const LOC_WORDS: &str = include_str!("data/loc_words.txt");
const FAC_WORDS: &str = include_str!("data/fac_words.txt");
const EVENT_WORDS: &str = include_str!("data/event_words.txt");
const ORGS: &str = include_str!("data/orgs.tsv");
const TITLES: &str = include_str!("data/titles.tsv");
const AGENTS: &str = include_str!("data/agents.tsv");
const FIRST_NAMES: &str = include_str!("data/first_names.txt");
/// Well-known people with actor codes, for the entity layer only: kept apart from the
/// phrase table, so they set no list bit and the tagger's features never see them.
const PEOPLE: &str = include_str!("data/people.tsv");
/// Gazetteers for the tagger's features only (CoNLL types; see `data/gaz/`).
const GAZ: [(&str, u32); 5] = [
    (include_str!("data/gaz/loc.txt"), list::G_LOC),
    (include_str!("data/gaz/org.txt"), list::G_ORG),
    (include_str!("data/gaz/club.txt"), list::G_CLUB),
    (include_str!("data/gaz/misc.txt"), list::G_MISC),
    (include_str!("data/gaz/per.txt"), list::G_PER),
];

/// The key of a phrase given as words: lower-cased, joined with one space.
fn words_key<S: AsRef<str>>(words: &[S]) -> String {
    words
        .iter()
        .map(|w| w.as_ref().to_lowercase())
        .collect::<Vec<_>>()
        .join(" ")
}

/// Lists a phrase can belong to (bits of [`Info::lists`]).
pub mod list {
    pub const COUNTRY: u32 = 1 << 0;
    pub const CAPITAL: u32 = 1 << 1;
    pub const CITY: u32 = 1 << 2;
    pub const DEMONYM: u32 = 1 << 3;
    pub const LOCATION: u32 = 1 << 4;
    pub const ORG: u32 = 1 << 5;
    pub const MALE: u32 = 1 << 6;
    pub const FEMALE: u32 = 1 << 7;
    pub const TITLE: u32 = 1 << 8;
    pub const LOC_WORD: u32 = 1 << 9;
    pub const FAC_WORD: u32 = 1 << 10;
    pub const EVENT_WORD: u32 = 1 << 11;
    pub const AGENT: u32 = 1 << 12;
    pub const MONTH: u32 = 1 << 13;
    pub const WEEKDAY: u32 = 1 << 14;
    pub const ORG_WORD: u32 = 1 << 15;
    pub const RELIGION: u32 = 1 << 16;
    /// The tagger's gazetteers (`data/gaz/`): places, organizations, sports clubs,
    /// miscellaneous names (events, languages, peoples), people.
    pub const G_LOC: u32 = 1 << 17;
    pub const G_ORG: u32 = 1 << 18;
    pub const G_CLUB: u32 = 1 << 19;
    pub const G_MISC: u32 = 1 << 20;
    pub const G_PER: u32 = 1 << 21;
    /// Number of lists.
    pub const N: u32 = 22;
}

/// Head words that end organization names.
const ORG_WORDS: &[&str] = &[
    "inc",
    "inc.",
    "corp",
    "corp.",
    "corporation",
    "co",
    "co.",
    "ltd",
    "ltd.",
    "plc",
    "llc",
    "ag",
    "sa",
    "gmbh",
    "group",
    "holdings",
    "bank",
    "party",
    "ministry",
    "department",
    "agency",
    "council",
    "committee",
    "commission",
    "association",
    "federation",
    "union",
    "university",
    "institute",
    "club",
    "fc",
    "united",
    "organization",
    "organisation",
    "front",
    "movement",
    "brigade",
    "battalion",
    "regiment",
    "army",
    "police",
    "court",
    "parliament",
    "assembly",
    "senate",
    "congress",
    "office",
    "service",
    "services",
    "board",
    "authority",
    "foundation",
    "fund",
    "church",
    "times",
    "news",
    "post",
    "press",
    "airlines",
    "airways",
    "motors",
    "industries",
    "systems",
    "technologies",
    "bureau",
    "forces",
];

const WEEKDAYS: &[&str] = &[
    "monday",
    "tuesday",
    "wednesday",
    "thursday",
    "friday",
    "saturday",
    "sunday",
];

/// Religious and political group words (type norp).
const RELIGIONS: &[&str] = &[
    "muslim",
    "muslims",
    "christian",
    "christians",
    "jewish",
    "jew",
    "jews",
    "catholic",
    "catholics",
    "protestant",
    "protestants",
    "hindu",
    "hindus",
    "buddhist",
    "buddhists",
    "sikh",
    "sikhs",
    "sunni",
    "sunnis",
    "shia",
    "shiite",
    "shiites",
    "shi'ite",
    "islamic",
    "islamist",
    "islamists",
    "orthodox",
    "evangelical",
    "evangelicals",
    "kurd",
    "kurds",
    "kurdish",
    "arab",
    "arabs",
    "pashtun",
    "tamil",
    "tamils",
    "hutu",
    "hutus",
    "tutsi",
    "tutsis",
    "uighur",
    "uighurs",
    "uyghur",
    "uyghurs",
    "rohingya",
    "yazidi",
    "yazidis",
    "druze",
    "alawite",
    "alawites",
    "maoist",
    "maoists",
    "communist",
    "communists",
    "socialist",
    "socialists",
    "republican",
    "republicans",
    "democrat",
    "democrats",
    "conservative",
    "conservatives",
    "liberal",
    "liberals",
    "marxist",
    "latino",
    "latinos",
    "hispanic",
    "european",
    "europeans",
    "african",
    "africans",
    "asian",
    "asians",
    "western",
    "balkan",
    "baltic",
    "nordic",
    "scandinavian",
    "caribbean",
    "latin",
];

/// What the lexicon knows about a phrase.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Info {
    /// Bit set of [`list`] memberships.
    pub lists: u32,
    /// ISO-3166 alpha-3 code of the country the phrase names or belongs to.
    pub country: Option<String>,
    /// Actor code of an organization (`IGOUNO`, `USAMIL`, …).
    pub actor: Option<String>,
    /// Agent code of a title or role noun (`MIL`, `GOV`, …).
    pub agent: Option<String>,
    /// For titles: `honorific`, `rank` or `office`.
    pub title_kind: Option<String>,
    /// Canonical name of the country (for countries, demonyms and capitals).
    pub country_name: Option<String>,
}

/// The gazetteer.
pub struct Lexicon {
    by_phrase: HashMap<String, Info>,
    /// Phrase hash (see [`Lexicon::phrase_hash`]) → list bits, for the tagger's features.
    masks: HashMap<u64, u32>,
    max_len: usize,
    /// Whole person name (lower-cased tokens joined with one space) → actor code.
    people: HashMap<String, String>,
}

/// Splits a lexicon phrase into tokens the way the text tokenizer would (possessive and
/// punctuation split off), lower-cased.
fn phrase_tokens(p: &str) -> Vec<String> {
    sitrep_text::tokenize(p)
        .iter()
        .map(|t| p[t.start..t.end].to_lowercase())
        .collect()
}

fn lines(src: &str) -> impl Iterator<Item = &str> {
    src.lines()
        .map(|l| l.trim_end_matches('\r'))
        .filter(|l| !l.trim().is_empty() && !l.starts_with('#'))
}

impl Lexicon {
    /// The lexicon embedded in the binary (parsed once).
    pub fn get() -> &'static Lexicon {
        static LEX: OnceLock<Lexicon> = OnceLock::new();
        LEX.get_or_init(Lexicon::build)
    }

    fn add(&mut self, phrase: &str, f: impl FnOnce(&mut Info)) {
        let toks = phrase_tokens(phrase);
        if toks.is_empty() {
            return;
        }
        self.max_len = self.max_len.max(toks.len());
        let key = toks.join(" ");
        let h = Self::phrase_hash_iter(toks.iter().map(|s| hash_str(s)));
        let info = self.by_phrase.entry(key.clone()).or_default();
        f(info);
        *self.masks.entry(h).or_default() = info.lists;
        // Text may write the apostrophe curly ("Democratic People’s Republic of Korea").
        if key.contains('\'') {
            let info = self.by_phrase[&key].clone();
            let alt: Vec<String> = toks.iter().map(|t| t.replace('\'', "’")).collect();
            let h = Self::phrase_hash_iter(alt.iter().map(|s| hash_str(s)));
            *self.masks.entry(h).or_default() = info.lists;
            self.by_phrase.insert(alt.join(" "), info);
        }
    }

    fn build() -> Lexicon {
        let mut lx = Lexicon {
            by_phrase: HashMap::new(),
            masks: HashMap::new(),
            max_len: 1,
            people: people(),
        };
        for l in lines(COUNTRIES) {
            let cols: Vec<&str> = l.split('\t').collect();
            if cols.len() < 4 {
                continue;
            }
            let code = cols[0].to_string();
            let canonical = cols[1].split(';').next().unwrap_or("").to_string();
            let set = |lx: &mut Lexicon, field: &str, bit: u32| {
                for p in field.split(';').filter(|p| !p.is_empty()) {
                    lx.add(p, |i| {
                        i.lists |= bit;
                        if i.country.is_none() {
                            i.country = Some(code.clone());
                            i.country_name = Some(canonical.clone());
                        }
                    });
                }
            };
            set(&mut lx, cols[1], list::COUNTRY);
            set(&mut lx, cols[2], list::DEMONYM);
            set(&mut lx, cols[3], list::CAPITAL);
        }
        for l in lines(CITIES) {
            if let Some((city, code)) = l.split_once('\t') {
                lx.add(city, |i| {
                    i.lists |= list::CITY;
                    if i.country.is_none() {
                        i.country = Some(code.trim().to_string());
                    }
                });
            }
        }
        for l in lines(LOCATIONS) {
            lx.add(l.trim(), |i| i.lists |= list::LOCATION);
        }
        for (src, bit) in [
            (LOC_WORDS, list::LOC_WORD),
            (FAC_WORDS, list::FAC_WORD),
            (EVENT_WORDS, list::EVENT_WORD),
        ] {
            for l in lines(src) {
                lx.add(l.trim(), |i| i.lists |= bit);
            }
        }
        for l in lines(ORGS) {
            let cols: Vec<&str> = l.split('\t').collect();
            if cols.len() < 2 {
                continue;
            }
            let code = cols[1].trim().to_string();
            for p in cols[0].split(';').filter(|p| !p.is_empty()) {
                let code = code.clone();
                lx.add(p, |i| {
                    i.lists |= list::ORG;
                    i.actor.get_or_insert(code);
                });
            }
        }
        for l in lines(TITLES) {
            let cols: Vec<&str> = l.split('\t').collect();
            if cols.len() < 3 {
                continue;
            }
            let agent = (cols[1] != "-").then(|| cols[1].to_string());
            let kind = cols[2].trim().to_string();
            lx.add(cols[0], |i| {
                i.lists |= list::TITLE;
                if i.agent.is_none() {
                    i.agent = agent;
                }
                i.title_kind.get_or_insert(kind);
            });
        }
        for l in lines(AGENTS) {
            if let Some((nouns, code)) = l.split_once('\t') {
                for n in nouns.split(';') {
                    let code = code.trim().to_string();
                    lx.add(n, |i| {
                        i.lists |= list::AGENT;
                        if i.agent.is_none() {
                            i.agent = Some(code);
                        }
                    });
                }
            }
        }
        for l in lines(FIRST_NAMES) {
            if let Some((name, g)) = l.split_once(' ') {
                let bit = if g.trim() == "f" {
                    list::FEMALE
                } else {
                    list::MALE
                };
                lx.add(name, |i| i.lists |= bit);
            }
        }
        for w in ORG_WORDS {
            lx.add(w, |i| i.lists |= list::ORG_WORD);
        }
        for w in sitrep_doc::calendar::month_words() {
            lx.add(w, |i| i.lists |= list::MONTH);
        }
        for w in WEEKDAYS {
            lx.add(w, |i| i.lists |= list::WEEKDAY);
        }
        for w in RELIGIONS {
            lx.add(w, |i| i.lists |= list::RELIGION);
        }
        for (src, bit) in GAZ {
            for l in lines(src) {
                lx.add(l.trim(), |i| i.lists |= bit);
            }
        }
        lx
    }

    /// The actor code of a well-known person (`data/people.tsv`) named by exactly these
    /// words (any case): "Vladimir Putin", "Putin" → `RUSGOV`; "Kofi Annan" → `IGOUNO`.
    pub fn person<S: AsRef<str>>(&self, words: &[S]) -> Option<&str> {
        self.people.get(&words_key(words)).map(|s| s.as_str())
    }

    /// Hash of a phrase from the hashes of its lower-cased tokens.
    pub fn phrase_hash_iter(hashes: impl Iterator<Item = u64>) -> u64 {
        hashes.fold(0x5157_u64, mix)
    }

    /// Longest phrase length, in tokens.
    pub fn max_len(&self) -> usize {
        self.max_len
    }

    /// List bits of the phrase whose lower-cased token hashes are given.
    pub fn mask_of_hashes(&self, hashes: &[u64]) -> u32 {
        self.masks
            .get(&Self::phrase_hash_iter(hashes.iter().copied()))
            .copied()
            .unwrap_or(0)
    }

    /// What the lexicon knows about a phrase given as words (any case; tokens are joined
    /// with one space after lower-casing).
    pub fn lookup_words<S: AsRef<str>>(&self, words: &[S]) -> Option<&Info> {
        self.by_phrase.get(&words_key(words))
    }

    /// What the lexicon knows about a phrase of free text ("Defence Secretary").
    pub fn lookup(&self, phrase: &str) -> Option<&Info> {
        self.by_phrase.get(&phrase_tokens(phrase).join(" "))
    }

    /// For every start position in `lower` (lower-cased token hashes), the matches
    /// `(start, len, mask)` of lexicon phrases, longest first.
    pub fn matches(&self, hashes: &[u64]) -> Vec<(usize, usize, u32)> {
        let mut out = Vec::new();
        for i in 0..hashes.len() {
            let mut h = 0x5157_u64;
            for (len, &th) in hashes[i..].iter().take(self.max_len).enumerate() {
                h = mix(h, th);
                if let Some(&m) = self.masks.get(&h) {
                    out.push((i, len + 1, m));
                }
            }
        }
        out
    }
}

const WORLD_CITIES: &str = include_str!("data/world_cities.tsv");

/// The country (ISO alpha-3) of a world city or town (`data/world_cities.tsv`, from
/// GeoNames), given as its words: "Arbil" → IRQ. For places the entity layer found and
/// its own lists do not know; it sets no list bit.
pub fn world_city<S: AsRef<str>>(words: &[S]) -> Option<&'static str> {
    static TABLE: OnceLock<HashMap<String, &'static str>> = OnceLock::new();
    let table = TABLE.get_or_init(|| {
        let mut m = HashMap::new();
        for l in lines(WORLD_CITIES) {
            if let Some((name, code)) = l.split_once('\t') {
                m.entry(name.to_lowercase()).or_insert(code.trim());
            }
        }
        m
    });
    let key = words
        .iter()
        .map(|w| w.as_ref().to_lowercase())
        .collect::<Vec<_>>()
        .join(" ");
    table.get(&key).copied()
}

/// `data/people.tsv`: every surface form of a name → the person's actor code (the first
/// line naming a form keeps it).
fn people() -> HashMap<String, String> {
    let mut out = HashMap::new();
    for l in lines(PEOPLE) {
        let cols: Vec<&str> = l.split('\t').collect();
        if cols.len() < 2 {
            continue;
        }
        let code = cols[1].trim();
        for p in cols[0].split(';').filter(|p| !p.trim().is_empty()) {
            let toks = phrase_tokens(p.trim());
            if !toks.is_empty() {
                out.entry(toks.join(" "))
                    .or_insert_with(|| code.to_string());
            }
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn names_with_an_apostrophe_match_it_curly_too() {
        let lx = Lexicon::get();
        for name in [
            "Democratic People's Republic of Korea",
            "Democratic People’s Republic of Korea",
        ] {
            let info = lx.lookup(name).unwrap_or_else(|| panic!("{name}"));
            assert_eq!(info.country.as_deref(), Some("PRK"), "{name}");
        }
    }

    #[test]
    fn world_cities_give_their_country() {
        assert_eq!(world_city(&["Arbil"]), Some("IRQ"));
        assert_eq!(world_city(&["erbil"]), Some("IRQ"));
        assert_eq!(world_city(&["Nablus"]), Some("PSE"));
        assert_eq!(world_city(&["New", "Haven"]), Some("USA"));
        assert_eq!(world_city(&["Nowhere", "Town"]), None);
    }

    #[test]
    fn countries_demonyms_and_capitals_have_codes() {
        let lx = Lexicon::get();
        let chile = lx.lookup("Chile").unwrap();
        assert!(chile.lists & list::COUNTRY != 0);
        assert_eq!(chile.country.as_deref(), Some("CHL"));
        assert_eq!(
            lx.lookup("Chilean").unwrap().country.as_deref(),
            Some("CHL")
        );
        let moscow = lx.lookup("moscow").unwrap();
        assert!(moscow.lists & list::CAPITAL != 0);
        assert_eq!(moscow.country.as_deref(), Some("RUS"));
        assert_eq!(
            lx.lookup("the Kremlin").map(|i| i.country.clone()),
            None,
            "phrases match whole"
        );
        assert_eq!(
            lx.lookup("Kremlin").unwrap().country.as_deref(),
            Some("RUS")
        );
        assert_eq!(
            lx.lookup("United States").unwrap().country.as_deref(),
            Some("USA")
        );
    }

    #[test]
    fn titles_orgs_and_names() {
        let lx = Lexicon::get();
        let t = lx.lookup("Brigadier General").unwrap();
        assert_eq!(t.agent.as_deref(), Some("MIL"));
        assert_eq!(t.title_kind.as_deref(), Some("rank"));
        assert_eq!(lx.lookup("NATO").unwrap().actor.as_deref(), Some("IGONAT"));
        assert!(lx.lookup("Ana").unwrap().lists & list::FEMALE != 0);
        assert!(lx.lookup("troops").unwrap().lists & list::AGENT != 0);
    }

    #[test]
    fn people_have_valid_codes_and_no_list_bits() {
        let lx = Lexicon::get();
        assert_eq!(lx.person(&["Vladimir", "Putin"]), Some("RUSGOV"));
        assert_eq!(lx.person(&["putin"]), Some("RUSGOV"));
        assert_eq!(
            lx.person(&["Ban", "Ki-moon"]),
            lx.person(&["ban", "ki-moon"])
        );
        assert_eq!(
            lx.person(&["Vladimir"]),
            None,
            "first names alone are not people"
        );
        let countries: Vec<&str> = lines(COUNTRIES)
            .filter_map(|l| l.split('\t').next())
            .collect();
        let agents: Vec<&str> = lines(AGENTS)
            .filter_map(|l| l.split('\t').nth(1))
            .map(|a| a.trim())
            .collect();
        let orgs: Vec<&str> = lines(ORGS).filter_map(|l| l.split('\t').nth(1)).collect();
        let places = list::COUNTRY | list::CAPITAL | list::CITY | list::DEMONYM | list::ORG;
        for (name, code) in &lx.people {
            let ok = if code.starts_with("IGO") || code.starts_with("IMG") {
                orgs.contains(&code.as_str())
            } else {
                code.len() == 6 && countries.contains(&&code[..3]) && agents.contains(&&code[3..])
            };
            assert!(ok, "{name}: unknown code {code}");
            // a person's name is not a place or an organization's name
            let lists = lx.by_phrase.get(name).map(|i| i.lists).unwrap_or(0);
            assert_eq!(lists & places, 0, "{name} is also a place or organization");
            // nothing of people.tsv reaches the tagger's gazetteer masks
            let h = Lexicon::phrase_hash_iter(name.split(' ').map(hash_str));
            assert_eq!(
                lx.masks.get(&h).copied(),
                lx.by_phrase.get(name).map(|i| i.lists)
            );
        }
        assert!(lx.people.len() > 1000);
    }

    #[test]
    fn phrase_matching_on_hashes() {
        let lx = Lexicon::get();
        let words = ["in", "new", "york", "and", "buenos", "aires"];
        let hs: Vec<u64> = words.iter().map(|w| hash_str(w)).collect();
        let m = lx.matches(&hs);
        assert!(m
            .iter()
            .any(|&(s, l, mask)| s == 1 && l == 2 && mask & list::CITY != 0));
        assert!(m
            .iter()
            .any(|&(s, l, mask)| s == 4 && l == 2 && mask & list::CAPITAL != 0));
    }
}
