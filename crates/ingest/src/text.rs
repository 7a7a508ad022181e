//! Plain-text articles.
//!
//! - A first line without final punctuation, followed by a blank line, is the title
//!   (`meta.title`), not body.
//! - Right under the title, a "By …" line is the byline and a line that is only a date
//!   is the publication date; both leave the body.
//! - Page-furniture lines ("Media caption …", "Image copyright …", "Related Topics" …)
//!   are dropped: [`BOILERPLATE`] is the list, one rule a line, easy to extend.
//! - Line ends are normalized to `\n`, trailing spaces trimmed, runs of blank lines
//!   collapsed to one blank line (a paragraph break).

use crate::decode::decode_text;
use crate::{Article, InputError};
use sitrep_doc::Meta;

/// How a boilerplate rule matches a trimmed line (ASCII case-insensitive).
#[derive(Clone, Copy, Debug)]
pub enum Rule {
    /// The line starts with this text.
    Prefix(&'static str),
    /// The line is exactly this text (ignoring a final colon).
    Exact(&'static str),
}

/// Lines that are page furniture, not story.
pub const BOILERPLATE: &[Rule] = &[
    Rule::Prefix("Media caption"),
    Rule::Prefix("Image caption"),
    Rule::Prefix("Image copyright"),
    Rule::Prefix("Image source"),
    Rule::Prefix("Photo credit"),
    Rule::Prefix("Video caption"),
    Rule::Prefix("Getty Images"),
    Rule::Prefix("Share this with"),
    Rule::Prefix("Share this article"),
    Rule::Prefix("Share on "),
    Rule::Prefix("Read more:"),
    Rule::Prefix("Read more about"),
    Rule::Prefix("Related:"),
    Rule::Prefix("Sign up for"),
    Rule::Prefix("Subscribe to"),
    Rule::Prefix("Follow us on"),
    Rule::Prefix("Click here to"),
    Rule::Prefix("Copyright ©"),
    Rule::Prefix("© "),
    Rule::Prefix("All rights reserved"),
    Rule::Exact("Related Topics"),
    Rule::Exact("Related stories"),
    Rule::Exact("More on this story"),
    Rule::Exact("Advertisement"),
    Rule::Exact("Share"),
    Rule::Exact("Email"),
    Rule::Exact("Facebook"),
    Rule::Exact("Twitter"),
    Rule::Exact("Messenger"),
    Rule::Exact("WhatsApp"),
    Rule::Exact("Copy this link"),
    Rule::Exact("Skip to content"),
    Rule::Exact("Top stories"),
    Rule::Exact("Most read"),
];

/// Is this (trimmed) line page furniture?
pub fn is_boilerplate(line: &str) -> bool {
    let l = line.trim();
    BOILERPLATE.iter().any(|r| match r {
        Rule::Prefix(p) => starts_with_ci(l, p),
        Rule::Exact(e) => {
            let l = l.strip_suffix(':').unwrap_or(l);
            l.eq_ignore_ascii_case(e)
        }
    })
}

fn starts_with_ci(s: &str, p: &str) -> bool {
    s.len() >= p.len() && s.is_char_boundary(p.len()) && s[..p.len()].eq_ignore_ascii_case(p)
}

/// Reads a plain-text article from raw bytes.
pub fn article_from_bytes(name: &str, bytes: &[u8]) -> Result<Article, InputError> {
    let decoded = decode_text(bytes).map_err(|e| InputError {
        input: name.to_string(),
        reason: e.reason(),
    })?;
    let mut article = article_from_str(&decoded.text);
    article.warnings = decoded.warnings;
    if article.text.trim().is_empty() {
        return Err(InputError {
            input: name.to_string(),
            reason: "no body text (only a title or page furniture)".to_string(),
        });
    }
    Ok(article)
}

/// Ends a title may not have: a line ending in these is a sentence, not a heading.
fn has_final_punct(line: &str) -> bool {
    matches!(
        line.chars().last(),
        Some('.' | '!' | '?' | ',' | ';' | ':' | '"' | '\'' | '”' | '’' | '…' | ')')
    )
}

/// Parses a plain-text article (already decoded).
pub fn article_from_str(raw: &str) -> Article {
    let normalized = raw.replace("\r\n", "\n").replace('\r', "\n");
    let mut lines: Vec<&str> = normalized.lines().map(|l| l.trim_end()).collect();
    // Drop leading blank lines.
    while lines.first().is_some_and(|l| l.trim().is_empty()) {
        lines.remove(0);
    }
    let mut meta = Meta::default();
    let mut i = 0;
    // Title: first line, no final punctuation, then a blank line.
    if lines.len() >= 3
        && lines[1].trim().is_empty()
        && !has_final_punct(lines[0].trim())
        && lines[0].trim().chars().count() <= 250
        && !is_boilerplate(lines[0])
    {
        meta.title = Some(collapse_spaces(lines[0].trim()));
        i = 2;
        // Byline and date lines right under the title (each alone in its paragraph or
        // on consecutive lines).
        loop {
            while i < lines.len() && lines[i].trim().is_empty() {
                i += 1;
            }
            let Some(line) = lines.get(i).map(|l| l.trim()) else {
                break;
            };
            if let Some(names) = parse_byline(line) {
                meta.byline.extend(names);
                i += 1;
            } else if let Some(date) = parse_date_line(line) {
                meta.published.get_or_insert(date);
                i += 1;
            } else {
                break;
            }
        }
    }
    let mut text = String::with_capacity(normalized.len());
    let mut blank = false;
    for line in &lines[i..] {
        if line.trim().is_empty() {
            blank = true;
            continue;
        }
        if is_boilerplate(line) {
            continue;
        }
        if !text.is_empty() {
            text.push_str(if blank { "\n\n" } else { "\n" });
        }
        blank = false;
        text.push_str(line.trim_start_matches(['\u{feff}']));
    }
    Article {
        text,
        meta,
        ..Article::default()
    }
}

fn collapse_spaces(s: &str) -> String {
    s.split_whitespace().collect::<Vec<_>>().join(" ")
}

/// "By Ana Ruiz and Tom Lee" → ["Ana Ruiz", "Tom Lee"]. Junk words are not names.
pub fn parse_byline(line: &str) -> Option<Vec<String>> {
    let rest = line
        .strip_prefix("By ")
        .or_else(|| line.strip_prefix("BY "))
        .or_else(|| line.strip_prefix("by "))?;
    if line.len() > 120 || has_final_punct(rest) && !rest.ends_with('.') {
        return None;
    }
    let rest = rest.split(['|', '—', '–']).next().unwrap_or(rest);
    let mut names = Vec::new();
    for part in rest.split([',', '&']).flat_map(|p| p.split(" and ")) {
        let name = part.trim().trim_end_matches('.');
        // A name part: capitalized words, none of them junk.
        let words: Vec<&str> = name.split_whitespace().collect();
        if words.is_empty() || words.len() > 5 {
            continue;
        }
        let junk = [
            "staff",
            "reporter",
            "correspondent",
            "reporters",
            "agencies",
            "minute",
        ];
        if words
            .iter()
            .any(|w| junk.contains(&w.to_ascii_lowercase().as_str()))
        {
            continue;
        }
        if words
            .iter()
            .all(|w| w.chars().next().is_some_and(|c| c.is_uppercase()))
        {
            names.push(words.join(" "));
        }
    }
    (!names.is_empty()).then_some(names)
}

fn month_number(w: &str) -> Option<u32> {
    let w = w.trim_end_matches('.').to_ascii_lowercase();
    if w.len() < 3 {
        return None;
    }
    sitrep_doc::calendar::MONTHS
        .iter()
        .position(|m| m.starts_with(&w))
        .map(|i| i as u32 + 1)
}

/// A line that is only a date ("2024-03-05", "5 March 2024", "March 5, 2024",
/// optionally after "Published" / "Updated"), as ISO 8601 `YYYY-MM-DD`.
pub fn parse_date_line(line: &str) -> Option<String> {
    let mut l = line.trim();
    for p in ["Published:", "Published", "Posted:", "Posted", "Date:"] {
        if let Some(r) = l.strip_prefix(p) {
            l = r.trim();
        }
    }
    if l.len() > 40 {
        return None;
    }
    // ISO date, possibly with a time.
    let b = l.as_bytes();
    if b.len() >= 10
        && b[..4].iter().all(u8::is_ascii_digit)
        && b[4] == b'-'
        && b[5..7].iter().all(u8::is_ascii_digit)
        && b[7] == b'-'
        && b[8..10].iter().all(u8::is_ascii_digit)
    {
        return valid_ymd(&l[..4], &l[5..7], &l[8..10]);
    }
    let words: Vec<&str> = l
        .split(|c: char| c.is_whitespace() || c == ',')
        .filter(|w| !w.is_empty())
        .collect();
    // Optional weekday first.
    let words: Vec<&str> = match words.first() {
        Some(w)
            if ["mon", "tue", "wed", "thu", "fri", "sat", "sun"]
                .iter()
                .any(|d| w.to_ascii_lowercase().starts_with(d)) =>
        {
            words[1..].to_vec()
        }
        _ => words,
    };
    if words.len() != 3 {
        return None;
    }
    let (d, m, y) = if let Some(m) = month_number(words[0]) {
        (words[1], m, words[2])
    } else if let Some(m) = month_number(words[1]) {
        (words[0], m, words[2])
    } else {
        return None;
    };
    let d = d.trim_end_matches(|c: char| c.is_ascii_alphabetic());
    valid_ymd(y, &format!("{m:02}"), &format!("{:0>2}", d))
}

fn valid_ymd(y: &str, m: &str, d: &str) -> Option<String> {
    let (yy, mm, dd): (u32, u32, u32) = (y.parse().ok()?, m.parse().ok()?, d.parse().ok()?);
    if !(1800..=2200).contains(&yy) || !(1..=12).contains(&mm) || !(1..=31).contains(&dd) {
        return None;
    }
    Some(format!("{yy:04}-{mm:02}-{dd:02}"))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn title_then_body() {
        let a = article_from_str("Rebels seize port town\n\nRebels seized the town.\nMore text.\n");
        assert_eq!(a.meta.title.as_deref(), Some("Rebels seize port town"));
        assert_eq!(a.text, "Rebels seized the town.\nMore text.");
    }

    #[test]
    fn first_line_with_period_is_body() {
        let a = article_from_str("Rebels seized the town.\n\nMore text.");
        assert_eq!(a.meta.title, None);
        assert_eq!(a.text, "Rebels seized the town.\n\nMore text.");
    }

    #[test]
    fn byline_and_date_under_title() {
        let a = article_from_str(
            "Talks collapse\n\nBy Ana Ruiz and Tom Lee\n5 March 2024\n\nThe talks collapsed.",
        );
        assert_eq!(a.meta.byline, vec!["Ana Ruiz", "Tom Lee"]);
        assert_eq!(a.meta.published.as_deref(), Some("2024-03-05"));
        assert_eq!(a.text, "The talks collapsed.");
    }

    #[test]
    fn boilerplate_lines_dropped() {
        let a = article_from_str(
            "Head\n\nFirst paragraph.\n\nMedia caption Troops on patrol\n\nImage copyright Reuters\nSecond.\n\nRelated Topics\nShare this with\n",
        );
        assert_eq!(a.text, "First paragraph.\n\nSecond.");
    }

    #[test]
    fn byline_rejects_junk() {
        assert_eq!(parse_byline("By Staff Reporter"), None);
        assert_eq!(parse_byline("By the way, this is a sentence."), None);
        assert_eq!(
            parse_byline("By Maria Lopez, Reuters Staff"),
            Some(vec!["Maria Lopez".to_string()])
        );
    }

    #[test]
    fn dates() {
        assert_eq!(
            parse_date_line("March 5, 2024").as_deref(),
            Some("2024-03-05")
        );
        assert_eq!(
            parse_date_line("Published 2024-03-05T10:00Z").as_deref(),
            Some("2024-03-05")
        );
        assert_eq!(
            parse_date_line("Tuesday 5 March 2024").as_deref(),
            Some("2024-03-05")
        );
        assert_eq!(parse_date_line("The army said"), None);
    }
}
