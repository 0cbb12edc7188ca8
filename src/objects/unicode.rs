//! Character properties and case mappings with Python's definitions.

use super::unicode_tables as tables;

fn in_table(t: &[(u32, u32)], c: char) -> bool {
    let cp = c as u32;
    let i = t.partition_point(|&(_, hi)| hi < cp);
    i < t.len() && t[i].0 <= cp
}

pub fn is_printable(c: char) -> bool {
    in_table(tables::PRINTABLE, c)
}
pub fn is_alpha(c: char) -> bool {
    in_table(tables::ALPHA, c)
}
pub fn is_decimal(c: char) -> bool {
    in_table(tables::DECIMAL, c)
}
pub fn is_digit(c: char) -> bool {
    in_table(tables::DIGIT, c)
}
pub fn is_numeric(c: char) -> bool {
    in_table(tables::NUMERIC, c)
}
pub fn is_alnum(c: char) -> bool {
    is_alpha(c) || is_numeric(c)
}

/// Python's whitespace: Rust's plus the ASCII information separators.
pub fn is_space(c: char) -> bool {
    c.is_whitespace() || ('\x1c'..='\x1f').contains(&c)
}

/// Line boundaries for `str.splitlines`.
pub fn is_linebreak(c: char) -> bool {
    matches!(
        c,
        '\n' | '\r'
            | '\x0b'
            | '\x0c'
            | '\x1c'
            | '\x1d'
            | '\x1e'
            | '\u{85}'
            | '\u{2028}'
            | '\u{2029}'
    )
}

/// Cased letters: those with a lowercase, uppercase or titlecase form.
pub fn is_cased(c: char) -> bool {
    c.is_lowercase() || c.is_uppercase() || is_titlecase(c)
}

/// The titlecase letters (category Lt).
pub fn is_titlecase(c: char) -> bool {
    matches!(
        c as u32,
        0x1c5 | 0x1c8 | 0x1cb | 0x1f2 | 0x1f88..=0x1f8f | 0x1f98..=0x1f9f | 0x1fa8..=0x1faf
            | 0x1fbc | 0x1fcc | 0x1ffc
    )
}

/// `str.isidentifier()`.
pub fn is_identifier(s: &str) -> bool {
    let mut chars = s.chars();
    match chars.next() {
        Some(c) if c == '_' || unicode_ident::is_xid_start(c) => {}
        _ => return false,
    }
    chars.all(unicode_ident::is_xid_continue)
}

/// Titlecase mapping: the uppercase form, except for the digraph letters
/// (which have a distinct titlecase letter) and letters whose uppercase is
/// several characters (ligatures like ﬁ -> Fi, ß -> Ss).
pub fn to_title(c: char, out: &mut String) {
    let digraph = match c as u32 {
        0x1c4..=0x1c6 => Some('\u{1c5}'),
        0x1c7..=0x1c9 => Some('\u{1c8}'),
        0x1ca..=0x1cc => Some('\u{1cb}'),
        0x1f1..=0x1f3 => Some('\u{1f2}'),
        _ => None,
    };
    if let Some(t) = digraph {
        out.push(t);
        return;
    }
    if is_titlecase(c) {
        out.push(c);
        return;
    }
    let mut upper = c.to_uppercase();
    if let Some(first) = upper.next() {
        out.push(first);
        out.extend(upper.flat_map(char::to_lowercase));
    }
}

/// Full case folding of one character (`str.casefold`). Lowercasing the
/// uppercase of the lowercase form yields the folding (ß -> ss, ﬁ -> fi,
/// ς -> σ, ẞ -> ss) except for dotless i, which folds to itself, and
/// Cherokee, which folds to uppercase.
pub fn casefold(c: char, out: &mut String) {
    match c as u32 {
        0x131 | 0x13a0..=0x13f5 => out.push(c),
        0x13f8..=0x13fd | 0xab70..=0xabbf => out.extend(c.to_uppercase()),
        _ => out.extend(
            c.to_lowercase()
                .flat_map(char::to_uppercase)
                .flat_map(char::to_lowercase),
        ),
    }
}
