//! Python 3.11 `re` semantics implemented on top of `fancy-regex`.
//!
//! The Python pattern is parsed like CPython's `re._parser` (so that error messages and
//! group numbering match CPython) and translated into an equivalent fancy-regex pattern
//! (`parse`). Matching functions take and return code-point (char) indices like Python;
//! internally byte offsets are used. Replacement templates live in `template`.
//!
//! Self-contained: knows nothing of the VM; `stdlib::re` is the Python-facing glue.

mod parse;
mod template;
#[cfg(test)]
mod tests;

pub use template::{TemplatePiece, expand_template, parse_template};

use smallvec::SmallVec;
use std::sync::OnceLock;

/// Python flag values (`re.IGNORECASE` etc.).
pub mod flags {
    pub const TEMPLATE: u32 = 1;
    pub const IGNORECASE: u32 = 2;
    pub const LOCALE: u32 = 4;
    pub const MULTILINE: u32 = 8;
    pub const DOTALL: u32 = 16;
    pub const UNICODE: u32 = 32;
    pub const VERBOSE: u32 = 64;
    pub const DEBUG: u32 = 128;
    pub const ASCII: u32 = 256;
}
use flags::*;

const BACKTRACK_LIMIT: usize = 50_000_000;

/// Why a pattern or template was rejected, or a match could not run; the caller maps
/// each kind to the Python exception CPython raises.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Error {
    /// `re.error(msg, pattern, pos)`; `pos` is None where CPython gives no position.
    Syntax { msg: String, pos: Option<usize> },
    /// ValueError (incompatible flags).
    Value(String),
    /// OverflowError (a repetition count that is too large).
    Overflow(String),
    /// IndexError (an unknown group name in a template).
    Index(String),
    /// The backtracking engine gave up (CPython has no such limit and would just be slow).
    Runtime(String),
}

impl Error {
    fn syntax(msg: impl Into<String>) -> Error {
        Error::Syntax {
            msg: msg.into(),
            pos: None,
        }
    }
}

/// 1-based line and column of char position `pos` in `pattern` (as `re.error` reports them).
pub fn line_col(pattern: &str, pos: usize) -> (usize, usize) {
    let before: Vec<char> = pattern.chars().take(pos).collect();
    let lineno = before.iter().filter(|&&c| c == '\n').count() + 1;
    let colno = match before.iter().rposition(|&c| c == '\n') {
        Some(nl) => pos - nl,
        None => pos + 1,
    };
    (lineno, colno)
}

/// `str()` of an `re.error`: the message, its position, and line/column when the pattern
/// spans several lines.
pub fn error_text(msg: &str, pattern: &str, pos: usize) -> String {
    if pattern.contains('\n') {
        let (l, c) = line_col(pattern, pos);
        format!("{msg} at position {pos} (line {l}, column {c})")
    } else {
        format!("{msg} at position {pos}")
    }
}

/// A compiled Python regular expression.
#[derive(Debug)]
pub struct Regex {
    flags: u32,
    groups: usize,
    names: Vec<(String, usize)>,
    close_rank: Vec<usize>,
    body: String,
    /// `(?:\G(?:body)(?!\G)|(?!\G)(?:body'))`: search that rejects an empty match at the
    /// start position (Python's must_advance), with the second copy's groups shifted.
    dual_body: String,
    /// The pattern can look before its start (`^`, `\b`, lookbehind): anchored matches at
    /// pos > 0 must see the preceding text.
    lookbehindish: bool,
    /// An empty match does not exclude a non-empty one at the same place (alternation,
    /// lazy repeats, backreferences): must_advance needs `dual_body`.
    needs_retry: bool,
    search_re: fancy_regex::Regex,
    anchored_slice: OnceLock<Result<fancy_regex::Regex, Error>>,
    anchored_g: OnceLock<Result<fancy_regex::Regex, Error>>,
    full_slice: OnceLock<Result<fancy_regex::Regex, Error>>,
    full_g: OnceLock<Result<fancy_regex::Regex, Error>>,
    dual: OnceLock<Result<fancy_regex::Regex, Error>>,
}

/// Spans of group 0 and the capture groups (inline for the usual few groups: one
/// allocation less per match).
pub type Spans = SmallVec<[Option<(usize, usize)>; 4]>;

/// The result of a successful match. Char positions are worked out only when asked for
/// (findall, sub and split need none).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Captures {
    /// Byte spans into the text passed to the matching function, group 0 first; None for
    /// groups that did not participate.
    pub byte_spans: Spans,
    /// A (byte, char) position pair at or before the match, to count chars from.
    anchor: (usize, usize),
    /// Python's `Match.lastindex`.
    pub lastindex: Option<usize>,
}

impl Captures {
    /// Text of group `i`, given the same text that was passed to the matching function.
    pub fn group_str<'t>(&self, text: &'t str, i: usize) -> Option<&'t str> {
        let (a, b) = self.byte_spans.get(i).copied().flatten()?;
        text.get(a..b)
    }

    /// Char span of group `i` (None if it did not participate or does not exist).
    pub fn span(&self, text: &str, i: usize) -> Option<(usize, usize)> {
        let (a, b) = self.byte_spans.get(i).copied().flatten()?;
        Some((self.to_char(text, a), self.to_char(text, b)))
    }

    fn to_char(&self, text: &str, b: usize) -> usize {
        let (ab, ac) = self.anchor;
        let count = |x: usize, y: usize| text.get(x..y).map_or(y - x, |s| s.chars().count());
        if b >= ab {
            ac + count(ab, b)
        } else {
            count(0, b)
        }
    }
}

fn map_fancy_error(e: fancy_regex::Error) -> Error {
    use fancy_regex::{CompileError, Error as E};
    match e {
        E::CompileError(CompileError::LookBehindNotConst) => {
            Error::syntax("look-behind requires fixed-width pattern")
        }
        E::RuntimeError(r) => Error::Runtime(format!("regular expression engine error: {r}")),
        other => Error::syntax(other.to_string()),
    }
}

fn build(pat: &str) -> Result<fancy_regex::Regex, Error> {
    fancy_regex::RegexBuilder::new(pat)
        .backtrack_limit(BACKTRACK_LIMIT)
        .build()
        .map_err(map_fancy_error)
}

/// Byte offset of char index `c` (clamped to the end), and the clamped char index.
/// Fast when the prefix is ASCII.
fn char_to_byte(text: &str, c: usize) -> (usize, usize) {
    let bytes = text.as_bytes();
    if c <= bytes.len() && bytes[..c].is_ascii() {
        return (c, c);
    }
    let mut n = 0usize;
    for (b, _) in text.char_indices() {
        if n == c {
            return (b, c);
        }
        n += 1;
    }
    (text.len(), n)
}

/// Byte bounds of the char range `pos..endpos` of `text` (both clamped), or None when
/// `pos` lies past `endpos`. Returns (pos_b, pos_c, end_b).
fn bounds(text: &str, pos: usize, endpos: usize) -> Option<(usize, usize, usize)> {
    let end_b = if endpos >= text.len() {
        text.len()
    } else {
        char_to_byte(text, endpos).0
    };
    let (pos_b, pos_c) = char_to_byte(text, pos);
    (pos_b <= end_b).then_some((pos_b, pos_c, end_b))
}

/// Where a `finditer`-style scan stands: owned, so that a Python iterator can keep it
/// between calls. Start one with [`Regex::scan`].
#[derive(Clone, Debug)]
pub struct Scan {
    end_b: usize,
    pos_b: usize,
    /// Char index of `pos_b`.
    pos_c: usize,
    /// The previous match was empty: the next one must not be empty at the same place.
    must_advance: bool,
    done: bool,
}

impl Regex {
    /// Compile a Python pattern.
    pub fn compile(pattern: &str, flags: u32) -> Result<Regex, Error> {
        if flags & LOCALE != 0 {
            return Err(Error::Value(
                "cannot use LOCALE flag with a str pattern".into(),
            ));
        }
        if flags & ASCII != 0 && flags & UNICODE != 0 {
            return Err(Error::Value(
                "ASCII and UNICODE flags are incompatible".into(),
            ));
        }
        let t = parse::translate(pattern, flags, 0)?;
        let search_re = build(&t.body)?;
        let dual_body = if t.needs_retry {
            let t2 = parse::translate(pattern, flags, t.groups)?;
            format!(r"(?:\G(?:{})(?!\G)|(?!\G)(?:{}))", t.body, t2.body)
        } else {
            String::new()
        };
        Ok(Regex {
            flags: t.flags,
            groups: t.groups,
            names: t.names,
            close_rank: t.close_rank,
            body: t.body,
            dual_body,
            lookbehindish: t.lookbehindish,
            needs_retry: t.needs_retry,
            search_re,
            anchored_slice: OnceLock::new(),
            anchored_g: OnceLock::new(),
            full_slice: OnceLock::new(),
            full_g: OnceLock::new(),
            dual: OnceLock::new(),
        })
    }

    /// The translated fancy-regex pattern (for test diagnostics).
    #[cfg(test)]
    pub fn translated(&self) -> &str {
        &self.body
    }

    /// Number of capture groups.
    pub fn groups(&self) -> usize {
        self.groups
    }

    /// Named groups and their numbers, in group order.
    pub fn group_index(&self) -> &[(String, usize)] {
        &self.names
    }

    /// Python's `Pattern.flags` (includes inline global flags and UNICODE for str patterns).
    pub fn flags(&self) -> u32 {
        self.flags
    }

    fn lazy<'a>(
        &self,
        cell: &'a OnceLock<Result<fancy_regex::Regex, Error>>,
        make: impl FnOnce(&str) -> String,
    ) -> Result<&'a fancy_regex::Regex, Error> {
        cell.get_or_init(|| build(&make(&self.body)))
            .as_ref()
            .map_err(|e| e.clone())
    }

    /// Run `re` on `text` from byte `from`; `offset` is added to the byte offsets found
    /// (when `text` is a slice of the subject). Patterns without groups take the faster
    /// path that finds only the overall match.
    fn exec(
        &self,
        re: &fancy_regex::Regex,
        text: &str,
        from: usize,
        offset: usize,
        anchor: (usize, usize),
    ) -> Result<Option<Captures>, Error> {
        if self.groups == 0 {
            let m = re.find_from_pos(text, from).map_err(map_fancy_error)?;
            return Ok(m.map(|m| {
                let span = Some((m.start() + offset, m.end() + offset));
                self.make_caps(SmallVec::from_elem(span, 1), anchor)
            }));
        }
        let Some(caps) = re.captures_from_pos(text, from).map_err(map_fancy_error)? else {
            return Ok(None);
        };
        let n = self.groups + 1;
        // The must-advance pattern has a second, shifted copy of each group.
        let dual = caps.len() > n;
        let mut byte_spans = Spans::with_capacity(n);
        for i in 0..n {
            let mut m = caps.get(i);
            if dual && i > 0 && m.is_none() {
                m = caps.get(i + self.groups);
            }
            byte_spans.push(m.map(|m| (m.start() + offset, m.end() + offset)));
        }
        Ok(Some(self.make_caps(byte_spans, anchor)))
    }

    fn make_caps(&self, byte_spans: Spans, anchor: (usize, usize)) -> Captures {
        // sre's lastindex is the group closed last: the latest end, and among groups
        // ending together the one whose parenthesis closes last.
        let mut lastindex = None;
        let mut best = (0usize, 0usize);
        for (i, sp) in byte_spans.iter().enumerate().skip(1) {
            if let Some((_, e)) = sp {
                let key = (*e, self.close_rank.get(i).copied().unwrap_or(0));
                if lastindex.is_none() || key > best {
                    best = key;
                    lastindex = Some(i);
                }
            }
        }
        Captures {
            byte_spans,
            anchor,
            lastindex,
        }
    }

    /// `Pattern.search(text, pos, endpos)`.
    pub fn search(&self, text: &str, pos: usize, endpos: usize) -> Result<Option<Captures>, Error> {
        let Some((pos_b, pos_c, end_b)) = bounds(text, pos, endpos) else {
            return Ok(None);
        };
        let text = &text[..end_b];
        let anchor = (pos_b, pos_c);
        self.exec(&self.search_re, text, pos_b, 0, anchor)
    }

    fn anchored(
        &self,
        text: &str,
        pos: usize,
        endpos: usize,
        full: bool,
    ) -> Result<Option<Captures>, Error> {
        let Some((pos_b, pos_c, end_b)) = bounds(text, pos, endpos) else {
            return Ok(None);
        };
        let text = &text[..end_b];
        let anchor = (pos_b, pos_c);
        if pos_b == 0 || !self.lookbehindish {
            let re = if full {
                self.lazy(&self.full_slice, |b| format!(r"\A(?:{b})\z"))?
            } else {
                self.lazy(&self.anchored_slice, |b| format!(r"\A(?:{b})"))?
            };
            self.exec(re, &text[pos_b..], 0, pos_b, anchor)
        } else {
            let re = if full {
                self.lazy(&self.full_g, |b| format!(r"\G(?:{b})\z"))?
            } else {
                self.lazy(&self.anchored_g, |b| format!(r"\G(?:{b})"))?
            };
            self.exec(re, text, pos_b, 0, anchor)
        }
    }

    /// `Pattern.match(text, pos, endpos)` (anchored at pos).
    pub fn match_at(
        &self,
        text: &str,
        pos: usize,
        endpos: usize,
    ) -> Result<Option<Captures>, Error> {
        self.anchored(text, pos, endpos, false)
    }

    /// `Pattern.fullmatch(text, pos, endpos)`.
    pub fn fullmatch(
        &self,
        text: &str,
        pos: usize,
        endpos: usize,
    ) -> Result<Option<Captures>, Error> {
        self.anchored(text, pos, endpos, true)
    }

    /// Start scanning `text[pos:endpos]` for successive matches (finditer, findall,
    /// sub, split).
    pub fn scan(&self, text: &str, pos: usize, endpos: usize) -> Scan {
        match bounds(text, pos, endpos) {
            Some((pos_b, pos_c, end_b)) => Scan {
                end_b,
                pos_b,
                pos_c,
                must_advance: false,
                done: false,
            },
            None => Scan {
                end_b: 0,
                pos_b: 0,
                pos_c: 0,
                must_advance: false,
                done: true,
            },
        }
    }

    /// The next non-overlapping match of a scan, with Python 3.7+ empty-match rules: an
    /// empty match may follow a non-empty one at the same place, but after an empty
    /// match the next one must not be empty there. `text` is the one given to `scan`.
    pub fn scan_next(&self, text: &str, st: &mut Scan) -> Result<Option<Captures>, Error> {
        if st.done {
            return Ok(None);
        }
        let text = &text[..st.end_b];
        let p = st.pos_b;
        let anchor = (st.pos_b, st.pos_c);
        let found = if st.must_advance && self.needs_retry {
            let body = self.dual_body.clone();
            let re = self.lazy(&self.dual, move |_| body)?;
            self.exec(re, text, p, 0, anchor)?
        } else if st.must_advance {
            match text[p..].chars().next() {
                Some(ch) => self.exec(&self.search_re, text, p + ch.len_utf8(), 0, anchor)?,
                None => None,
            }
        } else {
            self.exec(&self.search_re, text, p, 0, anchor)?
        };
        let Some(c) = found else {
            st.done = true;
            return Ok(None);
        };
        let Some((s_b, e_b)) = c.byte_spans[0] else {
            st.done = true;
            return Ok(None);
        };
        st.must_advance = s_b == e_b;
        st.pos_c = c.to_char(text, e_b);
        st.pos_b = e_b;
        Ok(Some(c))
    }
}

/// `re.escape` (Python 3.7+ rules).
pub fn escape(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for c in s.chars() {
        if "()[]{}?*+-|^$\\.&~# \t\n\r\x0b\x0c".contains(c) {
            out.push('\\');
        }
        out.push(c);
    }
    out
}
