//! CPython 3.11-exact number and string formatting primitives.
//!
//! Self-contained: depends only on `num-bigint`, `num-traits` and
//! `num-integer`.
//!
//! * [`float_repr`] — `repr(float)`; [`i64_decimal`] — `str(int)` of a machine int
//! * [`parse_float`], [`parse_int`], [`parse_complex`] — `float(str)`, `int(str, base)`,
//!   `complex(str)`
//! * [`complex_repr`], [`format_complex`] — `repr`/`format` of complex numbers
//! * [`parse_format_spec`], [`format_int`], [`format_float`], [`format_str`]
//!   — the format-spec mini-language
//! * [`parse_percent`], [`percent_int`], [`percent_float`], [`percent_str`]
//!   — printf-style `%` formatting
//! * [`round_float`], [`float_to_exact_ratio`], [`float_hex`]

#![allow(dead_code, unused_imports)]

mod complex;
mod digits;
mod float_repr;
mod parse;
mod percent;
mod spec;

#[cfg(test)]
mod test_data;
#[cfg(test)]
mod tests;

pub use complex::{complex_repr, format_complex, format_complex_spec};
pub use digits::i64_decimal;
pub use float_repr::{
    float_hex, float_repr, float_to_exact_ratio, round_float, round_float_checked,
};
pub use parse::{
    ComplexParseError, HexFloatError, IntParseError, parse_complex, parse_float, parse_hex_float,
    parse_int, parse_int_limited,
};
pub use percent::{
    PercentCount, PercentFlags, PercentPiece, PercentSpec, parse_percent, parse_percent_lenient,
    percent_conv_supported, percent_float, percent_int, percent_str, percent_unsupported_error,
};
pub use spec::{
    FormatSpec, INT_MAX_STR_DIGITS_DEFAULT, IntRef, format_float, format_float_spec, format_int,
    format_int_limited, format_int_spec, format_str, format_str_spec, int_to_f64,
    parse_format_spec, parse_format_spec_for,
};
