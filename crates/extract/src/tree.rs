//! Event arguments read off the dependency tree, used when the parser ran.
//!
//! Who acts and who is acted on come from grammatical relations, in active and passive
//! form, through control ("plans to visit"), coordination ("X and Y met"), relative
//! clauses ("the group, which attacked …") and reduced relatives ("the man killed by
//! police"). An argument's actor comes from its head mention, or, when that names no
//! country, from the phrase's modifiers: "Opponents of Rwanda's Senate", "the mayor of
//! Nablus", "US and British activists" (one actor per conjoined country).

use crate::np::{phrase_at, Arg};
use crate::view::{View, DAYS};

/// Nouns that name a time, never an actor, even when the parser makes them a subject
/// ("Ukrainian lawmakers Tuesday endorsed …").
const TIME_NOUNS: &[&str] = &[
    "today",
    "yesterday",
    "tomorrow",
    "tonight",
    "morning",
    "afternoon",
    "evening",
    "night",
    "week",
    "weekend",
    "month",
    "year",
];

/// Verbs of saying, which report a clause rather than act in it.
const SAY: &[&str] = &[
    "say", "tell", "add", "confirm", "report", "announce", "state",
];

/// Relative pronouns: a relative clause's subject stands for the noun it modifies.
const RELATIVE: &[&str] = &["who", "which", "that", "whom"];

pub fn is_time(v: &View, i: usize) -> bool {
    let month = |k: usize| sitrep_doc::calendar::month_of_name(v.word(k)).is_some();
    v.is(i, DAYS)
        || v.is(i, TIME_NOUNS)
        || month(i)
        // "On September 18": a day number next to its month.
        || (v.pos(i) == Some("NUM")
            && ((i > 0 && month(i - 1)) || (i + 1 < v.toks.len() && month(i + 1))))
}

/// Country part of an actor code, when it names one.
fn country(code: &str) -> Option<&str> {
    let c = code.get(..3)?;
    (c != "---"
        && !c.starts_with('~')
        && !c.starts_with('"')
        && c.chars().all(|x| x.is_ascii_uppercase()))
    .then_some(c)
}

/// The head's code with the country of a modifier: `---OPP` + `RWA` is `RWAOPP`; a head
/// with no code takes the country alone.
fn with_country(head: Option<&str>, c: &str) -> String {
    match head {
        Some(h) if h.starts_with("---") => format!("{c}{}", &h[3..]),
        Some(h) if h.len() > 3 && country(h).is_none() => format!("{c}{h}"),
        _ => c.to_string(),
    }
}

/// Nouns of a relation to another party beside the neighbours and rivals
/// (`NEIGHBOURS`): the possessor or modifier on them is that other party ("Israel's
/// ally", "US allies"), not the country they belong to.
const ALLIES: &[&str] = &[
    "ally", "allies", "proxy", "proxies", "partner", "partners", "enemy", "enemies",
];

/// Whether token `h` is a noun of a relation to another party ("ally", "neighbours").
pub(crate) fn relation_noun(v: &View, h: usize) -> bool {
    v.is(h, ALLIES) || v.is(h, NEIGHBOURS)
}

/// Whether token `c` names a state: "its", "their", or a mention of a place ("Israel",
/// "Moscow"). A state's rival or ally is another state; a person's or a party's is of
/// their own country ("Trump's rivals", "the PUK's rival").
pub(crate) fn names_state(v: &View, c: usize) -> bool {
    v.is(c, &["its", "their"])
        || v.mention_of[c].is_some_and(|m| {
            v.mentions[m]
                .entity
                .as_deref()
                .is_some_and(|id| v.is_place_entity(id))
        })
}

/// Whether the relation noun `h` ("ally") has a state for the other side of it: a
/// possessor, a compound or an "of" phrase naming one ("Israel's militia ally", "US
/// allies", "an ally of Iran"; not where it is: "allies in the United States").
fn related_to_state(v: &View, h: usize) -> bool {
    relation_noun(v, h)
        && v.children(h).any(|c| match v.dep(c) {
            "nmod:poss" | "compound" => names_state(v, c),
            "nmod" => v.has_dep_word(c, "case", &["of"]) && names_state(v, c),
            _ => false,
        })
}

/// Codes with a country named inside the subtree of `h` through modifiers, and the
/// conjuncts of that modifier ("US and British"): at most a few, depth-limited.
fn modifier_countries(v: &View, h: usize, depth: usize) -> Vec<String> {
    let mut out: Vec<String> = Vec::new();
    // "the deputy chief of Israel's militia ally", "Russia's neighbours": a noun of a
    // relation names the other party of it, whose country its modifiers do not give.
    if depth == 0 || related_to_state(v, h) {
        return out;
    }
    // Order of preference: appositive, possessor, adjectival and compound modifiers,
    // then "of/from" phrases, then where it is ("the refineries in Iran").
    let mut kids: Vec<(u8, usize)> = Vec::new();
    for c in v.children(h) {
        let rank = match v.dep(c) {
            "appos" => 0,
            "nmod:poss" => 1,
            "compound" if locates_gathering(v, c, h) => continue,
            // ("the Tajik dominated Northern Alliance": who dominates a body is not its
            // party.)
            "amod" if v.is(c, &["dominated"]) => continue,
            "amod" | "compound" | "flat" | "nmod:desc" => 2,
            "nmod" => {
                let case = v.children(c).find(|&k| v.dep(k) == "case");
                match case {
                    // ("an airbase 30 kilometres from Iran's border" is not Iran's)
                    Some(k)
                        if v.is(k, &["from"]) && v.is(c, &["border", "borders", "frontier"]) =>
                    {
                        continue
                    }
                    Some(k) if v.is(k, &["of", "from"]) => 3,
                    Some(k) if v.is(k, &["in", "throughout", "across"]) => 4,
                    _ => continue,
                }
            }
            _ => continue,
        };
        kids.push((rank, c));
    }
    kids.sort();
    for (_, c) in kids {
        // The modifier's own phrase ("Rwanda's Senate" is Rwanda's, not the US one).
        let own = v.mention_of[c].and_then(|m| {
            let phrase = phrase_at(v, c).actor;
            let head = v.mentions[m].actor.clone();
            [phrase, head]
                .into_iter()
                .flatten()
                .find_map(|a| country(&a).map(str::to_string))
        });
        let mut found: Vec<String> = own.into_iter().collect();
        if found.is_empty() {
            found = modifier_countries(v, c, depth - 1);
        }
        if !found.is_empty() {
            // Conjoined modifiers: "US and British activists".
            for k in v.children(c).filter(|&k| v.dep(k) == "conj") {
                if let Some(x) = v.mention_of[k]
                    .and_then(|m| v.mentions[m].actor.as_deref())
                    .and_then(country)
                {
                    if !found.iter().any(|f| f == x) {
                        found.push(x.to_string());
                    }
                }
            }
            out = found;
            break;
        }
    }
    out
}

/// For a demonym or name at `h` with a name conjoined to it and nothing between to join
/// them ("Russian Prime Minister Viktor Chernomyrdin" read as "Russian" and "Viktor"),
/// that name.
fn titled_name(v: &View, h: usize) -> Option<usize> {
    if !v.parsed || !matches!(v.pos(h), Some("PROPN" | "ADJ")) {
        return None;
    }
    v.children(h).find(|&c| {
        c > h
            && v.dep(c) == "conj"
            && v.pos(c) == Some("PROPN")
            && !(h + 1..c).any(|t| v.is(t, &[",", "and", "or", "&", ";", "as", "well", "-"]))
            && !v.children(c).any(|k| matches!(v.dep(k), "cc" | "punct"))
    })
}

/// The actor phrases headed by `h`: the phrase itself, with its actor completed from its
/// modifiers when it names no country, one per conjoined country, and its conjuncts
/// ("Brazil and the United States").
pub fn actors_at(v: &View, h: usize) -> Vec<Arg> {
    let mut out = Vec::new();
    if is_time(v, h) {
        return out;
    }
    // "met Russian Prime Minister Viktor Chernomyrdin", read as "Russian" with "Viktor"
    // conjoined to it: the name the title is of.
    // (The other conjuncts are still conjoined: "Greek Prime Minister Costas Simitis
    // and Foreign Minister Theodoros Pangalos".)
    if let Some(c) = titled_name(v, h) {
        let mut all = actors_at(v, c);
        let land = all
            .first()
            .and_then(|a| a.actor.as_deref())
            .and_then(country)
            .map(str::to_string);
        for k in v.children(h).filter(|&k| k != c && v.dep(k) == "conj") {
            // (of the demonym's country when it names none: "Foreign Minister Theodoros
            // Pangalos" is Greek too)
            all.extend(actors_at(v, k).into_iter().map(|mut a| {
                if let (Some(l), Some(x)) = (&land, a.actor.as_deref()) {
                    if let Some(sector) = x.strip_prefix("---") {
                        a.actor = Some(format!("{l}{sector}"));
                    }
                }
                a
            }));
        }
        return all;
    }
    // "Thousands of Iraqi Kurds", "a group of Chechen refugees": the people counted.
    // ("Hundreds of protesters": a party of its kind, whose country the sentence may
    // give.)
    if v.is(h, COUNTED) {
        if let Some((of, inner)) = of_party(v, h) {
            let whole = Arg::from_range_pub(v, phrase_at(v, h).a, phrase_at(v, of).b);
            return inner
                .into_iter()
                .map(|a| Arg {
                    a: whole.a,
                    b: whole.b.max(a.b),
                    ..a
                })
                .collect();
        }
    }
    // "Serbia lodged a protest with Albania, charging its neighbour with …": a country's
    // neighbour or rival is another country; the one other country the sentence names,
    // if there is just one.
    if v.is(h, NEIGHBOURS) && v.mention_of[h].is_none() {
        // (A country's: "its neighbours", "Serbia's rivals"; a person's rivals are
        // of the person's country.)
        if let Some(c) = v
            .children(h)
            .find(|&c| v.dep(c) == "nmod:poss" && names_state(v, c))
        {
            let own: Vec<String> = actors_at(v, c)
                .iter()
                .filter_map(|a| a.actor.as_deref().and_then(country).map(str::to_string))
                .collect();
            if !own.is_empty() {
                let (sa, sb) = v.sents[v.toks[h].sent];
                let mut others: Vec<&str> = Vec::new();
                for k in sa..sb {
                    let Some(m) = v.mention_of[k] else { continue };
                    let m = &v.mentions[m];
                    if m.a != k || !m.entity.as_deref().is_some_and(|id| v.is_place_entity(id)) {
                        continue;
                    }
                    if let Some(x) = m.actor.as_deref().and_then(country) {
                        if !own.iter().any(|o| o == x) && !others.contains(&x) {
                            others.push(x);
                        }
                    }
                }
                let p = phrase_at(v, h);
                let whole = Arg::from_range_pub(v, p.a.min(c), p.b);
                return vec![Arg {
                    actor: (others.len() == 1).then(|| others[0].to_string()),
                    entity: None,
                    ..whole
                }];
            }
        }
    }
    // "The Czech foreign minister said his country would not …", "her government": a
    // person's country or government is that of the person's own country.
    if v.is(h, &["country", "nation", "government"]) && v.mention_of[h].is_none() {
        let owner = v
            .children(h)
            .find(|&c| v.dep(c) == "nmod:poss" && v.is(c, &["his", "her"]));
        if let Some(c) = owner {
            let own_country = |x: usize| {
                actors_at(v, x)
                    .iter()
                    .find_map(|a| a.actor.as_deref().and_then(country).map(str::to_string))
            };
            // The subject of a clause above, a person of a country ("The Czech foreign
            // minister said his country …"; "the president told visiting Prime Minister
            // Cameron that his government …" is the president's), else the person the
            // pronoun names.
            let above = {
                let mut g = v.toks[h].head;
                let mut found = None;
                for _ in 0..4 {
                    let Some(x) = g else { break };
                    if let Some(s) = v
                        .children(x)
                        .find(|&s| v.dep(s) == "nsubj" && s != h && !v.dominates(s, h))
                    {
                        // ("his" is a person's: not a place's)
                        if !names_state(v, s) {
                            found = own_country(s);
                        }
                        break;
                    }
                    g = v.toks[x].head;
                }
                found
            };
            let land = above.or_else(|| v.mention_of[c].and_then(|_| own_country(c)));
            if let Some(land) = land {
                let p = phrase_at(v, h);
                let actor = if v.is(h, &["government"]) {
                    format!("{land}GOV")
                } else {
                    land
                };
                return vec![Arg {
                    actor: Some(actor),
                    entity: None,
                    ..Arg::from_range_pub(v, p.a.min(c), p.b)
                }];
            }
        }
    }
    // "About 200 supporters of former President Ben Bella", "Zia's followers": a
    // following is of its leader's country (not of the leader's kind: supporters of a
    // president are no government).
    if v.is(h, FOLLOWERS) && v.mention_of[h].is_none() {
        let leader = v.children(h).find(|&c| {
            (v.dep(c) == "nmod" && c > h && v.has_dep_word(c, "case", &["of"]))
                || v.dep(c) == "nmod:poss"
        });
        if let Some(l) = leader {
            let mut cs: Vec<String> = Vec::new();
            for a in actors_at(v, l) {
                if let Some(c) = a.actor.as_deref().and_then(country) {
                    if !cs.iter().any(|x| x == c) {
                        cs.push(c.to_string());
                    }
                }
            }
            if !cs.is_empty() {
                let (p, q) = (phrase_at(v, h), phrase_at(v, l));
                let whole = Arg::from_range_pub(v, p.a.min(q.a), p.b.max(q.b));
                // (The following is no entity of its own: not the leader.)
                return cs
                    .into_iter()
                    .map(|c| Arg {
                        actor: Some(c),
                        entity: None,
                        ..whole.clone()
                    })
                    .collect();
            }
        }
    }
    // "Ethnic Albanians in south Serbia", "the Albanians of southern Serbia": a people
    // named with the country it lives in is of that country.
    // (The people's own word alone: "Iraqi Kurds in Germany" stay Iraqi.)
    if v.mention_of[h].is_some_and(|m| {
        v.mentions[m].a == h
            && v.mentions[m].b == h + 1
            && v.mentions[m]
                .actor
                .as_deref()
                .is_some_and(|a| a.len() == 3 && !a.starts_with("---"))
    }) && v.toks[h].text.ends_with('s')
        && v.toks[h]
            .text
            .chars()
            .next()
            .is_some_and(char::is_uppercase)
    {
        let home = v
            .children(h)
            .filter(|&c| v.dep(c) == "nmod" && v.has_dep_word(c, "case", &["in", "of"]))
            .find_map(|c| {
                let m = v.mention_of[c]?;
                let a = v.mentions[m].actor.as_deref()?;
                (a.len() == 3 && !a.starts_with("---")).then(|| a.to_string())
            });
        let own = v.mention_of[h].and_then(|m| v.mentions[m].actor.clone());
        if let Some(c) = home.filter(|c| Some(c) != own.as_ref()) {
            let p = phrase_at(v, h);
            return vec![Arg {
                a: p.a,
                b: p.b,
                entity: p.entity,
                actor: Some(c),
            }];
        }
    }
    // "A statement by the Chilean government", "a letter under the name of the
    // Macedonian Communist Party": a document stands for whoever issued it.
    if v.is(h, DOCUMENTS) {
        for c in v.children(h).filter(|&c| v.dep(c) == "nmod") {
            let by = if v.has_dep_word(c, "case", &["by", "from"]) {
                Some(c)
            } else if v.is(c, &["name"]) && v.has_dep_word(c, "case", &["under", "in"]) {
                v.children(c)
                    .find(|&x| v.dep(x) == "nmod" && v.has_dep_word(x, "case", &["of"]))
            } else {
                None
            };
            if let Some(x) = by {
                let issuer = actors_at(v, x);
                if issuer.iter().any(|a| a.actor.is_some()) {
                    return issuer;
                }
            }
        }
    }
    // "an artillery attack on the outskirts of Arbil", "shelled the town of Samarra":
    // the place whose part or kind it is.
    if v.is(h, crate::events::PART_OF_PLACE) || v.is(h, crate::events::PLACE_NOUNS) {
        if let Some((_, inner)) = of_party(v, h) {
            return inner;
        }
    }
    // The conjuncts, also those the parser chains on one another or reads as a list
    // ("France, Germany, Italy and Spain" with "Spain" on "Italy").
    let mut heads = vec![h];
    let mut k = 0;
    while k < heads.len() && heads.len() < 8 {
        let x = heads[k];
        // (A list item only after a comma: "Secretary of State Hillary Clinton" may
        // hang "Clinton" as a list item of the title.)
        // (A list is closed by its "and": a common noun conjoined after that, with no
        // "and" of its own, is an apposition of the whole: "Russia and Iran, allies of
        // Damascus, have warned".)
        let closed = v
            .children(x)
            .filter(|&c| v.dep(c) == "conj" && v.children(c).any(|k| v.dep(k) == "cc"))
            .min();
        let more: Vec<usize> = v
            .children(x)
            .filter(|&c| {
                // (An indefinite one with no "and" of its own is an apposition too:
                // "Senator Sheldon Whitehouse, a Democrat from Rhode Island, has
                // proposed".)
                let apposition = (closed.is_some_and(|k| c > k) && v.pos(c) == Some("NOUN"))
                    || v.has_dep_word(c, "det", &["a", "an"]);
                (v.dep(c) == "conj" || (v.dep(c) == "list" && c > 0 && v.is(c - 1, &[","])))
                    && !heads.contains(&c)
                    && (!apposition || v.children(c).any(|k| v.dep(k) == "cc"))
            })
            .collect();
        heads.extend(more);
        k += 1;
    }
    heads.truncate(8);
    // A list read as appositions ("The US, Russia, and Switzerland"): country names
    // after a country name.
    // (Not after a body's name: "the Red Crescent in Bam, Iran".)
    if phrase_at(v, h)
        .actor
        .as_deref()
        .and_then(country)
        .is_some_and(|c| !matches!(c, "IGO" | "NGO" | "IMG" | "MNC"))
    {
        heads.extend(v.children(h).filter(|&c| {
            v.dep(c) == "appos"
                && v.pos(c) == Some("PROPN")
                && phrase_at(v, c)
                    .actor
                    .as_deref()
                    .is_some_and(|a| a.len() == 3 && country(a).is_some())
        }));
    }
    // A conjunct with a preposition of its own is a phrase apart: "an appeal from
    // President Bello of Niger and from General Sani".
    let mut own_case = Vec::new();
    for x in heads {
        let arg = phrase_at(v, x);
        if x != h && v.children(x).any(|c| v.dep(c) == "case") {
            own_case.push(arg.a);
            out.push(arg);
            continue;
        }
        let cs = modifier_countries(v, x, 3);
        if let Some(own) = arg.actor.as_deref().and_then(country) {
            // "US and British troops": the phrase's country is one of conjoined ones.
            if cs.len() > 1 && cs.iter().any(|c| c == own) {
                let agent = arg.actor.as_deref().map(|a| a[3..].to_string());
                for c in cs {
                    let actor = Some(format!("{c}{}", agent.as_deref().unwrap_or("")));
                    out.push(Arg {
                        actor,
                        ..arg.clone()
                    });
                }
            } else {
                out.push(arg);
            }
            continue;
        }
        if cs.is_empty() {
            out.push(arg);
            continue;
        }
        for c in cs {
            let actor = Some(with_country(arg.actor.as_deref(), &c));
            out.push(Arg {
                actor,
                ..arg.clone()
            });
        }
    }
    // "Danish media and government", "Israeli troops and police": a country modifier of
    // the first conjunct is the country of the bare party nouns conjoined to it.
    if out.len() > 1 && !modifier_countries(v, h, 1).is_empty() {
        if let Some(c) = out[0]
            .actor
            .as_deref()
            .and_then(country)
            .map(str::to_string)
        {
            for a in out.iter_mut().skip(1).filter(|a| !own_case.contains(&a.a)) {
                if let Some(sector) = a.actor.as_deref().and_then(|x| x.strip_prefix("---")) {
                    a.actor = Some(format!("{c}{sector}"));
                }
            }
        }
    }
    out
}

/// For a noun that is no mention itself, its "of" phrase and that phrase's parties, when
/// one of them has an actor code ("thousands of Iraqi Kurds", "the outskirts of Arbil").
fn of_party(v: &View, h: usize) -> Option<(usize, Vec<Arg>)> {
    if v.mention_of[h].is_some() {
        return None;
    }
    let of = v
        .children(h)
        .find(|&c| v.dep(c) == "nmod" && c > h && v.has_dep_word(c, "case", &["of"]))?;
    let inner = actors_at(v, of);
    inner
        .iter()
        .any(|a| a.actor.is_some())
        .then_some((of, inner))
}

/// Nouns of meetings and the agreements made at them, which a place name before them
/// locates ("the Warsaw summit", "the Geneva talks", "the Minsk agreement").
pub(crate) const GATHERINGS: &[&str] = &[
    "summit",
    "summits",
    "talks",
    "conference",
    "meeting",
    "negotiations",
    "forum",
    "accord",
    "accords",
    "agreement",
    "round",
    "protocol",
    "treaty",
    "convention",
    "conventions",
];

/// Whether the name at `c` only says where the gathering at `h` is held ("the Warsaw
/// summit", "the Minsk agreement"), and names no party of it; a hyphenated pair names
/// its sides ("the US-China talks").
pub(crate) fn locates_gathering(v: &View, c: usize, h: usize) -> bool {
    let hyphen = |k: usize| k < v.toks.len() && v.word(k) == "-";
    // "the Ankara bombing", "the Oklahoma City bombing": a town named before an
    // attack is where it was, not who did it (a country or a people before one is:
    // "Israeli shelling", "U.S. air strikes").
    // (A town coded with its country's code is still no country: "the Orlando attack".)
    let town_attacked = v.is(h, TOWN_ATTACKS)
        && v.mention_of[c].is_some_and(|m| {
            let m = &v.mentions[m];
            let words: Vec<&str> = (m.a..m.b).map(|k| v.word(k)).collect();
            m.entity.as_deref().is_some_and(|id| v.is_place_entity(id))
                && (m.actor.as_deref().is_none_or(|a| a.len() > 3)
                    || !crate::view::is_country_name(&words.join(" ")))
        });
    c < h
        && (v.is(h, GATHERINGS) || town_attacked)
        && (!v.parsed || v.toks[c].head == Some(h))
        && !hyphen(c + 1)
        && !(c > 0 && hyphen(c - 1))
        && !v.word(c).contains('-')
}

/// Nouns of attacks and protests that a town's name before them locates.
const TOWN_ATTACKS: &[&str] = &[
    "bombing",
    "bombings",
    "blast",
    "blasts",
    "attack",
    "attacks",
    "shooting",
    "shootings",
    "massacre",
    "explosion",
    "explosions",
    "killings",
    "siege",
    "assault",
    "assaults",
    "offensive",
    "raid",
    "raids",
    "fighting",
    "battle",
    "clashes",
    // ("the Tulsa protest", "the Seattle riots": where, not who; a town's rally is
    // left to the campaign-rally rule)
    "protest",
    "protests",
    "demonstration",
    "demonstrations",
    "march",
    "riot",
    "riots",
];

/// Nouns of a conflict between sides.
const CONFLICTS: &[&str] = &[
    "war", "conflict", "fight", "fighting", "battle", "struggle", "dispute", "standoff",
];

/// Nouns of documents that speak for whoever issues them.
pub const DOCUMENTS: &[&str] = &[
    "statement",
    "message",
    "declaration",
    "communique",
    "communiqué",
    "letter",
    "resolution",
    "report",
    "note",
    "memorandum",
    "decree",
];

/// Verbs whose subject is the author of the document they take.
const ISSUING: &[&str] = &[
    "issued",
    "issues",
    "issue",
    "issuing",
    "released",
    "releases",
    "release",
    "published",
    "publishes",
    "sent",
    "sends",
    "adopted",
    "adopts",
    "passed",
    "passes",
    "signed",
    "signs",
    "posted",
    "posts",
    "circulated",
    "submitted",
    "wrote",
    "writes",
    "delivered",
    "addressed",
    "addresses",
    "handed",
    "presented",
    "presents",
    "sending",
    "submits",
];

/// Nouns of a length of time ("served two months", "spent three years").
const DURATIONS: &[&str] = &[
    "second", "seconds", "minute", "minutes", "hour", "hours", "day", "days", "week", "weeks",
    "month", "months", "year", "years", "decade", "decades", "sentence", "term", "time",
];

/// The verb that issues the document a present participle at `x` describes, when the
/// document is its object ("issued a declaration demanding …", "sent a letter to Kuwait
/// demanding …"): what the document says, its issuer says. (Not "vetoed a resolution
/// censuring …": the vetoer did not write it.)
pub(crate) fn document_issuer_verb(v: &View, x: usize) -> Option<usize> {
    if v.dep(x) != "acl" || !v.word(x).ends_with("ing") {
        return None;
    }
    let p = v.toks[x]
        .head
        .filter(|&p| v.is(p, DOCUMENTS) && v.dep(p) == "obj")?;
    v.toks[p].head.filter(|&g| v.is(g, ISSUING))
}

/// Verbs whose object is to do what their infinitive says ("urged Iran to free", "asks
/// Turkey to release", "invited Cuba to join").
pub(crate) const OBJECT_CONTROL: &[&str] = &[
    "urge",
    "ask",
    "call",
    "order",
    "tell",
    "force",
    "allow",
    "invite",
    "encourage",
    "persuade",
    "permit",
    "instruct",
    "request",
    "press",
    "pressure",
    "advise",
    "authorize",
    "authorise",
    "compel",
    "require",
    "direct",
    "beg",
    "implore",
    "push",
    "prompt",
    "inspire",
    "lead",
    "cause",
    "motivate",
    "drive",
];

/// Nouns of time given to someone to do something ("gave them 48 hours to leave").
const GIVEN_TIME: &[&str] = &[
    "hours",
    "hour",
    "days",
    "day",
    "weeks",
    "week",
    "months",
    "month",
    "deadline",
    "ultimatum",
    "chance",
    "opportunity",
    "time",
];

/// "gave the mutineers 48 hours to surrender": when the verb at `g` gives someone time
/// for the infinitive at `x`, the one given it (the indirect object, or the object
/// beside the time).
pub(crate) fn deadline_recipient(v: &View, g: usize, x: usize) -> Option<usize> {
    if !matches!(v.lemma(g), "give" | "grant" | "allow") {
        return None;
    }
    let objects: Vec<usize> = v
        .children(g)
        .filter(|&c| c < x && matches!(v.dep(c), "obj" | "iobj"))
        .collect();
    let time = |c: usize| {
        v.is(c, GIVEN_TIME)
            || v.children(c)
                .any(|k| v.dep(k) == "appos" && v.is(k, GIVEN_TIME))
    };
    if !objects.iter().any(|&c| time(c)) {
        return None;
    }
    objects.into_iter().find(|&c| !v.is(c, GIVEN_TIME))
}

/// Nouns of another country related to the possessor's ("its neighbour").
const NEIGHBOURS: &[&str] = &[
    "neighbor",
    "neighbour",
    "neighbors",
    "neighbours",
    "rival",
    "rivals",
    "foe",
    "foes",
    "adversary",
    "adversaries",
];

/// Nouns of a border between two countries.
const BORDERS: &[&str] = &[
    "border",
    "borders",
    "frontier",
    "frontiers",
    "crossing",
    "crossings",
    "boundary",
];

/// Verbs of keeping someone from doing something ("barred the leader from flying").
const KEEPING_FROM: &[&str] = &[
    "bar",
    "prevent",
    "stop",
    "ban",
    "block",
    "keep",
    "forbid",
    "prohibit",
    "restrain",
    "deter",
    "discourage",
    "exclude",
    "hinder",
    "dissuade",
];

/// Whether the verb at `g` keeps its object from doing something ("barred", "prevented").
pub(crate) fn keeps_from(v: &View, g: usize) -> bool {
    KEEPING_FROM.contains(&v.lemma(g))
}

/// Past forms of verbs that take no patient (no passive participle reading).
pub(crate) const NO_PATIENT: &[&str] = &[
    "demonstrated",
    "marched",
    "rallied",
    "rioted",
    "clashed",
    "gathered",
    "mutinied",
    "rebelled",
    "fled",
    "struck",
    "protested",
];

/// Words that count or group the people of their "of" phrase.
pub(crate) const COUNTED: &[&str] = &[
    "tens",
    "hundreds",
    "thousands",
    "millions",
    "dozens",
    "scores",
    "group",
    "groups",
    "crowd",
    "crowds",
    "band",
    "handful",
    "number",
    "majority",
    "bunch",
    "contingent",
];

/// Nouns of aid, which is for someone ("aid for Romania").
const AID_NOUNS: &[&str] = &[
    "aid",
    "assistance",
    "relief",
    "loan",
    "loans",
    "credits",
    "grant",
    "grants",
    "help",
];

/// Whether the word at `x` (its form or its lemma) is a one-word verb of the lexicon for
/// coercion, assault, fighting or mass violence (roots 17-20).
fn force_verb(v: &View, x: usize) -> bool {
    let lx = crate::lexicon::lexicon();
    lx.get(v.word(x))
        .iter()
        .chain(lx.get(v.lemma(x)).iter())
        .any(|e| {
            e.kind == crate::lexicon::Kind::Verb
                && e.after.is_empty()
                && matches!(crate::cameo::root(e.code), "17" | "18" | "19" | "20")
        })
}

/// Nouns of what is done to someone, whose possessor is the one it is done to ("his
/// expulsion", "her release", "their arrest").
pub(crate) const PATIENT_NOUNS: &[&str] = &[
    "arrest",
    "arrests",
    "detention",
    "expulsion",
    "deportation",
    "release",
    "execution",
    "assassination",
    "abduction",
    "kidnapping",
    "extradition",
    "imprisonment",
    "jailing",
    "conviction",
    "sentencing",
    "impeachment",
    "ouster",
    "dismissal",
    "removal",
    "murder",
    "killing",
    "torture",
    "capture",
];

/// Whether the possessor `c` of the event noun `h` is the one the act is done to: a
/// person, a pronoun or a common noun before a noun of what is done to someone ("his
/// expulsion", "Wang's arrest", "the woman's murder"), with no "of" phrase naming that
/// one instead; a state or a body is the doer ("Israel's killings"), and a time neither
/// ("one year's imprisonment").
pub(crate) fn patient_possessor(v: &View, h: usize, c: usize) -> bool {
    if !v.is(h, PATIENT_NOUNS)
        || is_time(v, c)
        || v.children(h)
            .any(|k| v.dep(k) == "nmod" && v.has_dep_word(k, "case", &["of"]))
    {
        return false;
    }
    match v.mention_of[c] {
        Some(m) => match v.mentions[m].entity.as_deref() {
            Some(id) => v.entity_kind(id) == Some(sitrep_doc::EntityType::Person),
            None => v.pos(c) == Some("PRON"),
        },
        None => matches!(v.pos(c), Some("PRON" | "NOUN")) || v.pos(c) == Some("PROPN"),
    }
}

/// Nouns of demanding, whose clause says of whom ("the demand that Israel ease …").
const DEMAND_NOUNS: &[&str] = &[
    "demand",
    "demands",
    "call",
    "calls",
    "appeal",
    "appeals",
    "request",
    "requests",
    "ultimatum",
    "insistence",
];

/// Nouns for the people a party sends, posts or recalls: its envoys and its forces.
pub(crate) const SENT_PEOPLE: &[&str] = &[
    "ambassador",
    "ambassadors",
    "envoy",
    "envoys",
    "diplomats",
    "delegation",
    "troops",
    "forces",
    "soldiers",
    "peacekeepers",
];

/// Nouns for the people who follow a leader or a cause.
pub(crate) const FOLLOWERS: &[&str] = &[
    "supporters",
    "followers",
    "loyalists",
    "backers",
    "sympathizers",
    "sympathisers",
    "partisans",
    "adherents",
    "disciples",
];

/// First subject of `h` that is not a time word or a caption's label.
fn subject(v: &View, h: usize, rels: &[&str]) -> Option<usize> {
    let all: Vec<usize> = v
        .children(h)
        .filter(|&c| rels.contains(&v.dep(c)) && !is_time(v, c) && !caption_label(v, c))
        .collect();
    // After a dateline ("KAMPALA, March 3 — troops …"), the subject nearest the verb.
    match all.as_slice() {
        [] => None,
        [one] => Some(*one),
        [first, .., last] if (*first..*last).any(|k| v.is(k, &["—", "–", "--", ":"])) => {
            Some(*last)
        }
        [first, ..] => Some(*first),
    }
}

/// "Figure 7.3 In 1930, Gandhi led …", "Table 2: …": a caption's label parsed as a
/// subject names no party.
fn caption_label(v: &View, c: usize) -> bool {
    v.is(
        c,
        &[
            "figure", "fig", "fig.", "table", "chart", "map", "photo", "plate", "exhibit",
        ],
    ) && v
        .children(c)
        .any(|k| matches!(v.dep(k), "flat" | "nummod" | "compound") && v.pos(k) == Some("NUM"))
}

/// Case words of a nominal dependent.
fn case_of(v: &View, c: usize) -> Vec<usize> {
    v.children(c).filter(|&k| v.dep(k) == "case").collect()
}

/// Whether a phrase names a party: an actor code with a country or an international
/// body (a bare sector, "---MIL" for "a military offensive", names none, and a
/// better phrase is still looked for).
fn has_actor(a: &[Arg]) -> bool {
    a.iter()
        .any(|x| x.actor.as_deref().is_some_and(|c| !c.starts_with("---")))
}

/// What is fired or thrown at someone.
const PROJECTILES: &[&str] = &[
    "missile",
    "missiles",
    "rocket",
    "rockets",
    "shell",
    "shells",
    "mortar",
    "mortars",
    "bullet",
    "bullets",
    "shot",
    "shots",
    "grenade",
    "grenades",
    "bomb",
    "bombs",
    "stones",
    "rocks",
    "projectiles",
    "drone",
    "drones",
    "torpedo",
    "torpedoes",
    "salvo",
    "salvos",
    "round",
    "rounds",
];

/// An oblique or nominal modifier introduced by a preposition that marks a target.
const TARGET_CASES: &[&str] = &[
    "on", "against", "at", "with", "into", "upon", "toward", "towards",
];

/// Verbs whose "to" phrase is whom one appeals or gives to: "apologized to the
/// families", "handed the men over to the Red Crescent" (talking to someone only as what
/// is offered or asked: "offered to talk to the rebels"; talk itself is conversation).
const ADDRESSING: &[&str] = &[
    "apologize",
    "apologise",
    "appeal",
    "complain",
    "hand",
    "promise",
    "pledge",
    "offer",
    "propose",
    "supply",
    "donate",
    "surrender",
    "deliver",
    // ("granted political asylum to two opposition leaders")
    "grant",
    "extend",
    "award",
];

/// Attitudes one expresses about a party: "expressed concern over Russia's troop
/// buildup", "appreciation for China's assistance", "support for the Kurds" are
/// directed at that party.
const ATTITUDES: &[&str] = &[
    "concern",
    "appreciation",
    "gratitude",
    "support",
    "solidarity",
    "sympathy",
    "condolence",
    "regret",
    "outrage",
    "anger",
    "dismay",
    "satisfaction",
];

/// The cases of what an attitude is about.
const ABOUT: &[&str] = &["for", "over", "about", "at", "with"];

/// Nouns of leaving a place, whose "from" phrase is the place left.
const LEAVING: &[&str] = &[
    "withdrawal",
    "pullout",
    "pull-out",
    "retreat",
    "departure",
    "expulsion",
    "deportation",
    "evacuation",
    "release",
    "escape",
    "exit",
    "return",
    "flight",
    "defection",
    "removal",
    "extradition",
];

/// Nouns of undertaking that an event noun can modify ("mediation effort"), and which
/// such a noun names rather than a kind of thing ("a bombing campaign").
pub(crate) const UNDERTAKINGS: &[&str] = &[
    "effort",
    "efforts",
    "bid",
    "attempt",
    "attempts",
    "mission",
    "missions",
    "campaign",
    "campaigns",
    "drive",
    "initiative",
    "operation",
    "operations",
    "wave",
    "spree",
    "package",
    "programme",
    "program",
];

/// Nouns of what one party puts to another: a verb taking one as object (rejecting,
/// accepting, welcoming it) is directed at its author ("calls by X").
const PROPOSALS: &[&str] = &[
    "call",
    "appeal",
    "offer",
    "proposal",
    "plan",
    "demand",
    "request",
    "invitation",
    "initiative",
    "suggestion",
    "overture",
    "plea",
    "ultimatum",
    "bid",
    "proposition",
];

/// The first actor phrase under `h` reached through prepositional modifiers that mark
/// a target or a partner ("at", "with", "of", "between", "to"), breadth first.
fn nested_target(v: &View, h: usize, depth: usize) -> Option<Vec<Arg>> {
    nested_party(v, h, depth, |c| {
        v.is(c, TARGET_CASES) || v.is(c, &["of", "between", "to", "for"])
    })
}

/// The first actor phrase with a country in the `nmod` phrases under `h` whose case
/// word `cases` admits, breadth first, `depth` levels down (descending only through
/// admitted phrases).
fn nested_party(
    v: &View,
    h: usize,
    depth: usize,
    cases: impl Fn(usize) -> bool,
) -> Option<Vec<Arg>> {
    let mut level = vec![h];
    for _ in 0..depth {
        let mut next = Vec::new();
        for &x in &level {
            for k in v.children(x).filter(|&k| v.dep(k) == "nmod") {
                let case = case_of(v, k);
                if case.iter().any(|&c| cases(c)) {
                    let t = actors_at(v, k);
                    if has_actor(&t) {
                        return Some(t);
                    }
                    next.push(k);
                }
            }
        }
        if next.is_empty() {
            break;
        }
        level = next;
    }
    None
}

/// The doer named by a "by" phrase or passive agent in what the trigger at `h` is
/// about (its object, or its "into"/"of"/"for" phrase, and their modifiers), breadth
/// first, three levels down. For an active verb with its own subject, a "by" phrase on
/// the verb itself counts ("investigating crimes [by extremists]" hung on the verb).
pub fn perpetrator(v: &View, h: usize) -> Option<Vec<Arg>> {
    let by = |c: usize| {
        v.dep(c) == "obl:agent"
            || (matches!(v.dep(c), "obl" | "nmod") && v.has_dep_word(c, "case", &["by"]))
    };
    let active = v.children(h).any(|c| v.dep(c) == "nsubj");
    let mut level = vec![h];
    for depth in 0..4 {
        let mut next = Vec::new();
        for &x in &level {
            for c in v.children(x) {
                if by(c) && (x != h || active) {
                    let t = actors_at(v, c);
                    if has_actor(&t) {
                        return Some(t);
                    }
                }
                let about = match v.dep(c) {
                    "obj" | "acl" => true,
                    "nmod" | "obl" => v.has_dep_word(c, "case", &["into", "of", "for", "over"]),
                    _ => false,
                };
                if about && depth < 3 {
                    next.push(c);
                }
            }
        }
        level = next;
    }
    None
}

/// Nouns of inquiry: what one is "into" or "of" happened, and is not the inquirer's.
pub(crate) const INQUIRIES: &[&str] = &[
    "inquiry",
    "inquiries",
    "enquiry",
    "investigation",
    "investigations",
    "probe",
    "probes",
    "inquest",
];

/// Nouns of protest and criticism, whose "against" phrase names what is objected to.
const OBJECTIONS: &[&str] = &[
    "protest",
    "protests",
    "demonstration",
    "demonstrations",
    "rally",
    "rallies",
    "march",
    "marches",
    "strike",
    "strikes",
    "criticism",
    "condemnation",
    "outrage",
    "anger",
];

/// Whether the word at `c` (as written or as its lemma) is an event noun of the lexicon
/// ("coup" is none: CAMEO codes no coup; "shelling", "attack" are).
fn is_event_noun(v: &View, c: usize) -> bool {
    let lx = crate::lexicon::lexicon();
    lx.get(v.word(c))
        .iter()
        .chain(lx.get(v.lemma(c)).iter())
        .any(|e| e.kind == crate::lexicon::Kind::Noun)
}

/// Source and target actors of a verb trigger at `h`.
pub fn verb_args(v: &View, h: usize) -> (Vec<Arg>, Vec<Arg>) {
    let mut source: Vec<Arg> = Vec::new();
    let mut target: Vec<Arg> = Vec::new();
    let mut second: Vec<Arg> = Vec::new();
    let mut oblique: Vec<Arg> = Vec::new();
    // Every subject: a second one is a coordination the parser split ("The US, Russia,
    // and Switzerland met"), unless a dash or colon parts them (a dateline: "KAMPALA,
    // March 3 — Ugandan troops clashed").
    let subjects: Vec<usize> = v
        .children(h)
        .filter(|&c| v.dep(c) == "nsubj" && !is_time(v, c))
        .collect();
    if let Some(&last) = subjects.last() {
        for &s in &subjects {
            let parted = (s..last).any(|k| v.is(k, &["—", "–", "--", ":"]));
            if s == last || !parted {
                source.extend(actors_at(v, s));
            }
        }
    }
    if let Some(s) = subject(v, h, &["nsubj:pass"]) {
        target = actors_at(v, s);
        // "Evidence against Russia was presented", "Aid to Syria was suspended": an
        // actor phrase inside the passive subject.
        if !has_actor(&target) {
            if let Some(t) = nested_target(v, s, 2) {
                target = t;
            }
        }
    }
    for c in v.children(h) {
        match v.dep(c) {
            "obl:agent" if source.is_empty() => source = actors_at(v, c),
            "obj" if target.is_empty() => {
                target = actors_at(v, c);
                // "rejected calls by Belarus", "an appeal from President Gbagbo", "a
                // United Nations appeal", "Syria's offer": what one answers is its
                // author's.
                // ("repelled an Islamic State attack": who made the attack beaten back.)
                let repelled = matches!(v.lemma(h), "repel" | "repulse")
                    && v.is(
                        c,
                        &[
                            "attack",
                            "attacks",
                            "offensive",
                            "assault",
                            "raid",
                            "incursion",
                        ],
                    );
                // ("condemned the coup by retired major Pierre Buyoya": an act
                // condemned is its doer's.)
                let condemned = matches!(
                    v.lemma(h),
                    "condemn"
                        | "denounce"
                        | "criticize"
                        | "criticise"
                        | "deplore"
                        | "decry"
                        | "censure"
                        | "protest"
                ) && (is_event_noun(v, c)
                    || v.is(c, &["coup", "coups", "putsch", "takeover"]));
                if !has_actor(&target) && (PROPOSALS.contains(&v.lemma(c)) || repelled || condemned)
                {
                    let authors: Vec<Vec<Arg>> = v
                        .children(c)
                        .filter(|&k| match v.dep(k) {
                            "nmod" => v.has_dep_word(k, "case", &["by", "from"]),
                            "nmod:poss" | "compound" | "amod" => true,
                            _ => false,
                        })
                        .map(|k| {
                            // ("by retired Tutsi major Pierre Buyoya", the name read as a
                            // phrase on the title: the name.)
                            let a = actors_at(v, k);
                            if a.iter().any(|x| x.actor.is_some()) {
                                return a;
                            }
                            v.children(k)
                                .filter(|&x| matches!(v.dep(x), "nmod" | "appos"))
                                .map(|x| actors_at(v, x))
                                .find(|t| t.iter().any(|x| x.actor.is_some()))
                                .unwrap_or(a)
                        })
                        .collect();
                    // A party of no named country ("President Gbagbo", ---GOV) is still
                    // the author.
                    if let Some(t) = authors
                        .iter()
                        .find(|t| has_actor(t))
                        .or_else(|| authors.iter().find(|t| t.iter().any(|a| a.actor.is_some())))
                    {
                        target = t.clone();
                    }
                }
                // "criticising Cairo's human rights record", "seized Israel's ship":
                // the owner of what is acted on.
                // (Not an event noun's: "requested Banisadr's extradition" asks
                // someone else.)
                let event_noun = is_event_noun(v, c)
                    || v.is(c, PATIENT_NOUNS)
                    || v.is(c, &["extradition", "extraditions", "handover", "return"]);
                // (Nor a state's ally or neighbour: "placate its European partners".)
                if !has_actor(&target)
                    && !v.is(c, ATTITUDES)
                    && !event_noun
                    && !related_to_state(v, c)
                {
                    if let Some(t) = v
                        .children(c)
                        .filter(|&k| v.dep(k) == "nmod:poss")
                        .map(|k| actors_at(v, k))
                        .find(|t| has_actor(t))
                    {
                        target = t;
                    }
                }
                // "expressed concern over Russia's troop buildup": what the attitude
                // is about.
                if !has_actor(&target) && (v.is(c, ATTITUDES) || ATTITUDES.contains(&v.lemma(c))) {
                    if let Some(t) = v
                        .children(c)
                        .filter(|&k| v.dep(k) == "nmod" && v.has_dep_word(k, "case", ABOUT))
                        .map(|k| actors_at(v, k))
                        .find(|t| has_actor(t))
                    {
                        target = t;
                    }
                }
                // "fired rockets at Russia", "welcomed a resumption of ties with
                // Osgiliath": an actor phrase inside the object. Inside a party of no
                // named country, only the body it belongs to ("accused traders at
                // Citigroup"): "arrested 20 students [during protests against the
                // government]" did not arrest the government.
                let people = crate::view::agent_noun(v.word(c)).is_some();
                if !people && !has_actor(&target) {
                    if let Some(t) = nested_target(v, c, 3) {
                        target = t;
                    }
                } else if !has_actor(&target) {
                    // ("parties to the conflict in Iraq")
                    if let Some(t) =
                        nested_party(v, c, 2, |k| v.is(k, &["at", "of", "from", "in", "to"]))
                    {
                        target = t;
                    }
                }
            }
            // "blamed Iraq and a pro-Baghdad party", read as two objects: the one
            // with its own "and" is a conjunct.
            "obj" if has_actor(&target) && v.children(c).any(|k| v.dep(k) == "cc") => {
                target.extend(actors_at(v, c))
            }
            "iobj" => second = actors_at(v, c),
            // "spoke by telephone with Putin": whom the call was with.
            "obl"
                if v.is(c, &["telephone", "phone", "videolink", "video"])
                    && v.has_dep_word(c, "case", &["by", "over", "via"]) =>
            {
                if let Some(k) = v
                    .children(c)
                    .find(|&k| v.dep(k) == "nmod" && v.has_dep_word(k, "case", &["with", "to"]))
                {
                    oblique = actors_at(v, k);
                }
            }
            "obl" => {
                let case = case_of(v, c);
                // "to demand reforms by Suharto's government": an active infinitive or
                // gerund has no agent phrase; its "by" phrase is what it is about.
                let active = !v.children(h).any(|k| v.dep(k) == "aux:pass")
                    && (v.word(h).ends_with("ing") || v.has_dep_word(h, "mark", &["to"]));
                if case.iter().any(|&k| v.is(k, &["by"])) && source.is_empty() && !active {
                    source = actors_at(v, c);
                } else if let Some(o) = at_the_hands(v, c) {
                    // "were killed at the hands of security forces": the doer.
                    if source.is_empty() {
                        source = actors_at(v, o);
                    }
                } else if oblique.is_empty()
                    && case.iter().any(|&k| {
                        v.is(k, TARGET_CASES)
                            || v.is(k, &["to", "from"])
                            // ("mediated between Hamas and Israel": the sides)
                            || (v.is(k, &["between"])
                                && matches!(
                                    v.lemma(h),
                                    "mediate" | "arbitrate" | "broker" | "negotiate" | "intervene"
                                ))
                    })
                    // ("being attacked with stones": with a passive verb of force,
                    // what it is done with; not "negotiations being held with the
                    // bank")
                    && !(case.iter().any(|&k| v.is(k, &["with"]))
                        && v.children(h).any(|k| v.dep(k) == "aux:pass")
                        && force_verb(v, h))
                    // ("conceded at last", "at least", "at once": no party)
                    && !matches!(v.pos(c), Some("ADJ" | "ADV"))
                    // ("attacking Latinos at the beginning of his campaign", "at the
                    // height of the war": a time)
                    && !(case.iter().any(|&k| v.is(k, &["at"]))
                        && v.is(
                            c,
                            &[
                                "beginning",
                                "start",
                                "end",
                                "outset",
                                "height",
                                "peak",
                                "close",
                                "onset",
                                "time",
                                "moment",
                                "conclusion",
                            ],
                        ))
                    // ("promised at a Las Vegas rally to end …", "criticized him at a
                    // forum": where words are said; a blow at a rally is still at it)
                    && !(case.iter().any(|&k| v.is(k, &["at"]))
                        && v.is(
                            c,
                            &[
                                "rally", "rallies", "meeting", "conference", "summit", "event",
                                "forum", "convention", "debate", "ceremony", "dinner",
                                "fundraiser", "speech", "hearing", "gathering", "session",
                                "luncheon", "breakfast",
                            ],
                        )
                        && !force_verb(v, h))
                {
                    let mut o = actors_at(v, c);
                    // "fired four shells at targets in Jericho": where the targets are.
                    if !has_actor(&o) && case.iter().any(|&k| v.is(k, &["at", "on"])) {
                        if let Some(t) = v
                            .children(c)
                            .filter(|&k| {
                                v.dep(k) == "nmod" && v.has_dep_word(k, "case", &["in", "near"])
                            })
                            .map(|k| actors_at(v, k))
                            .find(|t| has_actor(t))
                        {
                            o = t;
                        }
                    }
                    // ("apologized to the families", "offered to talk to the rebels":
                    // whom one appeals or gives to, a party even before its country is
                    // known; not a place one sends to.)
                    let addressee = (ADDRESSING.contains(&v.lemma(h))
                        || (matches!(v.lemma(h), "talk" | "speak") && v.dep(h) == "xcomp"))
                        && case.iter().any(|&k| v.is(k, &["to"]))
                        && !is_time(v, c)
                        && !v.is(c, crate::events::PLACE_NOUNS)
                        && !v.mention_of[c]
                            .and_then(|m| v.mentions[m].entity.as_deref())
                            .is_some_and(|id| v.is_place_entity(id));
                    if has_actor(&o) || addressee || case.iter().any(|&k| v.is(k, TARGET_CASES)) {
                        oblique = o;
                    }
                }
            }
            _ => {}
        }
    }
    // "rejected calls by Belarus for aid" with "by Belarus" hung on the verb: an active
    // verb has no agent phrase, so it names the author of what it answers.
    if !has_actor(&target) && !v.children(h).any(|c| v.dep(c) == "aux:pass") {
        if let Some(o) = v
            .children(h)
            .find(|&c| v.dep(c) == "obj" && PROPOSALS.contains(&v.lemma(c)))
        {
            if let Some(t) = v
                .children(h)
                .filter(|&c| {
                    c > o && v.dep(c) == "obl" && v.has_dep_word(c, "case", &["by", "from"])
                })
                .map(|c| actors_at(v, c))
                .find(|t| has_actor(t))
            {
                target = t;
            }
        }
    }
    // "expressed appreciation [for China's assistance]" with the phrase hung on the verb:
    // what the attitude is about.
    if !has_actor(&target) {
        if let Some(o) = v
            .children(h)
            .find(|&c| v.dep(c) == "obj" && (v.is(c, ATTITUDES) || ATTITUDES.contains(&v.lemma(c))))
        {
            if let Some(t) = v
                .children(h)
                .filter(|&c| c > o && v.dep(c) == "obl" && v.has_dep_word(c, "case", ABOUT))
                .map(|c| actors_at(v, c))
                .find(|t| has_actor(t))
            {
                target = t;
            }
        }
    }
    // "addressed a letter to the Security Council proposing dates": what a document
    // says is said to whom it is sent (the "to" on the document or on the verb that sends
    // it).
    if !has_actor(&target) && v.dep(h) == "acl" && v.word(h).ends_with("ing") {
        if let Some(p) = v.toks[h].head.filter(|&p| v.is(p, DOCUMENTS)) {
            let sender = document_issuer_verb(v, h);
            if let Some(t) = v
                .children(p)
                .filter(|&c| v.dep(c) == "nmod")
                .chain(
                    sender
                        .into_iter()
                        .flat_map(|g| v.children(g).filter(|&c| v.dep(c) == "obl")),
                )
                .filter(|&c| v.has_dep_word(c, "case", &["to"]))
                .map(|c| actors_at(v, c))
                .find(|t| has_actor(t))
            {
                target = t;
            }
        }
    }
    // "offered its troops to Lebanon's new president", "sent aid to Sudan": what is given
    // is not the target, the one it goes to is.
    if GIVING.contains(&v.lemma(h)) {
        if let Some(t) = v
            .children(h)
            .filter(|&c| v.dep(c) == "obl" && v.has_dep_word(c, "case", &["to"]))
            .map(|c| actors_at(v, c))
            .find(|t| has_actor(t))
        {
            target = t;
        }
    }
    // "closed its border with Sudan", "shut the crossing with Afghanistan": the
    // neighbour across it (the "with" phrase on the border or on the verb), not the
    // border, whoever's it is.
    {
        if let Some(b) = v
            .children(h)
            .find(|&c| v.dep(c) == "obj" && v.is(c, BORDERS))
        {
            let with = |k: usize| {
                matches!(v.dep(k), "nmod" | "obl") && v.has_dep_word(k, "case", &["with"])
            };
            if let Some(t) = v
                .children(b)
                .chain(v.children(h).filter(|&k| k > b))
                .filter(|&k| with(k))
                .map(|k| actors_at(v, k))
                .find(|t| has_actor(t))
            {
                target = t;
            }
        }
    }
    // "give Tanzania a grant": the recipient is the target.
    // ("accusing him of lying", parsed with "him" as the indirect object: with no
    // object, it is whom the act is on.)
    if (has_actor(&second) && !has_actor(&target)) || (target.is_empty() && !second.is_empty()) {
        target = second;
    }
    // "Aristide has been accused of misusing $50 million in public funds by Haitian
    // officials": a passive verb's "by" phrase the parser hangs on its active gerund
    // ("accused of", "blamed for"), which has no agent of its own, is the passive's.
    if source.is_empty() && v.children(h).any(|c| v.dep(c) == "aux:pass") {
        if let Some(t) = v
            .children(h)
            .filter(|&g| {
                matches!(v.dep(g), "advcl" | "xcomp" | "obl")
                    && v.word(g).ends_with("ing")
                    && v.has_dep_word(g, "mark", &["of", "for"])
            })
            .flat_map(|g| v.children(g))
            .filter(|&k| v.dep(k) == "obl" && v.has_dep_word(k, "case", &["by"]))
            .map(|k| actors_at(v, k))
            .find(|t| has_actor(t))
        {
            source = t;
        }
    }
    // "By attacking Iran, Israel could provoke a war", parsed with "Iran" as a vocative
    // of the main verb: a name right after the verb, addressed to no one in news prose,
    // is its object.
    if target.is_empty() && h + 1 < v.toks.len() && v.dep(h + 1) == "vocative" {
        target = actors_at(v, h + 1);
    }
    // "recalled its ambassador from Caracas", "sent its troops to Bosnia": one's own
    // envoys or forces are no target; the party they leave or go to is.
    let own_agents = v.children(h).find(|&c| v.dep(c) == "obj").is_some_and(|o| {
        v.is(o, SENT_PEOPLE)
            && v.children(o)
                .any(|k| v.dep(k) == "nmod:poss" && v.pos(k) == Some("PRON"))
    });
    // (The parser may hang the place on the envoy: "its ambassador from Caracas".)
    if own_agents && !has_actor(&oblique) {
        if let Some(t) = v
            .children(h)
            .filter(|&c| v.dep(c) == "obj")
            .flat_map(|o| v.children(o))
            .filter(|&k| v.dep(k) == "nmod" && v.has_dep_word(k, "case", &["from", "to"]))
            .map(|k| actors_at(v, k))
            .find(|t| has_actor(t))
        {
            oblique = t;
        }
    }
    // (A pronoun object is a party whose code comes later: "deported him to Paris".)
    let pronoun_object = target.len() == 1
        && target[0].b == target[0].a + 1
        && v.pos(target[0].a) == Some("PRON")
        && v.is(target[0].a, &["him", "her", "them", "us", "me"]);
    // "a Dutch couple abducted from a farm in Costa Rica", "soldiers captured in the
    // raid": a past participle on a party noun, with no object, auxiliary or mark of its
    // own, is done to that party; its "from" or "in" phrase says where.
    if target.is_empty() && v.dep(h) == "acl" && !v.word(h).ends_with("ing") && !v.is(h, NO_PATIENT)
    {
        let own = v
            .children(h)
            .any(|c| matches!(v.dep(c), "obj" | "aux" | "aux:pass" | "mark" | "nsubj"));
        // (A past tense form is a participle only on a noun that is some other verb's
        // subject, as in the reduced relatives the view repairs: "NATO's secretary
        // general, meanwhile, called on the regime" is the noun's own act.)
        let participle = match v.doc.tokens[h].xpos.as_deref() {
            Some("VBN") => true,
            Some("VBD") => v.toks[h]
                .head
                .is_some_and(|p| matches!(v.dep(p), "nsubj" | "nsubj:pass")),
            _ => false,
        };
        // (Nor on a noun that is the sentence's root or conjoined to a verb: "- The
        // plastics industry called on the government", "and Serb police forces cracked
        // down" are clauses the parser misread.)
        let in_clause = |p: usize| match v.dep(p) {
            "nsubj" | "nsubj:pass" | "obj" | "iobj" | "obl" | "obl:agent" | "nmod" | "appos" => {
                true
            }
            "conj" => v.toks[p]
                .head
                .is_some_and(|g| matches!(v.pos(g), Some("NOUN" | "PROPN" | "PRON"))),
            _ => false,
        };
        if let Some(p) = v.toks[h]
            .head
            .filter(|&p| !own && participle && in_clause(p))
        {
            let noun = actors_at(v, p);
            if has_actor(&noun) {
                target = noun;
            }
        }
    }
    // "fired a missile at a commercial ship", "lobbed shells into the town": what is
    // fired is the weapon, and the phrase it is fired at is whom it is fired on.
    let projectile = matches!(
        v.lemma(h),
        "fire" | "launch" | "lob" | "throw" | "hurl" | "shoot" | "drop"
    ) && v
        .children(h)
        .any(|c| v.dep(c) == "obj" && v.is(c, PROJECTILES));
    if !oblique.is_empty()
        && (target.is_empty()
            || projectile
            || (!has_actor(&target) && has_actor(&oblique) && !pronoun_object)
            // ("granted political asylum to two opposition leaders": a party of no
            // country yet, over a thing that is none)
            || (target.iter().all(|a| a.actor.is_none())
                && oblique.iter().any(|a| a.actor.is_some())
                && !pronoun_object)
            || (own_agents && has_actor(&oblique)))
    {
        target = oblique;
    }
    // "Pakistan has alleged that India is backing the rebels": whom an allegation is
    // made against is the subject of what is alleged.
    if target.is_empty() && matches!(v.lemma(h), "allege" | "charge") {
        if let Some(t) = v
            .children(h)
            .filter(|&c| c > h && v.dep(c) == "ccomp")
            .find_map(|c| subject(v, c, &["nsubj", "nsubj:pass"]))
            .map(|s| actors_at(v, s))
            .filter(|t| has_actor(t))
        {
            target = t;
        }
    }
    if source.is_empty() {
        source = subordinate_subject(v, h);
    }
    if source.is_empty() {
        source = inherited_subject(v, h, &mut target);
    }
    if source.is_empty() && (!target.is_empty() || v.children(h).any(|c| v.dep(c) == "aux:pass")) {
        // "were killed in Israeli shelling": the actor of the event noun that caused it.
        for c in v.children(h).filter(|&c| v.dep(c) == "obl") {
            if !v.has_dep_word(c, "case", &["in", "during", "by"]) {
                continue;
            }
            let event_noun = is_event_noun(v, c);
            if event_noun {
                let (s, _) = noun_args(v, c);
                if has_actor(&s) {
                    source = s;
                    break;
                }
            }
        }
    }
    // "launched an offensive in its war with Iraq", "mobilized reservists for a war
    // against Iraq": the other side of the conflict the act belongs to or is for.
    if !has_actor(&target) {
        if let Some(t) = v
            .children(h)
            .filter(|&c| {
                v.dep(c) == "obl"
                    && v.is(c, CONFLICTS)
                    && v.has_dep_word(c, "case", &["in", "during", "for"])
            })
            .find_map(|c| {
                v.children(c)
                    .filter(|&k| {
                        v.dep(k) == "nmod" && v.has_dep_word(k, "case", &["with", "against"])
                    })
                    .map(|k| actors_at(v, k))
                    .find(|t| has_actor(t))
            })
        {
            target = t;
        }
    }
    let passive = v
        .children(h)
        .any(|c| matches!(v.dep(c), "aux:pass" | "nsubj:pass"));
    // (Not what one is taken away from: "were kidnapped from the same area" says where
    // the patient was; "were deported from Greece" still names who deported them.)
    let taken = matches!(
        v.lemma(h),
        "kidnap"
            | "abduct"
            | "seize"
            | "take"
            | "snatch"
            | "steal"
            | "remove"
            | "evacuate"
            | "rescue"
            | "free"
            | "release"
            | "withdraw"
            | "drag"
    );
    if source.is_empty() && passive && !taken {
        // "a mortar bomb was fired at Israel from the Gaza Strip": where it came from.
        if let Some(c) = v
            .children(h)
            .find(|&c| v.dep(c) == "obl" && v.has_dep_word(c, "case", &["from"]))
        {
            let s = actors_at(v, c);
            if has_actor(&s) && !target.iter().any(|t| t.a == s[0].a) {
                source = s;
            }
        }
    }
    // "30 schoolgirls kidnapped by Boko Haram militants": a reduced passive relative
    // with its agent acts on the noun it modifies.
    if target.is_empty() && v.dep(h) == "acl" && v.children(h).any(|c| v.dep(c) == "obl:agent") {
        if let Some(p) = v.toks[h].head {
            target = actors_at(v, p);
        }
    }
    // "soldiers opened fire after being attacked with stones": a passive adverbial clause
    // with no subject of its own is done to the subject of the clause it modifies.
    if !has_actor(&target)
        && v.dep(h) == "advcl"
        && v.has_dep_word(
            h,
            "mark",
            &["after", "before", "when", "while", "since", "until"],
        )
        && v.children(h).any(|c| v.dep(c) == "aux:pass")
        && !v
            .children(h)
            .any(|c| matches!(v.dep(c), "nsubj" | "nsubj:pass"))
    {
        if let Some(s) = v.toks[h].head.and_then(|p| subject(v, p, &["nsubj"])) {
            let t = actors_at(v, s);
            // (or people, whose country may come later: "the suspect left the colony
            // after being detained and then freed by the commission")
            if t.iter()
                .any(|a| a.actor.is_some() || crate::events::people_arg(v, a))
            {
                target = t;
            }
        }
    }
    // "after being detained and then freed by the commission": passive participles
    // conjoined share one patient and one agent (the conjunct with no subject, object or
    // auxiliary of its own takes its head's patient; the head takes the agent of such a
    // conjunct).
    let bare_vbn =
        |x: usize| bare_participle(v, x, &["nsubj", "nsubj:pass", "obj", "aux", "aux:pass"]);
    let passive_head = |x: usize| {
        v.children(x)
            .any(|c| matches!(v.dep(c), "aux:pass" | "nsubj:pass"))
    };
    if target.is_empty() && v.dep(h) == "conj" && bare_vbn(h) {
        if let Some(p) = v.toks[h].head.filter(|&p| p < h && passive_head(p)) {
            target = verb_args(v, p).1;
        }
    }
    if source.is_empty() && passive_head(h) {
        if let Some(s) = v
            .children(h)
            .filter(|&c| c > h && v.dep(c) == "conj" && bare_vbn(c))
            .flat_map(|c| v.children(c))
            .find(|&k| {
                v.dep(k) == "obl:agent" || (v.dep(k) == "obl" && v.has_dep_word(k, "case", &["by"]))
            })
        {
            source = actors_at(v, s);
        }
    }
    // "Police shot and killed a man in Hebron": a violent verb with no object of its own
    // shares the object of the violent verb "and" conjoins to it (over a place it found
    // instead), unless it has its own "on"/"at" phrase ("cracked down on …").
    if force_verb(v, h)
        && !v.children(h).any(|c| {
            matches!(v.dep(c), "obj" | "nsubj:pass" | "iobj")
                || (v.dep(c) == "obl" && case_of(v, c).iter().any(|&k| v.is(k, TARGET_CASES)))
        })
    {
        let shared = v
            .children(h)
            .filter(|&c| {
                c > h
                    && v.dep(c) == "conj"
                    && v.pos(c) == Some("VERB")
                    && v.has_dep_word(c, "cc", &["and"])
                    && force_verb(v, c)
            })
            .find_map(|c| v.children(c).find(|&k| v.dep(k) == "obj"))
            .map(|o| actors_at(v, o))
            .filter(|t| !t.is_empty());
        // (a place found in a locative phrase: "in Hebron")
        let placed = |a: &Arg| a.a > 0 && v.is(a.a - 1, &["in", "at", "near", "outside", "inside"]);
        if let Some(t) = shared {
            if target.is_empty() || !has_actor(&target) || target.iter().all(placed) {
                target = t;
            }
        }
    }
    (source, target)
}

/// Words that open a finite subordinate clause.
const SUBORDINATORS: &[&str] = &[
    "as", "while", "when", "after", "before", "because", "since", "until", "although", "though",
    "whereas", "once",
];

/// The subject of a subordinate clause the parser took for a phrase of the clause above
/// ("resigned as [the opposition] threatened to storm his residence", with "the
/// opposition" hung on "resigned"): the noun phrase between the subordinator and a verb
/// that has no subject of its own.
fn subordinate_subject(v: &View, h: usize) -> Vec<Arg> {
    let (sa, _) = v.sents[v.sentence_of(h)];
    if h < sa + 2
        || v.pos(h) != Some("VERB")
        || v.children(h)
            .any(|c| matches!(v.dep(c), "nsubj" | "nsubj:pass" | "aux:pass" | "mark"))
        || !matches!(v.pos(h - 1), Some("NOUN" | "PROPN"))
        || v.toks[h - 1].head == Some(h)
    {
        return Vec::new();
    }
    // "after thousands of Ethiopian protesters clashed": the counted phrase's head.
    let mut n = h - 1;
    while v.dep(n) == "nmod" && v.has_dep_word(n, "case", &["of"]) {
        match v.toks[n].head {
            Some(p) if p < n && p > sa => n = p,
            _ => break,
        }
    }
    let phrase = phrase_at(v, n);
    let opened = v.has_dep_word(n, "case", SUBORDINATORS)
        || (phrase.a > sa && v.is(phrase.a - 1, SUBORDINATORS));
    if (n == h - 1 && phrase.b != h) || !opened {
        return Vec::new();
    }
    actors_at(v, n)
}

/// Verbs whose object is sent or used for a purpose ("sent a team to help").
const PURPOSE_GIVERS: &[&str] = &[
    "send", "dispatch", "deploy", "provide", "give", "hand", "submit", "deliver", "use", "bring",
    "mobilize", "mobilise",
];

/// Nouns of a command or a permission, whose infinitive others carry out.
const MANDATES: &[&str] = &[
    "order",
    "orders",
    "instruction",
    "instructions",
    "permission",
    "mandate",
    "approval",
    "authority",
    "power",
    "powers",
    "right",
    "go-ahead",
    "directive",
    "directives",
];

/// Whether the verb at `h` is a past participle with none of the dependents `deps` (no
/// auxiliary, object or subject of its own, as asked).
fn bare_participle(v: &View, h: usize, deps: &[&str]) -> bool {
    v.doc.tokens[h].xpos.as_deref() == Some("VBN")
        && !v.children(h).any(|c| deps.contains(&v.dep(c)))
}

/// The subject a verb takes from its governor: control and raising ("plans to visit",
/// "is scheduled to attend"), shared subjects of conjoined verbs, participle clauses
/// (", killing …"), relative clauses ("rebels who attacked") and reduced relatives
/// ("the man killed by police", which gives the target).
pub(crate) fn inherited_subject(v: &View, h: usize, target: &mut Vec<Arg>) -> Vec<Arg> {
    // A passive clause ("after a stranger was reported on the pass") does not borrow its
    // governor's doer: what it could share is its patient.
    if v.children(h)
        .any(|c| matches!(v.dep(c), "nsubj:pass" | "aux:pass"))
    {
        return Vec::new();
    }
    // "it was inappropriate for Ginsburg to criticize Trump", "time for Iran to
    // negotiate": the "for" phrase of an adjective or a noun just before an infinitive
    // is its subject, however the parser hangs the infinitive (the "it" it is extraposed
    // from is no one; "left Amman for Ramallah to hold talks" names a destination).
    if let Some(m) = v
        .children(h)
        .find(|&c| v.dep(c) == "mark" && v.is(c, &["to"]) && c < h)
    {
        if let Some(c) = (m.saturating_sub(10)..m)
            .filter(|&f| v.is(f, &["for"]) && v.dep(f) == "case")
            .filter_map(|f| v.toks[f].head)
            .find(|&c| {
                c < m
                    && v.dominates(c, m - 1)
                    && v.toks[c]
                        .head
                        .is_some_and(|g| matches!(v.pos(g), Some("ADJ" | "NOUN")))
            })
        {
            return actors_at(v, c);
        }
    }
    // "Welcomed with a guard of honour at the palace, Mwangi held talks": a past
    // participle opening the sentence, with no object or auxiliary of its own, is done
    // to the main clause's subject.
    let opening = {
        let sa = v.sents[v.sentence_of(h)].0;
        (sa..h).all(|k| {
            v.is(
                k,
                &["when", "once", "if", "though", "although", "while", "as"],
            )
        })
    };
    if opening
        && v.dep(h) == "advcl"
        && bare_participle(v, h, &["obj", "aux", "mark", "nsubj", "iobj"])
    {
        if let Some(s) = v.toks[h]
            .head
            .filter(|&g| g > h)
            .and_then(|g| subject(v, g, &["nsubj", "nsubj:pass"]))
            .filter(|&s| s > h)
        {
            // (its "with", "in" or "at" phrases say how and where)
            *target = actors_at(v, s);
            return Vec::new();
        }
    }
    // "A Libyan man has been found stabbed to death", "Two soldiers were reported
    // killed": a past participle completing a passive verb is done to its subject.
    if matches!(v.dep(h), "xcomp" | "advcl")
        && bare_participle(v, h, &["aux", "aux:pass", "obj", "mark", "nsubj"])
    {
        if let Some(s) = v.toks[h]
            .head
            .filter(|&g| v.children(g).any(|c| v.dep(c) == "aux:pass"))
            .and_then(|g| subject(v, g, &["nsubj:pass"]))
        {
            if target.is_empty() {
                *target = actors_at(v, s);
            }
            return Vec::new();
        }
    }
    let mut x = h;
    for _ in 0..4 {
        let d = v.dep(x);
        let Some(p) = v.toks[x].head else { break };
        match d {
            // "said the Syrian army recently expanded its advance", parsed with the army as
            // the object of "said": a reported clause with no subject of its own is about
            // what the saying verb took for its object.
            "ccomp" if x == h && SAY.contains(&v.lemma(p)) => {
                if let Some(o) = v.children(p).find(|&c| v.dep(c) == "obj" && c < h) {
                    return actors_at(v, o);
                }
                break;
            }
            "xcomp" => {
                // The controller: the object of "urged X to", else the subject.
                // ("saying 40 armed men attacked the convoy", read as an object and
                // a verb controlled by it: the men attacked.)
                // (The parser may read the one asked as an indirect object: "asked
                // Turkey to release the journalists".)
                if let Some(o) = v
                    .children(p)
                    .find(|&c| v.dep(c) == "obj" || (v.dep(c) == "iobj" && c < x))
                {
                    if OBJECT_CONTROL.contains(&v.lemma(p)) || SAY.contains(&v.lemma(p)) {
                        return actors_at(v, o);
                    }
                }
                if let Some(s) = subject(v, p, &["nsubj", "nsubj:pass"]) {
                    return actors_at(v, s);
                }
                // "Syria says it is willing to withdraw": a pronoun the parser read as
                // a dummy subject of an adjective of will is its subject.
                if v.is(p, INTENT_ADJ) {
                    if let Some(s) = v
                        .children(p)
                        .find(|&c| v.dep(c) == "expl" && v.is(c, &["it", "they"]))
                    {
                        return actors_at(v, s);
                    }
                }
                let s = subordinate_subject(v, p);
                if !s.is_empty() {
                    return s;
                }
            }
            "conj" | "advcl" => {
                // "prompted Anderson Cooper to accuse Bondi", read as an adverbial
                // clause: the object is to do it, as in the controlled reading.
                if d == "advcl"
                    && v.has_dep_word(x, "mark", &["to"])
                    && OBJECT_CONTROL.contains(&v.lemma(p))
                {
                    if let Some(o) = v.children(p).find(|&c| v.dep(c) == "obj" && c < x) {
                        return actors_at(v, o);
                    }
                }
                // "ordered four Russian diplomats to leave the country, accusing them of
                // spying": a participle after a comma, hung on an infinitive the object
                // is to carry out, goes with the clause that gives the order.
                if d == "advcl"
                    && v.word(x).ends_with("ing")
                    && x > 0
                    && v.is(x - 1, &[","])
                    && matches!(v.dep(p), "xcomp" | "advcl" | "acl")
                    && v.has_dep_word(p, "mark", &["to"])
                {
                    if let Some(g) = v.toks[p].head.filter(|&g| v.pos(g) == Some("VERB")) {
                        if let Some(s) = subject(v, g, &["nsubj"]) {
                            return actors_at(v, s);
                        }
                    }
                }
                // "gave the mutineers 48 hours to surrender", "granted Iran a week to
                // reply": the one given the time is to do it.
                if matches!(d, "advcl" | "xcomp") && v.has_dep_word(x, "mark", &["to"]) {
                    if let Some(r) = deadline_recipient(v, p, x) {
                        return actors_at(v, r);
                    }
                }
                // "called on Howard Dean to apologize", read as an adverbial clause:
                // the one called on is to do it.
                // ("calling for the prime minister to step down": so is the one called for.)
                if d == "advcl" && v.has_dep_word(x, "mark", &["to"]) && v.lemma(p) == "call" {
                    if let Some(o) = v.children(p).find(|&c| {
                        v.dep(c) == "obl" && v.has_dep_word(c, "case", &["on", "upon", "for"])
                    }) {
                        return actors_at(v, o);
                    }
                }
                // "appealed to both sides to stop fighting": so are those appealed to.
                if d == "advcl"
                    && v.has_dep_word(x, "mark", &["to"])
                    && matches!(v.lemma(p), "appeal" | "plead")
                {
                    if let Some(o) = v
                        .children(p)
                        .find(|&c| v.dep(c) == "obl" && c < x && v.has_dep_word(c, "case", &["to"]))
                    {
                        return actors_at(v, o);
                    }
                }
                // "Bongo was quoted as thanking China", "was seen as backing the
                // rebels": the passive subject is the participle's.
                if d == "advcl" && v.word(x).ends_with("ing") && v.has_dep_word(x, "mark", &["as"])
                {
                    if let Some(s) = subject(v, p, &["nsubj:pass"]) {
                        return actors_at(v, s);
                    }
                }
                // "Troops clashed with rebels, the army said, killing 12": the
                // participle belongs to the reported clause, not to the verb of saying.
                if d == "advcl" && SAY.contains(&v.lemma(p)) {
                    let reported = v.children(p).find(|&c| v.dep(c) == "ccomp").or_else(|| {
                        matches!(v.dep(p), "conj" | "parataxis" | "advcl")
                            .then(|| v.toks[p].head)
                            .flatten()
                    });
                    if let Some(s) = reported.and_then(|r| subject(v, r, &["nsubj"])) {
                        return actors_at(v, s);
                    }
                }
                // "jailed a student for helping militants", "accused Iran of arming
                // rebels": the gerund's doer is the governing verb's object.
                // ("barred the Palestinian leader from flying to the West Bank": so is
                // the one kept from doing it.)
                let kept = keeps_from(v, p);
                if d == "advcl"
                    && v.word(x).ends_with("ing")
                    && v.children(x).any(|c| {
                        matches!(v.dep(c), "mark" | "case")
                            && (v.is(c, &["for", "of"])
                                || (kept && v.is(c, &["from"]))
                                || (v.lemma(p) == "charge" && v.is(c, &["with"])))
                    })
                {
                    // (or the one the parser read as its indirect object: "accusing them
                    // of helping")
                    // (Not a time served or spent: "served two months for shooting a
                    // thief" is the subject's deed.)
                    if let Some(o) = v
                        .children(p)
                        .find(|&c| v.dep(c) == "obj")
                        .or_else(|| v.children(p).find(|&c| v.dep(c) == "iobj" && c < x))
                        .filter(|&o| !is_time(v, o) && !v.is(o, DURATIONS))
                    {
                        return actors_at(v, o);
                    }
                }
                // (A conjunct with an auxiliary of its own shares a passive subject
                // too: "it is prepared to …, but will not accept …".)
                let rels: &[&str] = if d == "conj" && v.children(x).any(|c| v.dep(c) == "aux") {
                    &["nsubj", "nsubj:pass"]
                } else {
                    &["nsubj"]
                };
                if let Some(s) = subject(v, p, rels) {
                    return actors_at(v, s);
                }
            }
            // "the visiting Indian delegation", "protesting workers": the noun such a
            // present participle describes does it. (Not "an occupying army": that
            // describes an army, it reports no act.)
            "amod"
                if x == h
                    && v.word(x).ends_with("ing")
                    && matches!(v.lemma(x), "visit" | "protest" | "demonstrate") =>
            {
                return actors_at(v, p)
            }
            // "Smeagol is about to restore": the parser hangs "to restore" on "about".
            "advmod" | "amod" if x != h => {
                if let Some(s) = subject(v, p, &["nsubj", "nsubj:pass"]) {
                    return actors_at(v, s);
                }
            }
            "acl:relcl" => {
                // "the rebels, who attacked": the relative pronoun as subject.
                let rel_subj = v
                    .children(x)
                    .find(|&c| v.dep(c) == "nsubj" && v.is(c, RELATIVE));
                if rel_subj.is_some() {
                    return actors_at(v, p);
                }
                break;
            }
            // "a student for helping militants", "gunmen firing on the crowd": the noun
            // a present participle modifies does it.
            // "issued a declaration demanding …": a document says what its issuer does.
            // (Not "vetoed a resolution censuring …": the vetoer did not write it.)
            "acl" if document_issuer_verb(v, x).is_some() => {
                let issuer = document_issuer_verb(v, x).and_then(|g| subject(v, g, &["nsubj"]));
                return issuer.map(|s| actors_at(v, s)).unwrap_or_default();
            }
            // ", urging the counterpart to …" hung on the object: after a comma, the
            // participle goes on with the clause, whose subject does it.
            "acl" if v.word(x).ends_with("ing") && x > 0 && v.is(x - 1, &[","]) => {
                let mut g = p;
                for _ in 0..4 {
                    if v.pos(g) == Some("VERB") {
                        break;
                    }
                    match v.toks[g].head {
                        Some(u) => g = u,
                        None => break,
                    }
                }
                if v.pos(g) == Some("VERB") {
                    if let Some(s) = subject(v, g, &["nsubj"]) {
                        return actors_at(v, s);
                    }
                }
                return actors_at(v, p);
            }
            // ("accused Russia on Friday of launching a war", with the gerund hung on
            // the day: a time does nothing; the clause's verb governs it, and "of" or
            // "for" makes that verb's object the doer.)
            "acl" if v.word(x).ends_with("ing") && is_time(v, p) => {
                let Some(g) = v.toks[p].head.filter(|&g| v.pos(g) == Some("VERB")) else {
                    break;
                };
                let charged = v
                    .children(x)
                    .any(|c| matches!(v.dep(c), "mark" | "case") && v.is(c, &["of", "for"]));
                let doer = if charged {
                    v.children(g).find(|&c| v.dep(c) == "obj")
                } else {
                    subject(v, g, &["nsubj"])
                };
                if let Some(o) = doer {
                    return actors_at(v, o);
                }
                break;
            }
            "acl" if v.word(x).ends_with("ing") => return actors_at(v, p),
            // "sent troops to fight the rebels", "provided a list to request their
            // assistance", "used tear gas to disperse": an infinitive of purpose the
            // parser hangs on the object of a verb of sending or using. A party noun
            // does it; a thing does not act, so the sender does. (Not "foiled a plot to
            // bomb": the plotters would.)
            // "summoned the Pakistani envoy to protest against the shelling": a state
            // summons an envoy to make its own protest or demand to them.
            "acl"
                if x == h
                    && v.dep(p) == "obj"
                    && v.children(x)
                        .any(|c| v.dep(c) == "mark" && v.is(c, &["to"]))
                    && v.toks[p].head.is_some_and(|g| v.lemma(g) == "summon") =>
            {
                if let Some(s) = v.toks[p].head.and_then(|g| subject(v, g, &["nsubj"])) {
                    if target.is_empty() {
                        *target = actors_at(v, p);
                    }
                    return actors_at(v, s);
                }
                break;
            }
            "acl"
                if x == h
                    && v.dep(p) == "obj"
                    && v.children(x).any(|c| v.dep(c) == "mark" && v.is(c, &["to"]))
                    && v.toks[p].head.is_some_and(|g| PURPOSE_GIVERS.contains(&v.lemma(g)))
                    // ("gave an order to arrest": an order is carried out by others.)
                    && !v.is(p, MANDATES) =>
            {
                let noun = actors_at(v, p);
                if has_actor(&noun) {
                    return noun;
                }
                if let Some(s) = v.toks[p].head.and_then(|g| subject(v, g, &["nsubj"])) {
                    return actors_at(v, s);
                }
                break;
            }
            // "President William Ruto of Kenya hosted Ugandan President Museveni" read as
            // a reduced relative: a participle with an object of its own is active, and
            // the noun it hangs from does it.
            "acl"
                if x == h
                    && v.children(x).any(|c| v.dep(c) == "obj")
                    && !v
                        .children(x)
                        .any(|c| matches!(v.dep(c), "aux:pass" | "obl:agent" | "mark" | "aux"))
                    && !v.is(p, crate::events::PLACE_NOUNS)
                    // (or the noun is the sentence's root: a sentence that is a noun
                    // with a participle is a misread clause, "several inhabitants
                    // accused government forces of looting")
                    && (has_actor(&actors_at(v, p)) || v.dep(p) == "root") =>
            {
                return actors_at(v, p)
            }
            // "Thousands of Kurds demonstrated in Kirkuk", read as a reduced relative: a
            // verb that takes no patient cannot be a passive participle; its noun acts.
            "acl" if x == h && v.is(x, NO_PATIENT) => return actors_at(v, p),
            // "Zambia extradited a militant …" read as a reduced relative: a country
            // name right before a past verb is its subject, not what it did to it.
            "acl"
                if x == h
                    && p + 1 == x
                    && v.pos(p) == Some("PROPN")
                    && v.word(x).ends_with("ed")
                    && v.mention_of[p].is_some_and(|m| {
                        v.mentions[m]
                            .actor
                            .as_deref()
                            .is_some_and(|a| a.len() == 3 && !a.starts_with("---"))
                    }) =>
            {
                return actors_at(v, p)
            }
            "acl" => {
                if target.is_empty() {
                    *target = actors_at(v, p);
                }
                break;
            }
            _ => break,
        }
        x = p;
    }
    Vec::new()
}

/// When a relative pronoun is the passive subject or the object ("who had been
/// arrested", "whom they had taken hostage"), the noun it stands for.
pub fn relative_antecedent(v: &View, h: usize, target: &[Arg]) -> Option<Vec<Arg>> {
    let t = target.first()?;
    if t.b != t.a + 1 || !v.is(t.a, RELATIVE) {
        return None;
    }
    let mut x = h;
    for _ in 0..3 {
        let Some(p) = v.toks[x].head else { break };
        if v.dep(x) == "acl:relcl" {
            return Some(actors_at(v, p));
        }
        x = p;
    }
    // The parser may hang the clause elsewhere ("the EU, which slapped a ban …" as an
    // adverbial clause of the main verb): a "who" or "which" right after a comma stands
    // for the phrase before the comma, when that phrase is a party.
    let sa = v.sents[v.sentence_of(t.a)].0;
    if t.a > sa + 1 && v.is(t.a, &["who", "which"]) && v.is(t.a - 1, &[","]) {
        if let Some(n) = crate::np::np_ending_at(v, t.a - 1).filter(|n| n.actor.is_some()) {
            return Some(vec![n]);
        }
    }
    None
}

/// Verbs of giving: their "to" phrase names the one who receives.
const GIVING: &[&str] = &[
    "give",
    "offer",
    "provide",
    "send",
    "deliver",
    "supply",
    "grant",
    "donate",
    "extend",
    "pledge",
    "sell",
    "hand",
    "lend",
    "ship",
    "transfer",
    "contribute",
    "dispatch",
];

/// Light and support verbs whose subject is the source of the event noun they take
/// ("staged a protest", "launched an air strike", "engaged X in a firefight").
const SUPPORT: &[&str] = &[
    "have",
    "provide",
    "give",
    "express",
    "present",
    "launch",
    "carry",
    "conduct",
    "stage",
    "mount",
    "hold",
    "make",
    "impose",
    "order",
    "announce",
    "sign",
    "begin",
    "start",
    "lead",
    "continue",
    "step",
    "pay",
    "unleash",
    "call",
    "issue",
    "open",
    "reach",
    "engage",
    "participate",
    "wage",
    "resume",
    "intensify",
    "escalate",
    "organize",
    "organise",
    "initiate",
    "undertake",
    "perform",
    "commit",
    "offer",
    "extend",
    "send",
    "deliver",
    "claim",
    "deepen",
    "strengthen",
    "bolster",
    "boost",
    "forge",
    "expand",
    "broaden",
    "complete",
    "finish",
    "speed",
    "accelerate",
    "declare",
    "reimpose",
    "tighten",
    "enforce",
    "renew",
    "approve",
    "adopt",
    "file",
    // (what one weighs, plans, proposes or threatens is one's own act: "was considering
    // legal action against the insurer", "threatened sanctions against Iran")
    "consider",
    "weigh",
    "mull",
    "contemplate",
    "plan",
    "prepare",
    "propose",
    "seek",
    "threaten",
    "pledge",
    "promise",
    "lodge",
    "slap",
    "register",
];

/// Verbs whose subject undergoes the event noun that is their object.
pub const UNDERGO: &[&str] = &["face", "receive", "suffer", "draw", "endure", "encounter"];

/// Source and target of a nominal trigger at `h` ("Israel's strikes on Gaza", "an air
/// strike by government forces", "US and British activists staged a protest").
/// For "hands" in "at the hands of X" (token `c`), the token heading X: the doer of what
/// was done there ("died at the hands of the police").
pub(crate) fn at_the_hands(v: &View, c: usize) -> Option<usize> {
    if !v.is(c, &["hands"]) || !v.has_dep_word(c, "case", &["at"]) {
        return None;
    }
    v.children(c)
        .find(|&o| v.dep(o) == "nmod" && v.has_dep_word(o, "case", &["of"]))
}

pub fn noun_args(v: &View, h: usize) -> (Vec<Arg>, Vec<Arg>) {
    // "a mediation effort between X and Y", "an assassination attempt on X": the event
    // noun modifies a noun of undertaking, whose phrase holds the arguments.
    let h = match v.toks[h].head {
        Some(g) if v.dep(h) == "compound" && v.is(g, UNDERTAKINGS) => g,
        _ => h,
    };
    let mut source: Vec<Arg> = Vec::new();
    let mut target: Vec<Arg> = Vec::new();
    for c in v.children(h) {
        let d = v.dep(c);
        let case = case_of(v, c);
        match d {
            // ("his expulsion", "Suu Kyi's release": the one it is done to, unless an
            // "of" phrase names that one: "Israel's killing of the leader".)
            "nmod:poss" if target.is_empty() && patient_possessor(v, h, c) => {
                target = actors_at(v, c)
            }
            "nmod:poss" if source.is_empty() => source = actors_at(v, c),
            // "demonstrations against the alleged violations by the Israeli military":
            // a "by" phrase after what a protest or criticism is against names the
            // doer of that, whom it is against (not so for an attack: "an attack on
            // the convoy by rebels").
            "nmod"
                if case.iter().any(|&k| v.is(k, &["by"]))
                    && v.is(h, OBJECTIONS)
                    && v.children(h).any(|x| {
                        x < c
                            && v.dep(x) == "nmod"
                            && v.has_dep_word(x, "case", &["against", "over", "at"])
                            && !has_actor(&actors_at(v, x))
                    }) =>
            {
                target = actors_at(v, c)
            }
            "nmod" if case.iter().any(|&k| v.is(k, &["by"])) => source = actors_at(v, c),
            // "murders at the hands of knife-wielding Palestinians": whose hands did it.
            "nmod" if at_the_hands(v, c).is_some() => {
                if let Some(o) = at_the_hands(v, c) {
                    source = actors_at(v, o);
                }
            }
            // "the visit of a Japanese minister to the shrine": who visits.
            "nmod"
                if source.is_empty()
                    && v.is(h, &["visit", "visits", "trip", "trips", "tour"])
                    && case.iter().any(|&k| v.is(k, &["of"])) =>
            {
                source = actors_at(v, c)
            }
            // "a plea from Barzani to Saddam Hussein" (not "the withdrawal of Serbian
            // forces from Bosnia": what is left is no doer).
            "nmod"
                if source.is_empty()
                    && case.iter().any(|&k| v.is(k, &["from"]))
                    && !v.is(h, LEAVING) =>
            {
                source = actors_at(v, c)
            }
            // (Talks "on Security Council issues" are about them, not with them.)
            "nmod"
                if v.is(h, TALKS)
                    && case
                        .iter()
                        .any(|&k| v.is(k, &["on", "about", "over", "regarding"])) => {}
            // ("aid for Romania": whom aid is for.)
            "nmod"
                if target.is_empty()
                    && case.iter().any(|&k| {
                        v.is(k, TARGET_CASES)
                            || v.is(k, &["of", "against", "between", "to"])
                            || (v.is(k, &["for"]) && v.is(h, AID_NOUNS))
                    }) =>
            {
                target = actors_at(v, c)
            }
            // (A name before a gathering is where it is held: "the Warsaw summit".)
            "amod" | "compound"
                if source.is_empty()
                    && v.mention_of[c].is_some_and(|m| v.mentions[m].actor.is_some())
                    && !(d == "compound" && locates_gathering(v, c, h)) =>
            {
                source = actors_at(v, c)
            }
            // "Israeli tank shelling", "Syrian army sniper fire": the party named
            // before the weapon or unit that did it.
            "compound"
                if source.is_empty()
                    && v.mention_of[c].is_none()
                    && !locates_gathering(v, c, h) =>
            {
                if let Some(k) = v.children(c).find(|&k| {
                    matches!(v.dep(k), "amod" | "compound")
                        && v.mention_of[k].is_some_and(|m| v.mentions[m].actor.is_some())
                }) {
                    source = actors_at(v, k)
                }
            }
            // "an attack targeting non-Muslims".
            "acl" if target.is_empty() => {
                if let Some(o) = v.children(c).find(|&k| v.dep(k) == "obj") {
                    target = actors_at(v, o);
                }
            }
            _ => {}
        }
    }
    // "The Pakistani Taliban claimed responsibility for Saturday's ambush": whoever claims
    // (or denies) responsibility for an act is named as its doer.
    if !has_actor(&source) && v.dep(h) == "nmod" && v.has_dep_word(h, "case", &["for"]) {
        if let Some(r) = v.toks[h].head.filter(|&r| v.is(r, &["responsibility"])) {
            if let Some(p) = v.toks[r].head.filter(|_| v.dep(r) == "obj") {
                if let Some(s) = subject(v, p, &["nsubj"]) {
                    let doer = actors_at(v, s);
                    if has_actor(&doer) || source.is_empty() {
                        source = doer;
                    }
                }
            }
        }
    }
    // "reiterated its demand that Israel ease restrictions": a demand is put to the
    // subject of the clause that says what is demanded (not to the one who made it:
    // "the demand that Iran made").
    if !has_actor(&target) && v.is(h, DEMAND_NOUNS) {
        if let Some(t) = v
            .children(h)
            .filter(|&c| c > h && matches!(v.dep(c), "acl" | "acl:relcl" | "ccomp"))
            .filter(|&c| {
                !matches!(
                    v.lemma(c),
                    "make" | "issue" | "put" | "present" | "submit" | "voice" | "repeat"
                )
            })
            .find_map(|c| subject(v, c, &["nsubj", "nsubj:pass"]))
            .map(|s| actors_at(v, s))
            .filter(|t| has_actor(t))
        {
            target = t;
        }
    }
    // "Heavy fighting broke out between Israeli troops and Hizbollah guerrillas": the
    // sides of a fight that breaks out, rages or goes on may hang on that verb.
    if target.is_empty() && v.dep(h) == "nsubj" {
        if let Some(p) = v.toks[h].head.filter(|&p| {
            matches!(
                v.lemma(p),
                "break"
                    | "erupt"
                    | "flare"
                    | "rage"
                    | "continue"
                    | "resume"
                    | "escalate"
                    | "intensify"
                    | "begin"
                    | "start"
                    | "spread"
            )
        }) {
            if let Some(c) = v
                .children(p)
                .find(|&c| v.dep(c) == "obl" && v.has_dep_word(c, "case", &["between"]))
            {
                target = actors_at(v, c);
            }
        }
    }
    // "the executions were ordered by the court", "the strike, called by the BNP",
    // "an attack carried out by rebels": who ordered, called or carried out the act
    // did it.
    if source.is_empty() {
        let agent_of = |x: usize| {
            v.children(x)
                .find(|&c| v.dep(c) == "obl:agent")
                .map(|c| actors_at(v, c))
                .filter(|a| a.iter().any(|a| a.actor.is_some()))
        };
        // (Not a third party's part: "talks mediated by the African Union", "a deal
        // brokered by Qatar", "an attack condemned by the UN", "the meeting was pushed
        // together by the CIA", "a demonstration … defined by political leaders as …".)
        let third_party = |x: usize| {
            matches!(
                v.lemma(x),
                "mediate"
                    | "broker"
                    | "host"
                    | "sponsor"
                    | "facilitate"
                    | "chair"
                    | "convene"
                    | "monitor"
                    | "observe"
                    | "back"
                    | "support"
                    | "fund"
                    | "finance"
                    | "condemn"
                    | "criticize"
                    | "criticise"
                    | "report"
                    | "witness"
                    | "welcome"
                    | "push"
                    | "arrange"
                    | "define"
                    | "describe"
            )
        };
        let by = v.toks[h]
            .head
            .filter(|&p| v.dep(h) == "nsubj:pass" && !third_party(p))
            .and_then(agent_of)
            .or_else(|| {
                v.children(h)
                    .filter(|&c| v.dep(c) == "acl" && v.word(c).ends_with("ed") && !third_party(c))
                    .find_map(agent_of)
            });
        if let Some(a) = by {
            source = a;
        }
    }
    // "the execution of a German citizen by Iran": the parser may hang the doer's "by"
    // phrase on the target's noun. (Not so for what a protest is against:
    // "demonstrations against violations by the Israeli military" are against the
    // military.)
    if source.is_empty() {
        if let Some((t, b)) = v.children(h).find(|&c| v.dep(c) == "nmod").and_then(|t| {
            v.children(t)
                .find(|&c| v.dep(c) == "nmod" && v.has_dep_word(c, "case", &["by"]))
                .map(|b| (t, b))
        }) {
            let by = actors_at(v, b);
            if has_actor(&by) {
                if v.is(h, OBJECTIONS) && v.has_dep_word(t, "case", &["against", "over", "at"]) {
                    if !has_actor(&target) {
                        target = by;
                    }
                } else {
                    source = by;
                }
            }
        }
    }
    // A verb whose subject undergoes the event noun it takes: the subject is the
    // target and the "from"/"by" phrase the source ("faced pressure from Congress",
    // "received assurances from the government", "came under fire from militants").
    if let Some(p) = v.toks[h].head {
        let d = v.dep(h);
        let under = d == "obl" && v.has_dep_word(h, "case", &["under"]);
        if (d == "obj" && UNDERGO.contains(&v.lemma(p))) || (under && v.lemma(p) == "come") {
            let from = |x: usize| {
                v.children(x).find(|&c| {
                    matches!(v.dep(c), "nmod" | "obl") && v.has_dep_word(c, "case", &["from", "by"])
                })
            };
            if let Some(s) = from(h).or_else(|| from(p)) {
                source = actors_at(v, s);
            }
            if let Some(s) = subject(v, p, &["nsubj"]) {
                target = actors_at(v, s);
            } else {
                let mut none = Vec::new();
                target = inherited_subject(v, p, &mut none);
            }
            return (source, target);
        }
    }
    // "Serbia recalled its ambassador in protest at US recognition of Kosovo": an act
    // done in protest is its doer's protest (also as parsed on the act's noun:
    // "continuing a hunger strike in protest of …").
    // (Not "detained students in the protest": a protest with an article is where.)
    if source.is_empty()
        && v.is(h, &["protest", "protests"])
        && v.has_dep_word(h, "case", &["in", "as"])
        && !v.children(h).any(|c| v.dep(c) == "det")
    {
        let verb = match v.dep(h) {
            "obl" => v.toks[h].head,
            "nmod" => v.toks[h]
                .head
                .filter(|&n| matches!(v.dep(n), "obj" | "obl"))
                .and_then(|n| v.toks[n].head),
            _ => None,
        };
        if let Some(p) = verb.filter(|&p| v.pos(p) == Some("VERB")) {
            source = match subject(v, p, &["nsubj"]) {
                Some(s) => actors_at(v, s),
                None => inherited_subject(v, p, &mut Vec::new()),
            };
        }
    }
    // "said it had killed 30 militants in air strikes": an attack noun in an "in" phrase
    // of a verb of force is the verb's subject's act, on the verb's object (also as
    // parsed on the object: "militants [in air strikes]").
    let on_object = v.dep(h) == "nmod" && v.toks[h].head.is_some_and(|o| v.dep(o) == "obj");
    if source.is_empty()
        && (v.dep(h) == "obl" || on_object)
        && v.has_dep_word(h, "case", &["in", "during"])
    {
        let lex = crate::lexicon::lexicon();
        let governor = if on_object {
            v.toks[h].head.and_then(|o| v.toks[o].head)
        } else {
            v.toks[h].head
        };
        // (not a headline's bare participle, whose subject is its victim: "Three
        // Russian soldiers killed in gun attack")
        if let Some(p) = governor.filter(|&p| {
            let bare_participle = v.doc.tokens[p].xpos.as_deref() == Some("VBN")
                && !v
                    .children(p)
                    .any(|c| matches!(v.dep(c), "aux" | "aux:pass"));
            v.pos(p) == Some("VERB")
                && !bare_participle
                && lex.force(v.word(p), crate::lexicon::Kind::Verb)
                && lex.force(v.word(h), crate::lexicon::Kind::Noun)
        }) {
            if let Some(s) = subject(v, p, &["nsubj"]) {
                source = actors_at(v, s);
                if target.is_empty() {
                    if let Some(o) = v.children(p).find(|&c| v.dep(c) == "obj") {
                        target = actors_at(v, o);
                    }
                }
            }
        }
    }
    // "Rebels dismissed an appeal from President Gbagbo": a call or offer answered is
    // addressed to who answers it.
    if let Some(p) = v.toks[h]
        .head
        .filter(|&p| v.dep(h) == "obj" && v.pos(p) == Some("VERB"))
    {
        // (Not one its author makes again or presses: "the ILO reiterated its demand".)
        let authored = matches!(
            v.lemma(p),
            "reiterate"
                | "repeat"
                | "renew"
                | "restate"
                | "make"
                | "issue"
                | "voice"
                | "press"
                | "submit"
                | "present"
                | "drop"
                | "withdraw"
                | "step"
        );
        if v.is(h, PROPOSALS) && !has_actor(&target) && !source.is_empty() && !authored {
            if let Some(s) = subject(v, p, &["nsubj"]) {
                let answerer = actors_at(v, s);
                if has_actor(&answerer) {
                    target = answerer;
                }
            }
        }
    }
    // The governing support verb: its subject acts; when the event noun is its oblique
    // ("engaged peacekeepers in a firefight"), its object is acted on; so is the object
    // the event noun hangs from ("engaged [peacekeepers in a firefight]").
    // (Not an event noun's own phrase: "opened an investigation into the killing" is no
    // killing by the investigator.)
    if let Some(o) = v.toks[h].head.filter(|&o| {
        v.dep(h) == "nmod"
            && v.dep(o) == "obj"
            && v.has_dep_word(h, "case", &["in", "into"])
            && measured(v, h) == h
            && !v.is(o, INQUIRIES)
            && !crate::lexicon::lexicon()
                .get(v.word(o))
                .iter()
                .any(|e| e.kind == crate::lexicon::Kind::Noun && e.before.is_empty())
    }) {
        if let Some(p) = v.toks[o].head.filter(|&p| supports(v, p, h)) {
            if source.is_empty() {
                if let Some(s) = subject(v, p, &["nsubj"]) {
                    source = actors_at(v, s);
                }
            }
            if !has_actor(&target) {
                target = actors_at(v, o);
            }
            return (source, target);
        }
    }
    // "provided 25,000 tons of food aid": the measure noun stands in the slot.
    let m = support_slot(v, h);
    if let Some(p) = v.toks[m].head {
        let d = v.dep(m);
        // (an oblique only as what one takes part in: "engaged in a firefight", not
        // "staged protests against the strikes")
        // (nor what an inquiry the verb opens is into: "will launch a probe into the
        // killing", as parsed)
        if (d == "obj"
            || (d == "obl"
                && v.has_dep_word(m, "case", &["in", "into"])
                && !PLANNED.contains(&v.lemma(p))
                && !PONDERED.contains(&v.lemma(p))
                && !v
                    .children(p)
                    .any(|c| v.dep(c) == "obj" && v.is(c, INQUIRIES))))
            && supports(v, p, m)
        {
            // (A party word of no country inside the noun phrase yields to the support
            // verb's subject: "Hizbollah gunmen waged a guerrilla war".)
            if !has_actor(&source) {
                // ("Serb forces were engaged in ethnic cleansing", "were involved in
                // the attack": the subject of the passive form takes part.)
                let rels: &[&str] = if d == "obl"
                    && matches!(v.lemma(p), "engage" | "involve" | "engaged" | "involved")
                {
                    &["nsubj", "nsubj:pass"]
                } else {
                    &["nsubj"]
                };
                let by_verb = if let Some(s) = subject(v, p, rels) {
                    actors_at(v, s)
                } else if rels.len() > 1 {
                    Vec::new()
                } else {
                    let mut none = Vec::new();
                    inherited_subject(v, p, &mut none)
                };
                if source.is_empty() || has_actor(&by_verb) {
                    source = by_verb;
                }
            }
            if d == "obl" && target.is_empty() {
                if let Some(o) = v.children(p).find(|&k| v.dep(k) == "obj") {
                    target = actors_at(v, o);
                }
            }
            // "gave the Ivory Coast 5.1 million dollars of aid", "sent aid to Chad": the
            // one it goes to.
            if d == "obj" && !has_actor(&target) {
                if let Some(t) = v
                    .children(p)
                    .filter(|&k| {
                        v.dep(k) == "iobj"
                            || (v.dep(k) == "obl" && v.has_dep_word(k, "case", &["to"]))
                    })
                    .map(|k| actors_at(v, k))
                    .find(|t| has_actor(t))
                {
                    target = t;
                }
            }
            if target.is_empty() || !has_actor(&target) {
                // "launched an air strike against X": the verb's own target phrase.
                // (Not whose hands did it: "confront murders at the hands of …".)
                if let Some(o) = v.children(p).find(|&k| {
                    v.dep(k) == "obl"
                        && v.has_dep_word(k, "case", TARGET_CASES)
                        && at_the_hands(v, k).is_none()
                }) {
                    let t = actors_at(v, o);
                    if has_actor(&t) || target.is_empty() {
                        target = t;
                    }
                }
            }
        }
    }
    (source, target)
}

const TIME_UNITS: &[&str] = &[
    "hour", "hours", "day", "days", "week", "weeks", "month", "months", "year", "years", "decade",
    "decades", "night", "nights",
];

/// Units of money, which measure aid, loans and credits ("$5 million in loans").
const MONEY: &[&str] = &[
    "dollars", "dollar", "euros", "euro", "pounds", "yen", "yuan", "rupees", "francs", "million",
    "billion", "$", "€", "£",
];

/// The measure or container noun an event noun hangs from ("tons of aid", "a convoy
/// of aid", "thousands of troops", "10 million dollars in aid"), else the noun itself.
pub(crate) fn measured(v: &View, h: usize) -> usize {
    match v.toks[h].head {
        Some(p)
            if v.dep(h) == "nmod"
                && p < h
                && (v.has_dep_word(h, "case", &["of"])
                    // "10 million dollars in aid"
                    || (v.has_dep_word(h, "case", &["in"]) && v.is(p, MONEY)))
                // "after 12 days of battles": a stretch of time is no measure of them.
                && !v.is(p, TIME_UNITS)
                && v.children(p)
                    .any(|c| v.dep(c) == "nummod" || v.is(c, &["a", "an"]))
                && v.mention_of[p].is_none() =>
        {
            p
        }
        _ => h,
    }
}

/// The support verb whose object the event noun at `h` is ("will hold talks", "will
/// provide 25,000 tons of aid").
pub fn support_verb(v: &View, h: usize) -> Option<usize> {
    let m = support_slot(v, h);
    v.toks[m]
        .head
        .filter(|&p| v.dep(m) == "obj" && supports(v, p, h))
}

/// The noun that stands in its support verb's slot for the event noun at `h`: its
/// measure ("25,000 tons of aid"), or a stretch or round of it that is held ("held two
/// hours of talks", "a second round of talks"); else `h`.
fn support_slot(v: &View, h: usize) -> usize {
    let m = measured(v, h);
    if m == h && v.dep(h) == "nmod" && v.has_dep_word(h, "case", &["of"]) {
        if let Some(p) = v.toks[h].head.filter(|&p| {
            p < h
                && (v.is(p, TIME_UNITS) || v.is(p, &["round", "rounds"]))
                && v.dep(p) == "obj"
                && v.toks[p]
                    .head
                    .is_some_and(|g| matches!(v.lemma(g), "hold" | "have" | "conduct"))
        }) {
            return p;
        }
    }
    m
}

/// Whether the verb at `p` is a support verb of the event noun at `n`. "Have" supports
/// talking only: "had a telephone conversation with Yeltsin", "had talks"; "we have a
/// peace treaty with them" is a state of things, not an act.
fn supports(v: &View, p: usize, n: usize) -> bool {
    // (One weighs others' proposals too: "would consider the northern demand".)
    (SUPPORT.contains(&v.lemma(p))
        && (v.lemma(p) != "have" || v.is(n, TALKS))
        && !(PONDERED.contains(&v.lemma(p)) && v.is(n, PROPOSALS)))
        // ("soldiers were involved in the attack", also read as an adjective; not "it
        // involves the withdrawal of troops", nor "were involved in debate after a
        // massacre")
        || (v.is(p, &["involved", "engaged"])
            && v.dep(n) == "obl"
            && v.has_dep_word(n, "case", &["in"]))
}

/// Nouns of talking with someone, which "have" supports.
const TALKS: &[&str] = &[
    "talks",
    "conversation",
    "conversations",
    "meeting",
    "meetings",
    "discussion",
    "discussions",
    "call",
    "calls",
    "consultations",
    "negotiations",
];

/// Verbs whose infinitive complement is an intention of their subject.
const INTENT_VERBS: &[&str] = &[
    "plan", "intend", "want", "aim", "seek", "pledge", "promise", "vow", "swear", "offer", "agree",
    "decide", "prepare", "resolve", "commit", "go", "wish", "mean", "hope",
];

/// Support verbs whose event noun is what their subject means to do ("planned
/// sanctions", "proposed talks", "threatened legal action").
const PLANNED: &[&str] = &[
    "plan", "prepare", "propose", "threaten", "seek", "pledge", "promise",
];

/// Support verbs whose event noun is what their subject weighs doing, with no intent
/// yet ("was considering legal action", "weighed sanctions").
pub const PONDERED: &[&str] = &["consider", "weigh", "mull", "contemplate"];

/// Adjectives that announce an intention ("is ready to", "is willing to").
const INTENT_ADJ: &[&str] = &[
    "ready",
    "willing",
    "prepared",
    "determined",
    "set",
    "poised",
    "eager",
    "keen",
    "unwilling",
    "committed",
];

/// A "not"/"never" on `x`, or `x` is "unwilling".
pub fn negated(v: &View, x: usize) -> bool {
    v.children(x)
        .any(|c| v.dep(c) == "advmod" && v.is(c, &["not", "n't", "never"]))
        || (v.is(x, &["unwilling"]))
}

/// Acts that saying one wants to do them does: "I want to commend Donald Trump", "we
/// would like to thank the people of Japan".
const PERFORMATIVES: &[&str] = &[
    "thank",
    "commend",
    "congratulate",
    "praise",
    "apologize",
    "apologise",
    "welcome",
    "condemn",
    "salute",
    "applaud",
    "acknowledge",
    "express",
    "extend",
    "offer",
    "reiterate",
    "assure",
    "urge",
    "appeal",
    "invite",
    "remind",
    "warn",
    "emphasize",
    "emphasise",
    "stress",
    "recognize",
    "recognise",
    "pay",
];

/// Whether the infinitive at `x` is a performative act under a first-person wish ("I
/// want to commend", "we would like to thank", "I wish to express"): said, the act is
/// done, not wished for.
pub(crate) fn performative(v: &View, x: usize) -> bool {
    if v.dep(x) != "xcomp" || !PERFORMATIVES.contains(&v.lemma(x)) {
        return false;
    }
    let Some(g) = v.toks[x].head else {
        return false;
    };
    let wish = v.is(g, &["want", "wish"])
        || (v.is(g, &["like", "love"])
            && v.children(g)
                .any(|c| v.dep(c) == "aux" && v.is(c, &["would", "'d"])));
    wish && !negated(v, g)
        && v.children(g)
            .any(|c| v.dep(c) == "nsubj" && v.is(c, &["i", "we"]))
}

/// The word that announces the event at `h` as its subject's intention: a future
/// auxiliary ("will meet", "would free") or a governing verb or adjective of intent
/// ("plans to visit", "is ready to contribute"), and whether it is negated ("would not
/// provide"). None in conditional clauses ("if it is attacked").
pub fn intent_cue(v: &View, h: usize) -> Option<(usize, bool)> {
    let conditional = |x: usize| v.has_dep_word(x, "mark", &["if", "unless", "whether", "once"]);
    // A nominal event takes the mood of its support verb ("will hold talks", "seek to
    // deepen a partnership").
    let h = support_verb(v, h).unwrap_or(h);
    if conditional(h) {
        return None;
    }
    // "planned sanctions against Iran", "threatened legal action": the support verb
    // states the intent (or threat) itself.
    // (Not what one has not sought or only weighs: "had not sought a meeting", "would
    // consider an arms embargo".)
    if v.pos(h) == Some("VERB") && PLANNED.contains(&v.lemma(h)) {
        return (!negated(v, h)).then_some((h, false));
    }
    if v.pos(h) == Some("VERB") && PONDERED.contains(&v.lemma(h)) {
        return None;
    }
    if let Some(a) = v
        .children(h)
        .find(|&c| v.dep(c) == "aux" && v.is(c, &["will", "would", "'ll", "shall", "wo"]))
    {
        return Some((a, negated(v, h)));
    }
    let mut x = h;
    for _ in 0..2 {
        // A purpose clause of a verb in the future: "will send a team … to help".
        if v.dep(x) == "advcl" && v.has_dep_word(x, "mark", &["to"]) {
            let p = v.toks[x].head?;
            if conditional(p) {
                return None;
            }
            return v
                .children(p)
                .find(|&c| v.dep(c) == "aux" && v.is(c, &["will", "'ll", "shall"]))
                .map(|a| (a, negated(v, p)));
        }
        if v.dep(x) != "xcomp" {
            break;
        }
        let p = v.toks[x].head?;
        if conditional(p) {
            return None;
        }
        let lemma = v.lemma(p);
        if performative(v, x) {
            return None;
        }
        if INTENT_VERBS.contains(&lemma) || INTENT_ADJ.contains(&v.word(p)) {
            return Some((p, negated(v, p) || negated(v, x)));
        }
        x = p;
    }
    None
}

/// The CAMEO code for intending (or refusing) an event of `code`: "will meet" is 036,
/// "would free" 0353, "wants to attack" 138, "would not provide support" 121.
pub fn intent_code(code: &str, negative: bool) -> Option<&'static str> {
    let root = code.get(..2)?;
    Some(match (root, negative) {
        ("04", false) => "036",
        ("05", false) => "032",
        ("06", false) => "031",
        ("07", false) => match code {
            "071" => "0331",
            "072" => "0332",
            "073" => "0333",
            "074" => "0334",
            _ => "033",
        },
        ("08", false) => match code {
            "081" => "0351",
            "0841" | "0842" | "084" => "0353",
            "085" => "0354",
            "087" | "0871" | "0872" | "0873" | "0874" => "0356",
            _ => "035",
        },
        ("15" | "18" | "19" | "20", false) => "138",
        ("16", false) => "131",
        ("17", false) => "137",
        ("04", true) => "125",
        ("05" | "06" | "07", true) => "121",
        ("08", true) => match code {
            "0841" | "0842" | "084" => "1243",
            "085" => "1244",
            _ => "124",
        },
        _ => return None,
    })
}
