//! CAMEO-style actor codes: a country's ISO-3166 alpha-3 code (or `---` when the country
//! is unknown) followed by an agent code (`GOV`, `MIL`, `REB`, `COP`, …), from sitrep's own
//! lexicon ([`crate::lexicon`]).
//!
//! - countries: "Chile" → `CHL`; demonyms: "Chilean" → `CHL`;
//! - capitals and seats of government stand for governments: "Moscow", "the Kremlin" → `RUSGOV`;
//! - institutions: "the Chilean army" → `CHLMIL`, "Defence Ministry" → `---MIL`, "police" → `---COP`;
//! - role nouns: "Bolivian rebels" → `BOLREB`, "protesters" → `---CVL`;
//! - known organizations: "NATO" → `IGONAT`, "Taliban" → `AFGREB`;
//! - well-known people, by whole name ([`person_code`], [`with_person`]): "Putin" → `RUSGOV`.

use crate::lexicon::{list, Lexicon};

/// Words that make an organization name an institution of a given agent type.
const INSTITUTIONS: &[(&str, &str)] = &[
    ("army", "MIL"),
    ("military", "MIL"),
    ("navy", "MIL"),
    ("forces", "MIL"),
    ("troops", "MIL"),
    ("brigade", "MIL"),
    ("battalion", "MIL"),
    ("regiment", "MIL"),
    ("division", "MIL"),
    ("corps", "MIL"),
    ("marines", "MIL"),
    ("defence", "MIL"),
    ("defense", "MIL"),
    ("police", "COP"),
    ("gendarmerie", "COP"),
    ("guard", "COP"),
    ("intelligence", "SPY"),
    ("parliament", "LEG"),
    ("congress", "LEG"),
    ("senate", "LEG"),
    ("assembly", "LEG"),
    ("legislature", "LEG"),
    ("court", "JUD"),
    ("tribunal", "JUD"),
    ("judiciary", "JUD"),
    ("prosecutor", "JUD"),
    ("rebels", "REB"),
    ("rebel", "REB"),
    ("liberation", "REB"),
    ("guerrillas", "REB"),
    ("militia", "UAF"),
    ("opposition", "OPP"),
    ("party", "PTY"),
    ("ministry", "GOV"),
    ("government", "GOV"),
    ("cabinet", "GOV"),
    ("presidency", "GOV"),
    ("administration", "GOV"),
    ("council", "GOV"),
    ("embassy", "GOV"),
    ("bank", "BUS"),
    ("inc", "BUS"),
    ("corp", "BUS"),
    ("corporation", "BUS"),
    ("company", "BUS"),
    ("ltd", "BUS"),
    ("plc", "BUS"),
    ("group", "BUS"),
    ("airlines", "BUS"),
    ("news", "MED"),
    ("times", "MED"),
    ("television", "MED"),
    ("radio", "MED"),
    ("newspaper", "MED"),
    ("university", "EDU"),
    ("union", "LAB"),
];

/// Splits an actor code into (country, agent): `CHLMIL` → (`CHL`, `MIL`), `IGONAT` →
/// (`IGONAT`, ""), `---GOV` → ("", `GOV`).
pub fn split(code: &str) -> (&str, &str) {
    if code.starts_with("IGO") || code.starts_with("NGO") || code.starts_with("IMG") {
        return (code, "");
    }
    if code.len() < 3 || !code.is_char_boundary(3) {
        return ("", code);
    }
    let (c, a) = code.split_at(3);
    if c == "---" {
        ("", a)
    } else {
        (c, a)
    }
}

/// Joins a country (may be empty) and an agent (may be empty) into a code.
pub fn join(country: &str, agent: &str) -> Option<String> {
    match (country.is_empty(), agent.is_empty()) {
        (true, true) => None,
        (false, _) => Some(format!("{country}{agent}")),
        (true, false) => Some(format!("---{agent}")),
    }
}

/// Role nouns that name a person's place in a body rather than the body
/// (`data/person_roles.txt`, shared with sitrep-extract).
fn is_person_role(w: &str) -> bool {
    include_str!("data/person_roles.txt")
        .lines()
        .map(str::trim)
        .any(|l| !l.starts_with('#') && l == w)
}

fn strip_possessive(w: &str) -> &str {
    w.trim_end_matches("'s")
        .trim_end_matches("’s")
        .trim_end_matches('\'')
}

/// The actor code of a phrase given as its words ("the", "Chilean", "army"), or None.
///
/// Whole known names win (organizations, countries, capitals); otherwise the longest
/// country word (country, demonym, capital, city) gives the country and the last role or
/// institution word the agent.
pub fn code_for_words<S: AsRef<str>>(words: &[S]) -> Option<String> {
    let lx = Lexicon::get();
    let article = |w: &str| matches!(w.to_lowercase().as_str(), "the" | "a" | "an");
    let start = words.iter().take_while(|w| article(w.as_ref())).count();
    let words = &words[start..];
    // A listed name with its possessive whole: "Korean People's Army", "People's
    // Liberation Army".
    if words.iter().any(|w| matches!(w.as_ref(), "'s" | "’s")) {
        if let Some(a) = lx.lookup_words(words).and_then(|i| i.actor.clone()) {
            return Some(a);
        }
    }
    let mut ws: Vec<&str> = words
        .iter()
        .map(|w| strip_possessive(w.as_ref()))
        .filter(|w| !w.is_empty() && !matches!(*w, "'s" | "’s"))
        .collect();
    while ws.first().is_some_and(|w| article(w)) {
        ws.remove(0);
    }
    if ws.is_empty() {
        return None;
    }
    // The Americas are no one country: "Latin American", "South America".
    if ws.len() >= 2
        && ["latin", "south", "central", "north", "pan"]
            .contains(&ws[ws.len() - 2].to_lowercase().as_str())
        && ws[ws.len() - 1].to_lowercase().starts_with("america")
    {
        return None;
    }
    if let Some(info) = lx.lookup_words(&ws) {
        if let Some(a) = &info.actor {
            return Some(a.clone());
        }
        if let Some(c) = &info.country {
            if info.lists & list::CAPITAL != 0 && info.lists & list::COUNTRY == 0 {
                return Some(format!("{c}GOV"));
            }
            if info.lists & (list::COUNTRY | list::DEMONYM | list::CITY) != 0 {
                return Some(c.clone());
            }
        }
    }
    let mut country = String::new();
    let mut agent = String::new();
    // "a Soviet-era airbase", "the Tajik dominated Northern Alliance", "a Chinese-made
    // rifle": a country that dates, styles or makes a thing, or dominates a body, is not
    // the country it belongs to.
    let qualifier = |j: usize| {
        let q = |w: &str| {
            matches!(
                w,
                "era" | "style" | "made" | "built" | "designed" | "dominated"
            )
        };
        let at = |k: usize| ws.get(k).map(|w| w.to_lowercase()).unwrap_or_default();
        let w = at(j);
        // "-" then the word, or a word ending in "-era" …; bare, only "dominated"
        (w == "-" && q(&at(j + 1)))
            || w.rsplit_once('-').is_some_and(|(_, s)| q(s))
            || w == "dominated"
    };
    let mut i = 0;
    while i < ws.len() {
        // longest lexicon phrase starting at i
        let mut matched = 0;
        for len in (1..=lx.max_len().min(ws.len() - i)).rev() {
            if let Some(info) = lx.lookup_words(&ws[i..i + len]) {
                if let Some(a) = &info.actor {
                    let (c, ag) = split(a);
                    if country.is_empty() && !c.is_empty() && !qualifier(i + len) {
                        country = c.to_string();
                    }
                    if !ag.is_empty() {
                        agent = ag.to_string();
                    }
                    matched = len;
                    break;
                }
                if let Some(c) = &info.country {
                    if info.lists & (list::COUNTRY | list::DEMONYM | list::CAPITAL | list::CITY)
                        != 0
                    {
                        // ("the Kyoto Protocol", "the Oslo Accords": a city names where
                        // an accord was made, not a party to it.)
                        let city = info.lists & (list::COUNTRY | list::DEMONYM) == 0;
                        let accord = ws.get(i + len).is_some_and(|w| {
                            matches!(
                                w.to_lowercase().as_str(),
                                "protocol"
                                    | "protocols"
                                    | "treaty"
                                    | "accord"
                                    | "accords"
                                    | "agreement"
                                    | "convention"
                                    | "conventions"
                                    | "declaration"
                            )
                        });
                        if country.is_empty() && !qualifier(i + len) && !(city && accord) {
                            country = c.clone();
                        }
                        matched = len;
                        break;
                    }
                }
                if let Some(a) = &info.agent {
                    if info.lists & (list::AGENT | list::TITLE) != 0 {
                        // A person's place in a body ("leader", "official") does not
                        // override the body named before it: "opposition leader" OPP.
                        let person = len == 1 && is_person_role(&ws[i].to_lowercase());
                        if !person || agent.is_empty() {
                            agent = a.clone();
                        }
                        matched = len;
                        break;
                    }
                }
            }
        }
        if matched == 0 {
            let lw = ws[i].to_lowercase();
            if let Some((_, a)) = INSTITUTIONS.iter().find(|(w, _)| *w == lw) {
                // "defence" marks the ministry as military, but a later head word
                // ("defence ministry") keeps that: only override an empty agent or GOV.
                if agent.is_empty() || agent == "GOV" || *a != "GOV" {
                    agent = a.to_string();
                }
            }
            matched = 1;
        }
        i += matched;
    }
    join(&country, &agent)
}

/// The actor code of a well-known person named by exactly these words ("Vladimir Putin",
/// "Putin" → `RUSGOV`; `data/people.tsv`), possessive and leading article stripped.
pub fn person_code<S: AsRef<str>>(words: &[S]) -> Option<String> {
    let ws: Vec<&str> = words
        .iter()
        .map(|w| strip_possessive(w.as_ref()))
        .filter(|w| !w.is_empty() && !matches!(*w, "'s" | "’s" | "the"))
        .collect();
    if ws.is_empty() {
        return None;
    }
    Lexicon::get().person(&ws).map(str::to_string)
}

/// A person's code from the context of the text (titles, "of" entities, demonyms: `ctx`)
/// combined with the code the person list gives (`person`). Context words win where they
/// say more:
/// - a country in the context wins, with its agent, even when it differs from the list's
///   ("former Israeli Prime Minister Ehud Barak" → `ISRGOV`; "South Korean Foreign Minister
///   Ban Ki-moon" → `KORGOV`, though the list says `IGOUNO`): the text knows the role it
///   speaks of; with no agent in the context, the list's agent is added only when the
///   countries agree;
/// - with an agent alone in the context ("President Putin", "General Prayuth"), the list
///   gives the country, and the context's agent is kept unless it is the generic `GOV`
///   and the list's agent is more specific ("leader Haniyeh" stays `PSEREB`);
/// - a list code that is an organization (`IGOUNO`) stands alone unless the context names
///   a country or organization.
pub fn with_person(ctx: Option<&str>, person: &str) -> Option<String> {
    let Some(ctx) = ctx else {
        return Some(person.to_string());
    };
    let (cc, ca) = split(ctx);
    let (pc, pa) = split(person);
    if !cc.is_empty() {
        if ca.is_empty() && cc == pc {
            return join(cc, pa);
        }
        return Some(ctx.to_string());
    }
    if pc.len() > 3 || pa.is_empty() {
        // an IGO head (or a list code with no agent)
        return Some(person.to_string());
    }
    let agent = if ca == "GOV" && !pa.is_empty() {
        pa
    } else {
        ca
    };
    join(pc, agent)
}

/// The actor code of a phrase of free text ("Chilean troops").
pub fn code_for_text(text: &str) -> Option<String> {
    let toks = sitrep_text::tokenize(text);
    let words: Vec<&str> = toks.iter().map(|t| &text[t.start..t.end]).collect();
    code_for_words(&words)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn countries_demonyms_capitals() {
        assert_eq!(code_for_text("Chile").as_deref(), Some("CHL"));
        assert_eq!(code_for_text("Chilean").as_deref(), Some("CHL"));
        assert_eq!(code_for_text("Moscow").as_deref(), Some("RUSGOV"));
        assert_eq!(code_for_text("the Kremlin").as_deref(), Some("RUSGOV"));
        assert_eq!(code_for_text("Washington").as_deref(), Some("USAGOV"));
        // "U.S." at the end of a sentence is tokenized "U.S" + "."
        assert_eq!(code_for_words(&["U.S"]).as_deref(), Some("USA"));
        // the Americas are no one country
        assert_eq!(code_for_text("Latin American"), None);
        assert_eq!(code_for_text("South America"), None);
        assert_eq!(code_for_text("American").as_deref(), Some("USA"));
    }

    #[test]
    fn institutions_and_role_nouns() {
        assert_eq!(code_for_text("the Chilean army").as_deref(), Some("CHLMIL"));
        assert_eq!(code_for_text("Bolivian rebels").as_deref(), Some("BOLREB"));
        assert_eq!(
            code_for_text("Chile's Defence Ministry").as_deref(),
            Some("CHLMIL")
        );
        assert_eq!(code_for_text("Peruvian police").as_deref(), Some("PERCOP"));
        assert_eq!(code_for_text("troops").as_deref(), Some("---MIL"));
        assert_eq!(code_for_text("protesters").as_deref(), Some("---CVL"));
        assert_eq!(
            code_for_text("the Colombian Senate").as_deref(),
            Some("COLLEG")
        );
        assert_eq!(code_for_text("NATO").as_deref(), Some("IGONAT"));
        assert_eq!(
            code_for_text("Taliban militants").as_deref(),
            Some("AFGREB")
        );
        assert_eq!(code_for_text("the weather"), None);
        // A person's place in a body keeps the body named before it.
        assert_eq!(
            code_for_text("Ugandan opposition leader").as_deref(),
            Some("UGAOPP")
        );
        assert_eq!(
            code_for_text("a Syrian rebel commander").as_deref(),
            Some("SYRREB")
        );
        assert_eq!(
            code_for_text("a Kenyan government official").as_deref(),
            Some("KENGOV")
        );
        assert_eq!(code_for_text("Chilean leader").as_deref(), Some("CHLGOV"));
    }

    #[test]
    fn people_from_the_list_and_context() {
        // a bare surname and a full name
        assert_eq!(person_code(&["Putin"]).as_deref(), Some("RUSGOV"));
        assert_eq!(person_code(&["Erdogan's"]).as_deref(), Some("TURGOV"));
        assert_eq!(
            person_code(&["Benjamin", "Netanyahu"]).as_deref(),
            Some("ISRGOV")
        );
        assert_eq!(person_code(&["Ana", "Ruiz"]), None);
        // heads of international organizations take the organization's code
        assert_eq!(person_code(&["Kofi", "Annan"]).as_deref(), Some("IGOUNO"));
        assert_eq!(
            person_code(&["Jens", "Stoltenberg"]).as_deref(),
            Some("IGONAT")
        );
        assert_eq!(
            person_code(&["Ursula", "von", "der", "Leyen"]).as_deref(),
            Some("IGOEUR")
        );
        // armed-group leaders take their group's code (orgs.tsv)
        assert_eq!(
            person_code(&["Hassan", "Nasrallah"]),
            code_for_text("Hezbollah")
        );
        assert_eq!(person_code(&["Haniyeh"]), code_for_text("Hamas"));
        // no context: the list's code
        assert_eq!(with_person(None, "RUSGOV").as_deref(), Some("RUSGOV"));
        // an agent alone in the context: the list gives the country
        assert_eq!(
            with_person(Some("---GOV"), "RUSGOV").as_deref(),
            Some("RUSGOV")
        );
        assert_eq!(
            with_person(Some("---MIL"), "THAGOV").as_deref(),
            Some("THAMIL")
        );
        assert_eq!(
            with_person(Some("---GOV"), "PSEREB").as_deref(),
            Some("PSEREB")
        );
        assert_eq!(
            with_person(Some("---GOV"), "IGOUNO").as_deref(),
            Some("IGOUNO")
        );
        // a country in the context wins, even a different one
        assert_eq!(
            with_person(Some("KORGOV"), "IGOUNO").as_deref(),
            Some("KORGOV")
        );
        assert_eq!(
            with_person(Some("ISRMIL"), "ISRGOV").as_deref(),
            Some("ISRMIL")
        );
        assert_eq!(with_person(Some("USA"), "GBRGOV").as_deref(), Some("USA"));
        assert_eq!(
            with_person(Some("GBR"), "GBRGOV").as_deref(),
            Some("GBRGOV")
        );
        assert_eq!(
            with_person(Some("IGONAT"), "NLDGOV").as_deref(),
            Some("IGONAT")
        );
    }

    #[test]
    fn split_and_join() {
        assert_eq!(split("CHLMIL"), ("CHL", "MIL"));
        assert_eq!(split("---GOV"), ("", "GOV"));
        assert_eq!(split("IGONAT"), ("IGONAT", ""));
        assert_eq!(join("", "MIL").as_deref(), Some("---MIL"));
        assert_eq!(join("CHL", "").as_deref(), Some("CHL"));
        assert_eq!(join("", ""), None);
    }
}
