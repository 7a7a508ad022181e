//! Quotes: direct (quote marks, several sentences or paragraphs, split by their
//! attribution), indirect ("X said (that) …", "according to X", "X told reporters …")
//! and mixed, with the speaker (subject of the cue, object of "according to", or the
//! previous speaker for a paragraph that is only a quote) and the cue.

use crate::np::{np_ending_at, np_starting_at, Arg};
use crate::view::{View, DAYS};
use sitrep_doc::{Quote, QuoteKind, SpanRef};
use std::collections::HashSet;
use std::sync::OnceLock;

/// A quote with what the status of events inside it needs.
#[derive(Clone, Debug)]
pub struct Found {
    pub quote: Quote,
    /// Lemma of the cue ("say", "deny", "confirm", "according to").
    pub cue_lemma: String,
    /// Token range of the content.
    pub content: (usize, usize),
}

const CUE_LEMMAS: &[&str] = &[
    "say",
    "tell",
    "add",
    "note",
    "explain",
    "claim",
    "insist",
    "warn",
    "argue",
    "write",
    "tweet",
    "post",
    "declare",
    "announce",
    "state",
    "ask",
    "reply",
    "respond",
    "recall",
    "acknowledge",
    "admit",
    "confirm",
    "deny",
    "suggest",
    "predict",
    "report",
    "comment",
    "remark",
    "urge",
    "vow",
    "promise",
    "pledge",
    "concede",
    "caution",
    "allege",
    "maintain",
    "observe",
    "estimate",
    "assert",
    "contend",
    "stress",
    "emphasize",
    "emphasise",
    "complain",
    "boast",
    "joke",
    "quip",
    "testify",
    "believe",
    "think",
    "indicate",
    "reveal",
    "disclose",
    "signal",
    "counter",
    "hint",
    "predict",
    "agree",
    "charge",
    "mention",
    "reiterate",
    "recount",
    "fear",
    "continue",
    "conclude",
    "answer",
    "shout",
    "yell",
    "scream",
    "exclaim",
    "whisper",
    "proclaim",
    "lament",
    "retort",
    "snap",
    "summarize",
    "summarise",
    "muse",
    "wonder",
    "mutter",
    "interject",
    "elaborate",
    "clarify",
    "chime",
    "concur",
    "inform",
    "assure",
    "plead",
    "demand",
];

const IRREGULAR: &[(&str, &str)] = &[
    ("said", "say"),
    ("told", "tell"),
    ("wrote", "write"),
    ("written", "write"),
    ("thought", "think"),
];

fn cue_forms() -> &'static std::collections::HashMap<String, &'static str> {
    static M: OnceLock<std::collections::HashMap<String, &'static str>> = OnceLock::new();
    M.get_or_init(|| {
        let mut m = std::collections::HashMap::new();
        for l in CUE_LEMMAS {
            for f in crate::lexicon::verb_forms(l) {
                m.entry(f).or_insert(*l);
            }
        }
        for (f, l) in IRREGULAR {
            m.insert(f.to_string(), *l);
        }
        // "sayed" and friends are not words; "says"/"saying" come from verb_forms.
        m.remove("sayed");
        m.remove("telled");
        m.remove("writed");
        m.remove("thinked");
        m
    })
}

/// Whether a lower-case word is a form of a verb of saying.
pub fn is_cue_form(w: &str) -> bool {
    cue_forms().contains_key(w)
}

/// The lemma of a cue verb at token `i`, if it is one.
pub fn cue_at(v: &View, i: usize) -> Option<&'static str> {
    let l = *cue_forms().get(v.word(i))?;
    if let Some(p) = v.pos(i) {
        if p != "VERB" && p != "AUX" {
            return None;
        }
    } else if v.is_capitalized(i) && v.sents[v.sentence_of(i)].0 != i {
        return None;
    }
    // "continued to send arms", "went on to say": a verb of going on, not of saying.
    if l == "continue" && v.is(i + 1, &["to", "with", "its", "their", "his", "her"]) {
        return None;
    }
    // Nouns and participles used as adjectives: "the said", "a report", "posts".
    if i > 0
        && v.is(
            i - 1,
            &["the", "a", "an", "this", "his", "her", "their", "its"],
        )
    {
        return None;
    }
    Some(l)
}

const QUOTE_OPEN: &[char] = &['\u{201C}', '\u{201E}', '\u{00AB}'];
const QUOTE_CLOSE: &[char] = &['\u{201D}', '\u{00BB}'];

/// Direct quote segments: byte spans of the words between quote marks, one per
/// paragraph, and whether the segment continues the previous one (a quote that runs on
/// over a paragraph break).
fn direct_segments(text: &str) -> Vec<(usize, usize, bool)> {
    let mut out = Vec::new();
    let mut open: Option<usize> = None;
    let mut continuing = false;
    let mut chars = text.char_indices().peekable();
    let mut prev = ' ';
    while let Some((i, c)) = chars.next() {
        let next = chars.peek().map(|&(_, c)| c).unwrap_or(' ');
        let is_open =
            QUOTE_OPEN.contains(&c) || (c == '"' && open.is_none() && !prev.is_alphanumeric());
        let is_close = QUOTE_CLOSE.contains(&c) || (c == '"' && open.is_some());
        if c == '\n' {
            if let Some(o) = open.take() {
                // The quote runs on over the break when the next paragraph opens again.
                let rest = text[i..].trim_start();
                let runs_on = rest.starts_with(['"', '\u{201C}']);
                out.push((o, i, continuing));
                continuing = runs_on;
            } else if !text[i..].trim_start().starts_with(['"', '\u{201C}']) {
                continuing = false;
            }
        } else if is_close && open.is_some() {
            let o = open.take().unwrap();
            out.push((o, i, continuing));
            continuing = false;
        } else if is_open && !next.is_whitespace() {
            open = Some(i + c.len_utf8());
        }
        prev = c;
    }
    if let Some(o) = open {
        out.push((o, text.len(), continuing));
    }
    // Trim spaces inside the marks.
    out.into_iter()
        .filter_map(|(a, b, c)| {
            let s = &text[a..b];
            let a2 = a + (s.len() - s.trim_start().len());
            let b2 = b - (s.len() - s.trim_end().len());
            (a2 < b2).then_some((a2, b2, c))
        })
        .collect()
}

pub(crate) fn is_quote_mark(s: &str) -> bool {
    !s.is_empty()
        && s.chars().all(|c| {
            matches!(
                c,
                '"' | '\u{201C}' | '\u{201D}' | '\u{201E}' | '\u{00AB}' | '\u{00BB}' | '\'' | '`'
            )
        })
}

fn span_ref(v: &View, arg: &Arg) -> SpanRef {
    let (s, e) = v.span(arg.a, arg.b);
    v.doc.span_ref(s, e, arg.entity.clone())
}

fn cue_ref(v: &View, a: usize, b: usize) -> SpanRef {
    let (s, e) = v.span(a, b);
    v.doc.span_ref(s, e, None)
}

/// Skips words that sit between a subject and its cue ("has also said").
fn subject_end(v: &View, cue: usize) -> usize {
    let s = v.sents[v.sentence_of(cue)].0;
    let mut j = cue;
    while j > s
        && v.is(
            j - 1,
            &[
                "has",
                "have",
                "had",
                "also",
                "previously",
                "later",
                "reportedly",
                "then",
                "repeatedly",
                "publicly",
                "privately",
                "once",
                "recently",
                "will",
                "would",
                "did",
                "does",
                "do",
                "flatly",
                "strongly",
                "firmly",
                "quickly",
                "had",
            ],
        )
    {
        j -= 1;
    }
    j
}

/// The speaker of a cue at `cue`: the subject before it, or after it ("said Smith").
/// A speaker phrase that is the object of "from/of/for/at/in" is part of a longer one:
/// "a statement from the utility", "a spokesman for the ministry", "officials in
/// Somalia", "the Syrian Observatory for Human Rights".
fn with_head(v: &View, mut a: Arg, cue: usize, from: usize) -> Arg {
    let s = v.sents[v.sentence_of(cue)].0;
    if a.a > s + 1 && a.a > from + 1 && v.is(a.a - 1, &["from", "of", "for", "at", "in"]) {
        if let Some(head) = np_ending_at(v, a.a - 1) {
            if head.a >= from {
                a.a = head.a;
                // The head's own entity names the speaker; else the phrase it is of.
                if head.entity.is_some() || a.entity.is_none() {
                    a.entity = head.entity.or(a.entity);
                }
            }
        }
    }
    a
}

fn speaker_raw(v: &View, cue: usize, from: usize) -> Option<Arg> {
    let j = subject_end(v, cue);
    if j > from {
        // Right after a closing quote mark (", John Smith, the minister, said"), prefer a
        // name mention in the few words before the cue.
        let window = j - from <= 10
            && from > 0
            && from > v.sents[v.sentence_of(cue)].0
            && (from - 1..from + 1).any(|k| is_quote_mark(v.toks[k].text) || v.is(k, &[","]));
        for i in (from..j).filter(|_| window) {
            if let Some(m) = v.mention_of[i] {
                let m = &v.mentions[m];
                if v.is_poss(m.b) || v.is(m.a, &["his", "her", "its", "their"]) {
                    // "Carter's press secretary": the owner does not speak.
                    continue;
                }
                if m.kind != sitrep_doc::MentionKind::Nominal || m.b == j {
                    // (the whole phrase the name opens: "the Israeli foreign minister
                    // said", "Israeli minister Ehud Barak said")
                    if m.b < j && j - m.a <= 10 {
                        if let Some(w) = np_ending_at(v, j).filter(|w| w.b == j && w.a < j) {
                            let joined = (m.b..w.a.max(m.b))
                                .all(|k| matches!(v.pos(k), Some("NOUN" | "PROPN" | "ADJ")));
                            if w.a <= m.a {
                                return Some(w);
                            }
                            if joined {
                                return Some(Arg { a: m.a, ..w });
                            }
                        }
                    }
                    return np_ending_at(v, m.b).or(Some(Arg {
                        a: m.a,
                        b: m.b,
                        entity: m.entity.clone(),
                        actor: m.actor.clone(),
                    }));
                }
            }
        }
        if let Some(a) = np_ending_at(v, j) {
            return Some(with_head(v, a, cue, from));
        }
        // "Trump, who spoke in Ohio, said" / "Trump on Tuesday said": the phrase before
        // the aside or the time words.
        let mut k = j;
        while k > from
            && (v.is(k - 1, DAYS)
                || v.is(
                    k - 1,
                    &[
                        "on",
                        "late",
                        "early",
                        "night",
                        "morning",
                        "afternoon",
                        "evening",
                    ],
                ))
        {
            k -= 1;
        }
        if k < j {
            if let Some(a) = np_ending_at(v, k) {
                return Some(a);
            }
        }
        // "Rep. Jane Roe (D-Md.) said".
        if v.is(j - 1, &[")"]) {
            let lo = j.saturating_sub(12).max(from);
            if let Some(c) = (lo..j - 1).rev().find(|&x| v.is(x, &["("])) {
                if let Some(a) = np_ending_at(v, c) {
                    return Some(Arg { b: j, ..a });
                }
            }
        }
        if v.is(j - 1, &[","]) {
            let lo = j.saturating_sub(16).max(from);
            if let Some(c) = (lo..j - 1).rev().find(|&x| v.is(x, &[","])) {
                if let Some(a) = np_ending_at(v, c) {
                    return Some(with_head(v, a, cue, from));
                }
            }
        }
        // The nearest name or pronoun before the cue.
        let lo = j.saturating_sub(12).max(from);
        if let Some(m) = (lo..j).rev().filter_map(|x| v.mention_of[x]).next() {
            let m = &v.mentions[m];
            if m.kind != sitrep_doc::MentionKind::Nominal
                && !(m.b == m.a + 1 && v.is(m.a, &["his", "her", "its", "their"]))
            {
                return Some(Arg {
                    a: m.a,
                    b: m.b,
                    entity: m.entity.clone(),
                    actor: m.actor.clone(),
                });
            }
        }
    }
    None
}

fn inverted_raw(v: &View, cue: usize) -> Option<Arg> {
    let (_, e) = v.sents[v.sentence_of(cue)];
    let i = cue + 1;
    if i >= e
        || v.is(
            i,
            &["that", "it", "on", "in", "at", "by", "to", "yesterday"],
        )
        || v.is(i, DAYS)
    {
        return None;
    }
    np_starting_at(v, i)
}

pub(crate) const SPEAKER_NOUNS: &[&str] = &[
    "administration",
    "authorities",
    "embassy",
    "cabinet",
    "council",
    "committee",
    "commission",
    "organization",
    "organisation",
    "union",
    "parliament",
    "regime",
    "official",
    "officials",
    "spokesman",
    "spokeswoman",
    "spokesperson",
    "statement",
    "report",
    "reports",
    "source",
    "sources",
    "expert",
    "experts",
    "witness",
    "witnesses",
    "aide",
    "aides",
    "adviser",
    "advisers",
    "advisor",
    "analyst",
    "analysts",
    "minister",
    "ministry",
    "police",
    "army",
    "military",
    "government",
    "president",
    "leader",
    "leaders",
    "spokesmen",
    "voters",
    "residents",
    "lawmakers",
    "lawmaker",
    "senator",
    "campaign",
    "critics",
    "supporters",
    "doctor",
    "doctors",
    "lawyer",
    "lawyers",
    "attorney",
    "people",
    "officer",
    "officers",
    "agency",
    "group",
    "company",
    "court",
    "survey",
    "poll",
    "study",
    "letter",
    "media",
    "newspaper",
    "observers",
    "activists",
    "opponents",
    "residents",
    "diplomats",
    "diplomat",
    "envoy",
    "mayor",
    "governor",
    "chief",
    "director",
    "head",
    "secretary",
    "member",
    "members",
    "commander",
    "general",
    "judge",
    "prosecutor",
    "prosecutors",
    "investigators",
    "author",
    "authors",
    "others",
    "many",
    "some",
    "both",
    "most",
    "reporter",
    "reporters",
    "website",
    "article",
    "paper",
    "man",
    "woman",
    "men",
    "women",
    "person",
    "boy",
    "girl",
    "mother",
    "father",
    "son",
    "daughter",
    "wife",
    "husband",
    "voter",
    "resident",
    "supporter",
    "protester",
    "protesters",
    "crowd",
    "audience",
    "candidate",
    "nominee",
    "chairman",
    "chairwoman",
    "founder",
    "owner",
    "worker",
    "workers",
    "student",
    "students",
    "teacher",
    "farmer",
    "farmers",
    "ad",
    "tweet",
    "post",
    "email",
    "memo",
    "message",
    "spokesmen",
    "pollster",
    "strategist",
    "economist",
    "economists",
    "scientist",
    "scientists",
    "official's",
    "agencies",
    "governments",
    "ministries",
    "sides",
    "countries",
    "nations",
    "parties",
    "groups",
    "organizations",
    "organisation",
    "organisations",
    "charity",
    "charities",
    "activist",
    "monitor",
    "monitors",
    "team",
    "office",
    "department",
    "council",
    "committee",
    "board",
    "union",
    "opposition",
    "rebels",
    "insurgents",
    "militants",
    "guerrillas",
    "soldiers",
    "troops",
    "villagers",
    "survivors",
    "relatives",
    "refugees",
    "negotiators",
    "mediators",
    "organizers",
    "organisers",
    "unions",
    "researchers",
    "employers",
    "party",
];

/// Whether a phrase can be a speaker: a named or resolved mention, a subject pronoun,
/// a capitalized name, or a noun of people and bodies that speak.
fn plausible_speaker(v: &View, a: &Arg) -> bool {
    if a.b <= a.a {
        return false;
    }
    if a.b == a.a + 1
        && v.is(
            a.a,
            &[
                "his", "her", "its", "their", "my", "our", "your", "him", "them", "me", "us",
            ],
        )
    {
        return false;
    }
    if a.entity.is_some() {
        return true;
    }
    let s = v.sents[v.sentence_of(a.a)].0;
    (a.a..a.b).any(|k| {
        v.is(k, crate::view::PRONOUNS)
            || SPEAKER_NOUNS.contains(&v.word(k))
            || (v.is_capitalized(k) && (k != s || a.b == a.a + 1) && !v.is(k, DAYS))
    })
}

/// The first mention in tokens `[a, b)` that names someone: not a nominal, not a
/// possessor ("Carter's"), not a lone possessive pronoun.
fn first_named_mention(v: &View, a: usize, b: usize) -> Option<Arg> {
    (a..b)
        .filter_map(|k| v.mention_of[k])
        .map(|m| &v.mentions[m])
        .find(|m| {
            m.kind != sitrep_doc::MentionKind::Nominal
                && !v.is_poss(m.b)
                && !(m.b == m.a + 1 && v.is(m.a, &["his", "her", "its", "their"]))
        })
        .map(|m| Arg {
            a: m.a,
            b: m.b,
            entity: m.entity.clone(),
            actor: m.actor.clone(),
        })
}

/// "…, a court martial was told": the subject of a passive cue is the listener; the
/// text does not say who spoke.
fn passive_cue(v: &View, cue: usize) -> bool {
    let j = subject_end(v, cue);
    j > v.sents[v.sentence_of(cue)].0
        && v.is(cue, &["told", "informed", "briefed", "assured", "warned"])
        && v.is(j - 1, &["was", "were", "been", "is", "are", "be", "being"])
}

fn speaker_of(v: &View, cue: usize, from: usize) -> Option<Arg> {
    let sa = v.sents[v.sentence_of(cue)].0;
    let j0 = subject_end(v, cue);
    if passive_cue(v, cue) {
        return None;
    }
    if let Some(sp) = quoted_as_saying(v, cue) {
        return Some(sp);
    }
    // "Iran sent a letter to Kuwait demanding …": a document says what its sender says.
    if v.parsed {
        let sender = crate::tree::document_issuer_verb(v, cue)
            .and_then(|g| v.children(g).find(|&c| v.dep(c) == "nsubj"));
        if let Some(s) = sender {
            let a = crate::np::phrase_at(v, s);
            if plausible_speaker(v, &a) {
                return antecedent(v, &a).or(Some(a)).map(|a| conjoined(v, a));
            }
        }
    }
    // "Supporters marched through Caracas to demand …": an infinitive's speaker is its
    // verb's subject, not the words before "to".
    if v.parsed && cue > sa && v.is(cue - 1, &["to"]) && matches!(v.dep(cue), "advcl" | "xcomp") {
        if let Some(g) = v.toks[cue].head {
            if let Some(s) = v.children(g).find(|&c| v.dep(c) == "nsubj") {
                let mut a = crate::np::phrase_at(v, s);
                // ("Thousands of opposition supporters": the people counted.)
                if v.is(
                    s,
                    &[
                        "thousands",
                        "hundreds",
                        "dozens",
                        "tens",
                        "scores",
                        "millions",
                    ],
                ) {
                    if let Some(of) = v
                        .children(s)
                        .find(|&c| v.dep(c) == "nmod" && v.has_dep_word(c, "case", &["of"]))
                    {
                        let people = crate::np::phrase_at(v, of);
                        a = Arg {
                            a: a.a,
                            b: people.b.max(a.b),
                            ..people
                        };
                    }
                }
                if plausible_speaker(v, &a) {
                    return Some(a);
                }
            }
        }
    }
    if (v.word(cue).ends_with("ing")
        && cue > sa
        && v.is(cue - 1, &[",", "by", "after", "before", "while", "when"]))
        || (j0 > sa + 1 && v.is(j0 - 1, &["and", "but"]))
    {
        // ", saying …" / ", telling Reuters …" / "… and says …": the subject of the
        // sentence speaks; after "…, an official said, adding …", the one who said.
        if let Some(c) = (sa..cue.saturating_sub(1))
            .rev()
            .find(|&c| cue_at(v, c).is_some() && v.is(c + 1, &[","]))
        {
            if let Some(a) = speaker_of(v, c, from) {
                return Some(a);
            }
        }
        // ("Greek Prime Minister Alexis Tsipras accused … and said …": the subject of
        // the verb the cue is conjoined to, whole, not the first name in it.)
        // ("Opposition leaders in Addis Ababa criticised the deal, saying …": so for a
        // participle on the verb.)
        if v.parsed && matches!(v.dep(cue), "conj" | "advcl") {
            if let Some(s) = v.toks[cue].head.and_then(|h| {
                v.children(h)
                    .find(|&c| matches!(v.dep(c), "nsubj" | "nsubj:pass") && c < h)
            }) {
                let a = crate::np::phrase_at(v, s);
                if a.b <= cue && plausible_speaker(v, &a) && !v.is(a.a, &["which", "that", "who"]) {
                    return Some(a);
                }
            }
        }
        if let Some(a) = first_named_mention(v, sa, cue).or_else(|| np_starting_at(v, sa)) {
            if plausible_speaker(v, &a) {
                return Some(a);
            }
        }
    }
    speaker_raw(v, cue, from)
        // ("A report released Tuesday in Kigali alleged …": the time of a clause on the
        // cue's subject is not who speaks; the subject is.)
        .map(|a| {
            let Some(s) = v
                .children(cue)
                .find(|&c| v.dep(c) == "nsubj" && c < a.a && v.dominates(c, a.a))
            else {
                return a;
            };
            // (up from the speaker's first word to the subject, which dominates it)
            let mut k = a.a;
            let mut in_clause = false;
            for _ in 0..40 {
                let Some(g) = v.toks[k].head.filter(|_| k != s) else {
                    break;
                };
                in_clause |= v.dep(k) == "acl" && g == s;
                k = g;
            }
            // (Only a phrase of time, "Tuesday in Kigali": a name or a person there may
            // be a misparse of the subject itself, or the speaker of a clause on it.)
            if in_clause && crate::tree::is_time(v, a.a) && (a.a..a.b).all(|x| v.dominates(s, x)) {
                crate::np::phrase_at(v, s)
            } else {
                a
            }
        })
        // ("…, a charge the rebels denied": the charge is the words denied; who denied
        // them follows it.)
        .map(|a| {
            let n = if v.is(a.a, &["a", "an", "the"]) {
                a.a + 1
            } else {
                a.a
            };
            if n + 1 < a.b
                && v.is(
                    n,
                    &[
                        "charge",
                        "claim",
                        "accusation",
                        "allegation",
                        "assertion",
                        "report",
                        "suggestion",
                    ],
                )
            {
                let k = if v.is(n + 1, &["that", "which"]) {
                    n + 2
                } else {
                    n + 1
                };
                if k < a.b && matches!(v.pos(k), Some("DET" | "NOUN" | "PROPN" | "PRON" | "ADJ")) {
                    return Arg::from_range_pub(v, k, a.b);
                }
            }
            a
        })
        // ("…, which police denied": the relative word is the words denied, not who.)
        .map(|a| {
            if a.b > a.a + 1
                && v.is(a.a, &["which", "that"])
                && matches!(v.pos(a.a + 1), Some("NOUN" | "PROPN" | "DET" | "ADJ"))
                && !crate::tree::is_time(v, a.a + 1)
            {
                Arg::from_range_pub(v, a.a + 1, a.b)
            } else {
                a
            }
        })
        .and_then(|a| antecedent(v, &a).or(Some(a).filter(|a| plausible_speaker(v, a))))
        .map(|a| conjoined(v, a))
}

/// "Radio Red quoted local police as saying …": the one quoted speaks (the object of
/// "quoted"); "the minister was quoted as saying …": its subject. The sentence's own
/// subject only reports the words.
fn quoted_as_saying(v: &View, cue: usize) -> Option<Arg> {
    let sa = v.sents[v.sentence_of(cue)].0;
    if !(v.is(cue, &["saying"]) && cue > sa && v.is(cue - 1, &["as"])) {
        return None;
    }
    if v.parsed {
        let q = v.toks[cue]
            .head
            .filter(|&q| v.is(q, &["quoted", "quoting", "quotes", "quote"]))?;
        let who = v
            .children(q)
            .find(|&c| v.dep(c) == "obj")
            .or_else(|| v.children(q).find(|&c| v.dep(c) == "nsubj:pass"))?;
        let a = crate::np::phrase_at(v, who);
        return plausible_speaker(v, &a).then_some(a);
    }
    // Without a tree: the noun phrase right after "quoted".
    let q = (sa..cue).rev().find(|&k| v.is(k, &["quoted", "quoting"]))?;
    np_starting_at(v, q + 1).filter(|a| a.b <= cue && plausible_speaker(v, a))
}

/// "The military government, which in May said …", "said Mr. Kamin, who emphasized …":
/// a relative pronoun speaks for the phrase before its comma. The speaker stays the
/// pronoun (as a "he" does) and takes that phrase's entity and actor.
fn antecedent(v: &View, a: &Arg) -> Option<Arg> {
    let sa = v.sents[v.sentence_of(a.a)].0;
    // (Not "which Mr. Clarke said": there the pronoun is what was said.)
    let alone = (a.a + 1..a.b).all(|k| v.mention_of[k].is_none() && v.pos(k) != Some("PRON"));
    if a.a > sa + 1 && v.is(a.a, &["which", "who"]) && v.is(a.a - 1, &[","]) && alone {
        if let Some(n) = np_ending_at(v, a.a - 1).filter(|n| plausible_speaker(v, n)) {
            return Some(Arg {
                a: a.a,
                b: a.a + 1,
                entity: n.entity.or(a.entity.clone()),
                actor: n.actor.or(a.actor.clone()),
            });
        }
    }
    None
}

/// "Obama and Putin said": a name conjoined before the speaker's speaks with it; the
/// speaker is both (no one entity).
fn conjoined(v: &View, a: Arg) -> Arg {
    let sa = v.sents[v.sentence_of(a.a)].0;
    let named = |k: usize| {
        v.mention_of[k].map(|m| &v.mentions[m]).filter(|m| {
            m.kind == sitrep_doc::MentionKind::Name && m.entity.is_some() && m.b == k + 1
        })
    };
    // The speaker itself a name ("they" conjoined to nothing).
    if a.entity.is_none() || a.b == 0 || named(a.b - 1).is_none() {
        return a;
    }
    // Back: "[Obama and] Putin said", "[Obama, Merkel and] Putin said".
    let mut start = a.a;
    let mut sep = &["and"][..];
    while start >= sa + 2 && v.is(start - 1, sep) {
        match named(start - 2) {
            Some(m) => start = m.a,
            None => break,
        }
        sep = &[","];
    }
    // On: "“…,” Obama [and Putin] said".
    let end_of_sentence = v.sents[v.sentence_of(a.a)].1;
    let mut end = a.b;
    if end + 1 < end_of_sentence && v.is(end, &["and"]) {
        if let Some(m) = v.mention_of[end + 1].map(|m| &v.mentions[m]) {
            if m.kind == sitrep_doc::MentionKind::Name && m.entity.is_some() {
                end = m.b;
            }
        }
    }
    if start == a.a && end == a.b {
        return a;
    }
    Arg {
        a: start,
        b: end,
        entity: None,
        ..a
    }
}

fn inverted_speaker(v: &View, cue: usize) -> Option<Arg> {
    inverted_raw(v, cue).filter(|a| plausible_speaker(v, a))
}

/// Words of an adverbial tail after a cue ("said on Friday", "told reporters here").
const ADVERBIAL_TAIL: &[&str] = &[
    "on",
    "in",
    "a",
    "an",
    "the",
    "statement",
    "interview",
    "last",
    "night",
    "week",
    "earlier",
    "late",
    "told",
    "reporters",
    "here",
    "there",
    "this",
    "morning",
    "afternoon",
    "evening",
    "joint",
    "written",
    "separate",
    "brief",
    "televised",
    "speech",
    "news",
    "press",
    "conference",
    "briefing",
    "release",
    "email",
    "emailed",
    "online",
    "posted",
    ",",
];

/// Finds every quote in the document.
pub fn find(v: &View) -> Vec<Found> {
    let text = v.doc.text.as_str();
    let mut found: Vec<Found> = Vec::new();
    let segments = direct_segments(text);
    let mut covered: Vec<(usize, usize)> = Vec::new();
    let mut last_speaker: Option<(SpanRef, usize, String, Option<SpanRef>)> = None;
    // (found, has its own cue or speaker, kept even without one)
    let mut cands: Vec<(Found, bool, bool)> = Vec::new();
    for (si, &(s, e, continuing)) in segments.iter().enumerate() {
        let next_continues = segments.get(si + 1).is_some_and(|n| n.2);
        let Some((ta, tb)) = v.token_range(s, e) else {
            continue;
        };
        let words = tb - ta;
        let sent = v.sentence_of(ta);
        let para = v.para.get(sent).copied().unwrap_or(0);
        let (sa, _) = v.sents[sent];
        let end_sent = v.sentence_of(tb - 1);
        let (_, se_end) = v.sents[end_sent];
        // The quote mark tokens around the words.
        let open_tok = ta.checked_sub(1).filter(|&i| is_quote_mark(v.toks[i].text));
        let close_tok = (tb < v.toks.len() && is_quote_mark(v.toks[tb].text)).then_some(tb);
        let before = open_tok.unwrap_or(ta);
        let after = close_tok.map(|c| c + 1).unwrap_or(tb);
        let mut speaker: Option<Arg> = None;
        let mut cue: Option<(usize, usize, &'static str)> = None;
        // After: ", she said" / ", said Smith" / ", John Smith, the minister, said".
        let lim = (after + 10).min(se_end.max(after));
        let mut i = after;
        while i < lim && i < v.toks.len() {
            if is_quote_mark(v.toks[i].text) {
                break;
            }
            if let Some(l) = cue_at(v, i) {
                let sp = if i == after || v.is_punct(i - 1) && i - 1 == after {
                    inverted_speaker(v, i)
                } else {
                    speaker_of(v, i, after).or_else(|| inverted_speaker(v, i))
                };
                cue = Some((i, i + 1, l));
                speaker = sp;
                break;
            }
            if v.is(i, &["."]) && i > after {
                break;
            }
            i += 1;
        }
        // Before: "She said: “…" / "Smith told reporters that “…" / "according to X, “…".
        if cue.is_none() && before > sa {
            let lo = before.saturating_sub(12).max(sa);
            for i in (lo..before).rev() {
                if is_quote_mark(v.toks[i].text) {
                    break;
                }
                if v.is(i, &["according"]) && v.is(i + 1, &["to"]) {
                    if let Some(sp) = np_starting_at(v, i + 2) {
                        cue = Some((i, i + 2, "according to"));
                        speaker = Some(sp);
                    }
                    break;
                }
                if let Some(l) = cue_at(v, i) {
                    let gap_ok = (i + 1..before)
                        .all(|k| v.is_punct(k) || v.is(k, &["that", "reporters", "journalists"]))
                        || l == "tell"
                        || l == "write"
                        || l == "add";
                    if gap_ok {
                        cue = Some((i, i + 1, l));
                        speaker = speaker_of(v, i, sa).or_else(|| inverted_speaker(v, i));
                    }
                    break;
                }
            }
        }
        // "Cruz called them on it: “…" / "he declared: “…": the subject of the clause
        // that the colon ends speaks.
        if cue.is_none() && before > sa + 1 && v.is(before - 1, &[":"]) {
            let first = first_named_mention(v, sa, before - 1).or_else(|| np_starting_at(v, sa));
            if let Some(a) = first.filter(|a| plausible_speaker(v, a) && a.b < before) {
                // The cue: a verb of saying in the clause, else the clause's last word
                // ("released the following statement:").
                let c = (a.b..before - 1)
                    .rev()
                    .find(|&k| cue_at(v, k).is_some())
                    .unwrap_or(before - 2);
                cue = Some((c, c + 1, cue_at(v, c).unwrap_or("say")));
                speaker = Some(a);
            }
        }
        let starts_para = v
            .para
            .get(sent)
            .map(|&p| sent == 0 || v.para[sent - 1] != p)
            .unwrap_or(false)
            && before == sa;
        let mut speaker_ref = speaker.as_ref().map(|a| span_ref(v, a));
        let mut cue_ref_v = cue.map(|(a, b, _)| cue_ref(v, a, b));
        let mut cue_lemma = cue.map(|c| c.2.to_string()).unwrap_or_default();
        if cue.is_none() && speaker_ref.is_none() && starts_para && !continuing {
            // A quote paragraph right after a paragraph about a person: that person
            // speaks ("Viguerie is upbeat about Cruz. ¶ “Not only can Cruz win …”").
            let same_para_speaker = last_speaker.as_ref().is_some_and(|l| l.1 + 1 >= para);
            if !same_para_speaker && sent > 0 && v.para[sent - 1] + 1 == para {
                let (pa, pb) = v.sents[sent - 1];
                let person = (pa..pb)
                    .filter_map(|k| v.mention_of[k])
                    .map(|m| &v.mentions[m])
                    .find(|m| {
                        m.kind == sitrep_doc::MentionKind::Name
                            && m.entity.as_ref().is_some_and(|id| {
                                v.doc.entities.iter().any(|e| {
                                    &e.id == id && e.kind == sitrep_doc::EntityType::Person
                                })
                            })
                    });
                if let Some(m) = person {
                    let arg = Arg {
                        a: m.a,
                        b: m.b,
                        entity: m.entity.clone(),
                        actor: m.actor.clone(),
                    };
                    speaker_ref = Some(span_ref(v, &arg));
                }
            }
        }
        if cue.is_none() && speaker_ref.is_none() {
            // A paragraph that is only a quote, or the next part of a split quote, keeps
            // the previous speaker.
            if let Some((sp, p, l, c)) = &last_speaker {
                if continuing || *p == para || (starts_para && *p + 1 == para) {
                    speaker_ref = Some(sp.clone());
                    cue_lemma = l.clone();
                    cue_ref_v = c.clone();
                }
            }
        }
        // Without a speaker, only sentence-like quotes that open a paragraph stay (scare
        // quotes, titles and slogans go), or a quote whose next paragraph continues it.
        let keep = speaker_ref.is_some()
            || cue.is_some()
            || next_continues
            || (words >= 8 && (continuing || starts_para));
        if let Some(sp) = &speaker_ref {
            last_speaker = Some((sp.clone(), para, cue_lemma.clone(), cue_ref_v.clone()));
        }
        let attributed = speaker_ref.is_some() || cue.is_some();
        cands.push((
            Found {
                quote: Quote {
                    id: String::new(),
                    start: s,
                    end: e,
                    text: text[s..e].to_string(),
                    kind: QuoteKind::Direct,
                    speaker: speaker_ref,
                    cue: cue_ref_v,
                    sentence: sent,
                },
                cue_lemma,
                content: (ta, tb),
            },
            attributed,
            keep,
        ));
    }
    // A quote that runs on over paragraphs takes the speaker named in a later part.
    for k in (0..cands.len().saturating_sub(1)).rev() {
        let runs_on = segments
            .iter()
            .position(|x| x.0 == cands[k + 1].0.quote.start)
            .is_some_and(|i| segments[i].2);
        if !cands[k].1 && runs_on && cands[k + 1].1 {
            let (sp, cue, lemma) = {
                let n = &cands[k + 1].0;
                (
                    n.quote.speaker.clone(),
                    n.quote.cue.clone(),
                    n.cue_lemma.clone(),
                )
            };
            let c = &mut cands[k];
            c.0.quote.speaker = sp;
            c.0.quote.cue = cue;
            c.0.cue_lemma = lemma;
            c.1 = true;
        }
    }
    for (f, attributed, keep) in cands {
        if keep && (attributed || f.content.1 - f.content.0 >= 8) {
            covered.push(f.content);
            found.push(f);
        }
    }
    // Indirect and mixed quotes, sentence by sentence.
    let in_direct = |i: usize| covered.iter().any(|&(a, b)| a <= i && i < b);
    let mut indirect: Vec<Found> = Vec::new();
    // A cue conjoined to the one before it ("denied …, and said …"), with that one's
    // speaker: it shares the subject when it has none of its own.
    let mut shared: Option<(usize, Option<Arg>)> = None;
    for (si, &(sa, sb)) in v.sents.iter().enumerate() {
        if sb <= sa {
            continue;
        }
        // Content ends before final punctuation and closing quote marks.
        let mut end = sb;
        while end > sa && (v.is_punct(end - 1)) {
            end -= 1;
        }
        // "…, the official told Wire, asking not to be named": a request for anonymity
        // at the end is no part of what was said, nor words of its own.
        if let Some(k) = (sa + 1..end).find(|&k| {
            v.is(k, &[","])
                && v.is(
                    k + 1,
                    &[
                        "asking",
                        "speaking",
                        "requesting",
                        "declining",
                        "who",
                        "on",
                        "because",
                    ],
                )
                && ((k + 1..end).any(|x| v.is(x, &["anonymity", "anonymously"]))
                    || (k + 1..end.saturating_sub(3)).any(|x| {
                        v.is(x, &["not"])
                            && v.is(x + 1, &["to"])
                            && v.is(x + 2, &["be"])
                            && v.is(x + 3, &["named", "identified", "quoted"])
                    }))
        }) {
            end = k;
        }
        let mut i = sa;
        while i < end {
            if in_direct(i) {
                i += 1;
                continue;
            }
            // "according to X, …" / "…, according to X".
            if v.is(i, &["according"]) && v.is(i + 1, &["to"]) {
                if let Some(mut sp) = np_starting_at(v, i + 2) {
                    // "a statement from the foreign ministry".
                    if v.is(sp.b, &["from", "of", "by"]) {
                        if let Some(more) = np_starting_at(v, sp.b + 1) {
                            sp.b = more.b;
                            if sp.entity.is_none() {
                                sp.entity = more.entity;
                                sp.actor = more.actor;
                            }
                        }
                    }
                    let (ca, cb) = if i == sa {
                        let mut k = sp.b;
                        while k < end && !v.is(k, &[","]) {
                            k += 1;
                        }
                        (k + 1, end)
                    } else {
                        let mut k = i;
                        while k > sa && v.is_punct(k - 1) {
                            k -= 1;
                        }
                        // A parenthesis with the clause going on after it: "after,
                        // according to him, Televisa censured his first report" gives
                        // what follows the conjunction; "The army, according to him,
                        // shelled the village" the whole clause.
                        let goes_on = v.is(sp.b, &[","]) && end > sp.b + 3;
                        if goes_on
                            && k > sa
                            && k < i
                            && v.is(
                                k - 1,
                                &[
                                    "after", "because", "that", "when", "since", "while", "and",
                                    "but", "before", "although", "though", "as", "until", "once",
                                    "if",
                                ],
                            )
                        {
                            (sp.b + 1, end)
                        } else if goes_on
                            && k < i
                            && !(sa..k).any(|x| matches!(v.pos(x), Some("VERB" | "AUX")))
                        {
                            (sa, end)
                        } else {
                            (sa, k)
                        }
                    };
                    if cb > ca + 2 {
                        indirect.push(make_indirect(
                            v,
                            si,
                            ca,
                            cb,
                            Some(sp),
                            i,
                            i + 2,
                            "according to",
                        ));
                    }
                }
                i += 2;
                continue;
            }
            let Some(l) = cue_at(v, i) else {
                i += 1;
                continue;
            };
            // "No matter what Iran says, Israel will …", "whatever the ministry says": a
            // cue whose words are a concessive "what" reports nothing. ("no matter how
            // many times people told him he couldn't say that" still reports words.)
            let concessive = (sa.max(i.saturating_sub(6))..i).any(|k| {
                (v.is(k, &["what", "who", "whom"])
                    && k > sa + 1
                    && v.is(k - 1, &["matter"])
                    && v.is(k - 2, &["no"]))
                    || v.is(k, &["whatever"])
            }) && !(sa.max(i.saturating_sub(6))..i).any(|k| v.is(k, &[","]));
            if concessive {
                i += 1;
                continue;
            }
            // "Supporters marched to demand the release of activists, and police fired
            // tear gas, witnesses said": a sentence that ends by naming who says it all
            // is theirs; a cue inside it is part of what they say.
            let said_after = (i + 2..end).any(|j| {
                v.is(j, &[","])
                    && (j + 1..(j + 8).min(end)).any(|c| {
                        cue_at(v, c).is_some()
                            && c > j + 1
                            && (j + 1..c).all(|x| {
                                !v.is_punct(x) && !matches!(v.pos(x), Some("VERB" | "AUX"))
                            })
                            // (not "…, an accusation Moscow denied": the charge denied
                            // is the sentence's, and its words are the first speaker's)
                            && !(j + 1..c).any(|x| {
                                v.is(x, crate::events::CHARGES) || v.is(x, &["assertion"])
                            })
                            && (c + 1..end).all(|x| v.is(x, DAYS) || v.is(x, ADVERBIAL_TAIL))
                    })
            });
            if said_after {
                i += 1;
                continue;
            }
            if l == "fear" || l == "agree" || l == "charge" {
                // Cues only when "that" follows, or closing a sentence after a comma
                // ("… with impunity, a human rights group charged on Saturday").
                let closing = (sa..i).any(|k| v.is(k, &[","]))
                    && (i + 1..end)
                        .all(|k| v.is(k, DAYS) || v.is(k, ADVERBIAL_TAIL) || v.is_punct(k));
                if !v.is(i + 1, &["that"]) && !closing {
                    i += 1;
                    continue;
                }
            }
            // Words that may follow a cue without being reported content: "said on
            // Friday", "told reporters here", "said in a statement".
            let tail_word =
                |k: usize| v.is(k, DAYS) || v.is(k, ADVERBIAL_TAIL) || v.is_capitalized(k);
            let mut tail_is_adverbial = (i + 1..end).all(tail_word);
            let subj = match shared.take() {
                Some((x, sp))
                    if x == i
                        && !v
                            .children(i)
                            .any(|c| matches!(v.dep(c), "nsubj" | "nsubj:pass")) =>
                {
                    sp
                }
                _ => speaker_of(v, i, sa),
            };
            // "CONTENT, the two governments said in a joint statement after their
            // ministers met": a speaker after a comma, then a phrase of where or how it
            // was said, says what came before.
            if !tail_is_adverbial
                && v.is(
                    i + 1,
                    &[
                        "in", "on", "at", "during", "after", "before", "late", "earlier",
                    ],
                )
                && subj
                    .as_ref()
                    .is_some_and(|s| s.a > sa + 3 && s.b == i && v.is(s.a - 1, &[","]))
            {
                tail_is_adverbial = true;
            }
            // "…, said the minister." (the speaker after the cue ends the sentence) as
            // against "Cox, who runs the group, says the actions …".
            let inverted = i > sa
                && v.is(i - 1, &[","])
                && inverted_speaker(v, i).is_some_and(|sp| (sp.b..end).all(tail_word));
            // "Troops clashed with rebels, the army said, killing 12": what was said is
            // before the cue; the participle clause goes on with it.
            let participle_tail = i > sa + 3
                && !v.is(i - 1, &[","])
                && v.is(i + 1, &[","])
                && i + 2 < end
                && v.word(i + 2).ends_with("ing")
                && (sa..i).any(|k| v.is(k, &[","]));
            // "Brazil recalled its ambassador", "the EU pledged 300 million euros": a cue
            // that also takes a thing for its object says nothing when it has one and no
            // clause.
            // (Recalling an envoy, troops or goods withdraws them; recalling anything
            // else is remembering it: "recalled Mr. Obama talking about …".)
            let object_only = v.parsed
                && matches!(
                    l,
                    "recall"
                        | "pledge"
                        | "promise"
                        | "vow"
                        | "signal"
                        | "counter"
                        | "answer"
                        | "declare"
                )
                && v.children(i).any(|c| {
                    v.dep(c) == "obj"
                        && c > i
                        && (l != "recall"
                            || v.is(c, crate::tree::SENT_PEOPLE)
                            || v.is(c, &["products", "vehicles", "cars"]))
                })
                && !v
                    .children(i)
                    .any(|c| matches!(v.dep(c), "ccomp" | "parataxis" | "xcomp") && c > i);
            // (unless the words are quoted: "is promising lower taxes and “jobs, jobs,
            // jobs”")
            if object_only && !(i + 1..end).any(|k| in_direct(k) || is_quote_mark(v.toks[k].text)) {
                i += 1;
                continue;
            }
            if !tail_is_adverbial && subj.is_some() && !inverted && !participle_tail {
                // "X said (that) CONTENT".
                let mut c = i + 1;
                if l == "tell" || l == "ask" || l == "warn" || l == "urge" || l == "remind" {
                    // Skip the hearer: "told reporters", "told the BBC".
                    // (Not the subject of what is said: "Analysts warn the killing could
                    // trigger reprisals".)
                    // ("told visiting Prime Minister Cameron that …": the hearer's
                    // participle opens the phrase)
                    let hearer = if v.is(c, &["visiting"]) { c + 1 } else { c };
                    if let Some(mut o) = np_starting_at(v, hearer) {
                        // (The hearer ends where another phrase's article starts: "told
                        // reporters the army had withdrawn".)
                        if let Some(k) = (o.a + 1..o.b).find(|&k| {
                            v.is(k, &["the", "a", "an", "his", "her", "its", "their", "this"])
                                && matches!(v.pos(k - 1), Some("NOUN" | "PROPN"))
                        }) {
                            o.b = k;
                        }
                        let clause_follows = o.b < end
                            && (matches!(v.pos(o.b), Some("AUX"))
                                || v.is(o.b, &["could", "would", "will", "might", "may", "can"]))
                            && (o.a..o.b).all(|k| {
                                v.mention_of[k].is_none()
                                    && !SPEAKER_NOUNS.contains(&v.word(k))
                                    && v.pos(k) != Some("PRON")
                            });
                        if !v.is(c, &["that"]) && !clause_follows {
                            c = o.b;
                        }
                    }
                }
                // Skip adverbials up to "that" when it comes soon.
                // (A complementizer, not a relative pronoun: "stressed her support of
                // the raid that killed …".)
                if let Some(t) = (c..(c + 7).min(end)).find(|&k| {
                    v.is(k, &["that"])
                        && (!v.parsed
                            || v.dep(k) == "mark"
                            || !matches!(v.pos(k - 1), Some("NOUN" | "PROPN"))
                            || v.is(k - 1, DAYS)
                            || crate::tree::is_time(v, k - 1))
                }) {
                    // (Not past a clause of what was said: "said the talks had failed
                    // and that …".)
                    if (c..t).all(|k| {
                        !in_direct(k)
                            && cue_at(v, k).is_none()
                            && !matches!(v.pos(k), Some("VERB" | "AUX"))
                    }) {
                        c = t + 1;
                    }
                }
                while c < end && (v.is(c, &[",", ":"])) {
                    c += 1;
                }
                if c < end && is_quote_mark(v.toks[c].text) && in_direct(c + 1) {
                    // A direct quote introduced by this cue; done above.
                    i += 1;
                    continue;
                }
                // What was said does not start with a place or time ("told Reuters in a
                // rare interview", "said on Tuesday" when the words are quoted elsewhere).
                let adverbial = v.is(
                    c,
                    &[
                        "in", "on", "at", "during", "after", "before", "last", "earlier", "later",
                        "this", "about", "to", "for", "with", "from", "by", "as", "when", "while",
                    ],
                ) || v.is(c, DAYS);
                let quoted_here = (sa..sb).any(in_direct);
                // "warned against hackers from China": whom one warns against is no
                // words of theirs.
                // ("did not comment on the clashes", "declined to speak about it": no
                // words, only their topic.)
                let unsaid = (i.saturating_sub(3).max(sa)..i).any(|k| {
                    v.is(
                        k,
                        &[
                            "not", "n't", "never", "declined", "refused", "declines", "refuses",
                        ],
                    )
                });
                if v.is(c, &["against"])
                    || (v.is(c, &["on", "about"])
                        && unsaid
                        && matches!(l, "comment" | "speak" | "talk" | "write" | "remark"))
                {
                    i += 1;
                    continue;
                }
                // "The army denied targeting civilians and said its forces were fighting
                // rebels": a second cue conjoined to this one ends what this one says
                // and opens its own.
                let next_cue = (c + 1..end).find(|&k| {
                    v.is(k, &["and", "but"])
                        && (k + 1..(k + 3).min(end)).any(|x| {
                            cue_at(v, x).is_some()
                                && (!v.parsed
                                    || (v.dep(x) == "conj" && v.toks[x].head == Some(i))
                                    // ("denied that Rauf had been killed and said he was
                                    // safe", with "said" hung on what was denied: a cue
                                    // with no subject of its own shares the first's)
                                    || (v.dep(x) == "conj"
                                        && v.toks[x].head.is_some_and(|h| {
                                            v.toks[h].head == Some(i) && v.dep(h) == "ccomp"
                                        })
                                        && !v.children(x).any(|s| {
                                            matches!(v.dep(s), "nsubj" | "nsubj:pass") && s < x
                                        })))
                                && (k + 1..x).all(|y| v.pos(y) == Some("ADV"))
                        })
                });
                // "X said it would halt aid, and France urged …", "…, while France
                // backed …": a clause with a subject of its own conjoined to the cue
                // (not to what it says) is the writer's again.
                let own_clause = v
                    .parsed
                    .then(|| {
                        (c + 1..end).find_map(|x| {
                            if v.toks[x].head != Some(i)
                                || !matches!(v.dep(x), "conj" | "advcl")
                                || !matches!(v.pos(x), Some("VERB" | "AUX"))
                            {
                                return None;
                            }
                            // (a contrast, not a time or reason: "… before any plea was
                            // considered" is part of what was said)
                            if v.dep(x) == "advcl"
                                && !v.has_dep_word(x, "mark", &["while", "whereas"])
                            {
                                return None;
                            }
                            let subj = v.children(x).find(|&s| {
                                matches!(v.dep(s), "nsubj" | "nsubj:pass") && s > c && s < x
                            })?;
                            // (starts at its "and"/"while" and comma)
                            let mut e = v
                                .children(x)
                                .filter(|&k| {
                                    k > c && k < subj && matches!(v.dep(k), "cc" | "mark" | "punct")
                                })
                                .min()
                                .unwrap_or(subj);
                            while e > c + 1 && v.is(e - 1, &[","]) {
                                e -= 1;
                            }
                            // (after a comma: "claiming that A but nobody has …" goes on)
                            if !v.is(e - 1, &[","]) && !v.is(e, &[","]) {
                                return None;
                            }
                            let e = if v.is(e - 1, &[","]) { e - 1 } else { e };
                            // (only after a clause of what was said: "said even on Friday
                            // morning, the White House was refusing …" is all content)
                            let said = (c..e).any(|y| {
                                v.toks[y].head == Some(i)
                                    && matches!(v.dep(y), "ccomp" | "parataxis")
                            });
                            (e > c + 2 && said).then_some(e)
                        })
                    })
                    .flatten();
                let end = own_clause.map_or(end, |e| e.min(end));
                let stop = next_cue.map_or(end, |k| {
                    let mut e = k;
                    while e > c
                        && v.is_punct(e - 1)
                        && !in_direct(e - 1)
                        && !is_quote_mark(v.toks[e - 1].text)
                    {
                        e -= 1;
                    }
                    e
                });
                if stop > c + 2 && !(adverbial && quoted_here) {
                    if let Some(k) = next_cue {
                        let x = (k + 1..end).find(|&x| cue_at(v, x).is_some());
                        shared = x.map(|x| (x, subj.clone()));
                    }
                    indirect.push(make_indirect(v, si, c, stop, subj, i, i + 1, l));
                    i = next_cue.map_or(end, |k| k + 1);
                    continue;
                }
            } else if i > sa + 3 {
                // "CONTENT, X said." / "CONTENT, said X."
                let mut k = i;
                while k > sa && !v.is(k - 1, &[","]) {
                    k -= 1;
                }
                if k > sa + 3 {
                    let sp = if inverted || k == i {
                        inverted_speaker(v, i)
                    } else {
                        subj
                    };
                    let mut ce = k - 1;
                    while ce > sa && v.is_punct(ce - 1) {
                        ce -= 1;
                    }
                    let mut cs = sa;
                    while cs < ce && v.is_punct(cs) {
                        cs += 1;
                    }
                    // "CONTENT, a court martial was told": said, by someone unnamed.
                    if ce > cs + 2 && (sp.is_some() || passive_cue(v, i)) {
                        let overlaps = (cs..ce).any(in_direct);
                        if !overlaps {
                            indirect.push(make_indirect(v, si, cs, ce, sp, i, i + 1, l));
                        }
                    }
                }
            }
            i += 1;
        }
    }
    // Mixed: an indirect content that contains a direct segment replaces it.
    let mut drop: HashSet<usize> = HashSet::new();
    for q in &mut indirect {
        let (a, b) = q.content;
        let mut has_quote = false;
        for (di, d) in found.iter().enumerate() {
            if d.content.0 >= a && d.content.1 <= b {
                drop.insert(di);
                has_quote = true;
            }
        }
        // (An apostrophe that ends a plural possessive, "workers' union", is no mark.)
        let mark = |k: usize| {
            is_quote_mark(v.toks[k].text)
                && !(v.toks[k].text == "'"
                    && k > 0
                    && v.toks[k - 1].end == v.toks[k].start
                    && v.toks[k - 1].text.ends_with('s'))
        };
        if has_quote || (a..b).any(mark) {
            q.quote.kind = QuoteKind::Mixed;
        }
    }
    let mut out: Vec<Found> = found
        .into_iter()
        .enumerate()
        .filter(|(i, _)| !drop.contains(i))
        .map(|(_, f)| f)
        .collect();
    for q in indirect {
        if !out
            .iter()
            .any(|o| o.content.0 < q.content.1 && q.content.0 < o.content.1)
        {
            out.push(q);
        }
    }
    out.sort_by_key(|f| f.quote.start);
    for (i, f) in out.iter_mut().enumerate() {
        f.quote.id = format!("Q{}", i + 1);
    }
    out
}

#[allow(clippy::too_many_arguments)]
fn make_indirect(
    v: &View,
    sentence: usize,
    ca: usize,
    cb: usize,
    speaker: Option<Arg>,
    cue_a: usize,
    cue_b: usize,
    lemma: &str,
) -> Found {
    // A dateline is not part of what was said: "VARNA, Norland (Wire) — …".
    let mut ca = ca;
    if v.sents[sentence].0 == ca && v.toks[ca].text.chars().all(|c| !c.is_lowercase()) {
        if let Some(d) =
            (ca..(ca + 10).min(cb)).find(|&k| v.is(k, &["\u{2014}", "--", "\u{2013}", "-"]))
        {
            if d + 3 < cb {
                ca = d + 1;
            }
        }
    }
    // Nor is the time of the saying: "said on Friday there would be no negotiations".
    if cb > ca + 4 && v.is(ca, &["on"]) && v.is(ca + 1, DAYS) {
        ca += 2;
        if v.is(ca, &[","]) {
            ca += 1;
        }
    }
    let (s, e) = v.span(ca, cb);
    Found {
        quote: Quote {
            id: String::new(),
            start: s,
            end: e,
            text: v.doc.slice(s, e).to_string(),
            kind: QuoteKind::Indirect,
            speaker: speaker.as_ref().map(|a| span_ref(v, a)),
            cue: Some(cue_ref(v, cue_a, cue_b)),
            sentence,
        },
        cue_lemma: lemma.to_string(),
        content: (ca, cb),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn segments_straight_and_curly() {
        let t = "He said \"we will win\" and \u{201C}they lose.\u{201D}";
        let s = direct_segments(t);
        assert_eq!(s.len(), 2);
        assert_eq!(&t[s[0].0..s[0].1], "we will win");
        assert_eq!(&t[s[1].0..s[1].1], "they lose.");
    }

    #[test]
    fn segments_run_on_over_paragraphs() {
        let t = "\u{201C}First part of it.\n\n\u{201C}Second part,\u{201D} she said.";
        let s = direct_segments(t);
        assert_eq!(s.len(), 2);
        assert!(!s[0].2);
        assert!(s[1].2, "the second paragraph continues the quote");
    }
}
