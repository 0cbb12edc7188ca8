//! `repr(complex)` and `format(complex, spec)` (CPython's `complex_repr` and
//! `format_complex_internal`).

use super::float_repr::{DtsFlags, double_to_string};
use super::spec::{
    FormatSpec, Locale, check_grouping, fill_number, float_parts, pad_aligned,
    parse_format_spec_for, unknown_code,
};

/// True when the real part is +0.0, which repr and format leave out.
fn real_is_plus_zero(re: f64) -> bool {
    re == 0.0 && re.is_sign_positive()
}

/// `repr(complex)`: "(1+2j)", or just "2j" when the real part is +0.
pub fn complex_repr(re: f64, im: f64) -> String {
    let part = |v: f64, sign: bool| {
        double_to_string(
            v,
            'r',
            0,
            DtsFlags {
                sign,
                ..DtsFlags::default()
            },
        )
    };
    if real_is_plus_zero(re) {
        format!("{}j", part(im, false))
    } else {
        format!("({}{}j)", part(re, false), part(im, true))
    }
}

/// `format(complex, spec)` for a parsed spec (Err = ValueError message).
pub fn format_complex(re: f64, im: f64, spec: &FormatSpec) -> Result<String, String> {
    let ty0 = spec.ty.unwrap_or('\0');
    let group = check_grouping(spec, ty0)?;
    if !matches!(ty0, '\0' | 'e' | 'E' | 'f' | 'F' | 'g' | 'G' | 'n') {
        return Err(unknown_code(ty0, "complex"));
    }
    if let Some(p) = spec.precision
        && p > i32::MAX as usize
    {
        return Err("precision too big".to_string());
    }
    if spec.fill == '0' {
        return Err("Zero padding is not allowed in complex format specifier".to_string());
    }
    if spec.align == Some('=') {
        return Err("'=' alignment flag is not allowed in complex format specifier".to_string());
    }
    let mut ty = ty0;
    let mut default_precision = 6;
    let (mut skip_re, mut add_parens) = (false, false);
    if ty == '\0' {
        // Like str(self), but honouring width, sign and precision.
        ty = 'r';
        default_precision = 0;
        if real_is_plus_zero(re) {
            skip_re = true;
        } else {
            add_parens = true;
        }
    }
    if ty == 'n' {
        ty = 'g';
    }
    let precision = match spec.precision {
        None => default_precision,
        Some(p) => {
            if ty == 'r' {
                ty = 'g';
            }
            p
        }
    };
    let flags = DtsFlags {
        alt: spec.alternate,
        no_neg_0: spec.no_neg_0,
        ..DtsFlags::default()
    };
    let loc = Locale {
        sep: if ty0 == 'n' { None } else { spec.grouping },
        group,
    };
    let piece = |v: f64, sign: Option<char>| {
        let text = double_to_string(v, ty, precision, flags);
        let parts = float_parts(&text);
        let unpadded = FormatSpec {
            sign,
            ..FormatSpec::default()
        };
        fill_number(parts, &unpadded, '>', &loc)
    };
    let mut body = String::new();
    if add_parens {
        body.push('(');
    }
    if !skip_re {
        body.push_str(&piece(re, spec.sign));
    }
    // The imaginary part always carries a sign unless it stands alone.
    body.push_str(&piece(im, if skip_re { spec.sign } else { Some('+') }));
    body.push('j');
    if add_parens {
        body.push(')');
    }
    let n = body.chars().count();
    Ok(pad_aligned(
        &body,
        n,
        spec.width,
        spec.align.unwrap_or('>'),
        spec.fill,
    ))
}

/// `format(complex, spec_string)` including parsing.
pub fn format_complex_spec(re: f64, im: f64, spec: &str) -> Result<String, String> {
    let f = parse_format_spec_for(spec, "complex")?;
    format_complex(re, im, &f)
}
