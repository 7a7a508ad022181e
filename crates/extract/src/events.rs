//! Events: triggers from the lexicon, source and target from the dependency tree (or the
//! surface order when there is no parse), active and passive, verbal and nominal;
//! location, time, status and attribution.

use crate::lexicon::{lexicon, Entry, Kind};
use crate::np::{np_ending_at, np_starting_at, phrase_at, Arg};
use crate::quotes::Found;
use crate::view::{View, DAYS, DETERMINERS};
use sitrep_doc::{ActorRef, Event, SpanRef, Status, TextSpan, TimeRef};

const BE: &[&str] = &[
    "is", "are", "was", "were", "be", "been", "being", "get", "got", "gets", "getting", "'s",
];
const AUX_SKIP: &[&str] = &[
    "has",
    "have",
    "had",
    "will",
    "would",
    "could",
    "should",
    "may",
    "might",
    "can",
    "must",
    "did",
    "does",
    "do",
    "not",
    "n't",
    "never",
    "also",
    "reportedly",
    "allegedly",
    "then",
    "later",
    "again",
    "repeatedly",
    "to",
    "'ll",
    "'d",
    "already",
    "just",
    "recently",
    "apparently",
    "reportedly",
    "been",
];
/// An argument that is a person entity (a name or a pronoun linked to one).
fn is_person(v: &View, a: &Arg) -> bool {
    a.entity.as_deref().is_some_and(|id| person_entity(v, id))
}

fn person_entity(v: &View, id: &str) -> bool {
    v.entity_kind(id) == Some(sitrep_doc::EntityType::Person)
}

/// The party in a prepositional phrase (`obl` or `nmod`, with one of `cases`) hanging
/// from token `x` ("talks with Merkel", "memos from Bree"): the first such phrase, among
/// those `keep` admits, that names an actor or a person (whose code may come later, from
/// the entity layer).
fn party_hanging_from(
    v: &View,
    x: usize,
    cases: &[&str],
    keep: impl Fn(usize) -> bool,
) -> Option<Vec<Arg>> {
    v.children(x)
        .filter(|&c| {
            keep(c) && matches!(v.dep(c), "obl" | "nmod") && v.has_dep_word(c, "case", cases)
        })
        .map(|c| crate::tree::actors_at(v, c))
        .find(|t| t.iter().any(|a| a.actor.is_some() || is_person(v, a)))
}

/// Whether the argument is a place (a country, city or region named as such).
fn is_place_arg(v: &View, a: &Arg) -> bool {
    a.entity.as_deref().is_some_and(|id| v.is_place_entity(id))
}

/// Gives each argument that `party` accepts the country `c`, keeping the sector of a
/// party code of no country ("villagers" ---PPL killed in Mali are MLIPPL).
fn give_country(args: &mut [Arg], c: &str, party: impl Fn(&Arg) -> bool) {
    for a in args.iter_mut().filter(|a| party(a)) {
        let sector = a
            .actor
            .as_deref()
            .and_then(|x| x.strip_prefix("---"))
            .unwrap_or("");
        a.actor = Some(format!("{c}{sector}"));
    }
}

/// Whether the phrase ends in a word for people or in a count ("12 villagers",
/// "protesters", "killed 12").
fn people_phrase(v: &View, a: &Arg) -> bool {
    a.b > a.a && (people_noun(v.word(a.b - 1)) || v.pos(a.b - 1) == Some("NUM"))
}

/// Whether the argument is a person or people: a person's name, a word for people or a
/// count, or a role ("the gunman", "12 villagers", "the mayor").
pub(crate) fn people_arg(v: &View, a: &Arg) -> bool {
    is_person(v, a)
        || people_phrase(v, a)
        || (a.b > a.a && crate::view::is_person_role(v.word(a.b - 1)))
}

/// Whether the argument is a named group: an organization or a people, party or faith
/// ("the Association of Flight Attendants", "Republicans") that the entity layer gives no
/// code.
/// (Of peoples, only political camps: "radical Islamists" or "Africans" in a story are
/// not of its country as "Republicans" are.)
fn is_group(v: &View, a: &Arg) -> bool {
    const CAMPS: &[&str] = &[
        "republican",
        "democrat",
        "democratic",
        "conservative",
        "liberal",
        "tory",
        "tories",
        "labour",
        "socialist",
        "communist",
        "libertarian",
        "progressive",
    ];
    match a.entity.as_deref().and_then(|id| v.entity_kind(id)) {
        Some(sitrep_doc::EntityType::Org) => true,
        Some(sitrep_doc::EntityType::Norp) => (a.a..a.b).any(|k| {
            let w = &v.toks[k].lower;
            CAMPS.contains(&w.as_str()) || w.strip_suffix('s').is_some_and(|x| CAMPS.contains(&x))
        }),
        _ => false,
    }
}

/// Things that are published or let go of, not people set free: "released notes from
/// Blumenthal", "released his tax returns", "excerpts of his speech released by the
/// White House", "released nonessential staff from two plants".
const PUBLISHED: &[&str] = &[
    "notes",
    "note",
    "emails",
    "email",
    "e-mails",
    "documents",
    "document",
    "report",
    "reports",
    "statement",
    "statements",
    "data",
    "figures",
    "records",
    "returns",
    "video",
    "videos",
    "footage",
    "recording",
    "recordings",
    "transcript",
    "transcripts",
    "letter",
    "letters",
    "list",
    "results",
    "poll",
    "memo",
    "memos",
    "files",
    "details",
    "names",
    "plan",
    "plans",
    "budget",
    "album",
    "book",
    "film",
    "images",
    "photos",
    "pictures",
    "information",
    "findings",
    "text",
    "ad",
    "ads",
    "excerpts",
    "excerpt",
    "speech",
    "speeches",
    // (nor is letting staff go)
    "staff",
    "staffers",
    "workers",
    "employees",
    "personnel",
];

/// Whether the word at `k` names something published or let go of (`PUBLISHED`,
/// `tree::DOCUMENTS`).
fn published(v: &View, k: usize) -> bool {
    v.is(k, PUBLISHED) || v.is(k, crate::tree::DOCUMENTS)
}

/// Whether the verb at `h` has a published thing as what it acts on: its object or
/// passive subject, or the noun it modifies as a participle ("a report released on
/// Tuesday").
fn releases_document(v: &View, h: usize) -> bool {
    v.children(h)
        .any(|c| matches!(v.dep(c), "obj" | "nsubj:pass") && published(v, c))
        || (matches!(v.dep(h), "acl" | "amod") && v.toks[h].head.is_some_and(|p| published(v, p)))
        || v.children(h).any(|c| {
            v.dep(c) == "nsubj" && published(v, c) && !v.children(h).any(|k| v.dep(k) == "obj")
        })
        // ("In a report released Monday, the ministry said": the parser may hang the
        // document on the participle right after it as an oblique.)
        || (h > 0
            && v.toks[h - 1].head == Some(h)
            && v.dep(h - 1) == "obl"
            && published(v, h - 1)
            && !v
                .children(h)
                .any(|k| matches!(v.dep(k), "nsubj" | "nsubj:pass" | "obj")))
}

/// The subject of an "if" or "unless" clause under the verb at `h` or the verbs it
/// governs (three levels down), when it names an actor of a country.
fn condition_party(v: &View, h: usize) -> Option<Vec<Arg>> {
    let mut level = vec![h];
    for _ in 0..3 {
        let mut next = Vec::new();
        for &x in &level {
            for c in v.children(x) {
                match v.dep(c) {
                    "advcl" if v.has_dep_word(c, "mark", &["if", "unless"]) => {
                        if let Some(s) = v.children(c).find(|&k| v.dep(k) == "nsubj") {
                            let t = crate::tree::actors_at(v, s);
                            if t.iter()
                                .any(|a| a.actor.as_deref().is_some_and(has_country))
                            {
                                return Some(t);
                            }
                        }
                    }
                    "xcomp" | "ccomp" | "advcl" | "conj" => next.push(c),
                    _ => {}
                }
            }
        }
        level = next;
    }
    None
}

/// Whether an argument names armed forces ("Bangladeshi peacekeeping troops", "the
/// first deployment of NATO troops", an actor of kind MIL or PKO); a subject is read
/// up to its verb at `end` ("a first patch [of … troops]").
fn armed(v: &View, a: &Arg, end: usize) -> bool {
    a.actor
        .as_deref()
        .is_some_and(|c| c.ends_with("MIL") || c.ends_with("PKO"))
        || (a.a..a.b.max(end)).any(|k| {
            v.is(
                k,
                &[
                    "troops",
                    "soldiers",
                    "forces",
                    "peacekeepers",
                    "contingent",
                    "deployment",
                    "battalion",
                    "battalions",
                    "warships",
                    "marines",
                    "units",
                ],
            )
        })
}

/// Whether the sentence of `h` has one of `words`.
fn sentence_has(v: &View, h: usize, words: &[&str]) -> bool {
    let (sa, sb) = v.sents[v.sentence_of(h)];
    (sa..sb).any(|k| v.is(k, words))
}

/// Words of bodily harm or arms: an attack in a sentence with one may be one of blows,
/// not words. (Not "military" or "police": "attacked Clinton for her support of military
/// action" is criticism.)
const BODILY: &[&str] = &[
    "gunmen",
    "troops",
    "soldiers",
    "killed",
    "kill",
    "killing",
    "wounded",
    "injured",
    "injuring",
    "shot",
    "stabbed",
    "beaten",
    "beat",
    "punched",
    "gun",
    "guns",
    "gunman",
    "knife",
    "bomb",
    "bombs",
    "weapon",
    "weapons",
    "rifle",
    "hospital",
    "hospitalized",
    "blood",
    "bloody",
    "dead",
    "died",
    "arrested",
    "assaulted",
    "militants",
    "rebels",
    "missile",
    "missiles",
    "rocket",
    "rockets",
];

fn bodily(v: &View, h: usize) -> bool {
    sentence_has(v, h, BODILY)
}

/// Words of an election campaign ("donors", "endorsement").
const CAMPAIGN_WORDS: &[&str] = &[
    "campaign",
    "campaigns",
    "candidate",
    "candidates",
    "voters",
    "donors",
    "primary",
    "primaries",
    "caucus",
    "caucuses",
    "election",
    "nominee",
    "endorsement",
    "debate",
    "tickets",
    "stump",
];

fn campaign_sentence(v: &View, h: usize) -> bool {
    sentence_has(v, h, CAMPAIGN_WORDS)
}

/// Whether the protest noun at `h` says what it is against or for ("a rally against the
/// government", "a march to protest the increase", "demonstrations over the killing").
fn protest_object(v: &View, h: usize) -> bool {
    v.children(h).any(|c| {
        (matches!(v.dep(c), "nmod" | "obl")
            && v.has_dep_word(
                c,
                "case",
                &["against", "over", "for", "in", "about", "outside"],
            )
            && !v.mention_of[c].is_some_and(|m| {
                v.mentions[m]
                    .entity
                    .as_deref()
                    .is_some_and(|id| v.is_place_entity(id))
            }))
            || (v.dep(c) == "acl" && v.has_dep_word(c, "mark", &["to"]))
    })
}

/// Mishaps besides [`ACCIDENTS`] (not "fire": "Israeli fire killed two" is gunfire).
const MISHAPS: &[&str] = &[
    "crashes",
    "accidents",
    "collision",
    "collisions",
    "blaze",
    "stampede",
    "mudslide",
    "landslides",
    "storms",
];

/// Whether the harm verb at `h` ("killing", "killed", "injured") is an accident's: a
/// participle after a verb of mishap ("crashed …, killing one person"), a phrase of
/// mishap on it ("killed in a car crash"), a mishap as its subject ("a landslide
/// killed"), or one it describes ("a fire that killed 12").
fn accident(v: &View, h: usize) -> bool {
    if !matches!(v.lemma(h), "kill" | "injure" | "wound" | "hurt" | "die") {
        return false;
    }
    const MISHAP_VERBS: &[&str] = &[
        "crash", "collide", "overturn", "derail", "capsize", "sink", "plunge", "burn", "burst",
        "collapse", "skid", "topple", "flip",
    ];
    let g = v.toks[h].head;
    // (As parsed, the participle may hang on the vehicle whose crash it follows: "A
    // Czech coach [crashed …], [killing one person]".)
    let after_mishap = matches!(v.dep(h), "advcl" | "acl" | "conj")
        && v.word(h).ends_with("ing")
        && g.is_some_and(|g| {
            MISHAP_VERBS.contains(&v.lemma(g))
                || v.children(g).any(|c| {
                    c < h
                        && matches!(v.dep(c), "conj" | "acl")
                        && MISHAP_VERBS.contains(&v.lemma(c))
                })
        });
    let in_mishap = v.children(h).any(|c| {
        matches!(v.dep(c), "obl" | "nsubj")
            && (v.is(c, ACCIDENTS) || v.is(c, MISHAPS))
            && (v.dep(c) == "nsubj" || v.has_dep_word(c, "case", &["in", "after", "during", "by"]))
    });
    // "a fire that killed 12": a relative clause on a mishap.
    let of_mishap = v.dep(h) == "acl:relcl"
        && g.is_some_and(|g| v.is(g, ACCIDENTS) || v.is(g, MISHAPS) || v.is(g, &["fire"]));
    // ("killing one person and injuring 15": the conjunct shares the mishap.)
    let conjoined = v.dep(h) == "conj" && g.is_some_and(|g| g < h && accident(v, g));
    after_mishap || in_mishap || of_mishap || conjoined
}

/// Whether the fight verb at `h` is against an ill, not a party: "fighting international
/// organised crime", "combat terrorism", "battle poverty".
fn fights_an_ill(v: &View, lemma: &str, h: usize) -> bool {
    const ILLS: &[&str] = &[
        "crime",
        "crimes",
        "corruption",
        "terrorism",
        "extremism",
        "drugs",
        "poverty",
        "disease",
        "diseases",
        "inflation",
        "unemployment",
        "fire",
        "fires",
        "hunger",
        "illiteracy",
        "malaria",
        "aids",
        "cancer",
        "trafficking",
        "smuggling",
        "fraud",
        "piracy",
        "racism",
        "discrimination",
        "pollution",
        "epidemic",
        "virus",
        "flood",
        "floods",
        "deforestation",
        "crisis",
        "addiction",
    ];
    matches!(lemma, "fight" | "combat" | "battle" | "tackle")
        && v.children(h).any(|c| {
            (v.dep(c) == "obj" || (v.dep(c) == "obl" && v.has_dep_word(c, "case", &["against"])))
                && v.is(c, ILLS)
        })
}

/// A fight, battle or struggle in an election, a chamber or a court, or for a
/// nomination or justice: politics, not arms ("vowed to continue the fight in the next
/// primary", "the battle for the nomination").
fn political_arena(v: &View, h: usize) -> bool {
    v.is(
        h,
        &[
            "fight",
            "fights",
            "fighting",
            "battle",
            "battles",
            "battling",
            "struggle",
            "struggles",
            "fought",
            "battled",
        ],
    ) && v.children(h).any(|c| {
        matches!(v.dep(c), "obl" | "nmod")
            && ((v.has_dep_word(c, "case", &["in", "at", "during"])
                && v.is(
                    c,
                    &[
                        "primary",
                        "primaries",
                        "election",
                        "elections",
                        "race",
                        "campaign",
                        "convention",
                        "caucus",
                        "caucuses",
                        "congress",
                        "senate",
                        "legislature",
                        "parliament",
                        "court",
                        "courts",
                    ],
                ))
                || (v.has_dep_word(c, "case", &["for", "over"])
                    && v.is(
                        c,
                        &[
                            "nomination",
                            "justice",
                            "equality",
                            "votes",
                            "delegates",
                            "seat",
                            "presidency",
                        ],
                    )))
    })
}

/// A lone personal pronoun of a person ("he", "her").
fn personal_pronoun(v: &View, a: &Arg) -> bool {
    a.b == a.a + 1 && v.is(a.a, &["he", "him", "his", "she", "her"])
}

/// A political campaign or its money and ads ("a super PAC", "the Clinton campaign").
fn campaign(v: &View, a: &Arg) -> bool {
    a.b > a.a
        && v.is(
            a.b - 1,
            &[
                "pac",
                "pacs",
                "campaign",
                "ads",
                "ad",
                // those who run or write in one: "Democratic presidential front-runner
                // Hillary Clinton", "the website attacked Trump"
                "front-runner",
                "runner",
                "frontrunner",
                "candidate",
                "nominee",
                "challenger",
                "opponent",
                "website",
                "site",
                "blog",
                "editorial",
                "columnist",
                "commentator",
            ],
        )
}

/// Those a campaign talks or appeals to: no party one consults or pleads with.
const ELECTORATE: &[&str] = &[
    "base",
    "voters",
    "public",
    "supporters",
    "crowd",
    "crowds",
    "audience",
    "audiences",
    "electorate",
    "constituents",
    "fans",
];

/// What one hits or attacks someone with when the blows are words.
const WORDS_AS_BLOWS: &[&str] = &[
    "ad",
    "ads",
    "advertising",
    "advertisements",
    "commercial",
    "commercials",
    "spots",
    "mailers",
    "criticism",
    "attacks",
    "questions",
    "allegations",
    "accusations",
    "charges",
    "insults",
    "tweets",
];

/// "attacked her with a knife" (`words` false), "Future45 has been hitting Clinton with
/// ads" (`words` true): a "with" phrase on the verb or on its target (the parser may
/// attach it to either) whose blows are, or are not, words.
fn with_phrase(v: &View, h: usize, targets: &[Arg], words: bool) -> bool {
    let on = |c: usize| {
        matches!(v.dep(c), "obl" | "nmod")
            && v.has_dep_word(c, "case", &["with"])
            && v.is(c, WORDS_AS_BLOWS) == words
    };
    v.children(h).any(on)
        || targets
            .iter()
            .any(|t| (t.a..t.b).any(|i| v.children(i).any(on)))
}

fn with_weapon(v: &View, h: usize, targets: &[Arg]) -> bool {
    with_phrase(v, h, targets, false)
}

fn with_words(v: &View, h: usize, targets: &[Arg]) -> bool {
    with_phrase(v, h, targets, true)
}

/// Armed men and police: "its forces" are the possessor's.
const ARMED: &[&str] = &[
    "forces",
    "troops",
    "soldiers",
    "army",
    "military",
    "fighters",
    "militiamen",
    "police",
    "policemen",
    "gunmen",
    "jets",
    "warplanes",
    "drones",
    "navy",
];

/// Causes that are no one's act: an argument holding one of these words is no doer.
/// Weapons and blasts that stand as the doer of an attack ("a roadside bomb killed").
const DEVICES: &[&str] = &[
    "bomb",
    "bombs",
    "bombing",
    "bombings",
    "explosive",
    "explosives",
    "device",
    "ied",
    "mine",
    "mines",
    "landmine",
    "landmines",
    "minefield",
    "explosion",
    "explosions",
    "blast",
    "blasts",
    "grenade",
    "grenades",
];

const ACCIDENTS: &[&str] = &[
    "crash",
    "accident",
    "earthquake",
    "quake",
    "flood",
    "floods",
    "flooding",
    "storm",
    "hurricane",
    "typhoon",
    "cyclone",
    "tornado",
    "landslide",
    "avalanche",
    "tsunami",
    "wildfire",
    "drought",
    "epidemic",
    "disease",
    "outbreak",
    "collapse",
    "derailment",
];

/// Craft that crash or explode rather than act: "The jet exploded …, killing 230
/// people".
const VEHICLES: &[&str] = &[
    "jet",
    "plane",
    "aircraft",
    "airliner",
    "helicopter",
    "train",
    "bus",
    "car",
    "truck",
    "ship",
    "ferry",
    "boat",
    "vessel",
];

const MODALS: &[&str] = &[
    "could", "might", "may", "would", "should", "can", "will", "'ll", "wo", "shall", "must", "ca",
];
const NEG: &[&str] = &["not", "n't", "never", "no"];

/// A modal verb at `k`; "May" the month is none ("said in May it had detained").
fn modal(v: &View, k: usize) -> bool {
    v.is(k, MODALS) && !(v.toks[k].text == "May" && v.pos(k) != Some("AUX"))
}

/// Heads that make what they govern a plan, threat, fear or wish.
const IRREALIS: &[&str] = &[
    "plan",
    "plans",
    "planned",
    "planning",
    "plot",
    "plots",
    "plotted",
    "plotting",
    "threaten",
    "threatens",
    "threatened",
    "threatening",
    "intend",
    "intends",
    "intended",
    "want",
    "wants",
    "wanted",
    "wanting",
    "seeking",
    "vowing",
    "promising",
    "aiming",
    "proposing",
    "expecting",
    "hoping",
    "pledging",
    "intending",
    "offering",
    "agreeing",
    "seek",
    "seeks",
    "sought",
    "vow",
    "vows",
    "vowed",
    "swear",
    "swore",
    "sworn",
    "swears",
    "promise",
    "promised",
    "promises",
    "aim",
    "aims",
    "aimed",
    "propose",
    "proposed",
    "proposes",
    "prepare",
    "prepares",
    "prepared",
    "preparing",
    "expect",
    "expected",
    "expects",
    "hope",
    "hopes",
    "hoped",
    "consider",
    "considering",
    "considered",
    "fear",
    "fears",
    "feared",
    "risk",
    "risks",
    "likely",
    "pledge",
    "pledged",
    "pledges",
    "ready",
    "willing",
    "unwilling",
    "eager",
    "keen",
    "reluctant",
    "determined",
    "set",
    "going",
    "scheduled",
    "due",
    "could",
    "would",
    "try",
    "tried",
    "tries",
    "trying",
    "attempt",
    "attempted",
    "decide",
    "decided",
    "agree",
    "agreed",
    "offer",
    "offered",
    "ask",
    "asks",
    "asked",
    "asking",
    "request",
    "requests",
    "requested",
    "requesting",
    "urge",
    "urges",
    "urged",
    "urging",
    "call",
    "called",
    "demand",
    "demanded",
    "demanding",
    "warn",
    "warned",
    "pressure",
    "pressured",
    "pressuring",
    "press",
    "pressed",
    "pressing",
    "push",
    "pushed",
    "pushing",
    "lobbied",
    "wait",
    "waits",
    "waiting",
    "lobbying",
    "scramble",
    "scrambles",
    "scrambling",
    "struggle",
    "struggles",
    "struggling",
    "strive",
    "strives",
    "striving",
    "plead",
    "pleads",
    "pleaded",
    "pleading",
    "order",
    "orders",
    "ordered",
    "ordering",
    "vote",
    "votes",
    "voted",
    "voting",
    // ("We need to consult closely with our NATO allies": what one must do is not done)
    "need",
    "needs",
    "needed",
];
pub(crate) const IRREALIS_NOUNS: &[&str] = &[
    "plot",
    "plots",
    "threat",
    "threats",
    "fear",
    "fears",
    "plan",
    "plans",
    "possibility",
    "risk",
    "prospect",
    "danger",
    "call",
    "calls",
    "demand",
    "demands",
    "proposal",
    "proposals",
    "pressure",
    "appeal",
    "appeals",
    "request",
    "requests",
    "offer",
    "offers",
    "ultimatum",
    "plea",
    "pleas",
    "reluctance",
    "refusal",
    "unwillingness",
    "readiness",
    "willingness",
    "intention",
    "intentions",
];
/// Nouns of a charge made against someone, which the one charged answers: "… accused
/// Serbia of arming militias, a charge Belgrade rejected".
pub(crate) const CHARGES: &[&str] = &[
    "charge",
    "charges",
    "accusation",
    "accusations",
    "claim",
    "claims",
    "allegation",
    "allegations",
];
/// What is claimed, and can be denied: "dismissed the notion that …".
const CLAIMS: &[&str] = &[
    "idea",
    "notion",
    "suggestion",
    "suggestions",
    "claim",
    "claims",
    "report",
    "reports",
    "allegation",
    "allegations",
    "accusation",
    "accusations",
    "charge",
    "charges",
    "speculation",
    "rumour",
    "rumours",
    "rumor",
    "rumors",
    "assertion",
    "assertions",
];
const CONDITIONAL: &[&str] = &["if", "unless", "whether", "should", "lest"];
const LIGHT: &[&str] = &[
    "provide",
    "provided",
    "provides",
    "wage",
    "waged",
    "wages",
    "waging",
    "give",
    "gave",
    "given",
    "gives",
    "express",
    "expressed",
    "expresses",
    "attend",
    "attended",
    "attends",
    "present",
    "presented",
    "launch",
    "launched",
    "launches",
    "launching",
    "carry",
    "carried",
    "carries",
    "conduct",
    "conducted",
    "conducts",
    "stage",
    "staged",
    "stages",
    "mount",
    "mounted",
    "hold",
    "held",
    "holds",
    "make",
    "made",
    "makes",
    "impose",
    "imposed",
    "imposes",
    "order",
    "ordered",
    "announce",
    "announced",
    "sign",
    "signed",
    "signs",
    "begin",
    "began",
    "start",
    "started",
    "lead",
    "led",
    "continue",
    "continued",
    "step",
    "stepped",
    "pay",
    "paid",
    "unleash",
    "unleashed",
    "call",
    "called",
    "issue",
    "issued",
    "open",
    "opened",
    "reach",
    "reached",
];

/// Participles that do not end in -ed/-en but are passive in "was X".
fn is_participle(w: &str, e: &Entry) -> bool {
    w != e.lemma && (w.ends_with("ed") || w.ends_with("en") || w.ends_with('t') || w == "met")
        || matches!(
            w,
            "hit" | "shot" | "struck" | "slain" | "beaten" | "taken" | "fought"
        )
}

/// Chooses the lexicon entry that fits token `i`, if any.
/// Whether a nominal trigger of the lexicon ends at token `c` (its head word).
fn is_noun_trigger_head(v: &View, c: usize) -> bool {
    (c.saturating_sub(2)..=c)
        .any(|k| trigger_at(v, k).is_some_and(|(n, _, nb)| n.kind == Kind::Noun && nb == c + 1))
}

fn trigger_at<'l>(v: &View, i: usize) -> Option<(&'l Entry, usize, usize)> {
    let (sa, sb) = v.sents[v.sentence_of(i)];
    let w = v.word(i);
    let mut entries: Vec<&Entry> = lexicon().get(w).iter().collect();
    if let Some(l) = v.toks[i].lemma {
        if l != w {
            entries.extend(lexicon().get(l).iter().filter(|e| e.lemma == l));
        }
    }
    // "re-examine", "re-impose": the verb's own entry.
    if entries.is_empty() {
        if let Some(stem) = w.strip_prefix("re-") {
            entries.extend(lexicon().get(stem).iter().filter(|e| e.kind == Kind::Verb));
        }
    }
    if entries.is_empty() {
        return None;
    }
    entries.sort_by_key(|e| std::cmp::Reverse(e.before.len() * 2 + e.after.len()));
    // "shelled the town in retaliation for …": the words say why another act was done.
    if i > sa && v.is(i - 1, &["in"]) && v.is(i, &["retaliation", "reprisal", "revenge"]) {
        return None;
    }
    if i != sa && v.is_capitalized(i) && !v.toks[i].text.chars().all(|c| c.is_uppercase()) {
        return None;
    }
    let pos = v.pos(i);
    let prev = if i > sa { v.word(i - 1) } else { "" };
    // A determiner a few modifiers back ("a dramatic protest"), with no plural noun or
    // name in between ("the rebels attack").
    let det_back = !w.ends_with("ed")
        && (1..=3).any(|d| {
            i >= sa + d
                && DETERMINERS.contains(&v.word(i - d))
                && (i - d + 1..i).all(|k| {
                    let w = v.word(k);
                    !v.is_punct(k)
                        && !v.is_capitalized(k)
                        && (!w.ends_with('s') || w.ends_with("ss"))
                        && !crate::view::FUNCTION.contains(&w)
                })
        });
    let ing_noun = w.ends_with("ing")
        && !v.is(i.saturating_sub(1), BE)
        && prev != ","
        && i > sa
        && lexicon().get(w).iter().any(|x| x.kind == Kind::Noun);
    let looks_nominal = DETERMINERS.contains(&prev)
        || det_back
        || ing_noun
        || v.is_poss(i.saturating_sub(1)) && i > sa
        || LIGHT.contains(&prev)
        || lexicon()
            .get(prev)
            .iter()
            .any(|x| x.kind == Kind::Verb && x.lemma != prev)
        || prev == "'s"
        || (i > sa
            && v.pos(i - 1)
                .is_some_and(|p| p == "ADJ" || p == "NOUN" || p == "PROPN"))
        || prev.ends_with("ed") && i >= sa + 2 && DETERMINERS.contains(&v.word(i - 2));
    // "armed groups", "occupied territories", "a banned party", "the exiled leader": a
    // participle that says what state a thing is in, before it, is no act.
    let state_participle = |e: &Entry| {
        e.kind == Kind::Verb
            && matches!(
                e.lemma,
                "arm" | "occupy" | "ban" | "exile" | "sanction" | "outlaw"
            )
            && w.ends_with("ed")
            && i + 1 < sb
            && (v.toks[i].head.is_some_and(|g| g > i && g <= i + 5) && v.dep(i) == "amod"
                || (!v.parsed && matches!(v.pos(i + 1), Some("NOUN" | "PROPN"))))
    };
    for e in entries {
        if state_participle(e) {
            continue;
        }
        match (e.kind, pos) {
            // A verb form the tagger read as an adjective or noun after a modal or an
            // infinitive "to" ("would free 150 prisoners") is still the verb.
            (Kind::Verb, Some(p))
                if p != "VERB"
                    && !(i > sa
                        && v.is(i - 1, &["will", "would", "to", "'ll", "shall", "must"])
                        && matches!(p, "ADJ" | "NOUN")) =>
            {
                continue
            }
            // "an air raid" tagged as a verb: the compound after a determiner is a noun.
            (Kind::Noun, Some(p))
                if p != "NOUN"
                    && p != "PROPN"
                    && !(!e.before.is_empty()
                        && i > sa + e.before.len()
                        && e.before
                            .iter()
                            .rev()
                            .enumerate()
                            .all(|(k, b)| v.is(i - 1 - k, &[b]))
                        && DETERMINERS.contains(&v.word(i - 1 - e.before.len()))) =>
            {
                continue
            }
            (Kind::Verb, None) if looks_nominal => continue,
            // A bare noun form that is also a verb form reads as the verb.
            (Kind::Noun, None)
                if !looks_nominal
                    && !e.lemma.ends_with("ing")
                    && e.before.is_empty()
                    && lexicon().get(w).iter().any(|x| x.kind == Kind::Verb) =>
            {
                continue
            }
            _ => {}
        }
        let mut a = i;
        let mut b = i + 1;
        let mut ok = true;
        let adjacent = e
            .after
            .iter()
            .enumerate()
            .all(|(k, word)| v.is(i + 1 + k, &[word]));
        if e.after.first() == Some(&"to") && e.code == "174" {
            // "ordered the envoy to leave (the country)", "gave the ambassador 72 hours
            // to leave": the one commanded, and a time allowed, come between; the
            // trigger is the command.
            ok = commanded_to(v, i, sb, &e.after[1..]);
        } else if adjacent {
            b = i + 1 + e.after.len();
        } else if let Some(end) = gapped_object(v, i, sb, &e.after, e.code) {
            b = end;
        } else if e.after.len() == 1 && v.is(i + 1, &["at", "on"]) {
            ok = false;
        } else if e.after.len() == 1
            && matches!(e.after[0], "at" | "on" | "hostage")
            && matches!(crate::cameo::root(e.code), "18" | "19" | "20")
        {
            // A particle a few words on: "fired rockets at the town" (the trigger is
            // the verb alone), what is fired between.
            // ("fired two missiles on Sunday": a time after it is no particle's; nor is
            // an idiom split: "call a debate in January on whether to ban Trump" is no
            // call on anyone.)
            ok = (i + 2..(i + 6).min(sb))
                .take_while(|&k| !v.is_punct(k))
                .any(|k| v.is(k, &[e.after[0]]) && !(k + 1 < sb && crate::tree::is_time(v, k + 1)));
        } else if !e.after.is_empty() && !passive_object(v, i, &e.after) {
            ok = false;
        }
        for (k, word) in e.before.iter().rev().enumerate() {
            if i > k && i - 1 - k >= sa && v.is(i - 1 - k, &[word]) {
                a = i - 1 - k;
            } else {
                ok = false;
            }
        }
        // "riot police", "attack helicopters", "protest leaders": the event noun only
        // says what the people or things are for.
        if ok && e.kind == Kind::Noun && b < sb && v.is(b, FOR_WHAT) {
            continue;
        }
        if ok && b <= sb {
            return Some((e, a, b));
        }
    }
    None
}

/// Whether the command verb at `i` is followed by the party it commands, maybe a time
/// allowed ("72 hours"), then "to" and `rest` ("leave"): an expulsion when the order is
/// to leave the country ("ordered two British diplomats to leave the country") or is
/// given to an envoy ("told the Somali ambassador to leave within 48 hours"). Not
/// "ordered troops to leave for the front", "told residents to leave their homes".
fn commanded_to(v: &View, i: usize, sb: usize, rest: &[&str]) -> bool {
    let Some(k) = (i + 2..(i + 16).min(sb)).find(|&k| v.is(k, &["to"])) else {
        return false;
    };
    let possessive = |x: usize| v.is_poss(x) || v.is(x, &["'", "\u{2019}"]);
    // (an apposition between commas too: "asked Mr. Adel Ibrahim, the Iraqi embassy's
    // press attache, to leave")
    let gap_ok = (i + 1..k).all(|x| {
        possessive(x)
            || v.is(x, &[","])
            || !(v.is_punct(x) || matches!(v.pos(x), Some("VERB" | "AUX" | "ADP" | "SCONJ")))
    });
    let follows = rest.iter().enumerate().all(|(d, w)| v.is(k + 1 + d, &[w]));
    if !gap_ok || !follows {
        return false;
    }
    // What is left: nothing, a time ("within 48 hours"), or the country.
    let after = k + 1 + rest.len();
    let country = (after..(after + 3).min(sb)).any(|x| {
        v.is(x, &["country", "nation", "territory", "kingdom"])
            || v.mention_of[x].is_some_and(|m| {
                v.mentions[m]
                    .actor
                    .as_deref()
                    .is_some_and(|c| state_of(c).is_some())
                    && v.mentions[m]
                        .entity
                        .as_deref()
                        .is_some_and(|id| v.is_place_entity(id))
            })
    });
    let nothing = after >= sb
        || v.is_punct(after)
        || v.is(
            after,
            &[
                "within",
                "by",
                "in",
                "immediately",
                "on",
                "before",
                "because",
                "after",
                "over",
            ],
        );
    if !(country || nothing) {
        return false;
    }
    // The one commanded: the first phrase after the verb, a party.
    let Some(obj) = crate::np::np_starting_at(v, i + 1) else {
        return false;
    };
    let envoy = (i + 1..k).any(|x| {
        ENVOYS.contains(&v.word(x)) || v.is(x, &["consul", "consuls", "attache", "charge"])
    });
    obj.b <= k && (envoy || (country && obj.actor.is_some()))
}

/// A verb pattern that ends in its object noun ("present evidence", "lift sanctions")
/// said in the passive: the noun is the verb's passive subject ("Evidence against Russia
/// was presented by the US"; the trigger is the verb).
fn passive_object(v: &View, i: usize, after: &[&str]) -> bool {
    let Some((noun, rest)) = after.split_last() else {
        return false;
    };
    if !v.parsed || !rest.iter().all(|w| DETERMINERS.contains(w)) {
        return false;
    }
    v.children(i).any(|c| v.dep(c) == "aux:pass")
        && v.children(i)
            .any(|c| v.dep(c) == "nsubj:pass" && (v.is(c, &[noun]) || v.lemma(c) == *noun))
}

/// Nouns an event noun can qualify without an event taking place ("riot police").
const FOR_WHAT: &[&str] = &[
    "police",
    "policemen",
    "officers",
    "squad",
    "squads",
    "gear",
    "helicopter",
    "helicopters",
    "aircraft",
    "jets",
    "leader",
    "leaders",
    "organizers",
    "organisers",
    "zone",
    "zones",
    "unit",
    "units",
    "vehicles",
    "dogs",
    "shields",
    "victims",
];

/// A verb pattern that ends in its object noun ("establish ties", "lodge a protest")
/// also matches with the object's modifiers in between ("established diplomatic ties",
/// "lodged an official protest", "summoned Niger's ambassador") and the noun in the
/// other number ("blocked a road"): the words before the noun must follow the verb
/// directly, then up to three determiners, adjectives, numbers or possessors. The end
/// of the match, if any.
fn gapped_object(v: &View, i: usize, sb: usize, after: &[&str], code: &str) -> Option<usize> {
    // Particles stay next to the verb ("cut off aid"); the pattern's own article is one
    // of the modifiers ("lodge a protest": "lodged an official protest").
    let np = after
        .iter()
        .take_while(|w| crate::view::FUNCTION.contains(w) && !DETERMINERS.contains(w))
        .count();
    let (particles, rest) = after.split_at(np);
    let rest: Vec<&str> = rest
        .iter()
        .skip_while(|w| DETERMINERS.contains(w))
        .copied()
        .collect();
    let skipped_article = np + rest.len() < after.len();
    let (&noun, _) = rest.split_last()?;
    if crate::view::FUNCTION.contains(&rest[0])
        || DETERMINERS.contains(&noun)
        || matches!(noun, "hostage" | "fire" | "streets")
    {
        return None;
    }
    if !particles
        .iter()
        .enumerate()
        .all(|(k, w)| v.is(i + 1 + k, &[w]))
    {
        return None;
    }
    let start = i + 1 + np;
    let same_noun = |w: &str| {
        w == noun
            || w.strip_suffix('s') == Some(noun)
            || noun.strip_suffix('s') == Some(w)
            || w.strip_suffix("ies")
                .is_some_and(|x| noun.strip_suffix('y') == Some(x))
            || noun
                .strip_suffix("ies")
                .is_some_and(|x| w.strip_suffix('y') == Some(x))
    };
    let n = rest.len();
    let matches_at = |k: usize| {
        k + n <= sb
            && rest[..n - 1]
                .iter()
                .enumerate()
                .all(|(j, w)| v.is(k + j, &[w]))
            && same_noun(v.word(k + n - 1))
    };
    let mut k = start;
    // Words of a quantity's qualifier ("up to 4,000 troops", "more than 500 soldiers")
    // do not count against the gap.
    let mut qualifier = 0;
    while k < sb && k < start + 4 + qualifier {
        // "fired dozens of rockets": a count of the things.
        if qualifier == 0
            && k + 1 < sb
            && v.is(k, &["dozens", "hundreds", "thousands", "scores", "tens"])
            && v.is(k + 1, &["of"])
        {
            qualifier += 2;
            k += 2;
            continue;
        }
        if (k + 1..(k + 3).min(sb)).any(|x| v.pos(x) == Some("NUM"))
            && v.is(
                k,
                &[
                    "up",
                    "to",
                    "more",
                    "than",
                    "at",
                    "least",
                    "about",
                    "nearly",
                    "some",
                    "around",
                    "almost",
                    "over",
                    "roughly",
                    "approximately",
                ],
            )
            && qualifier < 2
        {
            qualifier += 1;
            k += 1;
            continue;
        }
        if matches_at(k) {
            // Adjacent and the same words is the plain pattern; adjacent only in the
            // other number ("block road(s)") or without the pattern's article ("impose
            // curfew") is this one.
            let plain = k == start && v.word(k + n - 1) == noun && !skipped_article;
            // A gap that holds the first words of a longer noun of the lexicon, of the
            // same kind of event, leaves that noun its own event ("staged a hunger
            // strike" is the hunger strike; "suspended economic aid" is still the
            // suspension).
            let hp = k + n - 1;
            let compound = k > start
                && lexicon().get(v.word(hp)).iter().any(|e| {
                    e.kind == Kind::Noun
                        && e.before.len() >= n
                        && e.before.len() <= hp - start
                        && crate::cameo::root(e.code) == crate::cameo::root(code)
                        && e.before
                            .iter()
                            .rev()
                            .enumerate()
                            .all(|(d, w)| v.is(hp - 1 - d, &[w]))
                });
            return (!plain && !compound).then_some(k + n);
        }
        let w = v.word(k);
        let modifier = DETERMINERS.contains(&w)
            || v.is_poss(k)
            || matches!(v.pos(k), Some("ADJ" | "NUM" | "DET" | "NOUN" | "PROPN"))
            || v.pos(k) == Some("PRON") && matches!(w, "its" | "his" | "her" | "their" | "our");
        // (A hyphenated modifier counts as one: "a high-level delegation".)
        if v.inner_hyphen(k) && k > start {
            k += 1;
            qualifier += 1;
            continue;
        }
        if !modifier || v.is_punct(k) && !v.is_poss(k) || crate::view::FUNCTION.contains(&w) {
            return None;
        }
        k += 1;
    }
    None
}

fn actor_ref(v: &View, a: &Arg) -> ActorRef {
    let (s, e) = v.span(a.a, a.b);
    ActorRef {
        start: s,
        end: e,
        text: v.doc.slice(s, e).to_string(),
        entity: a.entity.clone(),
        actor: a.actor.clone(),
    }
}

/// Source and target from word order alone: the fallback without a tree, and for the
/// source where the tree gives none (the parser often goes wrong on "X on Monday did Y").
fn verb_args_surface(v: &View, h: usize, tb: usize, e: &Entry) -> (Option<Arg>, Option<Arg>) {
    let (sa, sb) = v.sents[v.sentence_of(h)];
    let w = v.word(h);
    // Passive: "was expelled by Chile".
    let mut j = h;
    while j > sa
        && v.is(
            j - 1,
            &[
                "reportedly",
                "allegedly",
                "also",
                "later",
                "then",
                "not",
                "n't",
                "never",
                "been",
            ],
        )
    {
        j -= 1;
    }
    let passive = j > sa && v.is(j - 1, BE) && is_participle(w, e);
    let by_agent = |from: usize| -> Option<Arg> {
        (from..(from + 8).min(sb))
            .take_while(|&k| !v.is(k, &[",", ";", "."]))
            .find(|&k| v.is(k, &["by"]))
            .and_then(|k| np_starting_at(v, k + 1))
    };
    if passive {
        let mut k = j - 1;
        while k > sa && v.is(k - 1, AUX_SKIP) {
            k -= 1;
        }
        let target = np_ending_at(v, k);
        return (by_agent(tb), target);
    }
    // Reduced relative: "the man killed by police".
    if is_participle(w, e) && v.is(tb, &["by"]) {
        return (np_starting_at(v, tb + 1), np_ending_at(v, h));
    }
    // Active: subject to the left (over auxiliaries and "plans to"), object to the right.
    let mut k = h;
    loop {
        while k > sa
            && (v.is(k - 1, AUX_SKIP)
                || (w.ends_with("ing")
                    && v.is(
                        k - 1,
                        &["is", "are", "was", "were", "be", "'re", "'s", "am"],
                    )))
        {
            k -= 1;
        }
        // Time words between subject and verb: "Israel on Wednesday released".
        let k0 = k;
        while k > sa
            && (v.is(k - 1, DAYS)
                || v.is(
                    k - 1,
                    &[
                        "night",
                        "morning",
                        "afternoon",
                        "evening",
                        "week",
                        "last",
                        "earlier",
                        "today",
                        "yesterday",
                        "tonight",
                        "also",
                        "jointly",
                        "formally",
                        "officially",
                        "finally",
                    ],
                ))
        {
            k -= 1;
        }
        if k < k0 && k > sa && v.is(k - 1, &["on", "late", "early"]) {
            k -= 1;
        }
        while k > sa && v.is(k - 1, AUX_SKIP) {
            k -= 1;
        }
        // "plans to visit", "threatened to expel": step over the governing verb.
        if k > sa + 1 && v.is(k, &["to"]) || (k > sa && v.is(k - 1, IRREALIS) && v.is(k, &["to"])) {
            k -= 1;
            continue;
        }
        if k > sa && v.is(k - 1, IRREALIS) && !v.is(k - 1, &["could", "would"]) {
            k -= 1;
            continue;
        }
        // "is about to", "were set to", "is expected to".
        if k > sa + 1
            && v.is(
                k - 1,
                &[
                    "about", "able", "unable", "expected", "likely", "set", "ready", "due",
                    "poised",
                ],
            )
            && v.is(k, &["to"])
        {
            k -= 1;
            while k > sa
                && v.is(
                    k - 1,
                    &["is", "are", "was", "were", "be", "been", "seems", "appears"],
                )
            {
                k -= 1;
            }
            continue;
        }
        break;
    }
    // "The US commander in Iraq, General David Petraeus, held talks": the appositive.
    if k > sa + 2 && v.is(k - 1, &[","]) {
        k -= 1;
    }
    let source = np_ending_at(v, k).filter(|a| {
        a.a == sa
            || !v.is(
                a.a - 1,
                &[
                    "on", "of", "in", "at", "with", "against", "to", "for", "from", "by", "into",
                    "over",
                ],
            )
    });
    let mut o = tb;
    while o < sb && v.is(o, &["up", "out", "down", "off", "back"]) {
        o += 1;
    }
    if v.is(o, &["at"]) && v.is(o + 1, &["least", "most"]) {
        o += 2;
    }
    let target = if v.is(o, &["on", "against", "at", "with", "into"]) {
        np_starting_at(v, o + 1)
    } else if (v.is(o, &["to"]) && e.lemma == "visit")
        || v.is(
            o,
            &[
                "in", "near", "by", "for", "from", "during", "after", "as", "over",
            ],
        )
    {
        None
    } else {
        // (not a time: "protested yesterday in the capital")
        np_starting_at(v, o).filter(|a| !crate::tree::is_time(v, a.b - 1))
    };
    (source, prefer_actor_pp(v, target, sb))
}

/// When the object names no actor ("ratified an agreement with the EU"), a following
/// "with/against/on/to" phrase that does is the target.
fn prefer_actor_pp(v: &View, target: Option<Arg>, sb: usize) -> Option<Arg> {
    let t = target?;
    if t.actor.is_some() || v.mentions.is_empty() {
        return Some(t);
    }
    let k = t.b;
    if k + 1 < sb
        && v.is(
            k,
            &["with", "against", "on", "to", "from", "for", "of", "at"],
        )
    {
        if let Some(pp) = np_starting_at(v, k + 1) {
            if pp.actor.is_some() {
                return Some(pp);
            }
        }
    }
    Some(t)
}

/// Source and target of a nominal trigger ("a raid on the port", "Israel's strikes").
fn noun_args(v: &View, ta: usize, h: usize, tb: usize) -> (Option<Arg>, Option<Arg>) {
    let (sa, sb) = v.sents[v.sentence_of(h)];
    let mut source = None;
    let mut target = None;
    if v.parsed {
        for c in v.children(h) {
            let d = v.dep(c);
            let case: Vec<usize> = v.children(c).filter(|&k| v.dep(k) == "case").collect();
            match d {
                // ("last year's clashes", "Saturday's ambush": a time owns no act.)
                "nmod:poss" if crate::tree::patient_possessor(v, h, c) => {
                    target = Some(phrase_at(v, c))
                }
                "nmod:poss" if !crate::tree::is_time(v, c) => source = Some(phrase_at(v, c)),
                "nmod" if case.iter().any(|&k| v.is(k, &["by"])) => source = Some(phrase_at(v, c)),
                "nmod"
                    if target.is_none()
                        && !crate::tree::is_time(v, c)
                        && case
                            .iter()
                            .any(|&k| v.is(k, &["on", "against", "of", "at", "with"])) =>
                {
                    target = Some(phrase_at(v, c))
                }
                "amod" | "compound"
                    if v.mention_of[c].is_some()
                        && source.is_none()
                        && !(d == "compound" && crate::tree::locates_gathering(v, c, h)) =>
                {
                    source = Some(phrase_at(v, c))
                }
                _ => {}
            }
        }
    }
    // Surface: "on/against/of X" after, "by X" after, "X's" or a named modifier before.
    let mut k = tb;
    if target.is_none()
        && v.is(
            k,
            &[
                "on",
                "against",
                "of",
                "at",
                "with",
                "targeting",
                "to",
                "for",
            ],
        )
    {
        // "an attack on Thursday": a day is when, not whom.
        target = np_starting_at(v, k + 1).filter(|t| !crate::tree::is_time(v, t.a));
        if let Some(t) = &target {
            k = t.b;
        }
    }
    if source.is_none() {
        if v.is(k, &["by"]) {
            source = np_starting_at(v, k + 1);
        } else if v.is(tb, &["by"]) {
            source = np_starting_at(v, tb + 1);
        }
    }
    if source.is_none() {
        // Modifiers left of the trigger, inside its phrase: "Israeli tank shelling".
        let mut a = ta;
        while a > sa && !v.is_punct(a - 1) && !DETERMINERS.contains(&v.word(a - 1)) && ta - a < 4 {
            a -= 1;
            if v.mention_of[a].is_some() || v.is(a, &["'s"]) {
                break;
            }
        }
        // (With a tree, only a modifier inside the trigger's own phrase: "The UN said
        // that fighting could …" gives the fighting no doer.)
        // (Or the subject of the verb whose object the noun is: "Uganda will host talks
        // with Kenya".)
        let governing_subject = |x: usize| {
            v.toks[x].head.is_some_and(|g| {
                matches!(v.dep(x), "nsubj" | "nsubj:pass")
                    && v.toks[h].head == Some(g)
                    && v.dep(h) == "obj"
            })
        };
        let inside = |x: usize| {
            if !v.parsed || governing_subject(x) {
                return true;
            }
            let mut k = x;
            for _ in 0..8 {
                match v.toks[k].head {
                    Some(p) if p == h => return true,
                    Some(p) if p > x && p < h => k = p,
                    _ => return false,
                }
            }
            false
        };
        if a < ta && inside(a) {
            if v.is(a, &["'s"]) {
                source = np_ending_at(v, a);
            } else if let Some(m) =
                v.mention_of[a].filter(|_| !crate::tree::locates_gathering(v, a, h))
            {
                let m = &v.mentions[m];
                source = Some(Arg {
                    a: m.a,
                    b: m.b,
                    entity: m.entity.clone(),
                    actor: m.actor.clone(),
                });
            }
        }
    }
    if source.is_none() && !v.parsed {
        // "X launched an air strike": the subject of the light verb.
        let mut a = ta;
        while a > sa && !v.is_punct(a - 1) && ta - a < 4 && !v.is(a - 1, LIGHT) {
            a -= 1;
        }
        if a > sa && v.is(a - 1, LIGHT) {
            let mut k = a - 1;
            while k > sa && v.is(k - 1, AUX_SKIP) {
                k -= 1;
            }
            if k > sa + 2 && v.is(k - 1, &[","]) {
                k -= 1;
            }
            source = np_ending_at(v, k);
        }
    } else if source.is_none() {
        if let Some(p) = v.toks[h].head {
            if v.dep(h) == "obj" && v.is(p, LIGHT) {
                source = v
                    .children(p)
                    .find(|&c| v.dep(c) == "nsubj")
                    .map(|c| phrase_at(v, c));
            }
        }
    }
    let _ = sb;
    (source, target)
}

/// Location: "in/near/at" + a capitalized phrase or place mention in the sentence.
/// Words for a part of a place ("the east of", "the outskirts of").
pub(crate) const PART_OF_PLACE: &[&str] = &[
    "north",
    "south",
    "east",
    "west",
    "northeast",
    "northwest",
    "southeast",
    "southwest",
    "centre",
    "center",
    "outskirts",
    "heart",
    "edge",
    "suburbs",
];

/// Kinds of place named by an "of" phrase ("the town of Samarra").
/// Buildings and rooms one meets in.
const BUILDINGS: &[&str] = &[
    "residence",
    "palace",
    "hotel",
    "office",
    "offices",
    "headquarters",
    "building",
    "airport",
    "embassy",
    "ministry",
    "house",
    "home",
    "villa",
    "compound",
    "room",
    "hall",
    "center",
    "centre",
    "retreat",
    "resort",
];

pub(crate) const PLACE_NOUNS: &[&str] = &[
    "town", "city", "village", "province", "region", "district", "port", "enclave",
];

/// The state an actor code is of: its country part, unless it has none or is an
/// international body, an NGO, a militant group or a company.
fn state_of(code: &str) -> Option<&str> {
    (has_country(code) && !matches!(&code[..3], "IGO" | "NGO" | "IMG" | "MNC")).then(|| &code[..3])
}

/// The states the actor phrases of sentence `s` name, one per mention.
fn sentence_states<'v>(v: &'v View, s: usize) -> impl Iterator<Item = &'v str> + 'v {
    let (a, b) = v.sents[s];
    (a..b).filter_map(move |k| {
        v.mention_of[k]
            .filter(|&m| {
                let (a, b) = (v.mentions[m].a, v.mentions[m].b);
                !where_said(v, a, b) && !envoy_nationality(v, a, b) && !outlet_told(v, m, a, b)
            })
            .and_then(|m| v.mentions[m].actor.as_deref())
            .and_then(state_of)
    })
}

/// Whether mention `m` (`[a, b)`) is a news outlet words are told to ("the students told
/// the BBC", "said in an interview with CNN"): the outlet's country is not the story's.
/// (An outlet that reports, "Interfax news agency said", is left to tell it.)
fn outlet_told(v: &View, m: usize, a: usize, b: usize) -> bool {
    v.parsed
        && v.mentions[m]
            .actor
            .as_deref()
            .is_some_and(|c| c.ends_with("MED"))
        && (a..b).any(|k| {
            v.toks[k].head.is_some_and(|p| {
                (p < a || p >= b)
                    && !v.dep(k).starts_with("nsubj")
                    && (crate::quotes::cue_at(v, p).is_some()
                        || (!v.dep(p).starts_with("nsubj")
                            && v.toks[p]
                                .head
                                .is_some_and(|g| crate::quotes::cue_at(v, g).is_some())))
            })
        })
}

/// Whether the phrase `[a, b)` gives an envoy's nationality ("Solheim, a Norwegian
/// diplomat, said …"): an envoy stands for the state that sends them, not for the
/// country the story is in.
fn envoy_nationality(v: &View, a: usize, b: usize) -> bool {
    let envoy = |k: usize| k < v.toks.len() && ENVOYS.contains(&v.word(k));
    envoy(b)
        || (v.parsed
            && (a..b).any(|k| {
                v.toks[k].head.is_some_and(|p| {
                    (p < a || p >= b)
                        && matches!(v.dep(k), "amod" | "compound" | "nmod:poss")
                        && envoy(p)
                })
            }))
}

/// Whether the phrase `[a, b)` is where something was said: "told reporters in Geneva
/// that the army …" is no story of Switzerland. (Where the speaker is, "police in Kenya
/// said", may well be the country of the story; it is only no place of the event, see
/// `where_speaker_is`.)
fn where_said(v: &View, a: usize, b: usize) -> bool {
    v.parsed
        && ((a..b).any(|k| {
            v.toks[k].head.is_some_and(|p| {
                (p < a || p >= b)
                    && v.dep(k) == "obl"
                    && v.has_dep_word(k, "case", &["in", "at"])
                    && crate::quotes::cue_at(v, p).is_some()
            })
        }))
}

/// Whether the phrase `[a, b)` is where a speaker is: "relief officials in Nairobi said"
/// tells where they spoke, not where the shelling they report was.
fn where_speaker_is(v: &View, a: usize, b: usize) -> bool {
    v.parsed
        && (a..b).any(|k| {
            v.toks[k].head.is_some_and(|p| {
                (p < a || p >= b)
                    && v.dep(k) == "nmod"
                    && v.has_dep_word(k, "case", &["in", "at", "from"])
                    && v.dep(p) == "nsubj"
                    && v.toks[p]
                        .head
                        .is_some_and(|c| c > p && crate::quotes::cue_at(v, c).is_some())
            })
        })
}

/// The one country the actor phrases of sentence `s` name, if they name exactly one
/// (international bodies aside).
fn sole_country(v: &View, s: usize) -> Option<String> {
    let mut found: Option<&str> = None;
    for c in sentence_states(v, s) {
        match found {
            None => found = Some(c),
            Some(f) if f == c => {}
            Some(_) => return None,
        }
    }
    found.map(str::to_string)
}

/// The country of the nearest earlier phrase, in an earlier sentence, headed by a party
/// noun of the same kind as `a`'s (a bare "security forces", "soldiers", "police": code
/// `---XXX`) and naming a country ("Algerian security forces"). Envoys are left out:
/// they stand for the state that sends them.
fn earlier_country(v: &View, a: &Arg) -> Option<String> {
    let sector = a.actor.as_deref()?.strip_prefix("---")?;
    if a.b <= a.a || crate::view::agent_noun(v.word(a.b - 1)) != Some(sector) {
        return None;
    }
    let head = &v.toks[a.b - 1].lower;
    let sa = v.sents[v.sentence_of(a.a)].0;
    (0..sa).rev().find_map(|k| {
        // (The same word, or one of the same kind: "security forces" may be coded as
        // police in one phrase and "forces" as the military in another.)
        let same = &v.toks[k].lower == head;
        // (Officials are not of the country of an earlier ministry: "China's foreign
        // ministry criticised …; a court in Seoul sentenced a former defence official".)
        if v.pos(k) != Some("NOUN")
            || !(same || (sector != "GOV" && crate::view::agent_noun(v.word(k)) == Some(sector)))
        {
            return None;
        }
        crate::tree::actors_at(v, k).into_iter().find_map(|x| {
            let code = x.actor?;
            (x.a <= k && k < x.b && has_country(&code) && (same || code.get(3..) == Some(sector)))
                .then(|| code[..3].to_string())
        })
    })
}

/// Whether the country `c` holds a seat of the international body coded `actor`
/// (IGOEUR: Brussels, Strasbourg, Luxembourg; IGOUNO: New York, Geneva, Vienna,
/// Nairobi; …).
fn igo_seat(actor: &str, c: &str) -> bool {
    let Some(body) = actor.strip_prefix("IGO") else {
        return false;
    };
    const SEATS: &[(&str, &[&str])] = &[
        ("EUR", &["BEL", "FRA", "LUX"]),
        ("NAT", &["BEL"]),
        ("UNO", &["USA", "CHE", "AUT", "KEN"]),
        ("AFR", &["ETH"]),
        ("ARL", &["EGY"]),
        ("ASN", &["IDN"]),
        ("OAS", &["USA"]),
        ("WTO", &["CHE"]),
        ("IMF", &["USA"]),
        ("WBK", &["USA"]),
        ("OSC", &["AUT"]),
        ("OPC", &["AUT"]),
        ("GCC", &["SAU"]),
        ("COE", &["FRA"]),
        ("OIC", &["SAU"]),
        ("WAF", &["NGA"]),
    ];
    SEATS
        .iter()
        .any(|(b, seats)| body.starts_with(b) && seats.contains(&c))
}

/// Those who represent another state than the one they are in.
const ENVOYS: &[&str] = &[
    "envoy",
    "envoys",
    "ambassador",
    "ambassadors",
    "diplomat",
    "diplomats",
];

/// Whether sentence `s` names any country through its actor phrases (international
/// bodies aside).
fn names_country(v: &View, s: usize) -> bool {
    sentence_states(v, s).next().is_some()
}

/// The country of the article's dateline, if it has one: one of its first sentences
/// opens with a place in capitals that names a country, followed by a date, a comma, a
/// colon, a bracket or a dash ("BEIJING 1996-08-31", "GAZA CITY, Palestinian
/// Territories: …", "KAMPALA (Wire) — …"). Parties the text gives no country to in a
/// sentence that names none are of that country ("Police detained more than 40
/// students" under "VARNA, Bulgaria").
/// The article's own country when it has no dateline to say so: the one country that
/// most of the article's country-bearing mentions name (two in three, at least four of
/// them), in an article of three sentences or more ("Trump", "Clinton", "the FBI",
/// "Washington" make a story of the United States).
fn article_country(v: &View) -> Option<String> {
    if v.sents.len() < 3 {
        return None;
    }
    let mut counts: std::collections::HashMap<&str, usize> = Default::default();
    let mut total = 0;
    for c in v
        .mentions
        .iter()
        .filter_map(|m| m.actor.as_deref().and_then(state_of))
    {
        *counts.entry(c).or_default() += 1;
        total += 1;
    }
    let (top, n) = counts
        .into_iter()
        .max_by_key(|&(c, n)| (n, std::cmp::Reverse(c)))?;
    (n >= 4 && 3 * n >= 2 * total).then(|| top.to_string())
}

pub(crate) fn dateline_country(v: &View) -> Option<String> {
    for &(a, b) in v.sents.iter().take(4) {
        let Some(m) = v.mention_of.get(a).copied().flatten() else {
            continue;
        };
        let mention = &v.mentions[m];
        if mention.a != a || mention.b >= b {
            continue;
        }
        let capitals = (mention.a..mention.b).all(|k| {
            let t = v.toks[k].text;
            t.chars().any(char::is_alphabetic) && !t.chars().any(char::is_lowercase)
        });
        let next = v.toks[mention.b].text;
        let follows = matches!(next, "," | ":" | "(" | "-" | "--" | "—" | "–")
            || next.chars().next().is_some_and(|c| c.is_ascii_digit());
        if !capitals || !follows {
            continue;
        }
        // "VARNA, Bulgaria": a town the entity layer does not know, then its country.
        let country_after = || {
            let k = mention.b + 1;
            (next == "," && k < b)
                .then(|| v.mention_of[k])
                .flatten()
                .filter(|&m2| v.mentions[m2].a == k)
                .and_then(|m2| v.mentions[m2].actor.as_deref())
        };
        let code = mention
            .actor
            .as_deref()
            .filter(|c| has_country(c))
            .or_else(country_after);
        if let Some(c) = code.and_then(state_of) {
            // A reporter's base is not the story's country ("ROME" over a story on
            // Burundi): the dateline counts when no country is named more often.
            let mut counts: std::collections::HashMap<&str, usize> = Default::default();
            for x in v
                .mentions
                .iter()
                .filter_map(|m| m.actor.as_deref().and_then(state_of))
            {
                *counts.entry(x).or_default() += 1;
            }
            let own = counts.get(c).copied().unwrap_or(0);
            return counts.values().all(|&n| n <= own).then(|| c.to_string());
        }
    }
    None
}

/// The country (three letters) of the place an event happened, if it has one.
fn place_country(v: &View, l: Option<&SpanRef>) -> Option<String> {
    l.and_then(|l| place_actor(v, l))
        .and_then(|p| p.actor)
        .filter(|a| has_country(a))
        .and_then(|a| a.get(..3).map(str::to_string))
}

/// A place as an argument, when it names an actor ("Zurich", "Kenya's capital").
fn place_actor(v: &View, l: &SpanRef) -> Option<Arg> {
    let (a, b) = v.token_range(l.start, l.end)?;
    let arg = Arg::from_range_pub(v, a, b);
    arg.actor.is_some().then_some(arg)
}

/// The verb whose clause holds token `x`, following heads: participles that modify the
/// trigger ("an attack targeting …"), infinitival relatives and purpose infinitives,
/// controlled infinitives and conjoined verbs with no subject of their own belong to the
/// clause above them.
fn clause_verb(v: &View, x: usize, trigger: usize) -> Option<usize> {
    let mut k = x;
    for _ in 0..16 {
        if v.pos(k) == Some("VERB") {
            let joined = match v.dep(k) {
                // "an attack targeting non-Muslims at a mall": the trigger's own modifier.
                "acl" | "amod" => {
                    v.toks[k].head == Some(trigger) || v.has_dep_word(k, "mark", &["to"])
                }
                "xcomp" => true,
                // "clashed with rebels in X and killed 12", but not "…, and that the
                // French military helped …" with a subject of its own.
                "conj" => !v.children(k).any(|c| v.dep(c).starts_with("nsubj")),
                "advcl" => v.has_dep_word(k, "mark", &["to"]),
                _ => false,
            };
            if !joined {
                return Some(k);
            }
        }
        k = v.toks[k].head?;
    }
    None
}

fn location(v: &View, h: usize) -> Option<SpanRef> {
    let (sa, sb) = v.sents[v.sentence_of(h)];
    // "the Baghdad bombing": the town named before an attack.
    if let Some(m) = (sa..h)
        .filter(|&c| crate::tree::locates_gathering(v, c, h))
        .find_map(|c| v.mention_of[c])
    {
        let m = &v.mentions[m];
        if m.entity.as_deref().is_some_and(|id| v.is_place_entity(id)) {
            let (x, y) = v.span(m.a, m.b);
            return Some(v.doc.span_ref(x, y, m.entity.clone()));
        }
    }
    let order = (h..sb).chain(sa..h);
    let own = if v.parsed { clause_verb(v, h, h) } else { None };
    for k in order {
        if v.is(k, &["in", "near", "at", "outside", "inside"]) && k + 1 < sb {
            // "A report released in the Rwandan capital alleged that … French troops
            // carried out killings": the place of another clause is not this event's.
            if own.is_some() && clause_verb(v, k + 1, h).is_some_and(|c| Some(c) != own) {
                continue;
            }
            // "summoned the Turkish ambassador in Baghdad to protest the raids": where an
            // envoy or an embassy is, is not where the event was.
            if v.parsed
                && v.toks[k]
                    .head
                    .and_then(|p| v.toks[p].head.filter(|_| v.dep(p) == "nmod"))
                    .is_some_and(|g| {
                        g != h
                            && (ENVOYS.contains(&v.word(g))
                                || v.is(
                                    g,
                                    &[
                                        "embassy",
                                        "embassies",
                                        "consulate",
                                        "mission",
                                        "correspondent",
                                    ],
                                ))
                    })
            {
                continue;
            }
            let mut s = k + 1;
            if v.is(s, &["the"]) {
                s += 1;
            }
            // "in the east of the Gaza Strip", "on the outskirts of Aleppo", "near the
            // town of Samarra", "in the northern city of Kirkuk".
            let mut n = s;
            while n < s + 3 && n + 1 < sb && v.pos(n) == Some("ADJ") {
                n += 1;
            }
            if v.is(n, PLACE_NOUNS) && v.is(n + 1, &["of"]) {
                s = n;
            }
            if s + 1 < sb
                && (v.is(s, PART_OF_PLACE) || v.is(s, PLACE_NOUNS))
                && v.is(s + 1, &["of"])
            {
                s += 2;
                if v.is(s, &["the"]) {
                    s += 1;
                }
            }
            // "in its war with Iraq": a possessive pronoun is no place.
            if v.pos(s) == Some("PRON") || v.is(s, &["its", "their", "his", "her", "our"]) {
                continue;
            }
            // "…, relief officials in Nairobi said": where it was said is not where it
            // happened (however the parser hung the speaker's phrase).
            // ("Travellers arriving in Egypt say …" is where they arrived: the event is
            // inside the speaker's phrase, with no comma between.)
            if where_speaker_is(v, s, s + 1)
                || (np_starting_at(v, s).is_some_and(|a| crate::quotes::cue_at(v, a.b).is_some())
                    && (h.min(s)..h.max(s)).any(|c| v.is(c, &[","])))
            {
                continue;
            }
            let place = v
                .mention_of
                .get(s)
                .copied()
                .flatten()
                .map(|m| &v.mentions[m]);
            let is_place = match place {
                Some(m) => {
                    m.entity.as_ref().is_some_and(|id| {
                        v.doc.entities.iter().any(|e| {
                            &e.id == id
                                && matches!(
                                    e.kind,
                                    sitrep_doc::EntityType::Gpe
                                        | sitrep_doc::EntityType::Loc
                                        | sitrep_doc::EntityType::Facility
                                )
                        })
                    }) || (m.entity.is_none()
                        // (a party noun is no place: "threw stones at officers")
                        && (m.kind != sitrep_doc::MentionKind::Nominal || v.is(m.b, PLACE_NOUNS))
                        // A dictionary's demonym is a place only before a place noun
                        // ("in Israeli tank shelling" is no place; "in the Israeli town
                        // of Sderot" is).
                        && (v.pos(m.b - 1) != Some("ADJ") || v.is(m.b, PLACE_NOUNS)))
                }
                None => {
                    v.doc.entities.is_empty()
                        && v.is_capitalized(s)
                        && !v.is(s, DAYS)
                        && !is_month(v.word(s))
                }
            };
            if is_place {
                if let Some(a) = np_starting_at(v, s) {
                    let (x, y) = v.span(a.a, a.b);
                    return Some(v.doc.span_ref(x, y, a.entity));
                }
            }
        }
    }
    None
}

fn is_month(w: &str) -> bool {
    sitrep_doc::calendar::month_of_name(w).is_some()
}

/// Days since 1970-01-01 of a civil date.
fn days_from_civil(y: i64, m: i64, d: i64) -> i64 {
    let y = if m <= 2 { y - 1 } else { y };
    let era = if y >= 0 { y } else { y - 399 } / 400;
    let yoe = y - era * 400;
    let mp = (m + 9) % 12;
    let doy = (153 * mp + 2) / 5 + d - 1;
    let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    era * 146097 + doe - 719468
}

fn civil_from_days(z: i64) -> (i64, i64, i64) {
    let z = z + 719468;
    let era = if z >= 0 { z } else { z - 146096 } / 146097;
    let doe = z - era * 146097;
    let yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
    let y = yoe + era * 400;
    let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    let mp = (5 * doy + 2) / 153;
    let d = doy - (153 * mp + 2) / 5 + 1;
    let m = if mp < 10 { mp + 3 } else { mp - 9 };
    (if m <= 2 { y + 1 } else { y }, m, d)
}

fn parse_date(s: &str) -> Option<(i64, i64, i64)> {
    let s = s.get(..10)?;
    let y = s.get(0..4)?.parse().ok()?;
    let m = s.get(5..7)?.parse().ok()?;
    let d = s.get(8..10)?.parse().ok()?;
    Some((y, m, d))
}

/// Resolves a time word against the publication date (news convention: a weekday is the
/// most recent one on or before the day of publication).
pub fn resolve_time(words: &[&str], published: Option<&str>) -> Option<String> {
    let (y, m, d) = parse_date(published?)?;
    let today = days_from_civil(y, m, d);
    let fmt = |z: i64| {
        let (y, m, d) = civil_from_days(z);
        format!("{y:04}-{m:02}-{d:02}")
    };
    let w0 = *words.first()?;
    if let Some(k) = DAYS.iter().position(|x| *x == w0) {
        if k < 7 {
            // 1970-01-01 was a Thursday (index 3 with Monday = 0).
            let dow = (today + 3).rem_euclid(7);
            let back = (dow - k as i64).rem_euclid(7);
            return Some(fmt(today - back));
        }
        return match w0 {
            "yesterday" => Some(fmt(today - 1)),
            "today" | "tonight" => Some(fmt(today)),
            "overnight" => Some(fmt(today)),
            "tomorrow" => Some(fmt(today + 1)),
            _ => None,
        };
    }
    if let Some(mi) = sitrep_doc::calendar::MONTHS.iter().position(|x| *x == w0) {
        let day: i64 = words.get(1)?.trim_end_matches(',').parse().ok()?;
        if (1..=31).contains(&day) {
            return Some(format!("{y:04}-{:02}-{day:02}", mi + 1));
        }
    }
    None
}

fn time(v: &View, h: usize) -> Option<TimeRef> {
    let (sa, sb) = v.sents[v.sentence_of(h)];
    let mut best: Option<usize> = None;
    for k in sa..sb {
        if (v.is(k, DAYS)
            || (is_month(v.word(k))
                && v.is_capitalized(k)
                && k + 1 < sb
                && v.word(k + 1).chars().all(|c| c.is_ascii_digit())))
            && best.is_none_or(|b| k.abs_diff(h) < b.abs_diff(h))
        {
            best = Some(k);
        }
    }
    let k = best?;
    let mut b = k + 1;
    if is_month(v.word(k)) {
        b = k + 2;
    } else if v.is(b, &["night", "morning", "afternoon", "evening"]) {
        b += 1;
    }
    let words: Vec<&str> = (k..b).map(|i| v.word(i)).collect();
    let value = resolve_time(&words, v.doc.meta.published.as_deref());
    let (s, e) = v.span(k, b);
    Some(TimeRef {
        start: s,
        end: e,
        text: v.doc.slice(s, e).to_string(),
        entity: None,
        value,
    })
}

/// Whether the verb at `g` has not happened: it has a modal ("will leave"), or it is
/// the complement of a word of plan, wish or likelihood or of such a verb (up to
/// `depth` levels: "is likely to support … when he visits"). A past word of plan itself
/// happened: "had pledged … after they met".
fn unreal_frame(v: &View, g: usize, depth: usize) -> bool {
    if v.children(g)
        .any(|c| v.dep(c) == "aux" && modal(v, c) && !v.is(c, &["can", "ca"]))
    {
        return true;
    }
    // (The parser may hang the clause on the verb's object: "support [its case when
    // he visits]".)
    match v.dep(g) {
        "xcomp" => v.toks[g].head.is_some_and(|p| {
            IRREALIS.contains(&v.word(p)) || (depth > 0 && unreal_frame(v, p, depth - 1))
        }),
        "obj" => {
            depth > 0
                && v.toks[g]
                    .head
                    .is_some_and(|p| unreal_frame(v, p, depth - 1))
        }
        _ => false,
    }
}

/// Whether token `k` opens a phrase of avoidance right before the trigger at `ta` (an
/// adverb or a determiner may come between): "avoid(s/ed/ing)", "refrain(ed) from",
/// "abstain(ed) from", "steer(ing) clear of", "stop(ped) short of", "shy/shied away
/// from".
fn avoided(v: &View, k: usize, ta: usize) -> bool {
    let w = v.word(k);
    let next = |x: usize, ws: &[&str]| x < v.toks.len() && v.is(x, ws);
    let stem = |p: &str| w.starts_with(p);
    let len = if stem("avoid") && w.len() <= 8 {
        1
    } else if (stem("refrain") || stem("abstain")) && next(k + 1, &["from"]) {
        2
    } else if (stem("steer") && next(k + 1, &["clear"]) && next(k + 2, &["of"]))
        || (stem("stop") && next(k + 1, &["short"]) && next(k + 2, &["of"]))
        || ((stem("shy") || stem("shied") || stem("shies"))
            && next(k + 1, &["away"])
            && next(k + 2, &["from"]))
    {
        3
    } else {
        return false;
    };
    k + len == ta || (k + len + 1 == ta && matches!(v.pos(k + len), Some("ADV" | "DET")))
}

/// Status and attribution of the event triggered at `[ta, tb)`.
/// Whether the verb at `x` is an infinitive of purpose: "raided the camp to expel
/// them" (on the verb or, as parsed, its object), "sent 12 suicide bombers to stage
/// attacks". (Not "the first president to visit Cuba", who did.)
fn purpose(v: &View, x: usize) -> bool {
    if !v.has_dep_word(x, "mark", &["to"])
        || v.doc.tokens[x].xpos.as_deref() != Some("VB")
        || v.children(x).any(|c| v.dep(c) == "nsubj")
    {
        return false;
    }
    let Some(g) = v.toks[x].head else {
        return false;
    };
    // (Not what one goes on, or uses a tool, to do: "began to bombard the priest",
    // "used a crane to lift a bulldozer".)
    if matches!(
        v.lemma(g),
        "begin" | "start" | "continue" | "resume" | "manage" | "proceed" | "use" | "employ"
    ) {
        return false;
    }
    match v.dep(x) {
        "advcl" => v.pos(g) == Some("VERB") && !IRREALIS.contains(&v.word(g)),
        "xcomp" => matches!(v.lemma(g), "send" | "dispatch" | "deploy"),
        "acl" => {
            v.dep(g) == "obj"
                && v.toks[g].head.is_some_and(|p| v.pos(p) == Some("VERB"))
                && !v.children(g).any(|c| {
                    v.is(
                        c,
                        &["first", "last", "only", "second", "third", "latest", "next"],
                    )
                })
        }
        _ => false,
    }
}

fn status(
    v: &View,
    ta: usize,
    tb: usize,
    kind: Kind,
    quotes: &[Found],
) -> (Status, Option<SpanRef>) {
    let (sa, sb) = v.sents[v.sentence_of(ta)];
    let mut st = Status::Asserted;
    let mut by: Option<SpanRef> = None;
    let mut consider = |s: Status| {
        if s < st {
            st = s;
        }
    };
    // The trigger's head: the token whose head lies outside the trigger.
    let head = (ta..tb)
        .find(|&k| v.toks[k].head.is_none_or(|p| p < ta || p >= tb))
        .unwrap_or(ta);
    // Attribution: the innermost quote whose content holds the trigger.
    // ("The government accused the rebels of preparing an offensive, a charge the rebels
    // denied": what is denied is the charge's content; that the charge was made, the
    // writer says.)
    let q = quote_holding(quotes, ta, tb).filter(|q| {
        !(q.cue_lemma == "deny"
            && kind == Kind::Verb
            && matches!(
                v.lemma(head),
                "accuse" | "charge" | "allege" | "claim" | "blame"
            )
            && !(q.content.0..ta).any(|k| matches!(v.pos(k), Some("VERB"))))
    });
    if let Some(q) = q {
        by = q.quote.speaker.clone();
        // ("Analysts warn the killing could trigger reprisals": what is feared is what
        // the killing may do, not the killing, the subject of the words.)
        let subject_of_words = kind == Kind::Noun
            && v.parsed
            && (matches!(v.dep(head), "nsubj" | "nsubj:pass")
                || (v.dep(head) == "obj" && tb < v.toks.len() && modal(v, tb)));
        match q.cue_lemma.as_str() {
            "deny" => consider(Status::Denied),
            "confirm" | "acknowledge" | "admit" => consider(Status::Confirmed),
            "fear" | "warn" | "predict" | "estimate" if !subject_of_words => {
                consider(Status::Hypothetical)
            }
            _ => consider(Status::Attributed),
        }
        if by.is_none() {
            by = q.quote.cue.clone();
        }
    }
    // A noun that is the subject of its clause ("the killing could trigger reprisals")
    // takes no mood from the words before it: the clause's modal is about its object.
    // (Not the subject of "there is": "there would be no negotiations" takes the mood
    // of its "would" and its "no".)
    let existential = v.parsed
        && v.toks[head]
            .head
            .is_some_and(|g| v.children(g).any(|c| v.dep(c) == "expl" && c < head));
    let subject_noun = kind == Kind::Noun
        && !existential
        && ((v.parsed && matches!(v.dep(head), "nsubj" | "nsubj:pass" | "csubj"))
            || (tb < sb && modal(v, tb)));
    // "the alleged attack", "a suspected air strike": a nominal event its own words call
    // unproven.
    if v.parsed
        && v.children(head).any(|c| {
            matches!(v.dep(c), "amod" | "advmod")
                && c < head
                && v.is(c, &["alleged", "suspected", "purported", "unconfirmed"])
        })
    {
        consider(Status::Unconfirmed);
    }
    // "bombed the rebels rather than negotiating with them", "played on fears rather
    // than offered them solutions", "instead of attacking": what was passed over was not
    // done.
    // ("had yet to endorse Clinton": not yet done either.)
    let passed_over = |k: usize| {
        k >= sa + 2
            && ((v.is(k - 1, &["than"]) && v.is(k - 2, &["rather"]))
                || (v.is(k - 1, &["of"]) && v.is(k - 2, &["instead"]))
                || (v.is(k - 1, &["to"])
                    && v.is(k - 2, &["yet"])
                    && k >= sa + 3
                    && v.is(k - 3, &["has", "have", "had", "is", "are", "was", "were"])))
    };
    if kind == Kind::Verb
        && (passed_over(ta) || (ta > sa && v.pos(ta - 1) == Some("AUX") && passed_over(ta - 1)))
    {
        consider(Status::Negated);
    }
    // "The planned visit was cancelled", "talks were called off": an event whose own
    // clause says it was called off did not happen (one put off has not yet).
    if v.parsed && subject_noun && v.dep(head) == "nsubj:pass" {
        if let Some(g) = v.toks[head].head {
            if matches!(
                v.lemma(g),
                "cancel" | "scrap" | "abandon" | "shelve" | "call"
            ) && (v.lemma(g) != "call" || v.children(g).any(|c| v.is(c, &["off"])))
            {
                consider(Status::Negated);
            } else if matches!(v.lemma(g), "postpone" | "delay" | "defer" | "put")
                && (v.lemma(g) != "put" || v.children(g).any(|c| v.is(c, &["off"])))
            {
                consider(Status::Hypothetical);
            }
        }
    }
    // "Netanyahu opposed talks between Weizman and Arafat", "China blocked sanctions":
    // talks, deals or measures one opposes or blocks have not happened (a war opposed
    // may have).
    const OPPOSE: &[&str] = &["oppose", "block", "resist", "veto", "obstruct"];
    if kind == Kind::Noun
        && ((v.parsed
            && v.dep(head) == "obj"
            && v.toks[head]
                .head
                .is_some_and(|g| OPPOSE.contains(&v.lemma(g))))
            // (or right after such a verb, however parsed)
            || (ta > sa && v.pos(ta - 1) == Some("VERB") && OPPOSE.contains(&v.lemma(ta - 1))))
        && v.is(
            head,
            &[
                "talks",
                "negotiations",
                "meeting",
                "meetings",
                "summit",
                "visit",
                "deal",
                "agreement",
                "treaty",
                "accord",
                "pact",
                "sanctions",
                "embargo",
                "ceasefire",
                "truce",
                "resolution",
                "aid",
                "deployment",
                "extradition",
                "expulsion",
            ],
        )
    {
        consider(Status::Hypothetical);
    }
    // "renewed fighting could displace 200,000 people", "further strikes would …": a
    // subject noun that names more of it to come takes its clause's modal after all.
    if v.parsed && subject_noun {
        let more = v.children(head).any(|c| {
            matches!(v.dep(c), "amod" | "det")
                && v.is(
                    c,
                    &[
                        "renewed",
                        "further",
                        "new",
                        "more",
                        "fresh",
                        "possible",
                        "potential",
                        "any",
                        "future",
                        "wider",
                        "another",
                        "full-scale",
                    ],
                )
        });
        if more
            && v.toks[head]
                .head
                .is_some_and(|g| v.children(g).any(|c| v.dep(c) == "aux" && modal(v, c)))
        {
            consider(Status::Hypothetical);
        }
    }
    // "Nobody is talking to us", "no country has recognised it", "Neither Cruz nor
    // Christie acknowledged …": a negative subject.
    if v.parsed && kind == Kind::Verb {
        let negative = v.children(head).any(|c| {
            matches!(v.dep(c), "nsubj" | "nsubj:pass")
                && (v.is(c, &["nobody", "none", "noone", "nothing"])
                    || (v.is(c, &["one"]) && c > 0 && v.is(c - 1, &["no"]))
                    || v.children(c).any(|d| {
                        (v.dep(d) == "det" && v.is(d, &["no"]))
                            || (v.dep(d) == "cc:preconj" && v.is(d, &["neither"]))
                    }))
        });
        if negative {
            consider(Status::Negated);
        }
    }
    // "pressure from Congress to help Iran", "urged Israel on Monday to halt": an
    // infinitive governed by a word of plan, demand or fear, however far from it; or
    // parsed as a purpose clause of the verb that takes such a noun ("faces [pressure]
    // … to help").
    // ("asked me to call in the envoy and discuss the matter": a verb conjoined to the
    // infinitive is under the same word.)
    let inf = if v.parsed && v.dep(head) == "conj" && !v.has_dep_word(head, "mark", &["to"]) {
        v.toks[head]
            .head
            .filter(|&x| v.has_dep_word(x, "mark", &["to"]))
            .unwrap_or(head)
    } else {
        head
    };
    // ("I want to commend Donald Trump": saying so commends him.)
    let performative = v.parsed && kind == Kind::Verb && crate::tree::performative(v, head);
    if v.parsed && kind == Kind::Verb && v.has_dep_word(inf, "mark", &["to"]) && !performative {
        if let Some(g) = v.toks[inf].head {
            let irrealis = match v.dep(inf) {
                // ("is committed to support": not in IRREALIS, as "committed
                // atrocities" happened.)
                "xcomp" | "acl" => {
                    IRREALIS.contains(&v.word(g))
                        || IRREALIS_NOUNS.contains(&v.word(g))
                        || v.is(g, &["committed", "commit", "commits", "poised"])
                        // "motivation for Pakistan to help", "a chance for the two to
                        // meet": a noun's for-to clause is what may come of it (not "the
                        // first time for a president to visit").
                        || (v.dep(inf) == "acl"
                            && v.has_dep_word(inf, "mark", &["for"])
                            && !v.children(g).any(|c| {
                                v.is(c, &["first", "last", "only", "second", "third"])
                            }))
                }
                // "faces pressure … to help", "will send a team … to help"; an infinitive
                // the parser reads as a purpose clause of a verb of plan or command
                // ("to order Iraqi armed forces to help us").
                "advcl" => {
                    IRREALIS.contains(&v.word(g))
                        || v.children(g).any(|c| {
                            (v.dep(c) == "obj" && IRREALIS_NOUNS.contains(&v.word(c)))
                                || (v.dep(c) == "aux" && modal(v, c))
                        })
                }
                _ => false,
            };
            if irrealis {
                consider(Status::Hypothetical);
            }
        }
    }
    // "Polish Foreign Minister to visit Yugoslavia": a headline's bare infinitive is
    // what is to come.
    // (Also when the parser hangs it on the name before it: "Israel's Levy to meet
    // Mubarak in Egypt", "German chancellor to meet Yeltsin".)
    if v.parsed
        && kind == Kind::Verb
        && v.has_dep_word(head, "mark", &["to"])
        && (v.dep(head) == "root"
            || (matches!(v.dep(head), "acl" | "advcl")
                && v.toks[head].head.is_some_and(|g| {
                    v.dep(g) == "root" && matches!(v.pos(g), Some("NOUN" | "PROPN"))
                })))
    {
        consider(Status::Hypothetical);
    }
    // A clause under a verb that has not happened has not happened either: "will leave
    // for Bolivia to attend a summit", "is likely to support its case when he visits
    // Poland", "plans to visit Poland when he travels to Europe", "By offering Kasich the
    // second spot on the ticket, Trump would show voters".
    if v.parsed && kind == Kind::Verb && matches!(v.dep(head), "xcomp" | "advcl") && !performative {
        let timed = v.dep(head) == "xcomp"
            || v.has_dep_word(
                head,
                "mark",
                &["to", "when", "once", "after", "before", "until", "by"],
            )
            || v.has_dep_word(head, "advmod", &["when"]);
        // (A means under a modal perfect is past: "may have violated the law by calling
        // on Russia to hack" says the call was made.)
        let past_means = v.has_dep_word(head, "mark", &["by"])
            && v.toks[head]
                .head
                .is_some_and(|g| v.has_dep_word(g, "aux", &["have", "has", "had"]));
        if timed && !past_means && v.toks[head].head.is_some_and(|g| unreal_frame(v, g, 3)) {
            consider(Status::Hypothetical);
        }
    }
    // The verb a clause of the trigger's verb hangs on, when the clause is one of
    // `deps` opened by one of `marks` ("failed to agree", "barred X from flying").
    let governor = |deps: &[&str], marks: &[&str]| {
        (v.parsed
            && kind == Kind::Verb
            && deps.contains(&v.dep(head))
            && v.has_dep_word(head, "mark", marks))
        .then(|| v.toks[head].head)
        .flatten()
    };
    // "failed on Monday to agree", "refused yesterday to sign": with words between, the
    // infinitive under a verb of failing or refusing has not happened.
    if governor(&["xcomp", "advcl"], &["to"])
        .is_some_and(|g| matches!(v.lemma(g), "fail" | "refuse" | "decline"))
    {
        consider(Status::Negated);
    }
    // "acting without consulting parliament", "decided against flying to the West Bank":
    // what is done without, or decided against, has not happened.
    if v.word(head).ends_with("ing")
        && (governor(&["advcl", "acl"], &["without"]).is_some()
            || governor(&["advcl"], &["against"])
                .is_some_and(|g| matches!(v.lemma(g), "decide" | "vote" | "opt" | "choose")))
    {
        consider(Status::Negated);
    }
    // "barred the Palestinian leader from flying to the West Bank", "prevented Arafat
    // from travelling": what one is kept from doing has not happened.
    if v.word(head).ends_with("ing")
        && governor(&["advcl"], &["from"]).is_some_and(|g| crate::tree::keeps_from(v, g))
    {
        consider(Status::Negated);
    }
    // "gave the mutineers 48 hours to surrender their weapons": what one is given time
    // to do is not done yet.
    if governor(&["advcl", "xcomp"], &["to"])
        .is_some_and(|g| crate::tree::deadline_recipient(v, g, head).is_some())
    {
        consider(Status::Hypothetical);
    }
    // "calls by Belarus's rulers for economic aid", "an offer of aid": what a call,
    // offer or threat is for has not happened.
    if v.parsed && kind == Kind::Noun && v.dep(head) == "nmod" {
        if let Some(g) = v.toks[head].head {
            let case = v.has_dep_word(head, "case", &["for", "of"]);
            if case && IRREALIS_NOUNS.contains(&v.word(g)) {
                consider(Status::Hypothetical);
            }
            // "efforts towards a new summit", "preparations for talks", "a bid for a
            // ceasefire": what is worked toward has not happened yet.
            if v.has_dep_word(head, "case", &["for", "towards", "toward"])
                && v.is(
                    g,
                    &[
                        "effort",
                        "efforts",
                        "preparation",
                        "preparations",
                        "bid",
                        "bids",
                        "push",
                        "drive",
                        "attempt",
                        "attempts",
                        "moves",
                        "steps",
                    ],
                )
            {
                consider(Status::Hypothetical);
            }
        }
    }
    // "did not say whether anyone was killed", "asked if troops had fired": what is
    // asked or left open has not happened as far as the text says.
    if v.parsed
        && kind == Kind::Verb
        && v.has_dep_word(head, "mark", &["whether", "if"])
        && v.dep(head) == "ccomp"
    {
        consider(Status::Hypothetical);
    }
    // "agreed on Tuesday to resume high-level defence talks": the object of an
    // infinitive under a word of plan, promise or agreement has not happened.
    // ("agreed to provide 70 million dollars of aid": through the measure.)
    let measure = if v.parsed {
        crate::tree::measured(v, head)
    } else {
        head
    };
    if v.parsed && kind == Kind::Noun && v.dep(measure) == "obj" {
        if let Some(g) = v.toks[measure].head {
            if v.has_dep_word(g, "mark", &["to"])
                && matches!(v.dep(g), "xcomp" | "advcl")
                && v.toks[g]
                    .head
                    .is_some_and(|p| IRREALIS.contains(&v.word(p)))
            {
                consider(Status::Hypothetical);
            }
        }
    }
    // A nominal event takes the mood of its support verb ("will provide nearly 25,000
    // tons of food aid", "did not hold talks").
    if v.parsed && kind == Kind::Noun && !subject_noun {
        if let Some(p) = crate::tree::support_verb(v, head) {
            // ("weighed sanctions against Iran": not imposed yet.)
            if crate::tree::PONDERED.contains(&v.lemma(p)) {
                consider(Status::Hypothetical);
            }
            if v.children(p).any(|c| v.dep(c) == "aux" && modal(v, c)) {
                consider(Status::Hypothetical);
            }
            if crate::tree::negated(v, p) {
                consider(Status::Negated);
            }
        }
    }
    // Local context: the words before the trigger in its clause.
    let mut k = if subject_noun { sa } else { ta };
    let mut steps = 0;
    let mut shared_of: Option<usize> = None;
    while k > sa && steps < 6 {
        k -= 1;
        steps += 1;
        let w = v.word(k);
        // (A hyphen inside a word is no break: "high-level talks".)
        let inner_hyphen = k > sa && v.inner_hyphen(k);
        if v.is_punct(k) && w != "'s" && !inner_hyphen {
            break;
        }
        // (An event in a phrase or clause of time, cause or concession is a fact of its
        // own: "declined to resign despite growing pressure", "did not withdraw after
        // clashes with rebels", "did not leave because rebels attacked the base".)
        if (kind == Kind::Noun
            || v.pos(head) == Some("NOUN")
            || v.dep(head) == "obl"
            || v.toks[k].head == Some(head))
            // (not "not because I agree with him")
            && !(k > sa && v.is(k - 1, &["not"]))
            && matches!(
                w,
                "despite"
                    | "amid"
                    | "after"
                    | "following"
                    | "since"
                    | "during"
                    | "because"
                    | "although"
                    | "though"
            )
        {
            break;
        }
        // (A verb the noun's clause is conjoined to has a mood of its own: "rejected the
        // accusations and demanded an apology" leaves the apology asked for, not
        // denied.)
        if v.parsed && kind == Kind::Noun && v.pos(k) == Some("VERB") && v.dominates(k, head) && {
            let mut x = head;
            let mut crossed = false;
            for _ in 0..12 {
                if x == k {
                    break;
                }
                if v.dep(x) == "conj" && v.pos(x) == Some("VERB") {
                    crossed = true;
                    break;
                }
                match v.toks[x].head {
                    Some(p) => x = p,
                    None => break,
                }
            }
            crossed
        } {
            break;
        }
        // (What an inquiry is into happened, whatever the inquiry's own mood: "ordered
        // an inquiry into the assassination".)
        if matches!(w, "into" | "of") && k > sa && v.is(k - 1, crate::tree::INQUIRIES) {
            break;
        }
        // (What comes before "whether" is the asking clause's: "did not say whether
        // anyone was killed" leaves the killing open, not denied.)
        if w == "whether" {
            consider(Status::Hypothetical);
            break;
        }
        // "said he would order a review and warned against hackers": past its own "and",
        // a conjoined verb takes its mood only from what the first verb's clause shares
        // with it, that verb's own auxiliaries and negation ("has not been charged and
        // convicted", "would order a review and warn"); none when its form shows it has
        // its own ("did not attack the town and fled").
        if v.parsed
            && kind == Kind::Verb
            && v.dep(k) == "cc"
            && v.is(k, &["and", "but"])
            && v.toks[k].head == Some(head)
            && v.dep(head) == "conj"
        {
            let base = |x: usize| v.word(x).eq_ignore_ascii_case(v.lemma(x));
            match v.toks[head].head {
                Some(first) if base(first) && !base(head) => break,
                Some(first) => shared_of = Some(first),
                None => {}
            }
            continue;
        }
        if shared_of.is_some_and(|f| v.toks[k].head != Some(f)) {
            continue;
        }
        if NEG.contains(&w) && (kind == Kind::Verb || w == "no" || steps <= 2) {
            consider(Status::Negated);
        }
        if modal(v, k) && !performative {
            consider(Status::Hypothetical);
        }
        if IRREALIS.contains(&w) && v.is(k + 1, &["to"]) && !performative {
            consider(Status::Hypothetical);
        }
        // "did not rule out attacks", "ruled out military action": a possibility
        // weighed, ruled out or not, has not happened.
        // (The "not" before it is the ruling out's, not the attack's.)
        if w == "out" && k > sa && v.is(k - 1, &["rule", "rules", "ruled", "ruling"]) {
            consider(Status::Hypothetical);
            break;
        }
        // (Not what a threat or fear is over: "a threat over Seoul's crackdown on
        // students" is about a crackdown that happened.)
        if kind == Kind::Noun
            && (IRREALIS_NOUNS.contains(&w) || IRREALIS.contains(&w))
            && !v.is(
                k + 1,
                &["over", "about", "after", "following", "amid", "despite"],
            )
        {
            consider(Status::Hypothetical);
        }
        // "rejected reports of an attack" denies the attack; "rejected an appeal" or
        // "dismissed the accusations" answers an appeal or accusation that was made, and
        // "rejected calls for aid" one for what has not happened.
        let answered = v.parsed
            && kind == Kind::Noun
            && matches!(w, "rejected" | "dismissed")
            && ((v.dep(head) == "obj" && v.toks[head].head == Some(k))
                || (k + 1..ta).any(|x| IRREALIS_NOUNS.contains(&v.word(x))));
        if matches!(
            w,
            "denied" | "denies" | "deny" | "denying" | "rejected" | "dismissed"
        ) && !answered
        {
            consider(Status::Denied);
        }
        if matches!(w, "failed" | "refused" | "declined") && v.is(k + 1, &["to"]) {
            consider(Status::Negated);
        }
        // What a party keeps from doing it does not do: "avoids condemning", "refrain
        // from attacking", "steering clear of criticizing", "stopped short of", "shied
        // away from", "abstained from".
        if avoided(v, k, ta) {
            consider(Status::Negated);
        }
        if w == "confirmed" {
            consider(Status::Confirmed);
        }
    }
    // "the cancellation of 'open skies' talks", "the postponed summit": called off (the
    // words right before the noun, whatever its place in the clause).
    if kind == Kind::Noun {
        let mut k = ta;
        while k > sa && k + 5 > ta {
            k -= 1;
            if v.is_punct(k) {
                break;
            }
            if v.is(
                k,
                &[
                    "cancellation",
                    "cancelled",
                    "canceled",
                    "postponement",
                    "postponed",
                    "scrapped",
                    "aborted",
                ],
            ) {
                consider(Status::Negated);
            }
        }
    }
    // "increased cooperation between Nepal and Tibet was possible": an event noun said to
    // be possible, likely or needed has not happened.
    if kind == Kind::Noun {
        let mut k = tb;
        while k + 1 < sb && k < tb + 8 && !v.is_punct(k) {
            if v.is(
                k,
                &[
                    "is", "was", "were", "are", "be", "seemed", "seems", "remains",
                ],
            ) && v.is(
                k + 1,
                &[
                    "possible",
                    "likely",
                    "unlikely",
                    "probable",
                    "necessary",
                    "needed",
                    "feasible",
                    "imminent",
                    "expected",
                    "inevitable",
                ],
            ) {
                consider(Status::Hypothetical);
                break;
            }
            k += 1;
        }
    }
    // "would keep Sanders' campaign going and help him make his case": a verb conjoined
    // to one under a modal, with no subject or auxiliary of its own, shares the modal.
    if v.parsed
        && kind == Kind::Verb
        && v.dep(head) == "conj"
        && !v
            .children(head)
            .any(|c| matches!(v.dep(c), "nsubj" | "nsubj:pass" | "aux" | "aux:pass"))
    {
        if let Some(g) = v.toks[head].head {
            // (also one conjoined to a verb that is to come: "Downer was to meet Qian
            // Qichen and sign an agreement")
            if g < head
                && (v
                    .children(g)
                    .any(|c| v.dep(c) == "aux" && modal(v, c) && !v.is(c, &["can", "ca"]))
                    || (v.dep(g) == "root" && v.has_dep_word(g, "mark", &["to"])))
            {
                consider(Status::Hypothetical);
            }
        }
    }
    // "dismissed the notion that its jets had bombed the hospital", "played down the
    // idea that he had struck a major deal": a claim denied (the clause may hang on the
    // claim or, as parsed, on the verb).
    if v.parsed && kind == Kind::Verb && v.has_dep_word(head, "mark", &["that"]) {
        if let Some(p) = v.toks[head].head {
            let (g, claim) = if v.pos(p) == Some("NOUN") {
                (v.toks[p].head, Some(p))
            } else {
                (
                    Some(p),
                    v.children(p)
                        .find(|&c| matches!(v.dep(c), "obj" | "obl") && v.is(c, CLAIMS)),
                )
            };
            if let (Some(g), Some(n)) = (g, claim) {
                let down = |x: usize| v.children(x).any(|c| v.is(c, &["down"]));
                let denial = matches!(
                    v.lemma(g),
                    "deny" | "dismiss" | "reject" | "refute" | "rebut" | "downplay" | "discount"
                ) || (v.lemma(g) == "play" && (down(g) || down(n)));
                if v.is(n, CLAIMS) && denial && !crate::tree::negated(v, g) {
                    consider(Status::Denied);
                    // (denied by the verb's subject)
                    if by.is_none() {
                        let subject = v.children(g).find(|&c| v.dep(c) == "nsubj");
                        if let Some(a) = subject.and_then(|c| crate::tree::actors_at(v, c).pop()) {
                            let (x, y) = v.span(a.a, a.b);
                            by = Some(v.doc.span_ref(x, y, a.entity));
                        }
                    }
                }
            }
        }
    }
    // A clause marked as a condition, wherever it stands ("Imagine the spectacle if
    // the I.R.S. sues a sitting president"), and a clause a command to suppose governs
    // ("Say Mexico demanded …", "Suppose China imposed sanctions"): not what happened.
    if v.parsed && kind == Kind::Verb {
        // (A conjunct shares its first verb's condition: "unless he returned and
        // cooperated with Moxon".)
        let first = if v.dep(head) == "conj" && !v.children(head).any(|c| v.dep(c) == "mark") {
            v.toks[head].head.unwrap_or(head)
        } else {
            head
        };
        if v.has_dep_word(head, "mark", &["if", "unless", "whether", "lest"])
            || v.has_dep_word(first, "mark", &["if", "unless", "lest"])
        {
            consider(Status::Hypothetical);
        }
        // A doing that is talked over or put forward: "discusses burying illegal guns,
        // dying a free man and shooting federal agents", "suggested bombing Iran".
        let mut x = head;
        for _ in 0..4 {
            if v.doc.tokens[x].xpos.as_deref() != Some("VBG")
                || !matches!(v.dep(x), "xcomp" | "advcl" | "conj" | "obj" | "ccomp")
            {
                break;
            }
            let Some(p) = v.toks[x].head else { break };
            if matches!(
                v.lemma(p),
                "discuss"
                    | "consider"
                    | "contemplate"
                    | "mull"
                    | "weigh"
                    | "suggest"
                    | "propose"
                    | "recommend"
                    | "advocate"
                    | "favor"
                    | "favour"
                    | "urge"
                    | "fantasize"
            ) {
                consider(Status::Hypothetical);
                break;
            }
            x = p;
        }
        // The consequent of a condition, when it is no finite past: "discusses shooting
        // federal agents if they came through his door", "to attack unless the
        // rebels withdraw".
        if v.children(head).any(|c| {
            v.dep(c) == "advcl" && c > head && v.has_dep_word(c, "mark", &["if", "unless"])
        }) && (matches!(v.doc.tokens[head].xpos.as_deref(), Some("VBG" | "VB"))
            || v.children(head).any(|c| v.dep(c) == "aux" && modal(v, c)))
        {
            consider(Status::Hypothetical);
        }
        // (through infinitives and conjuncts too: "Suppose … that someone would stay
        // there while the Government issues condemnations but continues to host him,
        // invite him …")
        let mut x = head;
        for _ in 0..6 {
            let Some(p) = v.toks[x]
                .head
                .filter(|_| matches!(v.dep(x), "ccomp" | "advcl" | "xcomp" | "conj"))
            else {
                break;
            };
            let imperative = v.dep(p) == "root"
                && p == sa
                && v.is(p, &["say", "suppose", "imagine", "assume"])
                && !v.children(p).any(|c| matches!(v.dep(c), "nsubj" | "aux"));
            if imperative {
                consider(Status::Hypothetical);
                break;
            }
            x = p;
        }
    }
    // Conditionals: the trigger's clause opens with "if"/"unless", or the sentence does
    // and the trigger sits under "would".
    for k in sa..ta {
        if v.is(k, CONDITIONAL)
            && (k == sa || v.is_punct(k - 1) || v.is(k - 1, &["and", "but", "even"]))
        {
            let comma = (k..ta).any(|x| v.is(x, &[","]));
            if !comma || (k == sa && (k..ta).any(|x| v.is(x, &["would", "could", "will", "might"])))
            {
                consider(Status::Hypothetical);
            }
        }
        if v.is(k, &["denied", "denies", "deny"]) && by.is_none() {
            if let Some(s) = np_ending_at(v, k) {
                let (x, y) = v.span(s.a, s.b);
                by = Some(v.doc.span_ref(x, y, s.entity));
            }
            consider(Status::Denied);
        }
    }
    // Unconfirmed: this sentence or the next says the claim is not verified.
    // (An adverb of hearsay qualifies its own sentence only: "Forces reportedly used
    // gas." says nothing of the sentence before.)
    let unverified = |a: usize, b: usize, own: bool| {
        (a..b).any(|k| {
            v.is(k, &["unconfirmed", "unverified"])
                || (own
                    && v.is(k, &["allegedly", "purportedly", "reportedly"])
                    // (of the clause the event is in, not of a clause below it:
                    // "was shot and killed by an officer after he allegedly brandished a
                    // pistol" leaves the shooting certain)
                    && (!v.parsed || !in_subordinate_clause(v, k, ta)))
                || (v.is(
                    k,
                    &["verified", "verify", "confirmed", "confirm", "corroborated"],
                ) && (k.saturating_sub(4)..k)
                    .any(|x| v.is(x, &["not", "n't", "cannot", "unable"])))
        })
    };
    // The next sentence counts only as a comment on this one ("The claim could not be
    // verified."), not when it reports a claim of its own ("Rebels said …, though this
    // could not be verified").
    let own_claim = |a: usize, b: usize| {
        (a..b).any(|k| {
            v.is(
                k,
                &[
                    "said",
                    "says",
                    "say",
                    "told",
                    "claimed",
                    "according",
                    "reported",
                ],
            )
        })
    };
    // (The claim itself was made: "X claimed responsibility …; the claim could not be
    // confirmed" leaves the claiming certain, what is claimed not.)
    let cue_of_claim = quotes.iter().any(|q| {
        q.quote.cue.as_ref().is_some_and(|c| {
            let (x, y) = v.span(ta, tb);
            c.start < y && x < c.end
        })
    });
    let next = v.sentence_of(ta) + 1;
    if !cue_of_claim
        && (unverified(sa, sb, true)
            || (next < v.sents.len() && {
                let (na, nb) = v.sents[next];
                nb - na < 20 && unverified(na, nb, false) && !own_claim(na, nb)
            }))
    {
        consider(Status::Unconfirmed);
    }
    if st == Status::Asserted && by.is_some() {
        st = Status::Attributed;
    }
    (st, by)
}

/// Whether token `k` sits in an adverbial or relative clause that does not hold token
/// `t`: going up from `k`, a clause of that kind is met before a token above `t`.
fn in_subordinate_clause(v: &View, k: usize, t: usize) -> bool {
    let mut x = k;
    for _ in 0..40 {
        if v.dominates(x, t) {
            return false;
        }
        if matches!(v.dep(x), "advcl" | "acl" | "acl:relcl") {
            return true;
        }
        match v.toks[x].head {
            Some(g) => x = g,
            None => return false,
        }
    }
    false
}

/// A pronoun with no actor takes the actor of the speaker whose words hold it ("Obama
/// said he would …"), else of the nearest actor mention before it in this sentence or
/// the one before.
/// "Obama and Putin said they will attack Iraq": "they" in what conjoined speakers say
/// is each of them.
fn conjoined_speakers(v: &View, a: Arg, at: usize, quotes: &[Found]) -> Vec<Arg> {
    if !v.parsed || a.b != a.a + 1 || !v.is(a.a, &["they", "we"]) {
        return vec![a];
    }
    let Some(cue) = quote_holding(quotes, at, at + 1)
        .and_then(|q| q.quote.cue.as_ref())
        .and_then(|c| v.token_range(c.start, c.end))
        .map(|(c, _)| c)
    else {
        return vec![a];
    };
    let Some(subj) = v.children(cue).find(|&c| v.dep(c) == "nsubj") else {
        return vec![a];
    };
    let mut parties: Vec<Arg> = Vec::new();
    for p in crate::tree::actors_at(v, subj) {
        if p.actor.as_deref().is_some_and(has_country)
            && !parties.iter().any(|q| q.actor == p.actor)
        {
            parties.push(p);
        }
    }
    if parties.len() < 2 {
        return vec![a];
    }
    parties
}

/// The press, whom one speaks or briefs without acting on anyone.
const PRESS: &[&str] = &[
    "reporters",
    "journalists",
    "press",
    "media",
    "newsmen",
    "correspondents",
];

/// Whom the words of a quote are addressed to, by its cue: "said in a telephone message
/// to his southern counterpart", "wrote to the UN", "told the envoy".
fn quote_addressee(v: &View, q: &Found) -> Option<Arg> {
    if !v.parsed {
        return None;
    }
    let cue = q.quote.cue.as_ref()?;
    let (a, b) = v.token_range(cue.start, cue.end)?;
    let c = (a..b).find(|&k| v.pos(k) == Some("VERB"))?;
    // (A news conference or the press hears, but is no party: "told a news conference
    // he had asked to speak".)
    let party = |x: &Arg| {
        x.actor.is_some()
            && x.b > x.a
            && !v.is(x.b - 1, crate::tree::GATHERINGS)
            && !v.is(x.b - 1, PRESS)
            // (nor a news outlet: "told Reuters", "told the BBC")
            && !media(x)
            && !v.is(
                x.b - 1,
                &[
                    "conference",
                    "briefing",
                    "audience",
                    "crowd",
                    "rally",
                    "interview",
                ],
            )
    };
    let to = v
        .children(c)
        .find(|&k| matches!(v.dep(k), "obl") && v.has_dep_word(k, "case", &["to"]))
        .and_then(|k| crate::tree::actors_at(v, k).into_iter().find(|x| party(x)));
    // "said in a telephone message to his counterpart", "in a letter to the UN"
    let message = || {
        v.children(c)
            .filter(|&k| {
                v.dep(k) == "obl"
                    && v.is(
                        k,
                        &["message", "letter", "call", "statement", "note", "cable"],
                    )
                    && v.is(k + 1, &["to"])
            })
            .find_map(|k| np_starting_at(v, k + 2))
            .filter(|x| party(x))
    };
    let told = || {
        (v.lemma(c) == "tell")
            .then(|| v.children(c).find(|&k| matches!(v.dep(k), "obj" | "iobj")))
            .flatten()
            .and_then(|k| crate::tree::actors_at(v, k).into_iter().find(|x| party(x)))
    };
    to.or_else(message).or_else(told)
}

/// The innermost quote whose content holds tokens `[a, b)`.
fn quote_holding(quotes: &[Found], a: usize, b: usize) -> Option<&Found> {
    quotes
        .iter()
        .filter(|q| q.content.0 <= a && b <= q.content.1)
        .min_by_key(|q| q.content.1 - q.content.0)
}

/// The first-person words that stand for the speaker (or, outside quoted words, the
/// writer) as a party: "we", "our plan", "I".
const SPEAKER_SELF: &[&str] = &["i", "we", "us", "our", "my"];

fn resolve_pronoun(v: &View, a: Arg, at: usize, quotes: &[Found]) -> Arg {
    // "Aid agencies said they had suspended operations": "they" opening what a plural
    // speaker says is that speaker, whatever the entity layer linked it to.
    if a.b == a.a + 1 && v.is(a.a, &["they", "their"]) {
        let speaker = quotes
            .iter()
            .filter(|q| q.content.0 == a.a)
            .find_map(|q| q.quote.speaker.as_ref())
            .and_then(|s| v.token_range(s.start, s.end))
            .filter(|&(x, y)| {
                y > x
                    && !v.is(x, crate::view::PRONOUNS)
                    && (v.word(y - 1).ends_with('s') || (x..y).any(|k| v.is(k, &["and"])))
            });
        if let Some((x, y)) = speaker {
            let sp = Arg::from_range_pub(v, x, y);
            return Arg {
                entity: sp.entity,
                actor: sp.actor,
                ..a
            };
        }
    }
    if a.actor.is_none() && a.entity.is_some() {
        // A mention the entity layer linked ("he" → Obama): the actor of the entity's
        // other mentions.
        let actor = v
            .mentions
            .iter()
            .find(|m| m.entity == a.entity && m.actor.is_some())
            .and_then(|m| m.actor.clone());
        if actor.is_some() {
            return Arg { actor, ..a };
        }
    }
    // "its forces", "their fighters": the possessor's country, the phrase's own sector.
    if a.b > a.a + 1
        && v.is(a.a, &["its", "their", "his", "her"])
        && v.is(a.b - 1, ARMED)
        && !a.actor.as_deref().is_some_and(has_country)
    {
        let sp = quotes
            .iter()
            .find(|q| q.content.0 <= at && at < q.content.1)
            .and_then(|q| q.quote.speaker.as_ref())
            .and_then(|s| v.token_range(s.start, s.end))
            .map(|(x, y)| Arg::from_range_pub(v, x, y))
            .and_then(|s| s.actor);
        let s = v.sentence_of(a.a);
        let lo = v.sents[s.saturating_sub(1)].0;
        let near = || {
            (lo..a.a)
                .rev()
                .filter_map(|k| v.mention_of[k])
                .map(|m| &v.mentions[m])
                .find_map(|m| m.actor.clone())
        };
        if let Some(c) = sp
            .or_else(near)
            .filter(|c| has_country(c))
            .and_then(|c| c.get(..3).map(str::to_string))
        {
            let own = a.actor.as_deref().and_then(|x| x.strip_prefix("---"));
            let sector = own.unwrap_or(if v.is(a.b - 1, &["police", "policemen"]) {
                "COP"
            } else {
                "MIL"
            });
            return Arg {
                actor: Some(format!("{c}{sector}")),
                ..a
            };
        }
    }
    if a.actor.is_some() || a.entity.is_some() || a.b != a.a + 1 {
        return a;
    }
    if !v.is(
        a.a,
        &[
            "he",
            "she",
            "they",
            "it",
            "we",
            "i",
            "him",
            "her",
            "them",
            "us",
            "our",
            "my",
            "themselves",
            "itself",
        ],
    ) {
        return a;
    }
    // Words in the speaker's own voice ("We have arrested him", "I told them"): a third
    // person there is someone else than the speaker, and the text does not say whom.
    let holding = quotes
        .iter()
        .find(|q| q.content.0 <= at && at < q.content.1);
    let first_person = holding.is_some_and(|q| {
        (q.content.0..q.content.1).any(|k| v.is(k, &["i", "we", "me", "us", "my", "our"]))
    });
    if first_person && !v.is(a.a, SPEAKER_SELF) {
        return a;
    }
    let sp = holding
        .and_then(|q| q.quote.speaker.as_ref())
        .and_then(|s| v.token_range(s.start, s.end))
        .map(|(x, y)| Arg::from_range_pub(v, x, y))
        .filter(|s| s.actor.is_some());
    let near = || {
        let s = v.sentence_of(a.a);
        let lo = v.sents[s.saturating_sub(1)].0;
        (lo..a.a)
            .rev()
            .filter_map(|k| v.mention_of[k])
            .map(|m| &v.mentions[m])
            .find(|m| m.actor.is_some())
            .map(|m| (m.entity.clone(), m.actor.clone()))
    };
    // (In a sentence with no quotation mark, outside quoted words, "I" and "we" are the
    // writer, never a party named before them: "Imposing tough sanctions on Iran … But I
    // recognize …".)
    let (sa, sb) = v.sents[v.sentence_of(a.a)];
    if holding.is_none()
        && v.is(a.a, SPEAKER_SELF)
        && !(sa..sb).any(|k| v.is(k, &["\"", "“", "”", "''", "``"]))
    {
        return a;
    }
    let (entity, actor) = match sp {
        Some(s) => (s.entity, s.actor),
        None => match near() {
            Some(x) => x,
            None => return a,
        },
    };
    Arg { entity, actor, ..a }
}

/// Whether target `t` is one of the `sources` itself ("itself") or a thing a source
/// owns ("his own campaign", "its decision", "their plan"): not a party of its own. A
/// party noun that a source owns is still a party ("its critics", "his wife").
fn own_thing(v: &View, t: &Arg, sources: &[Arg]) -> bool {
    if t.b == t.a + 1 && v.is(t.a, REFLEXIVES) {
        return !sources.is_empty();
    }
    // ("Mr. Kerry's determination to broker a cease-fire": a name's own thing as well.)
    let named_owner = v.mention_of[t.a]
        .map(|m| &v.mentions[m])
        .filter(|m| m.a == t.a && m.b + 1 < t.b && v.is_poss(m.b) && m.entity.is_some());
    if t.b <= t.a + 1 || !(v.is(t.a, crate::np::POSSESSIVES) || named_owner.is_some()) {
        return false;
    }
    if party_word(v, t.b - 1) {
        return false;
    }
    let owner = v.mention_of[t.a].and_then(|m| v.mentions[m].entity.as_deref());
    sources.iter().any(|s| match (owner, s.entity.as_deref()) {
        (Some(o), Some(e)) => o == e,
        // (an owner of no known entity: the same actor, not merely the same country, as
        // "blamed the network for its reporting" is no act of the network's country on
        // itself)
        _ => s.actor.is_some() && s.actor == t.actor,
    })
}

/// The first three letters of an argument's actor code (a country, `IGO`, or `---`):
/// what the own-forces, own-things and home-place rules compare.
/// The country part of the first of these arguments that has one.
fn code_prefix_of(args: &[Arg]) -> Option<String> {
    args.iter().find_map(|a| code_prefix(a).map(str::to_string))
}

fn code_prefix(a: &Arg) -> Option<&str> {
    a.actor.as_deref().and_then(|x| x.get(..3))
}

/// Whether a (lower-case) noun may name people: "critics", "allies", "his wife", and
/// the agent endings "-er", "-or", "-ist", "-ian", "-ent", "-ant" ("opponents",
/// "supporters", "residents"; not "-ment": "commitment").
fn people_noun(w: &str) -> bool {
    const PEOPLE: &[&str] = &[
        "critic",
        "critics",
        "delegation",
        "delegations",
        "team",
        "mission",
        "guest",
        "guests",
        "king",
        "queen",
        "pope",
        "ally",
        "allies",
        "people",
        "man",
        "men",
        "woman",
        "women",
        "person",
        "persons",
        "girl",
        "girls",
        "boy",
        "boys",
        "youth",
        "youths",
        "citizens",
        "wife",
        "husband",
        "family",
        "children",
        "son",
        "daughter",
        "enemy",
        "enemies",
        "rival",
        "rivals",
        "neighbours",
        "neighbors",
        "staff",
        "aide",
        "aides",
        "members",
        "colleagues",
        "friends",
        "counterpart",
        "counterparts",
        "envoy",
        "envoys",
        "successor",
        "predecessor",
        "nationals",
        "population",
        "voters",
        "base",
        "ranks",
        "suspect",
        "suspects",
        "hostage",
        "hostages",
        "captive",
        "captives",
        "detainee",
        "detainees",
    ];
    // Things with those endings.
    const THINGS: &[&str] = &[
        "order",
        "paper",
        "remainder",
        "container",
        "border",
        "center",
        "centre",
        "matter",
        "number",
        "water",
        "power",
        "charter",
        "letter",
        "chamber",
        "computer",
        "tower",
        "river",
        "meter",
        "layer",
        "barrier",
        "quarter",
        "corner",
        "poster",
        "folder",
        "trailer",
        "floor",
        "door",
        "error",
        "motor",
        "reactor",
        "sector",
        "factor",
        "corridor",
        "mirror",
        "terror",
        "honor",
        "favor",
        "document",
        "incident",
        "content",
        "event",
        "percent",
        "component",
        "element",
        "segment",
        "comment",
        "plant",
        "restaurant",
        "warrant",
        "grant",
        "list",
        "wrist",
        "fist",
        "helicopter",
        "tanker",
        "freighter",
        "cruiser",
        "destroyer",
        "launcher",
        "carrier",
        "airliner",
        "liner",
        "revolver",
        "silencer",
        "loudspeaker",
        "transmitter",
        "generator",
        "tractor",
        "scanner",
        "printer",
        "projector",
        "transformer",
        "detector",
        "bunker",
        "shelter",
        "trawler",
        "banner",
        "canister",
        "cylinder",
        "headquarter",
        "chapter",
        "offer",
        "answer",
        "disaster",
        "counter",
        "cluster",
        "register",
        "interior",
        "weather",
        "dinner",
        "manner",
        "summer",
        "winter",
        "september",
        "october",
        "november",
        "december",
        "tent",
        "accident",
        "intent",
        "consent",
        "dissent",
        "patent",
        "covenant",
    ];
    let stem = w.strip_suffix('s').unwrap_or(w);
    PEOPLE.contains(&w)
        || (["er", "or", "ist", "ian", "ent", "ant"]
            .iter()
            .any(|x| stem.ends_with(x))
            && !stem.ends_with("ment")
            && !THINGS.contains(&stem))
}

/// Whether the noun at `k` may be a party: a name or a party noun the entity layer
/// marked, a pronoun, armed men, a word for people, or a count or group of them ("a
/// bunch of Orcs").
fn party_word(v: &View, k: usize) -> bool {
    v.mention_of[k].is_some()
        || matches!(v.pos(k), Some("PRON" | "PROPN"))
        || v.is(k, ARMED)
        || v.is(k, crate::tree::COUNTED)
        || people_noun(v.word(k))
}

/// Whether two arguments are one referent: both just a mention of one entity ("he" …
/// "himself"), or both the speaker's group ("we" … "us").
fn same_referent_any(v: &View, sources: &[Arg], targets: &[Arg]) -> bool {
    sources
        .iter()
        .any(|s| targets.iter().any(|t| same_referent(v, s, t)))
}

fn same_referent(v: &View, s: &Arg, t: &Arg) -> bool {
    let whole = |a: &Arg| {
        v.mention_of
            .get(a.a)
            .copied()
            .flatten()
            .is_some_and(|m| v.mentions[m].a == a.a && v.mentions[m].b == a.b)
    };
    let we = |a: &Arg| a.b == a.a + 1 && v.is(a.a, &["we", "us"]);
    (s.entity.is_some() && s.entity == t.entity && whole(s) && whole(t)) || (we(s) && we(t))
}

/// Nouns of what a party decides, says or stands for: attacking one is words.
const STANCES: &[&str] = &[
    "decision",
    "decisions",
    "policy",
    "policies",
    "plan",
    "plans",
    "proposal",
    "proposals",
    "remarks",
    "comments",
    "statement",
    "statements",
    "ideology",
    "law",
    "laws",
    "bill",
    "record",
    "stance",
    "position",
    "views",
    "speech",
    "report",
    "move",
    "approach",
    "handling",
    "agenda",
    "rhetoric",
    // what a person is said to be: attacking one's honesty is words too
    "credibility",
    "character",
    "integrity",
    "honesty",
    "reputation",
    "judgment",
    "judgement",
    "temperament",
    "credentials",
    "qualifications",
    "competence",
    "motives",
    "patriotism",
];

/// "attacked her credibility", "attacks on his record": what is attacked (the verb's
/// object, the noun's "on" or "against") is a stance or a quality, which only words can
/// attack, whoever attacks it.
fn stance_attacked(v: &View, h: usize) -> bool {
    v.parsed
        && v.children(h).any(|c| {
            // (an army "position" is a place to shell)
            v.is(c, STANCES)
                && !v.is(c, &["position"])
                && (v.dep(c) == "obj"
                    || (v.dep(c) == "nmod" && v.has_dep_word(c, "case", &["on", "against"])))
        })
}

/// Whether an argument is the press: an actor of the media sector ("the Times").
fn media(a: &Arg) -> bool {
    a.actor.as_deref().is_some_and(|c| c.ends_with("MED"))
}

/// Whether the verb at `h` is won in a contest: "by 46 percent", "by five points", "in
/// the primary", "in the poll".
fn contest(v: &View, h: usize) -> bool {
    // ("beat back a challenge", "beat the odds", "beat expectations": no one is hit.)
    let beaten_thing = v.children(h).any(|c| {
        (v.dep(c) == "compound:prt" && v.is(c, &["back"]))
            || (v.dep(c) == "obj"
                && v.is(
                    c,
                    &[
                        "challenge",
                        "challenges",
                        "odds",
                        "expectations",
                        "deadline",
                        "record",
                        "rap",
                        "charges",
                        "estimates",
                        "forecasts",
                    ],
                ))
    });
    // "The poll shows Trump beating Clinton 45 to 40 percent": a score after the verb,
    // or a poll the sentence reports.
    let (sa, sb) = v.sents[v.sentence_of(h)];
    let score = (h + 1..sb.min(h + 8)).any(|k| {
        v.pos(k) == Some("NUM")
            && k + 2 < sb
            && ((v.is(k + 1, &["to", "-"]) && v.pos(k + 2) == Some("NUM"))
                || v.is(k + 1, &["percent", "%", "points"]))
    }) || (sa..sb).any(|k| v.is(k, &["poll", "polls", "survey", "surveys"]));
    beaten_thing
        || score
        || v.children(h).any(|c| {
            matches!(v.dep(c), "obl" | "nmod")
                && ((v.has_dep_word(c, "case", &["by"])
                    && (v.pos(c) == Some("NUM") || v.children(c).any(|k| v.pos(k) == Some("NUM"))))
                    || (v.has_dep_word(c, "case", &["in"])
                        && v.is(
                            c,
                            &[
                                "poll",
                                "polls",
                                "election",
                                "elections",
                                "race",
                                "primary",
                                "primaries",
                                "vote",
                                "match",
                                "game",
                                "final",
                                "contest",
                                "runoff",
                            ],
                        )))
        })
}

/// Whether token `p` lies in a clause that the verb at `h` governs (its complement,
/// an adverbial or a parenthetical clause).
/// Question words that open an indirect question ("asked what it planned").
const WH: &[&str] = &["what", "why", "how", "when", "where", "who", "which"];

fn in_clause_of(v: &View, p: usize, h: usize) -> bool {
    let mut k = p;
    for _ in 0..40 {
        match v.toks[k].head {
            Some(g) if g == h => {
                return matches!(v.dep(k), "xcomp" | "ccomp" | "advcl" | "parataxis")
            }
            Some(g) => k = g,
            None => return false,
        }
    }
    false
}

/// Words that only a sport report uses (not the names of sports, which name teams in
/// other news: "the KU basketball team").
const SPORT_WORDS: &[&str] = &[
    "halftime",
    "half-time",
    "qualifier",
    "qualifiers",
    "quarter-final",
    "quarterfinal",
    "quarter-finals",
    "semifinal",
    "semi-final",
    "semifinals",
    "semi-finals",
    "play-off",
    "playoff",
    "wickets",
    "innings",
    "singles",
    "doubles",
    "seeding",
    "seeded",
    "prix",
    "tournament",
    "championship",
    "championships",
    "goalkeeper",
    "striker",
    "match",
    "matches",
    "homer",
    "homers",
    "homered",
    "inning",
    "pitcher",
    "touchdown",
    "touchdowns",
    "birdie",
    "birdies",
    "bogey",
    "bogeys",
];

/// Whether sentence `s` reports sport: a word only sport uses, a score ("2-1",
/// "15-10", "6 - 2": two numbers of at most three digits joined by a hyphen), a race
/// time ("4:06.534"), or a results line naming two competitors' countries in brackets
/// ("Hendrik Dreekmann (Germany) beat Thomas Johansson (Sweden)").
fn sports_sentence(v: &View, s: usize) -> bool {
    let (a, b) = v.sents[s];
    let small = |w: &str| !w.is_empty() && w.len() <= 3 && w.bytes().all(|c| c.is_ascii_digit());
    let digits = |w: &str| !w.is_empty() && w.bytes().all(|c| c.is_ascii_digit());
    let race_time = |w: &str| {
        w.split_once(':').is_some_and(|(m, rest)| {
            small(m)
                && rest
                    .split_once('.')
                    .is_some_and(|(x, y)| x.len() == 2 && digits(x) && digits(y))
        })
    };
    let bracketed_country = |k: usize| {
        v.is(k, &["("])
            && k + 2 < b
            && v.is(k + 2, &[")"])
            && v.mention_of[k + 1]
                .is_some_and(|m| v.mentions[m].actor.as_deref().is_some_and(|c| c.len() == 3))
    };
    (a..b).any(|k| {
        let w = v.word(k);
        // ("match" the noun: "demanded that the United States match the EU's support")
        (v.is(k, SPORT_WORDS) && !(w.starts_with("match") && v.pos(k) == Some("VERB")))
            // "a football game", "the soccer season" (not "the KU basketball team", which
            // may do other things).
            || (v.is(k, &["football", "soccer", "basketball", "baseball", "hockey", "rugby", "tennis"])
                && ((k + 1 < b
                    && v.is(k + 1, &["game", "games", "match", "season", "league", "fans", "stadium"]))
                    || (k > a && v.is(k - 1, &["at", "play", "plays", "played", "playing"]))))
            || w.split_once('-').is_some_and(|(x, y)| small(x) && small(y))
            || (small(w) && k + 2 < b && v.word(k + 1) == "-" && small(v.word(k + 2)))
            || race_time(w)
    }) || (a..b).filter(|&k| bracketed_country(k)).count() >= 2
}

/// Whether the article's headline opens with a sport's name as its kicker ("SOCCER -
/// KEANE SIGNS …", "Rugby union - All Blacks relive triumph", "ICE HOCKEY: …"): a sport
/// story throughout.
fn sport_kicker(v: &View) -> bool {
    const SPORTS: &[&str] = &[
        "soccer",
        "football",
        "cricket",
        "rugby",
        "tennis",
        "golf",
        "baseball",
        "basketball",
        "hockey",
        "athletics",
        "cycling",
        "boxing",
        "racing",
        "swimming",
        "badminton",
        "squash",
        "skiing",
        "rowing",
        "sailing",
        "yachting",
        "volleyball",
        "handball",
        "motorcycling",
        "motorsport",
        "snooker",
        "chess",
        "judo",
        "wrestling",
        "gymnastics",
        "triathlon",
        "equestrianism",
        "nfl",
        "nba",
        "nhl",
        "f1",
        "formula",
    ];
    let Some(&(a, b)) = v.sents.first() else {
        return false;
    };
    // The sport's name (one to three words, the last a sport: "ICE HOCKEY", "RUGBY
    // UNION", "MOTOR RACING") and a dash or colon after it.
    (a..b.min(a + 4)).any(|k| {
        k + 1 < b && v.is(k + 1, &["-", "--", "—", "–", ":"]) && (a..=k).any(|j| v.is(j, SPORTS))
    })
}

/// Reflexive pronouns: the clause's subject itself.
const REFLEXIVES: &[&str] = &[
    "itself",
    "himself",
    "herself",
    "themselves",
    "ourselves",
    "myself",
    "yourself",
];

/// Finds the events of the document.
pub fn find(v: &View, quotes: &[Found], verbs: Option<&crate::verbs::VerbDict>) -> Vec<Event> {
    let mut out = Vec::new();
    // Each event's trigger tokens and head word, parallel to `out`.
    let mut spans: Vec<(usize, usize, usize)> = Vec::new();
    let mut sports: Vec<bool> = (0..v.sents.len()).map(|k| sports_sentence(v, k)).collect();
    // An article where sport shows in a third of the sentences is a sport story
    // throughout ("Fernandez was forced to withdraw from the U.S. Open").
    let n_sport = sports.iter().filter(|&&x| x).count();
    let sport_story = (n_sport >= 2 && n_sport * 3 >= sports.len()) || sport_kicker(v);
    if sport_story {
        sports.iter_mut().for_each(|x| *x = true);
    }
    // (Players in a sport story under "MIAMI" are of every country.)
    let home = dateline_country(v)
        .or_else(|| article_country(v))
        .filter(|_| !sport_story);
    let labour = v.toks.iter().any(|t| {
        matches!(
            t.lower.as_str(),
            "union"
                | "unions"
                | "workers"
                | "dockworkers"
                | "strikers"
                | "wages"
                | "wage"
                | "pay"
                | "employees"
                | "walkout"
                | "labour"
                | "labor"
                | "staff"
        )
    });
    let mut i = 0;
    while i < v.toks.len() {
        let owned;
        let (e, ta, tb) = match verbs {
            Some(vd) => match vd.entry_at(v, i) {
                Some(x) => {
                    owned = x;
                    (&owned, i, i + 1)
                }
                None => {
                    i += 1;
                    continue;
                }
            },
            None => match trigger_at(v, i) {
                Some(x) => x,
                None => {
                    i += 1;
                    continue;
                }
            },
        };
        // "plans to appeal", "will appeal the verdict", "appealed against his sentence":
        // an appeal to a court is no appeal to a party (CAMEO's are made to someone or
        // for something: "appealed to both sides", "appealed for calm").
        if e.kind == Kind::Verb && e.lemma == "appeal" {
            let legal = |k: usize| {
                v.is(
                    k,
                    &[
                        "verdict",
                        "verdicts",
                        "sentence",
                        "sentences",
                        "ruling",
                        "rulings",
                        "conviction",
                        "convictions",
                        "decision",
                        "judgment",
                        "judgement",
                        "charges",
                        "case",
                        "acquittal",
                        "court",
                        "courts",
                        "tribunal",
                    ],
                )
            };
            // (Nor is appealing to voters, asking them for nothing: "by appealing to
            // younger African Americans" is campaigning; "appealed to workers to end the
            // strike" still asks.)
            let voters = v.parsed
                && !v
                    .children(i)
                    .any(|c| v.dep(c) == "xcomp" || v.has_dep_word(c, "case", &["for"]))
                && v.children(i).any(|c| {
                    v.dep(c) == "obl"
                        && v.has_dep_word(c, "case", &["to"])
                        && (v.is(c, ELECTORATE)
                            || v.is(
                                c,
                                &[
                                    "americans",
                                    "women",
                                    "men",
                                    "youth",
                                    "millennials",
                                    "latinos",
                                    "hispanics",
                                    "blacks",
                                    "whites",
                                    "evangelicals",
                                    "conservatives",
                                    "liberals",
                                    "moderates",
                                    "independents",
                                ],
                            ))
                });
            let addressed = (tb..(tb + 2).min(v.toks.len())).any(|k| v.is(k, &["to", "for", "on"]))
                && !(tb..(tb + 6).min(v.toks.len())).any(legal)
                && !voters;
            if !addressed {
                i = tb.max(i + 1);
                continue;
            }
        }
        // "… abused immigrants, a rights group charged": a charge that reports what
        // someone did is an accusation (CAMEO 112), not an arrest.
        // So is charging a state with something ("charging its neighbor with supporting
        // dissidents"): no court tries a country.
        let charged_state = || {
            v.parsed
                && v.children(i).any(|c| {
                    v.dep(c) == "obj"
                        && (v.is(c, &["neighbor", "neighbour", "neighbors", "neighbours"])
                            || v.mention_of[c].is_some_and(|m| {
                                v.mentions[m]
                                    .actor
                                    .as_deref()
                                    .is_some_and(|a| a.len() == 3 && !a.starts_with("---"))
                                    && v.mentions[m]
                                        .entity
                                        .as_deref()
                                        .is_some_and(|id| v.is_place_entity(id))
                            }))
                })
        };
        let accusing;
        let e = if e.kind == Kind::Verb
            && e.lemma == "charge"
            && (quotes.iter().any(|q| {
                q.quote
                    .cue
                    .as_ref()
                    .is_some_and(|c| c.start <= v.toks[i].start && v.toks[i].end <= c.end)
            }) || charged_state()
                // ("charged on Thursday that the ministry had forced him": what is
                // charged is a clause)
                || (v.parsed
                    && v.children(i).any(|c| {
                        c > i && v.dep(c) == "ccomp" && v.has_dep_word(c, "mark", &["that"])
                    })))
        {
            accusing = Entry {
                code: "112",
                ..e.clone()
            };
            &accusing
        } else {
            e
        };
        // "declined to resign" or "to hand over the suspects" is a refusal; "sales
        // declined to $3 billion" is a fall, and "declined to give his name", "to
        // elaborate" or "to threaten Moscow" is no refusal of anything asked.
        if e.kind == Kind::Verb
            && e.lemma == "decline"
            && e.code == "120"
            && !(matches!(v.pos(tb), Some("VERB"))
                && matches!(
                    v.lemma(tb),
                    "resign"
                        | "step"
                        | "meet"
                        | "release"
                        | "sign"
                        | "accept"
                        | "attend"
                        | "endorse"
                        | "join"
                        | "withdraw"
                        | "lift"
                        | "extradite"
                        | "hand"
                        | "allow"
                        | "cooperate"
                        | "recognize"
                        | "recognise"
                        | "pay"
                        | "negotiate"
                        | "approve"
                        | "ratify"
                        | "free"
                        | "return"
                        | "help"
                        | "support"
                        | "back"
                        | "grant"
                        | "receive"
                        | "see"
                        | "talk"
                ))
        {
            i = tb.max(i + 1);
            continue;
        }
        // "received money from Russian intelligence", "received a letter": one hosts
        // people, not things (a guest received is a party, a person or a word for them).
        if v.parsed
            && e.kind == Kind::Verb
            && e.lemma == "receive"
            && e.code == "043"
            && v.children(i)
                .find(|&c| matches!(v.dep(c), "obj" | "nsubj:pass"))
                .is_some_and(|c| {
                    !people_noun(v.word(c))
                        && !v.is(
                            c,
                            &[
                                "envoy",
                                "envoys",
                                "ambassador",
                                "ambassadors",
                                "visitor",
                                "visitors",
                                "minister",
                                "ministers",
                                "president",
                                "leader",
                                "leaders",
                                "officials",
                            ],
                        )
                        // (the thing's own words: "a message from the Saudi king" is
                        // still a thing)
                        && !crate::tree::actors_at(v, c)
                            .iter()
                            .any(|a| (a.a..a.b).contains(&c) && (a.actor.is_some() || is_person(v, a)))
                })
        {
            i = tb.max(i + 1);
            continue;
        }
        // "abused his power", "abused the system": abuse of a thing is no violence;
        // abuse of people is ("abused detainees").
        if v.parsed
            && e.kind == Kind::Verb
            && e.lemma == "abuse"
            && !v.children(i).any(|c| {
                matches!(v.dep(c), "obj" | "nsubj:pass")
                    && !v.is(
                        c,
                        &[
                            "power",
                            "powers",
                            "position",
                            "office",
                            "authority",
                            "trust",
                            "system",
                            "privilege",
                            "privileges",
                            "drugs",
                            "alcohol",
                            "process",
                            "discretion",
                            "rules",
                            "law",
                            "laws",
                            "funds",
                        ],
                    )
            })
        {
            i = tb.max(i + 1);
            continue;
        }
        // "suspended all aid to Egypt": the aid stopped is no aid given (the stopping
        // is coded on the verb). (A visit or meeting called off stays, as an event that
        // did not happen.)
        if v.parsed && verbs.is_none() && e.kind == Kind::Noun && !v.is(tb - 1, VISITS) && {
            // (the noun itself, or the aid of "a military aid program")
            let n = tb - 1;
            let whole = match v.toks[n].head {
                Some(g) if v.dep(n) == "compound" => g,
                _ => n,
            };
            let mut p = whole;
            let mut stopped = false;
            for _ in 0..3 {
                let Some(g) = v.toks[p].head else { break };
                if HALTING.contains(&v.lemma(g)) || HALTING_NOUNS.contains(&v.lemma(g)) {
                    stopped = halted_object(v, g).is_some_and(|(_, o)| o == whole);
                    break;
                }
                p = g;
            }
            stopped
        } {
            i = tb.max(i + 1);
            continue;
        }
        // "a proposed ceasefire", "the agreed ceasefire", "the alleged attack": a verb of
        // proposing, planning or saying used as an adjective before its noun is no act
        // of its own (the noun's event is coded, with what the word says of it).
        if v.parsed
            && e.kind == Kind::Verb
            && tb == i + 1
            && v.dep(i) == "amod"
            && v.toks[i].head.is_some_and(|n| n > i)
            // (right after a determiner or modifier: "the agency proposed rule changes"
            // is a verb the parser misread)
            && i > 0
            // (or right after a verb, which it cannot be a second of: "arrested
            // alleged gang leader Tom Cruz")
            && (matches!(v.pos(i - 1), Some("DET" | "ADJ" | "NUM" | "PRON" | "ADP" | "VERB"))
                || v.is_punct(i - 1)
                || v.is_poss(i - 1))
            && matches!(
                v.lemma(i),
                "propose"
                    | "plan"
                    | "allege"
                    | "agree"
                    | "schedule"
                    | "expect"
                    | "promise"
                    | "offer"
                    | "threaten"
                    | "suspect"
                    | "accuse"
                    | "charge"
                    | "report"
                    | "announce"
                    | "demand"
                    | "request"
                    // ("beheads convicted drug smugglers": what they were, not an act)
                    | "convict"
            )
        {
            i = tb.max(i + 1);
            continue;
        }
        if describes_no_act(v, e, i, tb) {
            i = tb.max(i + 1);
            continue;
        }
        // "one of them had trained in Syria": training with no one trained is no
        // military cooperation.
        if v.parsed
            && e.kind == Kind::Verb
            && e.lemma == "train"
            && !v
                .children(i)
                .any(|c| matches!(v.dep(c), "obj" | "nsubj:pass"))
        {
            i = tb.max(i + 1);
            continue;
        }
        // "asking not to be named", "declined to be identified": a source's wish for
        // anonymity is no act.
        if e.kind == Kind::Verb && {
            let k = if v.is(tb, &["not"]) { tb + 1 } else { tb };
            v.is(k, &["to"])
                && v.is(k + 1, &["be"])
                && v.is(k + 2, &["named", "identified", "quoted"])
        } {
            i = tb.max(i + 1);
            continue;
        }
        // "Analysts warn (that) the killing could trigger reprisals": a warning that
        // reports what may happen is speech, not a threat; its content is coded instead.
        // So is a bare statement verb that introduces reported words ("X said …"): the
        // quote carries it, the events it reports are coded on their own.
        // (A warning addressed to a party, "warned Japan against sending warships", is
        // one to that party.)
        // ("warned Washington that …", read as an indirect object.)
        let warned_party = e.lemma == "warn"
            && v.children(i).any(|c| {
                matches!(v.dep(c), "obj" | "iobj")
                    && crate::tree::actors_at(v, c)
                        .iter()
                        .any(|a| a.actor.as_deref().is_some_and(has_country))
            });
        if ((e.lemma == "warn" && !warned_party)
            || (crate::cameo::root(e.code) == "01"
                && tb == i + 1
                && !v.children(i).any(|c| v.dep(c) == "obj")))
            && quotes.iter().any(|q| {
                q.quote
                    .cue
                    .as_ref()
                    .is_some_and(|c| c.start <= v.toks[i].start && v.toks[i].end <= c.end)
            })
        {
            i = tb.max(i + 1);
            continue;
        }
        // "meet the target", "met its obligations", "meet the deadline": one meets a
        // party, not a goal.
        if v.parsed
            && e.kind == Kind::Verb
            && e.lemma == "meet"
            && v.children(i)
                .any(|c| v.dep(c) == "obj" && !party_word(v, c))
        {
            i = tb.max(i + 1);
            continue;
        }
        // "agreed (with X) that …": an opinion shared, not an undertaking; "demonstrate
        // to X that …", "demonstrated its resolve": a showing, not a protest; "backed
        // off", "backed down": a retreat, not support.
        if v.parsed && e.kind == Kind::Verb {
            let clause = v.children(i).any(|c| v.dep(c) == "ccomp");
            // (What they agree should be done is an undertaking: "agree that disputes
            // should be resolved through arbitration".)
            let opinion = v.children(i).any(|c| {
                v.dep(c) == "ccomp"
                    && !v.children(c).any(|a| {
                        v.dep(a).starts_with("aux")
                            && v.is(a, &["should", "would", "will", "must", "shall", "'ll"])
                    })
            });
            let shows = v.children(i).any(|c| {
                v.dep(c) == "obj" || (v.dep(c) == "obl" && v.has_dep_word(c, "case", &["to"]))
            });
            let particle = v
                .children(i)
                .any(|c| v.dep(c) == "compound:prt" && v.is(c, &["off", "down", "away"]))
                || (i + 1 < v.toks.len() && v.is(i + 1, &["off", "down", "away"]));
            if (e.lemma == "agree" && opinion && !v.children(i).any(|c| v.dep(c) == "xcomp"))
                || (e.lemma == "demonstrate" && (clause || shows))
                || (e.lemma == "back" && particle)
            {
                i = tb.max(i + 1);
                continue;
            }
        }
        // "received assurances from", "faced pressure from": the event is the noun's.
        if v.parsed
            && e.kind == Kind::Verb
            && crate::tree::UNDERGO.contains(&v.lemma(i))
            && v.children(i)
                .any(|c| v.dep(c) == "obj" && is_noun_trigger_head(v, c))
        {
            i = tb.max(i + 1);
            continue;
        }
        // A noun that names a kind of another thing is no event: "war crimes", "a war
        // tribunal", "protest leaders" ("the Gaza shelling" is the shelling's own; "a
        // mediation mission", "a bombing campaign" are the act itself).
        if v.parsed
            && e.kind == Kind::Noun
            && tb > ta
            && v.dep(tb - 1) == "compound"
            && v.toks[tb - 1].head.is_some_and(|p| {
                p > tb - 1 && v.pos(p) == Some("NOUN") && !v.is(p, crate::tree::UNDERTAKINGS)
            })
        {
            i = tb.max(i + 1);
            continue;
        }
        // A war is coded where it is waged, launched or declared, not where it is the
        // background ("in its Gulf war with Iraq", "war-torn Mozambique").
        if e.kind == Kind::Noun
            && e.lemma == "war"
            && v.parsed
            && crate::tree::support_verb(v, tb - 1).is_none()
        {
            i = tb.max(i + 1);
            continue;
        }
        // The head word is the lexicon's head; for nouns the last word.
        let h = i;
        let root = crate::cameo::root(e.code);
        // Sport reports: "Romania beat Lithuania 2-1", "England beat Pakistan by 107
        // runs", "when they host Spain", "the Berlin grand prix meeting" are results
        // and fixtures, not meetings, support or blows between states; a player who
        // withdraws from a tournament breaks off no relations.
        if matches!(root, "04" | "05" | "16" | "18" | "19") && sports[v.sentence_of(h)] {
            i = tb.max(i + 1);
            continue;
        }
        // "the execution of the Lusaka Agreement": carrying out a plan or accord kills no
        // one.
        if v.parsed
            && e.kind == Kind::Noun
            && e.lemma == "execution"
            && v.children(h).any(|c| {
                v.dep(c) == "nmod"
                    && v.has_dep_word(c, "case", &["of"])
                    && v.is(
                        c,
                        &[
                            "agreement",
                            "accord",
                            "plan",
                            "order",
                            "orders",
                            "contract",
                            "deal",
                            "treaty",
                            "programme",
                            "program",
                            "project",
                            "decision",
                            "mandate",
                            "policy",
                            "budget",
                            "strategy",
                            "tasks",
                            "duties",
                        ],
                    )
            })
        {
            i = tb.max(i + 1);
            continue;
        }
        // "the licensing agreement", "a sponsorship deal": business, not an agreement
        // between parties of the kind events are about.
        if v.parsed && e.kind == Kind::Noun && commercial(v, h) {
            i = tb.max(i + 1);
            continue;
        }
        // Senses that are no event: "recalled Mr. Obama talking about …" (remembering;
        // a state recalls an envoy), "occupies one of the key positions of power" (an
        // office, not land), "asked Clinton about her emails" (a question, not a plea).
        if v.parsed && e.kind == Kind::Verb {
            let obj = v
                .children(h)
                .find(|&c| matches!(v.dep(c), "obj" | "nsubj:pass"));
            let words =
                |k: usize| std::iter::once(k).chain(v.children(k).filter(|&c| v.dep(c) == "nmod"));
            let other_sense = match e.lemma {
                "recall" => !obj.is_some_and(|o| words(o).any(|w| v.is(w, ENVOYS))),
                // (Defending someone in words is backing them, CAMEO 051: "Arafat
                // defended Iraq and Libya against Western criticism". Not a title, a seat
                // or a thesis defended; not armed men defending ground, nor anyone
                // holding off an attack; not a lawyer's client.)
                "defend" => {
                    // (whom one defends is a party: a person, a state, people; not a
                    // law, a decision or someone's words, nor a name the entity layer
                    // types as an organization, as it does "Dodd-Frank")
                    let party = |o: usize| {
                        matches!(v.pos(o), Some("PRON"))
                            || people_noun(v.word(o))
                            || v.mention_of[o]
                                .and_then(|m| v.mentions[m].entity.as_deref())
                                .and_then(|id| v.entity_kind(id))
                                .is_some_and(|k| {
                                    matches!(
                                        k,
                                        sitrep_doc::EntityType::Person
                                            | sitrep_doc::EntityType::Gpe
                                            | sitrep_doc::EntityType::Norp
                                    )
                                })
                    };
                    obj.is_none_or(|o| {
                        !party(o)
                            || v.is(
                                o,
                                &[
                                    "title",
                                    "titles",
                                    "championship",
                                    "crown",
                                    "seat",
                                    "record",
                                    "thesis",
                                    "dissertation",
                                    "himself",
                                    "herself",
                                    "itself",
                                    "themselves",
                                    "ourselves",
                                    "myself",
                                ],
                            )
                    }) || v.children(h).any(|c| {
                        (matches!(v.dep(c), "nsubj" | "obl:agent" | "obl")
                            && (v.is(c, ARMED)
                                || v.is(c, &["lawyer", "lawyers", "attorney", "attorneys"])
                                || v.mention_of[c]
                                    .and_then(|m| v.mentions[m].actor.as_deref())
                                    .is_some_and(|a| {
                                        a.ends_with("MIL")
                                            || a.ends_with("PKO")
                                            || a.ends_with("REB")
                                            || a.ends_with("INS")
                                    })))
                            || (v.dep(c) == "obl"
                                && v.has_dep_word(c, "case", &["against"])
                                && v.is(
                                    c,
                                    &[
                                        "attack",
                                        "attacks",
                                        "offensive",
                                        "invasion",
                                        "assault",
                                        "raid",
                                        "raids",
                                        "rebels",
                                        "insurgents",
                                        "militants",
                                        "enemy",
                                        "enemies",
                                        "aggression",
                                        "invaders",
                                    ],
                                ))
                    })
                }
                // (Welcoming guests is hosting them: "as he welcomed several hundred
                // guests".)
                "welcome" => obj.is_some_and(|o| {
                    v.is(
                        o,
                        &[
                            "guests",
                            "guest",
                            "visitors",
                            "attendees",
                            "crowd",
                            "crowds",
                            "audience",
                            "participants",
                            "delegates",
                            "fans",
                            "students",
                        ],
                    )
                }),
                "occupy" => {
                    const OFFICES: &[&str] = &[
                        "position",
                        "positions",
                        "post",
                        "posts",
                        "seat",
                        "seats",
                        "office",
                        "role",
                        "place",
                        "spot",
                        "job",
                    ];
                    // (Or, when the parser finds no object, a word of office among the
                    // next few before any punctuation: "occupies one of the key positions".)
                    let sb = v.sents[v.sentence_of(h)].1;
                    obj.is_some_and(|o| words(o).any(|w| v.is(w, OFFICES)))
                        || (h + 1..sb.min(h + 7))
                            .take_while(|&k| !v.is_punct(k))
                            .any(|k| v.is(k, OFFICES))
                }
                // (Voters and supporters are rallied, not forces mobilized.)
                "mobilize" | "mobilise" => obj.is_some_and(|o| {
                    v.toks[o].pos == Some("NOUN")
                        && crate::view::agent_noun(v.word(o)).is_none_or(|c| {
                            !matches!(c, "MIL" | "REB" | "INS" | "COP" | "UAF" | "SEP")
                        })
                        && !v.is(
                            o,
                            &[
                                "forces",
                                "reserves",
                                "reservists",
                                "units",
                                "militia",
                                "militias",
                            ],
                        )
                }),
                // (A party that wins a chamber or a board by votes takes no land:
                // "helped Republicans take control of the House".)
                "take" | "seize" if e.after.last() == Some(&"of") => obj
                    .into_iter()
                    .flat_map(|o| v.children(o))
                    .filter(|&c| v.dep(c) == "nmod" && v.has_dep_word(c, "case", &["of"]))
                    .any(|c| {
                        v.is(
                            c,
                            &[
                                "house",
                                "senate",
                                "congress",
                                "parliament",
                                "assembly",
                                "chamber",
                                "legislature",
                                "board",
                                "company",
                                "majority",
                                "committee",
                                "council",
                            ],
                        )
                    }),
                // (Speaking with reporters is a statement, not a consultation.)
                // (Talking over someone is interrupting; firing back at someone is a
                // retort.)
                // (Deploying one's kin, staff or surrogates is campaigning: "deployed
                // his pastor father as a surrogate".)
                "deploy" => obj.is_some_and(|o| {
                    v.is(
                        o,
                        &[
                            "father",
                            "mother",
                            "wife",
                            "husband",
                            "son",
                            "daughter",
                            "sons",
                            "daughters",
                            "family",
                            "surrogate",
                            "surrogates",
                            "staff",
                            "aides",
                            "volunteers",
                            "lawyers",
                            "lobbyists",
                            "ads",
                            "money",
                            "cash",
                        ],
                    )
                }),
                // (A business deal is no act between states: "signed a licensing
                // agreement with G-III".)
                // (Nor is signing a bill into law or a player to a contract: "signed 18
                // different bills in Ohio", "signed Walker to a rich contract".)
                "sign" => {
                    obj.is_some_and(|o| {
                        commercial(v, o)
                            || v.is(
                                o,
                                &[
                                    "bill",
                                    "bills",
                                    "law",
                                    "laws",
                                    "legislation",
                                    "measure",
                                    "measures",
                                    "order",
                                    "orders",
                                    "decree",
                                    "decrees",
                                    "budget",
                                    "petition",
                                    "petitions",
                                    "ordinance",
                                ],
                            )
                    }) || v.children(h).any(|c| {
                        v.dep(c) == "obl"
                            && v.has_dep_word(c, "case", &["to"])
                            && v.is(c, &["contract", "contracts", "deal", "extension"])
                    })
                }
                "talk" if v.is(h + 1, &["over"]) => true,
                // (Support a poll measures is no act: "Johnson supported by an average
                // of 13 percent".)
                "support" | "back" | "favor" | "favour" => v.children(h).any(|c| {
                    v.dep(c) == "obl:agent"
                        && (c..(c + 6).min(v.toks.len())).any(|k| v.is(k, &["percent", "%"]))
                }),
                "fire" if v.is(h + 1, &["back"]) => true,
                // (Agreeing with a person, on nothing named, is sharing a view: "Mr.
                // Manafort said he agreed with Mr. Cruz"; "agreed with Russia on a
                // ceasefire" is an agreement, and states agreeing with states agree.)
                // (Nor is agreeing that something happened: "all agreed Pence won the
                // debate", a past verb with no modal, is a shared view.)
                "agree" => {
                    let person_with = v.children(h).any(|c| {
                        v.dep(c) == "obl"
                            && v.has_dep_word(c, "case", &["with"])
                            && (v.is(c, &["him", "her", "them"])
                                || v.mention_of[c].is_some_and(|m| {
                                    v.mentions[m]
                                        .entity
                                        .as_deref()
                                        .is_some_and(|id| person_entity(v, id))
                                })
                                // (a name the entity layer gave no code: "agreed with
                                // McLenny")
                                || (v.pos(c) == Some("PROPN")
                                    && v.mention_of[c]
                                        .is_none_or(|m| v.mentions[m].actor.is_none())))
                    });
                    let fact = v.children(h).any(|c| {
                        v.dep(c) == "ccomp"
                            && v.doc.tokens[c].xpos.as_deref() == Some("VBD")
                            && !v.children(c).any(|k| v.dep(k) == "aux")
                    });
                    // ("he agrees with Ginsburg's remarks": words or a view agreed with)
                    let words_with = v.children(h).any(|c| {
                        v.dep(c) == "obl"
                            && v.has_dep_word(c, "case", &["with"])
                            && v.is(
                                c,
                                &[
                                    "remarks",
                                    "remark",
                                    "comments",
                                    "comment",
                                    "statement",
                                    "statements",
                                    "view",
                                    "views",
                                    "assessment",
                                    "analysis",
                                    "sentiment",
                                    "sentiments",
                                    "position",
                                    "criticism",
                                    "argument",
                                    "arguments",
                                    "characterization",
                                    "words",
                                    "point",
                                    "conclusion",
                                    "conclusions",
                                    "findings",
                                    "decision",
                                ],
                            )
                    });
                    words_with
                        || (person_with
                            && !v.children(h).any(|c| {
                                matches!(v.dep(c), "xcomp" | "ccomp" | "obj")
                                    || (v.dep(c) == "obl"
                                    && v.has_dep_word(c, "case", &["on", "to", "over"])
                                    // ("agree with him on issues": still a view)
                                    && !v.is(
                                        c,
                                        &[
                                            "issues", "issue", "policy", "policies", "much",
                                            "most", "everything", "this", "that", "values",
                                            "principle", "substance", "points",
                                        ],
                                    ))
                            }))
                        || (fact && !v.children(h).any(|c| v.dep(c) == "xcomp"))
                }
                // (Executing a plan, an order or "it" kills no one.)
                "execute" => obj.is_some_and(|o| {
                    v.is(
                        o,
                        &[
                            "it",
                            "plan",
                            "plans",
                            "order",
                            "orders",
                            "strategy",
                            "deal",
                            "deals",
                            "move",
                            "moves",
                            "trade",
                            "trades",
                            "warrant",
                            "warrants",
                            "search",
                            "contract",
                            "contracts",
                            "play",
                            "plays",
                        ],
                    )
                }),
                // (Offering ideas, views or reviews is talk, not an offer to act:
                // "offered few ideas for easing student debt", "offered Iowa voters
                // different approaches".)
                "offer" => v
                    .children(h)
                    .filter(|&c| matches!(v.dep(c), "obj" | "iobj"))
                    .flat_map(|o| {
                        std::iter::once(o).chain(v.children(o).filter(|&c| v.dep(c) == "obj"))
                    })
                    .any(|o| {
                        v.is(
                            o,
                            &[
                                "ideas",
                                "idea",
                                "approaches",
                                "approach",
                                "views",
                                "view",
                                "reviews",
                                "review",
                                "thoughts",
                                "opinion",
                                "opinions",
                                "explanation",
                                "explanations",
                                "details",
                                "specifics",
                                "comment",
                                "comments",
                                "remarks",
                                "words",
                                "insight",
                                "insights",
                                "assessment",
                                "analysis",
                                "vision",
                                "visions",
                                "glimpse",
                                "answers",
                                "answer",
                                "argument",
                                "arguments",
                                "defense",
                                "defence",
                                "rebuttal",
                                "excuse",
                                "excuses",
                            ],
                        )
                    }),
                // (Releasing papers is publishing them, not freeing anyone: "released
                // notes from Blumenthal", "released his tax returns".)
                "release" | "free" => obj.is_some_and(|o| published(v, o)),
                // (Receiving a thing is no hosting: "a painting the Bush Presidential
                // Library received from Prince Bandar", the thing the clause's antecedent.)
                "receive" => {
                    obj.is_some_and(|o| v.pos(o) == Some("NOUN") && !party_word(v, o))
                        || (obj.is_none()
                            && v.dep(h) == "acl:relcl"
                            && v.toks[h].head.is_some_and(|p| {
                                v.pos(p) == Some("NOUN") && !party_word(v, p) && p < h
                            }))
                }
                // (Recognizing a merit or a fact is no diplomatic recognition: "the need
                // for Americans to recognize the positive contributions of Muslims"; a
                // state, a government, its independence or an election are recognized.)
                "recognize" | "recognise" => obj.is_some_and(|o| {
                    v.pos(o) == Some("NOUN")
                        && !party_word(v, o)
                        && !v.is(
                            o,
                            &[
                                "government",
                                "governments",
                                "state",
                                "states",
                                "independence",
                                "sovereignty",
                                "statehood",
                                "regime",
                                "republic",
                                "authority",
                                "authorities",
                                "council",
                                "junta",
                                "annexation",
                                "leadership",
                                "election",
                                "elections",
                                "result",
                                "results",
                                "victory",
                                "border",
                                "borders",
                                "jurisdiction",
                                "legitimacy",
                                "president",
                                "administration",
                            ],
                        )
                }),
                // (Reading a book or a speech closely is no inquiry: "Mexican newspapers
                // have been inspecting Trump's new book".)
                "inspect" | "examine" | "scrutinize" | "scrutinise" => obj.is_some_and(|o| {
                    v.is(
                        o,
                        &[
                            "book", "books", "novel", "memoir", "column", "columns", "article",
                            "articles", "essay", "essays", "speech", "speeches", "remarks", "poem",
                            "poems",
                        ],
                    )
                }),
                // (Attending a school is studying there, no visit: "attended Suffolk
                // University".)
                "attend" => obj.is_some_and(|o| {
                    v.is(
                        o,
                        &[
                            "university",
                            "college",
                            "school",
                            "academy",
                            "seminary",
                            "institute",
                            "classes",
                            "class",
                            "church",
                            "mass",
                        ],
                    ) || (o.saturating_sub(4)..o).any(|k| v.is(k, &["university", "college"]))
                }),
                // (A batting average hit is a game's figure: "had hit .322 in 102 games";
                // ads hitting the airwaves and books hitting the shelves are out.)
                "hit" => {
                    obj.is_some_and(|o| {
                        v.is(
                            o,
                            &[
                                "average",
                                "homer",
                                "homers",
                                "double",
                                "airwaves",
                                "shelves",
                                "stores",
                                "newsstands",
                                "headlines",
                                "theaters",
                                "theatres",
                                "screens",
                                "road",
                                "trail",
                                "jackpot",
                                "brakes",
                            ],
                        )
                    }) || (h + 1..(h + 3).min(v.toks.len())).any(|k| {
                        let t = v.toks[k].text;
                        let w = t.trim_start_matches('.');
                        t.starts_with('.') && !w.is_empty() && w.chars().all(|c| c.is_ascii_digit())
                    })
                }
                // (A share of a market or of needs supplied is trade: "Iran, which
                // supplies 13 per cent of China's needs".)
                "supply" | "provide" | "export" | "sell" => {
                    (h + 1..(h + 5).min(v.toks.len())).any(|k| v.is(k, &["%", "percent", "cent"]))
                }
                // (Nor is talking to one's base, the voters or the public: "they are
                // talking to their base" is campaigning.)
                "speak" | "talk" | "brief" => v.children(h).any(|c| {
                    v.is(c, PRESS)
                        || (v.dep(c) == "obl"
                            && v.has_dep_word(c, "case", &["to"])
                            && v.is(c, ELECTORATE))
                }),
                // (Asking about something, asking a question, or asking whether, why or
                // what is a question, not an appeal: "Todd asked Pence whether that would
                // take place before the election".)
                "ask" => {
                    v.children(h)
                        .chain(obj.into_iter().flat_map(|o| v.children(o)))
                        .any(|c| {
                            v.children(c)
                                .any(|x| v.dep(x) == "case" && v.is(x, &["about"]))
                        })
                        || obj.is_some_and(|o| v.is(o, &["question", "questions"]))
                        // ("asking his supporters to raise their right hands": a campaign
                        // asks its own crowd, no party)
                        || obj.is_some_and(|o| v.is(o, ELECTORATE))
                        // ("asking Trump to share his views", "asked Bush to name the
                        // leaders of Chechnya": a question put as a request; a state
                        // asked to explain or justify is pressed for an account,
                        // "Albania asked Greece to explain deportations")
                        || v.children(h).any(|c| {
                            v.dep(c) == "xcomp"
                                && matches!(
                                    v.lemma(c),
                                    "share"
                                        | "name"
                                        | "describe"
                                        | "elaborate"
                                        | "comment"
                                        | "respond"
                                        | "answer"
                                        | "identify"
                                        | "define"
                                        | "recall"
                                )
                        })
                        || obj.is_some_and(|o| v.is(o, WH))
                        || v.children(h).any(|c| {
                            v.dep(c) == "ccomp"
                                && c > h
                                && (v
                                    .children(c)
                                    .any(|x| v.dep(x) == "mark" && v.is(x, &["whether", "if"]))
                                    || (h + 1..=c)
                                        .find(|&k| v.dominates(c, k))
                                        .is_some_and(|first| v.is(first, WH))
                                    || v.children(c).any(|x| x < c && v.is(x, WH)))
                        })
                        // ("asking Rubio why he decided to attack Trump", the question
                        // parsed as an adverbial clause; not "when", which may time a
                        // request, nor "whether", which may ask for an inquiry: "asked the
                        // U.S. attorney whether Clinton committed perjury")
                        || v.children(h).any(|c| {
                            v.dep(c) == "advcl"
                                && c > h
                                && v.children(c).any(|x| {
                                    x < c
                                        && matches!(v.dep(x), "advmod" | "mark")
                                        && v.is(x, &["why", "how"])
                                })
                        })
                        // ("'Where are Mullah Omar and Usmani?' Bush is reported to have
                        // asked a flustered Musharraf": the words asked are a question.)
                        || {
                            // (the quote closing right before the clause, in this
                            // sentence or ending the one before)
                            // (a closing single curly quote too, for "‘’ … ’’")
                            let mark = |k: usize| {
                                crate::quotes::is_quote_mark(v.toks[k].text) || v.is(k, &["’", "'"])
                            };
                            let sa = v.sents[v.sentence_of(h)].0;
                            (sa.saturating_sub(2)..h)
                                .rev()
                                .take_while(|&k| !v.is_punct(k) || v.is(k, &[","]) || mark(k))
                                .find(|&k| mark(k))
                                .is_some_and(|k| {
                                    let mut j = k;
                                    while j > 0 && mark(j - 1) {
                                        j -= 1;
                                    }
                                    j > 0 && v.is(j - 1, &["?"])
                                })
                        }
                }
                _ => false,
            };
            if other_sense {
                i = tb.max(i + 1);
                continue;
            }
        }
        let (mut sources, mut targets): (Vec<Arg>, Vec<Arg>) = if v.parsed {
            match e.kind {
                Kind::Verb => crate::tree::verb_args(v, h),
                Kind::Noun => crate::tree::noun_args(v, h),
            }
        } else {
            (Vec::new(), Vec::new())
        };
        // "Xi met visiting U.S. Secretary of State John Kerry": the visitor is the noun
        // "visiting" describes (its own words left out), the host whoever receives the
        // visitor (the subject of the verb the visitor is the object of), else the
        // place of the clause (below).
        if v.parsed && e.lemma == "visit" && v.dep(h) == "amod" && v.word(h).ends_with("ing") {
            if let Some(p) = v.toks[h].head {
                sources = crate::tree::actors_at(v, p)
                    .into_iter()
                    .map(|mut a| {
                        if a.a <= h && h < a.b {
                            a = Arg::from_range_pub(v, h + 1, a.b);
                        }
                        a
                    })
                    .collect();
                let host = v.toks[p]
                    .head
                    .filter(|_| v.dep(p) == "obj")
                    .and_then(|g| v.children(g).find(|&c| v.dep(c) == "nsubj"));
                targets = host
                    .map(|s| crate::tree::actors_at(v, s))
                    .unwrap_or_default();
                // "The visiting Indian delegation held talks in Kathmandu": the place of
                // the clause the visitor acts in (not one of the visitor's own country);
                // so too when the host has no country ("the bishop met visiting French
                // Foreign Minister de Charette in Algiers").
                if !targets
                    .iter()
                    .any(|t| t.actor.as_deref().is_some_and(has_country))
                {
                    let own = code_prefix_of(&sources);
                    if let Some(arg) = v.toks[p]
                        .head
                        .and_then(|g| location(v, g))
                        .and_then(|l| place_actor(v, &l))
                        .filter(|a| a.actor.as_deref().and_then(|c| c.get(..3)) != own.as_deref())
                    {
                        targets = vec![arg];
                    }
                }
            }
        }
        // "in a meeting with visiting Gabon President Omar Bongo", parsed as a clause
        // "with visiting [him]": the one visiting is its object, the host the subject of
        // the clause it hangs on.
        if v.parsed
            && e.lemma == "visit"
            && v.word(h).ends_with("ing")
            && v.dep(h) == "advcl"
            && v.has_dep_word(h, "mark", &["with"])
            && !v.children(h).any(|c| v.dep(c) == "nsubj")
        {
            if let Some(o) = v.children(h).find(|&c| v.dep(c) == "obj") {
                sources = crate::tree::actors_at(v, o);
                targets = v.toks[h]
                    .head
                    .and_then(|g| v.children(g).find(|&c| v.dep(c) == "nsubj"))
                    .map(|s| crate::tree::actors_at(v, s))
                    .unwrap_or_default();
            }
        }
        // "were killed in an air strike by government forces": the source of the event
        // noun the verb happened in.
        if v.parsed && sources.is_empty() && e.kind == Kind::Verb {
            if let Some(c) = v.children(h).find(|&c| {
                v.dep(c) == "obl"
                    && v.has_dep_word(c, "case", &["in", "during"])
                    && is_noun_trigger_head(v, c)
            }) {
                sources = crate::tree::noun_args(v, c).0;
            }
        }
        // "claimed responsibility for an attack on X": the claim is about X.
        if v.parsed
            && crate::cameo::root(e.code) == "01"
            && !targets.iter().any(|t| t.actor.is_some())
        {
            let holders = [h, tb.saturating_sub(1)];
            if let Some(c) = holders.iter().flat_map(|&x| v.children(x)).find(|&c| {
                matches!(v.dep(c), "obl" | "nmod")
                    && v.has_dep_word(c, "case", &["for"])
                    && is_noun_trigger_head(v, c)
            }) {
                let t = crate::tree::noun_args(v, c).1;
                if t.iter().any(|a| a.actor.is_some()) {
                    targets = t;
                } else if let Some(arg) = location(v, c).and_then(|l| place_actor(v, &l)) {
                    // The place attacked stands for its country, as for any attack.
                    targets = vec![arg];
                }
            }
        }
        // A verb whose tree gives no source: the subject by word order, when it names an
        // actor and is not already the target.
        if v.parsed && sources.is_empty() && e.kind == Kind::Verb {
            if let (Some(s), _) = verb_args_surface(v, h, tb, e) {
                if s.actor.is_some() && !targets.iter().any(|t| t.a <= s.a && s.b <= t.b) {
                    sources.push(s);
                }
            }
        }
        // "Cheung Siu Man was arrested late on Wednesday after a search, police said":
        // an arrest police report with no one named making it is theirs.
        if v.parsed
            && sources.is_empty()
            && e.kind == Kind::Verb
            && e.code == "173"
            && v.children(h).any(|c| v.dep(c) == "aux:pass")
        {
            if let Some(p) = reporting_police(v, h) {
                sources.push(p);
            }
        }
        if sources.is_empty() && targets.is_empty() {
            let (source, target) = match e.kind {
                Kind::Verb => verb_args_surface(v, h, tb, e),
                Kind::Noun => noun_args(v, ta, h, tb),
            };
            sources = source.into_iter().collect();
            targets = target.into_iter().collect();
        }
        // Intent, threat, refusal and demand verbs followed by "to" + verb take the
        // target of what they announce ("offered to negotiate with Armenia").
        // (Not past a person addressed: "called on Howard Dean to apologize to Trump"
        // is a call on Dean, known to no list.)
        // (Nor past parties addressed by a plain noun: "urged both sides to show
        // restraint" is an appeal to the sides, not to restraint.)
        // (Nor past anyone asked to act, whatever the noun: "urged surrogates to parrot
        // Manafort's comments" is an appeal to the surrogates.)
        let addressed = v.parsed
            && matches!(root, "10" | "02")
            && v.children(h).any(|c| {
                // ("called on Republicans to back Trump": the ones called on.)
                let called_on = v.dep(c) == "obl" && v.has_dep_word(c, "case", &["on", "upon"]);
                c > h
                    && (matches!(v.dep(c), "obj" | "iobj") || called_on)
                    && (people_noun(v.word(c))
                        || crate::view::agent_noun(v.word(c)).is_some()
                        || v.is(c, &["sides", "parties", "factions", "governments"])
                        || (matches!(v.pos(c), Some("NOUN" | "PROPN"))
                            && v.children(h).any(|x| {
                                x > c
                                    && matches!(v.dep(x), "xcomp" | "advcl")
                                    && v.has_dep_word(x, "mark", &["to"])
                            })))
            });
        if e.kind == Kind::Verb
            && !targets.iter().any(|t| t.actor.is_some() || is_person(v, t))
            && !addressed
            && matches!(root, "03" | "10" | "12" | "13" | "02")
        {
            let inner = if v.parsed {
                // The parser reads "threatened on Monday to break …" as an adverbial
                // clause: with its "to", it is what is announced all the same.
                v.children(h)
                    .find(|&c| {
                        v.dep(c) == "xcomp"
                            || v.dep(c) == "advcl" && c > h && v.has_dep_word(c, "mark", &["to"])
                    })
                    .map(|c| {
                        let t = crate::tree::verb_args(v, c).1;
                        // "threatened to resume attacks in Israel": a threat with no
                        // one named is against the place where it would be carried out.
                        if root == "13" && !t.iter().any(|a| a.actor.is_some()) {
                            if let Some(p) = location(v, c).and_then(|l| place_actor(v, &l)) {
                                return vec![p];
                            }
                        }
                        t
                    })
                    // "called for sanctions against Nigeria": the act named as object.
                    .or_else(|| {
                        v.children(h)
                            .find(|&c| {
                                (v.dep(c) == "obj"
                                    || v.dep(c) == "obl" && v.has_dep_word(c, "case", &["for"]))
                                    && is_noun_trigger_head(v, c)
                            })
                            .map(|c| crate::tree::noun_args(v, c).1)
                    })
            } else if v.is(tb, &["to"]) {
                trigger_at(v, tb + 1).and_then(|(e2, _, tb2)| {
                    (e2.kind == Kind::Verb).then(|| {
                        verb_args_surface(v, tb + 1, tb2, e2)
                            .1
                            .into_iter()
                            .collect()
                    })
                })
            } else {
                None
            };
            if let Some(t) = inner.filter(|t: &Vec<Arg>| !t.is_empty()) {
                targets = t;
            }
        }
        // "demanded that the US cancel …", "urged that Iraq cooperate": the demand is
        // addressed to the subject of what is demanded; "demanded an admission by
        // Moscow", "its demand that Israel ease …": to the one who is to act.
        // The clause's subject wins over a partner phrase ("Washington along with its
        // allies demanded that Hamas renounce …"); when the parse lost the clause ("are
        // demanding that President Mugabe abandon …" read with "abandon" as a
        // preposition), the phrase right after "that".
        if v.parsed && matches!(root, "10" | "02") {
            let clause = |c: usize| match e.kind {
                Kind::Verb => v.dep(c) == "ccomp",
                // A noun's content clause: complete, with its own subject and object,
                // so not a relative clause ("the demand that Kenya made").
                Kind::Noun => {
                    matches!(v.dep(c), "acl" | "acl:relcl" | "ccomp")
                        && v.children(c).any(|k| v.is(k, &["that"]))
                        && v.children(c)
                            .any(|k| v.dep(k) == "obj" && !v.is(k, &["that", "which"]))
                }
            };
            let by =
                |c: usize| e.kind == Kind::Verb && v.dep(c) == "obj" && !is_noun_trigger_head(v, c);
            let subject = v
                .children(h)
                .filter(|&c| clause(c))
                .flat_map(|c| v.children(c))
                .find(|&c| matches!(v.dep(c), "nsubj" | "nsubj:pass"))
                .or_else(|| {
                    v.children(h)
                        .filter(|&c| by(c))
                        .flat_map(|c| v.children(c))
                        .find(|&k| v.dep(k) == "nmod" && v.has_dep_word(k, "case", &["by"]))
                });
            let after_that = || {
                (e.kind == Kind::Verb
                    && tb + 1 < v.sents[v.sentence_of(h)].1
                    && v.is(tb, &["that"]))
                .then(|| np_starting_at(v, tb + 1))
                .flatten()
                .map(|a| vec![Arg::from_range_pub(v, a.a, a.b)])
            };
            if let Some(t) = subject
                .map(|c| crate::tree::actors_at(v, c))
                .or_else(after_that)
                .filter(|t| t.iter().any(|a| a.actor.is_some()))
            {
                targets = t;
            }
        }
        // ", killing at least 12 civilians": the participle's subject is the clause's.
        if sources.is_empty()
            && e.kind == Kind::Verb
            && v.word(h).ends_with("ing")
            && h > 0
            && v.is(h - 1, &[","])
        {
            sources = out
                .iter()
                .rev()
                .take_while(|p: &&Event| p.sentence == v.sentence_of(h))
                .find_map(|p| p.source.as_ref())
                .and_then(|s| v.token_range(s.start, s.end))
                .map(|(a, b)| Arg::from_range_pub(v, a, b))
                .into_iter()
                .collect();
        }
        if v.parsed {
            if let Some(x) = crate::tree::relative_antecedent(v, h, &sources) {
                sources = x;
            }
            if let Some(x) = crate::tree::relative_antecedent(v, h, &targets) {
                targets = x;
            }
        }
        // The trigger's own words are no argument ("conducting military exercises").
        // But a verb's object whose modifiers the pattern skipped still is one
        // ("rejected an Indian proposal", "suspended their cooperation").
        // So is an object the pattern names whose actor its modifiers give ("demanded
        // the resignation of the Ugandan president").
        // (A gap of words with no party in them leaves the pattern's own noun no
        // argument: "deployed more troops".)
        let gapped = e.kind == Kind::Verb
            && tb > ta + 1 + e.after.len()
            && (ta + 1..tb).any(|k| {
                // (a mention of its own, not the pattern noun's: "more troops")
                v.mention_of[k].is_some_and(|m| v.mentions[m].b < tb)
                    || v.is_poss(k)
                    || (v.pos(k) == Some("PRON") && v.dep(k) == "nmod:poss")
                    || v.pos(k) == Some("PROPN")
            });
        // (Or "in", where a place is what the act is on: "lifted a night curfew in
        // Montenegro"; not where a deal is made or a meeting held: "reached a deal in
        // Doha".)
        let venue = matches!(crate::cameo::root(e.code), "03" | "04" | "05" | "06");
        let object = |a: &Arg| {
            e.kind == Kind::Verb
                && !e.after.is_empty()
                && a.actor.is_some()
                && a.b > a.a
                && v.children(a.b - 1).any(|c| {
                    v.dep(c) == "nmod"
                        && (v.has_dep_word(c, "case", &["of"])
                            || (!venue && v.has_dep_word(c, "case", &["in"])))
                })
        };
        sources.retain(|a| gapped || !(ta <= a.a && a.b <= tb));
        let had_target = !targets.is_empty();
        // (Nor a party the pattern meets through its preposition: "clashed with
        // police" is with the police.)
        let met = |a: &Arg| {
            e.kind == Kind::Verb
                && a.actor.is_some()
                && a.a > ta
                && a.b > a.a
                && (ta..a.a).any(|k| v.is(k, &["with", "against", "on", "at"]))
                && party_word(v, a.b - 1)
        };
        targets.retain(|a| gapped || object(a) || met(a) || !(ta <= a.a && a.b <= tb));
        // ("threw stones at officers": with the object the pattern's own word, the
        // verb's "at", "on" or "against" phrase is whom it is done to.)
        // (Only for acts against someone, and not at a place: "found guilty … at the
        // provincial track".)
        if had_target
            && targets.is_empty()
            && v.parsed
            && e.kind == Kind::Verb
            && matches!(
                crate::cameo::root(e.code),
                "11" | "12" | "13" | "14" | "17" | "18" | "19" | "20"
            )
            // (a verdict is reached in a place, not against it)
            && !e.code.starts_with("116")
        {
            if let Some(c) = v.children(h).find(|&c| {
                c >= tb
                    && v.dep(c) == "obl"
                    && v.has_dep_word(c, "case", &["at", "on", "against", "toward", "towards"])
                    && !crate::tree::is_time(v, c)
                    && !v.is(c, PLACE_NOUNS)
                    && !v.mention_of[c]
                        .and_then(|m| v.mentions[m].entity.as_deref())
                        .is_some_and(|id| v.is_place_entity(id))
            }) {
                targets = crate::tree::actors_at(v, c);
            }
        }
        // ("withdraw its peacekeeping force from Chad": with the forces the pattern's
        // own word, the place they leave is whom the withdrawal concerns.)
        if v.parsed
            && e.kind == Kind::Verb
            && e.code.starts_with("087")
            && e.after.len() == 1
            && tb > ta + 1
            && !targets.iter().any(|t| {
                t.actor.as_deref().is_some_and(has_country)
                    && code_prefix_of(std::slice::from_ref(t)) != code_prefix_of(&sources)
            })
        {
            // (on the verb, or as parsed on the forces: "force [from Chad]")
            if let Some(c) = [h, tb - 1].iter().flat_map(|&x| v.children(x)).find(|&c| {
                c >= tb
                    && matches!(v.dep(c), "obl" | "nmod")
                    && v.has_dep_word(c, "case", &["from"])
            }) {
                let t = crate::tree::actors_at(v, c);
                if t.iter().any(|a| a.actor.is_some()) || targets.is_empty() {
                    targets = t;
                }
            }
        }
        // "seized control of the town of Bunia", "throws its weight behind the Iraqi
        // government", "arrived in Seoul for talks … on North Korea's programme": a
        // pattern that ends in a preposition acts on what that preposition's phrase
        // names.
        if let Some(&prep) = e.after.last().filter(|p| {
            v.parsed
                && e.kind == Kind::Verb
                && (matches!(**p, "of" | "behind") || (**p == "in" && e.lemma == "arrive"))
        }) {
            let phrase = (ta..tb).flat_map(|k| v.children(k)).find(|&c| {
                c >= tb && matches!(v.dep(c), "nmod" | "obl") && v.has_dep_word(c, "case", &[prep])
            });
            if let Some(c) = phrase {
                let t = crate::tree::actors_at(v, c);
                // (A place of the visitor's own country is travel at home, not a
                // visit to anyone: "Clinton arrived in Chicago".)
                let home = prep == "in"
                    && code_prefix_of(&t).is_some()
                    && code_prefix_of(&t) == code_prefix_of(&sources);
                if home {
                    targets.clear();
                } else if prep == "of" || t.iter().any(|a| a.actor.is_some()) {
                    targets = t;
                }
            }
        }
        // "victims killed by the crash": an accident or a disaster does nothing.
        sources.retain(|a| !(a.a..a.b).any(|k| v.is(k, ACCIDENTS)));
        // What is reported is done to someone inside the report: "…, killing 20 people,
        // relief officials in Nairobi said" with the speaker parsed as a conjunct of the
        // people. (Its doer may be the speaker: "Israel denied attacking the convoy".)
        if let Some(q) = quote_holding(quotes, ta, tb) {
            targets.retain(|a| a.a < q.content.1 && q.content.0 < a.b);
        }
        // "Moscow dismissed the warning", "Brazil rejected the accusations": a definite
        // event noun names an earlier event of its kind, and an answer to it is toward
        // that event's doer (also in a report of the answer).
        // (A target of the answerer's own country found inside the phrase is no
        // better: "rejected the resolution as interference in its internal affairs".)
        let own_country = |a: &Arg| {
            sources.iter().any(|s| {
                s.actor.as_deref().and_then(|c| c.get(..3))
                    == a.actor.as_deref().and_then(|c| c.get(..3))
            })
        };
        if v.parsed
            && e.kind == Kind::Verb
            && !targets
                .iter()
                .any(|a| a.actor.as_deref().is_some_and(has_country) && !own_country(a))
        {
            if let Some(prev) = answered_event(v, h, &out) {
                targets = vec![prev];
            }
            // "… accused Serbia of arming militias, a charge Belgrade rejected": the
            // charge answered is the accusation just made, toward the accuser.
            let charge = v.toks[h]
                .head
                .filter(|&n| v.dep(h) == "acl:relcl" && v.is(n, CHARGES));
            if charge.is_some()
                && !targets
                    .iter()
                    .any(|a| a.actor.as_deref().is_some_and(has_country))
            {
                let accuser = out
                    .iter()
                    .rev()
                    .filter(|p| {
                        p.sentence == v.sentence_of(h) && crate::cameo::root(&p.code) == "11"
                    })
                    .find_map(|p| p.source.as_ref())
                    .filter(|s| s.actor.as_deref().is_some_and(has_country))
                    .and_then(|s| arg_of(v, s));
                if let Some(a) = accuser {
                    targets = vec![a];
                }
            }
        }
        // "… ," Obama said after meeting with Putin: a gerund of time right after the
        // words of saying, outside what was said, is the speaker's own act.
        if v.parsed
            && e.kind == Kind::Verb
            && v.word(h).ends_with("ing")
            && h > 0
            && v.is(h - 1, &["after", "before", "while", "when"])
            && quote_holding(quotes, ta, tb).is_none()
        {
            let s = v.sentence_of(h);
            let speaker = quotes.iter().find_map(|q| {
                let cue = q.quote.cue.as_ref()?;
                let (_, ce) = v.token_range(cue.start, cue.end)?;
                let sp = q.quote.speaker.as_ref()?;
                let (x, y) = v.token_range(sp.start, sp.end)?;
                (v.sentence_of(ce.saturating_sub(1)) == s
                    && ce < h
                    && (ce..h - 1).all(|k| !v.is_punct(k) || v.is(k, &[","]))
                    && h - 1 - ce <= 4)
                    .then(|| party(v, quotes, x, y))
            });
            if let Some(sp) = speaker {
                sources = vec![sp];
            }
        }
        let mut sources: Vec<Arg> = sources
            .into_iter()
            .flat_map(|a| conjoined_speakers(v, a, ta, quotes))
            .map(|a| resolve_pronoun(v, a, ta, quotes))
            .collect();
        let mut targets: Vec<Arg> = targets
            .into_iter()
            .map(|a| resolve_pronoun(v, a, ta, quotes))
            .collect();
        // "after fierce fighting", "Vietnamese-led forces": a lone adjective or
        // participle that names no party is no party.
        let no_word = |a: &Arg| {
            a.b == a.a + 1
                && a.actor.is_none()
                && matches!(v.pos(a.a), Some("ADJ" | "VERB" | "ADV"))
        };
        sources.retain(|a| !no_word(a));
        targets.retain(|a| !no_word(a));
        // A party's own forces ("its troops", "their forces"; withdrawn, "American
        // forces" for the United States) are not what it acts on: the place they are
        // sent to, withdrawn from or strengthened in is ("Syria withdrew its troops from
        // Lebanon", "Israel has strengthened its forces in Lebanon"; "Obama and Clinton
        // withdrew American forces precipitously" has none).
        if v.parsed {
            let own = |t: &Arg| {
                t.b > t.a
                    && (v.is(t.a, &["its", "their", "his", "her", "our"])
                        || (e.code.starts_with("087")
                            && matches!(v.pos(t.a), Some("ADJ" | "PROPN"))))
                    && armed(v, t, t.b)
                    && code_prefix(t).is_some()
                    && sources.iter().any(|s| code_prefix(s) == code_prefix(t))
            };
            if targets.iter().any(own) {
                let heads: Vec<usize> = std::iter::once(h)
                    .chain(targets.iter().filter(|t| own(t)).map(|t| t.b - 1))
                    .collect();
                let place = heads
                    .iter()
                    .flat_map(|&x| v.children(x).collect::<Vec<_>>())
                    .filter(|&c| {
                        matches!(v.dep(c), "obl" | "nmod")
                            && v.has_dep_word(
                                c,
                                "case",
                                &["in", "into", "from", "to", "inside", "near"],
                            )
                    })
                    .map(|c| crate::tree::actors_at(v, c))
                    .find(|t| {
                        t.iter()
                            .any(|a| a.actor.as_deref().is_some_and(has_country))
                    });
                match place {
                    Some(p) => targets = p,
                    None => targets.retain(|t| !own(t)),
                }
            }
        }
        // What a party does to itself or to its own things is no act on another party:
        // "suspended his own campaign", "plans to release his tax returns", "discussed
        // his commitment", "avoided shooting itself". (A party noun it owns still is
        // one: "its critics", and its forces were handled above.)
        targets.retain(|t| !own_thing(v, t, &sources));
        // "Bush's support for ethanol helped him win": a thing of a party's acting on
        // that party is no act between parties.
        let thing_of = |s: &Arg| {
            s.b > s.a
                && !party_word(v, s.b - 1)
                && v.mention_of[s.b - 1].and_then(|m| v.mentions[m].entity.as_deref())
                    != s.entity.as_deref()
        };
        let itself = |t: &Arg| {
            t.b > t.a
                && v.mention_of[t.b - 1].and_then(|m| v.mentions[m].entity.as_deref())
                    == t.entity.as_deref()
        };
        targets.retain(|t| {
            t.entity.is_none()
                || !itself(t)
                || !sources.iter().any(|s| s.entity == t.entity && thing_of(s))
        });
        // "'I request the immediate repatriation of Kim In-so,' Li said in a telephone
        // message to his southern counterpart": an appeal or demand in words addressed
        // to someone, and to no one else named, is made to them.
        if matches!(root, "02" | "10") && !targets.iter().any(|t| t.actor.is_some()) {
            if let Some(to) = quote_holding(quotes, ta, tb).and_then(|q| quote_addressee(v, q)) {
                targets = vec![to];
            }
        }
        // "… after Israel killed its former leader": a blow at a person of "its" (not
        // "its own") is at someone of another party than the doer, whom the pronoun
        // does not tell.
        if matches!(root, "18" | "19" | "20") {
            for t in targets.iter_mut() {
                if t.b > t.a + 1
                    && v.is(t.a, &["its", "their"])
                    && !v.is(t.a + 1, &["own"])
                    && party_word(v, t.b - 1)
                {
                    let owner = v.mention_of[t.a].and_then(|m| v.mentions[m].entity.as_deref());
                    if owner.is_some() && sources.iter().any(|s| s.entity.as_deref() == owner) {
                        t.actor = None;
                        t.entity = None;
                    }
                }
            }
        }
        // "Germany condemned the execution of a German citizen by Iran", "criticized
        // Egypt's crackdown": who is criticized or rebuffed over an act is whoever did
        // it.
        if v.parsed && e.kind == Kind::Verb && matches!(root, "11" | "12") {
            if let Some(o) = v
                .children(h)
                .find(|&c| v.dep(c) == "obj" && is_noun_trigger_head(v, c))
            {
                let doer = crate::tree::noun_args(v, o).0;
                if doer
                    .iter()
                    .any(|a| a.actor.as_deref().is_some_and(has_country))
                    && !same_referent_any(v, &sources, &doer)
                {
                    targets = doer;
                }
            }
        }
        // "India deployed troops along its border with China", "massed troops on the
        // border with Ukraine": a show of force at a border is toward the other side.
        if v.parsed
            && root == "15"
            && !targets
                .iter()
                .any(|t| t.actor.as_deref().is_some_and(has_country) && !own_thing(v, t, &sources))
        {
            let border = v
                .children(h)
                .chain(
                    v.children(h)
                        .filter(|&c| v.dep(c) == "obj")
                        .flat_map(|o| v.children(o)),
                )
                .find(|&c| {
                    matches!(v.dep(c), "obl" | "nmod")
                        && v.is(c, &["border", "borders", "frontier"])
                });
            let other = border.and_then(|b| {
                v.children(b)
                    .find(|&c| v.dep(c) == "nmod" && v.has_dep_word(c, "case", &["with"]))
            });
            if let Some(o) = other {
                let side = crate::tree::actors_at(v, o);
                if side
                    .iter()
                    .any(|a| a.actor.as_deref().is_some_and(has_country))
                {
                    targets = side;
                }
            }
        }
        // One consults or hosts a party, not a topic or a thing: "discussed Iran's
        // nuclear program with Merkel" is a meeting with Merkel, and "received the
        // first pages of the filings" or "received immunity" hosts no one (hosting
        // talks or a summit is hosting).
        // What one discusses or debates is a topic even when it is a party: "discussed
        // Syria with Putin" is a meeting with Putin, "discussing the Clinton Foundation"
        // one with no one.
        if v.parsed && e.kind == Kind::Verb && root == "04" {
            let about = matches!(e.lemma, "discuss" | "debate");
            let topic = |t: &Arg| {
                t.b > t.a
                    && v.toks[t.b - 1].head == Some(h)
                    && v.dep(t.b - 1) == "obj"
                    && !party_word(v, t.b - 1)
                    && !v.is(t.b - 1, crate::tree::GATHERINGS)
            };
            // (The party may hang from the thing: "memos from Bree", "the program
            // with Merkel".)
            // (Not for receiving: "received critical support from Republican leaders"
            // hosts no one.)
            let cases: &[&str] = if e.code == "043" {
                &["with"]
            } else {
                &["with", "from"]
            };
            let party_of = |x: usize| party_hanging_from(v, x, cases, |_| true);
            if about {
                // (Nor is a party inside what is discussed: "to discuss responses to the
                // North Korean nuclear test" is no meeting with North Korea. Whom one
                // discusses with is said with "with".)
                let obj = v.children(h).find(|&c| v.dep(c) == "obj");
                targets = party_of(h)
                    .or_else(|| obj.and_then(party_of))
                    .unwrap_or_default();
            } else if let Some(obj) = targets.iter().find(|t| topic(t)).map(|t| t.b - 1) {
                let party = party_of(h).or_else(|| party_of(obj));
                if e.code == "043" && party.is_none() {
                    i = tb.max(i + 1);
                    continue;
                }
                targets.retain(|t| !topic(t));
                if targets.is_empty() {
                    targets = party.unwrap_or_default();
                }
            }
        }
        // "threatened to stop negotiations if the United States goes ahead with …": a
        // threat is aimed at the one whose act is its condition.
        if v.parsed
            && root == "13"
            && !targets
                .iter()
                .any(|t| t.actor.as_deref().is_some_and(has_country))
        {
            if let Some(t) = condition_party(v, h) {
                targets = t;
            }
        }
        // "investigating alleged war crimes by Croatian extremists", "an investigation
        // into crimes committed by Croat forces": what is investigated or condemned is
        // done by its perpetrator, who is the target.
        // ("condemned Wednesday's intrusion into the consulate by separatists", the
        // "by" phrase hung on the verb: under an active verb it can only name the doer
        // of what is condemned, not the consulate the act was done to.)
        let by_on_verb = e.kind == Kind::Verb
            && v.children(h).any(|c| v.dep(c) == "nsubj")
            && v.children(h)
                .any(|c| v.dep(c) == "obj" && !party_word(v, c))
            && party_hanging_from(v, h, &["by"], |_| true).is_some();
        if v.parsed
            && matches!(root, "09" | "11")
            && (by_on_verb
                || !targets
                    .iter()
                    .any(|t| t.actor.as_deref().is_some_and(has_country)))
        {
            if let Some(t) = crate::tree::perpetrator(v, h) {
                targets = t;
            }
        }
        let loc = location(v, h);
        // Meetings, visits, protests, shows of force, coercion and attacks with no one
        // named as target: the place is the target ("meet in Zurich", "a protest in
        // Beijing", "military exercises in Alaska", "a curfew in Abidjan").
        // (A partner named but of no known party is no place: "met with State Councilor
        // Yang Jiechi in Johannesburg" is not a meeting with South Africa.)
        let partner = root == "04"
            && targets
                .iter()
                .any(|t| is_person(v, t) || (t.a..t.b).any(|k| v.pos(k) == Some("PROPN")));
        // (Nor are people whom a party coerces or attacks: "expelling a junior
        // administrator working in the Jordanian embassy in Baghdad" is no act on Iraq;
        // the rules below give them a country.)
        let victims = matches!(root, "17" | "18" | "19" | "20")
            && targets.iter().any(|t| {
                is_person(v, t)
                    || (t.b > t.a
                        && (people_noun(v.word(t.b - 1))
                            || crate::view::is_person_role(v.word(t.b - 1))))
            });
        let mut place_target = false;
        if !targets.iter().any(|t| t.actor.is_some())
            && !partner
            && !victims
            && matches!(root, "04" | "14" | "15" | "17" | "18" | "19" | "20")
        {
            // (Not the event's own modifier: "the Warsaw summit" is held there.)
            let own_modifier = |l: &SpanRef| {
                v.token_range(l.start, l.end)
                    .is_some_and(|(a, b)| (a..b).any(|k| v.toks[k].head == Some(h)) && b <= h)
            };
            // (Nor, for a meeting, a place of the party's own country: talks held in
            // Jerusalem are not talks with Israel for Israel.)
            // (Nor the seat of an international body that meets there: "EU ministers
            // will meet in Brussels".)
            let home = |p: &Arg| {
                root == "04"
                    && code_prefix(p).is_some_and(|c| {
                        sources.iter().any(|s| {
                            code_prefix(s) == Some(c)
                                || s.actor.as_deref().is_some_and(|a| igo_seat(a, c))
                        })
                    })
            };
            // (Nor where the doer is from: "Sheriff's deputies in Louisiana made a third
            // arrest"; protesters in a place protest to its rulers.)
            let doers_place = |l: &SpanRef| {
                root != "14"
                    && v.token_range(l.start, l.end).is_some_and(|(a, b)| {
                        sources.iter().any(|s| {
                            (s.a <= a && b <= s.b)
                                || (v.parsed
                                    && (a..b).any(|k| {
                                        v.toks[k].head.is_some_and(|p| s.a <= p && p < s.b)
                                            && v.dep(k) == "nmod"
                                    }))
                        })
                    })
            };
            if let Some(arg) = loc
                .as_ref()
                .filter(|l| !own_modifier(l) && !doers_place(l))
                .and_then(|l| place_actor(v, l))
                .filter(|p| !home(p))
            {
                targets = vec![arg];
                place_target = true;
            }
        }
        // Assaults, fights and mass violence.
        let violent = matches!(root, "18" | "19" | "20");
        // "A car bomb killed five soldiers in Baghdad": a device that went off with no
        // one named behind it is the work of unidentified armed men of the place where
        // it did (CAMEO's UAF sector).
        if violent && !sources.iter().any(|a| a.actor.is_some()) {
            // The device's own words (or the car, roadside or suicide bombing's) stand
            // for the doer; a plain "bombing" is as often from the air.
            let device = sources
                .iter()
                .find(|a| (a.a..a.b).any(|k| v.is(k, DEVICES)))
                .map(|a| (a.a, a.b))
                .or_else(|| {
                    (sources.is_empty()
                        && e.kind == Kind::Noun
                        && matches!(e.code, "1831" | "1832" | "1833"))
                    .then_some((ta, tb))
                });
            let country = place_country(v, loc.as_ref());
            if let (Some((a, b)), Some(c)) = (device, country) {
                sources = vec![Arg {
                    a,
                    b,
                    entity: None,
                    actor: Some(format!("{c}UAF")),
                }];
            }
        }
        // "Algerian security forces have shot dead three guerrillas. … Security forces
        // also arrested four other men": a party noun of no country in a later sentence
        // is the party of its kind the article named last with a country. (A state body
        // in a sentence that names one other country is that country's: "state security
        // forces have killed 400 protesters in the Oromia region, which surrounds Addis
        // Ababa" long after "Yemeni security forces".)
        if v.parsed {
            let own = sole_country(v, v.sentence_of(h));
            for a in sources.iter_mut().chain(targets.iter_mut()) {
                let state_body = a.actor.as_deref().is_some_and(|x| {
                    matches!(
                        x.get(3..),
                        Some("GOV" | "MIL" | "COP" | "JUD" | "LEG" | "SPY")
                    )
                });
                if let Some(c) = earlier_country(v, a)
                    .filter(|c| !state_body || own.as_ref().is_none_or(|o| o == c))
                {
                    let sector = a.actor.as_deref().map_or("", |x| &x[3..]);
                    a.actor = Some(format!("{c}{sector}"));
                }
            }
        }
        // An office holder whose country the text does not name, in a sentence that
        // names one country only, holds office there ("Rebels in the Ivory Coast
        // dismissed an appeal from President Laurent Gbagbo": CIVGOV).
        // Failing that, the dateline's, when the sentence names no country and no party
        // of the event has another ("the coup by retired major Pierre Buyoya", condemned
        // by the Security Council under "ROME", is not Italy's).
        let sole = sole_country(v, v.sentence_of(h));
        let sentence_country = sole.clone().or_else(|| {
            let home = home.as_deref()?;
            let foreign = sources.iter().chain(targets.iter()).any(|a| {
                a.actor
                    .as_deref()
                    .is_some_and(|x| has_country(x) && &x[..3] != home)
            });
            (!names_country(v, v.sentence_of(h)) && !foreign).then(|| home.to_string())
        });
        if let Some(c) = sentence_country {
            // A state body does not act on its own country named as a party, nor on a
            // body of its own kind: "the government expressed appreciation for China's
            // assistance" is not China's government (a judge investigating officials, a
            // president imposing a curfew on the capital, police dispersing protesters
            // in Monrovia are of one country).
            let named_country = |x: &Arg| {
                (x.a..x.b).any(|k| {
                    v.mention_of[k].is_some_and(|m| v.mentions[m].actor.as_deref() == Some(&c))
                })
            };
            let target_kinds: Vec<String> = targets
                .iter()
                .filter_map(|x| {
                    let code = x.actor.as_deref()?;
                    (has_country(code) && code.get(..3) == Some(c.as_str()))
                        .then(|| code[3..].to_string())
                        .filter(|k| !k.is_empty() || named_country(x))
                })
                .collect();
            // (A country named only in the clause the act is about is the other side
            // for a state body: "Schiff called on the administration to call out
            // Russia"; rebels who threaten to attack Kampala are still Uganda's.)
            let places: Vec<usize> = {
                let (sa, sb) = v.sents[v.sentence_of(h)];
                // (The country itself, not a person of it: "Cruz refused to endorse
                // Trump" is no act about the United States.)
                (sa..sb)
                    .filter(|&k| {
                        v.mention_of[k].is_some_and(|m| {
                            v.mentions[m]
                                .actor
                                .as_deref()
                                .is_some_and(|x| x.get(..3) == Some(c.as_str()))
                                && !v.mentions[m]
                                    .entity
                                    .as_deref()
                                    .is_some_and(|id| person_entity(v, id))
                        })
                    })
                    .collect()
            };
            let about =
                v.parsed && !places.is_empty() && places.iter().all(|&p| in_clause_of(v, p, h));
            // (Forces that fire on the one country's positions, troops or convoys are
            // not its own: "Troops deployed near the border fired on Indian positions".
            // Not so for people it shoots: "police fired on Indian protesters".)
            let hits_country = violent
                && !place_target
                && targets.iter().any(|x| {
                    x.actor.as_deref().is_some_and(|k| {
                        k.get(..3) == Some(c.as_str()) && matches!(&k[3..], "" | "MIL" | "GOV")
                    }) && named_country(x)
                        && !people_arg(v, x)
                        && !is_place_arg(v, x)
                        && !(x.b > x.a && v.is(x.b - 1, PLACE_NOUNS))
                });
            let n_sources = sources.len();
            // ("he killed his wife and wounded three other people" under "BRISBANE": people
            // a person or an armed party of no other country kills or hurts are of the
            // dateline's.)
            let violent_at_home = matches!(root, "18" | "19" | "20")
                && sources.iter().any(|s| {
                    (is_person(v, s)
                        || s.actor.as_deref().is_some_and(|x| {
                            (x.starts_with("---") || x.get(..3) == Some(c.as_str()))
                                && matches!(
                                    x.get(3..),
                                    Some("REB" | "UAF" | "CRM" | "COP" | "MIL" | "GOV")
                                )
                        }))
                        && !v.is(s.a, &["it"])
                        && !(s.b > s.a && (v.is(s.b - 1, ACCIDENTS) || v.is(s.b - 1, VEHICLES)))
                });
            for (i, a) in sources.iter_mut().chain(targets.iter_mut()).enumerate() {
                let state = &["GOV", "MIL", "COP", "JUD", "LEG"];
                if hits_country
                    && i < n_sources
                    && a.actor
                        .as_deref()
                        .and_then(|x| x.strip_prefix("---"))
                        .is_some_and(|x| state.contains(&x))
                {
                    continue;
                }
                if about
                    && a.actor
                        .as_deref()
                        .and_then(|x| x.strip_prefix("---"))
                        .is_some_and(|x| state.contains(&x))
                {
                    continue;
                }
                // (Forces attacking a town of the one country named fight in their own
                // country: "Iraqi troops and KDP forces were attacking the city of
                // Arbil".)
                let on_itself = |sector: &str| {
                    i < n_sources
                        && !place_target
                        && state.contains(&sector)
                        && target_kinds
                            .iter()
                            .any(|k| (k.is_empty() && !violent) || k == sector)
                };
                // An envoy, ambassador or diplomat represents another state than the one
                // it is in ("The envoy was expelled by Rwanda"); foreign troops are of
                // another ("foreign troops helping the government army").
                // (Not a foreign minister, who is his own country's.)
                let foreign = (a.a..a.b).any(|k| {
                    v.is(k, &["foreign", "multinational"])
                        && !v.is(
                            k + 1,
                            &[
                                "minister",
                                "ministers",
                                "ministry",
                                "ministries",
                                "secretary",
                                "affairs",
                                "office",
                                "policy",
                                "service",
                                "relations",
                            ],
                        )
                });
                // (Nor are several governments one country's: "We urge the governments
                // of the region to work together".)
                let several = a.b > a.a
                    && v.is(
                        a.b - 1,
                        &["governments", "states", "countries", "nations", "regimes"],
                    );
                // (Nor are those granted asylum: "the United States granted asylum to two
                // opposition leaders" shelters another country's.)
                let sheltered = i >= n_sources && e.code == "075";
                if a.b > a.a && (v.is(a.b - 1, ENVOYS) || foreign || several || sheltered) {
                    continue;
                }
                if let Some(sector) = a.actor.as_deref().and_then(|x| x.strip_prefix("---")) {
                    if on_itself(sector) {
                        continue;
                    }
                    if matches!(
                        sector,
                        "GOV"
                            | "MIL"
                            | "COP"
                            | "JUD"
                            | "LEG"
                            | "OPP"
                            | "REB"
                            | "CVL"
                            | "LAB"
                            | "UAF"
                            | "EDU"
                            | "PPL"
                            | "HLH"
                            | "AGR"
                            | "CRM"
                            | "BUS"
                            | "MED"
                            | "PTY"
                    ) {
                        a.actor = Some(format!("{c}{sector}"));
                    }
                } else if a.actor.is_none()
                    && home.is_some()
                    && (sole.is_none() || sole == home)
                    // (Whom a state expels is a foreigner: "France expelled another
                    // African man".)
                    && !(e.code.starts_with("174") && i >= n_sources)
                    && (is_person(v, a)
                        || is_group(v, a)
                        || (matches!(root, "11" | "12" | "17" | "18")
                            && !e.code.starts_with("174")
                            && a.b > a.a
                            && people_noun(v.word(a.b - 1)))
                        || (violent_at_home && i >= n_sources && people_arg(v, a)))
                {
                    // A person the text gives no country is of the dateline's ("The next
                    // morning, Ivankov … stabbed Lavrentyeva" under "MOSCOW"); one
                    // country named in the sentence, with no dateline to agree, does not
                    // say as much ("Strada accused the Saudi government"). So are
                    // people who accuse, reject, or suffer coercion or assault ("several
                    // inhabitants accused government forces"); people in other acts are
                    // too often a crowd or an audience ("welcomed several hundred guests").
                    a.actor = Some(c.clone());
                } else if a.actor.is_none()
                    && a.b > a.a
                    && ((is_place_arg(v, a)
                        && (a.a..(a.b + 2).min(v.toks.len())).any(|k| v.is(k, PLACE_NOUNS)))
                        || (v.is(a.b - 1, PLACE_NOUNS) && v.is(a.b, &["of"])))
                {
                    // A town no list knows is in the sentence's country ("retaken the town
                    // of Qusair" in a report of Syrian state media). (Not any place: a
                    // country the lists lack is no town of another.)
                    a.actor = Some(c.clone());
                }
            }
        }
        // Whom a state's police, courts or government arrest, detain, jail or ban is of
        // that state unless the text says otherwise ("Chinese police have detained
        // veteran dissident Wang Donghai"; "arrested a Thai farmer" names his). Whom it
        // expels, and envoys, are not.
        // So are those its police shoot, beat or kill ("Egyptian police opened fire,
        // killing one person and arresting 12"; a bare count is of people).
        // (Not abroad: "soldiers stole a necklace from an elderly woman" in the West
        // Bank, "US troops arrested a man in Baghdad"; the rule below gives them the
        // place's country.)
        let abroad = |c: &str| place_country(v, loc.as_ref()).is_some_and(|p| p != c);
        // (So are the prisoners it frees: "Cuba released 50 political prisoners".)
        let freed = e.code.starts_with("0841");
        if (root == "17" && !e.code.starts_with("174")) || violent || freed {
            let state = sources.iter().find_map(|a| {
                let x = a.actor.as_deref()?;
                let c = state_of(x)?;
                // (a state or its body, not people of it: "Iraqi hijackers released 60
                // people")
                if freed && a.b > a.a && people_noun(v.word(a.b - 1)) {
                    return None;
                }
                let sectors: &[&str] = if violent {
                    &["COP"]
                } else {
                    &["COP", "JUD", "GOV", "MIL", "SPY", ""]
                };
                sectors
                    .contains(&x.get(3..).unwrap_or(""))
                    .then(|| c.to_string())
                    .filter(|c| !abroad(c))
            });
            if let Some(c) = state {
                for t in targets
                    .iter_mut()
                    .filter(|t| !(t.b > t.a && v.is(t.b - 1, ENVOYS)))
                {
                    let sector = match t.actor.as_deref() {
                        None if is_person(v, t) => "",
                        None if t.b > t.a && people_noun(v.word(t.b - 1)) => "",
                        None if t.b == t.a + 1 && v.pos(t.a) == Some("NUM") => "",
                        Some(x) => match x.strip_prefix("---") {
                            Some(k) => k,
                            None => continue,
                        },
                        None => continue,
                    };
                    t.actor = Some(format!("{c}{sector}"));
                }
            }
        }
        // Protesters are of the place where they protest ("About 200 supporters of Ben Bella
        // blocked roads in Algiers", "students demonstrated in Jakarta").
        if root == "14"
            && !sources.is_empty()
            && !sources
                .iter()
                .any(|a| a.actor.as_deref().is_some_and(has_country))
        {
            // (or, where the parse hid the place, the one country the sentence names)
            if let Some(c) = place_country(v, loc.as_ref()).or_else(|| sole.clone()) {
                give_country(&mut sources, &c, |a| {
                    a.actor.is_some()
                        || is_group(v, a)
                        || people_phrase(v, a)
                        || (a.b > a.a && v.is(a.b - 1, crate::tree::FOLLOWERS))
                });
            }
        }
        // People hit where the event happened are of that place's country ("killed 12
        // villagers in Mali": MLIPPL... from ---PPL or no code at all).
        if matches!(root, "17" | "18" | "19" | "20")
            && !targets.is_empty()
            && !targets
                .iter()
                .any(|t| t.actor.as_deref().is_some_and(has_country))
        {
            if let Some(c) = place_country(v, loc.as_ref()) {
                // (People and parties, not things: "seized revolvers, rifles and knives"
                // in Dhaka seized nothing of Bangladesh's.)
                give_country(&mut targets, &c, |t| t.actor.is_some() || people_arg(v, t));
            }
        }
        // "He has battled against nationalist opponents, trade unions and parliament": a
        // political fight between parties that bear no arms is no blow.
        let political = |a: &Arg| {
            a.actor.as_deref().is_some_and(|c| {
                matches!(
                    c.get(3..),
                    Some("LEG" | "LAB" | "OPP" | "PTY" | "JUD" | "MED" | "BUS")
                )
            }) || (a.actor.is_none() && a.b > a.a && v.is(a.b - 1, &["opponents", "critics"]))
        };
        // An accident kills no one by anyone's act: "A Czech coach crashed and burst into
        // flames, killing one person", "were killed in a car crash", "a fire that killed
        // 12"; nor is fighting crime or disease a fight with anyone ("cooperation in
        // fighting international organised crime").
        // A visit to a place, or a hosting of a thing, within one country is travel at
        // home, no act between parties ("flew to Maine", "ABC News hosted a debate"); a
        // body of the state received is still a meeting ("demonstrators received
        // ministers from the Georgian government").
        let at_home = (e.code.starts_with("042") || e.code.starts_with("043"))
            && code_prefix_of(&sources).is_some_and(|c| has_country(&c))
            && code_prefix_of(&sources) == code_prefix_of(&targets)
            && targets
                .iter()
                .all(|t| is_place_arg(v, t) || t.actor.as_deref().is_some_and(|c| c.len() == 3));
        // ("AMTRAK train hits truck", "a bus hit a car near Lima, killing two": a vehicle
        // on the road or rails that hits or kills does it by accident.)
        let road_vehicle = matches!(root, "18" | "19" | "20")
            && !sources.is_empty()
            && sources.iter().all(|a| {
                a.b > a.a
                    && v.is(
                        a.b - 1,
                        &[
                            "train",
                            "trains",
                            "bus",
                            "buses",
                            "car",
                            "cars",
                            "truck",
                            "trucks",
                            "lorry",
                            "lorries",
                            "van",
                            "vans",
                            "tram",
                            "taxi",
                            "coach",
                            "minibus",
                            "motorcycle",
                            "tractor",
                        ],
                    )
            });
        if (e.kind == Kind::Verb && (accident(v, h) || fights_an_ill(v, e.lemma, h)))
            || (root == "19" && political_arena(v, h))
            || road_vehicle
        {
            i = tb.max(i + 1);
            continue;
        }
        // Nor, with no word of harm, is one between named people: "Sanders and Clinton
        // battled over who had the more progressive solutions".
        // (A noun's "between" names them all as its targets so far.)
        // (Not warlords: "the battle between Massoud and Hekmatyar".)
        let all_people = |xs: &[Arg]| {
            !xs.is_empty()
                && xs.iter().all(|a| {
                    (is_person(v, a) || personal_pronoun(v, a))
                        && !a.actor.as_deref().is_some_and(|c| {
                            matches!(c.get(3..), Some("REB" | "MIL" | "UAF" | "INS" | "SEP"))
                        })
                })
        };
        let people = (all_people(&sources)
            || (sources.is_empty() && targets.len() >= 2 && all_people(&targets)))
            && !targets.iter().any(|a| armed(v, a, a.b))
            && !bodily(v, h);
        // (So for the nouns: "the battle between Rubio and Chris Christie", "her battle
        // against Sen. Bernie Sanders", "his battle with Uber".)
        if matches!(e.lemma, "fight" | "battle" | "clash" | "spar")
            // (a noun's parties, not armed factions named as parties: "clashes between
            // the two parties broke out")
            && (((e.kind == Kind::Verb
                || !targets
                    .iter()
                    .any(|a| a.actor.as_deref().is_some_and(|c| c.ends_with("PTY"))))
                && !targets.is_empty()
                && targets.iter().all(political)
                && !sources
                    .iter()
                    .any(|a| armed(v, a, a.b) || code_prefix(a).is_none())
                && !with_weapon(v, h, &targets))
                || people)
        {
            i = tb.max(i + 1);
            continue;
        }
        // "arrived in Beijing on Thursday for a four-day visit", "flew to Ankara on an
        // official visit": the visit is the arrival already coded, not a second one; so
        // are talks met for ("met for talks at the start of a two-day visit").
        if v.parsed
            && e.kind == Kind::Noun
            && e.code.starts_with("04")
            && v.dep(h) == "obl"
            && v.has_dep_word(h, "case", &["for", "on"])
        {
            if let Some(g) = v.toks[h].head {
                let same = |code: &str| {
                    (e.code.starts_with("042") && code.starts_with("042"))
                        || (!e.code.starts_with("042") && code.starts_with("040"))
                };
                let coded = (0..out.len()).any(|j| spans[j].2 == g && same(&out[j].code));
                if coded {
                    i = tb.max(i + 1);
                    continue;
                }
            }
        }
        let (mut st, by) = status(v, ta, tb, e.kind, quotes);
        // "raided the camp to expel them", "sent 12 suicide bombers to stage attacks": an
        // act of force, aid or cooperation that an act is done for is not done by it (a
        // protest, appeal or talk is: "marched to protest", "met to discuss").
        if v.parsed
            && matches!(
                root,
                "06" | "07" | "08" | "15" | "16" | "17" | "18" | "19" | "20"
            )
            && st > Status::Hypothetical
        {
            let x = match e.kind {
                Kind::Verb => Some(h),
                Kind::Noun => crate::tree::support_verb(v, h),
            };
            // (or what it is done to make someone do: "pursued attacks against Israeli
            // forces to compel them to withdraw")
            let made_to = |x: usize| {
                v.dep(x) == "xcomp"
                    && v.toks[x].head.is_some_and(|g| {
                        matches!(
                            v.lemma(g),
                            "compel" | "force" | "make" | "press" | "pressure" | "push"
                        ) && purpose(v, g)
                    })
            };
            if x.is_some_and(|x| purpose(v, x) || made_to(x)) {
                st = Status::Hypothetical;
            }
        }
        // "meet to discuss fresh sanctions", "is weighing a travel ban": a measure under
        // deliberation is not in force (an attack discussed still happened).
        if e.kind == Kind::Noun
            && v.parsed
            && matches!(
                root,
                "03" | "04" | "05" | "06" | "07" | "08" | "15" | "16" | "17"
            )
            && v.dep(h) == "obj"
            && v.toks[h].head.is_some_and(|g| {
                matches!(
                    v.lemma(g),
                    "discuss"
                        | "consider"
                        | "weigh"
                        | "debate"
                        | "mull"
                        | "propose"
                        | "study"
                        | "draft"
                        | "explore"
                        | "examine"
                        | "contemplate"
                        | "negotiate"
                ) && !v.word(g).ends_with("ed")
            })
        {
            st = st.min(Status::Hypothetical);
        }
        // A bare "strike" in an article about workers is a labour strike (143), not a
        // military one.
        // So is workers' or a union's striking with no one struck ("Workers at Salvador
        // voted to strike from Saturday").
        let workers = sources.iter().any(|a| {
            a.actor.as_deref().is_some_and(|c| c.ends_with("LAB"))
                || (a.b > a.a
                    && v.is(
                        a.b - 1,
                        &["workers", "union", "unions", "employees", "staff"],
                    ))
        });
        // A person or people taken ("the gunman", "two rebel commanders", "Auckland
        // gunman"), not a place or a thing.
        let captive = |t: &Arg| {
            people_arg(v, t)
                || t.actor
                    .as_deref()
                    .is_some_and(|c| matches!(c.get(3..), Some("UAF" | "CRM")) && !is_group(v, t))
        };
        let code = if (e.kind == Kind::Noun && e.lemma == "strike" && e.before.is_empty() && labour)
            || (e.kind == Kind::Verb
                && e.lemma == "strike"
                && workers
                && !v.children(h).any(|c| v.dep(c) == "obj"))
        {
            "143"
        } else if e.code == "172"
            && e.lemma == "ban"
            && targets.iter().any(|t| {
                t.b > t.a
                    && v.is(
                        t.b - 1,
                        &[
                            "imports",
                            "exports",
                            "trade",
                            "goods",
                            "products",
                            "beef",
                            "meat",
                            "oil",
                            "gas",
                            "arms",
                            "weapons",
                            "flights",
                            "investment",
                            "sales",
                        ],
                    )
            })
        {
            // "a worldwide ban on British beef", "banned Iranian oil imports": a ban on
            // goods or trade is an embargo (163), not a restriction on people.
            "163"
        } else if e.kind == Kind::Verb
            && e.lemma == "meet"
            && v.parsed
            && v.children(h).any(|c| v.dep(c) == "obj")
            && !sources.is_empty()
            && !targets.is_empty()
            && sources.iter().chain(targets.iter()).all(|a| {
                a.b > a.a
                    && v.is(
                        a.b - 1,
                        &[
                            "forces", "troops", "army", "armies", "soldiers", "militia",
                            "militias", "rebels", "fighters", "guerrillas", "insurgents",
                            "units", "battalion", "battalions", "brigade", "brigades",
                            "regiment", "cavalry", "infantry",
                        ],
                    )
            })
        {
            // "Anglo-American forces met Mexican troops at Gonzales": armed bodies
            // meeting each other in the field fight (190); they do not consult.
            "190"
        } else if e.kind == Kind::Verb
            && (matches!(e.lemma, "capture" | "recapture" | "retake")
                // ("Iranian security forces seized his guests": the state's forces
                // seizing people detain them)
                || (e.lemma == "seize"
                    && sources.iter().any(|a| {
                        a.actor
                            .as_deref()
                            .is_some_and(|c| matches!(c.get(3..), Some("COP" | "MIL" | "SPY" | "JUD")))
                    })))
            && !targets.is_empty()
            && targets.iter().all(&captive)
            // (people, not a sum: "officers seized HK$100,000"; nor a thing taken from
            // the one named: "the CIA seized a disc from Zawahiri's aide")
            && (e.lemma != "seize"
                || (targets.iter().all(|t| !named_thing(v, t))
                    && v.children(h)
                        .filter(|&c| v.dep(c) == "obj")
                        .all(|o| targets.iter().any(|t| t.a <= o && o < t.b))))
        {
            // "Police captured the gunman", "troops captured two rebel commanders":
            // people captured are taken into custody (173); a town captured is
            // territory taken (below), a convoy or a weapon a blow (190).
            "173"
        } else if e.kind == Kind::Verb
            && e.lemma == "dismiss"
            && v.parsed
            && v.children(h)
                .any(|c| matches!(v.dep(c), "obl" | "advcl") && v.has_dep_word(c, "case", &["as"]))
            && !targets.is_empty()
            && targets.iter().all(|t| t.actor.is_some())
        {
            // "dismissed the whole government as a band of thieves": calling a party
            // names is criticism (111); "dismissed the charges as baseless" rejects them.
            "111"
        } else if (e.code == "1711"
            || (e.kind == Kind::Verb && matches!(e.lemma, "capture" | "recapture" | "retake")))
            && !place_target
            && !targets.iter().any(captive)
            && targets.iter().any(|t| {
                is_place_arg(v, t)
                    // ("seized the town of Kidal", "seized large parts of Iraqi
                    // territory"; not villages looted)
                    || (t.b > t.a
                        && matches!(e.lemma, "seize" | "capture" | "recapture" | "retake" | "take" | "grab")
                        && (v.is(t.b - 1, PLACE_NOUNS)
                            || v.is(t.b - 1, &["territory", "territories", "towns", "cities", "villages"])
                            || (v.is(t.b - 1, &["parts", "part", "swathes", "swaths", "much", "most"])
                                && v.is(t.b, &["of"])
                                && (t.b + 1..(t.b + 5).min(v.toks.len())).any(|k| {
                                    v.is(k, &["territory", "territories", "land", "country"])
                                        || v.is(k, PLACE_NOUNS)
                                }))))
            })
        {
            // "Russia seized Crimea", "rebels seized the town of Gao": land seized is
            // territory occupied (192), not property confiscated.
            "192"
        } else if (e.kind == Kind::Verb
            && matches!(
                e.lemma,
                "attack" | "assail" | "pound" | "savage" | "bash" | "hit"
            )
            || (e.kind == Kind::Noun && e.lemma == "attack"))
            && (stance_attacked(v, h)
                || with_words(v, h, &targets)
                || (sources.iter().any(|a| {
                    is_person(v, a) || media(a) || personal_pronoun(v, a) || campaign(v, a)
                }) && targets.iter().any(|a| {
                    is_person(v, a)
                        || (a.b > a.a && !armed(v, a, a.b) && people_noun(v.word(a.b - 1)))
                        || (a.b > a.a && v.is(a.b - 1, STANCES))
                        || (a.b > a.a && crate::view::is_person_role(v.word(a.b - 1)))
                        // a title before its holder's name ("former nominee Mitt Romney")
                        || v.mention_of.get(a.b).copied().flatten().is_some_and(|m| {
                            v.mentions[m]
                                .entity
                                .as_deref()
                                .is_some_and(|id| person_entity(v, id))
                        })
                })))
            && !with_weapon(v, h, &targets)
            && !bodily(v, h)
        {
            // "Trump attacked Khan", "she was attacked by Rubio", "attacked his wife",
            // "the paper attacked Trump", "has been pounding Trump as a con artist", "her
            // attack on Sanders in the debate", "a super PAC hitting Rubio", "hitting
            // Clinton with ads": a named person, the press or a campaign attacking people
            // in the news does it with words (111, criticize); "attacked her with a
            // knife" is still an assault.
            "111"
        } else if e.kind == Kind::Verb
            && e.lemma == "protest"
            && v.parsed
            && (v.dep(h) == "parataxis" || v.children(h).any(|c| v.dep(c) == "ccomp"))
        {
            // "Croatian authorities are failing to uphold the rights of refugees, a human
            // rights group protested", "protested that the police had beaten them": a
            // protest that reports what is objected to is made in words (111), no march.
            "111"
        } else if e.kind == Kind::Verb
            && e.lemma == "protest"
            && ((v.children(h).any(|c| {
                matches!(v.dep(c), "obl" | "nmod") && v.has_dep_word(c, "case", &["to"])
            }) && sources.iter().any(|a| {
                a.actor
                    .as_deref()
                    .is_some_and(|c| state_of(c).is_some() && matches!(&c[3..], "" | "GOV"))
            }))
                // "Iraq's foreign ministry summoned the ambassador to protest the raids":
                // a government protests officially.
                || sources.iter().any(|a| {
                    a.actor
                        .as_deref()
                        .is_some_and(|c| state_of(c).is_some() && &c[3..] == "GOV")
                        && !is_person(v, a)
                })
                // "China protested against the decision": a state named as itself.
                || sources.iter().any(|a| {
                    is_place_arg(v, a)
                        && a.actor.as_deref().is_some_and(|c| state_of(c).is_some())
                }))
            || (e.kind == Kind::Noun
                && v.parsed
                && matches!(v.dep(h), "obl" | "nmod")
                && v.has_dep_word(h, "case", &["in", "as"])
                && !v.children(h).any(|c| v.dep(c) == "det")
                && v.is(h, &["protest", "protests"])
                // (not "led a group in peaceful protest": a march, not a note)
                && !v.children(h).any(|c| {
                    v.dep(c) == "amod"
                        && v.is(
                            c,
                            &[
                                "peaceful", "mass", "street", "silent", "nonviolent",
                                "non-violent",
                            ],
                        )
                })
                && sources.iter().any(|a| {
                    a.actor.as_deref().is_some_and(|c| {
                        state_of(c).is_some() && (c.len() == 3 || &c[3..] == "GOV")
                    }) && !is_person(v, a)
                }))
        {
            // "China protested to Japan over the visit": a state protesting to another
            // complains officially (114); it does not take to the streets.
            "114"
        } else if root == "14"
            && (ta..tb).any(|k| v.word(k).starts_with("rall"))
            && !sources.is_empty()
            && sources.iter().all(|a| {
                is_person(v, a)
                    && !a
                        .actor
                        .as_deref()
                        .is_some_and(|c| c.ends_with("OPP") || c.ends_with("REB"))
            })
            || (e.kind == Kind::Noun
                && v.word(h).starts_with("rall")
                && !sources.is_empty()
                && sources
                    .iter()
                    .all(|a| is_place_arg(v, a) || is_person(v, a))
                && (sources.iter().any(|a| is_person(v, a)) || campaign_sentence(v, h))
                && !protest_object(v, h)
                && !bodily(v, h))
        {
            // "Mrs. Clinton held rallies in Cleveland", "at the Maine rally", "tickets to
            // an Iowa rally": a candidate's rally is a campaign event, not a protest (an
            // opposition leader's may be one, and one against someone or something is).
            i = tb.max(i + 1);
            continue;
        } else if let Some(left) = (verbs.is_none()
            && v.parsed
            && e.kind == Kind::Verb
            && e.after.len() <= 1
            && matches!(e.lemma, "withdraw" | "pull"))
        .then(|| withdrawn_from(v, h))
        .flatten()
        {
            // "withdrew from the race" is no act toward anyone; "pulled out of the
            // bailout", "withdrew from the nuclear deal" reduce relations (160), no
            // retreat of forces; "withdrew from Lebanese territory" is a retreat (0874).
            match left {
                Left::Contest => {
                    i = tb.max(i + 1);
                    continue;
                }
                Left::Agreement => "160",
                Left::Ground => "0874",
            }
        } else if verbs.is_none()
            && e.after.is_empty()
            && ((e.kind == Kind::Verb && HALTING.contains(&e.lemma))
                || (e.kind == Kind::Noun && v.parsed && HALTING_NOUNS.contains(&e.lemma)))
        {
            // "suspended military aid to Egypt", "ended its mediation", "halted flights
            // to Serbia": stopping a cooperation is a reduction of relations (16), coded
            // by what is stopped; "halted the advance" or "ended the war" is none.
            // ("suspended Lomara's membership", "suspended Niger": a party or its place
            // in a body; not "suspended publication" or "operations".)
            let party_suspended = || {
                v.children(h).any(|c| {
                    matches!(v.dep(c), "obj" | "nsubj:pass")
                        && (v.is(
                            c,
                            &[
                                "membership",
                                "participation",
                                "accreditation",
                                "visas",
                                "licence",
                                "license",
                            ],
                        ) || crate::tree::actors_at(v, c)
                            .iter()
                            .any(|a| a.actor.as_deref().is_some_and(has_country)))
                })
            };
            match halted_object(v, h) {
                Some((c, o)) => {
                    // (the party the stopped aid or talks went to or were held with:
                    // "halt budget support to the country")
                    // ("cancelled a visit by a Ukrainian delegation": the visitors.)
                    // (its "by" phrase hung on the verb too)
                    let visit = v.is(o, &["visit", "visits", "trip", "trips"]);
                    if let Some(n) = v
                        .children(o)
                        .find(|&n| {
                            v.dep(n) == "nmod"
                                && (v.has_dep_word(n, "case", &["to", "with", "for"])
                                    || (visit && v.has_dep_word(n, "case", &["by"])))
                        })
                        .or_else(|| {
                            v.children(h).find(|&n| {
                                visit
                                    && n > o
                                    && v.dep(n) == "obl"
                                    && v.has_dep_word(n, "case", &["by"])
                            })
                        })
                    {
                        let t = crate::tree::actors_at(v, n);
                        if !t.is_empty() {
                            targets = t;
                        }
                    }
                    c
                }
                None if e.lemma == "suspend" && party_suspended() => e.code,
                None => {
                    i = tb.max(i + 1);
                    continue;
                }
            }
        } else if e.kind == Kind::Verb && e.lemma == "hand" && v.parsed {
            // "would hand over the three to the Red Crescent": people given up are
            // released (0841); "handed over 700 kg of medicine": aid; a letter, power or
            // a town handed over is neither.
            match handed_over(v, h) {
                Some((c, o)) => {
                    // (the people handed over are whom the release is of, not those
                    // they are handed to)
                    if c == "0841" {
                        targets = crate::tree::actors_at(v, o);
                        targets.retain(|a| a.actor.is_some());
                    }
                    c
                }
                None => {
                    i = tb.max(i + 1);
                    continue;
                }
            }
        } else if e.kind == Kind::Verb && e.lemma == "beat" && contest(v, h) {
            // "Clinton beats Trump by 46 percent to 42", "beat him in the primary": a
            // win, not a beating.
            i = tb.max(i + 1);
            continue;
        } else if e.kind == Kind::Verb && e.lemma == "seize" && v.is(tb, &["on", "upon"]) {
            // "seized on a report": made use of it.
            i = tb.max(i + 1);
            continue;
        } else if e.code == "0841" && e.kind == Kind::Verb && releases_document(v, h) {
            // "released a statement", "a report released on Tuesday": a document is
            // published, no one is set free.
            i = tb.max(i + 1);
            continue;
        } else if e.code == "042" && e.lemma == "arrive" && sources.iter().any(|a| armed(v, a, ta))
        {
            // Troops that arrive somewhere are deployed, not visiting: peacekeepers
            // provide peacekeeping (074); other forces are no visit at all.
            if sources.iter().any(|a| {
                a.actor.as_deref().is_some_and(|c| c.ends_with("PKO"))
                    || (a.a..a.b.max(ta))
                        .any(|k| v.is(k, &["peacekeeping", "peacekeepers", "peace-keeping"]))
            }) {
                "074"
            } else {
                i = tb.max(i + 1);
                continue;
            }
        } else {
            e.code
        };
        // Intents are CAMEO's coding; a suite's own verb dictionary codes its own way.
        let intent = if v.parsed
            && verbs.is_none()
            && matches!(st, Status::Hypothetical | Status::Negated)
        {
            crate::tree::intent_cue(v, h)
                .filter(|&(_, neg)| neg == (st == Status::Negated))
                // "would" states an intent only when someone says so ("said it would
                // help"); on its own it is the writer's conjecture ("allies would help
                // Mexico", "it would also capture …").
                .filter(|&(c, _)| !v.is(c, &["would"]) || quote_holding(quotes, ta, tb).is_some())
                // ("perhaps someday Kerry will release more of his records": the writer's
                // guess at what may come is no one's stated intent.)
                .filter(|&(c, _)| {
                    let g = if v.dep(c) == "aux" {
                        v.toks[c].head.unwrap_or(c)
                    } else {
                        c
                    };
                    !v.children(g).any(|k| {
                        v.dep(k) == "advmod"
                            && v.is(
                                k,
                                &["perhaps", "maybe", "possibly", "conceivably", "someday"],
                            )
                    })
                })
        } else {
            None
        };
        let (s, en) = v.span(ta, tb);
        // Conjoined sources with actors ("Obama and Putin will meet"): one event each.
        if !v.parsed {
            if let Some(first) = sources.first().cloned() {
                if first.actor.is_some() {
                    let sa = v.sents[v.sentence_of(first.a)].0;
                    let mut a = first.a;
                    while a > sa + 1 && v.is(a - 1, &["and", ","]) && sources.len() < 6 {
                        let mut k = a - 1;
                        if v.is(k, &["and"]) && k > sa + 1 && v.is(k - 1, &[","]) {
                            k -= 1;
                        }
                        match np_ending_at(v, k) {
                            Some(p) if p.actor.is_some() && p.a < k => {
                                a = p.a;
                                sources.push(p);
                            }
                            _ => break,
                        }
                    }
                }
            }
        }
        // "A roadside bombing killed one soldier": violence whose subject is an attack
        // named before it is that attack; the attack takes the people hit.
        if v.parsed && e.kind == Kind::Verb && violent {
            let attack = v.children(h).find(|&c| v.dep(c) == "nsubj").and_then(|c| {
                let ks: Vec<usize> = (0..out.len())
                    .filter(|&k| {
                        spans[k].2 == c
                            && out[k].intent_of.is_none()
                            && matches!(crate::cameo::root(&out[k].code), "18" | "19" | "20")
                    })
                    .collect();
                (!ks.is_empty()).then_some(ks)
            });
            if let Some(ks) = attack {
                if let Some(t) = targets.iter().find(|t| t.actor.is_some()) {
                    for &k in &ks {
                        out[k].target = Some(actor_ref(v, t));
                    }
                }
                i = tb.max(i + 1);
                continue;
            }
        }
        // "signed an agreement (with X)": the object of a verb of the same code is the
        // verb's own event, not a second one; the verb takes its target if it has none.
        // (So is violence of the same root: "detonated a car bomb".)
        if v.parsed && e.kind == Kind::Noun && v.dep(h) == "obj" {
            if let Some(g) = v.toks[h].head {
                let same: Vec<usize> = (0..out.len())
                    .filter(|&k| {
                        spans[k].2 == g
                            && out[k].intent_of.is_none()
                            && (out[k].code == e.code
                                || (violent && crate::cameo::root(&out[k].code) == root))
                    })
                    .collect();
                if !same.is_empty() {
                    if let Some(t) = targets.iter().find(|t| t.actor.is_some()) {
                        // The verb's events and the intentions stated beside them.
                        let tags: Vec<String> = same.iter().map(|k| format!("#{k}")).collect();
                        for p in out.iter_mut().enumerate().filter_map(|(k, p)| {
                            (same.contains(&k)
                                || p.intent_of.as_ref().is_some_and(|x| tags.contains(x)))
                            .then_some(p)
                        }) {
                            if p.target.as_ref().is_none_or(|x| x.actor.is_none()) {
                                p.target = Some(actor_ref(v, t));
                            }
                        }
                    }
                    i = tb.max(i + 1);
                    continue;
                }
            }
        }
        // "Armenia and Azerbaijan agreed on a ceasefire after two days of talks": talks
        // that frame what their parties did are held by those parties (each with the
        // others). So are talks with someone named: "Lavrov, speaking after talks with
        // his Iranian counterpart, urged …" (the subject's, or the participle's on it).
        let partner = v.parsed
            && v.children(h)
                .any(|c| v.dep(c) == "nmod" && v.has_dep_word(c, "case", &["with"]));
        if v.parsed
            && e.kind == Kind::Noun
            && root == "04"
            && sources.is_empty()
            && (targets.is_empty() || place_target || partner)
        {
            // Up through "after two days of talks" or "a ceasefire after talks" to the
            // verb, past a framing preposition.
            let (mut k, mut framed) = (h, false);
            for _ in 0..3 {
                if !matches!(v.dep(k), "obl" | "nmod") {
                    break;
                }
                framed |= v.has_dep_word(k, "case", &["after", "during", "following", "at"]);
                match v.toks[k].head {
                    Some(p) => k = p,
                    None => break,
                }
                if v.pos(k) == Some("VERB") {
                    break;
                }
            }
            if framed && v.pos(k) == Some("VERB") {
                if let Some(s) = v.children(k).find(|&c| v.dep(c) == "nsubj") {
                    // ("Lebed said he and Maskhadov agreed after overnight talks")
                    sources = crate::tree::actors_at(v, s)
                        .into_iter()
                        .map(|a| resolve_pronoun(v, a, ta, quotes))
                        .collect();
                } else if partner && v.doc.tokens[k].xpos.as_deref() == Some("VBG") {
                    sources = match v.toks[k].head.filter(|&g| {
                        matches!(v.dep(k), "acl" | "advcl")
                            && matches!(v.dep(g), "nsubj" | "nsubj:pass")
                            && g < k
                    }) {
                        Some(g) => crate::tree::actors_at(v, g),
                        None => crate::tree::inherited_subject(v, k, &mut Vec::new()),
                    };
                }
            }
        }
        // "arrived in Moscow for talks with his Russian counterpart", "two soldiers were
        // wounded in a clash with PKK militants": the clause's subject is a side of the
        // talks or the clash its verb went to or was hurt in (not of an attack, whose
        // victims they would be).
        // (Also "hosted the Malaysian prime minister at the palace for talks", with the
        // talks hung on the place: the host and the guest are its sides.)
        let for_phrase = v.parsed
            && v.dep(h) == "nmod"
            && v.has_dep_word(h, "case", &["for"])
            && v.toks[h].head.is_some_and(|p| v.dep(p) == "obl");
        if v.parsed
            && e.kind == Kind::Noun
            && (v.dep(h) == "obl" || for_phrase)
            && !sources
                .iter()
                .any(|a| a.actor.as_deref().is_some_and(has_country) && !is_place_arg(v, a))
        {
            let g = if for_phrase {
                v.toks[h].head.and_then(|p| v.toks[p].head)
            } else {
                v.toks[h].head
            };
            if let Some(g) = g.filter(|&g| v.pos(g) == Some("VERB")) {
                let hosting = matches!(
                    v.lemma(g),
                    "host" | "receive" | "invite" | "welcome" | "meet"
                ) && v.has_dep_word(h, "case", &["for"]);
                if hosting && !targets.iter().any(|a| a.actor.is_some()) {
                    if let Some(o) = v.children(g).find(|&c| v.dep(c) == "obj") {
                        targets = crate::tree::actors_at(v, o);
                    }
                }
                let motion = hosting
                    || matches!(
                        v.lemma(g),
                        "arrive"
                            | "travel"
                            | "fly"
                            | "go"
                            | "come"
                            | "head"
                            | "leave"
                            | "return"
                            | "land"
                    );
                // "said in a meeting with X", "advanced in cooperation with X": an
                // act done in a meeting or in cooperation with a named partner.
                let partnered = matches!(root, "04" | "06")
                    && v.has_dep_word(h, "case", &["in"])
                    && party_hanging_from(v, h, &["with"], |_| true).is_some();
                let side = partnered
                    || (root == "04"
                        && (v.has_dep_word(h, "case", &["during", "at"])
                            || (motion && v.has_dep_word(h, "case", &["for"]))))
                    || (root == "19"
                        && v.is(
                            h,
                            &[
                                "clash",
                                "clashes",
                                "fighting",
                                "battle",
                                "gunbattle",
                                "firefight",
                                "skirmish",
                                "skirmishes",
                            ],
                        )
                        && v.has_dep_word(h, "case", &["in", "during"]));
                if side {
                    // (the governing verb's own subject, or the one it inherits: "said the
                    // army expanded its advance in cooperation with …")
                    let own = v
                        .children(g)
                        .find(|&c| matches!(v.dep(c), "nsubj" | "nsubj:pass"))
                        .map(|s| crate::tree::actors_at(v, s))
                        .or_else(|| Some(crate::tree::verb_args(v, g).0).filter(|s| !s.is_empty()));
                    // ("Tessema, who arrived in Nairobi for a two-day visit": the
                    // relative pronoun's noun.)
                    let own = own.map(|s| crate::tree::relative_antecedent(v, g, &s).unwrap_or(s));
                    if let Some(subject) = own {
                        if subject.iter().any(|a| a.actor.is_some() || is_person(v, a)) {
                            sources = subject;
                            // (The place gone to for a visit is the host: "arrived in
                            // Nairobi for a two-day visit".)
                            if place_target && !(motion && e.lemma.starts_with("visit")) {
                                targets.clear();
                                place_target = false;
                            }
                        }
                    }
                }
            }
        }
        // "Weizman and Netanyahu met at the president's official Jerusalem residence": a
        // building met in is where, not whom.
        // (Parties that meet there meet each other, below.)
        let building = |t: &Arg| {
            t.b > t.a
                && v.is(t.b - 1, BUILDINGS)
                && matches!(v.dep(t.b - 1), "obl" | "nmod")
                && v.has_dep_word(t.b - 1, "case", &["at", "in", "inside"])
        };
        let met_inside = root == "04" && v.parsed && targets.iter().any(building);
        if met_inside {
            targets.retain(|t| !building(t));
        }
        // "During a meeting in Cedar Rapids, Rubio told reporters": for a meeting, a place
        // of the party's own country is where, not whom (as for a place taken as target
        // above).
        if e.kind == Kind::Noun && root == "04" {
            targets.retain(|t| {
                !(is_place_arg(v, t)
                    && code_prefix(t).is_some_and(|c| {
                        c != "---" && sources.iter().any(|s| code_prefix(s) == Some(c))
                    }))
            });
        }
        // "talks on various Security Council issues with Chilean officials": the topic
        // of talks is no party; whom they are with may hang from it.
        if v.parsed && e.kind == Kind::Noun && root == "04" {
            let topic = |t: &Arg| t.a > 0 && v.is(t.a - 1, &["on", "about", "over", "regarding"]);
            if let Some(t) = targets.iter().find(|t| topic(t)).cloned() {
                let with = (t.a..t.b).find_map(|k| party_hanging_from(v, k, &["with"], |_| true));
                targets.retain(|x| !topic(x));
                targets.extend(with.unwrap_or_default());
            }
            // ("arrived for talks with his counterpart" may hang the partner on the verb.)
            if !targets.iter().any(|t| t.actor.is_some()) && v.dep(h) == "obl" {
                if let Some(partner) = v.toks[h]
                    .head
                    .and_then(|g| party_hanging_from(v, g, &["with"], |c| c > h))
                {
                    targets = partner;
                }
            }
        }
        // "The two sides also agreed to reopen oil pipelines", "both governments deny
        // …": the pair of parties the story has just told acting on each other.
        if sources.len() == 1 && !sources[0].actor.as_deref().is_some_and(has_country) {
            if let Some(pair) = the_two_sides(v, &sources[0], &out) {
                sources = pair;
            }
        }
        // "America's long march toward equal rights": the phrase the act's own word heads
        // is not whom it is done to; nor is someone's own thing inside the act's own words
        // ("expressed his general support for his boss"; "staged a dramatic protest in
        // Beijing" still has the place the protest is in).
        // "A 500-page report released Tuesday in the Rwandan capital alleged that
        // France …": a document of no named author speaks for the country it was
        // released in (not where international bodies sit: "a report released in
        // Geneva").
        if v.parsed {
            for s in sources
                .iter_mut()
                .filter(|s| s.actor.is_none() && s.b > s.a)
            {
                let d = s.b - 1;
                if !published(v, d) {
                    continue;
                }
                const ISSUE: &[&str] = &["release", "publish", "issue", "present", "unveil"];
                let verb = v
                    .children(d)
                    .find(|&c| v.dep(c) == "acl" && ISSUE.contains(&v.lemma(c)))
                    .or_else(|| {
                        v.toks[d]
                            .head
                            .filter(|&p| v.dep(d) == "nsubj" && ISSUE.contains(&v.lemma(p)))
                    });
                let place = verb.and_then(|p| {
                    v.children(p)
                        .filter(|&c| v.dep(c) == "obl" && v.has_dep_word(c, "case", &["in"]))
                        .flat_map(|c| crate::tree::actors_at(v, c))
                        .find(|a| {
                            a.actor.as_deref().is_some_and(has_country)
                                && !(a.a..a.b).any(|k| {
                                    v.is(
                                        k,
                                        &[
                                            "geneva",
                                            "york",
                                            "brussels",
                                            "vienna",
                                            "hague",
                                            "strasbourg",
                                            "nairobi",
                                            "luxembourg",
                                        ],
                                    )
                                })
                        })
                });
                if let Some(c) = place
                    .and_then(|p| p.actor)
                    .and_then(|c| c.get(..3).map(str::to_string))
                {
                    s.actor = Some(c);
                }
            }
        }
        let own_inside = |a: &Arg| {
            ta <= a.a
                && a.b <= tb
                && v.is(a.a, crate::np::POSSESSIVES)
                // (the doers' own: "Chile and Peru suspended their cooperation" is
                // between the two)
                && match code_prefix(a) {
                    None => sources.len() < 2,
                    Some(c) => {
                        !sources.is_empty() && sources.iter().all(|s| code_prefix(s) == Some(c))
                    }
                }
        };
        targets.retain(|a| !((a.a <= ta && tb <= a.b) || own_inside(a)));
        // "In the first eight days of January, eighteen US troops have been killed",
        // with "eighteen" read apart from its troops: a doer of a passive verb with the
        // target's own head word, in a longer or shorter phrase, is no doer (the very
        // same phrase later steps weigh).
        // (With an active verb it is the target that is the copy: "Seven opposition
        // parties in Nepal have organized a general strike".)
        let same_head = |x: &Arg, y: &Arg| x.b == y.b && x.a != y.a;
        if v.parsed && v.children(h).any(|c| v.dep(c) == "aux:pass") {
            sources.retain(|s| !targets.iter().any(|t| same_head(s, t)));
        } else if v.parsed && e.kind == Kind::Verb {
            targets.retain(|t| !sources.iter().any(|s| same_head(s, t)));
        }
        // (The same phrase with the same code twice, as a conjunct and as its own head,
        // is one party; "US and British troops" are two, one phrase with two codes.)
        let mut seen_args: Vec<(usize, usize, Option<String>)> = Vec::new();
        sources.retain(|a| {
            let key = (a.a, a.b, a.actor.clone());
            let new = !seen_args.contains(&key);
            seen_args.push(key);
            new
        });
        seen_args.clear();
        targets.retain(|a| {
            let key = (a.a, a.b, a.actor.clone());
            let new = !seen_args.contains(&key);
            seen_args.push(key);
            new
        });
        sources.truncate(6);
        targets.truncate(6);
        // "The US, Russia and Switzerland met": each meets the others (not the place:
        // "Armenia and Azerbaijan held talks in Germany").
        // "Gondor and Rohan postponed their meeting", "… fought each other": so does
        // any event whose target is the actors' own affair.
        let reciprocal = !targets.is_empty()
            && targets.iter().all(|t| t.actor.is_none())
            && targets
                .first()
                .is_some_and(|t| v.is(t.a, &["their", "each", "one"]));
        // "Syrian rebels and government forces clashed near Aleppo": sides that clash
        // fight each other (the place is where, not whom).
        // "talks between Israel and Syria", "gunbattles between students and police": the
        // sides of an event noun's "between" act on each other. (Not "agreements
        // between Israel and the PLO", "a ceasefire between Ethiopia and Eritrea": a
        // standing accord or truce is named, not made.)
        // (Nor a mediation: "a mediation mission between Syria and Arafat" is the
        // mediator's, between them.)
        let between = e.kind == Kind::Noun
            && !matches!(root, "05" | "08")
            && !e.code.starts_with("045")
            && sources.is_empty()
            && targets.iter().filter(|t| t.actor.is_some()).count() > 1
            && targets.first().is_some_and(|t| {
                t.a > 0 && v.is(t.a - 1, &["between"])
                    || v.children(t.b.saturating_sub(1))
                        .any(|c| v.dep(c) == "case" && v.is(c, &["between"]))
            });
        if between {
            sources = std::mem::take(&mut targets);
        }
        // "clashes between the two parties", "fighting between rival Kurdish factions":
        // one plural party's "between" is its sides, fighting or talking among
        // themselves.
        let among = e.kind == Kind::Noun
            && matches!(root, "04" | "19")
            && !e.code.starts_with("045")
            && sources.is_empty()
            && targets.len() == 1
            && targets[0].actor.is_some()
            && {
                let t = &targets[0];
                let last = t.b.saturating_sub(1);
                t.a > 0
                    && v.is(t.a - 1, &["between", "among", "amongst"])
                    && v.pos(last) == Some("NOUN")
                    && v.word(last).ends_with('s')
                    && !v.word(last).ends_with("ss")
            };
        if among {
            sources = targets.clone();
        }
        // "Lebed and Maskhadov signed a deal", "… met for talks at the start of a visit",
        // "India and Pakistan have fought two wars": an object that is a thing, not a
        // party (no actor, no entity, no name), leaves the parties acting on each other.
        // (Not "the letter was signed by residents and leaders": signing a letter or a
        // petition makes no accord between its signers. Nor praise: "endorsements from
        // Obama, Clinton and Biden" are theirs, not of each other.)
        // (A thing with its place is still a thing: "signed a peace deal in Addis
        // Ababa".)
        let placed_thing = |t: &Arg| {
            v.parsed
                && v.children(h).any(|o| {
                    v.dep(o) == "obj"
                        && t.a <= o
                        && o < t.b
                        && v.pos(o) == Some("NOUN")
                        && v.mention_of[o].is_none()
                        && (t.a..t.b).all(|k| {
                            v.mention_of[k].is_none_or(|m| {
                                k > o
                                    && v.mentions[m]
                                        .entity
                                        .as_deref()
                                        .is_some_and(|id| v.is_place_entity(id))
                            })
                        })
                })
        };
        let things = targets.iter().all(|t| {
            ((t.actor.is_none()
                && t.entity.is_none()
                && !(t.a..t.b).any(|k| v.pos(k) == Some("PROPN")))
                || placed_thing(t))
                && !(e.lemma == "sign"
                    && t.b > t.a
                    && v.is(
                        t.b - 1,
                        &["letter", "letters", "petition", "petitions", "appeal"],
                    ))
        });
        // (For an accord or a meeting, a party word of no country is the sides' own:
        // "Cambodia and Thailand agreed to withdraw soldiers".)
        let own_parties = targets.iter().all(|t| {
            t.actor.as_deref().is_some_and(|a| a.starts_with("---"))
                && !(t.a..t.b).any(|k| v.pos(k) == Some("PROPN"))
        });
        let clash = e.kind == Kind::Verb
            && (matches!(e.lemma, "clash" | "fight" | "skirmish" | "battle")
                // ("traded accusations": each accuses the other)
                || (matches!(e.lemma, "exchange" | "trade") && matches!(root, "11" | "19")))
            && (things || place_target);
        // (Not what comes from several: "the benefit of cooperation from both the US and
        // Iran" is theirs toward someone else.)
        let from_several = e.kind == Kind::Noun
            && sources
                .first()
                .is_some_and(|s| (s.a.saturating_sub(2)..s.a).any(|k| v.is(k, &["from"])));
        let pairwise = !from_several
            && (reciprocal
            || between
            || clash
            || (met_inside && targets.is_empty())
            // (Not a visit: two who visit a place do not visit each other.)
            || ((matches!(root, "03" | "04" | "06") || matches!(e.code, "050" | "057"))
                && !e.code.starts_with("042")
                && (things || place_target || own_parties)))
            && sources
                .iter()
                .filter(|s| s.actor.is_some() || is_person(v, s))
                .count()
                > 1;
        // "43% of Ohio voters support Ted Strickland": a poll's share of opinion is no
        // party's act.
        let share = |a: &Arg| {
            a.b > a.a
                && v.is(a.b - 1, &["%", "percent", "cent"])
                && (a.a..a.b).any(|k| v.pos(k) == Some("NUM"))
        };
        if !sources.is_empty() && sources.iter().all(share) {
            i = tb.max(i + 1);
            continue;
        }
        // What is confiscated or stolen is a thing; of the doer's own country it is no
        // act on anyone ("officers seized HK$100,000", "soldiers stole a gold
        // necklace" in their own land); an owner named elsewhere still gives it hers
        // ("stole 2,000 dollars from a Palestinian woman").
        if code.starts_with("1711") {
            let own = code_prefix_of(&sources);
            for t in targets.iter_mut() {
                if named_thing(v, t)
                    && own.is_some()
                    && code_prefix_of(std::slice::from_ref(t)) == own
                {
                    t.actor = None;
                }
            }
        }
        // (A trip at home that did not happen stays, as what did not happen: "decided
        // against flying to the West Bank".)
        if at_home && st != Status::Negated {
            i = tb.max(i + 1);
            continue;
        }
        let time = time(v, h);
        let sources: Vec<Option<Arg>> = if sources.is_empty() {
            vec![None]
        } else {
            sources.into_iter().map(Some).collect()
        };
        let targets: Vec<Option<Arg>> = if targets.is_empty() {
            vec![None]
        } else {
            targets.into_iter().map(Some).collect()
        };
        for source in &sources {
            let others: Vec<Option<Arg>>;
            let targets = if pairwise {
                others = sources.iter().filter(|o| *o != source).cloned().collect();
                &others
            } else {
                &targets
            };
            for target in targets {
                // Source and target that are the same words are not a dyad (unless
                // they name two parties: "Representatives from Armenia and Azerbaijan").
                // Nor is one entity acting on itself ("we plead … to help us").
                // (A plural party's sides do act on each other: `among`.)
                let target = match (source, target) {
                    _ if among => target,
                    (Some(s), Some(t)) if s.a == t.a && s.b == t.b && s.actor == t.actor => &None,
                    (Some(s), Some(t)) if same_referent(v, s, t) => &None,
                    (_, t) => t,
                };
                let mut ev = Event {
                    trigger: TextSpan {
                        start: s,
                        end: en,
                        text: v.doc.slice(s, en).to_string(),
                    },
                    source: source.as_ref().map(|a| actor_ref(v, a)),
                    target: target.as_ref().map(|a| actor_ref(v, a)),
                    location: loc.clone(),
                    time: time.clone(),
                    status: st,
                    attributed_to: by.clone(),
                    sentence: v.sentence_of(h),
                    ..Event::default()
                };
                set_code(&mut ev, code);
                out.push(ev);
                spans.push((ta, tb, h));
                // The intent (or refusal) the sentence states, coded as CAMEO does,
                // beside the event that has not happened.
                if let Some((cue, neg)) = intent {
                    let base = out.len() - 1;
                    let (cs, ce) = v.span(cue, cue + 1);
                    let covering = out.iter().position(|p: &Event| {
                        p.intent_of.is_none()
                            && p.trigger.start <= cs
                            && ce <= p.trigger.end
                            && matches!(
                                crate::cameo::root(&p.code),
                                "02" | "03" | "10" | "12" | "13"
                            )
                    });
                    let covered = covering.is_some();
                    // "Obama agreed to lift the sanctions": the word of intent is an event
                    // of its own already ("agreed", 03); it states the intent of this one.
                    if let Some(p) = covering {
                        out[p].intent_of = Some(format!("#{base}"));
                        // ("vowed to lift sanctions": a vow is a threat only of harm; it
                        // is coded as the intent of what is vowed.)
                        let vow = matches!(
                            out[p].trigger.text.to_lowercase().as_str(),
                            "vow"
                                | "vows"
                                | "vowed"
                                | "vowing"
                                | "swear"
                                | "swears"
                                | "swore"
                                | "sworn"
                        );
                        if let Some(icode) =
                            crate::tree::intent_code(code, neg).filter(|_| vow && !neg)
                        {
                            set_code(&mut out[p], icode);
                        }
                        // (what is agreed or refused is toward whom the event is:
                        // "agreed to provide aid for Romania")
                        let named = |a: &Option<ActorRef>| {
                            a.as_ref()
                                .is_some_and(|a| a.actor.as_deref().is_some_and(has_country))
                        };
                        // (Not for an appeal or a demand, made to someone else than the
                        // one the act is on: "requested Banisadr's extradition".)
                        if !named(&out[p].target)
                            && named(&out[base].target)
                            && !matches!(crate::cameo::root(&out[p].code), "02" | "10")
                        {
                            out[p].target = out[base].target.clone();
                        }
                    }
                    // (A plan to mobilize threatens only someone it is aimed at: "would
                    // send more troops" is no threat.)
                    let aimless = crate::cameo::root(code) == "15"
                        && out[base].target.as_ref().is_none_or(|t| t.actor.is_none());
                    // ("will withdraw its force from Chad unless Goukouni arranges a
                    // ceasefire": an intent on a condition the other must meet is a
                    // threat.)
                    let ultimatum = v.parsed
                        && !neg
                        && v.children(h)
                            .any(|c| v.dep(c) == "advcl" && v.has_dep_word(c, "mark", &["unless"]));
                    if let Some(icode) = crate::tree::intent_code(code, neg)
                        .filter(|_| !covered && !aimless)
                        .map(|c| {
                            if ultimatum && !c.starts_with("13") {
                                "130"
                            } else {
                                c
                            }
                        })
                    {
                        let mut ev = out[base].clone();
                        ev.trigger = TextSpan {
                            start: cs,
                            end: ce,
                            text: v.doc.slice(cs, ce).to_string(),
                        };
                        set_code(&mut ev, icode);
                        ev.status = if by.is_some() {
                            Status::Attributed
                        } else {
                            Status::Asserted
                        };
                        ev.intent_of = Some(format!("#{base}"));
                        out.push(ev);
                        spans.push((cue, cue + 1, cue));
                    }
                }
            }
        }
        i = tb.max(i + 1);
    }
    purpose_mood(v, &mut out, &spans);
    drop_repeated_mentions(v, &mut out, &mut spans);
    named_again_doers(v, &mut out, &spans);
    others_like_before(v, &mut out);
    if verbs.is_none() {
        link_content(v, quotes, &mut out, &mut spans);
    }
    let id_of = |x: &Option<String>| draft_index(x.as_deref()).map(|b| format!("V{}", b + 1));
    for (k, ev) in out.iter_mut().enumerate() {
        ev.id = format!("V{}", k + 1);
        if ev.intent_of.is_some() {
            ev.intent_of = id_of(&ev.intent_of);
        }
        if ev.content_of.is_some() {
            ev.content_of = id_of(&ev.content_of);
        }
    }
    out
}

/// Gives the event a CAMEO code, with the code's name, PLOVER category and Goldstein
/// weight.
fn set_code(ev: &mut Event, code: &str) {
    let info = crate::cameo::lookup(code);
    ev.code = code.to_string();
    ev.label = info.map(|c| c.name.to_string()).unwrap_or_default();
    ev.plover = info.and_then(|c| c.plover.map(str::to_string));
    ev.goldstein = crate::cameo::goldstein(code);
}

/// Whether the argument names a thing, not a party: no person, group, entity or place,
/// and no word for people ("a gold necklace", "HK$100,000", "revolvers").
fn named_thing(v: &View, t: &Arg) -> bool {
    use sitrep_doc::EntityType as T;
    !(is_person(v, t)
        || is_group(v, t)
        || t.entity.as_deref().is_some_and(|id| {
            matches!(
                v.entity_kind(id),
                Some(T::Person | T::Org | T::Gpe | T::Loc | T::Norp)
            )
        })
        || is_place_arg(v, t)
        || (t.b > t.a
            && (people_noun(v.word(t.b - 1)) || crate::view::is_person_role(v.word(t.b - 1)))))
}

/// Whether the noun at `n` is an agreement, deal or partnership of business: a modifier
/// of licensing, sponsorship, marketing and the like ("a licensing agreement with
/// G-III", "a book deal").
fn commercial(v: &View, n: usize) -> bool {
    v.is(
        n,
        &[
            "agreement",
            "agreements",
            "deal",
            "deals",
            "contract",
            "contracts",
            "partnership",
            "partnerships",
        ],
    ) && v.children(n).any(|c| {
        matches!(v.dep(c), "compound" | "amod")
            && v.is(
                c,
                &[
                    "licensing",
                    "license",
                    "sponsorship",
                    "marketing",
                    "distribution",
                    "franchise",
                    "advertising",
                    "publishing",
                    "book",
                    "record",
                    "recording",
                    "endorsement",
                    "business",
                    "commercial",
                    "lease",
                    "leasing",
                    "merger",
                    "shoe",
                    "clothing",
                    "fashion",
                    "television",
                    "tv",
                    "broadcast",
                    "broadcasting",
                    "film",
                    "movie",
                ],
            )
    })
}

/// "killed one U.S. soldier and wounded two others": the others are of the kind named
/// just before, so a target "others" (or "another") takes the actor of the previous
/// event's target in its sentence when that one has a country.
fn others_like_before(v: &View, out: &mut [Event]) {
    for k in 1..out.len() {
        let Some(t) = out[k].target.as_ref() else {
            continue;
        };
        let last = t.text.rsplit(' ').next().unwrap_or("");
        let first = t.text.split(' ').next().unwrap_or("");
        // (It outweighs a country the place of the event gave them.)
        // (Not a bare "others": "beheaded Americans and others" are others than
        // Americans.)
        let bare = t.text.eq_ignore_ascii_case("others");
        if !(last.eq_ignore_ascii_case("others") || first.eq_ignore_ascii_case("another"))
            || t.entity.is_some()
            || bare
        {
            continue;
        }
        let s = v
            .doc
            .sentences
            .iter()
            .position(|s| s.start <= t.start && t.start < s.end);
        // (the target just before it: "invaded a slumber party, killing one girl and
        // wounding three others" gives the others nothing of the party)
        let before = out[..k]
            .iter()
            .rev()
            .filter_map(|e| e.target.as_ref())
            .find(|p| {
                p.start < t.start
                    && v.doc
                        .sentences
                        .iter()
                        .position(|s| s.start <= p.start && p.start < s.end)
                        == s
            })
            .and_then(|p| p.actor.clone())
            .filter(|a| has_country(a));
        if let Some(a) = before {
            if let Some(t) = out[k].target.as_mut() {
                t.actor = Some(a);
            }
        }
    }
}

/// What one withdraws from (see [`withdrawn_from`]).
enum Left {
    Agreement,
    Contest,
    Ground,
}

/// What the verb at `p` ("withdraw", "pull out") leaves: an agreement or a common
/// undertaking ("the deal", "the bailout", "the coalition"), a contest ("the race"), or
/// ground (a place by name or a word for land or positions), if any of them.
fn withdrawn_from(v: &View, p: usize) -> Option<Left> {
    // (or the object the particle repair made of it: "pull out of the bailout")
    let x = v.children(p).find(|&c| {
        (v.dep(c) == "obl" && v.has_dep_word(c, "case", &["from", "of"]))
            || (v.dep(c) == "obj" && (c.saturating_sub(3)..c).any(|k| v.is(k, &["of", "from"])))
    })?;
    if v.is(
        x,
        &[
            "deal",
            "agreement",
            "accord",
            "treaty",
            "pact",
            "bailout",
            "programme",
            "program",
            "coalition",
            "alliance",
            "convention",
            "protocol",
            "agreements",
            "treaties",
        ],
    ) {
        Some(Left::Agreement)
    } else if v.is(
        x,
        &[
            "race",
            "election",
            "elections",
            "contest",
            "primary",
            "tournament",
            "competition",
            "campaign",
            "running",
            "game",
            "games",
            "match",
        ],
    ) {
        Some(Left::Contest)
    } else if v.is(
        x,
        &[
            "territory",
            "territories",
            "land",
            "lands",
            "area",
            "areas",
            "region",
            "zone",
            "positions",
            "border",
            "city",
            "town",
            "village",
            "strip",
            "base",
            "bases",
        ],
    ) || v.mention_of[x].is_some_and(|m| {
        v.mentions[m]
            .entity
            .as_deref()
            .is_some_and(|id| v.is_place_entity(id))
    }) {
        Some(Left::Ground)
    } else {
        None
    }
}

/// The CAMEO code for handing over what the verb at `p` takes as its object: people
/// (by name, by party, by a word for people or captives, or a number or pronoun
/// standing for them) are released to someone (0841); relief goods are humanitarian aid
/// (073), money and equipment aid (070); anything else is no event.
fn handed_over(v: &View, p: usize) -> Option<(&'static str, usize)> {
    // (The parser may read "over" as the preposition of what is handed: "hand over
    // the three Afghans".)
    let o = v
        .children(p)
        .find(|&c| matches!(v.dep(c), "obj" | "nsubj:pass"))
        .or_else(|| {
            v.children(p)
                .find(|&c| v.dep(c) == "obl" && v.has_dep_word(c, "case", &["over"]))
        })?;
    // ("700 kg of medicine", "a shipment of food": what is measured.)
    let of = v
        .children(o)
        .find(|&c| v.dep(c) == "nmod" && c > o && v.has_dep_word(c, "case", &["of"]));
    const CAPTIVES: &[&str] = &[
        "suspect",
        "suspects",
        "prisoner",
        "prisoners",
        "hostage",
        "hostages",
        "detainee",
        "detainees",
        "captive",
        "captives",
        "fugitive",
        "fugitives",
        "soldier",
        "soldiers",
        "them",
        "him",
        "her",
        "three",
        "two",
        "four",
        "five",
        "six",
    ];
    const RELIEF: &[&str] = &[
        "medicine",
        "medicines",
        "medical",
        "food",
        "relief",
        "supplies",
        "tents",
        "blankets",
        "water",
        "vaccines",
        "drugs",
        "grain",
        "flour",
        "rice",
        "aid",
    ];
    const MATERIAL: &[&str] = &[
        "money",
        "funds",
        "cash",
        "equipment",
        "assistance",
        "donations",
    ];
    for x in std::iter::once(o).chain(of) {
        if v.is(x, RELIEF) {
            return Some(("073", o));
        }
        if v.is(x, MATERIAL) {
            return Some(("070", o));
        }
    }
    // (A place handed over is yielded, not released: "hand over Hong Kong".)
    let person = v.is(o, CAPTIVES)
        || people_noun(v.word(o))
        || crate::tree::actors_at(v, o).iter().any(|a| {
            a.actor.is_some() && !a.entity.as_deref().is_some_and(|id| v.is_place_entity(id))
        });
    person.then_some(("0841", o))
}

/// "was expected to meet Netanyahu for talks", "did not come for talks": an event noun
/// that is the purpose of an event verb ("for talks") takes that verb's mood when it has
/// not happened.
fn purpose_mood(v: &View, out: &mut [Event], spans: &[(usize, usize, usize)]) {
    if !v.parsed {
        return;
    }
    for k in 0..out.len() {
        let h = spans[k].2;
        if v.pos(h) != Some("NOUN")
            || !matches!(v.dep(h), "obl" | "nmod")
            || !v.has_dep_word(h, "case", &["for"])
            || !matches!(out[k].status, Status::Asserted | Status::Attributed)
        {
            continue;
        }
        let Some(mut g) = v.toks[h].head else {
            continue;
        };
        // (through the place it hangs on: "met at the palace for talks")
        if v.pos(g) != Some("VERB") && v.dep(g) == "obl" {
            match v.toks[g].head {
                Some(x) => g = x,
                None => continue,
            }
        }
        let Some(j) = (0..out.len()).find(|&j| j != k && spans[j].2 == g) else {
            continue;
        };
        if matches!(out[j].status, Status::Hypothetical | Status::Negated) {
            out[k].status = out[j].status;
        }
    }
}

/// The doer of the earlier event that the definite event noun object of the verb at `h`
/// names again ("dismissed the warning" after "the EU warned Russia"): the latest event
/// of the noun's root in an earlier sentence whose source has a country.
fn answered_event(v: &View, h: usize, out: &[Event]) -> Option<Arg> {
    let o = v
        .children(h)
        .find(|&c| v.dep(c) == "obj" && names_again(v, c))?;
    earlier_doer(v, o, out, false).or_else(|| earlier_author(v, o))
}

/// "The European Parliament passed a resolution … Egypt rejected the resolution": the
/// subject of the verb whose object the same noun was, in the latest earlier sentence
/// that has it, when that subject has a country.
fn earlier_author(v: &View, o: usize) -> Option<Arg> {
    let (sa, _) = v.sents[v.sentence_of(o)];
    let lemma = v.lemma(o);
    let k = (0..sa)
        .rev()
        .find(|&k| v.lemma(k) == lemma && v.dep(k) == "obj" && v.pos(k) == Some("NOUN"))?;
    let g = v.toks[k].head?;
    let s = v.children(g).find(|&c| v.dep(c) == "nsubj" && c < g)?;
    crate::tree::actors_at(v, s)
        .into_iter()
        .find(|a| a.actor.as_deref().is_some_and(has_country))
}

/// "Kurdish officials said the shelling had killed three civilians": a definite event
/// noun kept for what it adds (a target, another source's word) that has no doer of its
/// own names again the earlier act told by the same word, whose doer it has.
fn named_again_doers(v: &View, out: &mut [Event], spans: &[(usize, usize, usize)]) {
    if !v.parsed {
        return;
    }
    for k in 0..out.len() {
        let h = spans[k].2;
        if v.pos(h) != Some("NOUN")
            || out[k].source.is_some()
            || out[k].intent_of.is_some()
            || !names_again(v, h)
        {
            continue;
        }
        if let Some(d) = earlier_doer(v, h, &out[..k], true) {
            out[k].source = Some(actor_ref(v, &d));
        }
    }
}

/// Whether the noun at `o` is definite and names no author of its own nor another of
/// its kind ("the warning", not "the allegations made by Exxon", "Iran's threats", "the
/// same agreement", "a new warning").
fn names_again(v: &View, o: usize) -> bool {
    v.children(o)
        .any(|d| v.dep(d) == "det" && v.is(d, &["the", "these", "those", "this"]))
        && !v.children(o).any(|d| {
            matches!(v.dep(d), "nmod:poss" | "acl" | "acl:relcl")
                || (v.dep(d) == "nmod" && v.has_dep_word(d, "case", &["by", "from"]))
                || (v.dep(d) == "amod"
                    && v.is(d, &["same", "new", "other", "fresh", "second", "further"]))
        })
}

/// The doer of the earlier event that the definite event noun at `o` names again:
/// the latest event of the noun's root in an earlier sentence told by the same word,
/// else (unless `same_word`) the one told in the sentence just before, else the
/// story's first of its kind; one that happened, whose source has a country.
fn earlier_doer(v: &View, o: usize, out: &[Event], same_word: bool) -> Option<Arg> {
    // (A warning is no event noun of its own, "storm warnings" being none, but the one
    // answered names the threat made.)
    let root = match (o.saturating_sub(2)..=o)
        .filter_map(|k| trigger_at(v, k))
        .find(|(n, _, nb)| n.kind == Kind::Noun && *nb == o + 1)
    {
        Some((n, _, _)) => crate::cameo::root(n.code),
        None if v.is(o, &["warning", "warnings"]) => "13",
        None => return None,
    };
    let here = v.sentence_of(o);
    // ("condemned the ambush" names the ambush, not attacks threatened since;
    // "condemned the attack" after the storming of a base and, two sentences on, a
    // reprisal raid, the storming.)
    let candidates: Vec<&Event> = out
        .iter()
        .filter(|p| {
            p.sentence < here
                && crate::cameo::root(&p.code) == root
                && p.content_of.is_none()
                && !matches!(
                    p.status,
                    Status::Hypothetical | Status::Negated | Status::Denied
                )
        })
        .collect();
    let stem: String = v.word(o).chars().take(4).collect();
    // (One told in the sentence just before is the one answered: "German prosecutors
    // have accused … Iran, which denies the allegations".)
    let adjacent = candidates
        .last()
        .filter(|p| p.sentence + 1 >= here && !same_word);
    let first = candidates.first().filter(|_| !same_word);
    let prev = candidates
        .iter()
        .rev()
        .find(|p| p.trigger.text.to_lowercase().starts_with(&stem))
        .or(adjacent)
        .or(first)?;
    if !prev
        .source
        .as_ref()
        .is_some_and(|s| s.actor.as_deref().is_some_and(has_country))
    {
        return None;
    }
    arg_of(v, prev.source.as_ref()?)
}

/// For a phrase "the two sides", "both governments" and the like, the two parties of
/// different countries of the latest earlier event that has them (a meeting, a deal, a
/// clash), as arguments.
fn the_two_sides(v: &View, a: &Arg, out: &[Event]) -> Option<Vec<Arg>> {
    let words: Vec<&str> = (a.a..a.b).map(|k| v.word(k)).collect();
    let pair_noun = |w: &str| {
        matches!(
            w,
            "sides"
                | "leaders"
                | "countries"
                | "governments"
                | "nations"
                | "neighbours"
                | "neighbors"
                | "delegations"
                | "presidents"
                | "ministers"
                | "parties"
                | "states"
        )
    };
    let two = match words.as_slice() {
        ["the", "two", n] | ["both", n] => pair_noun(n),
        _ => false,
    };
    if !two {
        return None;
    }
    let here = v.sentence_of(a.a);
    out.iter().rev().find_map(|p| {
        let (s, t) = (p.source.as_ref()?, p.target.as_ref()?);
        let (cs, ct) = (
            s.actor.as_deref().and_then(state_of)?,
            t.actor.as_deref().and_then(state_of)?,
        );
        (p.sentence <= here && cs != ct)
            .then(|| Some(vec![arg_of(v, s)?, arg_of(v, t)?]))
            .flatten()
    })
}

/// An event's party as an argument again (its tokens, entity and code).
fn arg_of(v: &View, s: &ActorRef) -> Option<Arg> {
    let (a, b) = v.token_range(s.start, s.end)?;
    Some(Arg {
        a,
        b,
        entity: s.entity.clone(),
        actor: s.actor.clone(),
    })
}

/// The police who report what the clause at `h` says, in its sentence ("…, police
/// said", "police said …").
fn reporting_police(v: &View, h: usize) -> Option<Arg> {
    let (sa, sb) = v.sents[v.sentence_of(h)];
    (sa..sb).find_map(|c| {
        let g = v.toks[c].head?;
        if v.dep(c) != "nsubj" || g == h || !matches!(v.lemma(g), "say" | "tell" | "report") {
            return None;
        }
        // (the report is of this clause: its verb is the one that reports, or what it
        // reports)
        if !(v.dominates(g, h) || v.dominates(h, g)) {
            return None;
        }
        crate::tree::actors_at(v, c).into_iter().find(|a| {
            a.actor.as_deref().is_some_and(|x| x.ends_with("COP"))
                && a.b > a.a
                && v.is(
                    a.b - 1,
                    &[
                        "police",
                        "policemen",
                        "officers",
                        "spokesman",
                        "spokeswoman",
                    ],
                )
        })
    })
}

/// Triggers that describe rather than act, or whose act is no event of the kinds coded
/// ("the Koch-backed group", "charged $40 a night", "offered some pointed advice", "all
/// agreed Pence won", "vowed to stay", "acknowledged his concerns", "a PAC allied with
/// House leadership"): the trigger at `i` (ending at `tb`) is skipped.
fn describes_no_act(v: &View, e: &Entry, i: usize, tb: usize) -> bool {
    // "as it slammed into Biloxi and Gulfport": slamming into a place is a blow of
    // weather or a vehicle, no words.
    if e.kind == Kind::Verb && e.lemma == "slam" && v.is(tb, &["into"]) {
        return true;
    }
    // "a deal that meets with the approval of the agency", "met with resistance": what
    // a thing meets with is how it is received, no meeting.
    if e.kind == Kind::Verb
        && e.lemma == "meet"
        && v.is(tb, &["with"])
        && (tb + 1..(tb + 4).min(v.toks.len())).any(|k| {
            v.is(
                k,
                &[
                    "approval",
                    "disapproval",
                    "resistance",
                    "opposition",
                    "criticism",
                    "skepticism",
                    "scepticism",
                    "success",
                    "failure",
                    "derision",
                    "silence",
                    "indifference",
                    "hostility",
                    "applause",
                    "acclaim",
                ],
            )
        })
    {
        return true;
    }
    // "America's long march toward equal rights", "the march to war", "her all-but-certain
    // march to the nomination": a march toward a state of affairs is a course taken, no
    // demonstration.
    if e.lemma == "march" && v.is(tb, &["toward", "towards", "to"]) {
        let end = v.sents[v.sentence_of(i)].1;
        if (tb + 1..(tb + 4).min(end)).any(|k| {
            v.is(
                k,
                &[
                    "rights",
                    "democracy",
                    "freedom",
                    "independence",
                    "equality",
                    "justice",
                    "progress",
                    "prosperity",
                    "liberty",
                    "statehood",
                    "unity",
                    "victory",
                    "war",
                    "socialism",
                    "communism",
                    "capitalism",
                    "modernity",
                    "power",
                    "reform",
                    "recovery",
                    "nomination",
                    "presidency",
                    "majority",
                    "defeat",
                    "oblivion",
                ],
            )
        }) {
            return true;
        }
    }
    // "that's the America she's fighting for", "the cause they fought for": what one
    // fights for is a cause, no foe.
    if e.kind == Kind::Verb
        && e.lemma == "fight"
        && v.is(tb, &["for"])
        && (tb + 1 >= v.sents[v.sentence_of(i)].1
            || matches!(v.pos(tb + 1), Some("PUNCT"))
            || v.toks[tb + 1].text.starts_with('\''))
    {
        return true;
    }
    // "shore up her appeal to the green wing", "its potential appeal to Millennials",
    // "her appeal among women": a draw on voters, no plea (the verb is looked for in
    // the words before, the parser taking "shore" for a noun).
    if e.kind == Kind::Noun
        && e.lemma == "appeal"
        && (v.is(tb, &["among"])
            || (v.parsed
                && (v.children(i).any(|c| {
                    v.dep(c) == "amod"
                        && v.is(
                            c,
                            &[
                                "potential",
                                "broad",
                                "broader",
                                "wide",
                                "wider",
                                "widespread",
                                "electoral",
                                "popular",
                                "mass",
                                "crossover",
                                "universal",
                                "general",
                                "sex",
                                "sexual",
                            ],
                        )
                }) || (i.saturating_sub(4)..i).any(|g| {
                    matches!(
                        v.lemma(g),
                        "shore"
                            | "broaden"
                            | "widen"
                            | "expand"
                            | "limit"
                            | "undercut"
                            | "boost"
                            | "enhance"
                            | "diminish"
                            | "lose"
                            | "lack"
                            | "strengthen"
                            | "weaken"
                            | "dent"
                    )
                }))))
    {
        return true;
    }
    // "the Supreme Court struck down a Texas law", "an agreement she had struck with the
    // White House", "struck a deal": a ruling or a bargain, no blow.
    if e.kind == Kind::Verb
        && e.lemma == "strike"
        && matches!(crate::cameo::root(e.code), "18" | "19")
    {
        const BARGAINS: &[&str] = &[
            "agreement",
            "agreements",
            "deal",
            "deals",
            "accord",
            "bargain",
            "compromise",
            "pact",
            "balance",
            "chord",
            "tone",
            "note",
            "pose",
        ];
        if v.is(tb, &["down"])
            || (v.parsed
                && (v
                    .children(i)
                    // (or a misparsed relative clause: "an agreement she had struck")
                    .any(|c| (v.dep(c) == "obj" || c < i) && v.is(c, BARGAINS))
                    || (v.dep(i) == "acl:relcl"
                        && v.toks[i].head.is_some_and(|g| v.is(g, BARGAINS)))))
        {
            return true;
        }
    }
    // "shooting their AK-47's in the air", "fired into the air": shots into the air
    // are fired at no one.
    if e.kind == Kind::Verb && matches!(e.lemma, "fire" | "shoot") {
        let end = v.sents[v.sentence_of(i)].1;
        if (tb + 2..(tb + 9).min(end))
            .any(|k| v.is(k, &["air"]) && v.is(k - 1, &["the"]) && v.is(k - 2, &["in", "into"]))
        {
            return true;
        }
    }
    // "the Koch-backed Concerned Veterans", "Iranian-backed militias": a participle
    // joined by a hyphen to the word before it describes its noun; it is no act.
    if e.kind == Kind::Verb
        && tb == i + 1
        && i >= 2
        && v.toks[i - 1].text == "-"
        && v.toks[i - 2].end == v.toks[i - 1].start
        && v.toks[i - 1].end == v.toks[i].start
        && v.toks[i].lower.ends_with("ed")
    {
        return true;
    }
    // "whatever Trump charged his campaign for rent", "charged $40 a night": a sum
    // asked for something sold is no criminal charge ("charged with murder" is).
    if v.parsed
        && e.kind == Kind::Verb
        && e.lemma == "charge"
        && !v
            .children(i)
            .any(|c| v.is(c, &["with"]) || v.has_dep_word(c, "case", &["with"]))
        && v.children(i).any(|c| {
            (v.dep(c) == "obl" && v.has_dep_word(c, "case", &["for"]))
                || (v.dep(c) == "obj"
                    && (v.pos(c) == Some("NUM")
                        || v.is(c, &["whatever", "what"])
                        || v.children(c).any(|x| v.is(x, &["$", "£", "€"]))
                        || v.is(c, &["fee", "fees", "rent", "interest", "price", "prices"])))
        })
    {
        return true;
    }
    // "offered some pointed advice to Clinton", "offering only short confirmations":
    // words offered are no offer to act.
    if v.parsed
        && e.kind == Kind::Verb
        && tb == i + 1
        && matches!(e.lemma, "offer" | "give")
        && e.code.starts_with("03")
        && v.children(i).any(|c| {
            v.dep(c) == "obj"
                && v.is(
                    c,
                    &[
                        "advice",
                        "confirmation",
                        "confirmations",
                        "comment",
                        "comments",
                        "thoughts",
                        "opinion",
                        "opinions",
                        "insight",
                        "insights",
                        "explanation",
                        "explanations",
                        "details",
                        "praise",
                        "criticism",
                        "prayers",
                        "condolences",
                        "glimpse",
                        "hint",
                        "clue",
                        "clues",
                        "reason",
                        "reasons",
                        "answer",
                        "answers",
                        "remarks",
                        "testimony",
                        "account",
                        "assessment",
                        "view",
                        "views",
                        "perspective",
                    ],
                )
        })
    {
        return true;
    }
    // "a panel that all agreed Pence won the debate": agreeing that something was
    // so is sharing an opinion, not an agreement to act ("agreed that their
    // countries should cooperate" is one: what is agreed is still to be done).
    let finite = |c: usize| {
        v.doc.tokens.get(c).is_some_and(|t| {
            t.pos.as_deref() == Some("VERB")
                && matches!(t.xpos.as_deref(), Some("VBD" | "VBZ" | "VBP"))
        }) && !v
            .children(c)
            .any(|x| matches!(v.dep(x), "aux" | "aux:pass"))
    };
    if v.parsed
        && e.kind == Kind::Verb
        && tb == i + 1
        && e.lemma == "agree"
        && !v.children(i).any(|c| matches!(v.dep(c), "xcomp" | "obl"))
        && (v.children(i).any(|c| v.dep(c) == "ccomp" && finite(c))
            // (with the clause's subject misread as the object: "agreed Pence won")
            || v.children(i).any(|c| {
                v.dep(c) == "obj" && c + 1 < v.toks.len() && c == i + 1 && finite(c + 1)
            }))
    {
        return true;
    }
    // "vowed to stay in the campaign until the convention", "vowed to continue the
    // fight": a vow is coded as what is vowed (the Phoenix verb dictionary codes VOW
    // alone as nothing), so a vow to do what is no event is none.
    if v.parsed
        && e.kind == Kind::Verb
        && tb == i + 1
        && matches!(e.lemma, "vow" | "swear")
        && v.children(i).any(|c| {
            v.dep(c) == "xcomp"
                && v.pos(c) == Some("VERB")
                && crate::lexicon::lexicon().get(&v.toks[c].lower).is_empty()
        })
    {
        return true;
    }
    // "acknowledged his concerns", "acknowledged Trump's deep unpopularity": only
    // a deed or fault acknowledged is responsibility claimed (015).
    if v.parsed
        && e.kind == Kind::Verb
        && tb == i + 1
        && e.lemma == "acknowledge"
        && !v.children(i).any(|c| {
            v.dep(c) == "obj"
                && v.is(
                    c,
                    &[
                        "responsibility",
                        "role",
                        "involvement",
                        "guilt",
                        "mistake",
                        "mistakes",
                        "error",
                        "errors",
                        "wrongdoing",
                        "failure",
                        "failures",
                        "blame",
                        "part",
                        "culpability",
                        "complicity",
                        "killing",
                        "killings",
                        "attack",
                        "attacks",
                    ],
                )
        })
    {
        return true;
    }
    // "a super PAC allied with House leadership", "groups allied to the
    // government": being allied is a standing tie, not an act ("Egypt allied itself
    // with Syria" is one).
    if v.parsed
        && e.kind == Kind::Verb
        && e.lemma == "ally"
        && !v.children(i).any(|c| v.dep(c) == "obj")
    {
        return true;
    }
    false
}

/// Nouns of a visit or meeting: one called off reduces relations (160) and stays as an
/// event that did not happen.
const VISITS: &[&str] = &[
    "visit", "visits", "trip", "trips", "meeting", "meetings", "summit",
];

/// Verbs of stopping, which code as reducing relations (16) by what they stop.
const HALTING: &[&str] = &[
    "suspend",
    "halt",
    "stop",
    "freeze",
    "withhold",
    "prohibit",
    "terminate",
    "cancel",
    "scrap",
    "end",
];

/// Nouns of stopping, coded as the verbs are by what they stop ("a suspension of air
/// links with Serbia", "a freeze on aid").
const HALTING_NOUNS: &[&str] = &["suspension", "freeze", "cutoff", "cut-off", "termination"];

/// The CAMEO code for stopping what the verb at `p` takes as its object (or passive
/// subject), when that is a cooperation, and the token of what is stopped: aid (162, military 1622, economic 1621,
/// humanitarian 1623), ties (161), talks (164), mediation (165), trade and traffic (163),
/// cooperation (160).
fn halted_object(v: &View, p: usize) -> Option<(&'static str, usize)> {
    // (A noun of stopping: its "of"/"on" phrase.)
    let mut o = if v.pos(p) == Some("NOUN") {
        v.children(p)
            .find(|&c| v.dep(c) == "nmod" && c > p && v.has_dep_word(c, "case", &["of", "on"]))?
    } else {
        v.children(p)
            .find(|&c| matches!(v.dep(c), "obj" | "nsubj:pass"))?
    };
    // "suspended part of a military aid program": the whole whose part is stopped.
    if v.is(o, &["part", "parts", "some", "all", "much", "most", "half"]) {
        if let Some(w) = v
            .children(o)
            .find(|&c| v.dep(c) == "nmod" && v.has_dep_word(c, "case", &["of"]))
        {
            o = w;
        }
    }
    let kind = |a: &[&str]| {
        v.children(o)
            .any(|c| v.dep(c) == "amod" || v.dep(c) == "compound")
            && v.children(o).any(|c| v.is(c, a))
    };
    // ("an aid program", "the aid package": the aid.)
    let word = if v.is(
        o,
        &[
            "program",
            "programme",
            "programs",
            "programmes",
            "package",
            "packages",
        ],
    ) && v
        .children(o)
        .any(|c| v.dep(c) == "compound" && v.is(c, &["aid", "assistance", "loan", "loans"]))
    {
        "aid"
    } else if v.is(o, &["support"])
        && v.children(o).any(|c| {
            matches!(v.dep(c), "compound" | "amod")
                && v.is(
                    c,
                    &["budget", "budgetary", "financial", "economic", "military"],
                )
        })
    {
        // ("budget support", "military support": aid)
        "aid"
    } else {
        v.word(o)
    };
    let code = match word {
        "aid" | "assistance" | "loans" | "loan" | "credits" | "funding" | "grants" => {
            if kind(&["military", "defense", "defence", "security"]) {
                "1622"
            } else if kind(&[
                "economic",
                "financial",
                "development",
                "budget",
                "budgetary",
            ]) {
                "1621"
            } else if kind(&["humanitarian", "food", "relief", "emergency"]) {
                "1623"
            } else {
                "162"
            }
        }
        "ties" | "relations" | "contacts" => "161",
        "talks" | "negotiations" | "dialogue" => "164",
        "mediation" => "165",
        "trade" | "flights" | "links" | "imports" | "exports" | "shipments" | "deliveries"
        | "sales" => "163",
        // ("cancelled a planned visit to Haiti", "called off the summit")
        "cooperation" => "160",
        w if VISITS.contains(&w) => "160",
        _ => return None,
    };
    Some((code, o))
}

/// Cue lemmas by which a named party reports an event as a fact it holds against
/// someone else (an accusation, CAMEO 1123 for an attack).
const ACCUSING_CUES: &[&str] = &[
    "say",
    "tell",
    "add",
    "note",
    "explain",
    "claim",
    "insist",
    "argue",
    "write",
    "tweet",
    "post",
    "declare",
    "announce",
    "state",
    "report",
    "allege",
    "maintain",
    "accuse",
    "charge",
    "complain",
    "according to",
];

/// Cue lemmas by which a party takes an event upon itself (CAMEO 015, acknowledge or
/// claim responsibility).
const OWNING_CUES: &[&str] = &["claim", "admit", "acknowledge", "confirm"];

/// The sector codes of a state: a country's government, forces, police, courts,
/// legislature and intelligence are one party with the country itself.
const STATE_SECTORS: &[&str] = &["GOV", "MIL", "COP", "SPY", "JUD", "LEG", "ELI", "PRE"];

/// The same party: the same entity, the same code, or the same state ("Israel" and "its
/// troops", ISR and ISRMIL); a country's rebels and its government are two parties.
fn same_party(a: &ActorRef, b: &ActorRef) -> bool {
    if a.entity.is_some() && a.entity == b.entity {
        return true;
    }
    let (Some(x), Some(y)) = (a.actor.as_deref(), b.actor.as_deref()) else {
        return false;
    };
    if x == y {
        return true;
    }
    let state = |c: &str| {
        let sector = c.get(3..).unwrap_or("");
        sector.is_empty() || STATE_SECTORS.iter().any(|s| sector.starts_with(s))
    };
    x.get(..3) == y.get(..3) && !x.starts_with("---") && state(x) && state(y)
}

/// CAMEO role codes, which open an agent-only code written without `---` ("MED").
const ROLES: &[&str] = &[
    "COP", "GOV", "INS", "JUD", "MIL", "OPP", "REB", "SEP", "SPY", "UAF", "AGR", "BUS", "CRM",
    "CVL", "DEV", "EDU", "ELI", "ENV", "HLH", "HRI", "LAB", "LEG", "MED", "REF", "MOD", "RAD",
    "AMN", "IRC", "GRP", "UNO", "PKO", "UIS", "NGM", "NGO", "SET", "PTY", "PPL",
];

/// Whether a code names a country (or an IGO): not unknown (`---`), not agent-only.
fn has_country(code: &str) -> bool {
    code.get(..3)
        .is_some_and(|c| c.chars().all(|x| x.is_ascii_uppercase()) && !ROLES.contains(&c))
}

/// Cue lemmas of a statement that can carry a demand ("declared that China must …").
const DEMANDING_CUES: &[&str] = &[
    "say",
    "tell",
    "add",
    "insist",
    "argue",
    "declare",
    "state",
    "announce",
    "write",
    "tweet",
    "post",
    "reiterate",
    "repeat",
    "stress",
    "conclude",
    "maintain",
    "warn",
];

/// A phrase at tokens `x..y` that can speak: its head is a name, a pronoun or a noun of
/// people and bodies that speak.
fn speaks(v: &View, x: usize, y: usize) -> bool {
    let Some(h) = (x..y)
        .rev()
        .find(|&k| v.toks[k].head.is_none_or(|p| p < x || p >= y))
    else {
        return false;
    };
    matches!(v.pos(h), Some("PROPN" | "PRON"))
        || crate::quotes::SPEAKER_NOUNS.contains(&v.word(h))
        || v.mention_of[h].is_some_and(|m| v.mentions[m].actor.is_some())
}

/// An argument that can be the doer of an accusation: an actor with a country, or armed
/// men ("government forces", "gunmen"); not a pronoun left unresolved, a place or a
/// label ("the Orlando attack").
fn acts(v: &View, a: &ActorRef) -> bool {
    if a.actor.as_deref().is_some_and(has_country) {
        return true;
    }
    let Some((_, y)) = v.token_range(a.start, a.end) else {
        return false;
    };
    v.is(y - 1, ARMED) || v.is(y - 1, DOERS)
}

/// Other nouns of doers of violence.
const DOERS: &[&str] = &[
    "rebels",
    "militants",
    "insurgents",
    "jihadists",
    "militia",
    "militias",
    "regime",
    "government",
    "attackers",
    "assailants",
    "extremists",
    "terrorists",
    "separatists",
    "guerrillas",
    "raiders",
    "bombers",
    "snipers",
];

/// The speaker at tokens `x..y` as a party: its actor, a pronoun's antecedent's, or the
/// country modifier of its phrase ("The Syrian Observatory for Human Rights").
fn party(v: &View, quotes: &[Found], x: usize, y: usize) -> Arg {
    let mut speaker = resolve_pronoun(v, Arg::from_range_pub(v, x, y), x, quotes);
    if v.parsed && !speaker.actor.as_deref().is_some_and(has_country) {
        let head = (x..y).find(|&k| v.toks[k].head.is_none_or(|p| p < x || p >= y));
        if let Some(a) = head.and_then(|h| {
            crate::tree::actors_at(v, h)
                .into_iter()
                .find(|a| a.actor.as_deref().is_some_and(has_country))
        }) {
            speaker.actor = a.actor;
        }
    }
    speaker
}

/// Speech acts about events (`Event::content_of`), as CAMEO codes them:
/// - an event that is the charge of an accusation ("accused Rwanda of making …", "blamed
///   X for the attack") or the object of a demand, appeal or threat ("urged X to halt …",
///   "pressure from Congress to help Iran", "threatened to strike") is that act's
///   content; a charge is attributed to the accuser;
/// - an attack a named party reports (its words hold it: attributed, confirmed or
///   unconfirmed) is the content of that party's accusation of the attacker (1123, on
///   the cue: "Israel said a mortar bomb was fired at it from Gaza"), or, when the party
///   says it did it itself with "claimed", "admitted" and the like, of its claim of
///   responsibility (015);
/// - an act of violence or coercion (roots 17-20) a party denies having done itself
///   (status denied: "Israel denied attacking …", "X denied that its forces …") is the
///   content of its denial of responsibility (016, on "denied").
///
/// Witnesses, medics and other speakers without a country are sources of information,
/// not parties: their reports stay as they are.
/// "… was killed by government forces near Tarija … Analysts warn the killing could
/// trigger reprisals": a definite event noun ("the killing", "this attack") with no party
/// of its own, after an event of the same CAMEO root that has one, names that event
/// again; it is not another event, and is dropped (what pointed at it points at the
/// first mention), unless its status or source says something the first does not.
fn drop_repeated_mentions(v: &View, out: &mut Vec<Event>, spans: &mut Vec<(usize, usize, usize)>) {
    if !v.parsed {
        return;
    }
    let n = out.len();
    let mut same_as: Vec<Option<usize>> = vec![None; n];
    for k in 0..n {
        let e = &out[k];
        let (ta, _, h) = spans[k];
        if e.source.is_some()
            || e.target.is_some()
            || e.intent_of.is_some()
            || v.pos(h) != Some("NOUN")
            || !v
                .children(h)
                .any(|c| v.dep(c) == "det" && v.is(c, &["the", "this", "that"]))
        {
            continue;
        }
        let root = crate::cameo::root(&e.code);
        let by = |x: &Event| x.attributed_to.as_ref().map(|a| a.text.to_lowercase());
        same_as[k] = (0..k).rev().find(|&p| {
            let q = &out[p];
            // the mention says no more than the first: nothing of its own, or the same
            // status from the same source ("Local officials said the shelling …" after
            // a denied shelling is another source's claim, and stays)
            // (nor does one that is only the subject of what may follow from it:
            // "Analysts warn the killing could trigger reprisals")
            let tb = spans[k].1;
            let given = e.status == Status::Attributed
                && matches!(v.dep(h), "nsubj" | "obj")
                && tb < v.toks.len()
                && modal(v, tb);
            let adds = !(e.status == Status::Asserted && e.attributed_to.is_none()
                || (e.status == q.status && by(e) == by(q))
                || given);
            same_as[p].is_none()
                && q.intent_of.is_none()
                && !adds
                && spans[p].0 < ta
                && crate::cameo::root(&q.code) == root
                && (q.source.is_some() || q.target.is_some())
        });
    }
    if same_as.iter().all(Option::is_none) {
        return;
    }
    // New positions: a dropped event's is its first mention's.
    let mut at = vec![0usize; n];
    let mut next = 0;
    for k in 0..n {
        if same_as[k].is_none() {
            at[k] = next;
            next += 1;
        }
    }
    for k in 0..n {
        if let Some(p) = same_as[k] {
            at[k] = at[p];
        }
    }
    for e in out.iter_mut() {
        if let Some(b) = draft_index(e.intent_of.as_deref()) {
            e.intent_of = Some(format!("#{}", at[b]));
        }
    }
    let mut keep = same_as.iter().map(Option::is_none);
    out.retain(|_| keep.next().unwrap_or(true));
    let mut keep = same_as.iter().map(Option::is_none);
    spans.retain(|_| keep.next().unwrap_or(true));
}

/// The position in the draft list that a draft reference (`#k`, as `intent_of` and
/// `content_of` hold until the events get their ids) names.
fn draft_index(x: Option<&str>) -> Option<usize> {
    x?.strip_prefix('#')?.parse().ok()
}

fn link_content(
    v: &View,
    quotes: &[Found],
    out: &mut Vec<Event>,
    spans: &mut Vec<(usize, usize, usize)>,
) {
    if v.parsed {
        for k in 0..out.len() {
            if out[k].intent_of.is_some() {
                continue;
            }
            let h = spans[k].2;
            let Some(g) = v.toks[h].head else { continue };
            let marked = |words: &[&str]| {
                v.children(h)
                    .any(|c| matches!(v.dep(c), "mark" | "case") && v.is(c, words))
            };
            // "its demand that Syria withdraw", read as a relative clause: with "that"
            // as its mark (no relative pronoun in it), it is the noun's content.
            let rel = match v.dep(h) {
                "acl:relcl" if marked(&["that"]) => "acl",
                d => d,
            };
            // "jailed X for helping …", "convicted of spying": the charge of a
            // judicial act.
            let charge = marked(&["of", "for", "with"]);
            // A proposal, demand, offer or threat named by a noun, the object of a
            // rejection ("rejected a U.S. request").
            let rejected = rel == "obj"
                && v.pos(h) == Some("NOUN")
                && matches!(crate::cameo::root(&out[k].code), "02" | "03" | "10" | "13")
                && (0..out.len())
                    .any(|j| spans[j].2 == g && crate::cameo::root(&out[j].code) == "12");
            // "claimed responsibility for a deadly attack": the act claimed (or denied) is
            // what the claim is about.
            if matches!(rel, "nmod" | "obl") && marked(&["for"]) && v.is(g, &["responsibility"]) {
                if let Some(j) = (0..out.len()).find(|&j| {
                    j != k
                        && out[j].sentence == out[k].sentence
                        && crate::cameo::root(&out[j].code) == "01"
                        && spans[j].0 <= g
                        && g < spans[j].1
                }) {
                    out[k].content_of = Some(format!("#{j}"));
                    continue;
                }
            }
            // "accused Russia of shelling a hospital, killing three nurses": a participle
            // conjoined to a charge, with no subject of its own, is more of the charge.
            if rel == "conj"
                && v.word(h).ends_with("ing")
                && !v
                    .children(h)
                    .any(|c| matches!(v.dep(c), "nsubj" | "nsubj:pass"))
            {
                let charged = (0..out.len()).find_map(|j| {
                    let c = draft_index(out[j].content_of.as_deref())?;
                    (j != k
                        && spans[j].2 == g
                        && matches!(crate::cameo::root(&out[c].code), "11" | "17"))
                    .then_some(j)
                });
                if let Some(j) = charged {
                    if out[k].status == Status::Asserted {
                        out[k].status = out[j].status;
                    }
                    if out[k].attributed_to.is_none() {
                        out[k].attributed_to = out[j].attributed_to.clone();
                    }
                    out[k].content_of = out[j].content_of.clone();
                    continue;
                }
            }
            // The words that may govern this one as their content.
            let mut govs = vec![];
            match rel {
                "xcomp" | "ccomp" | "acl" => {
                    govs.push(g);
                    // "jailed a student for helping": the charge hangs from the object.
                    // ("accused Russia on Friday of bombing …": or, as parsed, from the
                    // day.)
                    if rel == "acl" && charge && (v.dep(g) == "obj" || crate::tree::is_time(v, g)) {
                        govs.extend(v.toks[g].head);
                    }
                }
                // (Not a clause of time: "demonstrated outside the paper after it
                // backed Clinton" protests no backing; what happened before or while
                // is told by the writer, not the content of the protest or charge.)
                "advcl"
                    if marked(&["after", "before", "when", "while", "since", "until", "once"]) => {}
                "advcl" => {
                    govs.push(g);
                    // "faces pressure … to help": the purpose clause of the verb whose
                    // object is the demand.
                    if marked(&["to"]) {
                        govs.extend(v.children(g).filter(|&c| v.dep(c) == "obj"));
                    }
                }
                "obl" | "nmod" if marked(&["of", "for"]) => govs.push(g),
                // "urged Israel to halt the demolitions": the object of the content.
                // "rejected a U.S. request", "dismissed an appeal from Gbagbo": the
                // proposal answered is what the rejection is about.
                "obj" if rejected => govs.push(g),
                "obj" if matches!(v.dep(g), "xcomp" | "ccomp") => {
                    govs.extend(v.toks[g].head);
                }
                _ => {}
            }
            // ("rejected that description, accusing a small group of …": a participle
            // after a comma is a second act of the same party, not what the first is
            // about.)
            let accompanying = rel == "advcl"
                && v.word(h).ends_with("ing")
                && !v.children(h).any(|c| v.dep(c) == "mark")
                && h > 0
                && v.is(h - 1, &[","]);
            let gov = (0..out.len()).find(|&j| {
                j != k
                    && out[j].intent_of.is_none()
                    && out[j].sentence == out[k].sentence
                    && govs.contains(&spans[j].2)
                    && match crate::cameo::root(&out[j].code) {
                        _ if rejected => crate::cameo::root(&out[j].code) == "12",
                        "02" | "10" | "11" | "12" | "13" => !accompanying,
                        "17" => charge,
                        // "staged demonstrations to demand reforms", "demonstrated …,
                        // calling for independence": what a protest is for.
                        "14" => matches!(rel, "advcl" | "xcomp" | "acl"),
                        _ => false,
                    }
            });
            let Some(j) = gov else { continue };
            if crate::cameo::root(&out[j].code) == "14" {
                // The demand is made by protesting: it stands as the protest's content,
                // and whom it is against is whom the protest is against ("staged a
                // hunger strike to protest Kenya's decision").
                if out[j].target.as_ref().is_none_or(|t| t.actor.is_none())
                    && out[k].target.as_ref().is_some_and(|t| t.actor.is_some())
                {
                    out[j].target = out[k].target.clone();
                }
            } else if matches!(crate::cameo::root(&out[j].code), "11" | "17") {
                // A charge: the accuser's, whatever it says happened.
                if out[k].status == Status::Asserted {
                    out[k].status = Status::Attributed;
                }
                if out[k].attributed_to.is_none() {
                    out[k].attributed_to = out[j].source.as_ref().map(|s| SpanRef {
                        start: s.start,
                        end: s.end,
                        text: s.text.clone(),
                        entity: s.entity.clone(),
                    });
                }
            } else if rejected {
                // The proposal was made all the same; it keeps its status.
            } else if out[k].status > Status::Hypothetical {
                // What is demanded or threatened has not happened.
                out[k].status = Status::Hypothetical;
            }
            out[k].content_of = Some(format!("#{j}"));
        }
    }
    // "The Bush administration declared that China must drop barriers": a party saying
    // what another must do demands it (100, on "must"); what it must do is the content.
    if v.parsed {
        for q in quotes {
            let (Some(sp), true) = (
                q.quote.speaker.as_ref(),
                DEMANDING_CUES.contains(&q.cue_lemma.as_str()),
            ) else {
                continue;
            };
            let Some((x, y)) = v.token_range(sp.start, sp.end) else {
                continue;
            };
            if !speaks(v, x, y) {
                continue;
            }
            let speaker = party(v, quotes, x, y);
            if !speaker.actor.as_deref().is_some_and(has_country) {
                continue;
            }
            for m in q.content.0..q.content.1 {
                if !v.is(m, &["must"]) || v.dep(m) != "aux" {
                    continue;
                }
                let Some(verb) = v.toks[m].head else { continue };
                let Some(subj) = v
                    .children(verb)
                    .find(|&c| matches!(v.dep(c), "nsubj" | "nsubj:pass"))
                else {
                    continue;
                };
                let Some(target) = crate::tree::actors_at(v, subj)
                    .into_iter()
                    .find(|a| a.actor.as_deref().is_some_and(has_country))
                else {
                    continue;
                };
                let (speaker, target) = (actor_ref(v, &speaker), actor_ref(v, &target));
                if same_party(&speaker, &target) {
                    continue;
                }
                let (cs, ce) = v.span(m, m + 1);
                let mut ev = Event {
                    trigger: TextSpan {
                        start: cs,
                        end: ce,
                        text: v.doc.slice(cs, ce).to_string(),
                    },
                    source: Some(speaker),
                    target: Some(target),
                    status: Status::Asserted,
                    sentence: v.sentence_of(m),
                    ..Event::default()
                };
                set_code(&mut ev, "100");
                out.push(ev);
                spans.push((m, m + 1, m));
                let j = out.len() - 1;
                for k in 0..j {
                    let h = spans[k].2;
                    let held = h == verb
                        || (v.toks[h].head == Some(verb) && matches!(v.dep(h), "obj" | "xcomp"));
                    if held && out[k].content_of.is_none() && out[k].intent_of.is_none() {
                        out[k].content_of = Some(format!("#{j}"));
                    }
                }
            }
        }
    }
    // Attacks a named party reports.
    let n = out.len();
    for k in 0..n {
        let ev = &out[k];
        if ev.intent_of.is_some()
            || ev.content_of.is_some()
            || !matches!(crate::cameo::root(&ev.code), "17" | "18" | "19" | "20")
            || !matches!(
                ev.status,
                Status::Attributed | Status::Confirmed | Status::Unconfirmed | Status::Denied
            )
            || (ev.status != Status::Denied && crate::cameo::root(&ev.code) == "17")
        {
            continue;
        }
        let denied = ev.status == Status::Denied;
        let Some(doer) = ev.source.clone() else {
            continue;
        };
        let (ta, tb, h) = spans[k];
        // A clause that reports the act, not a noun that names it ("the Benghazi attack").
        if v.pos(h) != Some("VERB") {
            continue;
        }
        let q = quote_holding(quotes, ta, tb);
        // The speaker and the cue: the quote's, or for a denial outside a quote ("X
        // denied attacking …") the denier and the word "denied".
        let (sp, cue, lemma) = match q {
            Some(q) => match (q.quote.speaker.clone(), q.quote.cue.clone()) {
                (Some(sp), Some(cue)) => (sp, cue, q.cue_lemma.as_str()),
                _ => continue,
            },
            None if denied => {
                let sent = v.sents[v.sentence_of(ta)];
                let Some(w) = (sent.0..ta)
                    .rev()
                    .find(|&w| v.is(w, &["denied", "denies", "deny", "denying"]))
                else {
                    continue;
                };
                let Some(sp) = ev.attributed_to.clone() else {
                    continue;
                };
                let (cs, ce) = v.span(w, w + 1);
                (sp, v.doc.span_ref(cs, ce, None), "deny")
            }
            None => continue,
        };
        let Some((x, y)) = v.token_range(sp.start, sp.end) else {
            continue;
        };
        // Someone who speaks ("his Mexican heritage" does not), about someone who acts
        // ("two explosions", "who" do not).
        if !speaks(v, x, y) || !acts(v, &doer) {
            continue;
        }
        let speaker = party(v, quotes, x, y);
        if !speaker.actor.as_deref().is_some_and(has_country) {
            continue;
        }
        // "relief officials in Nairobi": a speaker whose country is only where it
        // speaks from is a source of information, not a party.
        let located = (x..y)
            .find(|&k| v.is(k, &["in", "at", "from"]))
            .is_some_and(|k| {
                !(x..k).any(|i| {
                    v.mention_of[i]
                        .is_some_and(|m| v.mentions[m].actor.as_deref().is_some_and(has_country))
                })
            });
        if located {
            continue;
        }
        let speaker = actor_ref(v, &speaker);
        let (code, target) = if denied {
            // A party denying what it is said to have done: deny responsibility (016).
            if lemma != "deny" || !same_party(&speaker, &doer) {
                continue;
            }
            ("016", ev.target.clone())
        } else if same_party(&speaker, &doer) {
            if !OWNING_CUES.contains(&lemma) {
                continue;
            }
            ("015", ev.target.clone())
        } else {
            if !ACCUSING_CUES.contains(&lemma) {
                continue;
            }
            // The accuser is the side that was hit ("Israel said a mortar bomb was fired
            // at it"); a third party that reports the fighting ("Thai police said
            // Burmese troops captured …") informs.
            let side = |a: Option<&ActorRef>| {
                a.and_then(|x| x.actor.as_deref())
                    .filter(|c| has_country(c))
                    .and_then(|c| c.get(..3))
                    .map(str::to_string)
            };
            let victim = side(ev.target.as_ref());
            if victim.is_some() && victim != side(Some(&speaker)) {
                continue;
            }
            // An international or non-governmental body reporting an attack on no named
            // side ("the UN refugee agency reported") informs too.
            let by = side(Some(&speaker));
            if victim.is_none() && matches!(by.as_deref(), Some("IGO" | "NGO" | "UNO")) {
                continue;
            }
            // So does the press ("Interfax news agency said", "an Algerian newspaper
            // said"): it reports, it does not accuse.
            // (A news agency the lists code by its country only: "the Iranian news
            // agency IRNA reported".)
            let press = speaker.text.split_whitespace().any(|w| {
                matches!(
                    w.to_lowercase().as_str(),
                    "agency" | "newspaper" | "daily" | "radio" | "television" | "tv"
                )
            });
            if press || speaker.actor.as_deref().is_some_and(|c| c.ends_with("MED")) {
                continue;
            }
            ("1123", Some(doer))
        };
        // One claim per cue, code and parties; an accusation or denial the text words
        // itself ("accused X of …", "denied responsibility for …") is that claim already.
        let same = |p: &Event| {
            p.trigger.start <= cue.start
                && cue.end <= p.trigger.end
                && crate::cameo::root(&p.code) == crate::cameo::root(code)
                && p.source.as_ref().map(|s| &s.actor) == Some(&speaker.actor)
                && p.target.as_ref().map(|t| &t.actor) == target.as_ref().map(|t| &t.actor)
        };
        let j = match out.iter().position(same) {
            Some(j) => j,
            None => {
                let base = &out[k];
                let mut claim = Event {
                    trigger: TextSpan {
                        start: cue.start,
                        end: cue.end,
                        text: cue.text.clone(),
                    },
                    source: Some(speaker),
                    target,
                    time: base.time.clone(),
                    status: Status::Asserted,
                    sentence: v
                        .token_range(cue.start, cue.end)
                        .map(|(a, _)| v.sentence_of(a))
                        .unwrap_or(base.sentence),
                    ..Event::default()
                };
                set_code(&mut claim, code);
                out.push(claim);
                let c = v
                    .token_range(cue.start, cue.end)
                    .map(|(a, b)| (a, b, a))
                    .unwrap_or(spans[k]);
                spans.push(c);
                out.len() - 1
            }
        };
        out[k].content_of = Some(format!("#{j}"));
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn weekday_resolves_back_from_publication() {
        // 2026-11-25 is a Wednesday.
        assert_eq!(
            resolve_time(&["monday"], Some("2026-11-25")).as_deref(),
            Some("2026-11-23")
        );
        assert_eq!(
            resolve_time(&["wednesday"], Some("2026-11-25T08:00:00Z")).as_deref(),
            Some("2026-11-25")
        );
        assert_eq!(
            resolve_time(&["yesterday"], Some("2026-03-01")).as_deref(),
            Some("2026-02-28")
        );
        assert_eq!(
            resolve_time(&["march", "3"], Some("2026-11-25")).as_deref(),
            Some("2026-03-03")
        );
        assert_eq!(resolve_time(&["monday"], None), None);
    }
}
