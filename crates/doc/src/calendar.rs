//! English month names, shared by every layer that reads dates: ingest (date lines,
//! feed and page metadata, furniture stamps), entities (time values) and the extractors
//! (event times, quantities that are dates).

/// Full month names, lower case, January first.
pub const MONTHS: [&str; 12] = [
    "january",
    "february",
    "march",
    "april",
    "may",
    "june",
    "july",
    "august",
    "september",
    "october",
    "november",
    "december",
];

/// Abbreviations as news writes them, lower case, without the full stop.
pub const MONTH_ABBREVIATIONS: [&str; 12] = [
    "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec",
];

/// Month number (1-12) of a full month name, any case: "March" → 3.
pub fn month_of_name(w: &str) -> Option<u32> {
    let w = w.to_ascii_lowercase();
    MONTHS.iter().position(|m| *m == w).map(|i| i as u32 + 1)
}

/// Month number of a full name or an abbreviation, any case, with or without a full
/// stop: "Mar." → 3, "Sept" → 9, "may" → 5.
pub fn month_of_word(w: &str) -> Option<u32> {
    let w = w.trim_end_matches('.').to_ascii_lowercase();
    if let Some(m) = month_of_name(&w) {
        return Some(m);
    }
    if w == "sept" {
        return Some(9);
    }
    MONTH_ABBREVIATIONS
        .iter()
        .find(|a| **a == w)
        .and_then(|a| MONTHS.iter().position(|m| m.starts_with(a)))
        .map(|i| i as u32 + 1)
}

/// Every month word: the full names and the abbreviations.
pub fn month_words() -> impl Iterator<Item = &'static str> {
    MONTHS.iter().chain(MONTH_ABBREVIATIONS.iter()).copied()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn names_and_abbreviations() {
        assert_eq!(month_of_name("March"), Some(3));
        assert_eq!(month_of_name("Mar"), None);
        assert_eq!(month_of_word("Mar."), Some(3));
        assert_eq!(month_of_word("sept"), Some(9));
        assert_eq!(month_of_word("Sep"), Some(9));
        assert_eq!(month_of_word("MAY"), Some(5));
        assert_eq!(month_of_word("december"), Some(12));
        assert_eq!(month_of_word("mart"), None);
        assert_eq!(month_words().count(), 24);
    }
}
