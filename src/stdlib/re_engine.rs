//! Python 3.11 `re` semantics implemented on top of `fancy-regex`.
//!
//! The Python pattern is parsed with a port of CPython's `re._parser` (so that
//! error messages and group numbering match CPython), and translated into an
//! equivalent fancy-regex pattern.  Matching functions take and return
//! code-point (char) indices like Python; internally byte offsets are used.
//!
//! Self-contained: depends only on `fancy-regex`.

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

/// Newtype over Python's flag bits, for callers who prefer a typed value.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Default)]
pub struct Flags(pub u32);

impl Flags {
    pub const IGNORECASE: Flags = Flags(IGNORECASE);
    pub const LOCALE: Flags = Flags(LOCALE);
    pub const MULTILINE: Flags = Flags(MULTILINE);
    pub const DOTALL: Flags = Flags(DOTALL);
    pub const UNICODE: Flags = Flags(UNICODE);
    pub const VERBOSE: Flags = Flags(VERBOSE);
    pub const ASCII: Flags = Flags(ASCII);
}

const MAXREPEAT: u64 = 4_294_967_295;
const MAXGROUPS: usize = 1_073_741_823;
const BACKTRACK_LIMIT: usize = 50_000_000;

/// Format an `re.error` message like CPython (`msg at position N`, plus line/column
/// when the pattern contains a newline).
fn format_error(msg: &str, pattern: &[char], pos: usize) -> String {
    let pos = pos.min(pattern.len());
    if pattern.contains(&'\n') {
        let lineno = pattern[..pos].iter().filter(|&&c| c == '\n').count() + 1;
        let colno = match pattern[..pos].iter().rposition(|&c| c == '\n') {
            Some(nl) => pos - nl,
            None => pos + 1,
        };
        format!("{msg} at position {pos} (line {lineno}, column {colno})")
    } else {
        format!("{msg} at position {pos}")
    }
}

// ---------------------------------------------------------------------------
// Tokenizer (port of re._parser.Tokenizer)
// ---------------------------------------------------------------------------

#[derive(Clone, Copy, PartialEq, Eq, Debug)]
enum Tok {
    Ch(char),
    Esc(char),
}

impl Tok {
    fn len(self) -> usize {
        match self {
            Tok::Ch(_) => 1,
            Tok::Esc(_) => 2,
        }
    }
    fn push_to(self, s: &mut String) {
        match self {
            Tok::Ch(c) => s.push(c),
            Tok::Esc(c) => {
                s.push('\\');
                s.push(c);
            }
        }
    }
    fn is(self, c: char) -> bool {
        self == Tok::Ch(c)
    }
    fn ch(self) -> Option<char> {
        match self {
            Tok::Ch(c) => Some(c),
            Tok::Esc(_) => None,
        }
    }
}

struct Tokenizer {
    chars: Vec<char>,
    toks: Vec<(usize, Tok)>,
    /// Index of a trailing lone backslash token, which is an error when reached.
    bad: Option<usize>,
    t: usize,
}

impl Tokenizer {
    fn new(s: &str) -> Result<Self, String> {
        let chars: Vec<char> = s.chars().collect();
        let mut toks = Vec::with_capacity(chars.len());
        let mut i = 0;
        let mut bad = None;
        while i < chars.len() {
            if chars[i] == '\\' {
                if let Some(&c) = chars.get(i + 1) {
                    toks.push((i, Tok::Esc(c)));
                    i += 2;
                } else {
                    bad = Some(toks.len());
                    break;
                }
            } else {
                toks.push((i, Tok::Ch(chars[i])));
                i += 1;
            }
        }
        let tk = Tokenizer {
            chars,
            toks,
            bad,
            t: 0,
        };
        tk.check_bad()?;
        Ok(tk)
    }
    fn check_bad(&self) -> Result<(), String> {
        if self.bad == Some(self.t) {
            let pos = self.chars.len().saturating_sub(1);
            return Err(format_error(
                "bad escape (end of pattern)",
                &self.chars,
                pos,
            ));
        }
        Ok(())
    }
    fn next(&self) -> Option<Tok> {
        self.toks.get(self.t).map(|x| x.1)
    }
    fn next_is(&self, c: char) -> bool {
        self.next() == Some(Tok::Ch(c))
    }
    fn next_in(&self, set: &str) -> bool {
        matches!(self.next(), Some(Tok::Ch(c)) if set.contains(c))
    }
    fn get(&mut self) -> Result<Option<Tok>, String> {
        let x = self.next();
        if x.is_some() {
            self.t += 1;
            self.check_bad()?;
        }
        Ok(x)
    }
    fn matches(&mut self, c: char) -> Result<bool, String> {
        if self.next_is(c) {
            self.t += 1;
            self.check_bad()?;
            Ok(true)
        } else {
            Ok(false)
        }
    }
    fn tell(&self) -> usize {
        match self.toks.get(self.t) {
            Some((p, _)) => *p,
            None => self.chars.len(),
        }
    }
    fn error(&self, msg: &str, offset: usize) -> String {
        format_error(msg, &self.chars, self.tell().saturating_sub(offset))
    }
    fn getwhile(&mut self, n: usize, set: &str) -> Result<String, String> {
        let mut r = String::new();
        for _ in 0..n {
            match self.next() {
                Some(Tok::Ch(c)) if set.contains(c) => {
                    r.push(c);
                    self.get()?;
                }
                _ => break,
            }
        }
        Ok(r)
    }
    fn getuntil(&mut self, term: char, name: &str) -> Result<String, String> {
        let mut result = String::new();
        let mut count = 0usize;
        loop {
            let c = self.get()?;
            match c {
                None => {
                    if result.is_empty() {
                        return Err(self.error(&format!("missing {name}"), 0));
                    }
                    return Err(self.error(&format!("missing {term}, unterminated name"), count));
                }
                Some(t) if t.is(term) => {
                    if result.is_empty() {
                        return Err(self.error(&format!("missing {name}"), 1));
                    }
                    break;
                }
                Some(t) => {
                    t.push_to(&mut result);
                    count += t.len();
                }
            }
        }
        Ok(result)
    }
}

fn is_identifier(s: &str) -> bool {
    let mut it = s.chars();
    match it.next() {
        Some(c) if c == '_' || c.is_alphabetic() => {}
        _ => return false,
    }
    it.all(|c| c == '_' || c.is_alphanumeric())
}

/// Python's repr() of a str, good enough for error messages.
fn py_repr(s: &str) -> String {
    let q = if s.contains('\'') && !s.contains('"') {
        '"'
    } else {
        '\''
    };
    let mut out = String::new();
    out.push(q);
    for c in s.chars() {
        match c {
            '\\' => out.push_str("\\\\"),
            '\n' => out.push_str("\\n"),
            '\r' => out.push_str("\\r"),
            '\t' => out.push_str("\\t"),
            c if c == q => {
                out.push('\\');
                out.push(c);
            }
            c if (c as u32) < 0x20 || c as u32 == 0x7f => {
                out.push_str(&format!("\\x{:02x}", c as u32))
            }
            c => out.push(c),
        }
    }
    out.push(q);
    out
}

const DIGITS: &str = "0123456789";
const OCTDIGITS: &str = "01234567";
const HEXDIGITS: &str = "0123456789abcdefABCDEF";
const WHITESPACE: &str = " \t\n\r\x0b\x0c";

fn flag_of(c: char) -> Option<u32> {
    Some(match c {
        'i' => IGNORECASE,
        'L' => LOCALE,
        'm' => MULTILINE,
        's' => DOTALL,
        'x' => VERBOSE,
        'a' => ASCII,
        't' => TEMPLATE,
        'u' => UNICODE,
        _ => return None,
    })
}
const TYPE_FLAGS: u32 = ASCII | LOCALE | UNICODE;
const GLOBAL_FLAGS: u32 = DEBUG | TEMPLATE;

// ---------------------------------------------------------------------------
// Emission helpers (fancy-regex syntax)
// ---------------------------------------------------------------------------

fn push_lit(out: &mut String, c: char) {
    if c.is_ascii_alphanumeric() || c == '_' {
        out.push(c);
    } else if c.is_ascii_punctuation() {
        out.push('\\');
        out.push(c);
    } else if c.is_ascii() || c.is_control() || c.is_whitespace() {
        out.push_str(&format!("\\x{{{:x}}}", c as u32));
    } else {
        out.push(c);
    }
}

#[derive(Clone, Copy, PartialEq, Eq, Debug)]
enum Cat {
    Digit,
    NotDigit,
    Word,
    NotWord,
    Space,
    NotSpace,
}

fn cat_of(c: char) -> Option<Cat> {
    Some(match c {
        'd' => Cat::Digit,
        'D' => Cat::NotDigit,
        'w' => Cat::Word,
        'W' => Cat::NotWord,
        's' => Cat::Space,
        'S' => Cat::NotSpace,
        _ => return None,
    })
}

/// The positive class body of a category (without brackets).
fn cat_body(cat: Cat, ascii: bool) -> &'static str {
    match (cat, ascii) {
        (Cat::Digit | Cat::NotDigit, false) => r"\d",
        (Cat::Digit | Cat::NotDigit, true) => "0-9",
        (Cat::Word | Cat::NotWord, false) => r"\p{L}\p{N}_",
        (Cat::Word | Cat::NotWord, true) => "0-9A-Za-z_",
        (Cat::Space | Cat::NotSpace, false) => r"\s\x{1c}-\x{1f}",
        (Cat::Space | Cat::NotSpace, true) => r" \t\n\r\x{b}\x{c}",
    }
}

fn cat_negated(cat: Cat) -> bool {
    matches!(cat, Cat::NotDigit | Cat::NotWord | Cat::NotSpace)
}

/// A category as a standalone class (also usable nested inside a class).
fn cat_class(cat: Cat, ascii: bool) -> String {
    let neg = if cat_negated(cat) { "^" } else { "" };
    format!("[{neg}{}]", cat_body(cat, ascii))
}

/// A category as an item inside a character class.
fn cat_in_class(cat: Cat, ascii: bool) -> String {
    if cat_negated(cat) {
        cat_class(cat, ascii)
    } else {
        cat_body(cat, ascii).to_string()
    }
}

const ASCII_WORD: &str = "[0-9A-Za-z_]";

fn word_boundary(ascii: bool, negated: bool) -> String {
    if !ascii {
        return if negated { r"\B".into() } else { r"\b".into() };
    }
    let w = ASCII_WORD;
    if negated {
        format!("(?:(?<={w})(?={w})|(?<!{w})(?!{w}))")
    } else {
        format!("(?:(?<={w})(?!{w})|(?<!{w})(?={w}))")
    }
}

// ---------------------------------------------------------------------------
// Parser / translator (port of re._parser._parse)
// ---------------------------------------------------------------------------

#[derive(Clone, Copy, PartialEq, Eq, Debug)]
enum Kind {
    Normal,
    At,
    Repeat,
}

struct Item {
    text: String,
    kind: Kind,
}

enum ClassItem {
    Lit(char),
    Range(char, char),
    Cat(Cat),
}

struct Parser {
    src: Tokenizer,
    /// Global flags (initial flags plus inline global flags).
    flags: u32,
    /// Number of groups opened so far.
    ngroups: usize,
    /// closed[gid] for gid in 0..=ngroups (index 0 unused).
    closed: Vec<bool>,
    close_rank: Vec<usize>,
    nclosed: usize,
    names: Vec<(String, usize)>,
    lookbehind_groups: Option<usize>,
    grouprefpos: Vec<(usize, usize)>,
    lookbehindish: bool,
    needs_retry: bool,
    /// Added to group numbers in emitted backreferences/conditions.
    ref_offset: usize,
}

impl Parser {
    fn checkgroup(&self, gid: usize) -> bool {
        gid <= self.ngroups && self.closed.get(gid).copied().unwrap_or(false)
    }

    fn checklookbehindgroup(&self, gid: usize) -> Result<(), String> {
        if let Some(lb) = self.lookbehind_groups {
            if !self.checkgroup(gid) {
                return Err(self.src.error("cannot refer to an open group", 0));
            }
            if gid > lb {
                return Err(self.src.error(
                    "cannot refer to group defined in the same lookbehind subpattern",
                    0,
                ));
            }
        }
        Ok(())
    }

    fn group_by_name(&self, name: &str) -> Option<usize> {
        self.names.iter().find(|(n, _)| n == name).map(|x| x.1)
    }

    fn parse_sub(&mut self, verbose: bool, nested: usize, local: u32) -> Result<String, String> {
        let mut out = String::new();
        let mut verbose = verbose;
        let mut first_branch = true;
        loop {
            let lf = if nested == 0 { self.flags } else { local };
            let items = self.parse(verbose, nested + 1, nested == 0 && first_branch, lf)?;
            for it in items {
                out.push_str(&it.text);
            }
            if !self.src.matches('|')? {
                break;
            }
            self.needs_retry = true;
            out.push('|');
            first_branch = false;
            if nested == 0 {
                verbose = self.flags & VERBOSE != 0;
            }
        }
        Ok(out)
    }

    fn parse(
        &mut self,
        verbose: bool,
        nested: usize,
        first: bool,
        local: u32,
    ) -> Result<Vec<Item>, String> {
        let mut items: Vec<Item> = Vec::new();
        let mut verbose = verbose;
        let mut local = local;
        while let Some(this) = self.src.next() {
            if this.is('|') || this.is(')') {
                break;
            }
            self.src.get()?;
            if verbose && let Tok::Ch(c) = this {
                if WHITESPACE.contains(c) {
                    continue;
                }
                if c == '#' {
                    loop {
                        match self.src.get()? {
                            None => break,
                            Some(t) if t.is('\n') => break,
                            _ => {}
                        }
                    }
                    continue;
                }
            }
            let ascii = local & ASCII != 0;
            match this {
                Tok::Esc(c) => {
                    let it = self.escape(c, local)?;
                    items.push(it);
                }
                Tok::Ch(c) if !"\\.^$*+?{}[]()|".contains(c) => {
                    let mut s = String::new();
                    push_lit(&mut s, c);
                    items.push(Item {
                        text: s,
                        kind: Kind::Normal,
                    });
                }
                Tok::Ch('[') => {
                    let s = self.parse_class(ascii)?;
                    items.push(Item {
                        text: s,
                        kind: Kind::Normal,
                    });
                }
                Tok::Ch(c @ ('*' | '+' | '?' | '{')) => {
                    let here = self.src.tell();
                    let (min, max): (u64, u64);
                    match c {
                        '?' => (min, max) = (0, 1),
                        '*' => (min, max) = (0, MAXREPEAT),
                        '+' => (min, max) = (1, MAXREPEAT),
                        _ => {
                            if self.src.next_is('}') {
                                items.push(Item {
                                    text: "\\{".into(),
                                    kind: Kind::Normal,
                                });
                                continue;
                            }
                            let save = self.src.t;
                            let lo = self.src.getwhile(usize::MAX, DIGITS)?;
                            let hi = if self.src.matches(',')? {
                                self.src.getwhile(usize::MAX, DIGITS)?
                            } else {
                                lo.clone()
                            };
                            if !self.src.matches('}')? {
                                items.push(Item {
                                    text: "\\{".into(),
                                    kind: Kind::Normal,
                                });
                                self.src.t = save;
                                continue;
                            }
                            let mut mn = 0u64;
                            let mut mx = MAXREPEAT;
                            if !lo.is_empty() {
                                mn = lo.parse::<u64>().unwrap_or(u64::MAX);
                                if mn >= MAXREPEAT {
                                    return Err("the repetition number is too large".into());
                                }
                            }
                            if !hi.is_empty() {
                                mx = hi.parse::<u64>().unwrap_or(u64::MAX);
                                if mx >= MAXREPEAT {
                                    return Err("the repetition number is too large".into());
                                }
                                if mx < mn {
                                    return Err(self.src.error(
                                        "min repeat greater than max repeat",
                                        self.src.tell() - here,
                                    ));
                                }
                            }
                            (min, max) = (mn, mx);
                        }
                    }
                    let off = self.src.tell() - here + 1;
                    let Some(last) = items.last_mut() else {
                        return Err(self.src.error("nothing to repeat", off));
                    };
                    if last.kind == Kind::At {
                        return Err(self.src.error("nothing to repeat", off));
                    }
                    if last.kind == Kind::Repeat {
                        return Err(self.src.error("multiple repeat", off));
                    }
                    let mut q = match (min, max) {
                        (0, 1) => "?".to_string(),
                        (0, MAXREPEAT) => "*".to_string(),
                        (1, MAXREPEAT) => "+".to_string(),
                        (m, MAXREPEAT) => format!("{{{m},}}"),
                        (m, n) => format!("{{{m},{n}}}"),
                    };
                    if self.src.matches('?')? {
                        q.push('?');
                        self.needs_retry = true;
                    } else if self.src.matches('+')? {
                        q.push('+');
                    }
                    last.text = format!("(?:{}){}", last.text, q);
                    last.kind = Kind::Repeat;
                }
                Tok::Ch('.') => {
                    let s = if local & DOTALL != 0 { "(?s:.)" } else { "." };
                    items.push(Item {
                        text: s.into(),
                        kind: Kind::Normal,
                    });
                }
                Tok::Ch('(') => {
                    let start = self.src.tell() - 1;
                    if let Some(it) =
                        self.parse_group(start, verbose, nested, first, &items, &mut local)?
                    {
                        items.push(it);
                    } else {
                        // global flags may have changed verbosity
                        verbose = self.flags & VERBOSE != 0;
                    }
                }
                Tok::Ch('^') => {
                    self.lookbehindish = true;
                    let s = if local & MULTILINE != 0 {
                        "(?m:^)"
                    } else {
                        r"\A"
                    };
                    items.push(Item {
                        text: s.into(),
                        kind: Kind::At,
                    });
                }
                Tok::Ch('$') => {
                    let s = if local & MULTILINE != 0 {
                        "(?m:$)"
                    } else {
                        r"(?=\n?\z)"
                    };
                    items.push(Item {
                        text: s.into(),
                        kind: Kind::At,
                    });
                }
                Tok::Ch(_) => {
                    // ']' '}' ')' '|' handled above or literal
                    let mut s = String::new();
                    if let Some(c) = this.ch() {
                        push_lit(&mut s, c);
                    }
                    items.push(Item {
                        text: s,
                        kind: Kind::Normal,
                    });
                }
            }
        }
        Ok(items)
    }

    /// Returns None for constructs that produce no item (comments, global flags).
    fn parse_group(
        &mut self,
        start: usize,
        verbose: bool,
        nested: usize,
        first: bool,
        items: &[Item],
        local: &mut u32,
    ) -> Result<Option<Item>, String> {
        let mut capture = true;
        let mut atomic = false;
        let mut name: Option<String> = None;
        let mut add_flags = 0u32;
        let mut del_flags = 0u32;
        if self.src.matches('?')? {
            let Some(ch) = self.src.get()? else {
                return Err(self.src.error("unexpected end of pattern", 0));
            };
            match ch {
                Tok::Ch('P') => {
                    if self.src.matches('<')? {
                        let n = self.src.getuntil('>', "group name")?;
                        if !is_identifier(&n) {
                            return Err(self.src.error(
                                &format!("bad character in group name {}", py_repr(&n)),
                                n.chars().count() + 1,
                            ));
                        }
                        name = Some(n);
                    } else if self.src.matches('=')? {
                        let n = self.src.getuntil(')', "group name")?;
                        let nl = n.chars().count();
                        if !is_identifier(&n) {
                            return Err(self.src.error(
                                &format!("bad character in group name {}", py_repr(&n)),
                                nl + 1,
                            ));
                        }
                        let Some(gid) = self.group_by_name(&n) else {
                            return Err(self
                                .src
                                .error(&format!("unknown group name {}", py_repr(&n)), nl + 1));
                        };
                        if !self.checkgroup(gid) {
                            return Err(self.src.error("cannot refer to an open group", nl + 1));
                        }
                        self.checklookbehindgroup(gid)?;
                        self.needs_retry = true;
                        return Ok(Some(Item {
                            text: format!("\\k<{}>", gid + self.ref_offset),
                            kind: Kind::Normal,
                        }));
                    } else {
                        let Some(c2) = self.src.get()? else {
                            return Err(self.src.error("unexpected end of pattern", 0));
                        };
                        let mut s = String::from("unknown extension ?P");
                        c2.push_to(&mut s);
                        return Err(self.src.error(&s, c2.len() + 2));
                    }
                }
                Tok::Ch(':') => capture = false,
                Tok::Ch('#') => {
                    loop {
                        if self.src.next().is_none() {
                            return Err(self.src.error(
                                "missing ), unterminated comment",
                                self.src.tell() - start,
                            ));
                        }
                        if let Some(t) = self.src.get()?
                            && t.is(')')
                        {
                            break;
                        }
                    }
                    return Ok(None);
                }
                Tok::Ch(c @ ('=' | '!' | '<')) => {
                    let mut kind = c;
                    let mut behind = false;
                    let mut saved_lb = None;
                    let mut lb_set_here = false;
                    if c == '<' {
                        let Some(c2) = self.src.get()? else {
                            return Err(self.src.error("unexpected end of pattern", 0));
                        };
                        if !(c2.is('=') || c2.is('!')) {
                            let mut s = String::from("unknown extension ?<");
                            c2.push_to(&mut s);
                            return Err(self.src.error(&s, c2.len() + 2));
                        }
                        kind = c2.ch().unwrap_or('=');
                        behind = true;
                        self.lookbehindish = true;
                        saved_lb = self.lookbehind_groups;
                        if saved_lb.is_none() {
                            self.lookbehind_groups = Some(self.ngroups);
                            lb_set_here = true;
                        }
                    }
                    let p = self.parse_sub(verbose, nested + 1, *local)?;
                    if behind && lb_set_here {
                        self.lookbehind_groups = saved_lb;
                    }
                    if !self.src.matches(')')? {
                        return Err(self.src.error(
                            "missing ), unterminated subpattern",
                            self.src.tell() - start,
                        ));
                    }
                    let open = match (behind, kind) {
                        (false, '=') => "(?=",
                        (false, _) => "(?!",
                        (true, '=') => "(?<=",
                        (true, _) => "(?<!",
                    };
                    return Ok(Some(Item {
                        text: format!("{open}{p})"),
                        kind: Kind::Normal,
                    }));
                }
                Tok::Ch('(') => {
                    let condname = self.src.getuntil(')', "group name")?;
                    let cl = condname.chars().count();
                    let condgroup = if is_identifier(&condname) {
                        let Some(g) = self.group_by_name(&condname) else {
                            return Err(self.src.error(
                                &format!("unknown group name {}", py_repr(&condname)),
                                cl + 1,
                            ));
                        };
                        g
                    } else {
                        let parsed = if !condname.is_empty()
                            && condname.chars().all(|c| c.is_ascii_digit())
                        {
                            condname.parse::<usize>().ok()
                        } else {
                            None
                        };
                        let Some(g) = parsed else {
                            if !condname.is_empty() && condname.chars().all(|c| c.is_ascii_digit())
                            {
                                return Err(self.src.error(
                                    &format!("invalid group reference {condname}"),
                                    cl + 1,
                                ));
                            }
                            return Err(self.src.error(
                                &format!("bad character in group name {}", py_repr(&condname)),
                                cl + 1,
                            ));
                        };
                        if g == 0 {
                            return Err(self.src.error("bad group number", cl + 1));
                        }
                        if g >= MAXGROUPS {
                            return Err(self
                                .src
                                .error(&format!("invalid group reference {g}"), cl + 1));
                        }
                        if !self.grouprefpos.iter().any(|x| x.0 == g) {
                            self.grouprefpos.push((g, self.src.tell() - cl - 1));
                        }
                        g
                    };
                    self.checklookbehindgroup(condgroup)?;
                    self.needs_retry = true;
                    let yes = self.parse(verbose, nested + 1, false, *local)?;
                    let mut no = Vec::new();
                    if self.src.matches('|')? {
                        no = self.parse(verbose, nested + 1, false, *local)?;
                        if self.src.next_is('|') {
                            return Err(self
                                .src
                                .error("conditional backref with more than two branches", 0));
                        }
                    }
                    if !self.src.matches(')')? {
                        return Err(self.src.error(
                            "missing ), unterminated subpattern",
                            self.src.tell() - start,
                        ));
                    }
                    let y: String = yes.into_iter().map(|i| i.text).collect();
                    let n: String = no.into_iter().map(|i| i.text).collect();
                    return Ok(Some(Item {
                        text: format!("(?({})(?:{y})|(?:{n}))", condgroup + self.ref_offset),
                        kind: Kind::Normal,
                    }));
                }
                Tok::Ch('>') => {
                    capture = false;
                    atomic = true;
                }
                Tok::Ch(c) if flag_of(c).is_some() || c == '-' => match self.parse_flags(c)? {
                    None => {
                        if !first || !items.is_empty() {
                            return Err(self.src.error(
                                "global flags not at the start of the expression",
                                self.src.tell() - start,
                            ));
                        }
                        *local = self.flags;
                        return Ok(None);
                    }
                    Some((a, d)) => {
                        add_flags = a;
                        del_flags = d;
                        capture = false;
                    }
                },
                other => {
                    let mut s = String::from("unknown extension ?");
                    other.push_to(&mut s);
                    return Err(self.src.error(&s, other.len() + 1));
                }
            }
        }
        let mut gid = 0;
        if capture {
            gid = self.ngroups + 1;
            if gid > MAXGROUPS {
                return Err(self.src.error("too many groups", 0));
            }
            if let Some(n) = &name {
                if let Some(og) = self.group_by_name(n) {
                    return Err(self.src.error(
                        &format!(
                            "redefinition of group name {} as group {gid}; was group {og}",
                            py_repr(n)
                        ),
                        n.chars().count() + 1,
                    ));
                }
                self.names.push((n.clone(), gid));
            }
            self.ngroups = gid;
            self.closed.push(false);
            self.close_rank.push(0);
        }
        let sub_verbose = (verbose || add_flags & VERBOSE != 0) && del_flags & VERBOSE == 0;
        let mut sub_local = (*local | add_flags) & !del_flags;
        if add_flags & TYPE_FLAGS != 0 {
            sub_local = (sub_local & !TYPE_FLAGS) | (add_flags & TYPE_FLAGS);
        }
        let p = self.parse_sub(sub_verbose, nested + 1, sub_local)?;
        if !self.src.matches(')')? {
            return Err(self.src.error(
                "missing ), unterminated subpattern",
                self.src.tell() - start,
            ));
        }
        if capture {
            self.closed[gid] = true;
            self.nclosed += 1;
            self.close_rank[gid] = self.nclosed;
        }
        let text = if capture {
            format!("({p})")
        } else if atomic {
            format!("(?>{p})")
        } else {
            let mut fl = String::new();
            if add_flags & IGNORECASE != 0 {
                fl.push('i');
            }
            if del_flags & IGNORECASE != 0 {
                fl.push_str("-i");
            }
            format!("(?{fl}:{p})")
        };
        Ok(Some(Item {
            text,
            kind: Kind::Normal,
        }))
    }

    /// Port of `_parse_flags`; None = global flags `(?i)`.
    fn parse_flags(&mut self, first: char) -> Result<Option<(u32, u32)>, String> {
        let mut add = 0u32;
        let mut del = 0u32;
        let mut ch = Tok::Ch(first);
        if first != '-' {
            loop {
                let c = ch.ch().unwrap_or('\0');
                let Some(flag) = flag_of(c) else { break };
                if c == 'L' {
                    return Err(self.src.error(
                        "bad inline flags: cannot use 'L' flag with a str pattern",
                        0,
                    ));
                }
                add |= flag;
                if flag & TYPE_FLAGS != 0 && add & TYPE_FLAGS != flag {
                    return Err(self.src.error(
                        "bad inline flags: flags 'a', 'u' and 'L' are incompatible",
                        0,
                    ));
                }
                let Some(n) = self.src.get()? else {
                    return Err(self.src.error("missing -, : or )", 0));
                };
                ch = n;
                if ch.is(')') || ch.is('-') || ch.is(':') {
                    break;
                }
                if ch.ch().and_then(flag_of).is_none() {
                    let alpha = matches!(ch, Tok::Ch(c) if c.is_alphabetic());
                    let msg = if alpha {
                        "unknown flag"
                    } else {
                        "missing -, : or )"
                    };
                    return Err(self.src.error(msg, ch.len()));
                }
            }
        }
        if ch.is(')') {
            self.flags |= add;
            return Ok(None);
        }
        if add & GLOBAL_FLAGS != 0 {
            return Err(self
                .src
                .error("bad inline flags: cannot turn on global flag", 1));
        }
        if ch.is('-') {
            let Some(n) = self.src.get()? else {
                return Err(self.src.error("missing flag", 0));
            };
            ch = n;
            if ch.ch().and_then(flag_of).is_none() {
                let alpha = matches!(ch, Tok::Ch(c) if c.is_alphabetic());
                let msg = if alpha {
                    "unknown flag"
                } else {
                    "missing flag"
                };
                return Err(self.src.error(msg, ch.len()));
            }
            loop {
                let flag = ch.ch().and_then(flag_of).unwrap_or(0);
                if flag & TYPE_FLAGS != 0 {
                    return Err(self.src.error(
                        "bad inline flags: cannot turn off flags 'a', 'u' and 'L'",
                        0,
                    ));
                }
                del |= flag;
                let Some(n) = self.src.get()? else {
                    return Err(self.src.error("missing :", 0));
                };
                ch = n;
                if ch.is(':') {
                    break;
                }
                if ch.ch().and_then(flag_of).is_none() {
                    let alpha = matches!(ch, Tok::Ch(c) if c.is_alphabetic());
                    let msg = if alpha { "unknown flag" } else { "missing :" };
                    return Err(self.src.error(msg, ch.len()));
                }
            }
        }
        if del & GLOBAL_FLAGS != 0 {
            return Err(self
                .src
                .error("bad inline flags: cannot turn off global flag", 1));
        }
        if add & del != 0 {
            return Err(self
                .src
                .error("bad inline flags: flag turned on and off", 1));
        }
        Ok(Some((add, del)))
    }

    fn hex_escape(&mut self, esc: &str, c: char, n: usize) -> Result<char, String> {
        let digits = self.src.getwhile(n, HEXDIGITS)?;
        let full = format!("{esc}{digits}");
        if digits.chars().count() != n {
            return Err(self
                .src
                .error(&format!("incomplete escape {full}"), full.chars().count()));
        }
        let v = u32::from_str_radix(&digits, 16).unwrap_or(u32::MAX);
        match char::from_u32(v) {
            Some(ch) => Ok(ch),
            None => {
                let msg = if c == 'U' && v > 0x10ffff {
                    format!("bad escape {full}")
                } else {
                    format!("unsupported escape {full} (surrogate code point)")
                };
                Err(self.src.error(&msg, full.chars().count()))
            }
        }
    }

    fn named_escape(&mut self) -> Result<char, String> {
        if !self.src.matches('{')? {
            return Err(self.src.error("missing {", 0));
        }
        let name = self.src.getuntil('}', "character name")?;
        match lookup_char_name(&name) {
            Some(c) => Ok(c),
            None => Err(self.src.error(
                &format!("undefined character name {}", py_repr(&name)),
                name.chars().count() + 4,
            )),
        }
    }

    /// Escape outside of a class (`_escape`).
    fn escape(&mut self, c: char, local: u32) -> Result<Item, String> {
        let ascii = local & ASCII != 0;
        let normal = |s: String| {
            Ok(Item {
                text: s,
                kind: Kind::Normal,
            })
        };
        let lit = |ch: char| {
            let mut s = String::new();
            push_lit(&mut s, ch);
            Ok(Item {
                text: s,
                kind: Kind::Normal,
            })
        };
        let esc = format!("\\{c}");
        match c {
            'A' => {
                self.lookbehindish = true;
                return Ok(Item {
                    text: r"\A".into(),
                    kind: Kind::At,
                });
            }
            'Z' => {
                return Ok(Item {
                    text: r"\z".into(),
                    kind: Kind::At,
                });
            }
            'b' | 'B' => {
                self.lookbehindish = true;
                return Ok(Item {
                    text: word_boundary(ascii, c == 'B'),
                    kind: Kind::At,
                });
            }
            _ => {}
        }
        if let Some(cat) = cat_of(c) {
            return normal(cat_class(cat, ascii));
        }
        match c {
            'a' => return lit('\x07'),
            'f' => return lit('\x0c'),
            'n' => return lit('\n'),
            'r' => return lit('\r'),
            't' => return lit('\t'),
            'v' => return lit('\x0b'),
            '\\' => return lit('\\'),
            _ => {}
        }
        match c {
            'x' => {
                let ch = self.hex_escape(&esc, c, 2)?;
                lit(ch)
            }
            'u' => {
                let ch = self.hex_escape(&esc, c, 4)?;
                lit(ch)
            }
            'U' => {
                let ch = self.hex_escape(&esc, c, 8)?;
                lit(ch)
            }
            'N' => {
                let ch = self.named_escape()?;
                lit(ch)
            }
            '0' => {
                let more = self.src.getwhile(2, OCTDIGITS)?;
                let v = u32::from_str_radix(&format!("0{more}"), 8).unwrap_or(0);
                lit(char::from_u32(v).unwrap_or('\0'))
            }
            '1'..='9' => {
                let mut escape = esc.clone();
                if let Some(Tok::Ch(d)) = self.src.next()
                    && d.is_ascii_digit()
                {
                    self.src.get()?;
                    escape.push(d);
                    if OCTDIGITS.contains(c) && OCTDIGITS.contains(d) && self.src.next_in(OCTDIGITS)
                    {
                        if let Some(Tok::Ch(d3)) = self.src.get()? {
                            escape.push(d3);
                        }
                        let v = u32::from_str_radix(&escape[1..], 8).unwrap_or(0);
                        if v > 0o377 {
                            return Err(self.src.error(
                                &format!("octal escape value {escape} outside of range 0-0o377"),
                                escape.len(),
                            ));
                        }
                        return lit(char::from_u32(v).unwrap_or('\0'));
                    }
                }
                let group: usize = escape[1..].parse().unwrap_or(usize::MAX);
                if group <= self.ngroups {
                    if !self.checkgroup(group) {
                        return Err(self
                            .src
                            .error("cannot refer to an open group", escape.len()));
                    }
                    self.checklookbehindgroup(group)?;
                    self.needs_retry = true;
                    return normal(format!("\\k<{}>", group + self.ref_offset));
                }
                Err(self.src.error(
                    &format!("invalid group reference {group}"),
                    escape.len() - 1,
                ))
            }
            c if c.is_ascii_alphabetic() => Err(self.src.error(&format!("bad escape {esc}"), 2)),
            c => lit(c),
        }
    }

    /// Escape inside a class (`_class_escape`).
    fn class_escape(&mut self, c: char) -> Result<ClassItem, String> {
        let esc = format!("\\{c}");
        match c {
            'a' => return Ok(ClassItem::Lit('\x07')),
            'b' => return Ok(ClassItem::Lit('\x08')),
            'f' => return Ok(ClassItem::Lit('\x0c')),
            'n' => return Ok(ClassItem::Lit('\n')),
            'r' => return Ok(ClassItem::Lit('\r')),
            't' => return Ok(ClassItem::Lit('\t')),
            'v' => return Ok(ClassItem::Lit('\x0b')),
            '\\' => return Ok(ClassItem::Lit('\\')),
            _ => {}
        }
        if let Some(cat) = cat_of(c) {
            return Ok(ClassItem::Cat(cat));
        }
        match c {
            'x' => Ok(ClassItem::Lit(self.hex_escape(&esc, c, 2)?)),
            'u' => Ok(ClassItem::Lit(self.hex_escape(&esc, c, 4)?)),
            'U' => Ok(ClassItem::Lit(self.hex_escape(&esc, c, 8)?)),
            'N' => Ok(ClassItem::Lit(self.named_escape()?)),
            '0'..='7' => {
                let more = self.src.getwhile(2, OCTDIGITS)?;
                let full = format!("{esc}{more}");
                let v = u32::from_str_radix(&full[1..], 8).unwrap_or(0);
                if v > 0o377 {
                    return Err(self.src.error(
                        &format!("octal escape value {full} outside of range 0-0o377"),
                        full.len(),
                    ));
                }
                Ok(ClassItem::Lit(char::from_u32(v).unwrap_or('\0')))
            }
            '8' | '9' => Err(self.src.error(&format!("bad escape {esc}"), 2)),
            c if c.is_ascii_alphabetic() => Err(self.src.error(&format!("bad escape {esc}"), 2)),
            c => Ok(ClassItem::Lit(c)),
        }
    }

    fn parse_class(&mut self, ascii: bool) -> Result<String, String> {
        let here = self.src.tell() - 1;
        let mut set: Vec<ClassItem> = Vec::new();
        let negate = self.src.matches('^')?;
        loop {
            let Some(this) = self.src.get()? else {
                return Err(self
                    .src
                    .error("unterminated character set", self.src.tell() - here));
            };
            if this.is(']') && !set.is_empty() {
                break;
            }
            let code1 = match this {
                Tok::Esc(c) => self.class_escape(c)?,
                Tok::Ch(c) => ClassItem::Lit(c),
            };
            if self.src.matches('-')? {
                let Some(that) = self.src.get()? else {
                    return Err(self
                        .src
                        .error("unterminated character set", self.src.tell() - here));
                };
                if that.is(']') {
                    set.push(code1);
                    set.push(ClassItem::Lit('-'));
                    break;
                }
                let code2 = match that {
                    Tok::Esc(c) => self.class_escape(c)?,
                    Tok::Ch(c) => ClassItem::Lit(c),
                };
                let mut desc = String::new();
                this.push_to(&mut desc);
                desc.push('-');
                that.push_to(&mut desc);
                let off = this.len() + 1 + that.len();
                match (code1, code2) {
                    (ClassItem::Lit(lo), ClassItem::Lit(hi)) => {
                        if hi < lo {
                            return Err(self
                                .src
                                .error(&format!("bad character range {desc}"), off));
                        }
                        set.push(ClassItem::Range(lo, hi));
                    }
                    _ => return Err(self.src.error(&format!("bad character range {desc}"), off)),
                }
            } else {
                set.push(code1);
            }
        }
        let mut out = String::from("[");
        if negate {
            out.push('^');
        }
        for it in &set {
            match *it {
                ClassItem::Lit(c) => push_lit(&mut out, c),
                ClassItem::Range(a, b) => {
                    push_lit(&mut out, a);
                    out.push('-');
                    push_lit(&mut out, b);
                }
                ClassItem::Cat(cat) => out.push_str(&cat_in_class(cat, ascii)),
            }
        }
        out.push(']');
        Ok(out)
    }
}

/// A tiny table of Unicode character names for `\N{...}` (no full name database is available).
fn lookup_char_name(name: &str) -> Option<char> {
    let n = name.to_ascii_uppercase();
    let table: &[(&str, char)] = &[
        ("SPACE", ' '),
        ("NO-BREAK SPACE", '\u{a0}'),
        ("EM DASH", '\u{2014}'),
        ("EN DASH", '\u{2013}'),
        ("HYPHEN-MINUS", '-'),
        ("BULLET", '\u{2022}'),
        ("HORIZONTAL ELLIPSIS", '\u{2026}'),
        ("LEFT SINGLE QUOTATION MARK", '\u{2018}'),
        ("RIGHT SINGLE QUOTATION MARK", '\u{2019}'),
        ("LEFT DOUBLE QUOTATION MARK", '\u{201c}'),
        ("RIGHT DOUBLE QUOTATION MARK", '\u{201d}'),
        ("ZERO WIDTH SPACE", '\u{200b}'),
        ("EURO SIGN", '\u{20ac}'),
        ("POUND SIGN", '\u{a3}'),
        ("DEGREE SIGN", '\u{b0}'),
        ("COPYRIGHT SIGN", '\u{a9}'),
        ("LINE FEED", '\n'),
        ("CARRIAGE RETURN", '\r'),
        ("CHARACTER TABULATION", '\t'),
        ("NULL", '\0'),
        ("GREEK SMALL LETTER ALPHA", '\u{3b1}'),
        ("GREEK SMALL LETTER BETA", '\u{3b2}'),
        ("GREEK SMALL LETTER PI", '\u{3c0}'),
        ("SNOWMAN", '\u{2603}'),
        ("BLACK STAR", '\u{2605}'),
        ("WHITE SMILING FACE", '\u{263a}'),
    ];
    if let Some(&(_, c)) = table.iter().find(|(k, _)| *k == n) {
        return Some(c);
    }
    for (prefix, base) in [("LATIN SMALL LETTER ", 'a'), ("LATIN CAPITAL LETTER ", 'A')] {
        if let Some(rest) = n.strip_prefix(prefix) {
            let b = rest.as_bytes();
            if b.len() == 1 && b[0].is_ascii_uppercase() {
                return char::from_u32(base as u32 + (b[0] - b'A') as u32);
            }
        }
    }
    if let Some(rest) = n.strip_prefix("DIGIT ") {
        let digits = [
            "ZERO", "ONE", "TWO", "THREE", "FOUR", "FIVE", "SIX", "SEVEN", "EIGHT", "NINE",
        ];
        if let Some(i) = digits.iter().position(|d| *d == rest) {
            return char::from_digit(i as u32, 10);
        }
    }
    None
}

// ---------------------------------------------------------------------------
// Compiled regex
// ---------------------------------------------------------------------------

/// A compiled Python regular expression.
#[derive(Debug)]
pub struct Regex {
    pattern: String,
    flags: u32,
    groups: usize,
    names: Vec<(String, usize)>,
    close_rank: Vec<usize>,
    body: String,
    /// `(?:\G(?:body)(?!\G)|(?!\G)(?:body'))`: search that rejects an empty match at the
    /// start position (Python's must_advance), with the second copy's groups shifted.
    dual_body: String,
    lookbehindish: bool,
    needs_retry: bool,
    search_re: fancy_regex::Regex,
    anchored_slice: OnceLock<Result<fancy_regex::Regex, String>>,
    anchored_g: OnceLock<Result<fancy_regex::Regex, String>>,
    full_slice: OnceLock<Result<fancy_regex::Regex, String>>,
    full_g: OnceLock<Result<fancy_regex::Regex, String>>,
    dual: OnceLock<Result<fancy_regex::Regex, String>>,
}

/// The result of a successful match.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Captures {
    /// Char (code point) spans, group 0 first; None for groups that did not participate.
    pub spans: Vec<Option<(usize, usize)>>,
    /// The same spans as UTF-8 byte offsets into the text passed to the matching function.
    pub byte_spans: Vec<Option<(usize, usize)>>,
    lastindex: Option<usize>,
}

impl Captures {
    /// Python's `Match.lastindex`.
    pub fn lastindex(&self) -> Option<usize> {
        self.lastindex
    }
    /// Char span of group `i` (None if it did not participate or does not exist).
    pub fn span(&self, i: usize) -> Option<(usize, usize)> {
        self.spans.get(i).copied().flatten()
    }
    /// Text of group `i`, given the same text that was passed to the matching function.
    pub fn group_str<'t>(&self, text: &'t str, i: usize) -> Option<&'t str> {
        let (a, b) = self.byte_spans.get(i).copied().flatten()?;
        text.get(a..b)
    }
}

fn map_fancy_error(e: fancy_regex::Error) -> String {
    use fancy_regex::{CompileError, Error};
    match e {
        Error::CompileError(CompileError::LookBehindNotConst) => {
            "look-behind requires fixed-width pattern".to_string()
        }
        Error::RuntimeError(r) => format!("regex runtime error: {r}"),
        other => format!("{other}"),
    }
}

fn build(pat: &str) -> Result<fancy_regex::Regex, String> {
    fancy_regex::RegexBuilder::new(pat)
        .backtrack_limit(BACKTRACK_LIMIT)
        .build()
        .map_err(map_fancy_error)
}

/// Text truncated at endpos, with byte/char positions.
struct Prepared<'t> {
    text: &'t str,
    ascii: bool,
    pos_b: usize,
    pos_c: usize,
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

fn prepare(text: &str, pos: usize, endpos: usize) -> Option<Prepared<'_>> {
    let end_b = if endpos >= text.len() {
        text.len()
    } else {
        char_to_byte(text, endpos).0
    };
    let (pos_b, pos_c) = char_to_byte(text, pos);
    if pos_b > end_b {
        return None;
    }
    Some(Prepared {
        text: text.get(..end_b)?,
        ascii: false,
        pos_b,
        pos_c,
    })
}

/// Incremental byte -> char offset converter.
struct Conv<'t> {
    text: &'t str,
    ascii: bool,
    anchor_b: usize,
    anchor_c: usize,
}

impl Conv<'_> {
    fn count(&self, a: usize, b: usize) -> usize {
        self.text
            .get(a..b)
            .map(|s| s.chars().count())
            .unwrap_or(b - a)
    }
    fn to_char(&self, b: usize) -> usize {
        if self.ascii {
            b
        } else if b >= self.anchor_b {
            self.anchor_c + self.count(self.anchor_b, b)
        } else {
            self.count(0, b)
        }
    }
    fn move_anchor(&mut self, b: usize) {
        if self.ascii {
            return;
        }
        if b >= self.anchor_b {
            self.anchor_c += self.count(self.anchor_b, b);
        } else {
            self.anchor_c = self.count(0, b);
        }
        self.anchor_b = b;
    }
}

/// Result of translating a Python pattern.
struct Translation {
    body: String,
    flags: u32,
    groups: usize,
    names: Vec<(String, usize)>,
    close_rank: Vec<usize>,
    lookbehindish: bool,
    needs_retry: bool,
}

fn translate(pattern: &str, flags: u32, ref_offset: usize) -> Result<Translation, String> {
    let src = Tokenizer::new(pattern)?;
    let mut p = Parser {
        src,
        flags,
        ngroups: 0,
        closed: vec![false],
        close_rank: vec![0],
        nclosed: 0,
        names: Vec::new(),
        lookbehind_groups: None,
        grouprefpos: Vec::new(),
        lookbehindish: false,
        needs_retry: false,
        ref_offset,
    };
    let body = p.parse_sub(flags & VERBOSE != 0, 0, flags)?;
    if p.src.next().is_some() {
        return Err(p.src.error("unbalanced parenthesis", 0));
    }
    for &(g, pos) in &p.grouprefpos {
        if g > p.ngroups {
            return Err(format_error(
                &format!("invalid group reference {g}"),
                &p.src.chars,
                pos,
            ));
        }
    }
    let mut fl = p.flags;
    if fl & ASCII != 0 && fl & UNICODE != 0 {
        return Err("ASCII and UNICODE flags are incompatible".into());
    }
    if fl & ASCII == 0 {
        fl |= UNICODE;
    }
    let body = if fl & IGNORECASE != 0 {
        format!("(?i){body}")
    } else {
        body
    };
    Ok(Translation {
        body,
        flags: fl,
        groups: p.ngroups,
        names: p.names,
        close_rank: p.close_rank,
        lookbehindish: p.lookbehindish,
        needs_retry: p.needs_retry,
    })
}

impl Regex {
    /// Compile a Python pattern. Errors are `re.error` messages (or ValueError messages
    /// for invalid flag combinations; "the repetition number is too large" is an OverflowError).
    pub fn compile(pattern: &str, flags: u32) -> Result<Regex, String> {
        if flags & LOCALE != 0 {
            return Err("cannot use LOCALE flag with a str pattern".into());
        }
        if flags & ASCII != 0 && flags & UNICODE != 0 {
            return Err("ASCII and UNICODE flags are incompatible".into());
        }
        let t = translate(pattern, flags, 0)?;
        let search_re = build(&t.body)?;
        let dual_body = if t.needs_retry {
            let t2 = translate(pattern, flags, t.groups)?;
            format!(r"(?:\G(?:{})(?!\G)|(?!\G)(?:{}))", t.body, t2.body)
        } else {
            String::new()
        };
        Ok(Regex {
            pattern: pattern.to_string(),
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

    /// The original pattern string.
    pub fn pattern(&self) -> &str {
        &self.pattern
    }

    /// The translated fancy-regex pattern (for debugging).
    pub fn translated(&self) -> &str {
        &self.body
    }

    /// Number of capture groups.
    pub fn groups(&self) -> usize {
        self.groups
    }

    /// Named groups and their numbers, in group order.
    pub fn group_index(&self) -> Vec<(String, usize)> {
        self.names.clone()
    }

    /// Python's `Pattern.flags` (includes inline global flags and UNICODE for str patterns).
    pub fn flags(&self) -> u32 {
        self.flags
    }

    fn lazy<'a>(
        &self,
        cell: &'a OnceLock<Result<fancy_regex::Regex, String>>,
        make: impl FnOnce(&str) -> String,
    ) -> Result<&'a fancy_regex::Regex, String> {
        cell.get_or_init(|| build(&make(&self.body)))
            .as_ref()
            .map_err(|e| e.clone())
    }

    fn make_caps(&self, caps: &fancy_regex::Captures, offset: usize, conv: &mut Conv) -> Captures {
        let n = self.groups + 1;
        let dual = caps.len() > n;
        let mut byte_spans = Vec::with_capacity(n);
        for i in 0..n {
            let mut m = caps.get(i);
            if dual && i > 0 && m.is_none() {
                m = caps.get(i + self.groups);
            }
            byte_spans.push(m.map(|m| (m.start() + offset, m.end() + offset)));
        }
        if let Some(Some((s, _))) = byte_spans.first() {
            conv.move_anchor(*s);
        }
        let spans: Vec<Option<(usize, usize)>> = byte_spans
            .iter()
            .map(|sp| sp.map(|(a, b)| (conv.to_char(a), conv.to_char(b))))
            .collect();
        let mut lastindex = None;
        let mut best = (0usize, 0usize);
        for (i, sp) in spans.iter().enumerate().skip(1) {
            if let Some((_, e)) = sp {
                let key = (*e, self.close_rank.get(i).copied().unwrap_or(0));
                if lastindex.is_none() || key > best {
                    best = key;
                    lastindex = Some(i);
                }
            }
        }
        Captures {
            spans,
            byte_spans,
            lastindex,
        }
    }

    /// `Pattern.search(text, pos, endpos)`.
    pub fn search(
        &self,
        text: &str,
        pos: usize,
        endpos: usize,
    ) -> Result<Option<Captures>, String> {
        let Some(pr) = prepare(text, pos, endpos) else {
            return Ok(None);
        };
        let caps = self
            .search_re
            .captures_from_pos(pr.text, pr.pos_b)
            .map_err(map_fancy_error)?;
        let mut conv = Conv {
            text: pr.text,
            ascii: pr.ascii,
            anchor_b: pr.pos_b,
            anchor_c: pr.pos_c,
        };
        Ok(caps.map(|c| self.make_caps(&c, 0, &mut conv)))
    }

    fn anchored(
        &self,
        text: &str,
        pos: usize,
        endpos: usize,
        full: bool,
    ) -> Result<Option<Captures>, String> {
        let Some(pr) = prepare(text, pos, endpos) else {
            return Ok(None);
        };
        let mut conv = Conv {
            text: pr.text,
            ascii: pr.ascii,
            anchor_b: pr.pos_b,
            anchor_c: pr.pos_c,
        };
        if pr.pos_b == 0 || !self.lookbehindish {
            let re = if full {
                self.lazy(&self.full_slice, |b| format!(r"\A(?:{b})\z"))?
            } else {
                self.lazy(&self.anchored_slice, |b| format!(r"\A(?:{b})"))?
            };
            let slice = pr.text.get(pr.pos_b..).unwrap_or("");
            let caps = re.captures(slice).map_err(map_fancy_error)?;
            Ok(caps.map(|c| self.make_caps(&c, pr.pos_b, &mut conv)))
        } else {
            let re = if full {
                self.lazy(&self.full_g, |b| format!(r"\G(?:{b})\z"))?
            } else {
                self.lazy(&self.anchored_g, |b| format!(r"\G(?:{b})"))?
            };
            let caps = re
                .captures_from_pos(pr.text, pr.pos_b)
                .map_err(map_fancy_error)?;
            Ok(caps.map(|c| self.make_caps(&c, 0, &mut conv)))
        }
    }

    /// `Pattern.match(text, pos, endpos)` (anchored at pos).
    pub fn match_at(
        &self,
        text: &str,
        pos: usize,
        endpos: usize,
    ) -> Result<Option<Captures>, String> {
        self.anchored(text, pos, endpos, false)
    }

    /// `Pattern.fullmatch(text, pos, endpos)`.
    pub fn fullmatch(
        &self,
        text: &str,
        pos: usize,
        endpos: usize,
    ) -> Result<Option<Captures>, String> {
        self.anchored(text, pos, endpos, true)
    }

    /// Core iteration with Python 3.7+ empty-match rules. `limit` 0 = unlimited.
    /// Calls `f` with each match (byte offsets into `text`).
    fn for_each_match(
        &self,
        text: &str,
        start_b: usize,
        limit: usize,
        f: &mut dyn FnMut(&fancy_regex::Captures) -> Result<(), String>,
    ) -> Result<(), String> {
        let mut p = start_b;
        let mut must_advance = false;
        let mut n = 0usize;
        loop {
            if (limit != 0 && n >= limit) || p > text.len() {
                break;
            }
            let caps = if must_advance && self.needs_retry {
                let body = self.dual_body.clone();
                let re = self.lazy(&self.dual, move |_| body)?;
                re.captures_from_pos(text, p).map_err(map_fancy_error)?
            } else if must_advance {
                let Some(ch) = text.get(p..).and_then(|s| s.chars().next()) else {
                    break;
                };
                self.search_re
                    .captures_from_pos(text, p + ch.len_utf8())
                    .map_err(map_fancy_error)?
            } else {
                self.search_re
                    .captures_from_pos(text, p)
                    .map_err(map_fancy_error)?
            };
            let Some(caps) = caps else { break };
            let Some(m) = caps.get(0) else { break };
            must_advance = m.start() == m.end();
            p = m.end();
            n += 1;
            f(&caps)?;
        }
        Ok(())
    }

    /// All successive non-overlapping matches (`finditer`), Python empty-match semantics.
    pub fn find_iter(
        &self,
        text: &str,
        pos: usize,
        endpos: usize,
    ) -> Result<Vec<Captures>, String> {
        let Some(pr) = prepare(text, pos, endpos) else {
            return Ok(Vec::new());
        };
        let mut conv = Conv {
            text: pr.text,
            ascii: pr.ascii,
            anchor_b: pr.pos_b,
            anchor_c: pr.pos_c,
        };
        let mut out = Vec::new();
        self.for_each_match(pr.text, pr.pos_b, 0, &mut |c| {
            out.push(self.make_caps(c, 0, &mut conv));
            Ok(())
        })?;
        Ok(out)
    }

    /// `Pattern.split(text, maxsplit)` (maxsplit 0 = no limit).
    pub fn split(&self, text: &str, maxsplit: usize) -> Result<Vec<Option<String>>, String> {
        let mut out = Vec::new();
        let mut last = 0usize;
        self.for_each_match(text, 0, maxsplit, &mut |c| {
            let Some(m) = c.get(0) else { return Ok(()) };
            out.push(Some(text.get(last..m.start()).unwrap_or("").to_string()));
            for i in 1..=self.groups {
                let mut g = c.get(i);
                if g.is_none() && c.len() > self.groups + 1 {
                    g = c.get(i + self.groups);
                }
                out.push(g.map(|g| g.as_str().to_string()));
            }
            last = m.end();
            Ok(())
        })?;
        out.push(Some(text.get(last..).unwrap_or("").to_string()));
        Ok(out)
    }

    /// `Pattern.subn(repl, text, count)` with a caller-supplied replacement function
    /// (count 0 = all). Returns the new string and the number of substitutions.
    pub fn sub(
        &self,
        text: &str,
        count: usize,
        repl: &mut dyn FnMut(&Captures) -> Result<String, String>,
    ) -> Result<(String, usize), String> {
        let ascii = text.is_ascii();
        let mut conv = Conv {
            text,
            ascii,
            anchor_b: 0,
            anchor_c: 0,
        };
        let mut out = String::with_capacity(text.len());
        let mut last = 0usize;
        let mut n = 0usize;
        self.for_each_match(text, 0, count, &mut |c| {
            let caps = self.make_caps(c, 0, &mut conv);
            let Some((s, e)) = caps.byte_spans.first().copied().flatten() else {
                return Ok(());
            };
            out.push_str(text.get(last..s).unwrap_or(""));
            out.push_str(&repl(&caps)?);
            last = e;
            n += 1;
            Ok(())
        })?;
        out.push_str(text.get(last..).unwrap_or(""));
        Ok((out, n))
    }
}

// ---------------------------------------------------------------------------
// Replacement templates
// ---------------------------------------------------------------------------

/// A piece of a parsed replacement template.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum TemplatePiece {
    Literal(String),
    Group(usize),
}

/// Parse a replacement template like `re._parser.parse_template`.
/// Errors are `re.error` messages, except messages starting with "unknown group name",
/// which CPython raises as IndexError.
pub fn parse_template(template: &str, regex: &Regex) -> Result<Vec<TemplatePiece>, String> {
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
    ) -> Result<(), String> {
        if index > regex.groups {
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
                    match regex.names.iter().find(|(n, _)| *n == name) {
                        Some((_, g)) => index = *g,
                        None => return Err(format!("unknown group name {}", py_repr(&name))),
                    }
                } else {
                    let ok = !name.is_empty() && name.chars().all(|c| c.is_ascii_digit());
                    if !ok {
                        return Err(s.error(
                            &format!("bad character in group name {}", py_repr(&name)),
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

#[cfg(test)]
mod tests {
    use super::*;

    type Spans = Option<Vec<Option<(usize, usize)>>>;

    #[allow(clippy::too_many_arguments)]
    fn chk(
        fails: &mut Vec<String>,
        pat: &str,
        fl: u32,
        text: &str,
        pos: usize,
        endpos: usize,
        func: &str,
        want: Spans,
        want_last: Option<usize>,
    ) {
        let r = match Regex::compile(pat, fl) {
            Ok(r) => r,
            Err(e) => {
                fails.push(format!("compile {pat:?}: {e}"));
                return;
            }
        };
        let got = match func {
            "search" => r.search(text, pos, endpos),
            "match_at" => r.match_at(text, pos, endpos),
            _ => r.fullmatch(text, pos, endpos),
        };
        match got {
            Err(e) => fails.push(format!("{func} {pat:?} {text:?}: error {e}")),
            Ok(m) => {
                let last = m.as_ref().and_then(|c| c.lastindex());
                let spans = m.map(|c| c.spans);
                if spans != want || last != want_last {
                    fails.push(format!(
                        "{func} {pat:?} on {text:?} [{pos},{endpos}] (translated {:?}): got {spans:?} last {last:?}, want {want:?} last {want_last:?}",
                        r.translated()
                    ));
                }
            }
        }
    }

    fn chk_iter(
        fails: &mut Vec<String>,
        pat: &str,
        fl: u32,
        text: &str,
        want: Vec<Vec<Option<(usize, usize)>>>,
    ) {
        let r = match Regex::compile(pat, fl) {
            Ok(r) => r,
            Err(e) => {
                fails.push(format!("compile {pat:?}: {e}"));
                return;
            }
        };
        match r.find_iter(text, 0, usize::MAX) {
            Err(e) => fails.push(format!("iter {pat:?}: {e}")),
            Ok(v) => {
                let got: Vec<_> = v.into_iter().map(|c| c.spans).collect();
                if got != want {
                    fails.push(format!(
                        "iter {pat:?} on {text:?}: got {got:?}, want {want:?}"
                    ));
                }
            }
        }
    }

    fn chk_split(
        fails: &mut Vec<String>,
        pat: &str,
        fl: u32,
        text: &str,
        maxsplit: usize,
        want: Vec<Option<String>>,
    ) {
        let r = match Regex::compile(pat, fl) {
            Ok(r) => r,
            Err(e) => {
                fails.push(format!("compile {pat:?}: {e}"));
                return;
            }
        };
        match r.split(text, maxsplit) {
            Err(e) => fails.push(format!("split {pat:?}: {e}")),
            Ok(got) => {
                if got != want {
                    fails.push(format!(
                        "split {pat:?} on {text:?}: got {got:?}, want {want:?}"
                    ));
                }
            }
        }
    }

    #[allow(clippy::too_many_arguments)]
    fn chk_sub(
        fails: &mut Vec<String>,
        pat: &str,
        fl: u32,
        repl: &str,
        text: &str,
        count: usize,
        want: &str,
        want_n: usize,
    ) {
        let r = match Regex::compile(pat, fl) {
            Ok(r) => r,
            Err(e) => {
                fails.push(format!("compile {pat:?}: {e}"));
                return;
            }
        };
        let t = match parse_template(repl, &r) {
            Ok(t) => t,
            Err(e) => {
                fails.push(format!("template {repl:?}: {e}"));
                return;
            }
        };
        match r.sub(text, count, &mut |c| Ok(expand_template(&t, c, text))) {
            Err(e) => fails.push(format!("sub {pat:?}: {e}")),
            Ok((s, n)) => {
                if s != want || n != want_n {
                    fails.push(format!(
                        "sub {pat:?} {repl:?} on {text:?}: got {s:?} {n}, want {want:?} {want_n}"
                    ));
                }
            }
        }
    }

    fn chk_err(fails: &mut Vec<String>, pat: &str, want: Option<String>) {
        let got = Regex::compile(pat, 0).err();
        if got != want {
            fails.push(format!("compile {pat:?}: got {got:?}, want {want:?}"));
        }
    }

    fn chk_terr(fails: &mut Vec<String>, pat: &str, repl: &str, want: Option<String>) {
        let r = Regex::compile(pat, 0).unwrap();
        let got = parse_template(repl, &r).err();
        if got != want {
            fails.push(format!(
                "template {pat:?} {repl:?}: got {got:?}, want {want:?}"
            ));
        }
    }

    #[test]
    fn fuzz_no_panic() {
        let atoms = [
            "a",
            "b",
            "é",
            "日",
            "\\",
            "(",
            ")",
            "[",
            "]",
            "{",
            "}",
            ",",
            "1",
            "2",
            "*",
            "+",
            "?",
            "|",
            "^",
            "$",
            ".",
            "-",
            "\\d",
            "\\w",
            "\\s",
            "\\b",
            "\\B",
            "\\A",
            "\\Z",
            "\\1",
            "\\g",
            "(?",
            "(?P<n>",
            "(?P=n)",
            "(?=",
            "(?!",
            "(?<=",
            "(?<!",
            "(?:",
            "(?i)",
            "(?x)",
            "(?#",
            "(?(1)",
            ":",
            "<",
            ">",
            "=",
            "!",
            "#",
            " ",
            "\n",
            "\\x4",
            "\\u00e9",
            "\\N{EM DASH}",
            "\\0",
            "\\12",
            "(?>",
            "++",
            "*?",
            "{2,}",
            "{,3}",
            "(?a:",
            "(?-i:",
            "&&",
            "~~",
        ];
        let texts = ["", "a", "ab\nba", "éa日b\n", "aaa bbb 123", "\n\n"];
        let mut seed: u64 = 0x1234_5678;
        let mut rnd = |n: usize| {
            seed = seed
                .wrapping_mul(6364136223846793005)
                .wrapping_add(1442695040888963407);
            ((seed >> 33) as usize) % n.max(1)
        };
        let mut compiled = 0;
        for _ in 0..3000 {
            let len = 1 + rnd(8);
            let mut pat = String::new();
            for _ in 0..len {
                pat.push_str(atoms[rnd(atoms.len())]);
            }
            let fl = [0, IGNORECASE, MULTILINE | DOTALL, VERBOSE, ASCII][rnd(5)];
            let Ok(r) = Regex::compile(&pat, fl) else {
                continue;
            };
            compiled += 1;
            for t in texts {
                let pos = rnd(7);
                let endpos = rnd(9);
                let _ = r.search(t, pos, endpos);
                let _ = r.match_at(t, pos, endpos);
                let _ = r.fullmatch(t, pos, endpos);
                let _ = r.find_iter(t, pos, usize::MAX);
                let _ = r.split(t, rnd(3));
                let mut tpl = String::new();
                for _ in 0..3 {
                    tpl.push_str(["\\1", "\\g<n>", "\\g<0>", "x", "\\", "\\n", "\\q", "é"][rnd(8)]);
                }
                if let Ok(pieces) = parse_template(&tpl, &r) {
                    let _ = r.sub(t, 0, &mut |c| Ok(expand_template(&pieces, c, t)));
                }
            }
        }
        assert!(compiled > 100);
    }

    #[test]
    #[rustfmt::skip]
    fn matching_cases() {
        let mut fails: Vec<String> = Vec::new();
        chk(&mut fails, "abc", 0, "xxabcxx", 0, usize::MAX, "search", Some(vec![Some((2, 5))]), None);
        chk(&mut fails, "abc", 0, "xxabcxx", 0, usize::MAX, "match_at", None, None);
        chk(&mut fails, "abc", 0, "xxabcxx", 0, usize::MAX, "fullmatch", None, None);
        chk(&mut fails, "a(b)(c)?", 0, "zab", 0, usize::MAX, "search", Some(vec![Some((1, 3)), Some((2, 3)), None]), Some(1));
        chk(&mut fails, "a(b)(c)?", 0, "zab", 0, usize::MAX, "match_at", None, None);
        chk(&mut fails, "a(b)(c)?", 0, "zab", 0, usize::MAX, "fullmatch", None, None);
        chk(&mut fails, "(a)|(b)", 0, "b", 0, usize::MAX, "search", Some(vec![Some((0, 1)), None, Some((0, 1))]), Some(2));
        chk(&mut fails, "(a)|(b)", 0, "b", 0, usize::MAX, "match_at", Some(vec![Some((0, 1)), None, Some((0, 1))]), Some(2));
        chk(&mut fails, "(a)|(b)", 0, "b", 0, usize::MAX, "fullmatch", Some(vec![Some((0, 1)), None, Some((0, 1))]), Some(2));
        chk(&mut fails, "((a)b)", 0, "ab", 0, usize::MAX, "search", Some(vec![Some((0, 2)), Some((0, 2)), Some((0, 1))]), Some(1));
        chk(&mut fails, "((a)b)", 0, "ab", 0, usize::MAX, "match_at", Some(vec![Some((0, 2)), Some((0, 2)), Some((0, 1))]), Some(1));
        chk(&mut fails, "((a)b)", 0, "ab", 0, usize::MAX, "fullmatch", Some(vec![Some((0, 2)), Some((0, 2)), Some((0, 1))]), Some(1));
        chk(&mut fails, "(a)(b)", 0, "ab", 0, usize::MAX, "search", Some(vec![Some((0, 2)), Some((0, 1)), Some((1, 2))]), Some(2));
        chk(&mut fails, "(a)(b)", 0, "ab", 0, usize::MAX, "match_at", Some(vec![Some((0, 2)), Some((0, 1)), Some((1, 2))]), Some(2));
        chk(&mut fails, "(a)(b)", 0, "ab", 0, usize::MAX, "fullmatch", Some(vec![Some((0, 2)), Some((0, 1)), Some((1, 2))]), Some(2));
        chk(&mut fails, "(a)()", 0, "a", 0, usize::MAX, "search", Some(vec![Some((0, 1)), Some((0, 1)), Some((1, 1))]), Some(2));
        chk(&mut fails, "(a)()", 0, "a", 0, usize::MAX, "match_at", Some(vec![Some((0, 1)), Some((0, 1)), Some((1, 1))]), Some(2));
        chk(&mut fails, "(a)()", 0, "a", 0, usize::MAX, "fullmatch", Some(vec![Some((0, 1)), Some((0, 1)), Some((1, 1))]), Some(2));
        chk(&mut fails, "(?P<first>\\w+) (?P<last>\\w+)", 0, "Jane Doe", 0, usize::MAX, "search", Some(vec![Some((0, 8)), Some((0, 4)), Some((5, 8))]), Some(2));
        chk(&mut fails, "(?P<first>\\w+) (?P<last>\\w+)", 0, "Jane Doe", 0, usize::MAX, "match_at", Some(vec![Some((0, 8)), Some((0, 4)), Some((5, 8))]), Some(2));
        chk(&mut fails, "(?P<first>\\w+) (?P<last>\\w+)", 0, "Jane Doe", 0, usize::MAX, "fullmatch", Some(vec![Some((0, 8)), Some((0, 4)), Some((5, 8))]), Some(2));
        chk(&mut fails, "(\\w+)\\s+\\1", 0, "hello hello world", 0, usize::MAX, "search", Some(vec![Some((0, 11)), Some((0, 5))]), Some(1));
        chk(&mut fails, "(\\w+)\\s+\\1", 0, "hello hello world", 0, usize::MAX, "match_at", Some(vec![Some((0, 11)), Some((0, 5))]), Some(1));
        chk(&mut fails, "(\\w+)\\s+\\1", 0, "hello hello world", 0, usize::MAX, "fullmatch", None, None);
        chk(&mut fails, "(?P<q>[\\'\"]).*?(?P=q)", 0, "say \"hi\" now", 0, usize::MAX, "search", Some(vec![Some((4, 8)), Some((4, 5))]), Some(1));
        chk(&mut fails, "(?P<q>[\\'\"]).*?(?P=q)", 0, "say \"hi\" now", 0, usize::MAX, "match_at", None, None);
        chk(&mut fails, "(?P<q>[\\'\"]).*?(?P=q)", 0, "say \"hi\" now", 0, usize::MAX, "fullmatch", None, None);
        chk(&mut fails, "foo$", 0, "foo\u{a}", 0, usize::MAX, "search", Some(vec![Some((0, 3))]), None);
        chk(&mut fails, "foo$", 0, "foo\u{a}", 0, usize::MAX, "match_at", Some(vec![Some((0, 3))]), None);
        chk(&mut fails, "foo$", 0, "foo\u{a}", 0, usize::MAX, "fullmatch", None, None);
        chk(&mut fails, "foo$", 0, "foo\u{a}bar", 0, usize::MAX, "search", None, None);
        chk(&mut fails, "foo$", 0, "foo\u{a}bar", 0, usize::MAX, "match_at", None, None);
        chk(&mut fails, "foo$", 0, "foo\u{a}bar", 0, usize::MAX, "fullmatch", None, None);
        chk(&mut fails, "foo$", 8, "foo\u{a}bar", 0, usize::MAX, "search", Some(vec![Some((0, 3))]), None);
        chk(&mut fails, "foo$", 8, "foo\u{a}bar", 0, usize::MAX, "match_at", Some(vec![Some((0, 3))]), None);
        chk(&mut fails, "foo$", 8, "foo\u{a}bar", 0, usize::MAX, "fullmatch", None, None);
        chk(&mut fails, "^bar", 8, "foo\u{a}bar", 0, usize::MAX, "search", Some(vec![Some((4, 7))]), None);
        chk(&mut fails, "^bar", 8, "foo\u{a}bar", 0, usize::MAX, "match_at", None, None);
        chk(&mut fails, "^bar", 8, "foo\u{a}bar", 0, usize::MAX, "fullmatch", None, None);
        chk(&mut fails, "^bar", 0, "foo\u{a}bar", 0, usize::MAX, "search", None, None);
        chk(&mut fails, "^bar", 0, "foo\u{a}bar", 0, usize::MAX, "match_at", None, None);
        chk(&mut fails, "^bar", 0, "foo\u{a}bar", 0, usize::MAX, "fullmatch", None, None);
        chk(&mut fails, "foo\\Z", 0, "foo\u{a}", 0, usize::MAX, "search", None, None);
        chk(&mut fails, "foo\\Z", 0, "foo\u{a}", 0, usize::MAX, "match_at", None, None);
        chk(&mut fails, "foo\\Z", 0, "foo\u{a}", 0, usize::MAX, "fullmatch", None, None);
        chk(&mut fails, "\\Afoo", 0, "foo", 0, usize::MAX, "search", Some(vec![Some((0, 3))]), None);
        chk(&mut fails, "\\Afoo", 0, "foo", 0, usize::MAX, "match_at", Some(vec![Some((0, 3))]), None);
        chk(&mut fails, "\\Afoo", 0, "foo", 0, usize::MAX, "fullmatch", Some(vec![Some((0, 3))]), None);
        chk(&mut fails, "a.c", 0, "a\u{a}c abc", 0, usize::MAX, "search", Some(vec![Some((4, 7))]), None);
        chk(&mut fails, "a.c", 0, "a\u{a}c abc", 0, usize::MAX, "match_at", None, None);
        chk(&mut fails, "a.c", 0, "a\u{a}c abc", 0, usize::MAX, "fullmatch", None, None);
        chk(&mut fails, "a.c", 16, "a\u{a}c", 0, usize::MAX, "search", Some(vec![Some((0, 3))]), None);
        chk(&mut fails, "a.c", 16, "a\u{a}c", 0, usize::MAX, "match_at", Some(vec![Some((0, 3))]), None);
        chk(&mut fails, "a.c", 16, "a\u{a}c", 0, usize::MAX, "fullmatch", Some(vec![Some((0, 3))]), None);
        chk(&mut fails, "(?s)a.c", 0, "a\u{a}c", 0, usize::MAX, "search", Some(vec![Some((0, 3))]), None);
        chk(&mut fails, "(?s)a.c", 0, "a\u{a}c", 0, usize::MAX, "match_at", Some(vec![Some((0, 3))]), None);
        chk(&mut fails, "(?s)a.c", 0, "a\u{a}c", 0, usize::MAX, "fullmatch", Some(vec![Some((0, 3))]), None);
        chk(&mut fails, "ABC", 2, "xabcx", 0, usize::MAX, "search", Some(vec![Some((1, 4))]), None);
        chk(&mut fails, "ABC", 2, "xabcx", 0, usize::MAX, "match_at", None, None);
        chk(&mut fails, "ABC", 2, "xabcx", 0, usize::MAX, "fullmatch", None, None);
        chk(&mut fails, "(?i)stra\u{df}e", 0, "STRASSE stra\u{df}e", 0, usize::MAX, "search", Some(vec![Some((8, 14))]), None);
        chk(&mut fails, "(?i)stra\u{df}e", 0, "STRASSE stra\u{df}e", 0, usize::MAX, "match_at", None, None);
        chk(&mut fails, "(?i)stra\u{df}e", 0, "STRASSE stra\u{df}e", 0, usize::MAX, "fullmatch", None, None);
        chk(&mut fails, "(?i:a)b", 0, "Ab AB", 0, usize::MAX, "search", Some(vec![Some((0, 2))]), None);
        chk(&mut fails, "(?i:a)b", 0, "Ab AB", 0, usize::MAX, "match_at", Some(vec![Some((0, 2))]), None);
        chk(&mut fails, "(?i:a)b", 0, "Ab AB", 0, usize::MAX, "fullmatch", None, None);
        chk(&mut fails, "a(?=b)", 0, "ac ab", 0, usize::MAX, "search", Some(vec![Some((3, 4))]), None);
        chk(&mut fails, "a(?=b)", 0, "ac ab", 0, usize::MAX, "match_at", None, None);
        chk(&mut fails, "a(?=b)", 0, "ac ab", 0, usize::MAX, "fullmatch", None, None);
        chk(&mut fails, "a(?!b)", 0, "ab ac", 0, usize::MAX, "search", Some(vec![Some((3, 4))]), None);
        chk(&mut fails, "a(?!b)", 0, "ab ac", 0, usize::MAX, "match_at", None, None);
        chk(&mut fails, "a(?!b)", 0, "ab ac", 0, usize::MAX, "fullmatch", None, None);
        chk(&mut fails, "(?<=a)b", 0, "cb ab", 0, usize::MAX, "search", Some(vec![Some((4, 5))]), None);
        chk(&mut fails, "(?<=a)b", 0, "cb ab", 0, usize::MAX, "match_at", None, None);
        chk(&mut fails, "(?<=a)b", 0, "cb ab", 0, usize::MAX, "fullmatch", None, None);
        chk(&mut fails, "(?<!a)b", 0, "ab cb", 0, usize::MAX, "search", Some(vec![Some((4, 5))]), None);
        chk(&mut fails, "(?<!a)b", 0, "ab cb", 0, usize::MAX, "match_at", None, None);
        chk(&mut fails, "(?<!a)b", 0, "ab cb", 0, usize::MAX, "fullmatch", None, None);
        chk(&mut fails, "\\d+", 0, "abc \u{661}\u{662}\u{663} 456", 0, usize::MAX, "search", Some(vec![Some((4, 7))]), None);
        chk(&mut fails, "\\d+", 0, "abc \u{661}\u{662}\u{663} 456", 0, usize::MAX, "match_at", None, None);
        chk(&mut fails, "\\d+", 0, "abc \u{661}\u{662}\u{663} 456", 0, usize::MAX, "fullmatch", None, None);
        chk(&mut fails, "\\d+", 256, "abc \u{661}\u{662}\u{663} 456", 0, usize::MAX, "search", Some(vec![Some((8, 11))]), None);
        chk(&mut fails, "\\d+", 256, "abc \u{661}\u{662}\u{663} 456", 0, usize::MAX, "match_at", None, None);
        chk(&mut fails, "\\d+", 256, "abc \u{661}\u{662}\u{663} 456", 0, usize::MAX, "fullmatch", None, None);
        chk(&mut fails, "\\w+", 0, "  h\u{e9}llo w\u{f6}rld", 0, usize::MAX, "search", Some(vec![Some((2, 7))]), None);
        chk(&mut fails, "\\w+", 0, "  h\u{e9}llo w\u{f6}rld", 0, usize::MAX, "match_at", None, None);
        chk(&mut fails, "\\w+", 0, "  h\u{e9}llo w\u{f6}rld", 0, usize::MAX, "fullmatch", None, None);
        chk(&mut fails, "\\w+", 256, "  h\u{e9}llo", 0, usize::MAX, "search", Some(vec![Some((2, 3))]), None);
        chk(&mut fails, "\\w+", 256, "  h\u{e9}llo", 0, usize::MAX, "match_at", None, None);
        chk(&mut fails, "\\w+", 256, "  h\u{e9}llo", 0, usize::MAX, "fullmatch", None, None);
        chk(&mut fails, "\\s+", 0, "a\u{1c}\u{1f}b", 0, usize::MAX, "search", Some(vec![Some((1, 3))]), None);
        chk(&mut fails, "\\s+", 0, "a\u{1c}\u{1f}b", 0, usize::MAX, "match_at", None, None);
        chk(&mut fails, "\\s+", 0, "a\u{1c}\u{1f}b", 0, usize::MAX, "fullmatch", None, None);
        chk(&mut fails, "\\bfoo\\b", 0, "a foo b", 0, usize::MAX, "search", Some(vec![Some((2, 5))]), None);
        chk(&mut fails, "\\bfoo\\b", 0, "a foo b", 0, usize::MAX, "match_at", None, None);
        chk(&mut fails, "\\bfoo\\b", 0, "a foo b", 0, usize::MAX, "fullmatch", None, None);
        chk(&mut fails, "\\bfoo\\b", 0, "afoo b", 0, usize::MAX, "search", None, None);
        chk(&mut fails, "\\bfoo\\b", 0, "afoo b", 0, usize::MAX, "match_at", None, None);
        chk(&mut fails, "\\bfoo\\b", 0, "afoo b", 0, usize::MAX, "fullmatch", None, None);
        chk(&mut fails, "\\Bo\\B", 0, "foo", 0, usize::MAX, "search", Some(vec![Some((1, 2))]), None);
        chk(&mut fails, "\\Bo\\B", 0, "foo", 0, usize::MAX, "match_at", None, None);
        chk(&mut fails, "\\Bo\\B", 0, "foo", 0, usize::MAX, "fullmatch", None, None);
        chk(&mut fails, "\\b\u{e9}", 256, "x\u{e9} \u{e9}", 0, usize::MAX, "search", Some(vec![Some((1, 2))]), None);
        chk(&mut fails, "\\b\u{e9}", 256, "x\u{e9} \u{e9}", 0, usize::MAX, "match_at", None, None);
        chk(&mut fails, "\\b\u{e9}", 256, "x\u{e9} \u{e9}", 0, usize::MAX, "fullmatch", None, None);
        chk(&mut fails, "x{2,3}", 0, "xxxxx", 0, usize::MAX, "search", Some(vec![Some((0, 3))]), None);
        chk(&mut fails, "x{2,3}", 0, "xxxxx", 0, usize::MAX, "match_at", Some(vec![Some((0, 3))]), None);
        chk(&mut fails, "x{2,3}", 0, "xxxxx", 0, usize::MAX, "fullmatch", None, None);
        chk(&mut fails, "x{,2}", 0, "xxxxx", 0, usize::MAX, "search", Some(vec![Some((0, 2))]), None);
        chk(&mut fails, "x{,2}", 0, "xxxxx", 0, usize::MAX, "match_at", Some(vec![Some((0, 2))]), None);
        chk(&mut fails, "x{,2}", 0, "xxxxx", 0, usize::MAX, "fullmatch", None, None);
        chk(&mut fails, "x{2,}", 0, "xxxxx", 0, usize::MAX, "search", Some(vec![Some((0, 5))]), None);
        chk(&mut fails, "x{2,}", 0, "xxxxx", 0, usize::MAX, "match_at", Some(vec![Some((0, 5))]), None);
        chk(&mut fails, "x{2,}", 0, "xxxxx", 0, usize::MAX, "fullmatch", Some(vec![Some((0, 5))]), None);
        chk(&mut fails, "x{", 0, "ax{b", 0, usize::MAX, "search", Some(vec![Some((1, 3))]), None);
        chk(&mut fails, "x{", 0, "ax{b", 0, usize::MAX, "match_at", None, None);
        chk(&mut fails, "x{", 0, "ax{b", 0, usize::MAX, "fullmatch", None, None);
        chk(&mut fails, "x{1,a}", 0, "x{1,a}", 0, usize::MAX, "search", Some(vec![Some((0, 6))]), None);
        chk(&mut fails, "x{1,a}", 0, "x{1,a}", 0, usize::MAX, "match_at", Some(vec![Some((0, 6))]), None);
        chk(&mut fails, "x{1,a}", 0, "x{1,a}", 0, usize::MAX, "fullmatch", Some(vec![Some((0, 6))]), None);
        chk(&mut fails, "x{}", 0, "x{}", 0, usize::MAX, "search", Some(vec![Some((0, 3))]), None);
        chk(&mut fails, "x{}", 0, "x{}", 0, usize::MAX, "match_at", Some(vec![Some((0, 3))]), None);
        chk(&mut fails, "x{}", 0, "x{}", 0, usize::MAX, "fullmatch", Some(vec![Some((0, 3))]), None);
        chk(&mut fails, "a{,}", 0, "aaa", 0, usize::MAX, "search", Some(vec![Some((0, 3))]), None);
        chk(&mut fails, "a{,}", 0, "aaa", 0, usize::MAX, "match_at", Some(vec![Some((0, 3))]), None);
        chk(&mut fails, "a{,}", 0, "aaa", 0, usize::MAX, "fullmatch", Some(vec![Some((0, 3))]), None);
        chk(&mut fails, "a*?b", 0, "aaab", 0, usize::MAX, "search", Some(vec![Some((0, 4))]), None);
        chk(&mut fails, "a*?b", 0, "aaab", 0, usize::MAX, "match_at", Some(vec![Some((0, 4))]), None);
        chk(&mut fails, "a*?b", 0, "aaab", 0, usize::MAX, "fullmatch", Some(vec![Some((0, 4))]), None);
        chk(&mut fails, "a++b", 0, "aaab", 0, usize::MAX, "search", Some(vec![Some((0, 4))]), None);
        chk(&mut fails, "a++b", 0, "aaab", 0, usize::MAX, "match_at", Some(vec![Some((0, 4))]), None);
        chk(&mut fails, "a++b", 0, "aaab", 0, usize::MAX, "fullmatch", Some(vec![Some((0, 4))]), None);
        chk(&mut fails, "a++a", 0, "aaaa", 0, usize::MAX, "search", None, None);
        chk(&mut fails, "a++a", 0, "aaaa", 0, usize::MAX, "match_at", None, None);
        chk(&mut fails, "a++a", 0, "aaaa", 0, usize::MAX, "fullmatch", None, None);
        chk(&mut fails, "(?>a+)a", 0, "aaa", 0, usize::MAX, "search", None, None);
        chk(&mut fails, "(?>a+)a", 0, "aaa", 0, usize::MAX, "match_at", None, None);
        chk(&mut fails, "(?>a+)a", 0, "aaa", 0, usize::MAX, "fullmatch", None, None);
        chk(&mut fails, "(?>a|ab)c", 0, "abc", 0, usize::MAX, "search", None, None);
        chk(&mut fails, "(?>a|ab)c", 0, "abc", 0, usize::MAX, "match_at", None, None);
        chk(&mut fails, "(?>a|ab)c", 0, "abc", 0, usize::MAX, "fullmatch", None, None);
        chk(&mut fails, "(a)?(?(1)b|c)", 0, "ab", 0, usize::MAX, "search", Some(vec![Some((0, 2)), Some((0, 1))]), Some(1));
        chk(&mut fails, "(a)?(?(1)b|c)", 0, "ab", 0, usize::MAX, "match_at", Some(vec![Some((0, 2)), Some((0, 1))]), Some(1));
        chk(&mut fails, "(a)?(?(1)b|c)", 0, "ab", 0, usize::MAX, "fullmatch", Some(vec![Some((0, 2)), Some((0, 1))]), Some(1));
        chk(&mut fails, "(a)?(?(1)b|c)", 0, "c", 0, usize::MAX, "search", Some(vec![Some((0, 1)), None]), None);
        chk(&mut fails, "(a)?(?(1)b|c)", 0, "c", 0, usize::MAX, "match_at", Some(vec![Some((0, 1)), None]), None);
        chk(&mut fails, "(a)?(?(1)b|c)", 0, "c", 0, usize::MAX, "fullmatch", Some(vec![Some((0, 1)), None]), None);
        chk(&mut fails, "(?P<x>a)?(?(x)b|c)", 0, "xc", 0, usize::MAX, "search", Some(vec![Some((1, 2)), None]), None);
        chk(&mut fails, "(?P<x>a)?(?(x)b|c)", 0, "xc", 0, usize::MAX, "match_at", None, None);
        chk(&mut fails, "(?P<x>a)?(?(x)b|c)", 0, "xc", 0, usize::MAX, "fullmatch", None, None);
        chk(&mut fails, "[a-c]+", 0, "xxabcabd", 0, usize::MAX, "search", Some(vec![Some((2, 7))]), None);
        chk(&mut fails, "[a-c]+", 0, "xxabcabd", 0, usize::MAX, "match_at", None, None);
        chk(&mut fails, "[a-c]+", 0, "xxabcabd", 0, usize::MAX, "fullmatch", None, None);
        chk(&mut fails, "[^a-c]+", 0, "abcxyz", 0, usize::MAX, "search", Some(vec![Some((3, 6))]), None);
        chk(&mut fails, "[^a-c]+", 0, "abcxyz", 0, usize::MAX, "match_at", None, None);
        chk(&mut fails, "[^a-c]+", 0, "abcxyz", 0, usize::MAX, "fullmatch", None, None);
        chk(&mut fails, "[]a]+", 0, "x]a]", 0, usize::MAX, "search", Some(vec![Some((1, 4))]), None);
        chk(&mut fails, "[]a]+", 0, "x]a]", 0, usize::MAX, "match_at", None, None);
        chk(&mut fails, "[]a]+", 0, "x]a]", 0, usize::MAX, "fullmatch", None, None);
        chk(&mut fails, "[a\\]]+", 0, "x]a]", 0, usize::MAX, "search", Some(vec![Some((1, 4))]), None);
        chk(&mut fails, "[a\\]]+", 0, "x]a]", 0, usize::MAX, "match_at", None, None);
        chk(&mut fails, "[a\\]]+", 0, "x]a]", 0, usize::MAX, "fullmatch", None, None);
        chk(&mut fails, "[\\d\\s]+", 0, "ab1 2 3cd", 0, usize::MAX, "search", Some(vec![Some((2, 7))]), None);
        chk(&mut fails, "[\\d\\s]+", 0, "ab1 2 3cd", 0, usize::MAX, "match_at", None, None);
        chk(&mut fails, "[\\d\\s]+", 0, "ab1 2 3cd", 0, usize::MAX, "fullmatch", None, None);
        chk(&mut fails, "[\\w-]+", 0, "!!foo-bar!!", 0, usize::MAX, "search", Some(vec![Some((2, 9))]), None);
        chk(&mut fails, "[\\w-]+", 0, "!!foo-bar!!", 0, usize::MAX, "match_at", None, None);
        chk(&mut fails, "[\\w-]+", 0, "!!foo-bar!!", 0, usize::MAX, "fullmatch", None, None);
        chk(&mut fails, "[^\\W\\d]+", 0, "12abc34", 0, usize::MAX, "search", Some(vec![Some((2, 5))]), None);
        chk(&mut fails, "[^\\W\\d]+", 0, "12abc34", 0, usize::MAX, "match_at", None, None);
        chk(&mut fails, "[^\\W\\d]+", 0, "12abc34", 0, usize::MAX, "fullmatch", None, None);
        chk(&mut fails, "[\\S]+", 0, "  ab  ", 0, usize::MAX, "search", Some(vec![Some((2, 4))]), None);
        chk(&mut fails, "[\\S]+", 0, "  ab  ", 0, usize::MAX, "match_at", None, None);
        chk(&mut fails, "[\\S]+", 0, "  ab  ", 0, usize::MAX, "fullmatch", None, None);
        chk(&mut fails, "[[]+", 0, "a[[b", 0, usize::MAX, "search", Some(vec![Some((1, 3))]), None);
        chk(&mut fails, "[[]+", 0, "a[[b", 0, usize::MAX, "match_at", None, None);
        chk(&mut fails, "[[]+", 0, "a[[b", 0, usize::MAX, "fullmatch", None, None);
        chk(&mut fails, "[a&&b]+", 0, "x&&ab", 0, usize::MAX, "search", Some(vec![Some((1, 5))]), None);
        chk(&mut fails, "[a&&b]+", 0, "x&&ab", 0, usize::MAX, "match_at", None, None);
        chk(&mut fails, "[a&&b]+", 0, "x&&ab", 0, usize::MAX, "fullmatch", None, None);
        chk(&mut fails, "[a~~b]+", 0, "x~~ab", 0, usize::MAX, "search", Some(vec![Some((1, 5))]), None);
        chk(&mut fails, "[a~~b]+", 0, "x~~ab", 0, usize::MAX, "match_at", None, None);
        chk(&mut fails, "[a~~b]+", 0, "x~~ab", 0, usize::MAX, "fullmatch", None, None);
        chk(&mut fails, "[-a]+", 0, "x-a-", 0, usize::MAX, "search", Some(vec![Some((1, 4))]), None);
        chk(&mut fails, "[-a]+", 0, "x-a-", 0, usize::MAX, "match_at", None, None);
        chk(&mut fails, "[-a]+", 0, "x-a-", 0, usize::MAX, "fullmatch", None, None);
        chk(&mut fails, "[a-]+", 0, "x-a-", 0, usize::MAX, "search", Some(vec![Some((1, 4))]), None);
        chk(&mut fails, "[a-]+", 0, "x-a-", 0, usize::MAX, "match_at", None, None);
        chk(&mut fails, "[a-]+", 0, "x-a-", 0, usize::MAX, "fullmatch", None, None);
        chk(&mut fails, "[\\x41-\\x43]+", 0, "zABCD", 0, usize::MAX, "search", Some(vec![Some((1, 4))]), None);
        chk(&mut fails, "[\\x41-\\x43]+", 0, "zABCD", 0, usize::MAX, "match_at", None, None);
        chk(&mut fails, "[\\x41-\\x43]+", 0, "zABCD", 0, usize::MAX, "fullmatch", None, None);
        chk(&mut fails, "\\x41\\u0042\\U00000043\\101\\0", 0, "ABCA\u{0}", 0, usize::MAX, "search", Some(vec![Some((0, 5))]), None);
        chk(&mut fails, "\\x41\\u0042\\U00000043\\101\\0", 0, "ABCA\u{0}", 0, usize::MAX, "match_at", Some(vec![Some((0, 5))]), None);
        chk(&mut fails, "\\x41\\u0042\\U00000043\\101\\0", 0, "ABCA\u{0}", 0, usize::MAX, "fullmatch", Some(vec![Some((0, 5))]), None);
        chk(&mut fails, "\\n\\t\\\\", 0, "a\u{a}\u{9}\\", 0, usize::MAX, "search", Some(vec![Some((1, 4))]), None);
        chk(&mut fails, "\\n\\t\\\\", 0, "a\u{a}\u{9}\\", 0, usize::MAX, "match_at", None, None);
        chk(&mut fails, "\\n\\t\\\\", 0, "a\u{a}\u{9}\\", 0, usize::MAX, "fullmatch", None, None);
        chk(&mut fails, "(?x) a b # comment\\n c", 0, "abc", 0, usize::MAX, "search", Some(vec![Some((0, 2))]), None);
        chk(&mut fails, "(?x) a b # comment\\n c", 0, "abc", 0, usize::MAX, "match_at", Some(vec![Some((0, 2))]), None);
        chk(&mut fails, "(?x) a b # comment\\n c", 0, "abc", 0, usize::MAX, "fullmatch", None, None);
        chk(&mut fails, "a b c", 64, "abc", 0, usize::MAX, "search", Some(vec![Some((0, 3))]), None);
        chk(&mut fails, "a b c", 64, "abc", 0, usize::MAX, "match_at", Some(vec![Some((0, 3))]), None);
        chk(&mut fails, "a b c", 64, "abc", 0, usize::MAX, "fullmatch", Some(vec![Some((0, 3))]), None);
        chk(&mut fails, "[a b]+", 64, "x a b", 0, usize::MAX, "search", Some(vec![Some((1, 5))]), None);
        chk(&mut fails, "[a b]+", 64, "x a b", 0, usize::MAX, "match_at", None, None);
        chk(&mut fails, "[a b]+", 64, "x a b", 0, usize::MAX, "fullmatch", None, None);
        chk(&mut fails, "a\\ b", 64, "a b", 0, usize::MAX, "search", Some(vec![Some((0, 3))]), None);
        chk(&mut fails, "a\\ b", 64, "a b", 0, usize::MAX, "match_at", Some(vec![Some((0, 3))]), None);
        chk(&mut fails, "a\\ b", 64, "a b", 0, usize::MAX, "fullmatch", Some(vec![Some((0, 3))]), None);
        chk(&mut fails, "a\\#b", 64, "a#b", 0, usize::MAX, "search", Some(vec![Some((0, 3))]), None);
        chk(&mut fails, "a\\#b", 64, "a#b", 0, usize::MAX, "match_at", Some(vec![Some((0, 3))]), None);
        chk(&mut fails, "a\\#b", 64, "a#b", 0, usize::MAX, "fullmatch", Some(vec![Some((0, 3))]), None);
        chk(&mut fails, "(?#comment)ab", 0, "ab", 0, usize::MAX, "search", Some(vec![Some((0, 2))]), None);
        chk(&mut fails, "(?#comment)ab", 0, "ab", 0, usize::MAX, "match_at", Some(vec![Some((0, 2))]), None);
        chk(&mut fails, "(?#comment)ab", 0, "ab", 0, usize::MAX, "fullmatch", Some(vec![Some((0, 2))]), None);
        chk(&mut fails, "(?i)(?m)^ab$", 0, "x\u{a}AB\u{a}y", 0, usize::MAX, "search", Some(vec![Some((2, 4))]), None);
        chk(&mut fails, "(?i)(?m)^ab$", 0, "x\u{a}AB\u{a}y", 0, usize::MAX, "match_at", None, None);
        chk(&mut fails, "(?i)(?m)^ab$", 0, "x\u{a}AB\u{a}y", 0, usize::MAX, "fullmatch", None, None);
        chk(&mut fails, "(?a)\\w+", 0, "\u{e9}ab", 0, usize::MAX, "search", Some(vec![Some((1, 3))]), None);
        chk(&mut fails, "(?a)\\w+", 0, "\u{e9}ab", 0, usize::MAX, "match_at", None, None);
        chk(&mut fails, "(?a)\\w+", 0, "\u{e9}ab", 0, usize::MAX, "fullmatch", None, None);
        chk(&mut fails, "(?a:\\w+)", 0, "\u{e9}ab", 0, usize::MAX, "search", Some(vec![Some((1, 3))]), None);
        chk(&mut fails, "(?a:\\w+)", 0, "\u{e9}ab", 0, usize::MAX, "match_at", None, None);
        chk(&mut fails, "(?a:\\w+)", 0, "\u{e9}ab", 0, usize::MAX, "fullmatch", None, None);
        chk(&mut fails, "(?u:\\w+)", 256, "\u{e9}ab", 0, usize::MAX, "search", Some(vec![Some((0, 3))]), None);
        chk(&mut fails, "(?u:\\w+)", 256, "\u{e9}ab", 0, usize::MAX, "match_at", Some(vec![Some((0, 3))]), None);
        chk(&mut fails, "(?u:\\w+)", 256, "\u{e9}ab", 0, usize::MAX, "fullmatch", Some(vec![Some((0, 3))]), None);
        chk(&mut fails, "(a)(b)(c)(d)(e)(f)(g)(h)(i)(j)\\10", 0, "abcdefghijj", 0, usize::MAX, "search", Some(vec![Some((0, 11)), Some((0, 1)), Some((1, 2)), Some((2, 3)), Some((3, 4)), Some((4, 5)), Some((5, 6)), Some((6, 7)), Some((7, 8)), Some((8, 9)), Some((9, 10))]), Some(10));
        chk(&mut fails, "(a)(b)(c)(d)(e)(f)(g)(h)(i)(j)\\10", 0, "abcdefghijj", 0, usize::MAX, "match_at", Some(vec![Some((0, 11)), Some((0, 1)), Some((1, 2)), Some((2, 3)), Some((3, 4)), Some((4, 5)), Some((5, 6)), Some((6, 7)), Some((7, 8)), Some((8, 9)), Some((9, 10))]), Some(10));
        chk(&mut fails, "(a)(b)(c)(d)(e)(f)(g)(h)(i)(j)\\10", 0, "abcdefghijj", 0, usize::MAX, "fullmatch", Some(vec![Some((0, 11)), Some((0, 1)), Some((1, 2)), Some((2, 3)), Some((3, 4)), Some((4, 5)), Some((5, 6)), Some((6, 7)), Some((7, 8)), Some((8, 9)), Some((9, 10))]), Some(10));
        chk(&mut fails, "(a)\\1+", 0, "aaaa", 0, usize::MAX, "search", Some(vec![Some((0, 4)), Some((0, 1))]), Some(1));
        chk(&mut fails, "(a)\\1+", 0, "aaaa", 0, usize::MAX, "match_at", Some(vec![Some((0, 4)), Some((0, 1))]), Some(1));
        chk(&mut fails, "(a)\\1+", 0, "aaaa", 0, usize::MAX, "fullmatch", Some(vec![Some((0, 4)), Some((0, 1))]), Some(1));
        chk(&mut fails, "(a|b)*c", 0, "abac", 0, usize::MAX, "search", Some(vec![Some((0, 4)), Some((2, 3))]), Some(1));
        chk(&mut fails, "(a|b)*c", 0, "abac", 0, usize::MAX, "match_at", Some(vec![Some((0, 4)), Some((2, 3))]), Some(1));
        chk(&mut fails, "(a|b)*c", 0, "abac", 0, usize::MAX, "fullmatch", Some(vec![Some((0, 4)), Some((2, 3))]), Some(1));
        chk(&mut fails, "(?:(a)|b)*", 0, "ab", 0, usize::MAX, "search", Some(vec![Some((0, 2)), Some((0, 1))]), Some(1));
        chk(&mut fails, "(?:(a)|b)*", 0, "ab", 0, usize::MAX, "match_at", Some(vec![Some((0, 2)), Some((0, 1))]), Some(1));
        chk(&mut fails, "(?:(a)|b)*", 0, "ab", 0, usize::MAX, "fullmatch", Some(vec![Some((0, 2)), Some((0, 1))]), Some(1));
        chk(&mut fails, "", 0, "abc", 0, usize::MAX, "search", Some(vec![Some((0, 0))]), None);
        chk(&mut fails, "", 0, "abc", 0, usize::MAX, "match_at", Some(vec![Some((0, 0))]), None);
        chk(&mut fails, "", 0, "abc", 0, usize::MAX, "fullmatch", None, None);
        chk(&mut fails, "$", 0, "abc\u{a}", 0, usize::MAX, "search", Some(vec![Some((3, 3))]), None);
        chk(&mut fails, "$", 0, "abc\u{a}", 0, usize::MAX, "match_at", None, None);
        chk(&mut fails, "$", 0, "abc\u{a}", 0, usize::MAX, "fullmatch", None, None);
        chk(&mut fails, "\u{e9}+", 0, "a\u{e9}\u{e9}\u{e9}b", 0, usize::MAX, "search", Some(vec![Some((1, 4))]), None);
        chk(&mut fails, "\u{e9}+", 0, "a\u{e9}\u{e9}\u{e9}b", 0, usize::MAX, "match_at", None, None);
        chk(&mut fails, "\u{e9}+", 0, "a\u{e9}\u{e9}\u{e9}b", 0, usize::MAX, "fullmatch", None, None);
        chk(&mut fails, "(\u{e9})(\u{fc})", 0, "\u{65e5}\u{672c}\u{e9}\u{fc}", 0, usize::MAX, "search", Some(vec![Some((2, 4)), Some((2, 3)), Some((3, 4))]), Some(2));
        chk(&mut fails, "(\u{e9})(\u{fc})", 0, "\u{65e5}\u{672c}\u{e9}\u{fc}", 0, usize::MAX, "match_at", None, None);
        chk(&mut fails, "(\u{e9})(\u{fc})", 0, "\u{65e5}\u{672c}\u{e9}\u{fc}", 0, usize::MAX, "fullmatch", None, None);
        chk(&mut fails, ".", 0, "\u{1f600}x", 0, usize::MAX, "search", Some(vec![Some((0, 1))]), None);
        chk(&mut fails, ".", 0, "\u{1f600}x", 0, usize::MAX, "match_at", Some(vec![Some((0, 1))]), None);
        chk(&mut fails, ".", 0, "\u{1f600}x", 0, usize::MAX, "fullmatch", None, None);
        chk(&mut fails, "a|ab|abc", 0, "abc", 0, usize::MAX, "search", Some(vec![Some((0, 1))]), None);
        chk(&mut fails, "a|ab|abc", 0, "abc", 0, usize::MAX, "match_at", Some(vec![Some((0, 1))]), None);
        chk(&mut fails, "a|ab|abc", 0, "abc", 0, usize::MAX, "fullmatch", Some(vec![Some((0, 3))]), None);
        chk(&mut fails, "[\\u00e0-\\u00ff]+", 0, "ab\u{e0}\u{ff}z", 0, usize::MAX, "search", Some(vec![Some((2, 4))]), None);
        chk(&mut fails, "[\\u00e0-\\u00ff]+", 0, "ab\u{e0}\u{ff}z", 0, usize::MAX, "match_at", None, None);
        chk(&mut fails, "[\\u00e0-\\u00ff]+", 0, "ab\u{e0}\u{ff}z", 0, usize::MAX, "fullmatch", None, None);
        chk(&mut fails, "x*", 0, "aaa", 0, usize::MAX, "search", Some(vec![Some((0, 0))]), None);
        chk(&mut fails, "x*", 0, "aaa", 0, usize::MAX, "match_at", Some(vec![Some((0, 0))]), None);
        chk(&mut fails, "x*", 0, "aaa", 0, usize::MAX, "fullmatch", None, None);
        chk(&mut fails, "\\$\\d+\\.\\d{2}", 0, "cost: $12.50", 0, usize::MAX, "search", Some(vec![Some((6, 12))]), None);
        chk(&mut fails, "\\$\\d+\\.\\d{2}", 0, "cost: $12.50", 0, usize::MAX, "match_at", None, None);
        chk(&mut fails, "\\$\\d+\\.\\d{2}", 0, "cost: $12.50", 0, usize::MAX, "fullmatch", None, None);
        chk(&mut fails, "(?<=\\$)\\d+", 0, "cost $40", 0, usize::MAX, "search", Some(vec![Some((6, 8))]), None);
        chk(&mut fails, "(?<=\\$)\\d+", 0, "cost $40", 0, usize::MAX, "match_at", None, None);
        chk(&mut fails, "(?<=\\$)\\d+", 0, "cost $40", 0, usize::MAX, "fullmatch", None, None);
        chk(&mut fails, "^\\s*$", 8, "a\u{a}  \u{a}b", 0, usize::MAX, "search", Some(vec![Some((2, 4))]), None);
        chk(&mut fails, "^\\s*$", 8, "a\u{a}  \u{a}b", 0, usize::MAX, "match_at", None, None);
        chk(&mut fails, "^\\s*$", 8, "a\u{a}  \u{a}b", 0, usize::MAX, "fullmatch", None, None);
        chk(&mut fails, "(?i)[a-z]+", 0, "HeLLo", 0, usize::MAX, "search", Some(vec![Some((0, 5))]), None);
        chk(&mut fails, "(?i)[a-z]+", 0, "HeLLo", 0, usize::MAX, "match_at", Some(vec![Some((0, 5))]), None);
        chk(&mut fails, "(?i)[a-z]+", 0, "HeLLo", 0, usize::MAX, "fullmatch", Some(vec![Some((0, 5))]), None);
        chk(&mut fails, "[^\\n]+", 0, "ab\u{a}cd", 0, usize::MAX, "search", Some(vec![Some((0, 2))]), None);
        chk(&mut fails, "[^\\n]+", 0, "ab\u{a}cd", 0, usize::MAX, "match_at", Some(vec![Some((0, 2))]), None);
        chk(&mut fails, "[^\\n]+", 0, "ab\u{a}cd", 0, usize::MAX, "fullmatch", None, None);
        chk(&mut fails, "(?m)$", 0, "a\u{a}b", 0, usize::MAX, "search", Some(vec![Some((1, 1))]), None);
        chk(&mut fails, "(?m)$", 0, "a\u{a}b", 0, usize::MAX, "match_at", None, None);
        chk(&mut fails, "(?m)$", 0, "a\u{a}b", 0, usize::MAX, "fullmatch", None, None);
        chk(&mut fails, "\\W+", 0, "ab, cd", 0, usize::MAX, "search", Some(vec![Some((2, 4))]), None);
        chk(&mut fails, "\\W+", 0, "ab, cd", 0, usize::MAX, "match_at", None, None);
        chk(&mut fails, "\\W+", 0, "ab, cd", 0, usize::MAX, "fullmatch", None, None);
        chk(&mut fails, "(\\d+)-(\\d+)", 0, "tel 555-1234", 0, usize::MAX, "search", Some(vec![Some((4, 12)), Some((4, 7)), Some((8, 12))]), Some(2));
        chk(&mut fails, "(\\d+)-(\\d+)", 0, "tel 555-1234", 0, usize::MAX, "match_at", None, None);
        chk(&mut fails, "(\\d+)-(\\d+)", 0, "tel 555-1234", 0, usize::MAX, "fullmatch", None, None);
        chk(&mut fails, "a(?=b)|a", 0, "ac", 0, usize::MAX, "search", Some(vec![Some((0, 1))]), None);
        chk(&mut fails, "a(?=b)|a", 0, "ac", 0, usize::MAX, "match_at", Some(vec![Some((0, 1))]), None);
        chk(&mut fails, "a(?=b)|a", 0, "ac", 0, usize::MAX, "fullmatch", None, None);
        chk(&mut fails, "(?x: a b ) c", 0, "ab c", 0, usize::MAX, "search", Some(vec![Some((0, 4))]), None);
        chk(&mut fails, "(?x: a b ) c", 0, "ab c", 0, usize::MAX, "match_at", Some(vec![Some((0, 4))]), None);
        chk(&mut fails, "(?x: a b ) c", 0, "ab c", 0, usize::MAX, "fullmatch", Some(vec![Some((0, 4))]), None);
        chk(&mut fails, "a (?-x: b)", 64, "a b", 0, usize::MAX, "search", Some(vec![Some((0, 3))]), None);
        chk(&mut fails, "a (?-x: b)", 64, "a b", 0, usize::MAX, "match_at", Some(vec![Some((0, 3))]), None);
        chk(&mut fails, "a (?-x: b)", 64, "a b", 0, usize::MAX, "fullmatch", Some(vec![Some((0, 3))]), None);
        chk(&mut fails, "[A-Z]+", 2, "xyzABC", 0, usize::MAX, "search", Some(vec![Some((0, 6))]), None);
        chk(&mut fails, "[A-Z]+", 2, "xyzABC", 0, usize::MAX, "match_at", Some(vec![Some((0, 6))]), None);
        chk(&mut fails, "[A-Z]+", 2, "xyzABC", 0, usize::MAX, "fullmatch", Some(vec![Some((0, 6))]), None);
        chk(&mut fails, "(ab){2}", 0, "abababx", 0, usize::MAX, "search", Some(vec![Some((0, 4)), Some((2, 4))]), Some(1));
        chk(&mut fails, "(ab){2}", 0, "abababx", 0, usize::MAX, "match_at", Some(vec![Some((0, 4)), Some((2, 4))]), Some(1));
        chk(&mut fails, "(ab){2}", 0, "abababx", 0, usize::MAX, "fullmatch", None, None);
        chk(&mut fails, "(?:ab)+?c", 0, "ababc", 0, usize::MAX, "search", Some(vec![Some((0, 5))]), None);
        chk(&mut fails, "(?:ab)+?c", 0, "ababc", 0, usize::MAX, "match_at", Some(vec![Some((0, 5))]), None);
        chk(&mut fails, "(?:ab)+?c", 0, "ababc", 0, usize::MAX, "fullmatch", Some(vec![Some((0, 5))]), None);
        chk(&mut fails, "a{100}", 0, "aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa", 0, usize::MAX, "search", Some(vec![Some((0, 100))]), None);
        chk(&mut fails, "a{100}", 0, "aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa", 0, usize::MAX, "match_at", Some(vec![Some((0, 100))]), None);
        chk(&mut fails, "a{100}", 0, "aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa", 0, usize::MAX, "fullmatch", None, None);
        chk(&mut fails, "\\d{2,4}?", 0, "12345", 0, usize::MAX, "search", Some(vec![Some((0, 2))]), None);
        chk(&mut fails, "\\d{2,4}?", 0, "12345", 0, usize::MAX, "match_at", Some(vec![Some((0, 2))]), None);
        chk(&mut fails, "\\d{2,4}?", 0, "12345", 0, usize::MAX, "fullmatch", None, None);
        chk(&mut fails, "(?P<year>\\d{4})-(?P<mon>\\d\\d)", 0, "on 2024-05-01", 0, usize::MAX, "search", Some(vec![Some((3, 10)), Some((3, 7)), Some((8, 10))]), Some(2));
        chk(&mut fails, "(?P<year>\\d{4})-(?P<mon>\\d\\d)", 0, "on 2024-05-01", 0, usize::MAX, "match_at", None, None);
        chk(&mut fails, "(?P<year>\\d{4})-(?P<mon>\\d\\d)", 0, "on 2024-05-01", 0, usize::MAX, "fullmatch", None, None);
        chk(&mut fails, "[.]+", 0, "a..b", 0, usize::MAX, "search", Some(vec![Some((1, 3))]), None);
        chk(&mut fails, "[.]+", 0, "a..b", 0, usize::MAX, "match_at", None, None);
        chk(&mut fails, "[.]+", 0, "a..b", 0, usize::MAX, "fullmatch", None, None);
        chk(&mut fails, "\\(\\)", 0, "f()", 0, usize::MAX, "search", Some(vec![Some((1, 3))]), None);
        chk(&mut fails, "\\(\\)", 0, "f()", 0, usize::MAX, "match_at", None, None);
        chk(&mut fails, "\\(\\)", 0, "f()", 0, usize::MAX, "fullmatch", None, None);
        chk(&mut fails, "(?m)^\\w+$", 0, "ab\u{a}cd\u{a}", 0, usize::MAX, "search", Some(vec![Some((0, 2))]), None);
        chk(&mut fails, "(?m)^\\w+$", 0, "ab\u{a}cd\u{a}", 0, usize::MAX, "match_at", Some(vec![Some((0, 2))]), None);
        chk(&mut fails, "(?m)^\\w+$", 0, "ab\u{a}cd\u{a}", 0, usize::MAX, "fullmatch", None, None);
        chk(&mut fails, "\\S+@\\S+", 0, "mail me: a@b.c now", 0, usize::MAX, "search", Some(vec![Some((9, 14))]), None);
        chk(&mut fails, "\\S+@\\S+", 0, "mail me: a@b.c now", 0, usize::MAX, "match_at", None, None);
        chk(&mut fails, "\\S+@\\S+", 0, "mail me: a@b.c now", 0, usize::MAX, "fullmatch", None, None);
        chk(&mut fails, "[^\\s,]+", 0, " a,b ", 0, usize::MAX, "search", Some(vec![Some((1, 2))]), None);
        chk(&mut fails, "[^\\s,]+", 0, " a,b ", 0, usize::MAX, "match_at", None, None);
        chk(&mut fails, "[^\\s,]+", 0, " a,b ", 0, usize::MAX, "fullmatch", None, None);
        chk(&mut fails, "(?s).+", 0, "a\u{a}b", 0, usize::MAX, "search", Some(vec![Some((0, 3))]), None);
        chk(&mut fails, "(?s).+", 0, "a\u{a}b", 0, usize::MAX, "match_at", Some(vec![Some((0, 3))]), None);
        chk(&mut fails, "(?s).+", 0, "a\u{a}b", 0, usize::MAX, "fullmatch", Some(vec![Some((0, 3))]), None);
        chk(&mut fails, ".+", 0, "a\u{a}b", 0, usize::MAX, "search", Some(vec![Some((0, 1))]), None);
        chk(&mut fails, ".+", 0, "a\u{a}b", 0, usize::MAX, "match_at", Some(vec![Some((0, 1))]), None);
        chk(&mut fails, ".+", 0, "a\u{a}b", 0, usize::MAX, "fullmatch", None, None);
        chk(&mut fails, "\\.$", 0, "end.\u{a}", 0, usize::MAX, "search", Some(vec![Some((3, 4))]), None);
        chk(&mut fails, "\\.$", 0, "end.\u{a}", 0, usize::MAX, "match_at", None, None);
        chk(&mut fails, "\\.$", 0, "end.\u{a}", 0, usize::MAX, "fullmatch", None, None);
        chk(&mut fails, "(a)(?!\\1)b", 0, "ab", 0, usize::MAX, "search", Some(vec![Some((0, 2)), Some((0, 1))]), Some(1));
        chk(&mut fails, "(a)(?!\\1)b", 0, "ab", 0, usize::MAX, "match_at", Some(vec![Some((0, 2)), Some((0, 1))]), Some(1));
        chk(&mut fails, "(a)(?!\\1)b", 0, "ab", 0, usize::MAX, "fullmatch", Some(vec![Some((0, 2)), Some((0, 1))]), Some(1));
        chk(&mut fails, "[\\u00e9]", 2, "\u{c9}", 0, usize::MAX, "search", Some(vec![Some((0, 1))]), None);
        chk(&mut fails, "[\\u00e9]", 2, "\u{c9}", 0, usize::MAX, "match_at", Some(vec![Some((0, 1))]), None);
        chk(&mut fails, "[\\u00e9]", 2, "\u{c9}", 0, usize::MAX, "fullmatch", Some(vec![Some((0, 1))]), None);
        chk(&mut fails, "\u{c9}", 2, "\u{e9}", 0, usize::MAX, "search", Some(vec![Some((0, 1))]), None);
        chk(&mut fails, "\u{c9}", 2, "\u{e9}", 0, usize::MAX, "match_at", Some(vec![Some((0, 1))]), None);
        chk(&mut fails, "\u{c9}", 2, "\u{e9}", 0, usize::MAX, "fullmatch", Some(vec![Some((0, 1))]), None);
        chk(&mut fails, "^a", 0, "ba", 1, 99, "search", None, None);
        chk(&mut fails, "^a", 0, "ba", 1, 99, "match_at", None, None);
        chk(&mut fails, "^a", 0, "ba", 1, 99, "fullmatch", None, None);
        chk(&mut fails, "a", 0, "ba", 1, 99, "search", Some(vec![Some((1, 2))]), None);
        chk(&mut fails, "a", 0, "ba", 1, 99, "match_at", Some(vec![Some((1, 2))]), None);
        chk(&mut fails, "a", 0, "ba", 1, 99, "fullmatch", Some(vec![Some((1, 2))]), None);
        chk(&mut fails, "\\ba", 0, "ba", 1, 99, "search", None, None);
        chk(&mut fails, "\\ba", 0, "ba", 1, 99, "match_at", None, None);
        chk(&mut fails, "\\ba", 0, "ba", 1, 99, "fullmatch", None, None);
        chk(&mut fails, "a$", 0, "aab", 0, 2, "search", Some(vec![Some((1, 2))]), None);
        chk(&mut fails, "a$", 0, "aab", 0, 2, "match_at", None, None);
        chk(&mut fails, "a$", 0, "aab", 0, 2, "fullmatch", None, None);
        chk(&mut fails, "b", 0, "abc", 0, 1, "search", None, None);
        chk(&mut fails, "b", 0, "abc", 0, 1, "match_at", None, None);
        chk(&mut fails, "b", 0, "abc", 0, 1, "fullmatch", None, None);
        chk(&mut fails, "(?<=a)b", 0, "ab", 1, 2, "search", Some(vec![Some((1, 2))]), None);
        chk(&mut fails, "(?<=a)b", 0, "ab", 1, 2, "match_at", Some(vec![Some((1, 2))]), None);
        chk(&mut fails, "(?<=a)b", 0, "ab", 1, 2, "fullmatch", Some(vec![Some((1, 2))]), None);
        chk(&mut fails, "\u{e9}", 0, "\u{e9}\u{e9}\u{e9}", 1, 2, "search", Some(vec![Some((1, 2))]), None);
        chk(&mut fails, "\u{e9}", 0, "\u{e9}\u{e9}\u{e9}", 1, 2, "match_at", Some(vec![Some((1, 2))]), None);
        chk(&mut fails, "\u{e9}", 0, "\u{e9}\u{e9}\u{e9}", 1, 2, "fullmatch", Some(vec![Some((1, 2))]), None);
        chk(&mut fails, ".+", 0, "h\u{e9}llo w\u{f6}rld", 3, 8, "search", Some(vec![Some((3, 8))]), None);
        chk(&mut fails, ".+", 0, "h\u{e9}llo w\u{f6}rld", 3, 8, "match_at", Some(vec![Some((3, 8))]), None);
        chk(&mut fails, ".+", 0, "h\u{e9}llo w\u{f6}rld", 3, 8, "fullmatch", Some(vec![Some((3, 8))]), None);
        chk(&mut fails, "o", 0, "f\u{f6}o", 2, 3, "search", Some(vec![Some((2, 3))]), None);
        chk(&mut fails, "o", 0, "f\u{f6}o", 2, 3, "match_at", Some(vec![Some((2, 3))]), None);
        chk(&mut fails, "o", 0, "f\u{f6}o", 2, 3, "fullmatch", Some(vec![Some((2, 3))]), None);
        chk(&mut fails, "\\w+", 0, "ab cd", 3, 100, "search", Some(vec![Some((3, 5))]), None);
        chk(&mut fails, "\\w+", 0, "ab cd", 3, 100, "match_at", Some(vec![Some((3, 5))]), None);
        chk(&mut fails, "\\w+", 0, "ab cd", 3, 100, "fullmatch", Some(vec![Some((3, 5))]), None);
        chk(&mut fails, "x", 0, "abc", 5, 10, "search", None, None);
        chk(&mut fails, "x", 0, "abc", 5, 10, "match_at", None, None);
        chk(&mut fails, "x", 0, "abc", 5, 10, "fullmatch", None, None);
        chk(&mut fails, "$", 0, "abc", 1, 2, "search", Some(vec![Some((2, 2))]), None);
        chk(&mut fails, "$", 0, "abc", 1, 2, "match_at", None, None);
        chk(&mut fails, "$", 0, "abc", 1, 2, "fullmatch", None, None);
        chk(&mut fails, "\\Bb", 0, "ab", 1, 2, "search", Some(vec![Some((1, 2))]), None);
        chk(&mut fails, "\\Bb", 0, "ab", 1, 2, "match_at", Some(vec![Some((1, 2))]), None);
        chk(&mut fails, "\\Bb", 0, "ab", 1, 2, "fullmatch", Some(vec![Some((1, 2))]), None);
        chk(&mut fails, "(?m)^b", 0, "a\u{a}b", 2, 3, "search", Some(vec![Some((2, 3))]), None);
        chk(&mut fails, "(?m)^b", 0, "a\u{a}b", 2, 3, "match_at", Some(vec![Some((2, 3))]), None);
        chk(&mut fails, "(?m)^b", 0, "a\u{a}b", 2, 3, "fullmatch", Some(vec![Some((2, 3))]), None);
        assert!(fails.is_empty(), "{}", fails.join("\n"));
    }

    #[test]
    #[rustfmt::skip]
    fn iter_cases() {
        let mut fails: Vec<String> = Vec::new();
        chk_iter(&mut fails, "\\b|x*", 0, "axxb", vec![vec![Some((0, 0))], vec![Some((1, 3))], vec![Some((3, 3))], vec![Some((4, 4))]]);
        chk_iter(&mut fails, "|a", 0, "a", vec![vec![Some((0, 0))], vec![Some((0, 1))], vec![Some((1, 1))]]);
        chk_iter(&mut fails, "a??", 0, "aa", vec![vec![Some((0, 0))], vec![Some((0, 1))], vec![Some((1, 1))], vec![Some((1, 2))], vec![Some((2, 2))]]);
        chk_iter(&mut fails, "x*", 0, "abxd", vec![vec![Some((0, 0))], vec![Some((1, 1))], vec![Some((2, 3))], vec![Some((3, 3))], vec![Some((4, 4))]]);
        chk_iter(&mut fails, "\\w+", 0, "h\u{e9}llo w\u{f6}rld \u{65e5}\u{672c}", vec![vec![Some((0, 5))], vec![Some((6, 11))], vec![Some((12, 14))]]);
        chk_iter(&mut fails, "", 0, "h\u{e9}\u{e9}", vec![vec![Some((0, 0))], vec![Some((1, 1))], vec![Some((2, 2))], vec![Some((3, 3))]]);
        chk_iter(&mut fails, "(a)|b", 0, "abab", vec![vec![Some((0, 1)), Some((0, 1))], vec![Some((1, 2)), None], vec![Some((2, 3)), Some((2, 3))], vec![Some((3, 4)), None]]);
        chk_iter(&mut fails, "\\s*", 0, "a b  c", vec![vec![Some((0, 0))], vec![Some((1, 2))], vec![Some((2, 2))], vec![Some((3, 5))], vec![Some((5, 5))], vec![Some((6, 6))]]);
        chk_iter(&mut fails, "(?m)^", 0, "a\u{a}b\u{a}", vec![vec![Some((0, 0))], vec![Some((2, 2))], vec![Some((4, 4))]]);
        chk_iter(&mut fails, "$", 0, "a\u{a}", vec![vec![Some((1, 1))], vec![Some((2, 2))]]);
        chk_iter(&mut fails, "(?m)$", 0, "a\u{a}b\u{a}", vec![vec![Some((1, 1))], vec![Some((3, 3))], vec![Some((4, 4))]]);
        chk_iter(&mut fails, "a|", 0, "baab", vec![vec![Some((0, 0))], vec![Some((1, 2))], vec![Some((2, 3))], vec![Some((3, 3))], vec![Some((4, 4))]]);
        chk_iter(&mut fails, "(?:)|a", 0, "aa", vec![vec![Some((0, 0))], vec![Some((0, 1))], vec![Some((1, 1))], vec![Some((1, 2))], vec![Some((2, 2))]]);
        chk_iter(&mut fails, "\\d*?", 0, "12", vec![vec![Some((0, 0))], vec![Some((0, 1))], vec![Some((1, 1))], vec![Some((1, 2))], vec![Some((2, 2))]]);
        chk_iter(&mut fails, "(?<=a)|b", 0, "ab", vec![vec![Some((1, 1))], vec![Some((1, 2))]]);
        chk_iter(&mut fails, "\\b", 0, "ab cd", vec![vec![Some((0, 0))], vec![Some((2, 2))], vec![Some((3, 3))], vec![Some((5, 5))]]);
        chk_iter(&mut fails, "(a)(?:b|)", 0, "aab", vec![vec![Some((0, 1)), Some((0, 1))], vec![Some((1, 3)), Some((1, 2))]]);
        chk_iter(&mut fails, "\u{e9}*", 0, "\u{e9}a\u{e9}", vec![vec![Some((0, 1))], vec![Some((1, 1))], vec![Some((2, 3))], vec![Some((3, 3))]]);
        chk_iter(&mut fails, "(a)|(b)?", 0, "xabx", vec![vec![Some((0, 0)), None, None], vec![Some((1, 2)), Some((1, 2)), None], vec![Some((2, 3)), None, Some((2, 3))], vec![Some((3, 3)), None, None], vec![Some((4, 4)), None, None]]);
        chk_iter(&mut fails, "(?P<x>a)(?P=x)|", 0, "aab", vec![vec![Some((0, 2)), Some((0, 1))], vec![Some((2, 2)), None], vec![Some((3, 3)), None]]);
        chk_iter(&mut fails, "(a|b)*?", 0, "ab", vec![vec![Some((0, 0)), None], vec![Some((0, 1)), Some((0, 1))], vec![Some((1, 1)), None], vec![Some((1, 2)), Some((1, 2))], vec![Some((2, 2)), None]]);
        chk_iter(&mut fails, "(?:(\\d)|x)??", 0, "1x2", vec![vec![Some((0, 0)), None], vec![Some((0, 1)), Some((0, 1))], vec![Some((1, 1)), None], vec![Some((1, 2)), None], vec![Some((2, 2)), None], vec![Some((2, 3)), Some((2, 3))], vec![Some((3, 3)), None]]);
        chk_iter(&mut fails, "(a)?(?(1)b|c)|", 0, "abxc", vec![vec![Some((0, 2)), Some((0, 1))], vec![Some((2, 2)), None], vec![Some((3, 4)), None], vec![Some((4, 4)), None]]);
        chk_iter(&mut fails, "\\w*?", 0, "ab c", vec![vec![Some((0, 0))], vec![Some((0, 1))], vec![Some((1, 1))], vec![Some((1, 2))], vec![Some((2, 2))], vec![Some((3, 3))], vec![Some((3, 4))], vec![Some((4, 4))]]);
        assert!(fails.is_empty(), "{}", fails.join("\n"));
    }

    #[test]
    #[rustfmt::skip]
    fn split_cases() {
        let mut fails: Vec<String> = Vec::new();
        chk_split(&mut fails, ",", 0, "a,b,,c", 0, vec![Some("a".to_string()), Some("b".to_string()), Some("".to_string()), Some("c".to_string())]);
        chk_split(&mut fails, "(,)", 0, "a,b,c", 0, vec![Some("a".to_string()), Some(",".to_string()), Some("b".to_string()), Some(",".to_string()), Some("c".to_string())]);
        chk_split(&mut fails, "(,)|(;)", 0, "a,b;c", 0, vec![Some("a".to_string()), Some(",".to_string()), None, Some("b".to_string()), None, Some(";".to_string()), Some("c".to_string())]);
        chk_split(&mut fails, "x*", 0, "axbc", 0, vec![Some("".to_string()), Some("a".to_string()), Some("".to_string()), Some("b".to_string()), Some("c".to_string()), Some("".to_string())]);
        chk_split(&mut fails, ",", 0, "a,b,c,d", 2, vec![Some("a".to_string()), Some("b".to_string()), Some("c,d".to_string())]);
        chk_split(&mut fails, "\\s+", 0, "  a  b ", 0, vec![Some("".to_string()), Some("a".to_string()), Some("b".to_string()), Some("".to_string())]);
        chk_split(&mut fails, "", 0, "abc", 0, vec![Some("".to_string()), Some("a".to_string()), Some("b".to_string()), Some("c".to_string()), Some("".to_string())]);
        chk_split(&mut fails, "\\b", 0, "ab cd", 0, vec![Some("".to_string()), Some("ab".to_string()), Some(" ".to_string()), Some("cd".to_string()), Some("".to_string())]);
        chk_split(&mut fails, "(?m)^", 0, "a\u{a}b\u{a}c", 0, vec![Some("".to_string()), Some("a\u{a}".to_string()), Some("b\u{a}".to_string()), Some("c".to_string())]);
        chk_split(&mut fails, "\u{e9}", 0, "a\u{e9}b\u{e9}c", 1, vec![Some("a".to_string()), Some("b\u{e9}c".to_string())]);
        chk_split(&mut fails, "(a)?,", 0, "a,,b", 0, vec![Some("".to_string()), Some("a".to_string()), Some("".to_string()), None, Some("b".to_string())]);
        chk_split(&mut fails, "(a)|(,)??", 0, "xa,b", 0, vec![Some("".to_string()), None, None, Some("x".to_string()), Some("a".to_string()), None, Some("".to_string()), None, None, Some("".to_string()), None, Some(",".to_string()), Some("".to_string()), None, None, Some("b".to_string()), None, None, Some("".to_string())]);
        chk_split(&mut fails, "(-)|", 0, "a-b", 0, vec![Some("".to_string()), None, Some("a".to_string()), Some("-".to_string()), Some("".to_string()), None, Some("b".to_string()), None, Some("".to_string())]);
        assert!(fails.is_empty(), "{}", fails.join("\n"));
    }

    #[test]
    #[rustfmt::skip]
    fn sub_cases() {
        let mut fails: Vec<String> = Vec::new();
        chk_sub(&mut fails, "(\\w+) (\\w+)", 0, "\\2 \\1", "hello world foo bar", 0, "world hello bar foo", 2);
        chk_sub(&mut fails, "a", 0, "\\n-\\\\-\\t", "banana", 2, "b\u{a}-\\-\u{9}n\u{a}-\\-\u{9}na", 2);
        chk_sub(&mut fails, "(?P<n>\\d+)", 0, "<\\g<n>|\\g<1>|\\g<0>>", "a1b22", 0, "a<1|1|1>b<22|22|22>", 2);
        chk_sub(&mut fails, "x*", 0, "-", "abxd", 0, "-a-b--d-", 5);
        chk_sub(&mut fails, "(a)|b", 0, "[\\1]", "ab", 0, "[a][]", 2);
        chk_sub(&mut fails, "", 0, "-", "h\u{e9}\u{e9}", 0, "-h-\u{e9}-\u{e9}-", 4);
        chk_sub(&mut fails, "(\\d)", 0, "\\g<1>0", "a5", 0, "a50", 1);
        chk_sub(&mut fails, "a", 0, "\\101\\0", "xa", 0, "xA\u{0}", 1);
        chk_sub(&mut fails, "\u{e9}", 0, "E", "\u{e9}a\u{e9}", 0, "EaE", 2);
        chk_sub(&mut fails, "\\s+$", 8, "", "a  \u{a}b \u{a}", 0, "a\u{a}b", 2);
        chk_sub(&mut fails, "a", 0, "\\&\\-", "a", 0, "\\&\\-", 1);
        chk_sub(&mut fails, "(a)|(b)??", 0, "[\\1\\2]", "xab", 0, "[]x[a][][b][]", 5);
        chk_sub(&mut fails, "a|", 0, "-", "baab", 0, "-b---b-", 5);
        assert!(fails.is_empty(), "{}", fails.join("\n"));
    }

    #[test]
    #[rustfmt::skip]
    fn error_cases() {
        let mut fails: Vec<String> = Vec::new();
        chk_err(&mut fails, "[a--b]", Some("bad character range a-- at position 1".to_string()));
        chk_err(&mut fails, "(abc", Some("missing ), unterminated subpattern at position 0".to_string()));
        chk_err(&mut fails, "abc)", Some("unbalanced parenthesis at position 3".to_string()));
        chk_err(&mut fails, "*a", Some("nothing to repeat at position 0".to_string()));
        chk_err(&mut fails, "a**", Some("multiple repeat at position 2".to_string()));
        chk_err(&mut fails, "a{3,2}", Some("min repeat greater than max repeat at position 2".to_string()));
        chk_err(&mut fails, "[abc", Some("unterminated character set at position 0".to_string()));
        chk_err(&mut fails, "\\q", Some("bad escape \\q at position 0".to_string()));
        chk_err(&mut fails, "(?P<1a>x)", Some("bad character in group name '1a' at position 4".to_string()));
        chk_err(&mut fails, "(?P<a>x)(?P<a>y)", Some("redefinition of group name 'a' as group 2; was group 1 at position 12".to_string()));
        chk_err(&mut fails, "(?P=zz)", Some("unknown group name 'zz' at position 4".to_string()));
        chk_err(&mut fails, "(a)\\2", Some("invalid group reference 2 at position 4".to_string()));
        chk_err(&mut fails, "(a\\1)", Some("cannot refer to an open group at position 2".to_string()));
        chk_err(&mut fails, "[z-a]", Some("bad character range z-a at position 1".to_string()));
        chk_err(&mut fails, "(?<x)", Some("unknown extension ?<x at position 1".to_string()));
        chk_err(&mut fails, "a(?i)b", Some("global flags not at the start of the expression at position 1".to_string()));
        chk_err(&mut fails, "^*", Some("nothing to repeat at position 1".to_string()));
        chk_err(&mut fails, "\\b+", Some("nothing to repeat at position 2".to_string()));
        chk_err(&mut fails, "(?P", Some("unexpected end of pattern at position 3".to_string()));
        chk_err(&mut fails, "(?", Some("unexpected end of pattern at position 2".to_string()));
        chk_err(&mut fails, "x\\\\\\", Some("bad escape (end of pattern) at position 3".to_string()));
        chk_err(&mut fails, "\\", Some("bad escape (end of pattern) at position 0".to_string()));
        chk_err(&mut fails, "a|b(", Some("missing ), unterminated subpattern at position 3".to_string()));
        chk_err(&mut fails, "(?#abc", Some("missing ), unterminated comment at position 0".to_string()));
        chk_err(&mut fails, "[\\d-z]", Some("bad character range \\d-z at position 1".to_string()));
        chk_err(&mut fails, "\\x4", Some("incomplete escape \\x4 at position 0".to_string()));
        chk_err(&mut fails, "\\u12", Some("incomplete escape \\u12 at position 0".to_string()));
        chk_err(&mut fails, "(?(2)a|b)", Some("invalid group reference 2 at position 3".to_string()));
        chk_err(&mut fails, "(?(x)a|b)", Some("unknown group name 'x' at position 3".to_string()));
        chk_err(&mut fails, "(?(1)a|b|c)", Some("conditional backref with more than two branches at position 8".to_string()));
        chk_err(&mut fails, "(?P>x)", Some("unknown extension ?P> at position 1".to_string()));
        chk_err(&mut fails, "(?z)", Some("unknown extension ?z at position 1".to_string()));
        chk_err(&mut fails, "(?i-i:a)", Some("bad inline flags: flag turned on and off at position 5".to_string()));
        chk_err(&mut fails, "(?-a:x)", Some("bad inline flags: cannot turn off flags 'a', 'u' and 'L' at position 4".to_string()));
        chk_err(&mut fails, "(?iL)", Some("bad inline flags: cannot use 'L' flag with a str pattern at position 4".to_string()));
        chk_err(&mut fails, "(a\u{a}(b", Some("missing ), unterminated subpattern at position 3 (line 2, column 1)".to_string()));
        chk_err(&mut fails, "\\8", Some("invalid group reference 8 at position 1".to_string()));
        chk_err(&mut fails, "[\\8]", Some("bad escape \\8 at position 1".to_string()));
        chk_err(&mut fails, "\\777", Some("octal escape value \\777 outside of range 0-0o377 at position 0".to_string()));
        chk_err(&mut fails, "(?<=a+)b", Some("look-behind requires fixed-width pattern".to_string()));
        chk_err(&mut fails, "a{4294967295}", Some("the repetition number is too large".to_string()));
        chk_err(&mut fails, "(?P<a>)(?P=a", Some("missing ), unterminated name at position 11".to_string()));
        chk_err(&mut fails, "()\\g<1>", Some("bad escape \\g at position 2".to_string()));
        chk_terr(&mut fails, "(\\d)", "\\10", Some("invalid group reference 10 at position 1".to_string()));
        chk_terr(&mut fails, "(a)", "\\2", Some("invalid group reference 2 at position 1".to_string()));
        chk_terr(&mut fails, "(a)", "\\q", Some("bad escape \\q at position 0".to_string()));
        chk_terr(&mut fails, "(a)", "\\g<x>", Some("unknown group name 'x'".to_string()));
        chk_terr(&mut fails, "(a)", "\\g<1", Some("missing >, unterminated name at position 3".to_string()));
        chk_terr(&mut fails, "(a)", "\\g", Some("missing < at position 2".to_string()));
        chk_terr(&mut fails, "(a)", "\\g<-1>", Some("bad character in group name '-1' at position 3".to_string()));
        chk_terr(&mut fails, "(a)", "ok\\1", None);
        chk_terr(&mut fails, "(a)", "x\\", Some("bad escape (end of pattern) at position 1".to_string()));
        chk_terr(&mut fails, "(a)", "\\g<2>", Some("invalid group reference 2 at position 3".to_string()));
        chk_terr(&mut fails, "(a)", "\\g<a b>", Some("bad character in group name 'a b' at position 3".to_string()));
        assert!(fails.is_empty(), "{}", fails.join("\n"));
    }

    #[test]
    #[rustfmt::skip]
    fn info_cases() {
        let r = Regex::compile("(?P<a>x)(y)(?P<b>z)", 0).unwrap();
        assert_eq!(r.groups(), 3);
        assert_eq!(r.flags(), 32);
        let gi: Vec<(String, usize)> = vec![("a".to_string(), 1), ("b".to_string(), 3)];
        assert_eq!(r.group_index(), gi);
        let r = Regex::compile("(?i)x", 0).unwrap();
        assert_eq!(r.groups(), 0);
        assert_eq!(r.flags(), 34);
        let gi: Vec<(String, usize)> = vec![];
        assert_eq!(r.group_index(), gi);
        let r = Regex::compile("x", 256).unwrap();
        assert_eq!(r.groups(), 0);
        assert_eq!(r.flags(), 256);
        let gi: Vec<(String, usize)> = vec![];
        assert_eq!(r.group_index(), gi);
        let r = Regex::compile("(?x)a", 0).unwrap();
        assert_eq!(r.groups(), 0);
        assert_eq!(r.flags(), 96);
        let gi: Vec<(String, usize)> = vec![];
        assert_eq!(r.group_index(), gi);
        let r = Regex::compile("(?s)(?m)a", 2).unwrap();
        assert_eq!(r.groups(), 0);
        assert_eq!(r.flags(), 58);
        let gi: Vec<(String, usize)> = vec![];
        assert_eq!(r.group_index(), gi);
        let r = Regex::compile("a", 32).unwrap();
        assert_eq!(r.groups(), 0);
        assert_eq!(r.flags(), 32);
        let gi: Vec<(String, usize)> = vec![];
        assert_eq!(r.group_index(), gi);
        assert_eq!(escape("a.b*c"), "a\\.b\\*c");
        assert_eq!(escape("hello world"), "hello\\ world");
        assert_eq!(escape("x-y_z"), "x\\-y_z");
        assert_eq!(escape("\u{65e5}\u{672c}"), "\u{65e5}\u{672c}");
        assert_eq!(escape("\u{9}\u{a}#&~"), "\\\u{9}\\\u{a}\\#\\&\\~");
        assert_eq!(escape("a@b!c%"), "a@b!c%");
    }
}
