//! Replacement templates of `sub`/`expand`, parsed like `re._parser.parse_template`.

use super::parse::{MAXGROUPS, OCTDIGITS, Tok, Tokenizer, is_identifier};
use super::{Captures, Error, Regex};

/// A piece of a parsed replacement template.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum TemplatePiece {
    Literal(String),
    Group(usize),
}

/// Parse a replacement template like `re._parser.parse_template`.
pub fn parse_template(template: &str, regex: &Regex) -> Result<Vec<TemplatePiece>, Error> {
    let mut s = Tokenizer::new(template)?;
    let mut pieces: Vec<TemplatePiece> = Vec::new();
    let mut lit = String::new();
    fn addgroup(
        s: &Tokenizer,
        regex: &Regex,
        pieces: &mut Vec<TemplatePiece>,
        lit: &mut String,
        index: usize,
        off: usize,
    ) -> Result<(), Error> {
        if index > regex.groups() {
            return Err(s.error(&format!("invalid group reference {index}"), off));
        }
        if !lit.is_empty() {
            pieces.push(TemplatePiece::Literal(std::mem::take(lit)));
        }
        pieces.push(TemplatePiece::Group(index));
        Ok(())
    }
    while let Some(this) = s.get()? {
        match this {
            Tok::Ch(c) => lit.push(c),
            Tok::Esc('g') => {
                if !s.matches('<')? {
                    return Err(s.error("missing <", 0));
                }
                let name = s.getuntil('>', "group name")?;
                let nl = name.chars().count();
                let index;
                if is_identifier(&name) {
                    match regex.group_index().iter().find(|(n, _)| *n == name) {
                        Some((_, g)) => index = *g,
                        None => {
                            return Err(Error::Index(format!(
                                "unknown group name {}",
                                crate::objects::repr::str_repr(&name)
                            )));
                        }
                    }
                } else {
                    let ok = !name.is_empty() && name.chars().all(|c| c.is_ascii_digit());
                    if !ok {
                        return Err(s.error(
                            &format!(
                                "bad character in group name {}",
                                crate::objects::repr::str_repr(&name)
                            ),
                            nl + 1,
                        ));
                    }
                    match name.parse::<usize>() {
                        Ok(v) if v < MAXGROUPS => index = v,
                        _ => {
                            return Err(s.error(&format!("invalid group reference {name}"), nl + 1));
                        }
                    }
                }
                addgroup(&s, regex, &mut pieces, &mut lit, index, nl + 1)?;
            }
            Tok::Esc('0') => {
                let mut digits = String::from("0");
                if s.next_in(OCTDIGITS) {
                    if let Some(Tok::Ch(d)) = s.get()? {
                        digits.push(d);
                    }
                    if s.next_in(OCTDIGITS)
                        && let Some(Tok::Ch(d)) = s.get()?
                    {
                        digits.push(d);
                    }
                }
                let v = u32::from_str_radix(&digits, 8).unwrap_or(0) & 0xff;
                lit.push(char::from_u32(v).unwrap_or('\0'));
            }
            Tok::Esc(c @ '1'..='9') => {
                let mut this_s = format!("\\{c}");
                let mut isoctal = false;
                if let Some(Tok::Ch(d)) = s.next()
                    && d.is_ascii_digit()
                {
                    s.get()?;
                    this_s.push(d);
                    if OCTDIGITS.contains(c) && OCTDIGITS.contains(d) && s.next_in(OCTDIGITS) {
                        if let Some(Tok::Ch(d3)) = s.get()? {
                            this_s.push(d3);
                        }
                        isoctal = true;
                        let v = u32::from_str_radix(&this_s[1..], 8).unwrap_or(0);
                        if v > 0o377 {
                            return Err(s.error(
                                &format!("octal escape value {this_s} outside of range 0-0o377"),
                                this_s.len(),
                            ));
                        }
                        lit.push(char::from_u32(v).unwrap_or('\0'));
                    }
                }
                if !isoctal {
                    let idx: usize = this_s[1..].parse().unwrap_or(usize::MAX);
                    addgroup(&s, regex, &mut pieces, &mut lit, idx, this_s.len() - 1)?;
                }
            }
            Tok::Esc(c) => match c {
                'a' => lit.push('\x07'),
                'b' => lit.push('\x08'),
                'f' => lit.push('\x0c'),
                'n' => lit.push('\n'),
                'r' => lit.push('\r'),
                't' => lit.push('\t'),
                'v' => lit.push('\x0b'),
                '\\' => lit.push('\\'),
                c if c.is_ascii_alphabetic() => {
                    return Err(s.error(&format!("bad escape \\{c}"), 2));
                }
                c => {
                    lit.push('\\');
                    lit.push(c);
                }
            },
        }
    }
    if !lit.is_empty() {
        pieces.push(TemplatePiece::Literal(lit));
    }
    Ok(pieces)
}

/// Expand a parsed template for a match (`text` is the string that was matched).
/// Non-participating groups expand to "".
pub fn expand_template(pieces: &[TemplatePiece], caps: &Captures, text: &str) -> String {
    let mut out = String::new();
    for p in pieces {
        match p {
            TemplatePiece::Literal(s) => out.push_str(s),
            TemplatePiece::Group(i) => out.push_str(caps.group_str(text, *i).unwrap_or("")),
        }
    }
    out
}
