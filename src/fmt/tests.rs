use super::test_data::*;
use super::*;
use num_bigint::BigInt;

fn fb(b: u64) -> f64 {
    f64::from_bits(b)
}

fn same_float(a: f64, b: f64) -> bool {
    (a.is_nan() && b.is_nan()) || a.to_bits() == b.to_bits()
}

#[test]
fn repr_table() {
    let mut bad = Vec::new();
    for &(b, want) in REPR {
        let got = float_repr(fb(b));
        if got != want {
            bad.push(format!("{b:#x}: got {got} want {want}"));
        }
    }
    assert!(
        bad.is_empty(),
        "{} failures:\n{}",
        bad.len(),
        bad[..bad.len().min(30)].join("\n")
    );
}

#[test]
fn repr_basics() {
    assert_eq!(float_repr(0.1), "0.1");
    assert_eq!(float_repr(1e16), "1e+16");
    assert_eq!(float_repr(1e15), "1000000000000000.0");
    assert_eq!(float_repr(1.5e-5), "1.5e-05");
    assert_eq!(float_repr(0.0001), "0.0001");
    assert_eq!(float_repr(-0.0), "-0.0");
    assert_eq!(float_repr(f64::NAN), "nan");
    assert_eq!(float_repr(f64::NEG_INFINITY), "-inf");
    assert_eq!(float_repr(5e-324), "5e-324");
    assert_eq!(float_repr(123456789012345.0), "123456789012345.0");
}

#[test]
fn hex_and_ratio() {
    for &(b, want) in HEX {
        assert_eq!(float_hex(fb(b)), want, "{b:#x}");
    }
    for &(b, n, d) in RATIO {
        let (gn, gd) = float_to_exact_ratio(fb(b)).expect("finite");
        assert_eq!(
            (gn.to_string(), gd.to_string()),
            (n.to_string(), d.to_string()),
            "{b:#x}"
        );
    }
    assert!(float_to_exact_ratio(f64::INFINITY).is_none());
    assert!(float_to_exact_ratio(f64::NAN).is_none());
}

fn check_results(kind: &str, bad: Vec<String>) {
    assert!(
        bad.is_empty(),
        "{kind}: {} failures:\n{}",
        bad.len(),
        bad[..bad.len().min(40)].join("\n")
    );
}

#[test]
fn format_float_table() {
    let mut bad = Vec::new();
    for &(b, spec, want) in FMT_FLOAT {
        let got = format_float_spec(fb(b), spec);
        let want = want.map(str::to_string).map_err(str::to_string);
        if got != want {
            bad.push(format!(
                "format({:?}, {spec:?}): got {got:?} want {want:?}",
                fb(b)
            ));
        }
    }
    check_results("format_float", bad);
}

#[test]
fn format_int_table() {
    let mut bad = Vec::new();
    for &(v, spec, want) in FMT_INT {
        let n: BigInt = v.parse().expect("int");
        let got = format_int_spec(&n, spec);
        let want = want.map(str::to_string).map_err(str::to_string);
        if got != want {
            bad.push(format!("format({v}, {spec:?}): got {got:?} want {want:?}"));
        }
    }
    check_results("format_int", bad);
    let big = num_traits::pow::pow(BigInt::from(10), 5000);
    let got = format_int_spec(&big, "d");
    assert_eq!(
        format!("{:?}", got),
        format!("{:?}", Err::<String, &str>(BIG_LIMIT_MSG_INNER))
    );
}

const BIG_LIMIT_MSG_INNER: &str = "Exceeds the limit (4300 digits) for integer string conversion; use sys.set_int_max_str_digits() to increase the limit";

#[test]
fn big_limit_msg_matches_python() {
    assert_eq!(BIG_LIMIT_MSG, format!("Err({BIG_LIMIT_MSG_INNER:?})"));
}

#[test]
fn format_str_table() {
    let mut bad = Vec::new();
    for &(v, spec, want) in FMT_STR {
        let got = format_str_spec(v, spec);
        let want = want.map(str::to_string).map_err(str::to_string);
        if got != want {
            bad.push(format!(
                "format({v:?}, {spec:?}): got {got:?} want {want:?}"
            ));
        }
    }
    check_results("format_str", bad);
}

#[test]
fn parse_float_table() {
    let mut bad = Vec::new();
    for &(s, want) in PARSE_FLOAT {
        let got = parse_float(s);
        let ok = match (got, want) {
            (None, None) => true,
            (Some(g), Some(NAN_POS)) => g.is_nan() && g.is_sign_positive(),
            (Some(g), Some(NAN_NEG)) => g.is_nan() && g.is_sign_negative(),
            (Some(g), Some(w)) => g.to_bits() == w,
            _ => false,
        };
        if !ok {
            bad.push(format!("float({s:?}): got {got:?} want {want:?}"));
        }
    }
    check_results("parse_float", bad);
}

#[test]
fn parse_int_table() {
    let mut bad = Vec::new();
    for &(s, base, want) in PARSE_INT {
        let got = parse_int(s, base).map(|v| v.to_string());
        let want = want.map(str::to_string);
        if got != want {
            bad.push(format!("int({s:?}, {base}): got {got:?} want {want:?}"));
        }
    }
    check_results("parse_int", bad);
    assert_eq!(parse_int_limited("1", 1, 4300), Err(IntParseError::BadBase));
    assert_eq!(
        parse_int_limited("1", 37, 4300),
        Err(IntParseError::BadBase)
    );
    let long = "1".repeat(5000);
    assert_eq!(
        parse_int_limited(&long, 10, 4300),
        Err(IntParseError::TooManyDigits(4300, 5000))
    );
    assert!(parse_int_limited(&long, 16, 4300).is_ok());
    assert!(parse_int_limited(&long, 10, 0).is_ok());
}

#[test]
fn round_table() {
    let mut bad = Vec::new();
    for &(b, nd, want) in ROUND {
        let got = round_float_checked(fb(b), nd);
        let ok = match (got.clone(), want) {
            (Ok(g), Ok(NAN_POS)) => g.is_nan(),
            (Ok(g), Ok(w)) => same_float(g, fb(w)),
            (Err(_), Err(())) => true,
            _ => false,
        };
        if !ok {
            bad.push(format!(
                "round({:?}, {nd}): got {got:?} want {want:?}",
                fb(b)
            ));
        }
    }
    check_results("round", bad);
    assert_eq!(round_float(2.675, 2), 2.67);
    assert_eq!(round_float(0.5, 0), 0.0);
    assert_eq!(round_float(1.5, 0), 2.0);
    assert_eq!(round_float(2.5, 0), 2.0);
    assert!(round_float(-0.4, 0).is_sign_negative());
    assert_eq!(round_float(1.7976931348623157e308, -308), f64::INFINITY);
}

fn single_spec(f: &str) -> PercentSpec {
    let pieces = parse_percent(f).expect("parse");
    match pieces.into_iter().next() {
        Some(PercentPiece::Spec(s)) => s,
        other => panic!("unexpected {other:?}"),
    }
}

fn num(c: Option<PercentCount>) -> Option<usize> {
    match c {
        Some(PercentCount::Num(n)) => Some(n),
        _ => None,
    }
}

#[test]
fn percent_tables() {
    let mut bad = Vec::new();
    for &(f, v, want) in PCT_INT {
        let s = single_spec(f);
        let n: BigInt = v.parse().expect("int");
        let got = percent_int(&n, &s.flags, num(s.width), num(s.precision), s.conv);
        if got != want {
            bad.push(format!("{f:?} % {v}: got {got:?} want {want:?}"));
        }
    }
    for &(f, v, want) in PCT_FLOAT {
        let s = single_spec(f);
        let got = percent_float(fb(v), &s.flags, num(s.width), num(s.precision), s.conv);
        if got != want {
            bad.push(format!("{f:?} % {:?}: got {got:?} want {want:?}", fb(v)));
        }
    }
    for &(f, v, want) in PCT_STR {
        let s = single_spec(f);
        let got = percent_str(v, &s.flags, num(s.width), num(s.precision));
        if got != want {
            bad.push(format!("{f:?} % {v:?}: got {got:?} want {want:?}"));
        }
    }
    check_results("percent", bad);
}

#[test]
fn percent_parse_table() {
    let mut bad = Vec::new();
    for &(f, want) in PCT_PARSE {
        let got = parse_percent(f).map(|_| ());
        let want = want.map_err(str::to_string);
        if got != want {
            bad.push(format!("{f:?}: got {got:?} want {want:?}"));
        }
    }
    check_results("percent parse", bad);
    let p = parse_percent("a%%b%(x(y))-*.*ld%5.2f").expect("ok");
    assert_eq!(
        p,
        vec![
            PercentPiece::Literal("a%b".to_string()),
            PercentPiece::Spec(PercentSpec {
                key: Some("x(y)".to_string()),
                flags: PercentFlags {
                    left: true,
                    ..PercentFlags::default()
                },
                width: Some(PercentCount::Star),
                precision: Some(PercentCount::Star),
                conv: 'd',
                index: 16,
            }),
            PercentPiece::Spec(PercentSpec {
                key: None,
                flags: PercentFlags::default(),
                width: Some(PercentCount::Num(5)),
                precision: Some(PercentCount::Num(2)),
                conv: 'f',
                index: 21,
            }),
        ]
    );
}

#[test]
fn spec_parse_fields() {
    let s = parse_format_spec("*^+z#012,.3f").expect("ok");
    assert_eq!(s.fill, '*');
    assert_eq!(s.align, Some('^'));
    assert_eq!(s.sign, Some('+'));
    assert!(s.no_neg_0 && s.alternate && !s.zero);
    assert_eq!(s.width, Some(12));
    assert_eq!(s.grouping, Some(','));
    assert_eq!(s.precision, Some(3));
    assert_eq!(s.ty, Some('f'));
    assert_eq!(
        parse_format_spec("abc"),
        Err("Invalid format specifier".to_string())
    );
    let z = parse_format_spec("010").expect("ok");
    assert!(z.zero && z.fill == '0' && z.align.is_none());
}

#[test]
fn no_panics_on_odd_inputs() {
    for spec in [
        "",
        "\u{0}",
        "\u{10ffff}<",
        "<<<",
        "00000",
        ".0",
        "0=",
        "=",
        "^",
        "c",
        ",",
        "_x",
        ".9999999999",
        "99999999999999999999",
    ] {
        let _ = format_int_spec(&BigInt::from(-5), spec);
        let _ = format_float_spec(-0.0, spec);
        let _ = format_float_spec(f64::NAN, spec);
        let _ = format_str_spec("x", spec);
    }
    for f in [
        "%",
        "%(",
        "%((",
        "%()",
        "%*.*",
        "%.*",
        "%\u{10ffff}",
        "%-+ #0",
    ] {
        let _ = parse_percent(f);
        let _ = parse_percent_lenient(f);
    }
    for s in [
        "",
        "_",
        "-",
        "+",
        ".",
        "e",
        "0x",
        "\u{0}",
        "\u{10ffff}",
        "1e99999999999999999999",
    ] {
        let _ = parse_float(s);
        for b in [0, 1, 2, 36, 37, 100] {
            let _ = parse_int(s, b);
        }
    }
    let flags = PercentFlags {
        alternate: true,
        zero: true,
        plus: true,
        ..PercentFlags::default()
    };
    let _ = percent_int(&BigInt::from(0), &flags, Some(1), Some(0), 'x');
    let _ = percent_float(f64::NAN, &flags, Some(1), Some(0), 'q');
    for x in [
        0.0,
        -0.0,
        5e-324,
        f64::MAX,
        f64::MIN,
        f64::NAN,
        f64::INFINITY,
    ] {
        for nd in [i64::MIN, -400, -1, 0, 1, 400, i64::MAX] {
            let _ = round_float(x, nd);
        }
    }
}
