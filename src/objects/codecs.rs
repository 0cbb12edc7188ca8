//! Text encodings for str.encode / bytes.decode: UTF-8, UTF-16, UTF-32 (with or
//! without BOM), Latin-1 and ASCII, with the strict, ignore, replace,
//! backslashreplace, xmlcharrefreplace and namereplace error handlers and CPython's
//! UnicodeEncodeError/UnicodeDecodeError positions and reasons.

use super::exceptions::{decode_error, encode_error};
use crate::vm::Vm;
use crate::vm::value::*;

#[derive(Clone, Copy, PartialEq, Eq)]
enum Endian {
    Little,
    Big,
}

#[derive(Clone, Copy, PartialEq, Eq)]
enum Codec {
    Utf8,
    /// None: detect/write a byte order mark.
    Utf16(Option<Endian>),
    Utf32(Option<Endian>),
    /// Single-byte codecs mapping code points below the limit to themselves.
    Latin1,
    Ascii,
}

/// CPython's encoding-name normalization and the common aliases.
fn lookup(name: &str) -> Option<Codec> {
    let mut norm = String::new();
    for c in name.trim().chars() {
        if c.is_ascii_alphanumeric() || c == '.' {
            norm.push(c.to_ascii_lowercase());
        } else if !norm.ends_with('_') {
            norm.push('_');
        }
    }
    use Codec::*;
    use Endian::*;
    Some(match norm.as_str() {
        "utf_8" | "utf8" | "u8" | "utf" | "cp65001" | "utf8_ucs2" | "utf8_ucs4" => Utf8,
        "utf_16" | "utf16" | "u16" => Utf16(None),
        "utf_16_le" | "utf_16le" => Utf16(Some(Little)),
        "utf_16_be" | "utf_16be" => Utf16(Some(Big)),
        "utf_32" | "utf32" | "u32" => Utf32(None),
        "utf_32_le" | "utf_32le" => Utf32(Some(Little)),
        "utf_32_be" | "utf_32be" => Utf32(Some(Big)),
        "latin_1" | "latin1" | "latin" | "l1" | "iso8859_1" | "iso_8859_1" | "8859" | "cp819"
        | "iso_ir_100" | "iso_8859_1_1987" | "csisolatin1" => Latin1,
        "ascii" | "us_ascii" | "646" | "us" | "iso646_us" | "ansi_x3.4_1968" | "ansi_x3_4_1968"
        | "ansi_x3.4_1986" | "cp367" | "csascii" | "ibm367" | "iso_ir_6" => Ascii,
        _ => return None,
    })
}

fn unknown_encoding<T>(vm: &mut Vm, name: &str) -> PyResult<T> {
    let t = vm.exc.lookup_error.clone();
    vm.err(&t, format!("unknown encoding: {name}"))
}

fn unknown_handler<T>(vm: &mut Vm, name: &str) -> PyResult<T> {
    let t = vm.exc.lookup_error.clone();
    vm.err(&t, format!("unknown error handler name '{name}'"))
}

/// Name used in error messages (the codec's canonical name).
fn codec_name(c: Codec) -> &'static str {
    match c {
        Codec::Utf8 => "utf-8",
        Codec::Utf16(None) => "utf-16",
        Codec::Utf16(Some(Endian::Little)) => "utf-16-le",
        Codec::Utf16(Some(Endian::Big)) => "utf-16-be",
        Codec::Utf32(None) => "utf-32",
        Codec::Utf32(Some(Endian::Little)) => "utf-32-le",
        Codec::Utf32(Some(Endian::Big)) => "utf-32-be",
        Codec::Latin1 => "latin-1",
        Codec::Ascii => "ascii",
    }
}

/// `str.encode(encoding, errors)`.
pub fn encode(vm: &mut Vm, s: &str, encoding: &str, errors: &str) -> PyResult<Vec<u8>> {
    let Some(codec) = lookup(encoding) else {
        return unknown_encoding(vm, encoding);
    };
    let mut out = Vec::new();
    match codec {
        Codec::Utf8 => out.extend_from_slice(s.as_bytes()),
        Codec::Utf16(e) => {
            if e.is_none() {
                push_unit(&mut out, 0xfeff, 2, Endian::Little);
            }
            let e = e.unwrap_or(Endian::Little);
            for u in s.encode_utf16() {
                push_unit(&mut out, u as u32, 2, e);
            }
        }
        Codec::Utf32(e) => {
            if e.is_none() {
                push_unit(&mut out, 0xfeff, 4, Endian::Little);
            }
            let e = e.unwrap_or(Endian::Little);
            for c in s.chars() {
                push_unit(&mut out, c as u32, 4, e);
            }
        }
        Codec::Latin1 | Codec::Ascii => {
            let limit = if codec == Codec::Latin1 { 256 } else { 128 };
            let chars: Vec<char> = s.chars().collect();
            let mut i = 0;
            while i < chars.len() {
                let c = chars[i];
                if (c as u32) < limit {
                    out.push(c as u32 as u8);
                    i += 1;
                    continue;
                }
                // The run of unencodable characters goes to the handler at once.
                let end = (i..chars.len())
                    .find(|&j| (chars[j] as u32) < limit)
                    .unwrap_or(chars.len());
                let bad = &chars[i..end];
                match errors {
                    "strict" => {
                        let reason = format!("ordinal not in range({limit})");
                        return Err(encode_error(vm, codec_name(codec), s, (i, end), &reason));
                    }
                    "ignore" => {}
                    "replace" => out.extend(std::iter::repeat_n(b'?', bad.len())),
                    "backslashreplace" => {
                        for &c in bad {
                            out.extend(char_escape(c as u32).bytes());
                        }
                    }
                    "xmlcharrefreplace" => {
                        for &c in bad {
                            out.extend(format!("&#{};", c as u32).bytes());
                        }
                    }
                    "namereplace" => {
                        for &c in bad {
                            let text = match unicode_names2::name(c) {
                                Some(n) => format!("\\N{{{n}}}"),
                                None => char_escape(c as u32),
                            };
                            out.extend(text.bytes());
                        }
                    }
                    other => return unknown_handler(vm, other),
                }
                i = end;
            }
        }
    }
    Ok(out)
}

/// One UTF-16 (width 2) or UTF-32 (width 4) code unit.
fn push_unit(out: &mut Vec<u8>, n: u32, width: usize, e: Endian) {
    match (width, e) {
        (2, Endian::Little) => out.extend((n as u16).to_le_bytes()),
        (2, Endian::Big) => out.extend((n as u16).to_be_bytes()),
        (_, Endian::Little) => out.extend(n.to_le_bytes()),
        (_, Endian::Big) => out.extend(n.to_be_bytes()),
    }
}

/// `\xNN`, `\uNNNN` or `\UNNNNNNNN` (the backslashreplace handler).
fn char_escape(n: u32) -> String {
    if n <= 0xff {
        format!("\\x{n:02x}")
    } else if n <= 0xffff {
        format!("\\u{n:04x}")
    } else {
        format!("\\U{n:08x}")
    }
}

/// Decoding state: output text plus the error handler's policy.
struct Decoder<'a> {
    codec: &'static str,
    data: &'a [u8],
    errors: &'a str,
    out: String,
}

impl Decoder<'_> {
    /// Handle bytes `start..end` that could not be decoded.
    fn error(&mut self, vm: &mut Vm, start: usize, end: usize, reason: &str) -> PyResult<()> {
        match self.errors {
            "strict" => Err(decode_error(
                vm,
                self.codec,
                self.data,
                (start, end),
                reason,
            )),
            "ignore" => Ok(()),
            "replace" => {
                self.out.push('\u{fffd}');
                Ok(())
            }
            "backslashreplace" => {
                for &b in &self.data[start..end] {
                    self.out.push_str(&format!("\\x{b:02x}"));
                }
                Ok(())
            }
            "xmlcharrefreplace" | "namereplace" => {
                vm.type_error("don't know how to handle UnicodeDecodeError in error callback")
            }
            other => unknown_handler(vm, other),
        }
    }
}

/// `bytes.decode(encoding, errors)`.
pub fn decode(vm: &mut Vm, data: &[u8], encoding: &str, errors: &str) -> PyResult<String> {
    let Some(codec) = lookup(encoding) else {
        return unknown_encoding(vm, encoding);
    };
    let mut d = Decoder {
        codec: codec_name(codec),
        data,
        errors,
        out: String::with_capacity(data.len()),
    };
    match codec {
        Codec::Utf8 => decode_utf8(vm, &mut d)?,
        Codec::Latin1 => d.out.extend(data.iter().map(|&b| b as char)),
        Codec::Ascii => {
            for (i, &b) in data.iter().enumerate() {
                if b < 128 {
                    d.out.push(b as char);
                } else {
                    d.error(vm, i, i + 1, "ordinal not in range(128)")?;
                }
            }
        }
        Codec::Utf16(e) => {
            let (e, start) = bom(data, e, 2);
            d.codec = codec_name(Codec::Utf16(Some(e)));
            decode_utf16(vm, &mut d, e, start)?;
        }
        Codec::Utf32(e) => {
            let (e, start) = bom(data, e, 4);
            d.codec = codec_name(Codec::Utf32(Some(e)));
            decode_utf32(vm, &mut d, e, start)?;
        }
    }
    Ok(d.out)
}

/// The byte order (from the BOM when not fixed) and where the text starts.
fn bom(data: &[u8], fixed: Option<Endian>, width: usize) -> (Endian, usize) {
    if let Some(e) = fixed {
        return (e, 0);
    }
    let (le, be): (&[u8], &[u8]) = if width == 2 {
        (&[0xff, 0xfe], &[0xfe, 0xff])
    } else {
        (&[0xff, 0xfe, 0, 0], &[0, 0, 0xfe, 0xff])
    };
    if data.starts_with(le) {
        (Endian::Little, width)
    } else if data.starts_with(be) {
        (Endian::Big, width)
    } else {
        (Endian::Little, 0)
    }
}

fn decode_utf8(vm: &mut Vm, d: &mut Decoder) -> PyResult<()> {
    let data = d.data;
    let mut pos = 0;
    while pos < data.len() {
        match std::str::from_utf8(&data[pos..]) {
            Ok(s) => {
                d.out.push_str(s);
                break;
            }
            Err(e) => {
                let good = e.valid_up_to();
                d.out
                    .push_str(std::str::from_utf8(&data[pos..pos + good]).unwrap_or_default());
                let at = pos + good;
                let (end, reason) = match e.error_len() {
                    None => (data.len(), "unexpected end of data"),
                    Some(n) => {
                        let start_ok = matches!(data[at], 0xc2..=0xf4);
                        let reason = if start_ok {
                            "invalid continuation byte"
                        } else {
                            "invalid start byte"
                        };
                        (at + n, reason)
                    }
                };
                d.error(vm, at, end, reason)?;
                pos = end;
            }
        }
    }
    Ok(())
}

fn read_unit(b: &[u8], e: Endian) -> u32 {
    let mut n: u32 = 0;
    match e {
        Endian::Little => {
            for &x in b.iter().rev() {
                n = (n << 8) | x as u32;
            }
        }
        Endian::Big => {
            for &x in b {
                n = (n << 8) | x as u32;
            }
        }
    }
    n
}

fn decode_utf16(vm: &mut Vm, d: &mut Decoder, e: Endian, start: usize) -> PyResult<()> {
    let data = d.data;
    let mut pos = start;
    while pos < data.len() {
        if pos + 2 > data.len() {
            d.error(vm, pos, data.len(), "truncated data")?;
            break;
        }
        let u = read_unit(&data[pos..pos + 2], e);
        match u {
            0xd800..=0xdbff => {
                if pos + 4 > data.len() {
                    d.error(vm, pos, data.len(), "unexpected end of data")?;
                    break;
                }
                let lo = read_unit(&data[pos + 2..pos + 4], e);
                if (0xdc00..=0xdfff).contains(&lo) {
                    let c = 0x10000 + ((u - 0xd800) << 10) + (lo - 0xdc00);
                    d.out.push(char::from_u32(c).unwrap_or('\u{fffd}'));
                    pos += 4;
                } else {
                    d.error(vm, pos, pos + 2, "illegal UTF-16 surrogate")?;
                    pos += 2;
                }
            }
            0xdc00..=0xdfff => {
                d.error(vm, pos, pos + 2, "illegal encoding")?;
                pos += 2;
            }
            _ => {
                d.out.push(char::from_u32(u).unwrap_or('\u{fffd}'));
                pos += 2;
            }
        }
    }
    Ok(())
}

fn decode_utf32(vm: &mut Vm, d: &mut Decoder, e: Endian, start: usize) -> PyResult<()> {
    let data = d.data;
    let mut pos = start;
    while pos < data.len() {
        if pos + 4 > data.len() {
            d.error(vm, pos, data.len(), "truncated data")?;
            break;
        }
        let n = read_unit(&data[pos..pos + 4], e);
        match char::from_u32(n) {
            Some(c) => d.out.push(c),
            None if n > 0x10ffff => {
                d.error(vm, pos, pos + 4, "code point not in range(0x110000)")?;
            }
            None => d.error(
                vm,
                pos,
                pos + 4,
                "code point in surrogate code point range(0xd800, 0xe000)",
            )?,
        }
        pos += 4;
    }
    Ok(())
}
