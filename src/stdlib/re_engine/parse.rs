//! Python pattern syntax: tokenizer, parser (error checks and group numbering as in
//! CPython's `re._parser`) and translation into fancy-regex syntax.

use super::Error;
use super::flags::*;

pub(super) const MAXREPEAT: u64 = 4_294_967_295;
pub(super) const MAXGROUPS: usize = 1_073_741_823;

// ---------------------------------------------------------------------------
// Tokenizer
// ---------------------------------------------------------------------------

#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub(super) enum Tok {
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

pub(super) struct Tokenizer {
    chars: Vec<char>,
    toks: Vec<(usize, Tok)>,
    /// Index of a trailing lone backslash token, which is an error when reached.
    bad: Option<usize>,
    t: usize,
}

impl Tokenizer {
    pub(super) fn new(s: &str) -> Result<Self, Error> {
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
    pub(super) fn check_bad(&self) -> Result<(), Error> {
        if self.bad == Some(self.t) {
            let pos = self.chars.len().saturating_sub(1);
            return Err(Error::Syntax {
                msg: "bad escape (end of pattern)".into(),
                pos: Some(pos),
            });
        }
        Ok(())
    }
    pub(super) fn next(&self) -> Option<Tok> {
        self.toks.get(self.t).map(|x| x.1)
    }
    pub(super) fn next_is(&self, c: char) -> bool {
        self.next() == Some(Tok::Ch(c))
    }
    pub(super) fn next_in(&self, set: &str) -> bool {
        matches!(self.next(), Some(Tok::Ch(c)) if set.contains(c))
    }
    pub(super) fn get(&mut self) -> Result<Option<Tok>, Error> {
        let x = self.next();
        if x.is_some() {
            self.t += 1;
            self.check_bad()?;
        }
        Ok(x)
    }
    pub(super) fn matches(&mut self, c: char) -> Result<bool, Error> {
        if self.next_is(c) {
            self.t += 1;
            self.check_bad()?;
            Ok(true)
        } else {
            Ok(false)
        }
    }
    pub(super) fn tell(&self) -> usize {
        match self.toks.get(self.t) {
            Some((p, _)) => *p,
            None => self.chars.len(),
        }
    }
    pub(super) fn error(&self, msg: &str, offset: usize) -> Error {
        Error::Syntax {
            msg: msg.into(),
            pos: Some(self.tell().saturating_sub(offset)),
        }
    }
    pub(super) fn getwhile(&mut self, n: usize, set: &str) -> Result<String, Error> {
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
    pub(super) fn getuntil(&mut self, term: char, name: &str) -> Result<String, Error> {
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

pub(super) fn is_identifier(s: &str) -> bool {
    let mut it = s.chars();
    match it.next() {
        Some(c) if c == '_' || c.is_alphabetic() => {}
        _ => return false,
    }
    it.all(|c| c == '_' || c.is_alphanumeric())
}

pub(super) const DIGITS: &str = "0123456789";
pub(super) const OCTDIGITS: &str = "01234567";
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

/// A literal char in fancy-regex syntax. Only meta characters are escaped: other escaped
/// punctuation has meanings there (`\<` and `\>` are word boundaries).
fn push_lit(out: &mut String, c: char) {
    if c.is_ascii_graphic() && !"\\.+*?()|[]{}^$#&-~".contains(c) {
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

/// `\b` / `\B` (sre never finds `\B` in an empty string).
fn word_boundary(ascii: bool, negated: bool) -> String {
    let w = ASCII_WORD;
    match (ascii, negated) {
        (false, false) => r"\b".into(),
        (false, true) => r"(?:(?!\A\z)\B)".into(),
        (true, false) => format!("(?:(?<={w})(?!{w})|(?<!{w})(?={w}))"),
        (true, true) => format!(r"(?:(?!\A\z)(?:(?<={w})(?={w})|(?<!{w})(?!{w})))"),
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

/// Smallest and largest number of chars a subpattern matches (as CPython's getwidth,
/// capped at MAXREPEAT).
type Width = (u64, u64);

struct Item {
    text: String,
    kind: Kind,
    width: Width,
}

impl Item {
    /// Something matching one char.
    fn one(text: impl Into<String>) -> Item {
        Item::sized(text, (1, 1))
    }
    fn sized(text: impl Into<String>, width: Width) -> Item {
        Item {
            text: text.into(),
            kind: Kind::Normal,
            width,
        }
    }
    /// An assertion (matches no chars, and cannot be repeated).
    fn at(text: impl Into<String>) -> Item {
        Item {
            text: text.into(),
            kind: Kind::At,
            width: (0, 0),
        }
    }
}

/// Width of a sequence of items.
fn seq_width(items: &[Item]) -> Width {
    items.iter().fold((0, 0), |(lo, hi), it| {
        (
            (lo + it.width.0).min(MAXREPEAT),
            (hi + it.width.1).min(MAXREPEAT),
        )
    })
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
    /// Width of each closed group (for backreferences).
    group_width: Vec<Width>,
    /// Backreferences and conditionals so far.
    refs: usize,
    /// A lookbehind whose width is not fixed (reported once parsing succeeded).
    variable_lookbehind: bool,
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

    fn checklookbehindgroup(&self, gid: usize) -> Result<(), Error> {
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

    /// Alternatives: the translation and its width.
    fn parse_sub(
        &mut self,
        verbose: bool,
        nested: usize,
        local: u32,
    ) -> Result<(String, Width), Error> {
        let mut out = String::new();
        let mut verbose = verbose;
        let mut first_branch = true;
        let mut width: Option<Width> = None;
        loop {
            let lf = if nested == 0 { self.flags } else { local };
            let items = self.parse(verbose, nested + 1, nested == 0 && first_branch, lf)?;
            let w = seq_width(&items);
            width = Some(match width {
                None => w,
                Some((lo, hi)) => (lo.min(w.0), hi.max(w.1)),
            });
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
        Ok((out, width.unwrap_or((0, 0))))
    }

    fn parse(
        &mut self,
        verbose: bool,
        nested: usize,
        first: bool,
        local: u32,
    ) -> Result<Vec<Item>, Error> {
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
                    items.push(Item::one(s));
                }
                Tok::Ch('[') => {
                    let s = self.parse_class(ascii)?;
                    items.push(Item::one(s));
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
                                items.push(Item::one("\\{"));
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
                                items.push(Item::one("\\{"));
                                self.src.t = save;
                                continue;
                            }
                            let mut mn = 0u64;
                            let mut mx = MAXREPEAT;
                            if !lo.is_empty() {
                                mn = lo.parse::<u64>().unwrap_or(u64::MAX);
                                if mn >= MAXREPEAT {
                                    return Err(Error::Overflow(
                                        "the repetition number is too large".into(),
                                    ));
                                }
                            }
                            if !hi.is_empty() {
                                mx = hi.parse::<u64>().unwrap_or(u64::MAX);
                                if mx >= MAXREPEAT {
                                    return Err(Error::Overflow(
                                        "the repetition number is too large".into(),
                                    ));
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
                    let (lo, hi) = last.width;
                    last.width = (
                        lo.saturating_mul(min).min(MAXREPEAT),
                        hi.saturating_mul(max).min(MAXREPEAT),
                    );
                }
                Tok::Ch('.') => {
                    let s = if local & DOTALL != 0 { "(?s:.)" } else { "." };
                    items.push(Item::one(s));
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
                    items.push(Item::at(s));
                }
                Tok::Ch('$') => {
                    let s = if local & MULTILINE != 0 {
                        "(?m:$)"
                    } else {
                        r"(?=\n?\z)"
                    };
                    items.push(Item::at(s));
                }
                Tok::Ch(_) => {
                    // ']' '}' ')' '|' handled above or literal
                    let mut s = String::new();
                    if let Some(c) = this.ch() {
                        push_lit(&mut s, c);
                    }
                    items.push(Item::one(s));
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
    ) -> Result<Option<Item>, Error> {
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
                                &format!(
                                    "bad character in group name {}",
                                    crate::objects::repr::str_repr(&n)
                                ),
                                n.chars().count() + 1,
                            ));
                        }
                        name = Some(n);
                    } else if self.src.matches('=')? {
                        let n = self.src.getuntil(')', "group name")?;
                        let nl = n.chars().count();
                        if !is_identifier(&n) {
                            return Err(self.src.error(
                                &format!(
                                    "bad character in group name {}",
                                    crate::objects::repr::str_repr(&n)
                                ),
                                nl + 1,
                            ));
                        }
                        let Some(gid) = self.group_by_name(&n) else {
                            return Err(self.src.error(
                                &format!(
                                    "unknown group name {}",
                                    crate::objects::repr::str_repr(&n)
                                ),
                                nl + 1,
                            ));
                        };
                        if !self.checkgroup(gid) {
                            return Err(self.src.error("cannot refer to an open group", nl + 1));
                        }
                        self.checklookbehindgroup(gid)?;
                        self.needs_retry = true;
                        self.refs += 1;
                        return Ok(Some(Item::sized(
                            format!("\\k<{}>", gid + self.ref_offset),
                            self.group_width[gid],
                        )));
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
                    let refs = self.refs;
                    let (p, width) = self.parse_sub(verbose, nested + 1, *local)?;
                    if behind && width.0 != width.1 {
                        self.variable_lookbehind = true;
                    }
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
                    // fancy-regex cannot size backreferences: look back the fixed width
                    // and match forward from there.
                    let p = if behind && self.refs > refs {
                        format!("(?=(?:{p}))(?s:.{{{}}})", width.0)
                    } else {
                        p
                    };
                    return Ok(Some(Item::sized(format!("{open}{p})"), (0, 0))));
                }
                Tok::Ch('(') => {
                    let condname = self.src.getuntil(')', "group name")?;
                    let cl = condname.chars().count();
                    let condgroup = if is_identifier(&condname) {
                        let Some(g) = self.group_by_name(&condname) else {
                            return Err(self.src.error(
                                &format!(
                                    "unknown group name {}",
                                    crate::objects::repr::str_repr(&condname)
                                ),
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
                                &format!(
                                    "bad character in group name {}",
                                    crate::objects::repr::str_repr(&condname)
                                ),
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
                    self.refs += 1;
                    // A group defined only later has not matched yet (fancy-regex rejects
                    // such forward references).
                    let defined = condgroup <= self.ngroups;
                    let yes = self.parse(verbose, nested + 1, false, *local)?;
                    let mut no = None;
                    if self.src.matches('|')? {
                        no = Some(self.parse(verbose, nested + 1, false, *local)?);
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
                    let (ylo, yhi) = seq_width(&yes);
                    let width = match &no {
                        Some(no) => {
                            let (nlo, nhi) = seq_width(no);
                            (ylo.min(nlo), yhi.max(nhi))
                        }
                        None => (0, yhi),
                    };
                    let y: String = yes.into_iter().map(|i| i.text).collect();
                    let n: String = no.into_iter().flatten().map(|i| i.text).collect();
                    let g = condgroup + self.ref_offset;
                    let text = if defined {
                        format!("(?({g})(?:{y})|(?:{n}))")
                    } else {
                        format!("(?:{n})")
                    };
                    return Ok(Some(Item::sized(text, width)));
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
                            crate::objects::repr::str_repr(n)
                        ),
                        n.chars().count() + 1,
                    ));
                }
                self.names.push((n.clone(), gid));
            }
            self.ngroups = gid;
            self.closed.push(false);
            self.close_rank.push(0);
            self.group_width.push((0, 0));
        }
        let sub_verbose = (verbose || add_flags & VERBOSE != 0) && del_flags & VERBOSE == 0;
        let mut sub_local = (*local | add_flags) & !del_flags;
        if add_flags & TYPE_FLAGS != 0 {
            sub_local = (sub_local & !TYPE_FLAGS) | (add_flags & TYPE_FLAGS);
        }
        let (p, width) = self.parse_sub(sub_verbose, nested + 1, sub_local)?;
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
            self.group_width[gid] = width;
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
        Ok(Some(Item::sized(text, width)))
    }

    /// Port of `_parse_flags`; None = global flags `(?i)`.
    fn parse_flags(&mut self, first: char) -> Result<Option<(u32, u32)>, Error> {
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

    fn hex_escape(&mut self, esc: &str, c: char, n: usize) -> Result<char, Error> {
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

    fn named_escape(&mut self) -> Result<char, Error> {
        if !self.src.matches('{')? {
            return Err(self.src.error("missing {", 0));
        }
        let name = self.src.getuntil('}', "character name")?;
        // Case-insensitive, like `unicodedata.lookup`.
        match unicode_names2::character(&name) {
            Some(c) => Ok(c),
            None => Err(self.src.error(
                &format!(
                    "undefined character name {}",
                    crate::objects::repr::str_repr(&name)
                ),
                name.chars().count() + 4,
            )),
        }
    }

    /// Escape outside of a class (`_escape`).
    fn escape(&mut self, c: char, local: u32) -> Result<Item, Error> {
        let ascii = local & ASCII != 0;
        let normal = |s: String| Ok(Item::one(s));
        let lit = |ch: char| {
            let mut s = String::new();
            push_lit(&mut s, ch);
            Ok(Item::one(s))
        };
        let esc = format!("\\{c}");
        match c {
            'A' => {
                self.lookbehindish = true;
                return Ok(Item::at(r"\A"));
            }
            'Z' => {
                return Ok(Item::at(r"\z"));
            }
            'b' | 'B' => {
                self.lookbehindish = true;
                return Ok(Item::at(word_boundary(ascii, c == 'B')));
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
                    self.refs += 1;
                    return Ok(Item::sized(
                        format!("\\k<{}>", group + self.ref_offset),
                        self.group_width[group],
                    ));
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
    fn class_escape(&mut self, c: char) -> Result<ClassItem, Error> {
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

    fn parse_class(&mut self, ascii: bool) -> Result<String, Error> {
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

/// Result of translating a Python pattern.
pub(super) struct Translation {
    pub(super) body: String,
    pub(super) flags: u32,
    pub(super) groups: usize,
    pub(super) names: Vec<(String, usize)>,
    pub(super) close_rank: Vec<usize>,
    pub(super) lookbehindish: bool,
    pub(super) needs_retry: bool,
}

pub(super) fn translate(
    pattern: &str,
    flags: u32,
    ref_offset: usize,
) -> Result<Translation, Error> {
    let src = Tokenizer::new(pattern)?;
    let mut p = Parser {
        src,
        flags,
        ngroups: 0,
        closed: vec![false],
        close_rank: vec![0],
        group_width: vec![(0, 0)],
        variable_lookbehind: false,
        refs: 0,
        nclosed: 0,
        names: Vec::new(),
        lookbehind_groups: None,
        grouprefpos: Vec::new(),
        lookbehindish: false,
        needs_retry: false,
        ref_offset,
    };
    let (body, _) = p.parse_sub(flags & VERBOSE != 0, 0, flags)?;
    if p.src.next().is_some() {
        return Err(p.src.error("unbalanced parenthesis", 0));
    }
    for &(g, pos) in &p.grouprefpos {
        if g > p.ngroups {
            return Err(Error::Syntax {
                msg: format!("invalid group reference {g}"),
                pos: Some(pos),
            });
        }
    }
    let mut fl = p.flags;
    if fl & ASCII != 0 && fl & UNICODE != 0 {
        return Err(Error::Value(
            "ASCII and UNICODE flags are incompatible".into(),
        ));
    }
    if fl & ASCII == 0 {
        fl |= UNICODE;
    }
    // CPython finds this when compiling, after parsing succeeded.
    if p.variable_lookbehind {
        return Err(Error::Syntax {
            msg: "look-behind requires fixed-width pattern".into(),
            pos: None,
        });
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
