//! Metadata helpers shared by HTML, feeds, WARC and JSONL: dates to ISO 8601, bylines
//! with junk rejected, language detection.

use crate::text::parse_date_line;

/// Normalizes a date as met in metadata to ISO 8601: `YYYY-MM-DD` when there is no time,
/// `YYYY-MM-DDTHH:MM:SS` plus `Z` or `±HH:MM` when there is one. Accepts ISO 8601 and
/// its common variants, RFC 2822 (`Tue, 05 Mar 2024 10:00:00 GMT`), and written dates
/// (`March 5, 2024`, `5 March 2024 10:30`). `None` when it is not a date.
pub fn normalize_date(s: &str) -> Option<String> {
    let s = s.trim();
    if s.is_empty() || s.len() > 80 {
        return None;
    }
    if let Some(d) = iso_date(s) {
        return Some(d);
    }
    if let Some(d) = rfc2822(s) {
        return Some(d);
    }
    // Written date, maybe followed by a time we drop (no reliable zone).
    if let Some(d) = parse_date_line(s) {
        return Some(d);
    }
    let cut: Vec<&str> = s.split_whitespace().collect();
    for n in (3..cut.len()).rev() {
        if let Some(d) = parse_date_line(&cut[..n].join(" ")) {
            return Some(d);
        }
    }
    None
}

fn digits(b: &[u8], at: usize, n: usize) -> Option<u32> {
    let part = b.get(at..at + n)?;
    if !part.iter().all(u8::is_ascii_digit) {
        return None;
    }
    std::str::from_utf8(part).ok()?.parse().ok()
}

fn ymd_ok(y: u32, m: u32, d: u32) -> bool {
    (1800..=2200).contains(&y) && (1..=12).contains(&m) && (1..=31).contains(&d)
}

fn iso_date(s: &str) -> Option<String> {
    let b = s.as_bytes();
    let y = digits(b, 0, 4)?;
    let sep = *b.get(4)?;
    let (m, d, mut i) = if sep == b'-' || sep == b'/' || sep == b'.' {
        let m = digits(b, 5, 2)?;
        if *b.get(7)? != sep {
            return None;
        }
        (m, digits(b, 8, 2)?, 10)
    } else if sep.is_ascii_digit() {
        (digits(b, 4, 2)?, digits(b, 6, 2)?, 8)
    } else {
        return None;
    };
    if !ymd_ok(y, m, d) {
        return None;
    }
    let date = format!("{y:04}-{m:02}-{d:02}");
    if i == b.len() {
        return Some(date);
    }
    if !matches!(b[i], b'T' | b't' | b' ') {
        return Some(date);
    }
    i += 1;
    let (Some(hh), Some(mm)) = (digits(b, i, 2), digits(b, i + 3, 2)) else {
        return Some(date);
    };
    if b.get(i + 2) != Some(&b':') || hh > 23 || mm > 59 {
        return Some(date);
    }
    i += 5;
    let mut ss = 0;
    if b.get(i) == Some(&b':') {
        ss = digits(b, i + 1, 2).unwrap_or(0).min(59);
        i += 3;
        if b.get(i) == Some(&b'.') || b.get(i) == Some(&b',') {
            i += 1;
            while b.get(i).is_some_and(u8::is_ascii_digit) {
                i += 1;
            }
        }
    }
    let zone = zone_suffix(s.get(i..).unwrap_or("").trim());
    Some(format!("{date}T{hh:02}:{mm:02}:{ss:02}{zone}"))
}

/// `Z`, `+05:30`, `+0530`, `GMT`, `UTC` → `Z` / `+05:30`; anything else → "".
fn zone_suffix(z: &str) -> String {
    let b = z.as_bytes();
    if z.eq_ignore_ascii_case("z") || z == "GMT" || z == "UTC" || z == "UT" {
        return "Z".to_string();
    }
    if let Some(&sign) = b.first() {
        if sign == b'+' || sign == b'-' {
            let h = digits(b, 1, 2);
            let m = if b.get(3) == Some(&b':') {
                digits(b, 4, 2)
            } else {
                digits(b, 3, 2).or(Some(0))
            };
            if let (Some(h), Some(m)) = (h, m) {
                if h == 0 && m == 0 {
                    return "Z".to_string();
                }
                return format!("{}{h:02}:{m:02}", sign as char);
            }
        }
    }
    match z {
        "EST" => "-05:00".into(),
        "EDT" => "-04:00".into(),
        "CST" => "-06:00".into(),
        "CDT" => "-05:00".into(),
        "MST" => "-07:00".into(),
        "MDT" => "-06:00".into(),
        "PST" => "-08:00".into(),
        "PDT" => "-07:00".into(),
        _ => String::new(),
    }
}

fn month3(w: &str) -> Option<u32> {
    let w = w.to_ascii_lowercase();
    sitrep_doc::calendar::MONTHS
        .iter()
        .position(|m| w.starts_with(&m[..3]))
        .map(|i| i as u32 + 1)
}

/// RFC 2822 / RSS dates: `[Tue,] 05 Mar 2024 10:00[:00] GMT`.
fn rfc2822(s: &str) -> Option<String> {
    let s = match s.find(',') {
        Some(i) if i <= 10 => &s[i + 1..],
        _ => s,
    };
    let w: Vec<&str> = s.split_whitespace().collect();
    if w.len() < 3 {
        return None;
    }
    let d: u32 = w[0].parse().ok()?;
    let m = month3(w[1])?;
    let mut y: u32 = w[2].parse().ok()?;
    if y < 100 {
        y += if y < 50 { 2000 } else { 1900 };
    }
    if !ymd_ok(y, m, d) {
        return None;
    }
    let date = format!("{y:04}-{m:02}-{d:02}");
    let Some(t) = w.get(3) else {
        return Some(date);
    };
    let tb = t.as_bytes();
    let (Some(hh), Some(mm)) = (digits(tb, 0, 2), digits(tb, 3, 2)) else {
        return Some(date);
    };
    if hh > 23 || mm > 59 {
        return Some(date);
    }
    let ss = if tb.len() >= 8 {
        digits(tb, 6, 2).unwrap_or(0).min(59)
    } else {
        0
    };
    let zone = zone_suffix(w.get(4).copied().unwrap_or(""));
    Some(format!("{date}T{hh:02}:{mm:02}:{ss:02}{zone}"))
}

/// A date in a URL path: `/2024/03/05/`, `/2024-03-05/`, `/20240305/`.
pub fn date_from_url(url: &str) -> Option<String> {
    let path = url.split(['?', '#']).next().unwrap_or(url);
    let parts: Vec<&str> = path.split('/').collect();
    for i in 0..parts.len() {
        let p = parts[i];
        if p.len() == 4 && p.bytes().all(|c| c.is_ascii_digit()) {
            let m = parts.get(i + 1).and_then(|x| x.parse::<u32>().ok());
            let d = parts
                .get(i + 2)
                .and_then(|x| x.get(..2))
                .and_then(|x| x.parse::<u32>().ok());
            if let (Ok(y), Some(m), Some(d)) = (p.parse::<u32>(), m, d) {
                if parts[i + 1].len() <= 2 && ymd_ok(y, m, d) {
                    return Some(format!("{y:04}-{m:02}-{d:02}"));
                }
            }
        }
        if p.len() >= 10 {
            if let Some(d) = iso_date(&p[..10]) {
                if p.as_bytes()[4] == b'-' {
                    return Some(d);
                }
            }
        }
    }
    None
}

/// Words that are never (part of) a byline: page furniture that lands in author fields.
const BYLINE_JUNK: &[&str] = &[
    "minute read",
    "min read",
    "published",
    "updated",
    "staff",
    "editor",
    "editors",
    "editorial",
    "admin",
    "administrator",
    "news desk",
    "newsdesk",
    "web desk",
    "team",
    "contributor",
    "contributors",
    "correspondent",
    "reporter",
    "agencies",
    "associated press",
    "wire",
    "guest",
    "anonymous",
    "unknown",
    "comments",
    "share",
    "follow",
    "view all posts",
    "read more",
];

/// Cleans author strings into person names: splits "A and B", "A, B", strips "By",
/// rejects junk (reading times, "Published", "Staff", the site name, URLs, e-mails,
/// dates, over-long strings). Keeps order, drops duplicates.
pub fn clean_bylines<S: AsRef<str>>(raw: &[S], site: Option<&str>) -> Vec<String> {
    let mut out: Vec<String> = Vec::new();
    for r in raw {
        let r = r.as_ref().trim();
        let r = strip_prefix_ci(r, "by ").unwrap_or(r);
        let r = r.split(['|', '\n']).next().unwrap_or(r);
        for part in r.split([',', '&', ';']).flat_map(|p| p.split(" and ")) {
            let name = part
                .trim()
                .trim_matches(|c: char| !c.is_alphanumeric() && c != '.' && c != '\'');
            let name = strip_prefix_ci(name, "by ").unwrap_or(name).trim();
            if is_name(name, site) && !out.iter().any(|o| o.eq_ignore_ascii_case(name)) {
                out.push(name.split_whitespace().collect::<Vec<_>>().join(" "));
            }
        }
    }
    out
}

fn strip_prefix_ci<'a>(s: &'a str, p: &str) -> Option<&'a str> {
    (s.len() >= p.len() && s.is_char_boundary(p.len()) && s[..p.len()].eq_ignore_ascii_case(p))
        .then(|| &s[p.len()..])
}

fn is_name(name: &str, site: Option<&str>) -> bool {
    let words: Vec<&str> = name.split_whitespace().collect();
    if words.is_empty() || words.len() > 5 || name.chars().count() > 60 || name.len() < 3 {
        return false;
    }
    if name.contains("://") || name.contains('@') || name.contains("www.") {
        return false;
    }
    if name.chars().any(|c| c.is_ascii_digit()) {
        return false;
    }
    let lower = name.to_lowercase();
    if BYLINE_JUNK.iter().any(|j| {
        lower == *j
            || lower.starts_with(&format!("{j} "))
            || lower.ends_with(&format!(" {j}"))
            || lower.contains(&format!(" {j} "))
    }) {
        return false;
    }
    if let Some(site) = site {
        let s = site.trim().to_lowercase();
        if !s.is_empty() && (lower == s || lower.contains(&s) || s.contains(&lower)) {
            return false;
        }
    }
    // Person-like: starts upper-case in scripts with case.
    let first = words[0].chars().next().unwrap_or(' ');
    !(first.is_lowercase())
}

/// ISO 639-1 code from a language tag (`en-US`, `pt_BR`, `EN`).
pub fn lang_code(tag: &str) -> Option<String> {
    let primary = tag.trim().split(['-', '_']).next()?.to_ascii_lowercase();
    (primary.len() == 2 && primary.bytes().all(|c| c.is_ascii_alphabetic())).then_some(primary)
}

/// Detects the language of a text (ISO 639-1), when detection is reliable enough.
pub fn detect_language(text: &str) -> Option<String> {
    let sample: String = if text.len() > 4000 {
        let mut end = 4000;
        while !text.is_char_boundary(end) {
            end -= 1;
        }
        text[..end].to_string()
    } else {
        text.to_string()
    };
    if sample.split_whitespace().count() < 4 {
        return None;
    }
    let info = whatlang::detect(&sample)?;
    if !info.is_reliable() && info.confidence() < 0.5 {
        return None;
    }
    iso639_1(info.lang()).map(str::to_string)
}

fn iso639_1(l: whatlang::Lang) -> Option<&'static str> {
    use whatlang::Lang::*;
    Some(match l {
        Eng => "en",
        Spa => "es",
        Por => "pt",
        Fra => "fr",
        Deu => "de",
        Ita => "it",
        Nld => "nl",
        Rus => "ru",
        Ukr => "uk",
        Pol => "pl",
        Ces => "cs",
        Slk => "sk",
        Slv => "sl",
        Hrv => "hr",
        Srp => "sr",
        Bul => "bg",
        Ron => "ro",
        Hun => "hu",
        Fin => "fi",
        Swe => "sv",
        Dan => "da",
        Nob => "nb",
        Est => "et",
        Lav => "lv",
        Lit => "lt",
        Ell => "el",
        Tur => "tr",
        Ara => "ar",
        Heb => "he",
        Pes => "fa",
        Urd => "ur",
        Hin => "hi",
        Ben => "bn",
        Tam => "ta",
        Tel => "te",
        Mar => "mr",
        Guj => "gu",
        Kan => "kn",
        Mal => "ml",
        Pan => "pa",
        Tha => "th",
        Vie => "vi",
        Ind => "id",
        Cmn => "zh",
        Jpn => "ja",
        Kor => "ko",
        Kat => "ka",
        Hye => "hy",
        Aze => "az",
        Bel => "be",
        Mkd => "mk",
        Epo => "eo",
        Afr => "af",
        Lat => "la",
        Yid => "yi",
        Amh => "am",
        Jav => "jv",
        Khm => "km",
        Sin => "si",
        Nep => "ne",
        Mya => "my",
        Tgl => "tl",
        Uzb => "uz",
        Zul => "zu",
        Sna => "sn",
        Aka => "ak",
        Ori => "or",
        Cat => "ca",
        Tuk => "tk",
        _ => return None,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn dates_normalize() {
        let n = |s| normalize_date(s);
        assert_eq!(n("2024-03-05").as_deref(), Some("2024-03-05"));
        assert_eq!(
            n("2024-03-05T10:20:30.123+01:00").as_deref(),
            Some("2024-03-05T10:20:30+01:00")
        );
        assert_eq!(
            n("2024-03-05T10:20Z").as_deref(),
            Some("2024-03-05T10:20:00Z")
        );
        assert_eq!(
            n("2024-03-05 10:20:30 +0000").as_deref(),
            Some("2024-03-05T10:20:30Z")
        );
        assert_eq!(
            n("Tue, 05 Mar 2024 10:00:00 GMT").as_deref(),
            Some("2024-03-05T10:00:00Z")
        );
        assert_eq!(
            n("Tue, 5 Mar 2024 10:00:00 -0500").as_deref(),
            Some("2024-03-05T10:00:00-05:00")
        );
        assert_eq!(n("March 5, 2024").as_deref(), Some("2024-03-05"));
        // A zone we do not know: local time, no offset.
        assert_eq!(
            n("5 March 2024 10:30 BST").as_deref(),
            Some("2024-03-05T10:30:00")
        );
        assert_eq!(n("Tuesday, March 5, 2024").as_deref(), Some("2024-03-05"));
        assert_eq!(n("20240305").as_deref(), Some("2024-03-05"));
        assert_eq!(n("yesterday"), None);
        assert_eq!(n("2024-13-05"), None);
    }

    #[test]
    fn url_dates() {
        assert_eq!(
            date_from_url("https://x.org/world/2023/11/07/rebels-take-town/").as_deref(),
            Some("2023-11-07")
        );
        assert_eq!(
            date_from_url("https://x.org/news/2023-11-07-rebels").as_deref(),
            Some("2023-11-07")
        );
        assert_eq!(date_from_url("https://x.org/news/item/12345"), None);
    }

    #[test]
    fn bylines() {
        assert_eq!(
            clean_bylines(&["By Ana Ruiz and Tom Lee"], None),
            vec!["Ana Ruiz", "Tom Lee"]
        );
        assert_eq!(
            clean_bylines(&["Ana Ruiz", "5 Minute Read", "Published", "Staff"], None),
            vec!["Ana Ruiz"]
        );
        assert_eq!(
            clean_bylines(&["Daily Courier", "Lena Park"], Some("The Daily Courier")),
            vec!["Lena Park"]
        );
        assert!(clean_bylines(&["https://x.org/author/a"], None).is_empty());
    }

    #[test]
    fn languages() {
        assert_eq!(lang_code("en-US").as_deref(), Some("en"));
        assert_eq!(lang_code("pt_BR").as_deref(), Some("pt"));
        assert_eq!(lang_code("x"), None);
        assert_eq!(
            detect_language(
                "The government announced on Tuesday that the new bridge would open to traffic next month after years of delays."
            )
            .as_deref(),
            Some("en")
        );
        assert_eq!(
            detect_language(
                "El gobierno anunció el martes que el nuevo puente se abrirá al tráfico el próximo mes después de años de retrasos."
            )
            .as_deref(),
            Some("es")
        );
    }
}
