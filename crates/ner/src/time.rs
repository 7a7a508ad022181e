//! Time expressions: found on tokens and resolved to ISO 8601 against the article's
//! publication date (`meta.published`).
//!
//! | text | value (published 2026-11-25, a Wednesday) |
//! |---|---|
//! | "on Friday", "Friday" | `2026-11-20` (the most recent Friday, or the day itself) |
//! | "last Tuesday" | `2026-11-24` (the most recent one strictly before) |
//! | "next Monday" | `2026-11-30` |
//! | "yesterday", "today", "tomorrow", "last night" | `2026-11-24`, `2026-11-25`, … |
//! | "April 5", "5 April 2020", "April 5, 2020" | `2026-04-05`, `2020-04-05` |
//! | "in April", "April 2020" | `2026-04`, `2020-04` |
//! | "in 1998", "since 1998", "until 2030" | `1998`, `1998/..`, `../2030` |
//! | "last week", "this month", "next year" | `2026-W47`, `2026-11`, `2027` |
//! | "three days ago", "two years ago" | `2026-11-22`, `2024` |
//! | "2020-04-05" | `2020-04-05` |
//!
//! A month name or a bare year mentioned without a publication date is still resolved
//! where the text itself says the year; relative expressions then get `None`.
//!
//! The span covers the time words and their modifiers ("last Tuesday", "since 1998") but
//! not a plain preposition ("on", "in").

use sitrep_doc::Document;

/// A time expression: byte span into the text and its ISO 8601 value when resolved.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct TimeExpr {
    pub start: usize,
    pub end: usize,
    pub value: Option<String>,
}

/// A calendar date.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord)]
pub struct Date {
    pub year: i32,
    pub month: u32,
    pub day: u32,
}

impl Date {
    /// Parses the date part of an ISO 8601 string ("2026-11-25", "2026-11-25T10:00:00Z").
    pub fn parse(s: &str) -> Option<Date> {
        let s = s.trim();
        let b = s.as_bytes();
        if b.len() < 10 || b[4] != b'-' || b[7] != b'-' {
            return None;
        }
        let year: i32 = s.get(0..4)?.parse().ok()?;
        let month: u32 = s.get(5..7)?.parse().ok()?;
        let day: u32 = s.get(8..10)?.parse().ok()?;
        Date::new(year, month, day)
    }

    pub fn new(year: i32, month: u32, day: u32) -> Option<Date> {
        if !(1..=12).contains(&month) || day == 0 || day > days_in_month(year, month) {
            return None;
        }
        Some(Date { year, month, day })
    }

    /// Days since 1970-01-01 (proleptic Gregorian).
    pub fn days(&self) -> i64 {
        let y = self.year as i64 - if self.month <= 2 { 1 } else { 0 };
        let era = y.div_euclid(400);
        let yoe = y - era * 400;
        let m = self.month as i64;
        let doy = (153 * (if m > 2 { m - 3 } else { m + 9 }) + 2) / 5 + self.day as i64 - 1;
        let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
        era * 146_097 + doe - 719_468
    }

    pub fn from_days(z: i64) -> Date {
        let z = z + 719_468;
        let era = z.div_euclid(146_097);
        let doe = z - era * 146_097;
        let yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365;
        let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
        let mp = (5 * doy + 2) / 153;
        let day = (doy - (153 * mp + 2) / 5 + 1) as u32;
        let month = if mp < 10 { mp + 3 } else { mp - 9 } as u32;
        let year = (yoe + era * 400 + if month <= 2 { 1 } else { 0 }) as i32;
        Date { year, month, day }
    }

    pub fn add_days(&self, n: i64) -> Date {
        Date::from_days(self.days() + n)
    }

    /// 0 = Monday … 6 = Sunday.
    pub fn weekday(&self) -> u32 {
        // 1970-01-01 was a Thursday (3).
        ((self.days() + 3).rem_euclid(7)) as u32
    }

    /// ISO week-numbering year and week.
    pub fn iso_week(&self) -> (i32, u32) {
        let thursday = self.add_days(3 - self.weekday() as i64);
        let jan1 = Date {
            year: thursday.year,
            month: 1,
            day: 1,
        };
        let week = ((thursday.days() - jan1.days()) / 7 + 1) as u32;
        (thursday.year, week)
    }

    pub fn iso(&self) -> String {
        format!("{:04}-{:02}-{:02}", self.year, self.month, self.day)
    }
}

fn days_in_month(y: i32, m: u32) -> u32 {
    match m {
        1 | 3 | 5 | 7 | 8 | 10 | 12 => 31,
        4 | 6 | 9 | 11 => 30,
        2 if (y % 4 == 0 && y % 100 != 0) || y % 400 == 0 => 29,
        2 => 28,
        _ => 0,
    }
}

const WEEKDAYS: [&str; 7] = [
    "monday",
    "tuesday",
    "wednesday",
    "thursday",
    "friday",
    "saturday",
    "sunday",
];

fn weekday(w: &str) -> Option<u32> {
    let w = w.trim_end_matches('.');
    WEEKDAYS
        .iter()
        .position(|d| *d == w || (w.len() >= 3 && w.len() <= 4 && d.starts_with(w)))
        .map(|i| i as u32)
}

fn month(w: &str) -> Option<u32> {
    const M: [&str; 12] = sitrep_doc::calendar::MONTHS;
    let w = w.trim_end_matches('.');
    if let Some(i) = M.iter().position(|m| *m == w) {
        return Some(i as u32 + 1);
    }
    if w.len() >= 3 && w != "may" && w != "mar" {
        if let Some(i) = M.iter().position(|m| m.starts_with(w)) {
            return Some(i as u32 + 1);
        }
    }
    if w == "sept" {
        return Some(9);
    }
    None
}

fn year(w: &str) -> Option<i32> {
    if w.len() == 4 && w.bytes().all(|b| b.is_ascii_digit()) {
        let y: i32 = w.parse().ok()?;
        (1900..=2100).contains(&y).then_some(y)
    } else {
        None
    }
}

fn day_number(w: &str) -> Option<u32> {
    let d = w
        .trim_end_matches("st")
        .trim_end_matches("nd")
        .trim_end_matches("rd")
        .trim_end_matches("th");
    if d.is_empty() || d.len() > 2 || !d.bytes().all(|b| b.is_ascii_digit()) {
        return None;
    }
    let n: u32 = d.parse().ok()?;
    (1..=31).contains(&n).then_some(n)
}

fn small_number(w: &str) -> Option<i64> {
    const N: [&str; 12] = [
        "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven",
        "twelve",
    ];
    if let Some(i) = N.iter().position(|n| *n == w) {
        return Some(i as i64 + 1);
    }
    if w == "a" || w == "an" {
        return Some(1);
    }
    if w.len() <= 3 && !w.is_empty() && w.bytes().all(|b| b.is_ascii_digit()) {
        return w.parse().ok();
    }
    None
}

/// Year for a month (and day) mentioned without a year: the publication year, or the year
/// before when that would put the date more than two months after publication.
fn infer_year(pubd: Date, month: u32, day: u32) -> i32 {
    let d = Date::new(pubd.year, month, day.min(days_in_month(pubd.year, month))).unwrap_or(pubd);
    if d.days() - pubd.days() > 62 {
        pubd.year - 1
    } else {
        pubd.year
    }
}

/// Finds and resolves the time expressions among `tokens` (byte spans into `text`).
pub fn find_in(text: &str, tokens: &[(usize, usize)], published: Option<Date>) -> Vec<TimeExpr> {
    let words: Vec<String> = tokens
        .iter()
        .map(|&(s, e)| text.get(s..e).unwrap_or("").to_lowercase())
        .collect();
    let raw: Vec<&str> = tokens
        .iter()
        .map(|&(s, e)| text.get(s..e).unwrap_or(""))
        .collect();
    let n = words.len();
    let w = |i: usize| words.get(i).map(|s| s.as_str()).unwrap_or("");
    let mut out = Vec::new();
    let mut i = 0;
    while i < n {
        // (first token, one past last token, value)
        let mut hit: Option<(usize, usize, Option<String>)> = None;
        let cur = w(i);
        let modifier = matches!(cur, "last" | "next" | "this" | "past" | "coming");
        // ISO date written in the text
        if let Some(d) = Date::parse(raw[i]).filter(|_| raw[i].len() == 10) {
            hit = Some((i, i + 1, Some(d.iso())));
        }
        // yesterday / today / tomorrow / tonight
        else if let Some(off) = match cur {
            "yesterday" => Some(-1),
            "today" | "tonight" => Some(0),
            "tomorrow" => Some(1),
            _ => None,
        } {
            hit = Some((i, i + 1, published.map(|p| p.add_days(off).iso())));
        }
        // last night / this morning …
        else if matches!(cur, "last" | "this")
            && matches!(w(i + 1), "night" | "morning" | "afternoon" | "evening")
        {
            let off = if cur == "last" && w(i + 1) == "night" {
                -1
            } else {
                0
            };
            hit = Some((i, i + 2, published.map(|p| p.add_days(off).iso())));
        }
        // [last|next|this] weekday
        else if let Some((wd, first, m)) = weekday(cur)
            .filter(|_| raw[i].starts_with(|c: char| c.is_uppercase()))
            .map(|d| (d, i, ""))
            .or_else(|| {
                if modifier {
                    weekday(w(i + 1))
                        .filter(|_| {
                            raw.get(i + 1)
                                .is_some_and(|r| r.starts_with(|c: char| c.is_uppercase()))
                        })
                        .map(|d| (d, i, cur))
                } else {
                    None
                }
            })
        {
            let last = if m.is_empty() { first } else { first + 1 };
            let mut end = last + 1;
            if matches!(w(end), "morning" | "afternoon" | "evening" | "night") {
                end += 1;
            }
            let value = published.map(|p| {
                let pw = p.weekday() as i64;
                let back = (pw - wd as i64).rem_euclid(7);
                let fwd = (wd as i64 - pw).rem_euclid(7);
                let off = match m {
                    "last" | "past" => -(if back == 0 { 7 } else { back }),
                    "next" | "coming" => {
                        if fwd == 0 {
                            7
                        } else {
                            fwd
                        }
                    }
                    "this" => fwd,
                    _ => -back,
                };
                p.add_days(off).iso()
            });
            hit = Some((first, end, value));
        }
        // [last|next|this] week/month/year
        else if modifier && matches!(w(i + 1), "week" | "month" | "year") {
            let step = match cur {
                "last" | "past" => -1,
                "next" | "coming" => 1,
                _ => 0,
            };
            let value = published.map(|p| match w(i + 1) {
                "week" => {
                    let (y, wk) = p.add_days(7 * step).iso_week();
                    format!("{y:04}-W{wk:02}")
                }
                "month" => {
                    let m0 = p.year * 12 + p.month as i32 - 1 + step as i32;
                    format!("{:04}-{:02}", m0.div_euclid(12), m0.rem_euclid(12) + 1)
                }
                _ => format!("{:04}", p.year + step as i32),
            });
            hit = Some((i, i + 2, value));
        }
        // earlier / later this week/month/year
        else if matches!(cur, "earlier" | "later")
            && w(i + 1) == "this"
            && matches!(w(i + 2), "week" | "month" | "year")
        {
            let value = published.map(|p| match w(i + 2) {
                "week" => {
                    let (y, wk) = p.iso_week();
                    format!("{y:04}-W{wk:02}")
                }
                "month" => format!("{:04}-{:02}", p.year, p.month),
                _ => format!("{:04}", p.year),
            });
            hit = Some((i, i + 3, value));
        }
        // N days/weeks/months/years ago
        else if let Some(k) = small_number(cur).filter(|_| w(i + 2) == "ago") {
            let unit = w(i + 1).trim_end_matches('s').to_string();
            if matches!(unit.as_str(), "day" | "week" | "month" | "year") {
                let value = published.map(|p| match unit.as_str() {
                    "day" => p.add_days(-k).iso(),
                    "week" => p.add_days(-7 * k).iso(),
                    "month" => {
                        let m0 = p.year * 12 + p.month as i32 - 1 - k as i32;
                        format!("{:04}-{:02}", m0.div_euclid(12), m0.rem_euclid(12) + 1)
                    }
                    _ => format!("{:04}", p.year - k as i32),
                });
                hit = Some((i, i + 3, value));
            }
        }
        // month [day][,] [year]  |  day month [year]
        else if let Some(m) = month(cur).filter(|_| {
            raw[i].starts_with(|c: char| c.is_uppercase())
                && (cur != "may" || w(i + 1).bytes().all(|b| b.is_ascii_digit()))
        }) {
            let mut end = i + 1;
            let mut day = None;
            if let Some(d) = day_number(w(end)) {
                day = Some(d);
                end += 1;
            }
            let mut yr = None;
            let comma = w(end) == ",";
            if let Some(y) = year(w(end + comma as usize)) {
                yr = Some(y);
                end += 1 + comma as usize;
            }
            let mut start = i;
            if day.is_none() {
                if let Some(d) = i.checked_sub(1).and_then(|j| day_number(w(j))) {
                    day = Some(d);
                    start = i - 1;
                } else if i >= 2 && w(i - 1) == "of" {
                    if let Some(d) = day_number(w(i - 2)) {
                        day = Some(d);
                        start = i - 2;
                    }
                }
            }
            let y = yr.or_else(|| published.map(|p| infer_year(p, m, day.unwrap_or(1))));
            let value = y.and_then(|y| match day {
                Some(d) => Date::new(y, m, d).map(|d| d.iso()),
                None => Some(format!("{y:04}-{m:02}")),
            });
            // "May" alone is a modal verb far more often than a month
            if !(cur == "may" && day.is_none() && yr.is_none()) {
                hit = Some((start, end, value));
            }
        }
        // [since|until|in|…] year
        else if let Some(y) = year(cur) {
            let prev = if i > 0 { w(i - 1) } else { "" };
            let (start, value) = match prev {
                "since" => (i - 1, format!("{y:04}/..")),
                "until" | "till" => (i - 1, format!("../{y:04}")),
                _ => (i, format!("{y:04}")),
            };
            if matches!(
                prev,
                "since" | "until" | "till" | "in" | "by" | "from" | "during" | "before" | "after"
            ) || w(i + 1) == ","
            {
                hit = Some((start, i + 1, Some(value)));
            }
        }
        match hit {
            Some((s, e, value)) if e > s => {
                // "since" with a month or weekday: open interval from it
                let since = s > 0 && w(s - 1) == "since" && !w(s).starts_with("since");
                let (s, value) = if since {
                    (s - 1, value.map(|v| format!("{v}/..")))
                } else {
                    (s, value)
                };
                out.push(TimeExpr {
                    start: tokens[s].0,
                    end: tokens[e - 1].1,
                    value,
                });
                i = e;
            }
            _ => i += 1,
        }
    }
    out
}

/// The time expressions of sentence `sentence` of `doc`, resolved against
/// `doc.meta.published`. Empty when the sentence index is out of range.
pub fn find(doc: &Document, sentence: usize) -> Vec<TimeExpr> {
    let Some(s) = doc.sentences.get(sentence) else {
        return Vec::new();
    };
    let [a, b] = s.tokens;
    let toks: Vec<(usize, usize)> = doc
        .tokens
        .get(a..b.min(doc.tokens.len()))
        .unwrap_or(&[])
        .iter()
        .map(|t| (t.start, t.end))
        .collect();
    find_in(&doc.text, &toks, published(doc))
}

/// Every time expression of the document, in text order.
pub fn find_all(doc: &Document) -> Vec<TimeExpr> {
    (0..doc.sentences.len())
        .flat_map(|s| find(doc, s))
        .collect()
}

/// The publication date of a document, when `meta.published` is an ISO 8601 date.
pub fn published(doc: &Document) -> Option<Date> {
    doc.meta.published.as_deref().and_then(Date::parse)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn run(text: &str, published: &str) -> Vec<(String, Option<String>)> {
        let toks = sitrep_text::tokenize(text);
        let spans: Vec<(usize, usize)> = toks.iter().map(|t| (t.start, t.end)).collect();
        find_in(text, &spans, Date::parse(published))
            .into_iter()
            .map(|t| (text[t.start..t.end].to_string(), t.value))
            .collect()
    }

    fn one(text: &str) -> (String, Option<String>) {
        let r = run(text, "2026-11-25");
        assert_eq!(r.len(), 1, "{text}: {r:?}");
        r[0].clone()
    }

    #[test]
    fn calendar() {
        let d = Date::parse("2026-11-25T08:00:00Z").unwrap();
        assert_eq!(d.weekday(), 2, "a Wednesday");
        assert_eq!(Date::from_days(d.days()), d);
        assert_eq!(d.add_days(7).iso(), "2026-12-02");
        assert_eq!(
            Date::parse("2024-03-01").unwrap().add_days(-1).iso(),
            "2024-02-29"
        );
        assert_eq!(Date::parse("2026-01-01").unwrap().iso_week(), (2026, 1));
        assert_eq!(Date::parse("2021-01-03").unwrap().iso_week(), (2020, 53));
        assert!(Date::parse("2026-02-30").is_none());
        assert!(Date::parse("tomorrow").is_none());
    }

    #[test]
    fn weekdays() {
        let v = |s: &str| one(s).1.unwrap();
        assert_eq!(v("The talks collapsed on Friday."), "2026-11-20");
        assert_eq!(v("Troops left last Tuesday."), "2026-11-24");
        assert_eq!(v("They meet next Monday."), "2026-11-30");
        assert_eq!(v("It happened on Wednesday morning."), "2026-11-25");
        assert_eq!(one("Troops left last Tuesday.").0, "last Tuesday");
        assert_eq!(one("The talks collapsed on Friday.").0, "Friday");
    }

    #[test]
    fn relative_days_weeks_months_years() {
        assert_eq!(
            one("Rebels attacked yesterday.").1.as_deref(),
            Some("2026-11-24")
        );
        assert_eq!(
            one("Shots were heard last night.").1.as_deref(),
            Some("2026-11-24")
        );
        assert_eq!(one("Prices rose last week.").1.as_deref(), Some("2026-W47"));
        assert_eq!(one("Prices rose last month.").1.as_deref(), Some("2026-10"));
        assert_eq!(
            one("Elections are due next year.").1.as_deref(),
            Some("2027")
        );
        assert_eq!(
            one("It began three days ago.").1.as_deref(),
            Some("2026-11-22")
        );
        assert_eq!(one("He left two years ago.").1.as_deref(), Some("2024"));
        assert_eq!(
            one("The deal was signed earlier this month.").1.as_deref(),
            Some("2026-11")
        );
    }

    #[test]
    fn months_and_dates() {
        assert_eq!(
            one("The mine closed in April.").1.as_deref(),
            Some("2026-04")
        );
        assert_eq!(
            one("The mine closed on April 5, 2020.").1.as_deref(),
            Some("2020-04-05")
        );
        assert_eq!(
            one("It opened on 5 April 2019.").1.as_deref(),
            Some("2019-04-05")
        );
        assert_eq!(
            one("Talks resume on December 3.").1.as_deref(),
            Some("2026-12-03")
        );
        let winter = run("The mine closed in December.", "2026-02-10");
        assert_eq!(winter[0].1.as_deref(), Some("2025-12"));
        assert_eq!(
            one("Talks resume on November 30.").1.as_deref(),
            Some("2026-11-30")
        );
        assert_eq!(
            one("Output fell in March 2021.").1.as_deref(),
            Some("2021-03")
        );
        assert_eq!(
            one("The report is dated 2020-04-05.").1.as_deref(),
            Some("2020-04-05")
        );
    }

    #[test]
    fn years_and_intervals() {
        let r = one("The group has fought the state since 1998.");
        assert_eq!(r.0, "since 1998");
        assert_eq!(r.1.as_deref(), Some("1998/.."));
        assert_eq!(
            one("The truce holds until 2030.").1.as_deref(),
            Some("../2030")
        );
        assert_eq!(one("He was elected in 2018.").1.as_deref(), Some("2018"));
        assert!(run("They fired 1998 rounds.", "2026-11-25").is_empty());
    }

    #[test]
    fn may_the_verb_is_not_a_month() {
        assert!(run("Talks may resume soon.", "2026-11-25").is_empty());
        assert_eq!(
            one("Talks resumed on May 4.").1.as_deref(),
            Some("2026-05-04")
        );
    }

    #[test]
    fn without_publication_date() {
        let r = run("Troops left last Tuesday, and returned in March 2021.", "");
        assert_eq!(r.len(), 2);
        assert_eq!(r[0].1, None);
        assert_eq!(r[1].1.as_deref(), Some("2021-03"));
    }
}
