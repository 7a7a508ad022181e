//! Noun-phrase spans for arguments and speakers: the dependency subtree when the parser
//! ran, a surface chunk over tags or word lists when it did not, and entity mentions
//! (with their ids and actor codes) either way.

use crate::view::{View, DETERMINERS, FUNCTION, PRONOUNS};

/// An argument found in the text: token range, and the entity and actor it resolves to.
#[derive(Clone, Debug, PartialEq)]
pub struct Arg {
    pub a: usize,
    pub b: usize,
    pub entity: Option<String>,
    pub actor: Option<String>,
}

/// The possessive determiners: "his forces", "their plan".
pub(crate) const POSSESSIVES: &[&str] = &["his", "her", "its", "their", "our", "my", "your"];

const NP_DEPS: &[&str] = &[
    "det",
    "amod",
    "compound",
    "flat",
    "nmod:poss",
    "nummod",
    "fixed",
    "det:poss",
    "flat:name",
    "compound:prt",
];

/// Words that end a surface noun phrase.
const STOP: &[&str] = &[
    "again",
    "least",
    "most",
    "next",
    "last",
    "week",
    "month",
    "year",
    "ago",
    "earlier",
    "later",
    "overnight",
    "that",
    "which",
    "who",
    "what",
    "it",
    "is",
    "are",
    "was",
    "were",
    "continued",
    "began",
    "remained",
    "made",
    "went",
    "came",
    "took",
    "gave",
];

/// Words that can be inside a surface noun phrase (word test without tags).
fn np_word(v: &View, i: usize) -> bool {
    if i < v.toks.len() && v.is_poss(i) {
        return true;
    }
    if i >= v.toks.len() || v.is_punct(i) {
        // "'s" and hyphens are punctuation-free tokens or handled by callers.
        return false;
    }
    if let Some(p) = v.pos(i) {
        return matches!(p, "DET" | "ADJ" | "NOUN" | "PROPN" | "NUM" | "PRON")
            || (p == "PART" && v.is(i, &["'s", "'"]));
    }
    let w = v.word(i);
    if w == "'s" {
        return true;
    }
    if STOP.contains(&w) || crate::view::DAYS.contains(&w) {
        return false;
    }
    // Past forms are verbs unless a determiner makes them adjectives ("the armed men").
    if w.len() > 4 && w.ends_with("ed") && !(i > 0 && DETERMINERS.contains(&v.word(i - 1))) {
        return false;
    }
    if crate::quotes::is_cue_form(w) {
        return false;
    }
    if FUNCTION.contains(&w) && !DETERMINERS.contains(&w) {
        return false;
    }
    if crate::lexicon::lexicon().inflected_verb(w) {
        // An inflected verb form ("killed", "attacks" is ambiguous but allowed as noun).
        return w.ends_with('s') && !w.ends_with("ed");
    }
    true
}

impl Arg {
    /// The argument over tokens `[a, b)`, with the entity and actor of a mention in it.
    pub fn from_range_pub(v: &View, a: usize, b: usize) -> Arg {
        Arg::from_range(v, a, b)
    }

    fn from_range(v: &View, a: usize, b: usize) -> Arg {
        // "condemned on Tuesday mayors in France", "arrived in Sierra Leone Tuesday": a
        // day or date at either edge is the time, not the party.
        let (mut a, mut b) = (a, b);
        while a + 1 < b && crate::tree::is_time(v, a) && v.is_capitalized(a) {
            a += 1;
        }
        while b > a + 1 && crate::tree::is_time(v, b - 1) && v.is_capitalized(b - 1) {
            b -= 1;
        }
        // The entity: a mention inside the range (the first name mention, else the last).
        let mut entity = None;
        let mut actor = None;
        let mut best: Option<usize> = None;
        for i in a..b {
            // A possessive pronoun does not name the phrase it opens ("its forces").
            if b > a + 1 && v.is(i, POSSESSIVES) {
                continue;
            }
            // A place before a gathering locates it, and names no party: "the Minsk
            // agreement", "the Geneva talks" (a hyphenated pair names its sides: "the
            // US-China talks").
            if b > a + 1 && crate::tree::locates_gathering(v, i, b - 1) && !v.is_poss(i + 1) {
                continue;
            }
            // A body whose member the phrase names is not the phrase's party: "NATO
            // member Estonia", "EU member state Poland", "US ally Japan".
            if let Some(m) = v.mention_of[i] {
                let e = v.mentions[m].b;
                if e + 1 < b
                    && v.is(e, &["member", "ally", "partner"])
                    && (e + 1..b).any(|k| v.mention_of[k].is_some_and(|x| x != m))
                {
                    continue;
                }
            }
            // "the Tajik dominated Northern Alliance": a people that dominates a body is
            // not its party (the entity layer leaves "Soviet-era" and the like no country).
            if v.mention_of[i].is_some_and(|m| {
                let e = v.mentions[m].b;
                e + 1 < b && v.is(e, &["dominated"])
            }) {
                continue;
            }
            // "Iran's allies", "Israel's militia ally", "US allies": a state named
            // before a noun of a relation to it is the other side of the relation.
            if let Some(m) = v.mention_of[i] {
                let e = v.mentions[m].b;
                if e < b
                    && crate::tree::relation_noun(v, b - 1)
                    && crate::tree::names_state(v, i)
                    && (v.is_poss(e) || v.pos(e - 1) == Some("PROPN"))
                {
                    continue;
                }
            }
            if let Some(m) = v.mention_of[i] {
                // Of two party nouns of no country ("government forces"), the head's
                // (the later one) says what the phrase is.
                let role = |x: Option<&str>| x.is_some_and(|c| c.starts_with("---"));
                // (A person's place, "opposition leaders", keeps the body before it.)
                let later_role = role(actor.as_deref())
                    && role(v.mentions[m].actor.as_deref())
                    && !crate::view::is_person_role(v.word(v.mentions[m].a));
                if best.is_none() || v.mentions[m].actor.is_some() && actor.is_none() || later_role
                {
                    best = Some(m);
                    actor = v.mentions[m].actor.clone();
                }
            }
        }
        let rb = b;
        let (mut a, mut b) = (a, b);
        if let Some(m) = best {
            let m = &v.mentions[m];
            entity = m.entity.clone();
            // "Senate Minority Leader Harry Reid": the phrase is the person its name
            // ends it with, coded by the body before it (USALEG).
            if let Some(p) = v.mention_of[rb - 1].map(|x| &v.mentions[x]).filter(|p| {
                p.b == rb
                    && p.a > m.a
                    && p.entity
                        .as_deref()
                        .is_some_and(|id| v.entity_kind(id) == Some(sitrep_doc::EntityType::Person))
            }) {
                entity = p.entity.clone();
            }
            // (An ambassador to an international body is a state's: "U.N. Ambassador
            // John Bolton" is coded as the person, not as the United Nations.)
            if actor.as_deref().is_some_and(|c| c.starts_with("IGO"))
                && (m.b..rb).any(|k| v.is(k, &["ambassador", "ambassadors"]))
            {
                actor = v.mention_of[rb - 1]
                    .map(|x| &v.mentions[x])
                    .filter(|p| p.b == rb && p.a > m.a)
                    .and_then(|p| p.actor.clone());
            }
            a = a.min(m.a);
            b = b.max(m.b);
            // A country's role noun names its body: "the German government" DEUGOV,
            // "Kenya's president" KENGOV, "Russian troops" RUSMIL.
            if let Some(c) = actor.as_deref().filter(|c| is_bare_country(c)) {
                if let Some(agent) = role_after(v, m.b, rb.max(m.b)) {
                    actor = Some(format!("{c}{agent}"));
                }
            }
        }
        Arg {
            a,
            b,
            entity,
            actor,
        }
    }
}

/// A country code with no agent: three capital letters, not an organization.
fn is_bare_country(c: &str) -> bool {
    c.len() == 3
        && c.bytes().all(|b| b.is_ascii_uppercase())
        && !matches!(c, "IGO" | "NGO" | "IMG" | "MNC" | "UNO" | "EUR")
}

/// The agent of the role nouns in tokens `[a, b)` (the words after a country's mention):
/// the last role noun, unless it names a person's place ("leader", "official") and an
/// earlier role noun names the body.
fn role_after(v: &View, a: usize, b: usize) -> Option<&'static str> {
    let mut agent: Option<&'static str> = None;
    let mut pair = String::new();
    let mut i = a;
    while i < b {
        if v.is_punct(i) || v.is_poss(i) || v.tagged && !matches!(v.pos(i), Some("NOUN" | "PROPN"))
        {
            i += 1;
            continue;
        }
        // ("Attorney-General": two words joined by a hyphen are the pair.)
        let hyphen = i + 2 < b && v.word(i + 1) == "-";
        let second = if hyphen { i + 2 } else { i + 1 };
        let two = if second < b {
            pair.clear();
            pair.push_str(v.word(i));
            pair.push(' ');
            pair.push_str(v.word(second));
            crate::view::agent_noun(&pair)
        } else {
            None
        };
        let (code, width) = match two {
            Some(c) => (Some(c), second + 1 - i),
            None => (crate::view::agent_noun(v.word(i)), 1),
        };
        if let Some(c) = code {
            let person = width == 1 && crate::view::is_person_role(v.word(i));
            if !person || agent.is_none() {
                agent = Some(c);
            }
        }
        i += width;
    }
    agent
}

/// The phrase headed by token `h`.
pub fn phrase_at(v: &View, h: usize) -> Arg {
    if let Some(m) = v.mention_of[h] {
        let m = &v.mentions[m];
        // Widen a mention to its phrase only in parsed text ("Israeli troops").
        if !v.parsed {
            return Arg::from_range(v, m.a, m.b);
        }
    }
    if v.parsed {
        let (a, b) = subtree(v, h);
        let arg = Arg::from_range(v, a, b);
        // "Taiwan's Vice Foreign Minister" with the possessor hung elsewhere by the
        // parser: the owner just before the phrase names it.
        let (sa, _) = v.sents[v.sentence_of(h)];
        if arg.actor.is_none() && a >= sa + 2 && v.is(a - 1, &["'s", "'"]) {
            if let Some(m) = v.mention_of[a - 2].map(|m| &v.mentions[m]) {
                if m.actor.is_some() {
                    return Arg::from_range(v, m.a, b);
                }
            }
        }
        return arg;
    }
    let (s, e) = v.sents[v.sentence_of(h)];
    let mut a = h;
    while a > s && np_word(v, a - 1) && h - a < 6 {
        a -= 1;
    }
    let mut b = h + 1;
    while b < e && np_word(v, b) && v.is_capitalized(b) && b - h < 6 {
        b += 1;
    }
    Arg::from_range(v, a, b)
}

/// Contiguous span of `h` and its noun-phrase dependents.
fn subtree(v: &View, h: usize) -> (usize, usize) {
    let mut a = h;
    let mut b = h + 1;
    let mut stack = vec![h];
    let mut n = 0;
    while let Some(x) = stack.pop() {
        n += 1;
        if n > 40 {
            break;
        }
        for c in v.children(x) {
            let d = v.dep(c);
            let base = d.split(':').next().unwrap_or(d);
            let ok = NP_DEPS.contains(&d)
                || matches!(base, "det" | "amod" | "compound" | "flat" | "nummod")
                || (d == "case" && v.is(c, &["'s", "'"]));
            if ok {
                a = a.min(c);
                b = b.max(c + 1);
                stack.push(c);
            }
        }
    }
    (a, b)
}

/// The noun phrase that ends just before token `end` (exclusive), within the sentence.
pub fn np_ending_at(v: &View, end: usize) -> Option<Arg> {
    let (s, _) = v.sents[v.sentence_of(end.saturating_sub(1))];
    if end == 0 || end <= s {
        return None;
    }
    let last = end - 1;
    if let Some(m) = v.mention_of[last] {
        let m = &v.mentions[m];
        let mut a = m.a;
        // Widen left over modifiers ("the Syrian army" when "Syrian" alone is a mention).
        loop {
            // "Secretary-General Antonio Guterres": a hyphen inside a word.
            if a > s + 1
                && v.inner_hyphen(a - 1)
                && np_word(v, a - 2)
                && !v.is_punct(a - 2)
                && v.mention_of[a - 2].is_none()
                && m.b - a < 6
            {
                a -= 2;
                continue;
            }
            if !(a > s && np_word(v, a - 1) && !v.is_punct(a - 1) && m.b - a < 6) {
                break;
            }
            // A party noun of no country ("police" in "Police officials") is a modifier.
            let other = v.mention_of[a - 1].filter(|&o| Some(o) != v.mention_of[last]);
            if other.is_some_and(|o| {
                let o = &v.mentions[o];
                o.entity.is_some() || !o.actor.as_deref().is_some_and(|c| c.starts_with("---"))
            }) {
                break;
            }
            a -= 1;
        }
        // (Not from the middle of a possessive: "Iran's Foreign Minister Mohammad Javad
        // Zarif", cut at its length limit, neither starts at "'s" nor leaves Iran out.)
        while a < m.a && v.is_poss(a) {
            a += 1;
        }
        if a > s + 1 && a <= m.a && v.is_poss(a - 1) {
            let mut p = a - 1;
            while p > s && v.is_poss(p - 1) {
                p -= 1;
            }
            // (p > s: a sentence may open with a stray "'s".)
            if let Some(owner) = (p > s)
                .then(|| v.mention_of[p - 1])
                .flatten()
                .map(|o| &v.mentions[o])
            {
                if owner.b == p && owner.a >= s {
                    return Some(Arg::from_range(v, owner.a, m.b));
                }
            }
        }
        return Some(Arg::from_range(v, a, m.b));
    }
    if !np_word(v, last) || DETERMINERS.contains(&v.word(last)) {
        return None;
    }
    let mut a = last;
    while a > s && np_word(v, a - 1) && last - a < 5 {
        a -= 1;
    }
    while a < last && v.is_poss(a) {
        a += 1;
    }
    // "Iraq's national security advisor": the possessor belongs to the phrase.
    if a > s + 1 && v.is_poss(a - 1) {
        let mut p = a - 1;
        while p > s && v.is_poss(p - 1) {
            p -= 1;
        }
        if let Some(owner) = np_ending_at(v, p) {
            let mut arg = Arg::from_range(v, owner.a, end);
            if arg.actor.is_none() {
                arg.actor = owner.actor;
            }
            return Some(arg);
        }
    }
    Some(Arg::from_range(v, a, end))
}

/// The noun phrase that starts at token `start` (skipping nothing), within the sentence.
pub fn np_starting_at(v: &View, start: usize) -> Option<Arg> {
    if start >= v.toks.len() {
        return None;
    }
    let (_, e) = v.sents[v.sentence_of(start)];
    if let Some(m) = v.mention_of[start] {
        let m = &v.mentions[m];
        let mut b = m.b;
        while b < e && np_word(v, b) && v.mention_of[b].is_none() && b - m.a < 6 {
            if v.is(b, PRONOUNS) {
                break;
            }
            b += 1;
        }
        return Some(Arg::from_range(v, m.a, b));
    }
    if !np_word(v, start) || v.is(start, &["'s"]) {
        return None;
    }
    if v.is(start, PRONOUNS) {
        return Some(Arg::from_range(v, start, start + 1));
    }
    let mut b = start + 1;
    while b < e && np_word(v, b) && b - start < 6 && !v.is(b, PRONOUNS) {
        b += 1;
    }
    // "the mayor of Nablus": take "of" + a capitalized phrase.
    if b + 1 < e && v.is(b, &["of"]) && v.is_capitalized(b + 1) {
        b += 1;
        while b < e && np_word(v, b) && v.is_capitalized(b) && b - start < 10 {
            b += 1;
        }
    }
    // Do not end on a determiner.
    while b > start + 1 && DETERMINERS.contains(&v.word(b - 1)) {
        b -= 1;
    }
    Some(Arg::from_range(v, start, b))
}
