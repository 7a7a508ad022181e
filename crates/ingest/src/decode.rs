//! Bytes to text: BOMs, binary detection, and the UTF-8 policy.
//!
//! Policy: input with a NUL byte, or where more than 10% of the first 8 KB are control
//! characters, is binary and rejected. Invalid UTF-8 is decoded lossily (each bad
//! sequence becomes U+FFFD) and a warning names how many bytes were replaced.

/// Decoded text and the warnings decoding raised.
#[derive(Debug)]
pub struct Decoded {
    pub text: String,
    pub warnings: Vec<String>,
}

/// Why bytes are not text.
#[derive(Debug, PartialEq, Eq)]
pub enum DecodeError {
    Empty,
    Binary(String),
}

impl DecodeError {
    pub fn reason(&self) -> String {
        match self {
            DecodeError::Empty => "empty input (no text)".to_string(),
            DecodeError::Binary(why) => format!("binary input, not text ({why})"),
        }
    }
}

/// Decodes UTF-8 (with or without BOM); UTF-16 with a BOM is decoded too.
pub fn decode_text(bytes: &[u8]) -> Result<Decoded, DecodeError> {
    let mut warnings = Vec::new();
    if let Some(t) = decode_utf16_bom(bytes) {
        return finish(t, warnings);
    }
    let body = bytes.strip_prefix(b"\xEF\xBB\xBF").unwrap_or(bytes);
    if let Some(pos) = body.iter().position(|&b| b == 0) {
        return Err(DecodeError::Binary(format!("NUL byte at offset {pos}")));
    }
    let sample = &body[..body.len().min(8192)];
    let controls = sample
        .iter()
        .filter(|&&b| b < 0x20 && !matches!(b, b'\n' | b'\r' | b'\t' | 0x0c))
        .count();
    if !sample.is_empty() && controls * 10 > sample.len() {
        return Err(DecodeError::Binary(format!(
            "{controls} control bytes in the first {} bytes",
            sample.len()
        )));
    }
    let text = match std::str::from_utf8(body) {
        Ok(s) => s.to_string(),
        Err(_) => {
            let lossy = String::from_utf8_lossy(body).into_owned();
            let bad = lossy.matches('\u{FFFD}').count()
                - std::str::from_utf8(body)
                    .map(|s| s.matches('\u{FFFD}').count())
                    .unwrap_or(0);
            warnings.push(format!(
                "invalid UTF-8: {bad} bad byte sequence(s) replaced with U+FFFD"
            ));
            lossy
        }
    };
    finish(text, warnings)
}

fn finish(text: String, warnings: Vec<String>) -> Result<Decoded, DecodeError> {
    if text.trim().is_empty() {
        return Err(DecodeError::Empty);
    }
    Ok(Decoded { text, warnings })
}

fn decode_utf16_bom(bytes: &[u8]) -> Option<String> {
    let (le, body) = if let Some(b) = bytes.strip_prefix(b"\xFF\xFE") {
        (true, b)
    } else if let Some(b) = bytes.strip_prefix(b"\xFE\xFF") {
        (false, b)
    } else {
        return None;
    };
    let units = body.chunks_exact(2).map(|c| {
        if le {
            u16::from_le_bytes([c[0], c[1]])
        } else {
            u16::from_be_bytes([c[0], c[1]])
        }
    });
    Some(
        char::decode_utf16(units)
            .map(|r| r.unwrap_or('\u{FFFD}'))
            .collect(),
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn empty_and_blank_are_errors() {
        assert_eq!(decode_text(b"").unwrap_err(), DecodeError::Empty);
        assert_eq!(decode_text(b"  \n\t\n").unwrap_err(), DecodeError::Empty);
    }

    #[test]
    fn nul_is_binary() {
        let e = decode_text(b"abc\0def").unwrap_err();
        assert!(
            e.reason().contains("NUL byte at offset 3"),
            "{}",
            e.reason()
        );
    }

    #[test]
    fn control_heavy_is_binary() {
        let bytes: Vec<u8> = (0..200)
            .map(|i| if i % 3 == 0 { 0x01 } else { b'a' })
            .collect();
        assert!(matches!(decode_text(&bytes), Err(DecodeError::Binary(_))));
    }

    #[test]
    fn invalid_utf8_is_lossy_with_warning() {
        let d = decode_text(b"caf\xe9 au lait").unwrap();
        assert_eq!(d.text, "caf\u{FFFD} au lait");
        assert_eq!(d.warnings.len(), 1);
        assert!(d.warnings[0].contains("1 bad byte"), "{:?}", d.warnings);
    }

    #[test]
    fn bom_is_stripped_and_utf16_decoded() {
        assert_eq!(decode_text(b"\xEF\xBB\xBFhi").unwrap().text, "hi");
        assert_eq!(decode_text(b"\xFF\xFEh\0i\0").unwrap().text, "hi");
    }
}
