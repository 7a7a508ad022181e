//! Quantities: value, unit (`%`, ISO 4217 money, `count`, unit words), qualifier,
//! direction of change and what is measured.

use crate::np::{np_ending_at, np_starting_at};
use crate::view::{View, FUNCTION};
use sitrep_doc::{Change, Qualifier, Quantity};

const SMALL: &[(&str, f64)] = &[
    ("one", 1.0),
    ("two", 2.0),
    ("three", 3.0),
    ("four", 4.0),
    ("five", 5.0),
    ("six", 6.0),
    ("seven", 7.0),
    ("eight", 8.0),
    ("nine", 9.0),
    ("ten", 10.0),
    ("eleven", 11.0),
    ("twelve", 12.0),
    ("thirteen", 13.0),
    ("fourteen", 14.0),
    ("fifteen", 15.0),
    ("sixteen", 16.0),
    ("seventeen", 17.0),
    ("eighteen", 18.0),
    ("nineteen", 19.0),
    ("twenty", 20.0),
    ("thirty", 30.0),
    ("forty", 40.0),
    ("fifty", 50.0),
    ("sixty", 60.0),
    ("seventy", 70.0),
    ("eighty", 80.0),
    ("ninety", 90.0),
    ("hundred", 100.0),
    ("dozen", 12.0),
    ("dozens", 24.0),
    ("hundreds", 200.0),
    ("thousand", 1000.0),
    ("thousands", 2000.0),
];
const SCALE: &[(&str, f64)] = &[
    ("hundred", 1e2),
    ("thousand", 1e3),
    ("million", 1e6),
    ("millions", 1e6),
    ("billion", 1e9),
    ("billions", 1e9),
    ("trillion", 1e12),
    ("bn", 1e9),
    ("mn", 1e6),
    ("m", 1e6),
    ("k", 1e3),
];
const CURRENCY_SYMBOLS: &[(&str, &str)] = &[
    ("us$", "USD"),
    ("$", "USD"),
    ("€", "EUR"),
    ("£", "GBP"),
    ("¥", "JPY"),
    ("₹", "INR"),
    ("a$", "AUD"),
    ("c$", "CAD"),
    ("hk$", "HKD"),
    ("₽", "RUB"),
];
const CURRENCY_WORDS: &[(&str, &str)] = &[
    ("dollars", "USD"),
    ("dollar", "USD"),
    ("euros", "EUR"),
    ("euro", "EUR"),
    ("pounds", "GBP"),
    ("yen", "JPY"),
    ("yuan", "CNY"),
    ("renminbi", "CNY"),
    ("rupees", "INR"),
    ("roubles", "RUB"),
    ("rubles", "RUB"),
    ("pesos", "MXN"),
    ("francs", "CHF"),
    ("usd", "USD"),
    ("eur", "EUR"),
    ("gbp", "GBP"),
    ("jpy", "JPY"),
    ("cny", "CNY"),
    ("chf", "CHF"),
    ("inr", "INR"),
    ("rub", "RUB"),
];
const UNITS: &[&str] = &[
    "km",
    "kilometres",
    "kilometers",
    "kilometre",
    "kilometer",
    "miles",
    "mile",
    "metres",
    "meters",
    "metre",
    "meter",
    "tonnes",
    "tons",
    "tonne",
    "ton",
    "barrels",
    "barrel",
    "kg",
    "kilograms",
    "kilos",
    "pounds-weight",
    "hectares",
    "acres",
    "litres",
    "liters",
    "gallons",
    "degrees",
    "years",
    "months",
    "weeks",
    "days",
    "hours",
    "minutes",
    "mph",
    "km/h",
    "mw",
    "gw",
    "points",
    "seats",
    "votes",
    "cents",
];
const MORE: &[&str] = &[
    "more than",
    "over",
    "above",
    "at least",
    "upwards of",
    "exceeding",
    "in excess of",
    "just over",
    "greater than",
];
const LESS: &[&str] = &[
    "less than",
    "fewer than",
    "under",
    "below",
    "at most",
    "up to",
    "just under",
    "no more than",
];
const ABOUT: &[&str] = &[
    "about",
    "around",
    "almost",
    "nearly",
    "roughly",
    "approximately",
    "some",
    "an estimated",
    "estimated",
    "close to",
    "approx",
    "circa",
    "an approximate",
];
const UP: &[&str] = &[
    "rose",
    "rise",
    "rises",
    "rising",
    "risen",
    "jumped",
    "jump",
    "jumps",
    "climbed",
    "climb",
    "climbs",
    "gained",
    "gain",
    "gains",
    "increased",
    "increase",
    "increases",
    "surged",
    "surge",
    "surges",
    "soared",
    "soar",
    "soars",
    "up",
    "grew",
    "grow",
    "grows",
    "rallied",
    "advanced",
    "added",
    "higher",
    "spiked",
    "doubled",
    "raised",
    "raises",
    "raise",
    "strengthened",
    "strengthens",
    "widened",
    "accelerated",
    "tripled",
    "rebounded",
];
const DOWN: &[&str] = &[
    "fell",
    "fall",
    "falls",
    "fallen",
    "dropped",
    "drop",
    "drops",
    "declined",
    "decline",
    "declines",
    "slid",
    "slide",
    "slides",
    "plunged",
    "plunge",
    "plunges",
    "lost",
    "lose",
    "loses",
    "down",
    "decreased",
    "decrease",
    "tumbled",
    "tumble",
    "sank",
    "sink",
    "slumped",
    "slump",
    "shrank",
    "shrink",
    "lower",
    "cut",
    "cuts",
    "eased",
    "dipped",
    "dip",
    "slipped",
    "retreated",
    "halved",
    "weakened",
    "weakens",
    "shed",
    "sheds",
    "narrowed",
    "shrunk",
    "contracted",
    "slowed",
    "plummeted",
    "tumbles",
];

fn parse_number(s: &str) -> Option<f64> {
    let t: String = s.chars().filter(|&c| c != ',').collect();
    if t.is_empty() || !t.chars().next()?.is_ascii_digit() {
        return None;
    }
    t.parse().ok()
}

/// Splits a token like "$5.2bn", "3%", "US$40" into (currency, number, suffix).
fn split_token(w: &str) -> Option<(Option<&'static str>, f64, &str)> {
    let mut cur = None;
    let mut rest = w;
    for (sym, code) in CURRENCY_SYMBOLS {
        if let Some(r) = rest.strip_prefix(sym) {
            cur = Some(*code);
            rest = r;
            break;
        }
    }
    let end = rest
        .char_indices()
        .find(|&(_, c)| !(c.is_ascii_digit() || c == ',' || c == '.'))
        .map(|(i, _)| i)
        .unwrap_or(rest.len());
    let num = rest[..end].trim_end_matches('.');
    let v = parse_number(num)?;
    Some((cur, v, &rest[num.len()..]))
}

fn match_phrase(v: &View, end: usize, lo: usize, phrases: &[&str]) -> Option<usize> {
    // A phrase of words that ends just before token `end`; returns its first token.
    for p in phrases {
        let ws: Vec<&str> = p.split(' ').collect();
        if end < lo + ws.len() {
            continue;
        }
        let a = end - ws.len();
        if ws.iter().enumerate().all(|(k, w)| v.word(a + k) == *w) {
            return Some(a);
        }
    }
    None
}

/// What a count counts: the noun phrase after the number, ending at its plural head
/// when there are no tags ("12 soldiers died" → "soldiers").
fn count_noun(v: &View, f: usize, sb: usize) -> Option<crate::np::Arg> {
    if v.tagged {
        // "two short-range ballistic missiles": a hyphenated modifier is no end.
        let mut k = f;
        while k + 2 < sb && v.inner_hyphen(k + 1) {
            k += 2;
        }
        if k > f {
            return np_starting_at(v, k).map(|mut a| {
                a.a = f;
                a
            });
        }
        // (A noun the tagger took for a verb, "two export terminals", is read as in
        // untagged text.)
        if let Some(a) = np_starting_at(v, f) {
            return Some(a);
        }
    }
    let mut b = f;
    while b < sb && b - f < 4 && !v.is_punct(b) && !FUNCTION.contains(&v.word(b)) {
        b += 1;
        let w = v.word(b - 1);
        if w.ends_with('s')
            || matches!(
                w,
                "people"
                    | "children"
                    | "men"
                    | "women"
                    | "police"
                    | "personnel"
                    | "staff"
                    | "cattle"
            )
        {
            break;
        }
    }
    (b > f).then_some(crate::np::Arg {
        a: f,
        b,
        entity: None,
        actor: None,
    })
}

/// Finds the quantities of the document.
pub fn find(v: &View) -> Vec<Quantity> {
    let mut out = Vec::new();
    for &(sa, sb) in &v.sents {
        // The last change seen in the sentence: where it ends and what it measures
        // ("fell 12% to 4.5 billion euros": the level it reached measures the same).
        // The last change or starting level in the sentence: where it ends, what it
        // measures, and the direction a "from" level leaves to the level it reaches.
        let mut last_change: Option<(usize, Option<crate::np::Arg>, Option<Change>)> = None;
        let mut i = sa;
        while i < sb {
            let w = v.word(i);
            let mut cur: Option<&'static str> = None;
            let mut value;
            let mut suffix = String::new();
            let a0 = i;
            if let Some((c, x, suf)) = split_token(w) {
                cur = c;
                value = x;
                suffix = suf.to_string();
            } else if let Some(&(_, x)) = SMALL.iter().find(|(n, _)| *n == w) {
                if w == "one"
                    && !v.is(
                        i + 1,
                        &["million", "billion", "percent", "%", "hundred", "thousand"],
                    )
                {
                    i += 1;
                    continue;
                }
                value = x;
            } else {
                i += 1;
                continue;
            }
            // A currency symbol as its own token before the number.
            if cur.is_none() && i > sa {
                if let Some(&(_, code)) = CURRENCY_SYMBOLS.iter().find(|(s, _)| *s == v.word(i - 1))
                {
                    cur = Some(code);
                }
            }
            let mut start_tok = if cur.is_some()
                && i > sa
                && CURRENCY_SYMBOLS.iter().any(|(s, _)| *s == v.word(i - 1))
            {
                i - 1
            } else {
                i
            };
            // Dates, times, years, ordinals and list numbers are not quantities.
            let prev = if i > sa { v.word(i - 1) } else { "" };
            let next = v.word(i + 1);
            let is_year = cur.is_none()
                && suffix.is_empty()
                && value.fract() == 0.0
                && (1800.0..=2100.0).contains(&value)
                && !w.contains(',');
            let is_date = crate::view::DAYS.contains(&prev)
                || sitrep_doc::calendar::month_of_name(prev).is_some()
                || matches!(
                    prev,
                    "jan." | "feb." | "aug." | "sept." | "oct." | "nov." | "dec."
                )
                || (next != "may" && sitrep_doc::calendar::month_of_name(next).is_some())
                || next == ":"
                || suffix.starts_with(':')
                || matches!(
                    suffix.as_str(),
                    "st" | "nd" | "rd" | "th" | "s" | "am" | "pm"
                );
            if is_year || is_date || w.contains('/') {
                i += 1;
                continue;
            }
            let mut j = i + 1;
            // Scale: "5 million", "$5bn".
            let suf_scale = SCALE
                .iter()
                .find(|(s, _)| *s == suffix.as_str())
                .map(|&(_, m)| m);
            if let Some(m) = suf_scale {
                value *= m;
                suffix.clear();
            }
            while let Some(&(_, m)) = SCALE
                .iter()
                .find(|(s, _)| *s == v.word(j) && (*s != "m" && *s != "k"))
            {
                value *= m;
                j += 1;
            }
            let unit: String;
            let mut about_from: Option<usize> = None;
            if suffix == "%"
                || v.is(j, &["%", "percent", "pct"])
                || (v.is(j, &["per"]) && v.is(j + 1, &["cent"]))
            {
                if suffix != "%" {
                    j += if v.is(j, &["per"]) { 2 } else { 1 };
                }
                if v.is(j, &["percentage"]) && v.is(j + 1, &["points", "point"]) {
                    j += 2;
                }
                unit = "%".into();
            } else if v.is(j, &["percentage"]) && v.is(j + 1, &["points", "point"]) {
                // "by 0.5 percentage points": a difference of percentages.
                j += 2;
                unit = "percentage points".into();
            } else if v.is(j, &["basis"]) && v.is(j + 1, &["points", "point"]) {
                // "yields jumped 30 basis points": hundredths of a percentage point.
                j += 2;
                unit = "basis points".into();
            } else if let Some(c) = cur {
                unit = c.into();
            } else if let Some(&(_, c)) = CURRENCY_WORDS.iter().find(|(s, _)| *s == v.word(j)) {
                unit = c.into();
                j += 1;
            } else if UNITS.contains(&v.word(j)) {
                unit = v.word(j).to_string();
                j += 1;
            } else if j < sb
                && !v.is_punct(j)
                && !FUNCTION.contains(&v.word(j))
                && !v.is_capitalized(j)
                || (v.is(j, &["of"]) && !v.is_punct(j + 1))
            {
                unit = "count".into();
                about_from = Some(if v.is(j, &["of"]) { j + 1 } else { j });
            } else {
                i += 1;
                continue;
            }
            // Qualifier.
            let mut qualifier = None;
            if let Some(q) = match_phrase(v, start_tok, sa, MORE) {
                qualifier = Some(Qualifier::MoreThan);
                start_tok = q;
            } else if let Some(q) = match_phrase(v, start_tok, sa, LESS) {
                qualifier = Some(Qualifier::LessThan);
                start_tok = q;
            } else if let Some(q) = match_phrase(v, start_tok, sa, ABOUT) {
                qualifier = Some(Qualifier::About);
                start_tok = q;
            }
            // Change: a verb of rising or falling just before ("jumped almost 3%"), or
            // "up 3%" / "by 3%".
            let mut change = None;
            let mut verb = None;
            let mut k = start_tok;
            let mut steps = 0;
            // "rose from 5.1% to 5.4%": a level the change starts from, not its amount.
            let mut from_level = false;
            while k > sa && steps < 4 {
                k -= 1;
                steps += 1;
                let w = v.word(k);
                if w == "from" && k + 1 == start_tok {
                    from_level = true;
                    continue;
                }
                if UP.contains(&w) {
                    change = Some(Change::Up);
                    verb = Some(k);
                    break;
                }
                if DOWN.contains(&w) {
                    change = Some(Change::Down);
                    verb = Some(k);
                    break;
                }
                if !v.is(
                    k,
                    &[
                        "by", "a", "an", "further", "another", "sharply", "nearly", "some", "to",
                        "more", "than",
                    ],
                ) {
                    break;
                }
            }
            // "cutting output by about 300,000 barrels": the thing changed between the
            // verb and "by".
            let mut changed_object = None;
            if change.is_none() && start_tok > sa + 2 && v.is(start_tok - 1, &["by"]) {
                let by = start_tok - 1;
                if let Some(vb) = (by.saturating_sub(5).max(sa)..by.saturating_sub(1))
                    .rev()
                    .find(|&x| UP.contains(&v.word(x)) || DOWN.contains(&v.word(x)))
                {
                    let np = (vb + 1..by).all(|x| {
                        !v.is_punct(x) && matches!(v.pos(x), Some("NOUN" | "ADJ" | "DET" | "PROPN"))
                    });
                    if np {
                        change = Some(if UP.contains(&v.word(vb)) {
                            Change::Up
                        } else {
                            Change::Down
                        });
                        changed_object = np_starting_at(v, vb + 1);
                    }
                }
            }
            // "a 15% pay rise", "a 10 percent cut in spending": a noun of change after
            // the amount.
            if change.is_none() && unit == "%" {
                if let Some(n) = (j..(j + 3).min(sb)).find(|&x| {
                    v.is(
                        x,
                        &[
                            "rise",
                            "increase",
                            "hike",
                            "gain",
                            "jump",
                            "cut",
                            "fall",
                            "drop",
                            "decline",
                            "reduction",
                        ],
                    )
                }) {
                    let up = v.is(n, &["rise", "increase", "hike", "gain", "jump"]);
                    change = Some(if up { Change::Up } else { Change::Down });
                    if n > j && (j..n).all(|x| !v.is_punct(x) && !FUNCTION.contains(&v.word(x))) {
                        changed_object = Some(crate::np::Arg::from_range_pub(v, j, n));
                    }
                }
            }
            let from_dir = if from_level { change.take() } else { None };
            let level_of = last_change.as_ref().filter(|(end, _, _)| {
                change.is_none()
                    && from_dir.is_none()
                    && start_tok >= 2
                    && *end + 2 == start_tok
                    && v.is(start_tok - 1, &["to", "from"])
            });
            // The level reached after a starting level carries the direction: nothing
            // else in "rose from 5.1% to 5.4%" says it.
            if let Some((_, _, Some(d))) = level_of {
                if v.is(start_tok - 1, &["to"]) {
                    change = Some(*d);
                }
            }
            let about = if changed_object.is_some() {
                changed_object
            } else if let Some((_, a, _)) = level_of {
                a.clone()
            } else if let Some(f) = about_from {
                count_noun(v, f, sb)
            } else if let Some(vb) = verb {
                let mut e = vb;
                // "edged up 0.8%", "ticked down", "moved higher": the verb before the
                // word of direction.
                if e > sa + 1
                    && v.is(e, &["up", "down", "higher", "lower"])
                    && (v.pos(e - 1) == Some("VERB") || v.word(e - 1).ends_with("ed"))
                {
                    e -= 1;
                }
                let verb_tok = e;
                while e > sa
                    && v.is(
                        e - 1,
                        &[
                            "have", "has", "had", "were", "was", "also", "sharply", "will", "would",
                        ],
                    )
                {
                    e -= 1;
                }
                // "Fish prices in Manila rose about 4%": the verb's subject noun with the
                // words before it, not the place phrase that ends right before the verb.
                let subject = v
                    .parsed
                    .then(|| {
                        v.children(verb_tok)
                            .find(|&c| v.dep(c) == "nsubj" && c < verb_tok)
                    })
                    .flatten()
                    .filter(|&n| matches!(v.pos(n), Some("NOUN" | "PROPN")))
                    .map(|n| {
                        // (its left modifiers, however deep: "The garrison's budget")
                        let reaches = |k: usize| {
                            let mut x = k;
                            for _ in 0..8 {
                                match v.toks[x].head {
                                    Some(h) if h == n => return true,
                                    Some(h) if h < n => x = h,
                                    _ => return false,
                                }
                            }
                            false
                        };
                        let mut a = n;
                        while a > sa && reaches(a - 1) && (!v.is_punct(a - 1) || v.is_poss(a - 1)) {
                            a -= 1;
                        }
                        // ("Shares of Apple", "the price of oil": what it is of)
                        let mut b = n + 1;
                        if let Some(o) = v.children(n).find(|&c| {
                            c > n && v.dep(c) == "nmod" && v.has_dep_word(c, "case", &["of"])
                        }) {
                            while b < verb_tok && v.dominates(o, b) {
                                b += 1;
                            }
                        }
                        crate::np::Arg::from_range_pub(v, a, b)
                    });
                subject.or_else(|| np_ending_at(v, e))
            } else {
                None
            };
            if from_dir.is_some() {
                last_change = Some((j - 1, about.clone(), from_dir));
            } else if change.is_some() && level_of.is_none() {
                last_change = Some((j - 1, about.clone(), None));
            }
            let (s, e) = v.span(start_tok, j);
            out.push(Quantity {
                id: String::new(),
                start: s,
                end: e,
                text: v.doc.slice(s, e).to_string(),
                value,
                unit,
                about: about.map(|a| {
                    let (x, y) = v.span(a.a, a.b);
                    v.doc.span_ref(x, y, a.entity)
                }),
                change,
                qualifier,
            });
            i = j.max(a0 + 1);
        }
    }
    for (k, q) in out.iter_mut().enumerate() {
        q.id = format!("N{}", k + 1);
    }
    out
}
