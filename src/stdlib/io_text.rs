//! Text-file codecs: the encodings and error handlers `open()` supports, decoding
//! one character at a time from a byte buffer and encoding whole strings.

/// Encodings of text files.
#[derive(Clone, Copy, PartialEq, Eq)]
pub enum Encoding {
    Utf8,
    Ascii,
    Latin1,
}

impl Encoding {
    /// Look an encoding up by any of its usual spellings.
    pub fn lookup(name: &str) -> Option<Encoding> {
        let n = name.to_ascii_lowercase().replace(['-', ' '], "_");
        Some(match n.as_str() {
            "utf_8" | "utf8" | "u8" | "utf" => Encoding::Utf8,
            "ascii" | "us_ascii" | "646" => Encoding::Ascii,
            "latin_1" | "latin1" | "l1" | "iso_8859_1" | "iso8859_1" | "8859" | "cp819" => {
                Encoding::Latin1
            }
            _ => return None,
        })
    }

    /// The codec name CPython puts in error messages.
    pub fn codec_name(self) -> &'static str {
        match self {
            Encoding::Utf8 => "utf-8",
            Encoding::Ascii => "ascii",
            Encoding::Latin1 => "latin-1",
        }
    }
}

/// Error handlers.
#[derive(Clone, Copy, PartialEq, Eq)]
pub enum Errors {
    Strict,
    Ignore,
    Replace,
    BackslashReplace,
}

impl Errors {
    pub fn lookup(name: &str) -> Option<Errors> {
        Some(match name {
            "strict" => Errors::Strict,
            "ignore" => Errors::Ignore,
            "replace" => Errors::Replace,
            "backslashreplace" => Errors::BackslashReplace,
            _ => return None,
        })
    }
}

/// One decoding step at the front of a buffer.
pub enum Step {
    /// A character and the number of bytes it used.
    Char(char, usize),
    /// The buffer ends inside a multi-byte sequence: read more first.
    Incomplete,
    /// `len` undecodable bytes.
    Invalid { len: usize, reason: &'static str },
}

/// Valid range of the second byte of a UTF-8 sequence, by lead byte.
fn second_byte_range(lead: u8) -> (u8, u8) {
    match lead {
        0xE0 => (0xA0, 0xBF),
        0xED => (0x80, 0x9F),
        0xF0 => (0x90, 0xBF),
        0xF4 => (0x80, 0x8F),
        _ => (0x80, 0xBF),
    }
}

fn utf8_step(b: &[u8], at_eof: bool) -> Step {
    let lead = b[0];
    let need = match lead {
        0x00..=0x7F => return Step::Char(lead as char, 1),
        0xC2..=0xDF => 2,
        0xE0..=0xEF => 3,
        0xF0..=0xF4 => 4,
        _ => {
            return Step::Invalid {
                len: 1,
                reason: "invalid start byte",
            };
        }
    };
    for i in 1..need {
        let Some(&c) = b.get(i) else {
            if at_eof {
                return Step::Invalid {
                    len: i,
                    reason: "unexpected end of data",
                };
            }
            return Step::Incomplete;
        };
        let (lo, hi) = if i == 1 {
            second_byte_range(lead)
        } else {
            (0x80, 0xBF)
        };
        if !(lo..=hi).contains(&c) {
            return Step::Invalid {
                len: i,
                reason: "invalid continuation byte",
            };
        }
    }
    match std::str::from_utf8(&b[..need])
        .ok()
        .and_then(|s| s.chars().next())
    {
        Some(c) => Step::Char(c, need),
        None => Step::Invalid {
            len: 1,
            reason: "invalid start byte",
        },
    }
}

/// Decode the character at the front of `b` (which must not be empty).
pub fn decode_step(enc: Encoding, b: &[u8], at_eof: bool) -> Step {
    match enc {
        Encoding::Utf8 => utf8_step(b, at_eof),
        Encoding::Latin1 => Step::Char(b[0] as char, 1),
        Encoding::Ascii if b[0] < 0x80 => Step::Char(b[0] as char, 1),
        Encoding::Ascii => Step::Invalid {
            len: 1,
            reason: "ordinal not in range(128)",
        },
    }
}

/// CPython's message for undecodable bytes at `pos` in the chunk being decoded.
pub fn decode_error_message(enc: Encoding, bad: &[u8], pos: usize, reason: &str) -> String {
    let codec = enc.codec_name();
    if bad.len() == 1 {
        format!(
            "'{codec}' codec can't decode byte {:#04x} in position {pos}: {reason}",
            bad[0]
        )
    } else {
        format!(
            "'{codec}' codec can't decode bytes in position {pos}-{}: {reason}",
            pos + bad.len() - 1
        )
    }
}

/// What the error handler puts in place of undecodable bytes (None: raise).
pub fn decode_replacement(errors: Errors, bad: &[u8]) -> Option<String> {
    match errors {
        Errors::Strict => None,
        Errors::Ignore => Some(String::new()),
        Errors::Replace => Some('\u{fffd}'.to_string()),
        Errors::BackslashReplace => Some(bad.iter().map(|b| format!("\\x{b:02x}")).collect()),
    }
}

/// A character as CPython's encode errors show it: '\xe9', '\u20ac', '\U0001f600'.
fn escaped(c: char) -> String {
    match c as u32 {
        n if n < 0x100 => format!("\\x{n:02x}"),
        n if n < 0x10000 => format!("\\u{n:04x}"),
        n => format!("\\U{n:08x}"),
    }
}

/// Encode `s`; Err is the UnicodeEncodeError message.
pub fn encode(enc: Encoding, errors: Errors, s: &str) -> Result<Vec<u8>, String> {
    let limit = match enc {
        Encoding::Utf8 => return Ok(s.as_bytes().to_vec()),
        Encoding::Ascii => 0x80,
        Encoding::Latin1 => 0x100,
    };
    let chars: Vec<char> = s.chars().collect();
    let mut out = Vec::with_capacity(chars.len());
    let mut i = 0;
    while i < chars.len() {
        let c = chars[i];
        if (c as u32) < limit {
            out.push(c as u8);
            i += 1;
            continue;
        }
        let end = (i..chars.len())
            .find(|&j| (chars[j] as u32) < limit)
            .unwrap_or(chars.len());
        match errors {
            Errors::Strict => {
                let codec = enc.codec_name();
                let reason = format!("ordinal not in range({limit})");
                return Err(if end - i == 1 {
                    format!(
                        "'{codec}' codec can't encode character '{}' in position {i}: {reason}",
                        escaped(c)
                    )
                } else {
                    format!(
                        "'{codec}' codec can't encode characters in position {i}-{}: {reason}",
                        end - 1
                    )
                });
            }
            Errors::Ignore => {}
            Errors::Replace => out.extend(std::iter::repeat_n(b'?', end - i)),
            Errors::BackslashReplace => {
                for &c in &chars[i..end] {
                    out.extend(escaped(c).bytes());
                }
            }
        }
        i = end;
    }
    Ok(out)
}
