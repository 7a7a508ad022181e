//! A read-only view of a document's tokens for the extractors: lower-case words, tags
//! and the dependency tree when the syntax layer filled them, and word lists that let
//! the extractors work (more roughly) when it did not.

use sitrep_doc::{Document, MentionKind};

pub struct Tok<'a> {
    pub start: usize,
    pub end: usize,
    pub text: &'a str,
    pub lower: String,
    pub pos: Option<&'a str>,
    pub lemma: Option<&'a str>,
    pub head: Option<usize>,
    pub dep: Option<&'a str>,
    pub sent: usize,
}

/// The entity layer's table of role nouns and their CAMEO agent codes
/// (`sitrep-ner`'s `data/agents.tsv`: "rebel;rebels<TAB>REB"), read here too so that both
/// layers code a party noun the same way.
const AGENTS: &str = include_str!("../../ner/src/data/agents.tsv");

/// Agent codes of the parties a bare noun can name ("rebels", "police", "protesters").
/// (Not the media: "media reports said" names a source of news, not a party.)
const PARTY_KINDS: &[&str] = &[
    "GOV", "MIL", "COP", "REB", "INS", "SEP", "OPP", "CVL", "LEG", "JUD", "REF", "LAB", "EDU",
    "UAF", "PKO", "PTY",
];

/// One-word role nouns of the agents table whose code is a party kind.
fn party_noun(w: &str) -> Option<&'static str> {
    agent_noun(w).filter(|c| !w.contains(' ') && PARTY_KINDS.contains(c))
}

/// The agent code of a role noun of the agents table, of one or two words ("troops",
/// "prime minister", "riot police"), whatever its kind.
pub fn agent_noun(words: &str) -> Option<&'static str> {
    static TABLE: std::sync::OnceLock<std::collections::HashMap<&'static str, &'static str>> =
        std::sync::OnceLock::new();
    TABLE
        .get_or_init(|| {
            let mut m = std::collections::HashMap::new();
            for line in AGENTS.lines().filter(|l| !l.starts_with('#')) {
                let Some((forms, code)) = line.split_once('\t') else {
                    continue;
                };
                for f in forms.split(';').map(str::trim).filter(|f| !f.is_empty()) {
                    m.entry(f).or_insert(code.trim());
                }
            }
            m
        })
        .get(words)
        .copied()
}

/// Role nouns that name a person's place in a body rather than the body: an earlier role
/// word says which body ("opposition leader" is OPP, "rebel commander" REB, "military
/// official" MIL). The entity layer's list (`sitrep-ner` `data/person_roles.txt`), read
/// here too.
pub fn is_person_role(w: &str) -> bool {
    PERSON_ROLES
        .lines()
        .map(str::trim)
        .any(|l| !l.starts_with('#') && l == w)
}

const PERSON_ROLES: &str = include_str!("../../ner/src/data/person_roles.txt");

/// The entity layer's country table (`sitrep-ner` `data/countries.tsv`), read here for
/// the names of the countries themselves.
const COUNTRIES: &str = include_str!("../../ner/src/data/countries.tsv");

/// Whether the lower-cased words name a country itself ("russia", "the united states"),
/// not a town or region of one ("orlando", coded USA too).
pub fn is_country_name(words: &str) -> bool {
    static NAMES: std::sync::OnceLock<std::collections::HashSet<String>> =
        std::sync::OnceLock::new();
    let names = NAMES.get_or_init(|| {
        COUNTRIES
            .lines()
            .filter(|l| !l.starts_with('#'))
            .filter_map(|l| l.split('\t').nth(1))
            .flat_map(|names| names.split(';'))
            .map(|n| n.trim().to_lowercase())
            .filter(|n| !n.is_empty())
            .collect()
    });
    let w = words.strip_prefix("the ").unwrap_or(words);
    names.contains(w)
}

/// An entity mention seen as a token range.
#[derive(Clone, Debug)]
pub struct Mention {
    /// Token range `[a, b)`.
    pub a: usize,
    pub b: usize,
    pub entity: Option<String>,
    pub actor: Option<String>,
    pub kind: MentionKind,
}

pub struct View<'a> {
    pub doc: &'a Document,
    pub toks: Vec<Tok<'a>>,
    /// Token ranges of the sentences.
    pub sents: Vec<(usize, usize)>,
    /// Paragraph index of each sentence.
    pub para: Vec<usize>,
    /// Whether tokens carry a dependency tree.
    pub parsed: bool,
    /// Whether tokens carry part-of-speech tags.
    pub tagged: bool,
    /// Entity mentions (and dictionary actors), sorted by start.
    pub mentions: Vec<Mention>,
    /// For each token, the index in `mentions` of the mention covering it.
    pub mention_of: Vec<Option<usize>>,
}

impl<'a> View<'a> {
    pub fn new(doc: &'a Document) -> View<'a> {
        let mut toks = Vec::with_capacity(doc.tokens.len());
        let mut sents = Vec::with_capacity(doc.sentences.len());
        for s in &doc.sentences {
            let [a, b] = s.tokens;
            let b = b.min(doc.tokens.len());
            sents.push((a.min(b), b));
        }
        let mut sent_of = vec![0usize; doc.tokens.len()];
        for (si, &(a, b)) in sents.iter().enumerate() {
            for x in sent_of.iter_mut().take(b).skip(a) {
                *x = si;
            }
        }
        let n = doc.tokens.len();
        for (i, t) in doc.tokens.iter().enumerate() {
            let text = doc.slice(t.start, t.end);
            let head = t
                .head
                .and_then(|h| (h >= 0 && (h as usize) < n).then_some(h as usize));
            toks.push(Tok {
                start: t.start,
                end: t.end,
                text,
                lower: normalize(text),
                pos: t.pos.as_deref(),
                lemma: t.lemma.as_deref(),
                head,
                dep: t.dep.as_deref(),
                sent: sent_of[i],
            });
        }
        let parsed = doc.tokens.iter().any(|t| t.dep.is_some());
        let tagged = doc.tokens.iter().any(|t| t.pos.is_some());
        // Paragraphs: a newline between two sentences starts a new one.
        let mut para = Vec::with_capacity(doc.sentences.len());
        let mut p = 0;
        for (i, s) in doc.sentences.iter().enumerate() {
            if i > 0 && doc.slice(doc.sentences[i - 1].end, s.start).contains('\n') {
                p += 1;
            }
            para.push(p);
        }
        let mut v = View {
            doc,
            toks,
            sents,
            para,
            parsed,
            tagged,
            mentions: Vec::new(),
            mention_of: vec![None; n],
        };
        v.repair_stacked_subjects();
        v.repair_flat_conjuncts();
        v.repair_determined_verbs();
        v.repair_phrase_verbs();
        v.repair_idioms();
        let mut ms = Vec::new();
        for e in &doc.entities {
            for m in &e.mentions {
                if let Some((a, b)) = v.token_range(m.start, m.end) {
                    ms.push(Mention {
                        a,
                        b,
                        entity: Some(e.id.clone()),
                        actor: e.actor.clone(),
                        kind: m.kind,
                    });
                }
            }
        }
        // Role nouns no entity covers ("rebels attacked soldiers", "police dispersed
        // demonstrators"): a party of a known kind and an unknown country (`---REB`),
        // which modifiers, places and the sentence can complete.
        if tagged {
            let covered: Vec<bool> = {
                let mut c = vec![false; n];
                for m in &ms {
                    for x in c.iter_mut().take(m.b).skip(m.a) {
                        *x = true;
                    }
                }
                c
            };
            // (A modifier of no code leaves the party noun its own: "Muslim rebels".)
            let coded: Vec<bool> = {
                let mut c = vec![false; n];
                for m in ms.iter().filter(|m| m.actor.is_some()) {
                    for x in c.iter_mut().take(m.b).skip(m.a) {
                        *x = true;
                    }
                }
                c
            };
            for (i, &cov) in covered.iter().enumerate() {
                if cov || v.toks[i].pos != Some("NOUN") {
                    continue;
                }
                let Some(sector) = party_noun(v.word(i)) else {
                    continue;
                };
                // "a teenage slumber party", "a search party", "a third party": a party
                // that is no political one.
                if matches!(v.word(i), "party" | "parties")
                    && i > 0
                    && v.is(
                        i - 1,
                        &[
                            "slumber",
                            "birthday",
                            "dinner",
                            "tea",
                            "house",
                            "garden",
                            "christmas",
                            "wedding",
                            "search",
                            "rescue",
                            "boarding",
                            "hunting",
                            "working",
                            "third",
                            "pool",
                            "block",
                            "street",
                            "costume",
                            "launch",
                            "cocktail",
                            "pyjama",
                            "pajama",
                            "bachelor",
                            "farewell",
                            "welcome",
                            "surprise",
                            "office",
                            "holiday",
                            "beach",
                            "dance",
                            "engagement",
                            "retirement",
                            "watch",
                            "viewing",
                            "release",
                            "fraternity",
                            "frat",
                            "garden-party",
                        ],
                    )
                {
                    continue;
                }
                // "the general election", "a general strike": "general" modifying
                // another noun is no officer.
                if matches!(v.word(i), "general" | "generals")
                    && matches!(v.toks[i].dep, Some("amod" | "compound"))
                    && v.toks[i]
                        .head
                        .is_some_and(|h| v.toks[h].pos == Some("NOUN"))
                {
                    continue;
                }
                // "the German government" is the entity's phrase already.
                let (sa, sb) = v.sents[v.toks[i].sent];
                let modified = (sa..sb).any(|c| {
                    v.toks[c].head == Some(i)
                        && coded[c]
                        && matches!(
                            v.toks[c].dep,
                            Some("amod" | "compound" | "nmod:poss" | "flat")
                        )
                });
                // "a gang leader", "a militia commander": a person's place in a body the
                // word before names.
                let body = is_person_role(v.word(i))
                    .then(|| {
                        (sa..i).find_map(|c| {
                            (v.toks[c].head == Some(i)
                                && matches!(v.toks[c].dep, Some("amod" | "compound")))
                            .then(|| agent_noun(v.word(c)))
                            .flatten()
                        })
                    })
                    .flatten();
                if !modified {
                    ms.push(Mention {
                        a: i,
                        b: i + 1,
                        entity: None,
                        actor: Some(format!("---{}", body.unwrap_or(sector))),
                        kind: MentionKind::Nominal,
                    });
                }
            }
        }
        v.set_mentions(ms);
        v.repair_stray_relatives();
        v.repair_complements_read_as_relatives();
        v.repair_fronted_phrases();
        v.repair_verbs_read_as_nouns();
        v.repair_sentences_read_as_phrases();
        v.repair_place_joined_verbs();
        v.repair_attack_objects();
        v.repair_finite_relatives();
        v.repair_closing_subjects();
        v.repair_closing_cues();
        v.repair_closing_speakers();
        v.repair_gerund_auxiliaries();
        v.repair_gerund_modifiers();
        v.repair_gerund_nouns();
        v.repair_compound_gerunds();
        v.repair_gerund_subjects();
        v.repair_particles();
        v.repair_following();
        v.repair_participle_subjects();
        v.repair_reduced_passives();
        v.repair_controlled_infinitives();
        v.repair_noun_infinitives();
        v.repair_conjoined_tenses();
        v.repair_conjoined_clauses();
        v.repair_conjuncts_out_of_conditions();
        v.repair_passive_subjects();
        v.repair_headline_passives();
        v.repair_status_participles();
        v.repair_including_gerunds();
        v.repair_time_span_subjects();
        v.repair_compound_times();
        v.repair_appositive_days();
        v.repair_subordinate_obliques();
        v.repair_prepositional_subjects();
        v.repair_titled_names();
        v.repair_visiting();
        v.repair_datelines();
        // (the dateline's place in the clause may have been the first of two subjects)
        v.repair_closing_subjects();
        v.repair_verbs_on_subjects();
        v
    }

    /// "European Community foreign ministers agreed": the parser may read a name and the
    /// role noun right after it as two subjects of the verb, or the name as the subject
    /// of the noun. A subject phrase that runs straight into another of the same verb's,
    /// or into the noun it hangs on, with no conjunction or punctuation between,
    /// modifies it: the ministers are the Community's. Also a name read as a compound of
    /// an object a number opens (below).
    fn repair_stacked_subjects(&mut self) {
        if !self.parsed {
            return;
        }
        let n = self.toks.len();
        // The first and last token of each token's subtree, in the parser's tree (the
        // repairs below only join phrases that are next to each other).
        let mut lo: Vec<usize> = (0..n).collect();
        let mut hi: Vec<usize> = (0..n).collect();
        for k in 0..n {
            let mut x = k;
            for _ in 0..n.min(64) {
                let Some(h) = self.toks[x].head.filter(|&h| h < n) else {
                    break;
                };
                lo[h] = lo[h].min(k);
                hi[h] = hi[h].max(k);
                x = h;
            }
        }
        // A second subject of the same verb right after the first subject's phrase:
        // - "Colombia's government and the ELN rebels resumed talks": with only the "and"
        //   between them, hung on the verb, the two are conjoined;
        // - "Opponents of Rwanda's Senate protested yesterday": one that opens with a
        //   preposition of place or part is no subject (a subject takes no preposition)
        //   but the first one's modifier.
        for j in 0..n {
            let rel = self.toks[j].dep;
            let Some(h) = self.toks[j].head else { continue };
            if !matches!(rel, Some("nsubj" | "nsubj:pass")) {
                continue;
            }
            let conjoined = lo[j]
                .checked_sub(1)
                .filter(|&k| {
                    k > 0
                        && self.toks[k].head == Some(h)
                        && self.toks[k].dep == Some("cc")
                        && self.is(k, &["and", "or"])
                })
                .map(|k| (k, "conj"))
                // (or the "and" already the second one's: "The Colombian government and
                // FARC rebels signed")
                .or_else(|| {
                    let k = lo[j];
                    (k < j
                        && self.toks[k].head == Some(j)
                        && self.toks[k].dep == Some("cc")
                        && self.is(k, &["and", "or"]))
                    .then_some((k, "conj"))
                });
            let p = lo[j];
            let modifier = (matches!(self.toks[j].pos, Some("PROPN" | "NOUN"))
                && p < j
                && self.toks[p].pos == Some("ADP")
                && self.toks[p].dep == Some("case")
                // (a place or a whole, not a time: "after the mogul claimed" is a
                // clause of its own)
                && self.is(p, &["of", "in", "from", "at", "near", "for"])
                && self.toks[p].head.is_some_and(|x| x >= p && x <= j))
            .then_some((p, "nmod"))
            // (or the preposition hung on the verb: "The military government of
            // President Prosper Avril imposed")
            .or_else(|| {
                let q = p.checked_sub(1)?;
                (matches!(self.toks[j].pos, Some("PROPN" | "NOUN"))
                    && self.toks[q].pos == Some("ADP")
                    && self.toks[q].head == Some(h)
                    && matches!(self.toks[q].dep, Some("mark" | "case"))
                    // (not "for" + subject + infinitive, nor a headline's capital)
                    && matches!(self.toks[q].text, "of" | "in" | "from" | "at" | "near"))
                .then_some((q, "nmod"))
            });
            let Some((opener, dep)) = conjoined.or(modifier) else {
                continue;
            };
            let Some(i) = (0..opener).rev().find(|&i| {
                self.toks[i].head == Some(h) && self.toks[i].dep == rel && hi[i] + 1 == opener
            }) else {
                continue;
            };
            self.toks[j].head = Some(i);
            self.toks[j].dep = Some(dep);
            self.toks[opener].head = Some(j);
            if dep == "nmod" {
                self.toks[opener].dep = Some("case");
            }
            if dep == "conj" {
                hi[i] = hi[i].max(hi[j]);
                lo[j] = opener;
            }
        }
        for (i, &end) in hi.iter().enumerate() {
            let rel = self.toks[i].dep;
            // (Also an adjective: "Moldovan Prime Minister Ion Ciobanu welcomed" with
            // "Moldovan" and "Ion" for two subjects.)
            if !matches!(rel, Some("nsubj" | "nsubj:pass"))
                || !matches!(self.toks[i].pos, Some("PROPN" | "NOUN" | "NUM" | "ADJ"))
            {
                continue;
            }
            // (A lone adjective only: one heading a phrase of its own is the parser's
            // stand-in for a larger subject.)
            let adjective = self.toks[i].pos == Some("ADJ");
            if adjective && end != i {
                continue;
            }
            let Some(h) = self.toks[i].head else { continue };
            let sb = self.sents[self.toks[i].sent].1;
            // ("Iran's Foreign Minister Mohammad Javad Zarif says": a possessor read as a
            // subject of its own owns the name after it.)
            let possessor = end > i && self.is_poss(end);
            let next = (i + 1..sb).find(|&j| {
                self.toks[j].head == Some(h)
                    // ("Paramilitary police detained": the noun read as a bare oblique
                    // of the verb after it)
                    && (self.toks[j].dep == rel
                        || (self.toks[j].dep == Some("obl:unmarked")
                            && rel == Some("nsubj")
                            && j < h
                            && self.toks[j].pos == Some("NOUN")))
                    && (self.toks[j].pos == Some("NOUN")
                        || (possessor && self.toks[j].pos == Some("PROPN"))
                        // ("Opposition leader John Smith charged": a role noun before
                        // a name titles it)
                        || (matches!(self.toks[i].pos, Some("NOUN" | "ADJ"))
                            && self.toks[j].pos == Some("PROPN"))
                        // ("Two Israelis were killed": a count right before a people's
                        // name in the plural)
                        || (self.toks[i].pos == Some("NUM")
                            && self.toks[j].pos == Some("PROPN")
                            && self.toks[j].text.ends_with('s')
                            && j == i + 1))
                    && lo[j] == end + 1
                    // (not across a comma that closes a first phrase with a verb in it:
                    // "Settlers in Hebron set fire to the offices, Palestinian residents
                    // said" is a reported clause and its speaker)
                    && !(self.is(end, &[",", ";", ":"])
                        && (i..end).any(|k| {
                            self.toks[k].dep == Some("acl") && self.toks[k].pos == Some("VERB")
                        }))
                    // (not a time read as a subject: "the Supreme Court this month")
                    && !crate::tree::is_time(self, j)
            });
            // ("Three US servicemen were killed": a count is the noun's number.)
            let modifier = if self.toks[i].pos == Some("NUM") {
                "nummod"
            } else if adjective {
                "amod"
            } else if possessor {
                "nmod:poss"
            } else {
                "compound"
            };
            if let Some(j) = next {
                self.toks[i].head = Some(j);
                self.toks[i].dep = Some(modifier);
                self.toks[j].dep = rel;
                continue;
            }
            if self.toks[i].pos == Some("NUM") || adjective || rel != Some("nsubj") {
                continue;
            }
            // ("Hizbollah (Party of God) gunmen": the name hung on the role noun as
            // its subject, with no copula to make a clause of it.)
            if h == end + 1
                && self.toks[h].pos == Some("NOUN")
                && !crate::tree::is_time(self, h)
                && !(i..sb).any(|c| self.toks[c].head == Some(h) && self.toks[c].dep == Some("cop"))
            {
                self.toks[i].dep = Some("compound");
            }
        }
        // "Palestinian leader Yasser Arafat": a name right after a role noun, with no
        // comma between, heads the phrase the noun titles (the parser may hang it as an
        // apposition, leaving the noun for the phrase's head).
        for j in 1..n {
            let h = j - 1;
            // (not a day: "staged mass demonstrations Saturday")
            if self.toks[j].dep != Some("appos")
                || self.toks[j].head != Some(h)
                || self.toks[j].pos != Some("PROPN")
                || self.toks[h].pos != Some("NOUN")
                || self.toks[h].sent != self.toks[j].sent
                || crate::tree::is_time(self, j)
            {
                continue;
            }
            self.toks[j].head = self.toks[h].head;
            self.toks[j].dep = self.toks[h].dep;
            self.toks[h].head = Some(j);
            self.toks[h].dep = Some("compound");
            for k in 0..h {
                if self.toks[k].head == Some(h)
                    && matches!(self.toks[k].dep, Some("cc" | "punct" | "case" | "mark"))
                {
                    self.toks[k].head = Some(j);
                }
            }
            // (what follows the name modifies the whole phrase: "front-runner Hillary
            // Clinton aggressively prosecuted …" read as a relative clause)
            for k in j + 1..n {
                if self.toks[k].head == Some(h) {
                    self.toks[k].head = Some(j);
                }
            }
        }
        // "he and rebel military leader Aslan Maskhadov agreed": a pronoun read as the
        // subject of a noun (with no copula) is the verb's subject, joined by its "and"
        // to that noun's phrase; the words between are the noun's modifiers.
        for p in 0..n {
            let Some(h) = self.toks[p].head else { continue };
            // (The noun may be a title joined to the name after it above.)
            let phrase = match self.toks[h].head {
                Some(j) if self.toks[h].dep == Some("compound") && j > h => j,
                _ => h,
            };
            if self.toks[p].pos != Some("PRON")
                || self.toks[p].dep != Some("nsubj")
                || self.toks[h].pos != Some("NOUN")
                || h <= p + 2
                || !matches!(self.toks[phrase].dep, Some("nsubj" | "nsubj:pass"))
                || self.word(p + 1) != "and"
                || (p + 2..h)
                    .any(|k| self.toks[k].head == Some(h) && self.toks[k].dep == Some("cop"))
            {
                continue;
            }
            let Some(verb) = self.toks[phrase].head else {
                continue;
            };
            self.toks[p].head = Some(verb);
            self.toks[p].dep = self.toks[phrase].dep;
            self.toks[phrase].head = Some(p);
            self.toks[phrase].dep = Some("conj");
            self.toks[p + 1].head = Some(phrase);
            self.toks[p + 1].dep = Some("cc");
            for k in p + 2..h {
                if self.toks[k].head == Some(p) || self.toks[k].head.is_some_and(|x| x <= p) {
                    self.toks[k].head = Some(h);
                    self.toks[k].dep = Some(if self.toks[k].pos == Some("ADJ") {
                        "amod"
                    } else {
                        "compound"
                    });
                }
            }
        }
        // "gave the Ivory Coast 5.1 million dollars of aid": a name the parser hung as a
        // compound on an object that a number opens is a second object, whom the thing
        // is given (its determiner goes with it).
        for c in 0..n {
            let Some(o) = self.toks[c].head else { continue };
            if self.toks[c].dep != Some("compound")
                || self.toks[c].pos != Some("PROPN")
                || o <= hi[c] + 1
                || self.toks[o].dep != Some("obj")
                || self.toks[hi[c] + 1].pos != Some("NUM")
                || self.toks[hi[c] + 1]
                    .head
                    .is_none_or(|h| h != o && self.toks[h].head != Some(o))
            {
                continue;
            }
            let Some(verb) = self.toks[o].head else {
                continue;
            };
            self.toks[c].head = Some(verb);
            self.toks[c].dep = Some("iobj");
            if let Some(d) = (lo[c].saturating_sub(1)..lo[c])
                .find(|&d| self.toks[d].head == Some(o) && self.toks[d].dep == Some("det"))
            {
                self.toks[d].head = Some(c);
            }
        }
    }

    /// "The Philippine government and Muslim rebels resumed peace talks": the parser may
    /// read the verb as a relative clause on the last noun and leave the sentence with
    /// a noun for its root. A verb that reads as finite (`finite_reading`) with an object,
    /// on the root noun or a noun of a phrase on it, is the sentence's verb, and the root
    /// noun phrase its subject.
    fn repair_finite_relatives(&mut self) {
        if !self.parsed {
            return;
        }
        for (a, b, root) in self.rooted_sentences() {
            if self.toks[root].pos != Some("NOUN") && self.toks[root].pos != Some("PROPN") {
                continue;
            }
            // (also on a noun of a phrase on the root noun: "Jewish settlers in the West
            // Bank city of Hebron set fire to the offices")
            let on_subject = |v: &Self, k: usize| v.hangs_on(k, root);
            let verb = (a..b).find(|&k| {
                // (A verb of meeting or gathering, which takes no patient, reads so
                // as a past participle too: "NATO defence ministers met in Brussels".)
                let gathering = matches!(
                    self.toks[k].lemma,
                    Some("meet" | "gather" | "convene" | "rally" | "march")
                );
                let object = self.has_object(k);
                // ("Doctors from two aid groups donated and personally delivered goods
                // to the school": a participle conjoined to a past tense with an object
                // of its own, or to a participle with one in a sentence with no tensed
                // verb, is a past tense too.)
                let conjoined = matches!(self.doc.tokens[k].xpos.as_deref(), Some("VBN"))
                    && self.children(k).any(|c| {
                        self.toks[c].dep == Some("conj")
                            && self.toks[c].pos == Some("VERB")
                            && (self.doc.tokens[c].xpos.as_deref() == Some("VBD")
                                || (self.doc.tokens[c].xpos.as_deref() == Some("VBN")
                                    && !(a..b).any(|t| self.tensed(t))))
                            && self.has_object(c)
                            && !self
                                .children(c)
                                .any(|s| matches!(self.toks[s].dep, Some("nsubj" | "nsubj:pass")))
                    });
                self.toks[k].dep == Some("acl")
                    && (self.finite_reading(k)
                        || conjoined
                        || (gathering && self.doc.tokens[k].xpos.as_deref() == Some("VBN")))
                    && on_subject(self, k)
                    // (with an object of its own: "the people hanged for crimes" is a
                    // participle after all)
                    && (gathering || object || conjoined)
            });
            // ("Tens of thousands of students throughout Kenya staged demonstrations": the
            // verb read as an adjective on its object, which hangs on the root noun with
            // no preposition, in a sentence with no other verb.)
            let verb = verb.or_else(|| {
                let k = (a..b).find(|&k| {
                    self.toks[k].dep == Some("amod")
                        && self.toks[k].pos == Some("VERB")
                        && matches!(self.doc.tokens[k].xpos.as_deref(), Some("VBD" | "VBN"))
                        && self.toks[k].head == Some(k + 1)
                        && self.toks[k + 1].dep == Some("nmod")
                        && !self
                            .children(k + 1)
                            .any(|c| self.toks[c].dep == Some("case"))
                        && self.hangs_on(k + 1, root)
                })?;
                let other_verb =
                    (a..b).any(|x| x != k && matches!(self.toks[x].pos, Some("VERB" | "AUX")));
                if other_verb {
                    return None;
                }
                self.toks[k + 1].head = Some(k);
                self.toks[k + 1].dep = Some("obj");
                Some(k)
            });
            let Some(x) = verb else { continue };
            self.toks[x].head = None;
            self.toks[x].dep = Some("root");
            self.toks[root].head = Some(x);
            self.toks[root].dep = Some("nsubj");
            // The sentence's punctuation and modifiers of the clause follow the verb.
            for k in a..b {
                if k != x
                    && self.toks[k].head == Some(root)
                    && k > x
                    && matches!(self.toks[k].dep, Some("punct" | "obl" | "advmod"))
                {
                    self.toks[k].head = Some(x);
                }
            }
        }
    }

    /// "Palestinian police in Jericho confiscated weapons, the Israeli army said": the
    /// parser may give the closing verb of saying two subjects and read the reported
    /// verb as a relative clause on the first. A past-tense verb (or a participle with an
    /// object, which a reduced relative rarely has) on the first of two subjects that a
    /// comma parts is the reported clause, with that subject for its own.
    fn repair_closing_subjects(&mut self) {
        if !self.parsed {
            return;
        }
        for (a, _, root) in self.rooted_sentences() {
            if self.toks[root].pos != Some("VERB") {
                continue;
            }
            let subjects: Vec<usize> = (a..root)
                .filter(|&k| self.toks[k].head == Some(root) && self.toks[k].dep == Some("nsubj"))
                .collect();
            let [first, second] = subjects[..] else {
                continue;
            };
            let verb = (first + 1..second).find(|&k| {
                self.toks[k].dep == Some("acl") && self.hangs_on(k, first) && self.finite_reading(k)
            });
            let Some(x) = verb else { continue };
            if !(x + 1..second).any(|k| self.toks[k].text == ",") {
                continue;
            }
            self.toks[x].head = Some(root);
            self.toks[x].dep = Some("ccomp");
            self.toks[first].head = Some(x);
            self.toks[first].dep = Some("nsubj");
            for k in x + 1..second {
                if self.toks[k].text == "," && self.toks[k].dep == Some("punct") {
                    self.toks[k].head = Some(root);
                }
            }
        }
    }

    /// "Agents abused immigrants with impunity, a human rights group charged on
    /// Saturday": the parser may read a closing verb of saying as a participle on the
    /// noun before it (the group that was charged). A past-tense cue right after a noun
    /// phrase that a comma opens, with nothing after it but a time, is the sentence's
    /// verb, that phrase its subject and the clause before the comma what it says.
    fn repair_closing_cues(&mut self) {
        if !self.parsed {
            return;
        }
        for (a, b, root) in self.rooted_sentences() {
            let Some(x) = (a + 3..b).find(|&k| {
                self.toks[k].dep == Some("acl")
                    && self.toks[k].head == Some(k - 1)
                    && matches!(self.doc.tokens[k].xpos.as_deref(), Some("VBD" | "VBN"))
                    && matches!(
                        self.toks[k].lemma,
                        Some(
                            "say"
                                | "charge"
                                | "allege"
                                | "report"
                                | "add"
                                | "claim"
                                | "confirm"
                                | "warn"
                                | "insist"
                                | "announce"
                                | "state"
                        )
                    )
            }) else {
                continue;
            };
            let h = x - 1;
            if h == root || !matches!(self.toks[h].pos, Some("NOUN" | "PROPN")) {
                continue;
            }
            // The noun's phrase: its determiner and modifiers, back to the comma.
            let mut start = h;
            while start > a
                && self.toks[start - 1]
                    .head
                    .is_some_and(|p| p == h || self.toks[p].head == Some(h))
                && self.toks[start - 1].text != ","
            {
                start -= 1;
            }
            if start < a + 2 || self.toks[start - 1].text != "," {
                continue;
            }
            // Nothing after the cue but a time and the closing punctuation.
            let tail = (x + 1..b).all(|k| {
                self.is_punct(k)
                    || DAYS.contains(&self.word(k))
                    || matches!(
                        self.word(k),
                        "on" | "late" | "early" | "yesterday" | "today" | "here" | "there"
                    )
                    || crate::tree::is_time(self, k)
            });
            if !tail {
                continue;
            }
            self.toks[x].head = None;
            self.toks[x].dep = Some("root");
            self.toks[h].head = Some(x);
            self.toks[h].dep = Some("nsubj");
            self.toks[root].head = Some(x);
            self.toks[root].dep = Some("ccomp");
            for k in a..b {
                if self.toks[k].head == Some(root)
                    && self.is_punct(k)
                    && (k == start - 1 || k + 1 == b)
                {
                    self.toks[k].head = Some(x);
                }
            }
            self.toks[start - 1].head = Some(x);
        }
    }

    /// "Rebels shelled the town, killing 20 people, relief officials in Nairobi said": the
    /// parser may hang the closing speaker on the clause before it (a conjunct of "20
    /// people", with "in Nairobi" on the people) and leave the verb of saying with no
    /// subject. The noun phrase between the last comma and a closing cue that has no
    /// subject is its subject, and what lies between it and the cue is its own.
    fn repair_closing_speakers(&mut self) {
        if !self.parsed {
            return;
        }
        for (a, b, r) in self.rooted_sentences() {
            if !matches!(
                self.toks[r].lemma,
                Some(
                    "say"
                        | "add"
                        | "report"
                        | "confirm"
                        | "claim"
                        | "allege"
                        | "announce"
                        | "state"
                )
            ) || (a..b).any(|k| {
                self.toks[k].head == Some(r)
                    && matches!(self.toks[k].dep, Some("nsubj" | "nsubj:pass"))
            }) {
                continue;
            }
            // The comma that opens the speaker's phrase.
            let Some(comma) = (a + 2..r).rev().find(|&k| self.toks[k].text == ",") else {
                continue;
            };
            let span = comma + 1..r;
            if span.is_empty() || span.len() > 8 {
                continue;
            }
            // Its head: the noun whose head lies outside the phrase (a conjunct of the
            // clause before).
            let Some(j) = span.clone().find(|&k| {
                matches!(self.toks[k].pos, Some("NOUN" | "PROPN"))
                    && self.toks[k].head.is_some_and(|h| h < comma)
                    && self.toks[k].dep == Some("conj")
            }) else {
                continue;
            };
            if span
                .clone()
                .any(|k| matches!(self.toks[k].pos, Some("VERB" | "AUX")))
            {
                continue;
            }
            self.toks[j].head = Some(r);
            self.toks[j].dep = Some("nsubj");
            for k in span {
                if k != j && self.toks[k].head.is_some_and(|h| h < comma || h >= r) {
                    self.toks[k].head = Some(j);
                    if self.toks[k].dep == Some("conj") {
                        self.toks[k].dep = Some("nmod");
                    }
                }
            }
            self.toks[comma].head = Some(r);
        }
    }

    /// "MANILA - The coast guard seized three boats and detained 41 crew members": once
    /// the noun is its verb's subject (the dateline repair), a finite verb the parser
    /// conjoined to that noun is conjoined to its verb.
    fn repair_verbs_on_subjects(&mut self) {
        if !self.parsed {
            return;
        }
        for c in 0..self.toks.len() {
            let Some(nh) = self.toks[c].head else {
                continue;
            };
            if self.toks[c].pos != Some("VERB")
                || self.toks[c].dep != Some("conj")
                || !matches!(self.toks[nh].pos, Some("NOUN" | "PROPN"))
                || !matches!(
                    self.doc.tokens[c].xpos.as_deref(),
                    Some("VBD" | "VBN" | "VBZ" | "VBP")
                )
            {
                continue;
            }
            let Some(verb) = self.toks[nh]
                .head
                .filter(|&g| matches!(self.toks[nh].dep, Some("nsubj")) && g > nh && g < c)
            else {
                continue;
            };
            if self.toks[verb].pos != Some("VERB") {
                continue;
            }
            self.toks[c].head = Some(verb);
        }
    }

    /// "warned that renewed fighting could displace 200,000 people": the parser may read
    /// the participle before the noun as the verb (with "that" for its subject) and the
    /// noun as its object. A "that" read as a subject, a past form right after it, then
    /// its object and a modal verb: the participle modifies the noun, the noun is the
    /// modal verb's subject and "that" its mark.
    fn repair_participle_subjects(&mut self) {
        if !self.parsed {
            return;
        }
        let n = self.toks.len();
        for t in 0..n.saturating_sub(3) {
            let x = t + 1;
            if self.word(t) != "that"
                || self.toks[t].dep != Some("nsubj")
                || self.toks[t].head != Some(x)
                || !matches!(self.doc.tokens[x].xpos.as_deref(), Some("VBD" | "VBN"))
            {
                continue;
            }
            let o = x + 1;
            if self.toks[o].head != Some(x)
                || self.toks[o].dep != Some("obj")
                || !matches!(self.toks[o].pos, Some("NOUN" | "PROPN"))
            {
                continue;
            }
            // the modal right after the noun, and its verb
            let m = o + 1;
            if m >= n
                || self.toks[m].pos != Some("AUX")
                || !matches!(self.doc.tokens[m].xpos.as_deref(), Some("MD"))
            {
                continue;
            }
            let Some(y) = self.toks[m]
                .head
                .filter(|&y| y > m && self.toks[y].sent == self.toks[x].sent)
            else {
                continue;
            };
            let (xh, xd) = (self.toks[x].head, self.toks[x].dep);
            self.toks[y].head = xh;
            self.toks[y].dep = xd;
            self.toks[x].head = Some(o);
            self.toks[x].dep = Some("amod");
            self.toks[o].head = Some(y);
            self.toks[o].dep = Some("nsubj");
            self.toks[t].head = Some(y);
            self.toks[t].dep = Some("mark");
            for k in 0..n {
                if k != y && k != o && k != t && self.toks[k].head == Some(x) {
                    self.toks[k].head = Some(y);
                }
            }
        }
    }

    /// "A British aid worker, held hostage in Chechnya for four weeks, said …" and "a
    /// Dutch couple abducted from a farm was kidnapped by guerrillas": the parser may
    /// read a past participle after its noun as the noun's past-tense verb, and the verb
    /// the noun is the subject of as a clause under it. A form that is both past tense
    /// and participle, with the noun as subject and no object, followed by a tensed verb
    /// that has no subject of its own (after a comma, or with its auxiliary next), is a
    /// reduced relative: the noun is what was done to, and the later verb's subject.
    fn repair_reduced_passives(&mut self) {
        if !self.parsed {
            return;
        }
        let n = self.toks.len();
        for x in 1..n {
            // (a participle read as the verb of its noun, "schoolgirls kidnapped …
            // were freed", is one too)
            let form = match self.doc.tokens[x].xpos.as_deref() {
                Some("VBD") => self.participle_form(x),
                Some("VBN") => !crate::tree::NO_PATIENT.contains(&self.word(x)),
                _ => false,
            };
            if !form || self.toks[x].pos != Some("VERB") {
                continue;
            }
            let sent = self.toks[x].sent;
            let (sa, sb) = self.sents[sent];
            let Some(noun) = (sa..x)
                .find(|&k| self.toks[k].head == Some(x) && self.toks[k].dep == Some("nsubj"))
            else {
                continue;
            };
            if !matches!(self.toks[noun].pos, Some("NOUN" | "PROPN"))
                || (sa..sb).any(|k| {
                    self.toks[k].head == Some(x)
                        && matches!(self.toks[k].dep, Some("obj" | "aux" | "aux:pass" | "mark"))
                        && !(self.toks[k].dep == Some("obj") && HELD_AS.contains(&self.word(k)))
                        // ("A report published Monday by the U.N.": a day read as object)
                        && !(self.toks[k].dep == Some("obj") && DAYS.contains(&self.word(k)))
                        // ("said that a couple abducted …": the clause's mark, before it)
                        && !(self.toks[k].dep == Some("mark") && k < noun)
                })
            {
                continue;
            }
            // The later verb: the head of the participle (", held …, said"), or a
            // clause under it whose auxiliary opens it ("abducted … was kidnapped").
            let comma_before = self.toks[x - 1].lower == "," && noun + 2 == x;
            // (no comma: the later verb's auxiliary comes right after the participle's
            // phrase)
            let opens_after = |y: usize| {
                noun + 1 == x
                    && self.children(y).any(|c| {
                        matches!(self.toks[c].dep, Some("aux" | "aux:pass"))
                            && self.tensed(c)
                            && c > x
                            && (x + 1..c).all(|k| {
                                self.dominates(x, k)
                                    && (self.dominates(y, x) || !self.dominates(y, k))
                            })
                    })
            };
            // ("A report released Tuesday in Kigali alleged that …": no comma and no
            // auxiliary, but a past-tense verb right after the participle's own phrase,
            // taking an object or a clause, and no other verb that could be the
            // sentence's.)
            let bare_later = |y: usize| {
                noun + 1 == x
                    && x + 1 < y
                    && (self.tensed(y) || self.participle_form(y))
                    && self.children(y).any(|c| {
                        c > y && matches!(self.toks[c].dep, Some("obj" | "ccomp" | "xcomp" | "obl"))
                    })
                    && (x + 1..y).all(|k| {
                        self.dominates(x, k) && !self.dominates(y, k) && self.toks[k].lower != ","
                    })
                    // (not a verb with a clause of its own: "A French minister threatened
                    // today to impose …")
                    && !self
                        .children(x)
                        .any(|c| c != y && matches!(self.toks[c].dep, Some("xcomp" | "ccomp")))
            };
            let later = match self.toks[x].head {
                Some(y) if y > x && y < sb && (comma_before || opens_after(y)) => Some(y),
                _ => {
                    let clause = |y: usize| {
                        self.toks[y].head == Some(x)
                            && matches!(self.toks[y].dep, Some("advcl" | "conj" | "ccomp"))
                    };
                    // (a past form read as the participle's complement too: "released
                    // Tuesday alleged" with "alleged" as an xcomp)
                    let bare_clause = |y: usize| {
                        clause(y)
                            || (self.toks[y].head == Some(x) && self.toks[y].dep == Some("xcomp"))
                    };
                    (x + 1..sb)
                        .find(|&y| clause(y) && opens_after(y))
                        .or_else(|| (x + 1..sb).find(|&y| bare_clause(y) && bare_later(y)))
                }
            };
            let Some(y) = later else { continue };
            if self.toks[y].pos != Some("VERB")
                || !(self.finite(y) || bare_later(y))
                || self.children(y).any(|c| {
                    c != x
                        && matches!(
                            self.toks[c].dep,
                            Some("nsubj" | "nsubj:pass" | "csubj" | "mark" | "cc" | "expl")
                        )
                })
            {
                continue;
            }
            // ", held …, said": the comma closing the participle's phrase comes right
            // before the later verb (or an adverb before it).
            if comma_before {
                let mut k = y - 1;
                while k > x && self.toks[k].pos == Some("ADV") {
                    k -= 1;
                }
                if self.toks[k].lower != "," {
                    continue;
                }
            }
            let passive = self
                .children(y)
                .any(|c| self.toks[c].dep == Some("aux:pass"));
            if self.toks[x].head != Some(y) {
                // the later verb takes the participle's place in the sentence
                self.toks[y].head = self.toks[x].head;
                self.toks[y].dep = self.toks[x].dep;
                // (the sentence's closing mark)
                for k in y + 1..sb {
                    if self.toks[k].head == Some(x) && self.toks[k].dep == Some("punct") {
                        self.toks[k].head = Some(y);
                    }
                }
            }
            for k in sa..noun {
                if self.toks[k].head == Some(x) && self.toks[k].dep == Some("mark") {
                    self.toks[k].head = Some(y);
                }
            }
            self.toks[noun].head = Some(y);
            self.toks[noun].dep = Some(if passive { "nsubj:pass" } else { "nsubj" });
            self.toks[x].head = Some(noun);
            self.toks[x].dep = Some("acl");
            for k in sa..sb {
                if self.toks[k].head == Some(x) && self.toks[k].dep == Some("obj") {
                    self.toks[k].dep = Some("xcomp");
                }
            }
        }
    }

    /// "urged the rebels to release the hostages": the parser may hang the infinitive on
    /// the one urged, as if it said which rebels. After a verb whose object is to do what
    /// its infinitive says, an infinitive on that object, when the object is a party or
    /// people (not "urged a plan to cut emissions"), is the verb's complement.
    fn repair_controlled_infinitives(&mut self) {
        if !self.parsed {
            return;
        }
        let n = self.toks.len();
        for x in 0..n {
            if self.toks[x].dep != Some("acl")
                || self.toks[x].pos != Some("VERB")
                || !self.has_dep_word(x, "mark", &["to"])
            {
                continue;
            }
            let Some(o) = self.toks[x].head.filter(|&o| o < x) else {
                continue;
            };
            let Some(g) = self.toks[o].head.filter(|&g| g < o) else {
                continue;
            };
            let party = self.mention_of[o].is_some()
                || self.toks[o].pos == Some("PRON")
                || agent_noun(self.word(o)).is_some()
                || self.is(o, &["sides", "parties", "people", "citizens", "residents"]);
            if !matches!(self.toks[o].dep, Some("obj" | "iobj"))
                || !crate::tree::OBJECT_CONTROL.contains(&self.lemma(g))
                || !party
            {
                continue;
            }
            self.toks[x].head = Some(g);
            self.toks[x].dep = Some("xcomp");
        }
    }

    /// "to respond to Mr. Trump's threats to wall off the Mexican people": the parser may
    /// hang an infinitive right after a noun that takes one (a threat, plan, call or
    /// offer to do something) on the verb above, as a purpose clause. An infinitive that
    /// follows such a noun of the same verb, with nothing between, says what the threat
    /// or plan is of.
    fn repair_noun_infinitives(&mut self) {
        if !self.parsed {
            return;
        }
        // (the nouns of plan, demand or fear of `events::IRREALIS_NOUNS`, and these
        // nouns of undertaking)
        const UNDERTAKEN: &[&str] = &[
            "pledge", "pledges", "promise", "promises", "vow", "vows", "bid", "effort", "efforts",
            "attempt", "attempts", "decision",
        ];
        let n = self.toks.len();
        for x in 0..n {
            if self.toks[x].dep != Some("advcl") || self.toks[x].pos != Some("VERB") {
                continue;
            }
            let Some(m) = self
                .children(x)
                .find(|&c| c < x && self.toks[c].dep == Some("mark") && self.is(c, &["to"]))
            else {
                continue;
            };
            if m == 0 || (m + 1..x).any(|k| self.toks[k].head != Some(x)) {
                continue;
            }
            let o = m - 1;
            let g = self.toks[x].head;
            if self.toks[o].pos != Some("NOUN")
                || !(self.is(o, crate::events::IRREALIS_NOUNS) || self.is(o, UNDERTAKEN))
                || self.toks[o].head != g
                || !matches!(
                    self.toks[o].dep,
                    Some("obj" | "obl" | "nsubj" | "nsubj:pass")
                )
            {
                continue;
            }
            self.toks[x].head = Some(o);
            self.toks[x].dep = Some("acl");
        }
    }

    /// "urged both sides to show restraint and called on the government to open talks":
    /// the parser may conjoin a tensed verb to the infinitive before it. A past or
    /// present tense form is no conjunct of an infinitive; it goes with the nearest tensed
    /// verb above.
    fn repair_conjoined_tenses(&mut self) {
        if !self.parsed {
            return;
        }
        let n = self.toks.len();
        for y in 0..n {
            let form = self.doc.tokens[y].xpos.as_deref();
            if self.toks[y].dep != Some("conj")
                || self.toks[y].pos != Some("VERB")
                || !matches!(form, Some("VBD" | "VBZ" | "VBG"))
            {
                continue;
            }
            // ("a statement calling on all parties to pursue … and urging the security
            // forces to …": a gerund goes with the gerund above.)
            let gerund = form == Some("VBG");
            let Some(x) = self.toks[y].head.filter(|&x| x < y) else {
                continue;
            };
            if self.doc.tokens[x].xpos.as_deref() != Some("VB")
                || !self.has_dep_word(x, "mark", &["to"])
            {
                continue;
            }
            let mut g = x;
            let mut found = None;
            for _ in 0..4 {
                let Some(p) = self.toks[g].head else { break };
                g = p;
                if gerund {
                    if self.doc.tokens[g].xpos.as_deref() == Some("VBG") {
                        found = Some(g);
                        break;
                    }
                    continue;
                }
                let modal = self.children(g).any(|c| {
                    matches!(self.toks[c].dep, Some("aux" | "aux:pass"))
                        && self.doc.tokens[c].xpos.as_deref() == Some("MD")
                });
                if self.toks[g].pos == Some("VERB") && (self.finite(g) || modal) {
                    // (not under a modal: "would like Trump to explain … but supports
                    // his candidacy" is left as read)
                    found = Some(g).filter(|_| !modal);
                    break;
                }
            }
            if let Some(g) = found {
                self.toks[y].head = Some(g);
            }
        }
    }

    /// Whether the past form at `x` is also the past participle: a regular "-ed" form,
    /// or an irregular verb whose two forms are one ("held", "sent", "shot").
    fn participle_form(&self, x: usize) -> bool {
        let w = self.word(x);
        let lemma = self.toks[x].lemma.unwrap_or(w);
        (w.ends_with("ed") && lemma != w && !crate::tree::NO_PATIENT.contains(&w))
            || [
                "held", "kept", "sent", "found", "caught", "built", "bought", "brought", "hit",
                "hurt", "left", "lost", "made", "paid", "put", "shot", "sold", "told", "led",
                "beat", "cut", "set", "seen", "taken", "beaten", "stolen", "driven", "shown",
                "thrown", "given",
            ]
            .contains(&w)
    }

    /// "reimposed blockades in the West Bank following the shooting deaths of two
    /// Israelis": the parser may read "following" before an event as a participle with
    /// an object, which the argument rules then take for a party acted on. Before a noun
    /// of an event ("the attack", "the deaths", "talks") it is a preposition of time.
    fn repair_following(&mut self) {
        if !self.parsed {
            return;
        }
        for f in 0..self.toks.len() {
            if self.word(f) != "following"
                || self.toks[f].pos != Some("VERB")
                || !matches!(self.toks[f].dep, Some("acl" | "advcl" | "xcomp"))
            {
                continue;
            }
            let Some(o) = (f + 1..self.toks.len())
                .take_while(|&k| self.toks[k].sent == self.toks[f].sent)
                .find(|&k| self.toks[k].head == Some(f) && self.toks[k].dep == Some("obj"))
            else {
                continue;
            };
            let event = crate::lexicon::lexicon()
                .get(self.word(o))
                .iter()
                .any(|e| e.kind == crate::lexicon::Kind::Noun)
                || matches!(
                    self.word(o),
                    "death"
                        | "deaths"
                        | "incident"
                        | "incidents"
                        | "decision"
                        | "election"
                        | "elections"
                        | "vote"
                        | "reports"
                        | "report"
                        | "announcement"
                        | "collapse"
                        | "killing"
                        | "killings"
                        | "release"
                        | "arrest"
                        | "arrests"
                        | "visit"
                        | "meeting"
                        | "talks"
                        | "coup"
                        | "war"
                        | "crisis"
                        | "violence"
                        | "unrest"
                );
            if !event {
                continue;
            }
            self.toks[o].head = self.toks[f].head;
            self.toks[o].dep = Some("obl");
            self.toks[f].head = Some(o);
            self.toks[f].dep = Some("case");
            self.toks[f].pos = Some("ADP");
        }
    }

    /// "Beirut rejected a United Nations appeal for deploying troops": the parser may read
    /// a noun that is also a verb form as a verb, with the name before it for its
    /// subject. A verb with an article of its own before its subject and no auxiliary is
    /// a noun: the name modifies it, and it takes the place of the clause it headed.
    fn repair_determined_verbs(&mut self) {
        if !self.parsed {
            return;
        }
        for i in 0..self.toks.len() {
            if self.toks[i].pos != Some("VERB")
                || self.toks[i].lower.ends_with("ed")
                || self.toks[i].lower.ends_with("ing")
            {
                continue;
            }
            // (Or "a" on the name: "a United Nations appeal" names no United Nations of
            // many.)
            let det_of = |v: &Self, x: usize, words: &[&str]| {
                v.children(x)
                    .find(|&c| c < x && v.toks[c].dep == Some("det") && v.is(c, words))
            };
            // (Only an indefinite article, on a verb that is another verb's complement
            // with no object of its own: "The Defence Ministry said" may hang its "The"
            // on the verb.)
            if !matches!(self.toks[i].dep, Some("ccomp" | "xcomp"))
                || self.toks[i]
                    .head
                    .is_none_or(|g| self.children(g).any(|c| self.toks[c].dep == Some("obj")))
            {
                continue;
            }
            let own = det_of(self, i, &["a", "an"]);
            let on_name = self.children(i).find_map(|c| {
                (c < i
                    && self.toks[c].pos == Some("PROPN")
                    && matches!(self.toks[c].dep, Some("nsubj")))
                .then(|| det_of(self, c, &["a", "an"]))
                .flatten()
            });
            let Some(d) = own.or(on_name) else {
                continue;
            };
            let kids: Vec<usize> = self.children(i).collect();
            if kids.iter().any(|&c| {
                matches!(
                    self.toks[c].dep,
                    Some("aux" | "aux:pass" | "cop" | "obj" | "mark")
                ) && c < i
            }) {
                continue;
            }
            let subjects: Vec<usize> = kids
                .iter()
                .copied()
                .filter(|&c| c >= d && matches!(self.toks[c].dep, Some("nsubj" | "nsubj:pass")))
                .collect();
            // (The words between the article and the verb are the name's.)
            if subjects.is_empty()
                || !(d + 1..i).all(|k| subjects.iter().any(|&c| c == k || self.dominates(c, k)))
            {
                continue;
            }
            self.toks[i].pos = Some("NOUN");
            self.toks[d].head = Some(i);
            for c in subjects {
                self.toks[c].dep = Some("compound");
            }
            if matches!(self.toks[i].dep, Some("ccomp" | "xcomp")) {
                self.toks[i].dep = Some("obj");
            }
        }
    }

    /// "broke off relations with Colombia after a Colombian raid on a rebel camp": the
    /// tagger may read a noun that is also a verb as the bare verb ("raid"), and the
    /// parser then builds a clause round it. A bare verb (no tense, no "to", no
    /// auxiliary) right after a preposition, an article and only adjectives or names is
    /// the noun of that prepositional phrase: the article and the words between are its
    /// own, the preposition its case, and it hangs on the verb its clause hung on. A
    /// subject the parser gave it from before the phrase is that verb's object, if the
    /// verb has none.
    fn repair_phrase_verbs(&mut self) {
        if !self.parsed {
            return;
        }
        let n = self.toks.len();
        for i in 3..n {
            if self.toks[i].pos != Some("VERB")
                || self.doc.tokens[i].xpos.as_deref() != Some("VB")
                || self.children(i).any(|c| {
                    c < i && matches!(self.toks[c].dep, Some("aux" | "aux:pass" | "mark" | "cop"))
                })
            {
                continue;
            }
            // the article, with only adjectives and names between it and the verb
            let Some(d) = (i.saturating_sub(4)..i)
                .rev()
                .find(|&k| self.toks[k].pos == Some("DET") && self.is(k, &["a", "an", "the"]))
            else {
                continue;
            };
            if d + 1 == i
                || !(d + 1..i).all(|k| matches!(self.toks[k].pos, Some("ADJ" | "PROPN")))
                || d == 0
                || self.toks[d - 1].pos != Some("ADP")
                || !self.is(
                    d - 1,
                    &[
                        "after",
                        "before",
                        "following",
                        "during",
                        "despite",
                        "in",
                        "over",
                        "against",
                        "since",
                        "amid",
                    ],
                )
            {
                continue;
            }
            let p = d - 1;
            let Some(h) = self.toks[i]
                .head
                .filter(|&h| h < n && self.toks[h].pos == Some("VERB"))
            else {
                continue;
            };
            let subjects: Vec<usize> = self
                .children(i)
                .filter(|&c| c < p && matches!(self.toks[c].dep, Some("nsubj" | "nsubj:pass")))
                .collect();
            if subjects.len() > 1 {
                continue;
            }
            self.toks[i].pos = Some("NOUN");
            self.toks[i].dep = Some("obl");
            self.toks[p].head = Some(i);
            self.toks[p].dep = Some("case");
            self.toks[d].head = Some(i);
            self.toks[d].dep = Some("det");
            for k in d + 1..i {
                self.toks[k].head = Some(i);
                self.toks[k].dep = Some(if self.toks[k].pos == Some("ADJ") {
                    "amod"
                } else {
                    "compound"
                });
            }
            // (its phrases are a noun's now: "on a village")
            for c in i + 1..n {
                if self.toks[c].head == Some(i) && matches!(self.toks[c].dep, Some("obl" | "obj")) {
                    self.toks[c].dep = Some("nmod");
                }
            }
            if let Some(&c) = subjects.first() {
                let free = !self
                    .children(h)
                    .any(|x| matches!(self.toks[x].dep, Some("obj")));
                self.toks[c].head = Some(h);
                self.toks[c].dep = Some(if free { "obj" } else { "obl" });
            }
        }
    }

    /// "Despite the arrests, several thousand protesters gathered near the monument,
    /// chanting slogans": the parser may make the opening phrase's noun the sentence's
    /// root, the subject its apposition and the verb a modifier of that. A root noun
    /// with a preposition of its own, an apposition after a comma and a past verb on
    /// that apposition: the verb is the root, the apposition its subject, the phrase an
    /// oblique of it, and the root's other clauses the verb's.
    fn repair_fronted_phrases(&mut self) {
        if !self.parsed {
            return;
        }
        for (a, b, root) in self.rooted_sentences() {
            if !matches!(self.toks[root].pos, Some("NOUN" | "PROPN"))
                || !self.children(root).any(|c| {
                    c < root && self.toks[c].dep == Some("case") && self.toks[c].pos == Some("ADP")
                })
            {
                continue;
            }
            let Some(n) = self.children(root).find(|&c| {
                c > root
                    && self.toks[c].dep == Some("appos")
                    && matches!(self.toks[c].pos, Some("NOUN" | "PROPN"))
                    && self.is(c - 1, &[","])
                    || (c > root + 1
                        && self.toks[c].dep == Some("appos")
                        && matches!(self.toks[c].pos, Some("NOUN" | "PROPN")))
            }) else {
                continue;
            };
            let Some(x) = self.children(n).find(|&c| {
                c > n
                    && self.toks[c].dep == Some("acl")
                    && self.toks[c].pos == Some("VERB")
                    && matches!(self.doc.tokens[c].xpos.as_deref(), Some("VBD" | "VBN"))
            }) else {
                continue;
            };
            self.toks[x].head = None;
            self.toks[x].dep = Some("root");
            self.toks[n].head = Some(x);
            self.toks[n].dep = Some("nsubj");
            self.toks[root].head = Some(x);
            self.toks[root].dep = Some("obl");
            for k in a..b {
                if k != x && k > n && self.toks[k].head == Some(root) {
                    self.toks[k].head = Some(x);
                    if self.toks[k].dep == Some("acl") {
                        self.toks[k].dep = Some("advcl");
                    }
                }
            }
        }
    }

    /// "Israeli troops shot and wounded two Palestinians": the tagger may read a past
    /// verb of the lexicon as a noun, the subject before it as its compound and the verb
    /// conjoined to it as the clause. A root noun that is an inflected event verb, with
    /// a compound before it and a past verb conjoined after it, is the verb; the compound
    /// its subject.
    fn repair_verbs_read_as_nouns(&mut self) {
        if !self.parsed {
            return;
        }
        for (_, _, root) in self.rooted_sentences() {
            if self.toks[root].pos != Some("NOUN") {
                continue;
            }
            let w = self.word(root);
            let inflected = crate::lexicon::lexicon().inflected_verb(w) && !w.ends_with('s');
            if !inflected {
                continue;
            }
            let kids: Vec<usize> = self.children(root).collect();
            let Some(&subj) = kids
                .iter()
                .filter(|&&c| c < root && self.toks[c].dep == Some("compound"))
                .max()
            else {
                continue;
            };
            let conj_verb = kids.iter().any(|&c| {
                c > root
                    && self.toks[c].dep == Some("conj")
                    && self.toks[c].pos == Some("VERB")
                    && matches!(self.doc.tokens[c].xpos.as_deref(), Some("VBD" | "VBN"))
            });
            if !conj_verb || subj + 1 != root {
                continue;
            }
            self.toks[root].pos = Some("VERB");
            self.toks[subj].dep = Some("nsubj");
        }
        // "Mauritanian soldiers overthrew President Abdallahi in a coup": an irregular
        // past of an event verb ("overthrew", "struck"; no "-ed" form, which may be an
        // adjective) read as an adjective or noun right after the root noun is the
        // sentence's verb: the root its subject, the phrase after it its object, and
        // the rest of the root's modifiers after it the verb's.
        for (a, b, root) in self.rooted_sentences() {
            let k = root + 1;
            if k >= b
                || !matches!(self.toks[root].pos, Some("NOUN" | "PROPN"))
                || !matches!(self.toks[k].pos, Some("ADJ" | "NOUN"))
                || (a..b).any(|x| matches!(self.toks[x].pos, Some("VERB" | "AUX")))
            {
                continue;
            }
            let w = self.word(k);
            let irregular = !w.ends_with("ed")
                && !w.ends_with("ing")
                && !w.ends_with('s')
                && crate::lexicon::lexicon().inflected_verb(w);
            if !irregular {
                continue;
            }
            let after: Vec<usize> = self.children(root).filter(|&c| c > k).collect();
            let Some(&object) = after.iter().find(|&&c| {
                matches!(self.toks[c].dep, Some("appos" | "nmod" | "conj"))
                    && !self
                        .children(c)
                        .any(|x| self.toks[x].dep == Some("case") && x < c)
            }) else {
                continue;
            };
            self.toks[k].pos = Some("VERB");
            self.toks[k].head = None;
            self.toks[k].dep = Some("root");
            self.toks[root].head = Some(k);
            self.toks[root].dep = Some("nsubj");
            for c in after {
                self.toks[c].head = Some(k);
                self.toks[c].dep = if c == object {
                    Some("obj")
                } else if self.toks[c].dep == Some("nmod") {
                    Some("obl")
                } else {
                    self.toks[c].dep
                };
            }
        }
    }

    /// "Police in Kenya shot dead two protesters": with an irregular past read as a noun
    /// the parser may join the place before it to it ("Kenya shot" as a kind of shot).
    /// In a sentence with no verb, such a noun hung on the root by a preposition, with
    /// a name right before it for a compound, is the verb: the name takes the
    /// preposition, the root is the subject, and the noun after it the object.
    fn repair_place_joined_verbs(&mut self) {
        if !self.parsed {
            return;
        }
        for (a, b, root) in self.rooted_sentences() {
            if !matches!(self.toks[root].pos, Some("NOUN" | "PROPN"))
                || (a..b).any(|x| matches!(self.toks[x].pos, Some("VERB" | "AUX")))
            {
                continue;
            }
            let Some(k) = (root + 2..b).find(|&k| {
                let w = self.word(k);
                self.toks[k].head == Some(root)
                    && self.toks[k].dep == Some("nmod")
                    && matches!(self.toks[k].pos, Some("NOUN" | "ADJ"))
                    && !w.ends_with("ed")
                    && !w.ends_with("ing")
                    && !w.ends_with('s')
                    && crate::lexicon::lexicon().inflected_verb(w)
            }) else {
                continue;
            };
            let p = k - 1;
            let Some(c) = self.children(k).find(|&c| {
                c < p && self.toks[c].dep == Some("case") && self.is(c, &["in", "of", "from", "at"])
            }) else {
                continue;
            };
            if self.toks[p].head != Some(k)
                || self.toks[p].dep != Some("compound")
                || self.toks[p].pos != Some("PROPN")
            {
                continue;
            }
            // the name's own words before it
            for x in c + 1..p {
                if self.toks[x].head == Some(k) {
                    self.toks[x].head = Some(p);
                }
            }
            self.toks[c].head = Some(p);
            self.toks[p].head = Some(root);
            self.toks[p].dep = Some("nmod");
            self.toks[k].pos = Some("VERB");
            self.toks[k].head = None;
            self.toks[k].dep = Some("root");
            self.toks[root].head = Some(k);
            self.toks[root].dep = Some("nsubj");
            // ("shot dead": the state the act leaves its object in)
            if k + 1 < b && self.is(k + 1, &["dead"]) {
                self.toks[k + 1].head = Some(k);
                self.toks[k + 1].dep = Some("xcomp");
            }
            let mut object = false;
            for x in k + 1..b {
                if self.toks[x].head == Some(root) {
                    self.toks[x].head = Some(k);
                    if self.toks[x].dep == Some("nmod") {
                        self.toks[x].dep = Some("obl");
                    }
                }
                if self.toks[x].head == Some(k)
                    && !object
                    && matches!(self.toks[x].pos, Some("NOUN" | "PROPN"))
                    && matches!(
                        self.toks[x].dep,
                        Some("nmod:unmarked" | "obj" | "appos" | "nmod")
                    )
                    && !self.children(x).any(|y| self.toks[y].dep == Some("case"))
                {
                    self.toks[x].dep = Some("obj");
                    object = true;
                }
            }
        }
    }

    /// "condemned the Israeli raid on a Gaza school": the parser may hang what an attack
    /// noun is on as a phrase of the verb that takes the noun. An "on"/"against" phrase
    /// right after the object, when the object is an attack noun of the lexicon and the
    /// verb is no act of force itself (one condemns, reports or investigates a raid), is
    /// the noun's.
    fn repair_attack_objects(&mut self) {
        if !self.parsed {
            return;
        }
        let lex = crate::lexicon::lexicon();
        let n = self.toks.len();
        for c in 1..n {
            if self.toks[c].dep != Some("obl")
                || !matches!(self.toks[c].pos, Some("NOUN" | "PROPN"))
            {
                continue;
            }
            let Some(v) = self.toks[c].head.filter(|&v| v < c) else {
                continue;
            };
            let Some(case) = self.children(c).find(|&k| {
                k < c && self.toks[k].dep == Some("case") && self.is(k, &["on", "against"])
            }) else {
                continue;
            };
            // the object right before the phrase
            let Some(o) = self
                .children(v)
                .find(|&o| o < case && self.toks[o].dep == Some("obj"))
            else {
                continue;
            };
            // (a verb that is an event of its own, as condemning is; not one that
            // carries the attack out: "launched an attack on the town")
            let reacts = lex
                .single(&self.toks[v].lower, crate::lexicon::Kind::Verb)
                .any(|e| !matches!(crate::cameo::root(e.code), "18" | "19" | "20"));
            // (nor one whose own "on" it is: "blamed police shootings on bias")
            if o + 1 != case
                || self.toks[v].pos != Some("VERB")
                || !reacts
                || matches!(
                    self.toks[v].lemma,
                    Some("blame" | "pin" | "focus" | "comment")
                )
                || lex.force(&self.toks[v].lower, crate::lexicon::Kind::Verb)
                || !lex.force(&self.toks[o].lower, crate::lexicon::Kind::Noun)
            {
                continue;
            }
            self.toks[c].head = Some(o);
            self.toks[c].dep = Some("nmod");
        }
    }

    /// "The United States imposed sanctions on three Iranian banks": the parser may read
    /// the whole sentence as one noun phrase, the past verb an adjective on the noun
    /// after it. In a sentence with no other verb, a root noun with a past verb right
    /// after a noun of its own before it heads the verb's object: the verb is the root,
    /// the noun before it its subject (with the words before that).
    fn repair_sentences_read_as_phrases(&mut self) {
        if !self.parsed {
            return;
        }
        for (a, b, root) in self.rooted_sentences() {
            if !matches!(self.toks[root].pos, Some("NOUN")) || root < a + 2 {
                continue;
            }
            let k = root - 1;
            if self.toks[k].pos != Some("VERB")
                || self.toks[k].head != Some(root)
                || self.toks[k].dep != Some("amod")
                || !matches!(self.doc.tokens[k].xpos.as_deref(), Some("VBD" | "VBN"))
                || (a..b).any(|x| x != k && matches!(self.toks[x].pos, Some("VERB" | "AUX")))
            {
                continue;
            }
            let s = k - 1;
            if !matches!(self.toks[s].pos, Some("NOUN" | "PROPN"))
                || self.toks[s].head != Some(root)
                || !matches!(self.toks[s].dep, Some("compound" | "amod" | "nmod:poss"))
            {
                continue;
            }
            for x in a..s {
                if self.toks[x].head == Some(root) {
                    self.toks[x].head = Some(s);
                }
            }
            self.toks[k].head = None;
            self.toks[k].dep = Some("root");
            self.toks[s].head = Some(k);
            self.toks[s].dep = Some("nsubj");
            self.toks[root].head = Some(k);
            self.toks[root].dep = Some("obj");
            for x in root + 1..b {
                if self.toks[x].head == Some(root) && self.is_punct(x) && x + 1 == b {
                    self.toks[x].head = Some(k);
                }
            }
        }
    }

    /// "insults from a government that jails its own opponents": the parser may hang a
    /// relative clause on the sentence's verb, with its relative pronoun for a subject.
    /// A "that"/"which"/"who" subject right after a noun (or a noun and a comma) makes
    /// its verb a relative clause on that noun.
    fn repair_stray_relatives(&mut self) {
        if !self.parsed {
            return;
        }
        for k in 1..self.toks.len() {
            // (also a "that" tagged as a complementizer: "countries that recognised
            // Kosovo" with "that" for the subject of a clause on the verb; a
            // complementizer is no subject)
            if !matches!(self.toks[k].dep, Some("nsubj" | "nsubj:pass"))
                || !self.is(k, &["that", "which", "who"])
                || !matches!(self.toks[k].pos, Some("PRON" | "SCONJ"))
            {
                continue;
            }
            let Some(h) = self.toks[k].head.filter(|&h| h > k) else {
                continue;
            };
            if self.toks[h].pos != Some("VERB") || self.toks[h].dep == Some("acl:relcl") {
                continue;
            }
            let n = if self.is(k - 1, &[","]) && k > 1 {
                k - 2
            } else {
                k - 1
            };
            // (Not a time or a place: "Portman this year, who endorsed", "a deal with
            // the United States that made inspections harder", where the noun before
            // is not the antecedent.)
            let place = self.mention_of[n].is_some_and(|m| {
                self.mentions[m]
                    .entity
                    .as_deref()
                    .is_some_and(|id| self.is_place_entity(id))
            });
            if !matches!(self.toks[n].pos, Some("NOUN" | "PROPN"))
                || self.toks[n].sent != self.toks[k].sent
                || self.dominates(h, n)
                || crate::tree::is_time(self, n)
                || place
            {
                continue;
            }
            self.toks[h].head = Some(n);
            self.toks[h].dep = Some("acl:relcl");
        }
    }

    /// "said on Wednesday that four members … had been arrested": the parser may read a
    /// complement clause as a relative clause on the noun before "that". A relative
    /// clause's "that" is its subject or object; one whose "that" only marks it, with a
    /// subject of its own, on a time or place phrase of a verb of saying, is what was said.
    fn repair_complements_read_as_relatives(&mut self) {
        if !self.parsed {
            return;
        }
        for k in 0..self.toks.len() {
            if self.toks[k].dep != Some("acl:relcl") || self.toks[k].pos != Some("VERB") {
                continue;
            }
            let marked = self
                .children(k)
                .any(|c| self.toks[c].dep == Some("mark") && self.is(c, &["that"]));
            let subject = self
                .children(k)
                .any(|c| matches!(self.toks[c].dep, Some("nsubj" | "nsubj:pass")));
            let Some(n) = self.toks[k].head else { continue };
            let Some(g) = self.toks[n].head else { continue };
            if !marked
                || !subject
                || self.toks[n].dep != Some("obl")
                || !(crate::tree::is_time(self, n)
                    || self.mention_of[n].is_some_and(|m| {
                        self.mentions[m]
                            .entity
                            .as_deref()
                            .is_some_and(|id| self.is_place_entity(id))
                    }))
                || crate::quotes::cue_at(self, g).is_none()
            {
                continue;
            }
            self.toks[k].head = Some(g);
            self.toks[k].dep = Some("ccomp");
        }
    }

    /// Two idioms the parser may split wrongly: "agreed in principle to provide aid" (the
    /// infinitive read as a modifier of "principle": it is the verb's complement) and
    /// "withdraw from neighboring Lebanon" ("neighboring" read as a verb with "from" for
    /// its mark and the country for its object: it modifies the country, which takes its
    /// place with "from" for its preposition).
    fn repair_idioms(&mut self) {
        if !self.parsed {
            return;
        }
        for i in 0..self.toks.len() {
            // "No matter what is thrown her way, Debbie keeps fighting": a concessive
            // clause, never the subject or object of the verb it hangs on.
            if self.is(i, &["matter"])
                && i > 0
                && self.is(i - 1, &["no"])
                && i + 1 < self.toks.len()
                && self.is(
                    i + 1,
                    &[
                        "what", "how", "who", "whom", "where", "when", "whether", "which", "if",
                    ],
                )
            {
                if matches!(self.toks[i].dep, Some("nsubj" | "obj" | "nsubj:pass")) {
                    self.toks[i].dep = Some("advcl");
                } else if self.toks[i].dep == Some("root") {
                    // (read as the root, with the main clause after the comma hung on
                    // it: the main clause is the root)
                    let (_, sb) = self.sents[self.toks[i].sent];
                    let main = (i + 2..sb).find(|&c| {
                        self.toks[c].head == Some(i)
                            && matches!(self.toks[c].dep, Some("parataxis" | "ccomp" | "conj"))
                            && self.toks[c].pos == Some("VERB")
                            && (i + 1..c).any(|k| self.is(k, &[","]))
                    });
                    if let Some(m) = main {
                        self.toks[m].head = None;
                        self.toks[m].dep = Some("root");
                        self.toks[i].head = Some(m);
                        self.toks[i].dep = Some("advcl");
                        for k in i + 1..sb {
                            if k != m && self.toks[k].head == Some(i) && k > m {
                                self.toks[k].head = Some(m);
                            }
                        }
                    }
                }
            }
            if self.is(i, &["principle"]) && self.toks[i].dep == Some("obl") {
                let Some(g) = self.toks[i].head else { continue };
                if self.toks[g].pos != Some("VERB") {
                    continue;
                }
                let acl: Vec<usize> = self
                    .children(i)
                    .filter(|&c| {
                        c > i
                            && self.toks[c].dep == Some("acl")
                            && self.toks[c].pos == Some("VERB")
                            && self.has_dep_word(c, "mark", &["to"])
                    })
                    .collect();
                for c in acl {
                    self.toks[c].head = Some(g);
                    self.toks[c].dep = Some("xcomp");
                }
            }
            if self.is(i, &["neighboring", "neighbouring", "surrounding"])
                && self.toks[i].pos == Some("VERB")
            {
                let Some(g) = self.toks[i].head else { continue };
                let kids: Vec<usize> = self.children(i).collect();
                let Some(&o) = kids.iter().find(|&&c| {
                    c > i
                        && self.toks[c].dep == Some("obj")
                        && matches!(self.toks[c].pos, Some("PROPN" | "NOUN"))
                }) else {
                    continue;
                };
                let mark = kids
                    .iter()
                    .copied()
                    .find(|&c| c < i && self.toks[c].dep == Some("mark"));
                let dep = if mark.is_some() { "obl" } else { "obj" };
                let own = self.toks[i].dep;
                self.toks[o].head = Some(g);
                self.toks[o].dep = if matches!(own, Some("advcl" | "obl")) {
                    Some(dep)
                } else {
                    own
                };
                self.toks[i].head = Some(o);
                self.toks[i].dep = Some("amod");
                self.toks[i].pos = Some("ADJ");
                if let Some(m) = mark {
                    self.toks[m].head = Some(o);
                    self.toks[m].dep = Some("case");
                }
            }
        }
    }

    /// "…, days after the Russian army threatened to bomb Grozny": the parser may read
    /// the span of time as the clause's subject and the party after "after"/"before" as
    /// its modifier. A time-span noun ("days", "hours", "a week") as the subject, with
    /// an "after"/"before" phrase of its own before the verb, is when: the phrase's noun
    /// is the subject, its preposition marks the clause.
    fn repair_time_span_subjects(&mut self) {
        if !self.parsed {
            return;
        }
        const SPANS: &[&str] = &[
            "minutes", "minute", "hours", "hour", "days", "day", "weeks", "week", "months",
            "month", "years", "year", "moments", "moment",
        ];
        let n = self.toks.len();
        for i in 0..n {
            if !matches!(self.toks[i].dep, Some("nsubj")) || !self.is(i, SPANS) {
                continue;
            }
            let Some(h) = self.toks[i].head.filter(|&h| h < n && h > i) else {
                continue;
            };
            if self.toks[h].pos != Some("VERB") {
                continue;
            }
            let Some(j) = self.children(i).find(|&c| {
                c < h
                    && self.toks[c].dep == Some("nmod")
                    && self.toks[c].pos != Some("NUM")
                    && self.has_dep_word(c, "case", &["after", "before"])
                    // (a party, not an occasion: "Hours after Clinton's appearance")
                    && (self.mention_of[c].is_some()
                        || self.toks[c].pos == Some("PRON")
                        || party_noun(self.word(c)).is_some())
            }) else {
                continue;
            };
            let mark = self
                .children(j)
                .find(|&c| self.toks[c].dep == Some("case") && self.is(c, &["after", "before"]));
            if let Some(m) = mark {
                self.toks[m].head = Some(h);
                self.toks[m].dep = Some("mark");
            }
            self.toks[j].head = Some(h);
            self.toks[j].dep = Some("nsubj");
            self.toks[i].dep = Some("obl:tmod");
        }
    }

    /// "will visit Algeria next month": the parser may read a name before a time phrase
    /// as a compound of the time noun ("Algeria next month"). A named mention compounded
    /// on a time-span noun that has a "next", "last", "this" or "coming" of its own and
    /// hangs on a verb with no object is that verb's object (the name's other words
    /// hang on its last one).
    /// "staged mass demonstrations Saturday to demand reforms": the parser may read a bare
    /// day after an object as an apposition of it. A day name (or "today", "yesterday")
    /// in apposition to a verb's object is the verb's time.
    fn repair_appositive_days(&mut self) {
        if !self.parsed {
            return;
        }
        for k in 1..self.toks.len() {
            // (`DAYS` holds "today", "yesterday" and "tonight" too)
            if self.toks[k].dep != Some("appos") || !self.is(k, DAYS) {
                continue;
            }
            let Some(o) = self.toks[k].head.filter(|&o| o < k) else {
                continue;
            };
            let Some(g) = self.toks[o].head else { continue };
            if self.toks[o].dep != Some("obj") || self.toks[g].pos != Some("VERB") {
                continue;
            }
            self.toks[k].head = Some(g);
            self.toks[k].dep = Some("obl:tmod");
        }
    }

    fn repair_compound_times(&mut self) {
        if !self.parsed {
            return;
        }
        const SPANS: &[&str] = &[
            "week", "weeks", "month", "months", "year", "years", "weekend", "spring", "summer",
            "autumn", "winter", "fall",
        ];
        let n = self.toks.len();
        for m in 0..self.mentions.len() {
            let (a, i) = (self.mentions[m].a, self.mentions[m].b - 1);
            if self.toks[i].dep != Some("compound") || self.toks[i].pos != Some("PROPN") {
                continue;
            }
            let Some(t) = self.toks[i].head.filter(|&t| t < n && t > i) else {
                continue;
            };
            // the name's other words hang on the time noun or on the name's last word
            if !self.is(t, SPANS)
                || !self.children(t).any(|c| {
                    c > i
                        && matches!(self.toks[c].dep, Some("amod" | "det"))
                        && self.is(c, &["next", "last", "this", "coming", "past", "previous"])
                })
                || (a..i).any(|k| !matches!(self.toks[k].head, Some(h) if h == t || h == i))
            {
                continue;
            }
            let Some(v) = self.toks[t].head.filter(|&v| v < i) else {
                continue;
            };
            if self.toks[v].pos != Some("VERB")
                || !matches!(
                    self.toks[t].dep,
                    Some("obl" | "obl:tmod" | "obl:unmarked" | "obj" | "nmod:tmod")
                )
                || self
                    .children(v)
                    .any(|c| c != t && self.toks[c].dep == Some("obj"))
            {
                continue;
            }
            for k in a..i {
                if self.toks[k].head == Some(t) {
                    self.toks[k].head = Some(i);
                }
            }
            self.toks[i].head = Some(v);
            self.toks[i].dep = Some("obj");
            if self.toks[t].dep == Some("obj") {
                self.toks[t].dep = Some("obl:tmod");
            }
        }
    }

    /// "reinforced patrols after masked gunmen attacked a police unit": the parser may
    /// read the subordinate clause's subject as an oblique of its verb ("after gunmen")
    /// and conjoin the verb to the main one. A past verb with no subject, right after an
    /// "after"/"before"/"since"/"until" phrase of its own, has that phrase's noun for its
    /// subject, the preposition for its mark, and is an adverbial clause.
    fn repair_subordinate_obliques(&mut self) {
        if !self.parsed {
            return;
        }
        for x in 1..self.toks.len() {
            if self.toks[x].pos != Some("VERB")
                || !self.tensed(x)
                || self
                    .children(x)
                    .any(|c| matches!(self.toks[c].dep, Some("nsubj" | "nsubj:pass" | "csubj")))
            {
                continue;
            }
            let oblique = |g: usize| {
                self.children(g).find(|&c| {
                    c < x
                        && self.toks[c].dep == Some("obl")
                        && matches!(self.toks[c].pos, Some("NOUN" | "PROPN" | "PRON"))
                        && (c + 1..x).all(|k| self.dominates(c, k) || self.is_punct(k))
                })
            };
            // ("The row comes as Russia and Belarus hold exercises": the phrase hung on
            // the verb the later one is conjoined to, right before it.)
            let conjoined = self.toks[x]
                .head
                .filter(|&g| g < x && self.toks[x].dep == Some("conj"));
            let (o, words) = match oblique(x) {
                Some(o) => (o, CLAUSE_PREPOSITIONS),
                None => match conjoined.and_then(|g| oblique(g).filter(|&o| o > g)) {
                    Some(o) => (o, &["after", "before", "since", "until", "as"][..]),
                    None => continue,
                },
            };
            let Some(m) = self
                .children(o)
                .find(|&c| c < o && self.toks[c].dep == Some("case") && self.is(c, words))
            else {
                continue;
            };
            self.toks[o].head = Some(x);
            self.toks[o].dep = Some("nsubj");
            self.toks[m].head = Some(x);
            self.toks[m].dep = Some("mark");
            if self.toks[x].dep == Some("conj") {
                self.toks[x].dep = Some("advcl");
            }
        }
    }

    /// "The United Nations called for a ceasefire": a passive subject needs a passive
    /// auxiliary ("was", "been") on its verb; with none, the parser misread the subject
    /// ("United" as a verb) and it is the active one.
    fn repair_passive_subjects(&mut self) {
        if !self.parsed {
            return;
        }
        let n = self.toks.len();
        let mut aux_pass = vec![false; n];
        for t in &self.toks {
            if t.dep == Some("aux:pass") {
                if let Some(h) = t.head.filter(|&h| h < n) {
                    aux_pass[h] = true;
                }
            }
        }
        for i in 0..n {
            if self.toks[i].dep == Some("nsubj:pass")
                && self.toks[i]
                    .head
                    .is_some_and(|h| h < n && !aux_pass[h] && self.toks[h].pos == Some("VERB"))
            {
                self.toks[i].dep = Some("nsubj");
            }
        }
    }

    /// "Three men arrested in Cairo", "Two soldiers killed in Kashmir": a headline drops
    /// the passive auxiliary, and the parser reads the patient as the subject of an
    /// active verb. A verb that always takes its patient as object (arrest, jail, kill,
    /// kidnap …), as the root in a past form, with a noun subject and no object or
    /// auxiliary, in a sentence with no present-tense verb, modal or auxiliary and no
    /// other past verb with a subject of its own, is passive: the subject is what was
    /// done to.
    fn repair_headline_passives(&mut self) {
        if !self.parsed {
            return;
        }
        const TRANSITIVE: &[&str] = &[
            "arrest",
            "detain",
            "jail",
            "imprison",
            "kill",
            "wound",
            "injure",
            "kidnap",
            "abduct",
            "execute",
            "sentence",
            "deport",
            "expel",
            "convict",
            "behead",
            "murder",
            "assassinate",
            "massacre",
            "free",
            "release",
            "extradite",
            "indict",
        ];
        for x in 0..self.toks.len() {
            let past = match self.doc.tokens[x].xpos.as_deref() {
                Some("VBN") => true,
                Some("VBD") => self.participle_form(x),
                _ => false,
            };
            if !past
                || self.toks[x].pos != Some("VERB")
                || self.toks[x].head.is_some()
                || !self.toks[x].lemma.is_some_and(|l| TRANSITIVE.contains(&l))
                || self.children(x).any(|c| {
                    matches!(
                        self.toks[c].dep,
                        Some("aux" | "aux:pass" | "obj" | "iobj" | "ccomp" | "xcomp" | "expl")
                    )
                })
            {
                continue;
            }
            let Some(subj) = self
                .children(x)
                .find(|&c| c < x && self.toks[c].dep == Some("nsubj"))
            else {
                continue;
            };
            let (sa, sb) = self.sents[self.toks[x].sent];
            if !matches!(self.toks[subj].pos, Some("NOUN" | "PROPN"))
                || (sa..sb).any(|k| {
                    k != x
                        && (matches!(
                            self.doc.tokens[k].xpos.as_deref(),
                            Some("VBZ" | "VBP" | "MD")
                        ) || self.toks[k].pos == Some("AUX")
                            // (a verb with a subject of its own: ", Saudi television
                            // reported")
                            || (self.doc.tokens[k].xpos.as_deref() == Some("VBD")
                                && self
                                    .children(k)
                                    .any(|c| self.toks[c].dep == Some("nsubj"))))
                })
            {
                continue;
            }
            self.toks[subj].dep = Some("nsubj:pass");
        }
    }

    /// "Zambia extradited suspected British militant Haroon Aswad to Britain": a
    /// participle that says what a person is held to be, right after a verb with no
    /// object of its own, may be read as a clause on that verb with the person for its
    /// object. It describes the person, who is the verb's object (with any phrase of time
    /// or place the participle took).
    fn repair_status_participles(&mut self) {
        if !self.parsed {
            return;
        }
        const STATUS: &[&str] = &[
            "suspect", "allege", "accuse", "convict", "exile", "oust", "depose", "jail",
        ];
        for p in 1..self.toks.len() {
            let g = p - 1;
            if !matches!(self.doc.tokens[p].xpos.as_deref(), Some("VBN" | "VBD"))
                || !self.toks[p].lemma.is_some_and(|l| STATUS.contains(&l))
                || self.toks[p].head != Some(g)
                || !matches!(self.toks[p].dep, Some("xcomp" | "ccomp" | "advcl" | "conj"))
                || self.toks[g].pos != Some("VERB")
                || self
                    .children(g)
                    .any(|c| matches!(self.toks[c].dep, Some("obj" | "iobj")))
                || self.children(p).any(|c| {
                    matches!(
                        self.toks[c].dep,
                        Some("nsubj" | "nsubj:pass" | "aux" | "aux:pass" | "mark")
                    )
                })
            {
                continue;
            }
            // The object: a name or noun whose phrase starts right after the participle.
            let Some(o) = self
                .children(p)
                .find(|&c| self.toks[c].dep == Some("obj") && c > p)
            else {
                continue;
            };
            if !matches!(self.toks[o].pos, Some("NOUN" | "PROPN"))
                || !(p + 1..o).all(|k| self.dominates(o, k))
            {
                continue;
            }
            for c in self.children(p).filter(|&c| c != o).collect::<Vec<_>>() {
                self.toks[c].head = Some(g);
            }
            self.toks[o].head = Some(g);
            self.toks[o].dep = Some("obj");
            self.toks[p].head = Some(o);
            self.toks[p].dep = Some("amod");
        }
    }

    /// "has been cooperating with the inquiry, including offering to meet with them": a
    /// gerund that "including" opens, read as a clause on the noun before it, lists a
    /// deed of the clause's subject. It hangs on the clause's verb.
    fn repair_including_gerunds(&mut self) {
        if !self.parsed {
            return;
        }
        for x in 0..self.toks.len() {
            if self.doc.tokens[x].xpos.as_deref() != Some("VBG")
                || self.toks[x].dep != Some("acl")
                || !self.children(x).any(|c| {
                    c < x
                        && matches!(self.toks[c].dep, Some("mark" | "case"))
                        && self.is(c, &["including"])
                })
                || self
                    .children(x)
                    .any(|c| matches!(self.toks[c].dep, Some("nsubj" | "obj")) && c < x)
            {
                continue;
            }
            // The verb whose phrase the noun is in.
            let mut g = self.toks[x].head;
            for _ in 0..8 {
                match g {
                    Some(k) if self.toks[k].pos == Some("VERB") => break,
                    Some(k) => g = self.toks[k].head,
                    None => break,
                }
            }
            if let Some(g) = g.filter(|&g| self.toks[g].pos == Some("VERB") && g < x) {
                self.toks[x].head = Some(g);
                self.toks[x].dep = Some("advcl");
            }
        }
    }

    /// "Fighting broke out between troops and rebels", "Shelling resumed at dawn": the
    /// tagger may read a sentence's opening gerund as a verb and the parser hang it on
    /// the clause as an auxiliary. Only "be", "have", "do", "get" and the modals are
    /// auxiliaries; a "-ing" word before its verb that has no subject is the subject, a
    /// noun.
    fn repair_gerund_auxiliaries(&mut self) {
        if !self.parsed {
            return;
        }
        let n = self.toks.len();
        for i in 0..n {
            let t = &self.toks[i];
            if !matches!(t.dep, Some("aux" | "aux:pass"))
                || !t.lower.ends_with("ing")
                || t.lower.len() < 6
                || matches!(t.lemma, Some("be" | "have" | "do" | "get" | "go"))
            {
                continue;
            }
            let Some(h) = t.head.filter(|&h| h < n && h > i) else {
                continue;
            };
            let s = self.toks[i].sent;
            let opens = (0..i)
                .rev()
                .take_while(|&k| self.toks[k].sent == s)
                .all(|k| {
                    matches!(self.toks[k].pos, Some("ADJ" | "DET" | "PUNCT"))
                        && self.toks[k].head == Some(i)
                });
            if !opens
                || self.toks[h].pos != Some("VERB")
                || self
                    .children(h)
                    .any(|c| matches!(self.toks[c].dep, Some("nsubj" | "nsubj:pass" | "csubj")))
            {
                continue;
            }
            self.toks[i].pos = Some("NOUN");
            self.toks[i].dep = Some("nsubj");
        }
    }

    /// "accused government troops of shelling villages": the parser may read a gerund
    /// after a preposition as an adjective on the noun after it ("shelling villages" as
    /// a kind of villages). A gerund of an event verb there heads the phrase: the noun
    /// is its object, the preposition its marker.
    fn repair_gerund_modifiers(&mut self) {
        if !self.parsed {
            return;
        }
        let n = self.toks.len();
        for i in 1..n.saturating_sub(1) {
            let t = &self.toks[i];
            let noun = i + 1;
            if t.dep != Some("amod")
                || t.head != Some(noun)
                || !t.lower.ends_with("ing")
                || !matches!(t.pos, Some("VERB" | "ADJ"))
                || self.toks[noun].sent != t.sent
                || !matches!(self.toks[noun].pos, Some("NOUN" | "PROPN"))
                || !matches!(self.toks[noun].dep, Some("nmod" | "obl"))
                || self.toks[i - 1].head != Some(noun)
                || self.toks[i - 1].dep != Some("case")
                || !matches!(
                    self.toks[i - 1].lower.as_str(),
                    "of" | "for" | "by" | "after" | "before" | "without"
                )
            {
                continue;
            }
            if !crate::lexicon::lexicon().event(&t.lower, crate::lexicon::Kind::Verb) {
                continue;
            }
            let dep = if self.toks[noun].dep == Some("nmod") {
                "acl"
            } else {
                "advcl"
            };
            self.toks[i].head = self.toks[noun].head;
            self.toks[i].dep = Some(dep);
            self.toks[i].pos = Some("VERB");
            self.toks[noun].head = Some(i);
            self.toks[noun].dep = Some("obj");
            self.toks[i - 1].head = Some(i);
            self.toks[i - 1].dep = Some("mark");
        }
    }

    /// "accused Russia of bombing its territory": the tagger may read a gerund after
    /// "of", "for" or "by" as a noun, and the parser still give it an object. A gerund of
    /// an event verb with an object of its own is that verb: the preposition is its
    /// marker, and on a noun it is a clause on that noun.
    fn repair_gerund_nouns(&mut self) {
        if !self.parsed {
            return;
        }
        let n = self.toks.len();
        for i in 1..n {
            let t = &self.toks[i];
            if t.pos != Some("NOUN")
                || !t.lower.ends_with("ing")
                || !matches!(t.dep, Some("nmod" | "obl" | "acl"))
                || !self
                    .children(i)
                    .any(|c| c > i && self.toks[c].dep == Some("obj"))
                || self.children(i).any(|c| {
                    c < i && matches!(self.toks[c].dep, Some("det" | "nmod:poss" | "amod"))
                })
            {
                continue;
            }
            let Some(m) = self.children(i).find(|&c| {
                c < i
                    && self.toks[c].dep == Some("case")
                    && self.is(c, &["of", "for", "by", "after", "before", "without"])
            }) else {
                continue;
            };
            if !crate::lexicon::lexicon().event(&self.toks[i].lower, crate::lexicon::Kind::Verb) {
                continue;
            }
            self.toks[i].pos = Some("VERB");
            self.toks[i].dep = Some(if self.toks[i].dep == Some("obl") {
                "advcl"
            } else {
                "acl"
            });
            self.toks[m].dep = Some("mark");
        }
    }

    /// "were killed in Israeli tank shelling": the parser may read an event noun in -ing
    /// after a noun as a clause on that noun ("tank" doing the "shelling"). A gerund
    /// with no object, right after the noun of a prepositional phrase, whose word is an
    /// event noun, heads the phrase: the noun before it is a compound on it.
    fn repair_compound_gerunds(&mut self) {
        if !self.parsed {
            return;
        }
        for i in 1..self.toks.len() {
            let g = i - 1;
            let t = &self.toks[i];
            if !t.lower.ends_with("ing")
                || t.dep != Some("acl")
                || t.head != Some(g)
                || self.toks[g].pos != Some("NOUN")
                || !matches!(self.toks[g].dep, Some("obl" | "nmod"))
                || self
                    .children(i)
                    .any(|c| matches!(self.toks[c].dep, Some("obj" | "nsubj")))
                || !self
                    .children(g)
                    .any(|c| c < g && self.toks[c].dep == Some("case"))
            {
                continue;
            }
            if !crate::lexicon::lexicon().event(&self.toks[i].lower, crate::lexicon::Kind::Noun) {
                continue;
            }
            self.toks[i].head = self.toks[g].head;
            self.toks[i].dep = self.toks[g].dep;
            self.toks[i].pos = Some("NOUN");
            self.toks[g].head = Some(i);
            self.toks[g].dep = Some("compound");
            for c in 0..self.toks.len() {
                if c < g
                    && self.toks[c].head == Some(g)
                    && matches!(self.toks[c].dep, Some("case" | "det"))
                {
                    self.toks[c].head = Some(i);
                } else if self.toks[c].head == Some(i) && self.toks[c].dep == Some("obl") {
                    // (A noun's phrases are nominal modifiers: "at the hands of".)
                    self.toks[c].dep = Some("nmod");
                }
            }
        }
    }

    /// "Raila Odinga and President Mwai Kibaki": the parser may hang the words of the
    /// second name on the first name, past the conjunct that opens it. A flat word
    /// after a conjunct of its head belongs to that conjunct.
    fn repair_flat_conjuncts(&mut self) {
        if !self.parsed {
            return;
        }
        let n = self.toks.len();
        for k in 1..n {
            if self.toks[k].dep != Some("flat") {
                continue;
            }
            let Some(h) = self.toks[k].head.filter(|&h| h < k) else {
                continue;
            };
            let Some(c) = (h + 1..k).rev().find(|&c| {
                self.toks[c].head == Some(h)
                    && self.toks[c].dep == Some("conj")
                    && self.toks[c].pos == Some("PROPN")
            }) else {
                continue;
            };
            // (only the conjunct's own run of name words between)
            if !(c + 1..k)
                .all(|x| self.toks[x].dep == Some("flat") && self.toks[x].pos == Some("PROPN"))
            {
                continue;
            }
            self.toks[k].head = Some(c);
        }
    }

    /// "it is prepared to grant autonomy if Armenian forces pull out, but will not accept
    /// Armenia's demands": the parser may conjoin the verb after ", but" to the verb of
    /// the condition before it. A conjunct with a modal or tense auxiliary of its own and
    /// no subject, after a comma, on the verb of a clause opened by "if", "unless",
    /// "once" or "provided", belongs to the clause that clause hangs on (past the
    /// infinitives of that clause: the verb with a subject).
    fn repair_conjuncts_out_of_conditions(&mut self) {
        if !self.parsed {
            return;
        }
        for y in 2..self.toks.len() {
            if self.toks[y].dep != Some("conj") || self.toks[y].pos != Some("VERB") {
                continue;
            }
            let Some(x) = self.toks[y].head.filter(|&x| x < y) else {
                continue;
            };
            let own = |d: &[&str]| {
                self.children(y)
                    .any(|c| c < y && self.toks[c].dep.is_some_and(|k| d.contains(&k)))
            };
            if !own(&["aux"])
                || own(&["nsubj", "nsubj:pass", "expl"])
                || !(x + 1..y).any(|k| self.toks[k].lower == "," && self.toks[k].head == Some(y))
                || self.toks[x].dep != Some("advcl")
                || !self.children(x).any(|c| {
                    c < x
                        && self.toks[c].dep == Some("mark")
                        && self.is(c, &["if", "unless", "once", "provided"])
                })
            {
                continue;
            }
            // The clause the condition hangs on, up past its infinitives to the verb
            // that has a subject.
            let Some(mut g) = self.toks[x].head else {
                continue;
            };
            for _ in 0..4 {
                let has_subject = self
                    .children(g)
                    .any(|c| matches!(self.toks[c].dep, Some("nsubj" | "nsubj:pass")));
                match self.toks[g].head {
                    Some(up) if !has_subject && self.toks[g].dep == Some("xcomp") => g = up,
                    _ => break,
                }
            }
            if self
                .children(g)
                .any(|c| matches!(self.toks[c].dep, Some("nsubj" | "nsubj:pass")))
            {
                self.toks[y].head = Some(g);
            }
        }
    }

    /// "as fighting raged in South Ossetia": the tagger may read a gerund noun after a
    /// subordinator as a verb, and the parser the past verb after it as its complement.
    /// A gerund with a subordinator of its own and no subject, whose complement is a
    /// past verb with no subject, is that verb's subject: the verb heads the clause.
    fn repair_gerund_subjects(&mut self) {
        if !self.parsed {
            return;
        }
        let n = self.toks.len();
        for i in 1..n.saturating_sub(1) {
            if self.toks[i].pos != Some("VERB")
                || !self.toks[i].lower.ends_with("ing")
                || self.toks[i].dep != Some("advcl")
                || self.children(i).any(|c| {
                    matches!(
                        self.toks[c].dep,
                        Some("nsubj" | "nsubj:pass" | "obj" | "aux" | "aux:pass")
                    )
                })
            {
                continue;
            }
            let Some(m) = self.children(i).find(|&c| {
                c < i
                    && self.toks[c].dep == Some("mark")
                    && self.is(
                        c,
                        &["as", "while", "when", "after", "before", "since", "until"],
                    )
            }) else {
                continue;
            };
            let x = i + 1;
            if self.toks[x].head != Some(i)
                || !matches!(self.toks[x].dep, Some("xcomp" | "ccomp"))
                || !matches!(self.doc.tokens[x].xpos.as_deref(), Some("VBD" | "VBN"))
                || self
                    .children(x)
                    .any(|c| matches!(self.toks[c].dep, Some("nsubj" | "nsubj:pass" | "aux:pass")))
            {
                continue;
            }
            self.toks[x].head = self.toks[i].head;
            self.toks[x].dep = Some("advcl");
            self.toks[i].head = Some(x);
            self.toks[i].dep = Some("nsubj");
            self.toks[i].pos = Some("NOUN");
            self.toks[m].head = Some(x);
        }
    }

    /// "Supporters marched to the palace, and police fired tear gas", "Crowds gathered in
    /// the square and soldiers shot protesters": after "and", the parser may read a party
    /// noun and the past-tense verb after it as part of a noun phrase ("police fired
    /// tear gas" as a kind of gas) or hang the noun on the phrase before. A party noun
    /// (police, troops, rebels) between "and" and a verb in the past with its object
    /// after it opens a clause of its own, conjoined to the sentence's verb.
    fn repair_conjoined_clauses(&mut self) {
        if !self.parsed {
            return;
        }
        let n = self.toks.len();
        for c in 0..n.saturating_sub(3) {
            let (noun, f) = (c + 1, c + 2);
            let sent = self.toks[c].sent;
            if !matches!(self.toks[c].lower.as_str(), "and" | "but")
                || self.toks[f].sent != sent
                || self.toks[noun].pos != Some("NOUN")
                || agent_noun(&self.toks[noun].lower).is_none()
                || self.toks[f].pos != Some("VERB")
                || !(self.toks[f].lemma.is_some_and(|l| l != self.toks[f].lower)
                    || matches!(
                        self.toks[f].lower.as_str(),
                        "shot"
                            | "hit"
                            | "struck"
                            | "fought"
                            | "led"
                            | "took"
                            | "beat"
                            | "threw"
                            | "held"
                            | "met"
                            | "sent"
                            | "set"
                            | "burnt"
                            | "cut"
                            | "put"
                    ))
                || self.toks[f].lower.ends_with("ing")
                || self.toks[f].lower.ends_with('s')
                || self.toks[noun].dep == Some("nsubj") && self.toks[noun].head == Some(f)
            {
                continue;
            }
            let (sa, sb) = self.sents[sent];
            // The first clause's verb: the verb before "and" nearest the root ("…
            // marched …, and police fired …, witnesses said").
            let depth = |mut k: usize| {
                let mut d = 0;
                while let Some(h) = self.toks[k].head.filter(|&h| h < n && d < 40) {
                    k = h;
                    d += 1;
                }
                d
            };
            let Some(root) = (sa..c)
                .filter(|&k| self.toks[k].pos == Some("VERB"))
                .min_by_key(|&k| depth(k))
            else {
                continue;
            };
            // The object: the noun the verb was read as modifying, or its own.
            let obj = match self.toks[f].dep {
                Some("amod") => self.toks[f].head.filter(|&g| g > f && g < sb),
                _ => self.children(f).find(|&k| self.toks[k].dep == Some("obj")),
            };
            let Some(obj) = obj else {
                continue;
            };
            if !matches!(self.toks[obj].pos, Some("NOUN" | "PROPN" | "NUM" | "PRON")) {
                continue;
            }
            self.toks[f].head = Some(root);
            self.toks[f].dep = Some("conj");
            self.toks[noun].head = Some(f);
            self.toks[noun].dep = Some("nsubj");
            self.toks[c].head = Some(f);
            self.toks[c].dep = Some("cc");
            if c > sa && self.toks[c - 1].lower == "," {
                self.toks[c - 1].head = Some(f);
            }
            if obj > f {
                self.toks[obj].head = Some(f);
                self.toks[obj].dep = Some("obj");
            }
        }
    }

    /// "shot down a government helicopter", "blew up the bridge": the parser may read an
    /// event verb's particle as the preposition of the noun after it. When the lexicon
    /// knows the verb with that particle, the particle is the verb's and the noun its
    /// object.
    fn repair_particles(&mut self) {
        if !self.parsed {
            return;
        }
        let n = self.toks.len();
        for i in 0..n.saturating_sub(2) {
            let p = i + 1;
            if self.toks[i].pos != Some("VERB")
                || self.toks[p].dep != Some("case")
                || self.toks[p].sent != self.toks[i].sent
            {
                continue;
            }
            let Some(noun) = self.toks[p].head.filter(|&x| x > p && x < n) else {
                continue;
            };
            if self.toks[noun].head != Some(i)
                || self.toks[noun].dep != Some("obl")
                || !matches!(self.toks[noun].pos, Some("NOUN" | "PROPN"))
                || self.children(i).any(|c| self.toks[c].dep == Some("obj"))
            {
                continue;
            }
            let particle = self.toks[p].lower.clone();
            let known = crate::lexicon::lexicon()
                .get(&self.toks[i].lower)
                .iter()
                .any(|e| {
                    e.kind == crate::lexicon::Kind::Verb
                        && e.after.len() == 1
                        && e.after[0] == particle
                        && matches!(e.after[0], "down" | "up" | "off" | "out")
                });
            if !known {
                continue;
            }
            self.toks[p].head = Some(i);
            self.toks[p].dep = Some("compound:prt");
            self.toks[p].pos = Some("ADP");
            self.toks[noun].dep = Some("obj");
        }
    }

    /// "Inside the hotel conference center, Trump on Tuesday dismissed Walker": the parser
    /// may take a fronted phrase with a preposition for the subject and the real subject
    /// for its apposition. A subject with a preposition of its own is no subject: it
    /// hangs on the verb as a phrase, and a name in apposition to it takes its place.
    fn repair_prepositional_subjects(&mut self) {
        if !self.parsed {
            return;
        }
        let n = self.toks.len();
        for i in 0..n {
            if self.toks[i].dep != Some("nsubj") {
                continue;
            }
            let Some(h) = self.toks[i].head.filter(|&h| h < n) else {
                continue;
            };
            let kids: Vec<usize> = self.children(i).collect();
            let prep = kids.iter().any(|&c| {
                c < i
                    && self.toks[c].dep == Some("case")
                    && self.toks[c].pos == Some("ADP")
                    && !self.is_poss(c)
            });
            if !prep {
                continue;
            }
            // "a week after Somali militants attacked a police post": a subordinator
            // read as the preposition of the subject of a finite verb marks the verb's
            // clause; the subject stays one.
            let sub = kids.iter().copied().find(|&c| {
                c < i && self.toks[c].dep == Some("case") && self.is(c, CLAUSE_PREPOSITIONS)
            });
            if let Some(m) =
                sub.filter(|_| self.toks[h].pos == Some("VERB") && h > i && self.tensed(h))
            {
                self.toks[m].head = Some(h);
                self.toks[m].dep = Some("mark");
                continue;
            }
            self.toks[i].dep = Some("obl");
            if let Some(&j) = kids.iter().find(|&&c| {
                self.toks[c].dep == Some("appos")
                    && c < h
                    && self.toks[c].pos == Some("PROPN")
                    && !self
                        .children(h)
                        .any(|k| k != i && matches!(self.toks[k].dep, Some("nsubj" | "nsubj:pass")))
            }) {
                self.toks[j].head = Some(h);
                self.toks[j].dep = Some("nsubj");
            }
        }
    }

    /// "hosted German Chancellor Angela Merkel", "Secretary of State John Kerry held
    /// talks": the parser may hang a person's name on the title before it (as an
    /// apposition, a list item or a flat part) and attach the title to the clause, even
    /// as an adjective complement. A name right after its title words (capitalized, with
    /// "of"), is the head of the phrase: it takes the title's place in the clause, and
    /// the title hangs on it.
    fn repair_titled_names(&mut self) {
        if !self.parsed {
            return;
        }
        let names: Vec<usize> = self
            .mentions
            .iter()
            .filter(|m| {
                m.kind == MentionKind::Name
                    && m.entity.as_deref().and_then(|id| self.entity_kind(id))
                        == Some(sitrep_doc::EntityType::Person)
            })
            .map(|m| m.a)
            .collect();
        // (Lower-case words a title may start with: "former Prime Minister Yingluck
        // Shinawatra", read as a small clause "former [Yingluck]".)
        const BEFORE_TITLE: &[&str] = &[
            "former", "then", "acting", "deputy", "outgoing", "ousted", "late", "new", "incoming",
            "vice", "interim",
        ];
        for n in names {
            // "Lt. Gen. Prosper Avril resigned", with the title and the name read as two
            // subjects of the verb: the title hangs on the name.
            if let Some(p) = (n.saturating_sub(6)..n).find(|&p| {
                matches!(self.toks[n].dep, Some("nsubj" | "nsubj:pass"))
                    && self.toks[p].dep == self.toks[n].dep
                    && self.toks[p].head == self.toks[n].head
                    && (p..n)
                        .all(|k| k == p || self.toks[k].head.is_some_and(|h| (p..n).contains(&h)))
                    && (p..n).all(|k| {
                        let t = &self.toks[k];
                        t.text.chars().next().is_some_and(char::is_uppercase)
                            && matches!(t.pos, Some("PROPN" | "NOUN"))
                    })
            }) {
                self.toks[p].head = Some(n);
                self.toks[p].dep = Some("compound");
                continue;
            }
            let Some(p) = self.toks[n].head.filter(|&p| p < n && n - p <= 6) else {
                continue;
            };
            let small_clause = self.toks[n].dep == Some("nsubj")
                && self.toks[p].dep == Some("xcomp")
                && self.toks[p].pos == Some("ADJ");
            if !matches!(self.toks[n].dep, Some("appos" | "list" | "flat")) && !small_clause {
                continue;
            }
            let titled = (p..n).all(|k| {
                let t = &self.toks[k];
                (t.text.chars().next().is_some_and(char::is_uppercase)
                    && matches!(t.pos, Some("PROPN" | "ADJ" | "NOUN")))
                    || (k > p && matches!(t.lower.as_str(), "of" | "the" | "-"))
                    || BEFORE_TITLE.contains(&t.lower.as_str())
            });
            if !titled || self.toks[p].dep.is_none() {
                continue;
            }
            let dep = match self.toks[p].dep {
                Some("xcomp") => Some("obj"),
                d => d,
            };
            // (What hung on the title outside the title words, a preposition before it
            // or a conjunct after the name, hangs on the name: "with Ugandan President
            // Yoweri Museveni", "Prince Norodom Ranariddh and Hun Sen".)
            for c in 0..self.toks.len() {
                if self.toks[c].head == Some(p) && !(p < c && c <= n) {
                    self.toks[c].head = Some(n);
                }
            }
            self.toks[n].head = self.toks[p].head;
            self.toks[n].dep = dep;
            self.toks[p].head = Some(n);
            self.toks[p].dep = Some("compound");
        }
    }

    /// The kind of the entity with this id.
    pub fn entity_kind(&self, id: &str) -> Option<sitrep_doc::EntityType> {
        self.doc
            .entities
            .iter()
            .find(|e| e.id == id)
            .map(|e| e.kind)
    }

    /// Whether the entity with this id is a place: a country, city or region.
    pub fn is_place_entity(&self, id: &str) -> bool {
        matches!(
            self.entity_kind(id),
            Some(sitrep_doc::EntityType::Gpe | sitrep_doc::EntityType::Loc)
        )
    }

    /// "LIMA, March 3 (Reuters) - Senator Ana Ruiz criticized …": a dateline that opens
    /// a sentence (a place in capitals, then perhaps its country, a date or an agency in
    /// brackets, then a dash or colon) is no part of the clause. The parser may make the
    /// place a subject; its words are cut loose from the tree (dependency `dep`), and
    /// the place stays a mention (the dateline's country is read from it).
    fn repair_datelines(&mut self) {
        if !self.parsed {
            return;
        }
        for si in 0..self.sents.len() {
            let (a, b) = self.sents[si];
            if b <= a + 2 {
                continue;
            }
            let caps = |t: &Tok| {
                t.text.chars().filter(|c| c.is_alphabetic()).count() >= 2
                    && !t.text.chars().any(char::is_lowercase)
            };
            let mut k = a;
            while k < b && k < a + 4 && caps(&self.toks[k]) {
                k += 1;
            }
            if k == a {
                continue;
            }
            // Then ", Place", ", March 3", "(Reuters)" up to the separator.
            let sep = (k..b.min(a + 12))
                .find(|&j| matches!(self.toks[j].text, "-" | "--" | "—" | "–" | ":"));
            let Some(sep) = sep else { continue };
            let between_ok = (k..sep).all(|j| {
                let t = self.toks[j].text;
                matches!(t, "," | "(" | ")" | ".")
                    || t.chars()
                        .next()
                        .is_some_and(|c| c.is_uppercase() || c.is_ascii_digit())
            });
            // (Not "UN: Peace talks …" read as a whole headline: the clause must go on.)
            if !between_ok || sep + 2 >= b {
                continue;
            }
            // "SEOUL, Feb 9 (Wire) - South Korea and Japan agreed …": the parser may hang
            // the clause's subject on the dateline and the dateline on the verb as its
            // subject. The first word after the separator that hangs on the dateline
            // takes the dateline's place in the clause.
            // (not the separator's own punctuation, hung on the phrase after it)
            let outer = (a..=sep).find(|&j| {
                self.toks[j].head.is_some_and(|h| h > sep && h < b)
                    && self.toks[j].dep != Some("root")
                    && self.toks[j].dep != Some("punct")
            });
            if let Some(o) = outer {
                let (h, d) = (self.toks[o].head, self.toks[o].dep);
                if let Some(j) = (sep + 1..b).find(|&j| {
                    self.toks[j].head.is_some_and(|x| x >= a && x <= sep)
                        && matches!(self.toks[j].pos, Some("PROPN" | "NOUN" | "PRON"))
                }) {
                    self.toks[j].head = h;
                    self.toks[j].dep = d;
                }
            }
            // "BRUSSELS, May 22 (Wire) - European finance ministers failed on Monday to
            // agree …": with the dateline for the sentence's root and the subject in
            // apposition to it, a past-tense verb read as a relative clause on the subject
            // is the sentence's verb.
            if outer.is_none() {
                if let Some(r) = (a..=sep).find(|&j| self.toks[j].dep == Some("root")) {
                    let subject = (sep + 1..b).find(|&j| {
                        self.toks[j].head == Some(r)
                            && matches!(self.toks[j].pos, Some("PROPN" | "NOUN" | "PRON"))
                    });
                    let verb = subject.and_then(|j| {
                        (j + 1..b).find(|&x| {
                            self.toks[x].head == Some(j)
                                && self.toks[x].dep == Some("acl")
                                && self.doc.tokens[x].xpos.as_deref() == Some("VBD")
                        })
                    });
                    if let (Some(j), Some(x)) = (subject, verb) {
                        self.toks[x].head = None;
                        self.toks[x].dep = Some("root");
                        self.toks[j].head = Some(x);
                        self.toks[j].dep = Some("nsubj");
                        for k in sep + 1..b {
                            if k != j && self.toks[k].head == Some(r) {
                                self.toks[k].head = Some(x);
                            }
                        }
                        self.toks[r].head = Some(x);
                        self.toks[r].dep = Some("dep");
                    }
                }
            }
            for j in a..=sep {
                let outside = self.toks[j].head.is_none_or(|h| h < a || h > sep);
                if outside && self.toks[j].dep != Some("root") {
                    self.toks[j].dep = Some("dep");
                }
            }
        }
    }

    /// "met visiting U.S. Secretary of State John Kerry": the parser may read "visiting"
    /// as a verb taking the visitor as its object. When the word right after it starts
    /// a named party (a person or a group, not a place: "visiting China" is a verb),
    /// the visitor is the governing verb's object and "visiting" describes it.
    fn repair_visiting(&mut self) {
        for x in 0..self.toks.len() {
            if self.toks[x].lower != "visiting" || self.toks[x].dep != Some("xcomp") {
                continue;
            }
            let Some(g) = self.toks[x].head else { continue };
            let obj = (0..self.toks.len())
                .find(|&c| self.toks[c].head == Some(x) && self.toks[c].dep == Some("obj"));
            let Some(o) = obj.filter(|&o| o > x) else {
                continue;
            };
            let party = self.mention_of[x + 1..=o].iter().flatten().any(|&m| {
                let m = &self.mentions[m];
                m.actor.is_some()
                    && !m
                        .entity
                        .as_deref()
                        .is_some_and(|id| self.is_place_entity(id))
            });
            if party && self.toks[x + 1].pos != Some("DET") {
                self.toks[o].head = Some(g);
                self.toks[o].dep = Some("obj");
                self.toks[x].head = Some(o);
                self.toks[x].dep = Some("amod");
                // ("met visiting X in Algiers": the place and time after the visitor
                // are the meeting's.)
                for c in o + 1..self.toks.len() {
                    if self.toks[c].head == Some(x)
                        && matches!(self.toks[c].dep, Some("obl" | "obl:tmod" | "obl:unmarked"))
                    {
                        self.toks[c].head = Some(g);
                    }
                }
            }
        }
    }

    /// Replaces the mention list (sorted, overlaps resolved in favour of the longer).
    pub fn set_mentions(&mut self, mut ms: Vec<Mention>) {
        ms.sort_by_key(|m| (m.a, std::cmp::Reverse(m.b)));
        let mut kept: Vec<Mention> = Vec::new();
        for m in ms {
            if let Some(last) = kept.last() {
                if m.a < last.b {
                    continue;
                }
            }
            kept.push(m);
        }
        self.mention_of = vec![None; self.toks.len()];
        for (i, m) in kept.iter().enumerate() {
            for x in self.mention_of.iter_mut().take(m.b).skip(m.a) {
                *x = Some(i);
            }
        }
        self.mentions = kept;
    }

    /// Token range `[a, b)` covering the byte span, if any token lies inside it.
    pub fn token_range(&self, start: usize, end: usize) -> Option<(usize, usize)> {
        let a = self.toks.partition_point(|t| t.end <= start);
        let b = self.toks.partition_point(|t| t.start < end);
        (a < b).then_some((a, b))
    }

    /// Each sentence `[a, b)` with the root token the parser gave it (sentences with
    /// none are left out), as they stand before a repair walks them: a repair changes
    /// heads inside the sentence it is at only.
    fn rooted_sentences(&self) -> Vec<(usize, usize, usize)> {
        self.sents
            .iter()
            .filter_map(|&(a, b)| {
                (a..b)
                    .find(|&k| self.toks[k].dep == Some("root"))
                    .map(|r| (a, b, r))
            })
            .collect()
    }

    /// Whether token `k` has an object of its own.
    fn has_object(&self, k: usize) -> bool {
        let s = self.toks[k].sent;
        let (a, b) = self.sents[s];
        (a..b).any(|c| self.toks[c].head == Some(k) && self.toks[c].dep == Some("obj"))
    }

    /// Whether the verb at `k`, read by the parser as a relative clause, reads as a
    /// finite verb: the past tense (VBD), or a participle with an object, which a reduced
    /// relative rarely has (not of a verb whose passive keeps one: `ditransitive`).
    fn finite_reading(&self, k: usize) -> bool {
        match self.doc.tokens[k].xpos.as_deref() {
            Some("VBD") => true,
            Some("VBN") => self.has_object(k) && !self.ditransitive(k),
            _ => false,
        }
    }

    /// Whether token `k` is a tensed verb form (past, or present of any person).
    fn tensed(&self, k: usize) -> bool {
        matches!(
            self.doc.tokens[k].xpos.as_deref(),
            Some("VBD" | "VBZ" | "VBP")
        )
    }

    /// Whether the verb at `k` heads a finite clause: a tensed form, or a tensed
    /// auxiliary of its own ("was kidnapped").
    fn finite(&self, k: usize) -> bool {
        self.tensed(k)
            || self
                .children(k)
                .any(|c| matches!(self.toks[c].dep, Some("aux" | "aux:pass")) && self.tensed(c))
    }

    /// Whether token `k` is `h` or below it in the tree.
    pub fn dominates(&self, h: usize, k: usize) -> bool {
        let mut x = k;
        for _ in 0..40 {
            if x == h {
                return true;
            }
            match self.toks[x].head {
                Some(g) => x = g,
                None => return false,
            }
        }
        false
    }

    /// Whether token `k` hangs on `noun` directly or through nouns of phrases on it
    /// ("the West Bank city of Hebron" on "settlers", a conjunct).
    fn hangs_on(&self, k: usize, noun: usize) -> bool {
        let mut h = self.toks[k].head;
        for _ in 0..6 {
            let Some(x) = h else { return false };
            if x == noun {
                return true;
            }
            if !matches!(self.toks[x].dep, Some("conj" | "nmod")) {
                return false;
            }
            h = self.toks[x].head;
        }
        false
    }

    /// Whether token `i` is a verb whose passive keeps an object ("refugees given
    /// shelter", "the ministers told the news"), so that a participle of it with an
    /// object can still be a reduced relative.
    pub fn ditransitive(&self, i: usize) -> bool {
        matches!(
            self.toks[i].lemma,
            Some(
                "give"
                    | "grant"
                    | "award"
                    | "offer"
                    | "deny"
                    | "hand"
                    | "send"
                    | "show"
                    | "tell"
                    | "ask"
                    | "allow"
                    | "promise"
                    | "pay"
                    | "lend"
                    | "owe"
                    | "teach"
                    | "name"
                    | "call"
                    | "elect"
                    | "appoint"
                    | "charge"
                    | "fine"
                    | "refuse"
                    | "assign"
                    | "issue"
                    | "sell"
                    | "leave"
            )
        )
    }

    pub fn word(&self, i: usize) -> &str {
        self.toks.get(i).map(|t| t.lower.as_str()).unwrap_or("")
    }

    /// Whether token `i` is (part of) a possessive "'s" ("'s", or "'" + "s").
    pub fn is_poss(&self, i: usize) -> bool {
        let w = self.word(i);
        w == "'s"
            || (w == "'" && self.word(i + 1) == "s")
            || (w == "s" && i > 0 && self.word(i - 1) == "'")
    }

    pub fn is(&self, i: usize, words: &[&str]) -> bool {
        words.contains(&self.word(i))
    }

    /// Lemma when the tagger gave one, else the lower-case word.
    pub fn lemma(&self, i: usize) -> &str {
        match self.toks[i].lemma {
            Some(l) => l,
            None => &self.toks[i].lower,
        }
    }

    pub fn pos(&self, i: usize) -> Option<&str> {
        self.toks.get(i).and_then(|t| t.pos)
    }

    /// Whether token `k` is a hyphen inside a word, touching the tokens on both sides
    /// ("high-level", "Secretary-General", "short-range").
    pub fn inner_hyphen(&self, k: usize) -> bool {
        k > 0
            && k + 1 < self.toks.len()
            && self.toks[k].text == "-"
            && self.toks[k - 1].end == self.toks[k].start
            && self.toks[k].end == self.toks[k + 1].start
    }

    pub fn is_punct(&self, i: usize) -> bool {
        self.toks
            .get(i)
            .map(|t| t.text.chars().all(|c| !c.is_alphanumeric()))
            .unwrap_or(true)
    }

    pub fn is_capitalized(&self, i: usize) -> bool {
        self.toks
            .get(i)
            .and_then(|t| t.text.chars().next())
            .map(|c| c.is_uppercase())
            .unwrap_or(false)
    }

    /// Dependents of token `h`, in order.
    pub fn children(&self, h: usize) -> impl Iterator<Item = usize> + '_ {
        let (a, b) = self.sents[self.toks[h].sent];
        (a..b).filter(move |&i| self.toks[i].head == Some(h))
    }

    /// Whether `h` has a dependent of relation `rel` that is one of `words` (a "case"
    /// word "by", a "mark" "to").
    pub fn has_dep_word(&self, h: usize, rel: &str, words: &[&str]) -> bool {
        self.children(h)
            .any(|c| self.dep(c) == rel && self.is(c, words))
    }

    pub fn dep(&self, i: usize) -> &str {
        self.toks.get(i).and_then(|t| t.dep).unwrap_or("")
    }

    /// Byte span of tokens `[a, b)`.
    pub fn span(&self, a: usize, b: usize) -> (usize, usize) {
        (self.toks[a].start, self.toks[b - 1].end)
    }

    pub fn sentence_of(&self, i: usize) -> usize {
        self.toks[i].sent
    }
}

/// Lower case, with typographic apostrophes made straight.
pub fn normalize(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for c in s.chars() {
        match c {
            '\u{2019}' | '\u{2018}' => out.push('\''),
            _ => out.extend(c.to_lowercase()),
        }
    }
    out
}

/// Prepositions that also open a clause ("after the attack", "after gunmen attacked"):
/// the parser may read them as the preposition of the clause's subject.
const CLAUSE_PREPOSITIONS: &[&str] = &["after", "before", "since", "until"];

/// Nouns a participle of holding takes as what its patient is held as ("held
/// hostage"): no object.
const HELD_AS: &[&str] = &[
    "hostage",
    "hostages",
    "captive",
    "captives",
    "prisoner",
    "prisoners",
];

pub const PRONOUNS: &[&str] = &[
    "he", "she", "they", "i", "we", "it", "you", "him", "her", "them", "us",
];

pub const DETERMINERS: &[&str] = &[
    "the", "a", "an", "this", "these", "those", "its", "his", "her", "their", "our", "my", "your",
    "some", "several", "two", "three", "four", "five", "many", "other",
];

/// Closed-class and frequent words that never start or continue a noun phrase chunk.
pub const FUNCTION: &[&str] = &[
    "and",
    "or",
    "but",
    "that",
    "which",
    "who",
    "whom",
    "whose",
    "when",
    "where",
    "while",
    "after",
    "before",
    "since",
    "because",
    "as",
    "if",
    "unless",
    "to",
    "of",
    "in",
    "on",
    "at",
    "by",
    "for",
    "with",
    "from",
    "into",
    "over",
    "under",
    "against",
    "about",
    "than",
    "is",
    "are",
    "was",
    "were",
    "be",
    "been",
    "being",
    "has",
    "have",
    "had",
    "do",
    "does",
    "did",
    "will",
    "would",
    "could",
    "should",
    "may",
    "might",
    "can",
    "must",
    "not",
    "n't",
    "no",
    "never",
    "also",
    "said",
    "says",
    "say",
    "told",
    "according",
    "there",
    "here",
    "then",
    "so",
    "yet",
    "just",
    "only",
    "even",
    "still",
    "already",
    "reportedly",
    "allegedly",
    "during",
    "through",
    "across",
    "between",
    "among",
    "without",
    "within",
    "toward",
    "towards",
    "upon",
    "near",
    "up",
    "down",
    "out",
    "off",
    "all",
    "both",
];

pub const DAYS: &[&str] = &[
    "monday",
    "tuesday",
    "wednesday",
    "thursday",
    "friday",
    "saturday",
    "sunday",
    "yesterday",
    "today",
    "tonight",
    "overnight",
    "tomorrow",
];
