//! POSIX TZ rules ("EST5EDT,M3.2.0,M11.1.0"), as found at the end of TZif
//! files: the zone's names and offsets, and daylight time after the last
//! listed transition.

use super::tm::days_from_civil;

/// When daylight time starts or ends in a year.
#[derive(Clone, Copy, Debug)]
enum Date {
    /// Jn: day 1..=365, February 29 never counted.
    Julian1(i64),
    /// n: zero-based day of the year, leap days counted.
    Julian0(i64),
    /// Mm.w.d: weekday d (0 = Sunday) of week w (5 = last) of month m.
    Month(i64, i64, i64),
}

#[derive(Clone, Debug)]
struct Transition {
    date: Date,
    /// Local time of day of the change, in seconds.
    time: i64,
}

/// A parsed TZ rule. Offsets are seconds east of UTC.
#[derive(Clone, Debug)]
pub struct PosixTz {
    pub std_name: String,
    pub std_offset: i64,
    pub dst: Option<(String, i64)>,
    rules: Option<(Transition, Transition)>,
}

struct Scanner<'a> {
    s: &'a [u8],
    i: usize,
}

impl Scanner<'_> {
    fn peek(&self) -> Option<u8> {
        self.s.get(self.i).copied()
    }
    fn eat(&mut self, c: u8) -> bool {
        if self.peek() == Some(c) {
            self.i += 1;
            true
        } else {
            false
        }
    }
    fn name(&mut self) -> Option<String> {
        let start = self.i;
        let text = if self.eat(b'<') {
            while self.peek()? != b'>' {
                self.i += 1;
            }
            self.i += 1;
            &self.s[start + 1..self.i - 1]
        } else {
            while self.peek().is_some_and(|c| c.is_ascii_alphabetic()) {
                self.i += 1;
            }
            &self.s[start..self.i]
        };
        (text.len() >= 3).then(|| String::from_utf8_lossy(text).into_owned())
    }
    fn number(&mut self) -> Option<i64> {
        let start = self.i;
        while self.peek().is_some_and(|c| c.is_ascii_digit()) {
            self.i += 1;
        }
        std::str::from_utf8(&self.s[start..self.i])
            .ok()?
            .parse()
            .ok()
    }
    /// [+-]hh[:mm[:ss]] in seconds.
    fn hms(&mut self) -> Option<i64> {
        let neg = if self.eat(b'-') {
            true
        } else {
            self.eat(b'+');
            false
        };
        let mut total = self.number()? * 3600;
        for scale in [60, 1] {
            if !self.eat(b':') {
                break;
            }
            total += self.number()? * scale;
        }
        Some(if neg { -total } else { total })
    }
    fn transition(&mut self) -> Option<Transition> {
        let date = if self.eat(b'M') {
            let m = self.number()?;
            self.eat(b'.').then_some(())?;
            let w = self.number()?;
            self.eat(b'.').then_some(())?;
            Date::Month(m, w, self.number()?)
        } else if self.eat(b'J') {
            Date::Julian1(self.number()?)
        } else {
            Date::Julian0(self.number()?)
        };
        let time = if self.eat(b'/') { self.hms()? } else { 7200 };
        Some(Transition { date, time })
    }
}

pub fn parse(text: &str) -> Option<PosixTz> {
    let mut sc = Scanner {
        s: text.as_bytes(),
        i: 0,
    };
    let std_name = sc.name()?;
    // POSIX offsets are west of UTC.
    let std_offset = -sc.hms()?;
    let mut tz = PosixTz {
        std_name,
        std_offset,
        dst: None,
        rules: None,
    };
    if sc.peek().is_none() {
        return Some(tz);
    }
    let dst_name = sc.name()?;
    let dst_offset = match sc.peek() {
        Some(b',') | None => std_offset + 3600,
        _ => -sc.hms()?,
    };
    tz.dst = Some((dst_name, dst_offset));
    if sc.eat(b',') {
        let start = sc.transition()?;
        sc.eat(b',').then_some(())?;
        let end = sc.transition()?;
        tz.rules = Some((start, end));
    }
    Some(tz)
}

fn is_leap(y: i64) -> bool {
    y % 4 == 0 && (y % 100 != 0 || y % 400 == 0)
}

/// Days since the epoch of a rule's date in year `y`.
fn date_days(d: Date, y: i64) -> i64 {
    let jan1 = days_from_civil(y, 1, 1);
    match d {
        Date::Julian1(n) => jan1 + n - 1 + (is_leap(y) && n >= 60) as i64,
        Date::Julian0(n) => jan1 + n,
        Date::Month(m, w, wd) => {
            let first = days_from_civil(y, m, 1);
            // 1970-01-01 was a Thursday (weekday 4, Sunday = 0).
            let first_wd = (first + 4).rem_euclid(7);
            let mut day = first + (wd - first_wd).rem_euclid(7) + 7 * (w - 1);
            let next_month = if m == 12 {
                days_from_civil(y + 1, 1, 1)
            } else {
                days_from_civil(y, m + 1, 1)
            };
            while day >= next_month {
                day -= 7;
            }
            day
        }
    }
}

impl PosixTz {
    /// (offset, is daylight time, name) in force at `t`.
    pub fn local_type(&self, t: i64) -> (i64, bool, String) {
        let std = (self.std_offset, false, self.std_name.clone());
        let (Some((dst_name, dst_offset)), Some((start, end))) = (&self.dst, &self.rules) else {
            return std;
        };
        let year = super::tm::breakdown(t, self.std_offset, 0, "").year;
        let begin = date_days(start.date, year) * 86400 + start.time - self.std_offset;
        let finish = date_days(end.date, year) * 86400 + end.time - dst_offset;
        let dst = if begin < finish {
            begin <= t && t < finish
        } else {
            !(finish <= t && t < begin)
        };
        if dst {
            (*dst_offset, true, dst_name.clone())
        } else {
            std
        }
    }
}
