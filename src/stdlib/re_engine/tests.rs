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
            fails.push(format!("compile {pat:?}: {e:?}"));
            return;
        }
    };
    let got = match func {
        "search" => r.search(text, pos, endpos),
        "match_at" => r.match_at(text, pos, endpos),
        _ => r.fullmatch(text, pos, endpos),
    };
    match got {
        Err(e) => fails.push(format!("{func} {pat:?} {text:?}: error {e:?}")),
        Ok(m) => {
            let last = m.as_ref().and_then(|c| c.lastindex);
            let spans = m.map(|c| char_spans(&c, text));
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
            fails.push(format!("compile {pat:?}: {e:?}"));
            return;
        }
    };
    match find_all(&r, text, 0, usize::MAX) {
        Err(e) => fails.push(format!("iter {pat:?}: {e:?}")),
        Ok(v) => {
            let got: Vec<_> = v.iter().map(|c| char_spans(c, text)).collect();
            if got != want {
                fails.push(format!(
                    "iter {pat:?} on {text:?}: got {got:?}, want {want:?}"
                ));
            }
        }
    }
}

/// `str()` of the Python exception an engine error becomes.
fn err_text(e: Error, pattern: &str) -> String {
    match e {
        Error::Syntax { msg, pos: Some(p) } => error_text(&msg, pattern, p),
        Error::Syntax { msg, pos: None } => msg,
        Error::Value(m) | Error::Overflow(m) | Error::Index(m) | Error::Runtime(m) => m,
    }
}

fn char_spans(c: &Captures, text: &str) -> Vec<Option<(usize, usize)>> {
    (0..c.byte_spans.len()).map(|i| c.span(text, i)).collect()
}

/// All matches of a scan over `text[pos:endpos]`.
fn find_all(r: &Regex, text: &str, pos: usize, endpos: usize) -> Result<Vec<Captures>, Error> {
    let mut st = r.scan(text, pos, endpos);
    let mut out = Vec::new();
    while let Some(c) = r.scan_next(text, &mut st)? {
        out.push(c);
    }
    Ok(out)
}

fn chk_err(fails: &mut Vec<String>, pat: &str, want: Option<String>) {
    let got = Regex::compile(pat, 0).err().map(|e| err_text(e, pat));
    if got != want {
        fails.push(format!("compile {pat:?}: got {got:?}, want {want:?}"));
    }
}

fn chk_terr(fails: &mut Vec<String>, pat: &str, repl: &str, want: Option<String>) {
    let r = Regex::compile(pat, 0).unwrap();
    let got = parse_template(repl, &r).err().map(|e| err_text(e, repl));
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
            let found = find_all(&r, t, pos, usize::MAX);
            let mut tpl = String::new();
            for _ in 0..3 {
                tpl.push_str(["\\1", "\\g<n>", "\\g<0>", "x", "\\", "\\n", "\\q", "é"][rnd(8)]);
            }
            if let Ok(pieces) = parse_template(&tpl, &r) {
                for c in found.iter().flatten() {
                    let _ = expand_template(&pieces, c, t);
                }
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
    assert_eq!(r.group_index(), gi.as_slice());
    let r = Regex::compile("(?i)x", 0).unwrap();
    assert_eq!(r.groups(), 0);
    assert_eq!(r.flags(), 34);
    let gi: Vec<(String, usize)> = vec![];
    assert_eq!(r.group_index(), gi.as_slice());
    let r = Regex::compile("x", 256).unwrap();
    assert_eq!(r.groups(), 0);
    assert_eq!(r.flags(), 256);
    let gi: Vec<(String, usize)> = vec![];
    assert_eq!(r.group_index(), gi.as_slice());
    let r = Regex::compile("(?x)a", 0).unwrap();
    assert_eq!(r.groups(), 0);
    assert_eq!(r.flags(), 96);
    let gi: Vec<(String, usize)> = vec![];
    assert_eq!(r.group_index(), gi.as_slice());
    let r = Regex::compile("(?s)(?m)a", 2).unwrap();
    assert_eq!(r.groups(), 0);
    assert_eq!(r.flags(), 58);
    let gi: Vec<(String, usize)> = vec![];
    assert_eq!(r.group_index(), gi.as_slice());
    let r = Regex::compile("a", 32).unwrap();
    assert_eq!(r.groups(), 0);
    assert_eq!(r.flags(), 32);
    let gi: Vec<(String, usize)> = vec![];
    assert_eq!(r.group_index(), gi.as_slice());
    assert_eq!(escape("a.b*c"), "a\\.b\\*c");
    assert_eq!(escape("hello world"), "hello\\ world");
    assert_eq!(escape("x-y_z"), "x\\-y_z");
    assert_eq!(escape("\u{65e5}\u{672c}"), "\u{65e5}\u{672c}");
    assert_eq!(escape("\u{9}\u{a}#&~"), "\\\u{9}\\\u{a}\\#\\&\\~");
    assert_eq!(escape("a@b!c%"), "a@b!c%");
}
