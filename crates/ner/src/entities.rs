//! From tagged names to `doc.entities`: sitrep types, in-document resolution (full and
//! short names, acronyms, possessives, titles stripped), roles (title patterns and
//! appositives), nominal and pronoun mentions, and actor codes.

use crate::actor;
use crate::lexicon::{list, Lexicon};
use crate::tagger::{Span, Tagger};
use sitrep_doc::{Document, Entity, EntityType, Mention, MentionKind, Role};
use std::collections::HashMap;

/// A name mention found by the tagger, in document token indices.
#[derive(Clone, Debug)]
struct Name {
    sent: usize,
    /// `[first, last)` token indices (titles and possessive stripped).
    a: usize,
    b: usize,
    ty: EntityType,
    /// Words, lower-cased.
    key: Vec<String>,
    /// Title tokens `[first, last)` right before the name, if any.
    title: Option<(usize, usize)>,
}

/// Working entity while resolving.
#[derive(Clone, Debug, Default)]
struct Ent {
    ty: EntityType,
    names: Vec<usize>,
    /// Longest name (token count, then characters).
    best: usize,
    mentions: Vec<Mention>,
    roles: Vec<(String, Option<usize>)>,
    /// Some(true) male, Some(false) female.
    male: Option<bool>,
    actor_hint: Option<String>,
}

const PRONOUNS_M: &[&str] = &["he", "him", "his", "himself"];
const PRONOUNS_F: &[&str] = &["she", "her", "hers", "herself"];
const PRONOUNS_N: &[&str] = &["it", "its", "itself"];
const PRONOUNS_P: &[&str] = &["they", "them", "their", "theirs", "themselves"];

/// Lower-case role words that can head a title ("rebel leader X", "X, the head of Y").
const ROLE_HEADS: &[&str] = &[
    "leader",
    "chief",
    "head",
    "commander",
    "spokesman",
    "spokeswoman",
    "spokesperson",
    "president",
    "minister",
    "secretary",
    "director",
    "chairman",
    "chairwoman",
    "chair",
    "founder",
    "governor",
    "mayor",
    "ambassador",
    "envoy",
    "general",
    "colonel",
    "captain",
    "coach",
    "manager",
    "executive",
    "ceo",
    "prosecutor",
    "judge",
    "official",
    "negotiator",
    "adviser",
    "advisor",
    "member",
    "deputy",
    "premier",
    "king",
    "queen",
    "emir",
    "sultan",
    "commissioner",
    "representative",
    "senator",
    "lawmaker",
    "analyst",
    "editor",
    "correspondent",
];

/// Lower-case words that may modify a role head ("rebel leader", "defence minister").
const ROLE_MODS: &[&str] = &[
    "rebel",
    "opposition",
    "army",
    "military",
    "police",
    "party",
    "defence",
    "defense",
    "foreign",
    "interior",
    "finance",
    "justice",
    "health",
    "trade",
    "deputy",
    "vice",
    "former",
    "acting",
    "senior",
    "top",
    "chief",
    "prime",
    "executive",
    "regional",
    "provincial",
    "military",
    "union",
    "government",
    "state",
    "foreign",
    "press",
    "general",
    "managing",
    "militia",
    "guerrilla",
    "separatist",
    "cabinet",
    "economy",
    "energy",
    "oil",
    "security",
    "intelligence",
];

/// Verbs of command in "X, who commanded Y" and the role they give.
const ROLE_VERBS: &[(&str, &str)] = &[
    ("commanded", "commander"),
    ("commands", "commander"),
    ("led", "leader"),
    ("leads", "leader"),
    ("heads", "head"),
    ("headed", "head"),
    ("chairs", "chair"),
    ("chaired", "chair"),
    ("founded", "founder"),
    ("directs", "director"),
    ("directed", "director"),
    ("runs", "head"),
    ("ran", "head"),
    ("governs", "governor"),
    ("governed", "governor"),
    ("coaches", "coach"),
    ("coached", "coach"),
    ("owns", "owner"),
    ("owned", "owner"),
];

/// The commonest type among an entity's names, the fullest name's type winning a tie
/// and otherwise the first to come.
fn vote_type(tys: &[EntityType], best: EntityType) -> EntityType {
    let mut counts: Vec<(EntityType, usize)> = Vec::new();
    for &t in tys {
        match counts.iter_mut().find(|(x, _)| *x == t) {
            Some(c) => c.1 += 1,
            None => counts.push((t, 1)),
        }
    }
    let mut top = best;
    let mut key = (0usize, false);
    for &(t, c) in &counts {
        if (c, t == best) > key {
            key = (c, t == best);
            top = t;
        }
    }
    top
}

fn is_title_token(lx: &Lexicon, w: &str) -> bool {
    lx.lookup(w).is_some_and(|i| i.lists & list::TITLE != 0)
}

fn is_role_word(w: &str) -> bool {
    let l = w.to_lowercase();
    ROLE_HEADS.contains(&l.as_str()) || ROLE_MODS.contains(&l.as_str())
}

/// The document view the resolver works on.
struct View<'a> {
    doc: &'a Document,
    /// Token → sentence.
    sent_of: Vec<usize>,
}

impl<'a> View<'a> {
    fn new(doc: &'a Document) -> View<'a> {
        let mut sent_of = vec![0; doc.tokens.len()];
        for (si, s) in doc.sentences.iter().enumerate() {
            for x in sent_of
                .iter_mut()
                .take(s.tokens[1].min(doc.tokens.len()))
                .skip(s.tokens[0])
            {
                *x = si;
            }
        }
        View { doc, sent_of }
    }
    fn w(&self, i: usize) -> &'a str {
        self.doc
            .tokens
            .get(i)
            .map(|t| self.doc.slice(t.start, t.end))
            .unwrap_or("")
    }
    fn lw(&self, i: usize) -> String {
        self.w(i).to_lowercase()
    }
    fn cap(&self, i: usize) -> bool {
        self.w(i).starts_with(|c: char| c.is_uppercase())
    }
    fn text(&self, a: usize, b: usize) -> &'a str {
        if a >= b || b > self.doc.tokens.len() {
            return "";
        }
        self.doc
            .slice(self.doc.tokens[a].start, self.doc.tokens[b - 1].end)
    }
    /// Whether tokens `i` and `j` (= `i + 1`) touch, with no space between them.
    fn attached(&self, i: usize, j: usize) -> bool {
        match (self.doc.tokens.get(i), self.doc.tokens.get(j)) {
            (Some(a), Some(b)) => a.end == b.start,
            _ => false,
        }
    }
    fn same_sentence(&self, i: usize, j: usize) -> bool {
        i < self.sent_of.len() && j < self.sent_of.len() && self.sent_of[i] == self.sent_of[j]
    }
    fn mention(&self, a: usize, b: usize, kind: MentionKind) -> Mention {
        let start = self.doc.tokens[a].start;
        let end = self.doc.tokens[b - 1].end;
        Mention {
            start,
            end,
            text: self.doc.slice(start, end).to_string(),
            sentence: self.sent_of[a],
            kind,
        }
    }
}

/// Maps a CoNLL type to a sitrep type, using the words of the name.
fn sitrep_type(label: &str, words: &[String]) -> EntityType {
    let lx = Lexicon::get();
    let whole = lx.lookup_words(words);
    let lists = whole.map(|i| i.lists).unwrap_or(0);
    let last = words.last().map(|s| s.as_str()).unwrap_or("");
    let last_lists = lx.lookup(last).map(|i| i.lists).unwrap_or(0);
    match label {
        "PER" => EntityType::Person,
        "LOC" => {
            if lists & (list::COUNTRY | list::CAPITAL | list::CITY) != 0 {
                EntityType::Gpe
            } else if lists & list::LOCATION != 0 || last_lists & list::LOC_WORD != 0 {
                EntityType::Loc
            } else if last_lists & list::FAC_WORD != 0 {
                EntityType::Facility
            } else {
                EntityType::Gpe
            }
        }
        "ORG" => {
            if lists & list::ORG != 0 {
                EntityType::Org
            } else if last_lists & list::FAC_WORD != 0
                && !matches!(last, "university" | "school" | "college")
            {
                EntityType::Facility
            } else {
                EntityType::Org
            }
        }
        _ => {
            if lists & (list::DEMONYM | list::RELIGION) != 0
                || (words.len() == 1 && (last.ends_with("ian") || last.ends_with("ese")))
            {
                EntityType::Norp
            } else if last_lists & list::EVENT_WORD != 0
                || words
                    .iter()
                    .any(|w| w.len() == 4 && w.starts_with(['1', '2']))
            {
                EntityType::Event
            } else {
                EntityType::Misc
            }
        }
    }
}

/// Joins "Armed Forces" + "of the" + "Philippines" into one organization name when the
/// tagger split it (an organization followed by "of (the)" and a capitalized name).
fn join_of_phrases(v: &View, base: usize, spans: &[Span]) -> Vec<Span> {
    let mut out: Vec<Span> = Vec::with_capacity(spans.len());
    for sp in spans {
        if let Some(prev) = out.last_mut() {
            let gap_a = base + prev.end;
            let gap_b = base + sp.start;
            let of_the = (gap_b == gap_a + 1 && v.lw(gap_a) == "of")
                || (gap_b == gap_a + 2 && v.lw(gap_a) == "of" && v.lw(gap_a + 1) == "the");
            if prev.label() == "ORG" && of_the && matches!(sp.label(), "LOC" | "ORG") {
                prev.end = sp.end;
                continue;
            }
        }
        out.push(*sp);
    }
    out
}

fn initials(words: &[String]) -> String {
    words
        .iter()
        .filter(|w| !matches!(w.as_str(), "of" | "the" | "and" | "for" | "de" | "&" | "'s"))
        .filter(|w| w.starts_with(char::is_alphanumeric))
        .filter_map(|w| w.chars().next())
        .collect()
}

fn is_acronym_of(short: &[String], long: &[String]) -> bool {
    if short.len() != 1 || long.len() < 2 {
        return false;
    }
    let s: String = short[0].chars().filter(|c| c.is_alphanumeric()).collect();
    s.len() >= 2 && s == initials(long)
}

/// Does `short` name the same person as `long` ("Ruiz" / "Ana Ruiz", "Ana" / "Ana Ruiz")?
fn is_short_form(short: &[String], long: &[String]) -> bool {
    if short.is_empty() || short.len() >= long.len() {
        return false;
    }
    long.ends_with(short) || (short.len() == 1 && long[0] == short[0])
}

/// Fills `doc.entities` from the tagger's spans (needs `sentences` and `tokens`).
pub fn annotate(doc: &mut Document, tagger: &Tagger) {
    let entities = build(doc, tagger);
    doc.entities = entities;
}

fn build(doc: &Document, tagger: &Tagger) -> Vec<Entity> {
    if doc.tokens.is_empty() || doc.sentences.is_empty() {
        return Vec::new();
    }
    let v = View::new(doc);
    let lx = Lexicon::get();
    // The tagger reads CoNLL-style words: a hyphenated compound that the tokenizer
    // split ("al - Hakim", written "al-Hakim") is one word, as in its training data.
    let mut sentences: Vec<Vec<&str>> = Vec::with_capacity(doc.sentences.len());
    let mut word_tokens: Vec<Vec<(usize, usize)>> = Vec::with_capacity(doc.sentences.len());
    for s in &doc.sentences {
        let (first, last) = (s.tokens[0], s.tokens[1].min(doc.tokens.len()));
        let mut words = Vec::new();
        let mut ranges = Vec::new();
        let mut i = first;
        while i < last {
            let mut j = i + 1;
            while j + 1 < last
                && v.w(j) == "-"
                && doc.tokens[j - 1].end == doc.tokens[j].start
                && doc.tokens[j].end == doc.tokens[j + 1].start
            {
                j += 2;
            }
            words.push(if j == i + 1 {
                v.w(i)
            } else {
                doc.text
                    .get(doc.tokens[i].start..doc.tokens[j - 1].end)
                    .unwrap_or("")
            });
            ranges.push((i - first, j - first));
            i = j;
        }
        sentences.push(words);
        word_tokens.push(ranges);
    }
    let tagged: Vec<Vec<Span>> = tagger
        .tag_document(&sentences)
        .into_iter()
        .zip(&word_tokens)
        .map(|(spans, ranges)| {
            spans
                .into_iter()
                .map(|sp| Span {
                    start: ranges[sp.start].0,
                    end: ranges[sp.end - 1].1,
                    kind: sp.kind,
                })
                .collect()
        })
        .collect();

    // 1. name mentions, titles stripped into roles
    let mut names: Vec<Name> = Vec::new();
    for (si, spans) in tagged.iter().enumerate() {
        let base = doc.sentences[si].tokens[0];
        let spans = join_of_phrases(&v, base, spans);
        for sp in &spans {
            let (mut a, mut b) = (base + sp.start, base + sp.end);
            // possessive and stray punctuation at the end
            while b > a + 1 && matches!(v.w(b - 1), "'s" | "’s" | "'" | "," | ".") {
                b -= 1;
            }
            if matches!(v.lw(a).as_str(), "the") && b > a + 1 {
                a += 1;
            }
            // "al Qaeda", "el Fasher": a lower-case Arabic article the tagger left out,
            // when the lists know the name with it.
            let mut listed_org = false;
            if a >= 1 && matches!(v.w(a - 1), "al" | "el" | "al-" | "el-") {
                let with: Vec<String> = (a - 1..b).map(|i| v.w(i).to_string()).collect();
                if let Some(info) = lx.lookup_words(&with) {
                    a -= 1;
                    listed_org = info.lists & list::ORG != 0;
                }
            }
            // titles inside a person span ("President Ana Ruiz")
            let mut title: Option<(usize, usize)> = None;
            if sp.label() == "PER" {
                let mut t = a;
                while t + 1 < b && (is_title_token(lx, v.w(t)) || v.w(t) == ".") {
                    t += 1;
                }
                if t > a {
                    title = Some((a, t));
                    a = t;
                }
            }
            // "Sen. Ted Cruz (R-Texas)": a party and state in parentheses tag the person
            // before them (see `us_party_and_state`); they name no one.
            if a >= 1
                && v.w(a - 1) == "("
                && b > a + 2
                && matches!(v.w(a), "R" | "D" | "I")
                && v.w(a + 1) == "-"
            {
                continue;
            }
            let key: Vec<String> = (a..b).map(|i| v.lw(i)).collect();
            let mut ty = sitrep_type(sp.label(), &key);
            if listed_org {
                ty = EntityType::Org;
            }
            // "the town of X", "the province of X"
            if a >= 2
                && v.lw(a - 1) == "of"
                && matches!(
                    v.lw(a - 2).as_str(),
                    "town"
                        | "city"
                        | "village"
                        | "province"
                        | "state"
                        | "region"
                        | "district"
                        | "capital"
                        | "port"
                        | "municipality"
                )
                && matches!(ty, EntityType::Person | EntityType::Org | EntityType::Misc)
            {
                ty = EntityType::Gpe;
            }
            // "around El Fasher, the state capital", "near Kutum": a town the list of
            // world cities knows, after a word of place or before an apposition that
            // calls it one, is a place whatever the tagger said.
            let place_before = a >= 1
                && matches!(
                    v.lw(a - 1).as_str(),
                    "near" | "around" | "outside" | "in" | "into" | "towards" | "toward"
                );
            let place_after = b + 2 < v.doc.tokens.len()
                && v.w(b) == ","
                && matches!(v.lw(b + 1).as_str(), "the" | "a")
                && (b + 2..(b + 5).min(v.doc.tokens.len())).any(|k| {
                    matches!(
                        v.lw(k).as_str(),
                        "capital" | "town" | "city" | "village" | "port" | "province" | "district"
                    )
                });
            if matches!(ty, EntityType::Person | EntityType::Org | EntityType::Misc)
                && (place_before || place_after)
                && crate::lexicon::world_city(&key).is_some()
            {
                ty = EntityType::Gpe;
            }
            names.push(Name {
                sent: si,
                a,
                b,
                ty,
                key,
                title,
            });
        }
    }
    // "Interior" tagged as a name right before "Minister": part of the title, not a name
    names.retain(|n| {
        let all_mods = (n.a..n.b).all(|i| ROLE_MODS.contains(&v.lw(i).as_str()));
        let before_title = is_title_token(lx, v.w(n.b)) && v.same_sentence(n.a, n.b);
        !(n.ty != EntityType::Person && all_mods && before_title)
    });
    list_people(&v, &mut names);
    // titles right before a person name
    for n in names.iter_mut() {
        if n.ty != EntityType::Person {
            continue;
        }
        let first = doc.sentences[n.sent].tokens[0];
        let mut t = n.title.map(|t| t.0).unwrap_or(n.a);
        let end = n.title.map(|t| t.1).unwrap_or(n.a);
        while t > first {
            let w = v.w(t - 1);
            // "Attorney General": a title of two words whose last alone is another
            // ("General", a rank) is taken whole.
            if t >= first + 2 && is_title_token(lx, &format!("{} {}", v.w(t - 2), w)) {
                t -= 2;
                continue;
            }
            let title_word = is_title_token(lx, w)
                || (is_role_word(w) && (v.cap(t - 1) || end == n.a))
                || (w == "." && t >= first + 2 && is_title_token(lx, v.w(t - 2)));
            // "Secretary-General", "Attorney-General": a title's hyphen, written with
            // no space on either side.
            let hyphen = w == "-"
                && t >= first + 2
                && v.attached(t - 2, t - 1)
                && v.attached(t - 1, t)
                && (is_title_token(lx, v.w(t - 2)) || is_role_word(v.w(t - 2)));
            if hyphen {
                t -= 2;
                continue;
            }
            if !title_word {
                break;
            }
            t -= 1;
        }
        if t < end {
            n.title = Some((t, end));
        }
    }

    // 2. merge names into entities
    let mut ents: Vec<Ent> = Vec::new();
    let mut ent_of_name: Vec<usize> = Vec::with_capacity(names.len());
    for (ni, n) in names.iter().enumerate() {
        let found = ents.iter().enumerate().rev().find_map(|(ei, e)| {
            let same = e.names.iter().any(|&o| {
                let o = &names[o];
                o.key == n.key
                    || (n.ty == EntityType::Person
                        && o.ty == EntityType::Person
                        && (is_short_form(&n.key, &o.key) || is_short_form(&o.key, &n.key)))
                    || (n.ty != EntityType::Person
                        && o.ty != EntityType::Person
                        && (is_acronym_of(&n.key, &o.key) || is_acronym_of(&o.key, &n.key)))
                    // "the Kurdistan Workers' Party (PKK)": a short name in brackets
                    // right after a name is that name's, whatever its letters.
                    || (n.ty != EntityType::Person
                        && n.b == n.a + 1
                        && n.a >= 1
                        && o.b + 1 == n.a
                        && v.w(n.a - 1) == "("
                        && v.w(n.b) == ")"
                        && v.w(n.a).chars().filter(|c| c.is_alphabetic()).count() >= 2
                        && !v.w(n.a).chars().any(char::is_lowercase))
            });
            same.then_some(ei)
        });
        let ei = match found {
            Some(ei) => ei,
            None => {
                ents.push(Ent {
                    ty: n.ty,
                    best: ni,
                    ..Ent::default()
                });
                ents.len() - 1
            }
        };
        let e = &mut ents[ei];
        e.names.push(ni);
        let b = &names[e.best];
        if (n.b - n.a, v.text(n.a, n.b).len()) > (b.b - b.a, v.text(b.a, b.b).len()) {
            e.best = ni;
        }
        e.mentions.push(v.mention(n.a, n.b, MentionKind::Name));
        ent_of_name.push(ei);
    }
    // entity type: the type of the fullest name, or the commonest among mentions
    // (Counted in the order the names come, and a tie goes to the first: a hash map's
    // order would make the type, and all that follows from it, differ from run to run.)
    for e in ents.iter_mut() {
        let tys: Vec<EntityType> = e.names.iter().map(|&ni| names[ni].ty).collect();
        e.ty = vote_type(&tys, names[e.best].ty);
    }

    // token → entity for name mentions
    let mut ent_at: Vec<Option<usize>> = vec![None; doc.tokens.len()];
    for (ni, n) in names.iter().enumerate() {
        for x in ent_at.iter_mut().take(n.b).skip(n.a) {
            *x = Some(ent_of_name[ni]);
        }
    }

    // 3. roles and gender
    for (ni, n) in names.iter().enumerate() {
        let ei = ent_of_name[ni];
        if let Some((ta, tb)) = n.title {
            // "Chilean Defence Minister X", "Northern Brigade commander X": an entity
            // inside or right before the title phrase is what the role is "of".
            let mut of = None;
            let mut ta2 = ta;
            for t in (ta..tb).rev() {
                if let Some(o) = ent_at[t] {
                    of = Some(o);
                    ta2 = t + 1;
                    break;
                }
            }
            if of.is_none() && ta > 0 {
                let mut p = ta - 1;
                if matches!(v.w(p), "'s" | "’s") && p > 0 {
                    p -= 1;
                }
                if v.same_sentence(p, ta) {
                    of = ent_at[p];
                }
            }
            let title = v.text(ta2, tb).trim_end_matches('.').to_string();
            if !title.is_empty() {
                ents[ei]
                    .roles
                    .push((title.clone(), of.filter(|&o| o != ei)));
            }
            for t in ta..tb {
                let l = v.lw(t);
                match l.trim_end_matches('.') {
                    "mr" | "sir" | "king" | "prince" | "lord" | "father" | "brother" => {
                        ents[ei].male = Some(true)
                    }
                    "mrs" | "ms" | "miss" | "dame" | "queen" | "princess" | "lady" | "sister" => {
                        ents[ei].male = Some(false)
                    }
                    _ => {}
                }
            }
        }
        if n.ty == EntityType::Person && ents[ei].male.is_none() {
            if let Some(i) = lx.lookup(v.w(n.a)) {
                let m = i.lists & list::MALE != 0;
                let f = i.lists & list::FEMALE != 0;
                if m != f && n.b - n.a > 1 {
                    ents[ei].male = Some(m);
                }
            }
        }
        // appositive: "X, (the) [title] (of (the) Y)," / "X, Y's [title]," / "X, who commanded Y"
        if n.ty == EntityType::Person && v.w(n.b) == "," && v.same_sentence(n.a, n.b + 1) {
            if let Some((title, of)) = appositive(&v, &ent_at, n.b + 1) {
                ents[ei].roles.push((title, of.filter(|&o| o != ei)));
            }
        }
    }

    // 4. nominal mentions: "the general", "the brigade"
    let mut extra: Vec<(usize, Mention)> = Vec::new();
    for (i, at) in ent_at.iter().enumerate().skip(1) {
        if at.is_some() || v.lw(i - 1) != "the" {
            continue;
        }
        let w = v.lw(i);
        if w.len() < 3 || !w.chars().all(|c| c.is_alphabetic()) || v.cap(i) {
            continue;
        }
        // next word must end the noun phrase
        let next = v.lw(i + 1);
        if next.chars().next().is_some_and(|c| c.is_alphabetic()) && !is_verbish(&next) {
            continue;
        }
        let cand = ents.iter().enumerate().rev().find(|(_, e)| {
            e.mentions
                .first()
                .is_some_and(|m| m.start < doc.tokens[i].start)
                && (e.roles.iter().any(|(t, _)| {
                        t.to_lowercase().split_whitespace().last() == Some(w.as_str())
                    }) || (e.ty != EntityType::Person
                        && names[e.best].key.len() > 1
                        && names[e.best].key.last() == Some(&w))
                        // "the bloc" for a union of states named before ("the European
                        // Union … the bloc"), "the alliance" for NATO
                        || (e.ty == EntityType::Org
                            && match w.as_str() {
                                "bloc" => names[e.best].key.iter().any(|k| {
                                    matches!(
                                        k.as_str(),
                                        "union"
                                            | "community"
                                            | "asean"
                                            | "mercosur"
                                            | "ecowas"
                                            | "eu"
                                            | "association"
                                            | "league"
                                    )
                                }),
                                "alliance" => names[e.best].key.iter().any(|k| {
                                    matches!(k.as_str(), "nato" | "atlantic" | "alliance")
                                }),
                                _ => false,
                            }))
        });
        if let Some((ei, _)) = cand {
            extra.push((ei, v.mention(i - 1, i + 1, MentionKind::Nominal)));
        }
    }
    for (ei, m) in extra {
        ents[ei].mentions.push(m);
    }

    // 5. pronouns (a person's gender first from the pronouns that can only be theirs)
    gender_from_pronouns(&v, &names, &ent_of_name, &mut ents);
    resolve_pronouns(&v, &names, &ent_of_name, &mut ents);

    // "Her deputy, X" / "Ruiz's deputy, X": a role of the possessor
    possessive_roles(&v, &names, &ent_of_name, &mut ents);

    // 6. actor codes; institutions with no country in their words ("the Interior
    // Ministry", a bare "Congress") get the article's dominant country, when one dominates
    let mut countries: HashMap<String, usize> = HashMap::new();
    // (and how often outside a dateline: "LISBON, Portugal" says where the reporter is)
    let dateline = |si: usize| {
        si < 4
            && doc.sentences.get(si).is_some_and(|s| {
                let w = v.w(s.tokens[0]);
                w.chars().filter(|c| c.is_alphabetic()).count() >= 2
                    && !w.chars().any(char::is_lowercase)
            })
    };
    let mut in_body: HashMap<String, usize> = HashMap::new();
    for e in &ents {
        if matches!(e.ty, EntityType::Gpe | EntityType::Norp) {
            let b = &names[e.best];
            let ws: Vec<&str> = (b.a..b.b).map(|i| v.w(i)).collect();
            if let Some(c) = actor::code_for_words(&ws) {
                let (c, _) = actor::split(&c);
                if c.len() == 3 {
                    *countries.entry(c.to_string()).or_default() += e.mentions.len();
                    *in_body.entry(c.to_string()).or_default() +=
                        e.mentions.iter().filter(|m| !dateline(m.sentence)).count();
                }
            }
        }
    }
    let mut ranked: Vec<(usize, String)> = countries.into_iter().map(|(c, n)| (n, c)).collect();
    ranked.sort_by(|a, b| b.cmp(a));
    let dominant = match ranked.as_slice() {
        // One mention is no evidence: "pressure from Congress to help Iran".
        [(n, c)] if *n >= 2 => Some(c.clone()),
        [(n, c), (m, _), ..] if *n >= 2 && *n >= 2 * *m => Some(c.clone()),
        _ => None,
    };
    // A name the tagger took for a person that an apposition calls a village or town is
    // that place ("Zarembo Alto, a small village northeast of Lima").
    for e in ents.iter_mut() {
        if e.ty == EntityType::Person
            && e.roles.is_empty()
            && e.names.iter().all(|&ni| names[ni].title.is_none())
            && e.names
                .iter()
                .any(|&ni| place_apposition(&v, &names[ni]).is_some())
        {
            e.ty = EntityType::Gpe;
        }
    }
    for ei in 0..ents.len() {
        let mut code = entity_actor(&v, &names, &ents, ei);
        if let (Some(c), Some(dom)) = (&code, &dominant) {
            let b = &names[ents[ei].best];
            let generic = b.b - b.a == 1
                && matches!(
                    v.lw(b.a).as_str(),
                    "congress" | "senate" | "parliament" | "government" | "police"
                );
            let (cc, ag) = actor::split(c);
            // (So is an office holder the text gives no country: "Home Minister Khum
            // Bahadur Khadga" in a story of Nepal. Not a spokesman or a title of no
            // office: their agent is empty.)
            let office_holder = ents[ei].ty == EntityType::Person
                && cc.is_empty()
                && matches!(ag, "GOV" | "MIL" | "COP" | "JUD" | "LEG")
                && in_body.get(dom.as_str()).is_some_and(|&n| n >= 2)
                && !country_named_before(&v, &names, &ents[ei]);
            if (ents[ei].ty == EntityType::Org
                && !ag.is_empty()
                && (cc.is_empty() || (generic && cc != dom.as_str())))
                || office_holder
            {
                code = actor::join(dom, ag);
            }
        }
        ents[ei].actor_hint = code;
    }
    headline_kind(doc, &mut ents);

    // 7. output, in order of first mention
    let mut order: Vec<usize> = (0..ents.len()).collect();
    for e in ents.iter_mut() {
        e.mentions.sort_by_key(|m| (m.start, m.end));
        e.mentions.dedup_by_key(|m| (m.start, m.end));
    }
    order.sort_by_key(|&i| {
        ents[i]
            .mentions
            .first()
            .map(|m| m.start)
            .unwrap_or(usize::MAX)
    });
    let id_of: HashMap<usize, String> = order
        .iter()
        .enumerate()
        .map(|(k, &ei)| (ei, format!("E{}", k + 1)))
        .collect();
    order
        .iter()
        .map(|&ei| {
            let e = &ents[ei];
            let b = &names[e.best];
            let mut aliases: Vec<String> = Vec::new();
            for &ni in &e.names {
                let t = v.text(names[ni].a, names[ni].b).to_string();
                if !aliases.contains(&t) {
                    aliases.push(t);
                }
            }
            let mut roles: Vec<Role> = Vec::new();
            for (t, of) in &e.roles {
                let r = Role {
                    title: t.clone(),
                    of: of.and_then(|o| id_of.get(&o).cloned()),
                };
                if !roles.iter().any(|x| {
                    x.title.eq_ignore_ascii_case(&r.title) && (x.of == r.of || r.of.is_none())
                }) {
                    roles.retain(|x| !(x.title.eq_ignore_ascii_case(&r.title) && x.of.is_none()));
                    roles.push(r);
                }
            }
            Entity {
                id: id_of[&ei].clone(),
                name: v.text(b.a, b.b).to_string(),
                kind: e.ty,
                mentions: e.mentions.clone(),
                aliases,
                roles,
                actor: e.actor_hint.clone(),
            }
        })
        .collect()
}

/// Kinds of party a headline word names before a role noun ("Rebel commander killed").
const HEADLINE_KINDS: &[(&str, &str)] = &[
    ("rebel", "REB"),
    ("guerrilla", "REB"),
    ("insurgent", "REB"),
    ("militant", "REB"),
    ("separatist", "SEP"),
    ("opposition", "OPP"),
    ("army", "MIL"),
    ("military", "MIL"),
    ("police", "COP"),
    ("militia", "UAF"),
];

/// "Rebel commander killed near Tarija" over a story whose one commander is Colonel
/// Rafael Ortiz: the headline says what kind of party he is (`---REB`; a country his
/// code already has stays). The headline is `meta.title`, not part of `text`.
fn headline_kind(doc: &Document, ents: &mut [Ent]) {
    let Some(title) = doc.meta.title.as_deref() else {
        return;
    };
    let words: Vec<String> = title
        .split(|c: char| !c.is_alphanumeric())
        .filter(|w| !w.is_empty())
        .map(str::to_lowercase)
        .collect();
    for pair in words.windows(2) {
        let Some(&(_, kind)) = HEADLINE_KINDS.iter().find(|(w, _)| *w == pair[0]) else {
            continue;
        };
        let role = pair[1].as_str();
        let holders: Vec<usize> = (0..ents.len())
            .filter(|&i| {
                ents[i].ty == EntityType::Person
                    && ents[i]
                        .roles
                        .iter()
                        .any(|(t, _)| t.eq_ignore_ascii_case(role))
            })
            .collect();
        if let [one] = holders.as_slice() {
            let country = ents[*one]
                .actor_hint
                .as_deref()
                .map(|c| actor::split(c).0.to_string())
                .filter(|c| c.len() == 3)
                .unwrap_or_else(|| "---".to_string());
            ents[*one].actor_hint = Some(format!("{country}{kind}"));
        }
    }
}

/// Names of the person list (`data/people.tsv`) that the tagger missed or typed as an
/// organization or misc name ("Putin met Erdogan …": "Putin" untagged, "Erdogan" ORG): a
/// tagged ORG/MISC name the list knows whole becomes a person; an untagged run of words the
/// list knows whole (the longest, first and last word capitalized) is added as a person
/// name. Places keep their type ("Kerry" the county). The tagger's own output is unchanged.
fn list_people(v: &View, names: &mut Vec<Name>) {
    let lx = Lexicon::get();
    for n in names.iter_mut() {
        if matches!(n.ty, EntityType::Org | EntityType::Misc) && lx.person(&n.key).is_some() {
            n.ty = EntityType::Person;
        }
    }
    let n_tok = v.doc.tokens.len();
    let mut covered = vec![false; n_tok];
    for n in names.iter() {
        covered[n.a..n.b].iter_mut().for_each(|c| *c = true);
    }
    // a token glued to a hyphen ("el-Sisi" is "el", "-", "Sisi") is inside a compound
    let glued = |i: usize, j: usize| {
        let (t, u) = (&v.doc.tokens[i], &v.doc.tokens[j]);
        t.end == u.start && (v.w(i) == "-" || v.w(j) == "-")
    };
    let mut added = Vec::new();
    for (si, s) in v.doc.sentences.iter().enumerate() {
        let (lo, hi) = (s.tokens[0], s.tokens[1].min(n_tok));
        let mut i = lo;
        while i < hi {
            let len = (1..=6.min(hi - i)).rev().find(|&len| {
                let b = i + len;
                v.cap(i)
                    && v.cap(b - 1)
                    && !(i > lo && glued(i - 1, i))
                    && !(b < hi && glued(b - 1, b))
                    && !covered[i..b].iter().any(|&c| c)
                    && lx
                        .person(&(i..b).map(|k| v.w(k)).collect::<Vec<_>>())
                        .is_some()
            });
            let Some(len) = len else {
                i += 1;
                continue;
            };
            added.push(Name {
                sent: si,
                a: i,
                b: i + len,
                ty: EntityType::Person,
                key: (i..i + len).map(|k| v.lw(k)).collect(),
                title: None,
            });
            i += len;
        }
    }
    if !added.is_empty() {
        names.extend(added);
        names.sort_by_key(|n| n.a);
    }
}

fn is_verbish(w: &str) -> bool {
    matches!(
        w,
        "said"
            | "says"
            | "was"
            | "is"
            | "has"
            | "had"
            | "will"
            | "would"
            | "did"
            | "told"
            | "added"
            | "denied"
            | "ordered"
            | "also"
            | "then"
            | "later"
            | "were"
            | "are"
            | "have"
            | "could"
            | "can"
            | "must"
            | "should"
            | "may"
            | "might"
    ) || w.ends_with("ed")
}

/// "the head of the Northern Brigade", "Chile's defence minister", "who commanded the
/// brigade": the title and the entity it is "of", starting at token `i`.
fn appositive(v: &View, ent_at: &[Option<usize>], i: usize) -> Option<(String, Option<usize>)> {
    let n = v.doc.tokens.len();
    let mut j = i;
    if v.lw(j) == "who" {
        let verb = v.lw(j + 1);
        let (_, role) = ROLE_VERBS.iter().find(|(vb, _)| *vb == verb)?;
        let mut k = j + 2;
        if v.lw(k) == "the" {
            k += 1;
        }
        return Some((role.to_string(), ent_at.get(k).copied().flatten()));
    }
    let mut of = None;
    if matches!(v.lw(j).as_str(), "the" | "a" | "an") {
        j += 1;
    } else if let Some(e) = ent_at.get(j).copied().flatten() {
        // "Chile's defence minister"
        let mut k = j;
        while k < n && ent_at[k] == Some(e) {
            k += 1;
        }
        if matches!(v.w(k), "'s" | "’s") {
            of = Some(e);
            j = k + 1;
        } else {
            return None;
        }
    }
    let start = j;
    while j < n && j < start + 5 && v.same_sentence(i, j) {
        let w = v.w(j);
        let lw = w.to_lowercase();
        if ROLE_HEADS.contains(&lw.as_str())
            || ROLE_MODS.contains(&lw.as_str())
            || Lexicon::get()
                .lookup(w)
                .is_some_and(|x| x.lists & (list::TITLE | list::DEMONYM) != 0)
        {
            j += 1;
        } else {
            break;
        }
    }
    if j == start {
        return None;
    }
    // the last word must be a role head
    let head = v.lw(j - 1);
    if !ROLE_HEADS.contains(&head.as_str()) && !is_title_token(Lexicon::get(), v.w(j - 1)) {
        return None;
    }
    // a demonym inside the title gives the "of" ("the Chilean defence minister")
    let mut ts = start;
    while ts < j
        && Lexicon::get()
            .lookup(v.w(ts))
            .is_some_and(|x| x.lists & list::DEMONYM != 0)
    {
        ts += 1;
    }
    let title = v.text(ts, j).to_string();
    if of.is_none() && matches!(v.lw(j).as_str(), "of" | "at" | "for") {
        let mut k = j + 1;
        if v.lw(k) == "the" {
            k += 1;
        }
        of = ent_at.get(k).copied().flatten();
    }
    if title.is_empty() {
        None
    } else {
        Some((title, of))
    }
}

/// For an object pronoun at `i` ("him", "her", "them"), the token of the subject it
/// cannot be ("confronted White, who stabbed him": him is not White; a reflexive would
/// be): the subject of the verb it is the object of; for a verb with none, the subject
/// of the verb "and" conjoins it to ("Obama met Putin and thanked him"), or the one its
/// governor controls ("urged Australia to release them"); through a relative pronoun,
/// the noun the clause is on, or, as the parser may hang the clause elsewhere, the word
/// right before it.
fn bound_subject(v: &View, i: usize) -> Option<usize> {
    if !matches!(v.lw(i).as_str(), "him" | "her" | "them") {
        return None;
    }
    let [sa, sb] = v.doc.sentences[v.sent_of[i]].tokens;
    let sb = sb.min(v.doc.tokens.len());
    let head_of = |k: usize| {
        v.doc.tokens[k]
            .head
            .and_then(|h| usize::try_from(h).ok())
            .filter(|&h| h < v.doc.tokens.len())
    };
    let dep_of = |k: usize| v.doc.tokens[k].dep.as_deref().unwrap_or("");
    if !matches!(dep_of(i), "obj" | "iobj") {
        return None;
    }
    let g = head_of(i)?;
    let child = |g: usize, deps: &[&str]| {
        (sa..sb).find(|&k| head_of(k) == Some(g) && deps.contains(&dep_of(k)))
    };
    let subj = child(g, &["nsubj"]).or_else(|| match dep_of(g) {
        "conj" => head_of(g).and_then(|p| child(p, &["nsubj"])),
        "xcomp" | "advcl" | "ccomp" if (sa..g).any(|k| head_of(k) == Some(g) && v.w(k) == "to") => {
            head_of(g).and_then(|p| child(p, &["obj", "iobj"]).or_else(|| child(p, &["nsubj"])))
        }
        _ => None,
    })?;
    if !matches!(v.lw(subj).as_str(), "who" | "that" | "which") {
        return Some(subj);
    }
    if dep_of(g) == "acl:relcl" {
        head_of(g)
    } else if subj > 1 && v.w(subj - 1) == "," {
        Some(subj - 2)
    } else {
        subj.checked_sub(1)
    }
}

/// Whether a quote is open after the word `w`, when `w` is a quote mark (curly marks open
/// and close, a straight one toggles); `None` for any other word.
fn quote_state(w: &str, in_quote: bool) -> Option<bool> {
    match w {
        "“" | "``" => Some(true),
        "”" | "''" => Some(false),
        "\"" => Some(!in_quote),
        _ => None,
    }
}

/// A person of no known gender (a surname alone: "Obama", "McConnell") takes one from
/// the pronouns that can only be theirs ("he", "his", "himself", "she", "herself"; not
/// "her", which may be an object's): those with that person the only one named before
/// them in their sentence ("McConnell said he …"), or, with no one named there, the only
/// subject named in the sentence before ("McConnell praised Suu Kyi's release. He met
/// …"); outside quotes. An entity whose pronouns disagree keeps none.
fn gender_from_pronouns(v: &View, names: &[Name], ent_of_name: &[usize], ents: &mut [Ent]) {
    let mut votes: Vec<(bool, bool)> = vec![(false, false); ents.len()];
    let mut in_quote = false;
    for i in 0..v.doc.tokens.len() {
        if let Some(q) = quote_state(v.w(i), in_quote) {
            in_quote = q;
            continue;
        }
        let male = match v.lw(i).as_str() {
            "he" | "his" | "himself" => true,
            "she" | "herself" => false,
            _ => continue,
        };
        if in_quote {
            continue;
        }
        let sent = v.sent_of[i];
        let people_in = |s: usize, subjects: bool| -> Vec<usize> {
            names
                .iter()
                .enumerate()
                .filter(|(_, n)| {
                    n.sent == s
                        && n.b <= i
                        && (!subjects
                            || v.doc.tokens[n.a..n.b]
                                .iter()
                                .any(|t| t.dep.as_deref().is_some_and(|d| d.starts_with("nsubj"))))
                })
                .map(|(ni, _)| ent_of_name[ni])
                .filter(|&e| ents[e].ty == EntityType::Person)
                .collect()
        };
        let mut people = people_in(sent, false);
        // (none named before it in its own sentence: the subjects of the sentence before)
        if people.is_empty() && sent > 0 {
            people = people_in(sent - 1, true);
        }
        let Some(&first) = people.first() else {
            continue;
        };
        if people.iter().all(|&e| e == first) {
            if male {
                votes[first].0 = true;
            } else {
                votes[first].1 = true;
            }
        }
    }
    for (e, (m, f)) in ents.iter_mut().zip(votes) {
        if e.male.is_none() && m != f {
            e.male = Some(m);
        }
    }
}

fn resolve_pronouns(v: &View, names: &[Name], ent_of_name: &[usize], ents: &mut [Ent]) {
    // name mentions in token order: (token, entity, is sentence subject-ish)
    let mut order: Vec<(usize, usize, bool, bool)> = names
        .iter()
        .enumerate()
        .map(|(ni, n)| {
            let first = v.doc.sentences[n.sent].tokens[0];
            let parsed = v.doc.tokens[n.a..n.b].iter().any(|t| t.dep.is_some());
            let subj = if parsed {
                // UD: the name's head token (the first, with flat/compound parts) is the subject
                // (so is a name in apposition to the subject: "the object of Trump's
                // admiration, Vladimir Putin, has used his invasions …"), not of a
                // relative clause ("Yanukovych, who owed his election to an
                // 'extreme makeover' that Mr. Manafort oversaw, bolted the country. He …").
                // (A person's name the parser made the root, with the verb hung below it,
                // is the subject all the same.)
                v.doc.tokens[n.a..n.b].iter().enumerate().any(|(k, t)| {
                    (t.dep.as_deref().is_some_and(|d| d.starts_with("nsubj"))
                        && !in_modifier_clause(v, n.a + k))
                        || (t.dep.as_deref() == Some("root")
                            && t.pos.as_deref() == Some("PROPN")
                            && n.ty == EntityType::Person)
                        || (t.dep.as_deref() == Some("appos")
                            && t.head
                                .and_then(|h| usize::try_from(h).ok())
                                .filter(|&h| h < v.doc.tokens.len())
                                .is_some_and(|h| {
                                    v.doc.tokens[h]
                                        .dep
                                        .as_deref()
                                        .is_some_and(|d| d.starts_with("nsubj"))
                                        && !in_modifier_clause(v, h)
                                }))
                })
            } else {
                // no parse: a name (or its title) opening its sentence
                n.title.map(|t| t.0).unwrap_or(n.a) == first
            };
            // An adjective of a thing ("a Senegalese peace plan") names no one "they"
            // can be; of people ("Palestinian suicide bombers") it stands for them.
            let t = &v.doc.tokens[n.a];
            // (a plural of things is no people: "Australian waters", "Iraqi exports")
            let of_people = t.head.is_some_and(|h| {
                usize::try_from(h)
                    .ok()
                    .filter(|&h| h < v.doc.tokens.len())
                    .is_some_and(|h| {
                        v.doc.tokens[h].xpos.as_deref() == Some("NNS")
                            && !matches!(
                                v.w(h).to_lowercase().as_str(),
                                "waters"
                                    | "territories"
                                    | "lands"
                                    | "borders"
                                    | "skies"
                                    | "seas"
                                    | "exports"
                                    | "imports"
                                    | "goods"
                                    | "products"
                                    | "markets"
                                    | "shares"
                                    | "prices"
                                    | "assets"
                                    | "interests"
                                    | "elections"
                                    | "relations"
                                    | "ties"
                                    | "talks"
                                    | "weapons"
                                    | "funds"
                            )
                    })
            });
            let adjectival = n.b == n.a + 1
                && n.ty == EntityType::Norp
                && (t.pos.as_deref() == Some("ADJ")
                    || matches!(t.dep.as_deref(), Some("amod" | "compound")))
                && !of_people;
            (n.a, ent_of_name[ni], subj, adjectival)
        })
        .collect();
    order.sort();
    // "they" refers to organizations and groups of people: "Bosnian Serbs", "Kurds"
    // (a plural name tagged misc).
    let lx_pl = |e: &Ent| {
        matches!(e.ty, EntityType::Org | EntityType::Norp)
            || (e.ty == EntityType::Misc
                && names[e.best].key.last().is_some_and(|w| {
                    w.len() > 3 && w.ends_with('s') && !w.ends_with("ss") && !w.ends_with("us")
                }))
    };
    let mut mention_count: Vec<usize> = vec![0; ents.len()];
    let mut next = 0;
    let mut added: Vec<(usize, Mention)> = Vec::new();
    let mut subject_pronouns: Vec<(usize, usize, bool, bool)> = Vec::new();
    let mut in_quote = false;
    for i in 0..v.doc.tokens.len() {
        while next < order.len() && order[next].0 <= i {
            mention_count[order[next].1] += 1;
            next += 1;
        }
        if let Some(q) = quote_state(v.w(i), in_quote) {
            in_quote = q;
            continue;
        }
        let lw = v.w(i).to_lowercase();
        let (want_person, male, plural) = if PRONOUNS_M.contains(&lw.as_str()) {
            (true, Some(true), false)
        } else if PRONOUNS_F.contains(&lw.as_str()) {
            (true, Some(false), false)
        } else if PRONOUNS_N.contains(&lw.as_str()) {
            (false, None, false)
        } else if PRONOUNS_P.contains(&lw.as_str()) {
            (false, None, true)
        } else {
            continue;
        };
        if lw == "it" && pleonastic(v, i) {
            continue;
        }
        let sent = v.sent_of[i];
        // An object pronoun is not its own clause's subject: the entities named there.
        let bound: Vec<usize> = bound_subject(v, i)
            .map(|k| {
                names
                    .iter()
                    .enumerate()
                    .filter(|(_, n)| n.a <= k && k < n.b)
                    .map(|(ni, _)| ent_of_name[ni])
                    .collect()
            })
            .unwrap_or_default();
        let mut best: Option<(i64, usize)> = None;
        // (Names, and the pronouns resolved before this one that are subjects: "Kornblum
        // flew to Zagreb. He was due to meet Biljana Plavsic. He also planned …")
        // (Both lists are in token order: each is read back only as far as two sentences.)
        let near = |&&(tok, ..): &&(usize, usize, bool, bool)| sent - v.sent_of[tok] <= 2;
        let earlier = order[..next]
            .iter()
            .rev()
            .take_while(near)
            .chain(subject_pronouns.iter().rev().take_while(near))
            .copied();
        for (tok, ei, subj, adjectival) in earlier {
            if (plural && adjectival) || bound.contains(&ei) {
                continue;
            }
            let s2 = v.sent_of[tok];
            let e = &ents[ei];
            let ok = if want_person {
                e.ty == EntityType::Person && (e.male.is_none() || e.male == male)
            } else if plural {
                lx_pl(e)
            } else {
                matches!(
                    e.ty,
                    EntityType::Org | EntityType::Gpe | EntityType::Facility | EntityType::Event
                )
            };
            if !ok {
                continue;
            }
            let mut score: i64 = -40 * (sent - s2) as i64;
            if subj {
                score += 15;
            }
            score += 3 * mention_count[ei].min(4) as i64;
            score -= (i - tok).min(40) as i64 / 4;
            // a possessive pronoun in the same clause as the name rarely refers back to
            // the object of that clause; prefer subjects there too
            if best.is_none_or(|(b, _)| score > b) {
                best = Some((score, ei));
            }
        }
        // "they" with a plural noun of no name as a nearer subject refers to it
        // ("When humans had to hunt, they …", "the states … they lack standing"): no
        // entity. (The same for "it" and a singular noun took events' sources away:
        // "its investigation".)
        let nearer_plain_subject = |from: usize| {
            (from + 1..i).any(|k| {
                let t = &v.doc.tokens[k];
                t.dep.as_deref().is_some_and(|d| d.starts_with("nsubj"))
                    && t.pos.as_deref() == Some("NOUN")
                    && t.xpos.as_deref() == Some("NNS")
                    && !order.iter().any(|&(tok, ..)| tok == k)
                    && !names.iter().any(|n| n.a <= k && k < n.b)
                    // (a noun a name or a pronoun owns is theirs: "Palestinian bombers",
                    // "their forces … their withdrawal")
                    && !{
                        let [s0, s1] = v.doc.sentences[v.sent_of[k]].tokens;
                        v.doc.tokens[s0..s1].iter().any(|t| {
                            t.head.is_some_and(|h| usize::try_from(h) == Ok(k))
                                && t.dep.as_deref() == Some("nmod:poss")
                        })
                    }
                    && !names.iter().any(|n| {
                        v.doc.tokens[n.a..n.b]
                            .iter()
                            .any(|t| t.head.is_some_and(|h| usize::try_from(h) == Ok(k)))
                    })
            })
        };
        // "Morocco and Spain agreed to reopen their border": conjoined names as a nearer
        // subject are what "they" are together, which no one entity is.
        let nearer_conjoined_subject = |from: usize| {
            (from + 1..i).any(|k| {
                let t = &v.doc.tokens[k];
                t.dep.as_deref() == Some("conj")
                    && names.iter().any(|n| n.a <= k && k < n.b)
                    && t.head
                        .and_then(|h| usize::try_from(h).ok())
                        .filter(|&h| h > from && h < k)
                        .and_then(|h| v.doc.tokens.get(h))
                        .is_some_and(|g| g.dep.as_deref().is_some_and(|d| d.starts_with("nsubj")))
            })
        };
        // "The British embassy in Tirana said it …": a place named only to locate the
        // subject's noun (an office, a ministry) is not what "it" is; that noun is, and
        // it has no entity.
        let locates_subject = |from: usize| {
            let t = &v.doc.tokens[from];
            let Some(k) = t.head.and_then(|h| usize::try_from(h).ok()) else {
                return false;
            };
            let head = &v.doc.tokens[k];
            k < from
                && t.dep.as_deref() == Some("nmod")
                && (k..from).any(|c| {
                    v.doc.tokens[c].dep.as_deref() == Some("case")
                        && matches!(v.lw(c).as_str(), "in" | "at")
                })
                && head.dep.as_deref().is_some_and(|d| d.starts_with("nsubj"))
                && head.xpos.as_deref() == Some("NN")
                && head.pos.as_deref() == Some("NOUN")
        };
        if let Some((_, ei)) = best {
            let from = order[..next]
                .iter()
                .rev()
                .find(|&&(_, e, ..)| e == ei)
                .map_or(i, |&(tok, ..)| tok);
            if plural && (nearer_plain_subject(from) || nearer_conjoined_subject(from)) {
                continue;
            }
            // "Two diplomats told Wire … Spain has pushed for a ban, they said": a "they"
            // that says something, after people of no name who said something in the
            // sentence before, is those people again (no entity), unless the name was
            // the one who spoke.
            // (So is an "it" that says, after a ministry that said: "The ministry said
            // 16 targets of the PKK had been destroyed. It did not say whether …")
            if (plural || lw == "it") && speaks(v, i) && !speaks(v, from) {
                let prev = v.sent_of[i].checked_sub(1);
                let [s0, s1] = prev.map_or([0, 0], |p| v.doc.sentences[p].tokens);
                let tag = if plural { "NNS" } else { "NN" };
                let plain_speaker = (s0..s1).any(|k| {
                    let t = &v.doc.tokens[k];
                    t.pos.as_deref() == Some("NOUN")
                        && t.xpos.as_deref() == Some(tag)
                        && speaks(v, k)
                        && !names.iter().any(|n| n.a <= k && k < n.b)
                });
                if plain_speaker {
                    continue;
                }
            }
            if !plural && !want_person && ents[ei].ty == EntityType::Gpe && locates_subject(from) {
                continue;
            }
            // (A pronoun opening its sentence is its subject, however parsed. Only "he"
            // and "she": chains of "it" and "they" went wrong more often than right on GUM
            // dev.)
            let opens = v.doc.sentences[sent].tokens[0] == i;
            if want_person
                && (opens
                    || (v.doc.tokens[i]
                        .dep
                        .as_deref()
                        .is_some_and(|d| d.starts_with("nsubj"))
                        && !in_modifier_clause(v, i)))
            {
                subject_pronouns.push((i, ei, true, false));
            }
            added.push((ei, v.mention(i, i + 1, MentionKind::Pronoun)));
        }
    }
    for (ei, m) in added {
        ents[ei].mentions.push(m);
    }
}

/// Whether token `k` lies in a relative clause: an edge `acl:relcl` on its way up to the
/// root, to a clause with a relative word of its own ("that Mr. Manafort oversaw"; not a
/// main verb the parser hung on a noun before the subject: "Eager to avoid a long trial,
/// prosecutor Bernd Mauruschat limited his charges").
fn in_modifier_clause(v: &View, k: usize) -> bool {
    let mut x = k;
    for _ in 0..12 {
        let t = &v.doc.tokens[x];
        if t.dep.as_deref() == Some("acl:relcl") {
            let [s0, s1] = v.doc.sentences[v.sent_of[x]].tokens;
            return (s0..s1.min(v.doc.tokens.len())).any(|c| {
                v.doc.tokens[c]
                    .head
                    .is_some_and(|h| usize::try_from(h) == Ok(x))
                    && matches!(
                        v.lw(c).as_str(),
                        "that" | "which" | "who" | "whom" | "whose"
                    )
            });
        }
        match t.head.and_then(|h| usize::try_from(h).ok()) {
            Some(h) if h < v.doc.tokens.len() && h != x => x = h,
            _ => return false,
        }
    }
    false
}

/// Whether token `k` is the subject of a verb of saying ("officials said", "they told").
fn speaks(v: &View, k: usize) -> bool {
    let t = &v.doc.tokens[k];
    // (Or right before the verb, however parsed: "…, two diplomats told Wire.")
    (v.same_sentence(k, k + 1)
        && matches!(
            v.lw(k + 1).as_str(),
            "said" | "says" | "told" | "tells" | "added"
        ))
        || t.dep.as_deref() == Some("nsubj")
            && t.head
                .and_then(|h| usize::try_from(h).ok())
                .and_then(|h| v.doc.tokens.get(h))
                .and_then(|g| g.lemma.as_deref())
                .is_some_and(|l| {
                    matches!(
                        l,
                        "say"
                            | "tell"
                            | "add"
                            | "state"
                            | "announce"
                            | "report"
                            | "claim"
                            | "insist"
                    )
                })
}

/// "It is likely that …", "it was reported …", "it rained": no antecedent.
fn pleonastic(v: &View, i: usize) -> bool {
    let n1 = v.lw(i + 1);
    if matches!(n1.as_str(), "rained" | "rains" | "snowed") {
        return true;
    }
    if matches!(
        n1.as_str(),
        "is" | "was"
            | "'s"
            | "seems"
            | "seemed"
            | "appears"
            | "appeared"
            | "remains"
            | "remained"
            | "would"
            | "will"
    ) {
        for k in i + 2..i + 7 {
            if !v.same_sentence(i, k) {
                break;
            }
            if matches!(v.lw(k).as_str(), "that" | "to" | "whether" | "if") {
                return true;
            }
        }
    }
    false
}

/// "Her deputy, Manuel Monsalve" / "Ruiz's deputy, Colonel Tomas Mendez": the title
/// between a possessor and ", NAME" is a role of NAME, "of" the possessor.
fn possessive_roles(v: &View, names: &[Name], ent_of_name: &[usize], ents: &mut [Ent]) {
    // token → entity, pronoun mentions included
    let mut at: HashMap<usize, usize> = HashMap::new();
    for (ei, e) in ents.iter().enumerate() {
        for m in &e.mentions {
            at.insert(m.start, ei);
        }
    }
    let mut add: Vec<(usize, String, usize)> = Vec::new();
    for (ni, n) in names.iter().enumerate() {
        if n.ty != EntityType::Person || n.a < 3 {
            continue;
        }
        let first_tok = n.title.map(|t| t.0).unwrap_or(n.a);
        if first_tok < 3 || v.w(first_tok - 1) != "," {
            continue;
        }
        // title words before the comma
        let end = first_tok - 1;
        let mut t = end;
        while t > 0 && t + 4 > end && is_role_word(v.w(t - 1)) {
            t -= 1;
        }
        if t == end || t == 0 || !ROLE_HEADS.contains(&v.lw(end - 1).as_str()) {
            continue;
        }
        let p = t - 1;
        let owner = if matches!(v.w(p), "'s" | "’s") && p > 0 {
            let mut k = p - 1;
            // the start token of the possessor's name
            while k > 0 && v.cap(k - 1) && v.same_sentence(k - 1, p) {
                k -= 1;
            }
            (k..p).find_map(|i| {
                v.doc
                    .tokens
                    .get(i)
                    .and_then(|tk| at.get(&tk.start).copied())
            })
        } else if matches!(v.lw(p).as_str(), "his" | "her" | "its" | "their") {
            v.doc
                .tokens
                .get(p)
                .and_then(|tk| at.get(&tk.start).copied())
        } else {
            None
        };
        if let Some(o) = owner {
            let ei = ent_of_name[ni];
            if o != ei {
                add.push((ei, v.text(t, end).to_string(), o));
            }
        }
    }
    for (ei, title, o) in add {
        ents[ei].roles.push((title, Some(o)));
    }
}

fn entity_actor(v: &View, names: &[Name], ents: &[Ent], ei: usize) -> Option<String> {
    let e = &ents[ei];
    let best = &names[e.best];
    let words: Vec<&str> = (best.a..best.b).map(|i| v.w(i)).collect();
    // A longer known name the tagger cut short: "[Democratic People's] Republic of
    // Korea" is North Korea, not the South.
    if e.ty != EntityType::Person {
        for k in (best.a.saturating_sub(4)..best.a).filter(|&k| v.same_sentence(k, best.a)) {
            let longer: Vec<&str> = (k..best.b).map(|i| v.w(i)).collect();
            if let Some(info) = Lexicon::get().lookup_words(&longer) {
                if let Some(a) = &info.actor {
                    return Some(a.clone());
                }
                if let Some(c) = &info.country {
                    return Some(c.clone());
                }
            }
        }
    }
    let person = if e.ty == EntityType::Person {
        person_actor(v, names, e)
    } else {
        None
    };
    // A group the tagger took for a person ("Boko Haram"): a whole name the
    // organisation list knows, and no person the person list knows, is that group.
    if e.ty == EntityType::Person && person.is_none() {
        if let Some(a) = Lexicon::get()
            .lookup_words(&words)
            .and_then(|i| i.actor.clone())
        {
            return Some(a);
        }
    }
    match e.ty {
        EntityType::Person => {
            // agent from titles, country from the role's "of" entity or a demonym in the title
            let mut agent = String::new();
            let mut country = String::new();
            for (t, of) in &e.roles {
                // ("Davis Cup captain John Newcombe", "the team's captain": a captain
                // written in lower case leads a team or a ship, not troops.)
                if t == "captain" {
                    continue;
                }
                if let Some(info) = Lexicon::get().lookup(t) {
                    if let Some(a) = &info.agent {
                        if agent.is_empty() || agent == "GOV" && a != "GOV" {
                            agent = a.clone();
                        }
                    }
                }
                if agent.is_empty() {
                    if let Some(code) = actor::code_for_text(t) {
                        let (_, a) = actor::split(&code);
                        agent = a.to_string();
                    }
                }
                if let Some(o) = of {
                    if *o != ei {
                        let oe = &ents[*o];
                        let ob = &names[oe.best];
                        let ow: Vec<&str> = (ob.a..ob.b).map(|i| v.w(i)).collect();
                        if let Some(code) = actor::code_for_words(&ow) {
                            let (c, a) = actor::split(&code);
                            if country.is_empty() {
                                country = c.to_string();
                            }
                            if !a.is_empty() && (agent.is_empty() || agent == "GOV") {
                                agent = a.to_string();
                            }
                        }
                    }
                }
            }
            // An ambassador to an international body is a state's, not the body's ("U.N.
            // Ambassador John Bolton"); its envoy is the body's ("UN envoy Staffan de
            // Mistura").
            if country.starts_with("IGO")
                && e.roles
                    .iter()
                    .any(|(t, _)| t.to_lowercase().contains("ambassador"))
            {
                country.clear();
            }
            if country.is_empty() {
                if let Some(c) = name_country(v, names, e) {
                    country = c;
                }
            }
            // "Rep. Adam Schiff (D-Calif.)": a member of the US Congress by party and
            // state.
            if country.is_empty() && us_party_and_state(v, names, e) {
                country = "USA".to_string();
                if agent.is_empty() {
                    agent = "LEG".to_string();
                }
            }
            let ctx = if country.len() > 3 {
                // an IGO: its code stands alone
                Some(country)
            } else {
                actor::join(&country, &agent)
            };
            match person {
                Some(p) => actor::with_person(ctx.as_deref(), &p),
                None => ctx,
            }
        }
        // A town the lists do not know: its country from the world table ("Arbil").
        EntityType::Gpe | EntityType::Loc if us_town(v, names, e) => Some("USA".to_string()),
        EntityType::Gpe | EntityType::Loc => {
            let ws: Vec<&str> = words
                .iter()
                .map(|w| w.trim_end_matches("'s").trim_end_matches("’s"))
                .filter(|w| !w.is_empty() && !w.eq_ignore_ascii_case("the"))
                .collect();
            // (A part of a city the world table knows whole is its own, before the city
            // the lists know: "East Jerusalem" is PSE, not Jerusalem's.)
            // (after a word of who lives there: "Arab East Jerusalem")
            let compass = [
                "east", "west", "north", "south", "eastern", "western", "northern", "southern",
            ];
            let part = (0..ws.len().saturating_sub(1).min(2))
                .find(|&k| compass.contains(&ws[k].to_lowercase().as_str()));
            let whole = part
                .and_then(|k| crate::lexicon::world_city(&ws[k..]))
                .map(str::to_string);
            whole
                .or_else(|| actor::code_for_words(&words))
                .or_else(|| crate::lexicon::world_city(&ws).map(str::to_string))
                .or_else(|| place_in_apposition(v, names, e))
        }
        // An event is no party ("captured during the Korean War").
        EntityType::Event => None,
        _ => actor::code_for_words(&words),
    }
}

/// Whether a mention of the person is followed by a party and a state in parentheses,
/// the way US papers tag members of Congress: "(D-Calif.)", "(R-Texas)", "(I-Vt.)", or
/// by the state alone: "Senate Republican leader Mitch McConnell (Ky.)".
/// US states as the papers abbreviate them (lower case, no final period).
const STATES: &[&str] = &[
    "ala", "alaska", "ariz", "ark", "calif", "colo", "conn", "del", "fla", "ga", "hawaii", "idaho",
    "ill", "ind", "iowa", "kan", "ky", "la", "maine", "md", "mass", "mich", "minn", "miss", "mo",
    "mont", "neb", "nev", "n.h", "n.j", "n.m", "n.y", "n.c", "n.d", "ohio", "okla", "ore", "pa",
    "r.i", "s.c", "s.d", "tenn", "texas", "utah", "vt", "va", "wash", "w.va", "wis", "wyo",
];

/// Whether a country or its people are named in the few words before a mention of the
/// person or its title ("Lebanon's new President Elias Hrawi", "the Lebanese
/// president, Elias Hrawi"): the office is that country's even where the roles did not
/// link it, so the article's country does not stand in.
fn country_named_before(v: &View, names: &[Name], e: &Ent) -> bool {
    use crate::lexicon::list;
    let lx = Lexicon::get();
    e.names.iter().any(|&ni| {
        let n = &names[ni];
        let start = n.title.map_or(n.a, |t| t.0);
        (start.saturating_sub(5)..start)
            .filter(|&k| v.same_sentence(k, start))
            .any(|k| {
                lx.lookup(v.w(k))
                    .is_some_and(|i| i.lists & (list::COUNTRY | list::DEMONYM) != 0)
            })
    })
}

/// Nouns of a settled place or district that an apposition gives a place the lists do
/// not know ("Alomella Robles, a small village northeast of Lima").
const PLACE_KINDS: &[&str] = &[
    "village",
    "town",
    "city",
    "district",
    "province",
    "region",
    "suburb",
    "hamlet",
    "port",
    "settlement",
    "camp",
    "area",
    "township",
    "municipality",
    "county",
    "neighbourhood",
    "neighborhood",
    "enclave",
    "outpost",
];

/// The country of a place the lists do not know, from an apposition that puts it in or
/// near a place they do: "Alomella Robles, a small village about 345 miles (550 km)
/// northeast of Lima," is Peru's. The apposition opens with an article and a place noun
/// among its first words, and ends at the next comma or the sentence's end.
fn place_in_apposition(v: &View, names: &[Name], e: &Ent) -> Option<String> {
    e.names.iter().find_map(|&ni| {
        let (kind, end) = place_apposition(v, &names[ni])?;
        names
            .iter()
            .filter(|o| {
                o.a > kind && o.b <= end && matches!(o.ty, EntityType::Gpe | EntityType::Loc)
            })
            .find_map(|o| {
                let ws: Vec<&str> = (o.a..o.b).map(|i| v.w(i)).collect();
                actor::code_for_words(&ws)
                    .or_else(|| crate::lexicon::world_city(&ws).map(str::to_string))
                    .and_then(|c| c.get(..3).map(str::to_string))
                    .filter(|c| c.chars().all(|x| x.is_ascii_uppercase()) && c != "IGO")
            })
    })
}

/// The place noun and the end of an apposition that says what kind of place a name is
/// ("Alomella Robles, a small village about 345 miles northeast of Lima,": "village", and
/// the comma after "Lima"): an article and a place noun among its first words, up to the
/// next comma or the sentence's end.
fn place_apposition(v: &View, name: &Name) -> Option<(usize, usize)> {
    let n = v.doc.tokens.len();
    let k = name.b;
    if k + 2 >= n || v.w(k) != "," || !v.same_sentence(k, k + 1) {
        return None;
    }
    if !matches!(v.lw(k + 1).as_str(), "a" | "an" | "the") {
        return None;
    }
    let end = (k + 2..(k + 24).min(n))
        .find(|&j| matches!(v.w(j), "," | "." | ";") || !v.same_sentence(k, j))
        .unwrap_or((k + 24).min(n));
    let kind = (k + 2..end.min(k + 6)).find(|&j| PLACE_KINDS.contains(&v.lw(j).as_str()))?;
    // (the head of the apposition, after modifiers only: "the mayor of the town" is a
    // person)
    let modifiers = (k + 2..kind).all(|j| {
        v.doc.tokens[j]
            .pos
            .as_deref()
            .is_some_and(|p| matches!(p, "ADJ" | "ADV" | "NUM" | "NOUN" | "PROPN"))
    });
    modifiers.then_some((kind, end))
}

/// US states by their full names, one or two words, where `STATES` does not already
/// hold the name ("ohio", "texas", "utah", …); not Georgia, a country too, nor
/// Washington, a city.
const STATE_NAMES: &[&str] = &[
    "alabama",
    "arizona",
    "arkansas",
    "california",
    "colorado",
    "connecticut",
    "delaware",
    "florida",
    "illinois",
    "indiana",
    "kansas",
    "kentucky",
    "louisiana",
    "maryland",
    "massachusetts",
    "michigan",
    "minnesota",
    "mississippi",
    "missouri",
    "montana",
    "nebraska",
    "nevada",
    "new hampshire",
    "new jersey",
    "new mexico",
    "new york",
    "north carolina",
    "north dakota",
    "oklahoma",
    "oregon",
    "pennsylvania",
    "rhode island",
    "south carolina",
    "south dakota",
    "tennessee",
    "vermont",
    "virginia",
    "west virginia",
    "wisconsin",
    "wyoming",
];

/// Whether a mention of the place is followed by a comma and a US state, abbreviated or
/// in full: "Plymouth, N.H.", "Orlando, Fla.", "Burlington, Vermont" (a town of the
/// United States, not the English or the Canadian one).
fn us_town(v: &View, names: &[Name], e: &Ent) -> bool {
    let n = v.doc.tokens.len();
    e.names.iter().any(|&ni| {
        let k = names[ni].b;
        if !(k + 1 < n && v.w(k) == "," && v.same_sentence(k, k + 1)) {
            return false;
        }
        let one = v.w(k + 1).to_lowercase();
        let two = (k + 2 < n && v.same_sentence(k, k + 2))
            .then(|| format!("{one} {}", v.w(k + 2).to_lowercase()));
        STATES.contains(&one.trim_end_matches('.'))
            || STATE_NAMES.contains(&one.as_str())
            || two.is_some_and(|t| STATE_NAMES.contains(&t.as_str()))
    })
}

fn us_party_and_state(v: &View, names: &[Name], e: &Ent) -> bool {
    let n = v.doc.tokens.len();
    e.names.iter().any(|&ni| {
        let k = names[ni].b;
        if k + 2 >= n || v.w(k) != "(" {
            return false;
        }
        let Some(close) = (k + 2..(k + 7).min(n)).find(|&j| v.w(j) == ")") else {
            return false;
        };
        let inner: String = (k + 1..close).map(|j| v.w(j)).collect();
        let inner = inner.to_lowercase();
        let state = |x: &str| {
            let x = x.trim_end_matches('.');
            STATES.contains(&x) || (x.len() == 2 && x.chars().all(|c| c.is_ascii_lowercase()))
        };
        match inner.split_once('-') {
            Some((party, st)) => matches!(party, "r" | "d" | "i") && state(st),
            // (the state alone, spelt as the papers abbreviate it)
            None => STATES.contains(&inner.trim_end_matches('.')) && inner.len() > 2,
        }
    })
}

/// The country a person's name is given right before it, when no title gives one:
/// a country's possessive ("Russia's Zhirinovsky") or a demonym with a few lower-case
/// nouns and adjectives between it and the name ("Russian ultra-nationalist Vladimir
/// Zhirinovsky", "veteran Russian politician Vladimir Zhirinovsky"). The first mention
/// that gives one.
fn name_country(v: &View, names: &[Name], e: &Ent) -> Option<String> {
    use crate::lexicon::list;
    let lx = Lexicon::get();
    let country_of = |a: usize, b: usize, bits: u32| -> Option<String> {
        let ws: Vec<&str> = (a..b).map(|i| v.w(i)).collect();
        let info = lx.lookup_words(&ws)?;
        (info.lists & bits != 0)
            .then(|| info.country.clone())
            .flatten()
    };
    e.names.iter().find_map(|&ni| {
        let n = &names[ni];
        let start = n.title.map_or(n.a, |t| t.0);
        if start == 0 || !v.same_sentence(start - 1, start) {
            return None;
        }
        let k = start - 1;
        if matches!(v.w(k), "'s" | "’s") {
            return (k.saturating_sub(3)..k)
                .filter(|&j| v.same_sentence(j, k))
                .find_map(|j| country_of(j, k, list::COUNTRY));
        }
        let mut j = k;
        for _ in 0..6 {
            let w = v.w(j);
            if w.chars().next().is_some_and(char::is_uppercase) {
                return country_of(j, j + 1, list::DEMONYM);
            }
            // (descriptors only: "The Russian said Vladimir Zhirinovsky met" gives none;
            // a hyphen joins a word, a dash set off by spaces ends the phrase: "Russian
            // spies - Mr. Manafort" is no Russian's name)
            let t = &v.doc.tokens[j];
            let hyphen = w == "-"
                && ((j > 0 && t.start == v.doc.tokens[j - 1].end)
                    || v.doc.tokens.get(j + 1).is_some_and(|n| t.end == n.start));
            // (nor a plural or a verb in -s right before the name: "Israeli president
            // invites Arafat", a headline, is no Israeli's name)
            let plural = j == k && matches!(t.xpos.as_deref(), Some("NNS" | "VBZ"));
            let descriptor = !plural
                && (hyphen
                    || v.doc.tokens[j]
                        .pos
                        .as_deref()
                        .is_none_or(|p| matches!(p, "NOUN" | "ADJ")));
            if !w.chars().all(|c| c.is_lowercase() || c == '-')
                || !descriptor
                || j == 0
                || !v.same_sentence(j - 1, j)
            {
                return None;
            }
            j -= 1;
        }
        None
    })
}

/// The code the person list (`data/people.tsv`) gives a person entity: its longest name
/// that the list knows ("Vladimir Putin", "Putin"), else a title with the name ("King
/// Salman", "Mullah Omar": titles are stripped from names).
fn person_actor(v: &View, names: &[Name], e: &Ent) -> Option<String> {
    let mut ns: Vec<&Name> = e.names.iter().map(|&ni| &names[ni]).collect();
    ns.sort_by_key(|n| std::cmp::Reverse(n.b - n.a));
    let words = |n: &Name| (n.a..n.b).map(|i| v.w(i)).collect::<Vec<&str>>();
    if let Some(c) = ns.iter().find_map(|n| actor::person_code(&words(n))) {
        return Some(c);
    }
    ns.iter().find_map(|n| {
        let (ta, tb) = n.title?;
        let ws: Vec<&str> = (ta..tb).map(|i| v.w(i)).chain(words(n)).collect();
        actor::person_code(&ws)
    })
}

#[cfg(test)]
mod tests {

    #[test]
    fn a_type_vote_is_the_same_every_run() {
        use EntityType::*;
        // a tie: the fullest name's type, else the first to come, whatever the order a
        // hash map would give
        for _ in 0..50 {
            assert_eq!(vote_type(&[Org, Gpe, Gpe, Org], Person), Org);
            assert_eq!(vote_type(&[Org, Gpe, Gpe, Org], Gpe), Gpe);
            assert_eq!(vote_type(&[Gpe, Org, Org], Gpe), Org);
        }
    }

    use super::*;

    fn k(ws: &[&str]) -> Vec<String> {
        ws.iter().map(|s| s.to_string()).collect()
    }

    #[test]
    fn short_forms_and_acronyms() {
        assert!(is_short_form(&k(&["ruiz"]), &k(&["ana", "ruiz"])));
        assert!(is_short_form(&k(&["ana"]), &k(&["ana", "ruiz"])));
        assert!(!is_short_form(&k(&["ortiz"]), &k(&["ana", "ruiz"])));
        assert!(is_acronym_of(
            &k(&["afp"]),
            &k(&["armed", "forces", "of", "the", "philippines"])
        ));
        assert!(!is_acronym_of(&k(&["un"]), &k(&["armed", "forces"])));
    }

    #[test]
    fn types_map_from_conll() {
        assert_eq!(sitrep_type("LOC", &k(&["chile"])), EntityType::Gpe);
        assert_eq!(
            sitrep_type("LOC", &k(&["amazon", "river"])),
            EntityType::Loc
        );
        assert_eq!(sitrep_type("LOC", &k(&["andes"])), EntityType::Loc);
        assert_eq!(sitrep_type("MISC", &k(&["chilean"])), EntityType::Norp);
        assert_eq!(
            sitrep_type("MISC", &k(&["world", "cup"])),
            EntityType::Event
        );
        assert_eq!(
            sitrep_type("ORG", &k(&["heathrow", "airport"])),
            EntityType::Facility
        );
        assert_eq!(sitrep_type("ORG", &k(&["acme", "corp"])), EntityType::Org);
        assert_eq!(sitrep_type("PER", &k(&["ana", "ruiz"])), EntityType::Person);
    }
}
