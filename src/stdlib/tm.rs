//! Broken-down time for the time module: the proleptic Gregorian calendar,
//! the local zone from a TZif file ($TZ or /etc/localtime), and strftime.

/// Fields of a `struct tm` (tm_mon 1-12, tm_wday Monday=0, tm_yday 1-366).
#[derive(Clone, Debug, PartialEq)]
pub struct Tm {
    pub year: i64,
    pub mon: i64,
    pub mday: i64,
    pub hour: i64,
    pub min: i64,
    pub sec: i64,
    pub wday: i64,
    pub yday: i64,
    pub isdst: i64,
    pub zone: String,
    pub gmtoff: i64,
}

/// Days since 1970-01-01 of a civil date.
pub fn days_from_civil(y: i64, m: i64, d: i64) -> i64 {
    let y = if m <= 2 { y - 1 } else { y };
    let era = y.div_euclid(400);
    let yoe = y - era * 400;
    let mp = (m + 9) % 12;
    let doy = (153 * mp + 2) / 5 + d - 1;
    let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    era * 146097 + doe - 719468
}

fn civil_from_days(z: i64) -> (i64, i64, i64) {
    let z = z + 719468;
    let era = z.div_euclid(146097);
    let doe = z - era * 146097;
    let yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
    let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    let mp = (5 * doy + 2) / 153;
    let d = doy - (153 * mp + 2) / 5 + 1;
    let m = if mp < 10 { mp + 3 } else { mp - 9 };
    (yoe + era * 400 + (m <= 2) as i64, m, d)
}

/// Broken-down time of `t` seconds since the epoch at UTC offset `gmtoff`.
pub fn breakdown(t: i64, gmtoff: i64, isdst: i64, zone: &str) -> Tm {
    let local = t + gmtoff;
    let days = local.div_euclid(86400);
    let secs = local.rem_euclid(86400);
    let (year, mon, mday) = civil_from_days(days);
    Tm {
        year,
        mon,
        mday,
        hour: secs / 3600,
        min: secs % 3600 / 60,
        sec: secs % 60,
        wday: (days + 3).rem_euclid(7),
        yday: days - days_from_civil(year, 1, 1) + 1,
        isdst,
        zone: zone.to_string(),
        gmtoff,
    }
}

/// A local time type from a TZif file.
#[derive(Clone)]
struct LocalType {
    offset: i64,
    isdst: bool,
    abbr: String,
}

/// The local zone: transition times with the type in force after each.
pub struct Zone {
    transitions: Vec<(i64, usize)>,
    types: Vec<LocalType>,
    /// The TZ rule for times after the last transition.
    rule: Option<super::posix_tz::PosixTz>,
}

impl Zone {
    /// The zone named by $TZ (a zoneinfo name or file), else /etc/localtime, else UTC.
    pub fn local() -> Zone {
        let path = match std::env::var("TZ") {
            Ok(tz) if !tz.is_empty() => {
                let name = tz.trim_start_matches(':');
                if name.starts_with('/') {
                    name.to_string()
                } else {
                    format!("/usr/share/zoneinfo/{name}")
                }
            }
            _ => "/etc/localtime".to_string(),
        };
        std::fs::read(path)
            .ok()
            .and_then(|d| parse_tzif(&d))
            .unwrap_or_else(Zone::utc)
    }

    fn utc() -> Zone {
        Zone {
            transitions: Vec::new(),
            types: vec![LocalType {
                offset: 0,
                isdst: false,
                abbr: "UTC".into(),
            }],
            rule: None,
        }
    }

    fn type_at(&self, t: i64) -> LocalType {
        let i = self.transitions.partition_point(|&(at, _)| at <= t);
        if let Some(rule) = &self.rule
            && i == self.transitions.len()
        {
            let (offset, isdst, abbr) = rule.local_type(t);
            return LocalType {
                offset,
                isdst,
                abbr,
            };
        }
        let idx = if i == 0 {
            // Before the first transition: the first standard-time type.
            self.types.iter().position(|ty| !ty.isdst).unwrap_or(0)
        } else {
            self.transitions[i - 1].1
        };
        self.types[idx.min(self.types.len() - 1)].clone()
    }

    pub fn localtime(&self, t: i64) -> Tm {
        let ty = self.type_at(t);
        breakdown(t, ty.offset, ty.isdst as i64, &ty.abbr)
    }

    /// Standard and daylight (offset, name) pairs, as time.timezone/tzname
    /// report: CPython compares January and July of the current year (the
    /// later offset is daylight time, also in the southern hemisphere).
    pub fn names(&self, now: i64) -> ((i64, String), (i64, String)) {
        const YEAR: i64 = (365 * 24 + 6) * 3600;
        let jan = now.div_euclid(YEAR) * YEAR;
        let (j, l) = (self.type_at(jan), self.type_at(jan + YEAR / 2));
        let (jan, jul) = ((j.offset, j.abbr), (l.offset, l.abbr));
        if jan.0 > jul.0 {
            (jul, jan)
        } else {
            (jan, jul)
        }
    }

    /// Seconds since the epoch of a local broken-down time (mktime).
    pub fn mktime(&self, tm: &Tm) -> i64 {
        // Out-of-range fields carry over, like C's mktime.
        let year = tm.year + (tm.mon - 1).div_euclid(12);
        let mon = (tm.mon - 1).rem_euclid(12) + 1;
        let days = days_from_civil(year, mon, 1) + tm.mday - 1;
        let local = days * 86400 + tm.hour * 3600 + tm.min * 60 + tm.sec;
        // The offset in force at the guessed instant, refined once.
        let mut t = local - self.type_at(local).offset;
        t = local - self.type_at(t).offset;
        t
    }
}

fn be_i32(b: &[u8]) -> i64 {
    i32::from_be_bytes([b[0], b[1], b[2], b[3]]) as i64
}

fn be_i64(b: &[u8]) -> i64 {
    let mut a = [0u8; 8];
    a.copy_from_slice(&b[..8]);
    i64::from_be_bytes(a)
}

/// Parse a TZif file (the 64-bit section of version 2+ files when present).
fn parse_tzif(d: &[u8]) -> Option<Zone> {
    let header = |at: usize| -> Option<[usize; 6]> {
        if d.get(at..at + 4)? != b"TZif" {
            return None;
        }
        let c = |i: usize| be_i32(&d[at + 20 + 4 * i..]) as usize;
        Some([c(0), c(1), c(2), c(3), c(4), c(5)])
    };
    let [isutc, isstd, leap, timecnt, typecnt, charcnt] = header(0)?;
    let v1_len = timecnt * 5 + typecnt * 6 + charcnt + leap * 8 + isstd + isutc;
    let (base, time_size, counts) = if d.get(4).copied().unwrap_or(0) >= b'2' {
        let at = 44 + v1_len;
        (at, 8, header(at)?)
    } else {
        (0, 4, [isutc, isstd, leap, timecnt, typecnt, charcnt])
    };
    let [_, _, _, timecnt, typecnt, charcnt] = counts;
    let mut p = base + 44;
    let times = d.get(p..p + timecnt * time_size)?;
    p += timecnt * time_size;
    let idxs = d.get(p..p + timecnt)?;
    p += timecnt;
    let tys = d.get(p..p + typecnt * 6)?;
    p += typecnt * 6;
    let chars = d.get(p..p + charcnt)?;
    // The TZ rule footer follows the version 2+ data: "\n<rule>\n".
    let [isutc, isstd, leap, ..] = counts;
    let footer_at = p + charcnt + leap * (time_size + 4) + isstd + isutc;
    let rule = (time_size == 8)
        .then(|| d.get(footer_at..))
        .flatten()
        .and_then(|f| std::str::from_utf8(f).ok())
        .and_then(|f| super::posix_tz::parse(f.trim_matches('\n')));
    let types = (0..typecnt)
        .map(|i| {
            let e = &tys[i * 6..i * 6 + 6];
            let start = e[5] as usize;
            let end = chars[start..]
                .iter()
                .position(|&c| c == 0)
                .map_or(chars.len(), |n| start + n);
            LocalType {
                offset: be_i32(e),
                isdst: e[4] != 0,
                abbr: String::from_utf8_lossy(&chars[start..end]).into_owned(),
            }
        })
        .collect::<Vec<_>>();
    if types.is_empty() {
        return None;
    }
    let transitions = (0..timecnt)
        .map(|i| {
            let t = if time_size == 8 {
                be_i64(&times[i * 8..])
            } else {
                be_i32(&times[i * 4..])
            };
            (t, idxs[i] as usize)
        })
        .collect();
    Some(Zone {
        transitions,
        types,
        rule,
    })
}

const DAYS: [&str; 7] = [
    "Monday",
    "Tuesday",
    "Wednesday",
    "Thursday",
    "Friday",
    "Saturday",
    "Sunday",
];
const MONTHS: [&str; 12] = [
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
];

fn day_name(tm: &Tm) -> &'static str {
    DAYS[tm.wday.rem_euclid(7) as usize]
}

fn month_name(tm: &Tm) -> &'static str {
    MONTHS[(tm.mon - 1).clamp(0, 11) as usize]
}

fn iso_weeks_in_year(y: i64) -> i64 {
    let p = |y: i64| (y + y.div_euclid(4) - y.div_euclid(100) + y.div_euclid(400)).rem_euclid(7);
    if p(y) == 4 || p(y - 1) == 3 { 53 } else { 52 }
}

/// ISO 8601 week-based (year, week).
fn iso_week(tm: &Tm) -> (i64, i64) {
    let week = (tm.yday - (tm.wday + 1) + 10).div_euclid(7);
    if week < 1 {
        (tm.year - 1, iso_weeks_in_year(tm.year - 1))
    } else if week > iso_weeks_in_year(tm.year) {
        (tm.year + 1, 1)
    } else {
        (tm.year, week)
    }
}

/// strftime with the C library's directives (C locale).
pub fn strftime(fmt: &str, tm: &Tm) -> String {
    let mut out = String::new();
    let mut chars = fmt.chars();
    while let Some(c) = chars.next() {
        if c != '%' {
            out.push(c);
            continue;
        }
        let Some(d) = chars.next() else {
            out.push('%');
            break;
        };
        let hour12 = if tm.hour % 12 == 0 { 12 } else { tm.hour % 12 };
        let s = match d {
            'a' => day_name(tm)[..3].to_string(),
            'A' => day_name(tm).to_string(),
            'b' | 'h' => month_name(tm)[..3].to_string(),
            'B' => month_name(tm).to_string(),
            'c' => format!(
                "{} {} {:2} {:02}:{:02}:{:02} {}",
                &day_name(tm)[..3],
                &month_name(tm)[..3],
                tm.mday,
                tm.hour,
                tm.min,
                tm.sec,
                tm.year
            ),
            'C' => format!("{:02}", tm.year.div_euclid(100)),
            'd' => format!("{:02}", tm.mday),
            'D' => format!(
                "{:02}/{:02}/{:02}",
                tm.mon,
                tm.mday,
                tm.year.rem_euclid(100)
            ),
            'e' => format!("{:2}", tm.mday),
            'F' => format!("{}-{:02}-{:02}", tm.year, tm.mon, tm.mday),
            'G' => iso_week(tm).0.to_string(),
            'g' => format!("{:02}", iso_week(tm).0.rem_euclid(100)),
            'H' => format!("{:02}", tm.hour),
            'I' => format!("{hour12:02}"),
            'j' => format!("{:03}", tm.yday),
            'k' => format!("{:2}", tm.hour),
            'l' => format!("{hour12:2}"),
            'm' => format!("{:02}", tm.mon),
            'M' => format!("{:02}", tm.min),
            'n' => "\n".into(),
            'p' => if tm.hour < 12 { "AM" } else { "PM" }.into(),
            'r' => format!(
                "{hour12:02}:{:02}:{:02} {}",
                tm.min,
                tm.sec,
                if tm.hour < 12 { "AM" } else { "PM" }
            ),
            'R' => format!("{:02}:{:02}", tm.hour, tm.min),
            's' => {
                let days = days_from_civil(tm.year, tm.mon, tm.mday);
                (days * 86400 + tm.hour * 3600 + tm.min * 60 + tm.sec - tm.gmtoff).to_string()
            }
            'S' => format!("{:02}", tm.sec),
            't' => "\t".into(),
            'T' | 'X' => format!("{:02}:{:02}:{:02}", tm.hour, tm.min, tm.sec),
            'u' => (tm.wday + 1).to_string(),
            'U' => format!("{:02}", (tm.yday - 1 + 7 - (tm.wday + 1) % 7) / 7),
            'V' => format!("{:02}", iso_week(tm).1),
            'w' => ((tm.wday + 1) % 7).to_string(),
            'W' => format!("{:02}", (tm.yday - 1 + 7 - tm.wday) / 7),
            'x' => format!(
                "{:02}/{:02}/{:02}",
                tm.mon,
                tm.mday,
                tm.year.rem_euclid(100)
            ),
            'y' => format!("{:02}", tm.year.rem_euclid(100)),
            'Y' => tm.year.to_string(),
            'z' => {
                let sign = if tm.gmtoff < 0 { '-' } else { '+' };
                let a = tm.gmtoff.abs();
                format!("{sign}{:02}{:02}", a / 3600, a % 3600 / 60)
            }
            'Z' => tm.zone.clone(),
            '%' => "%".into(),
            other => format!("%{other}"),
        };
        out.push_str(&s);
    }
    out
}

/// asctime(): "Thu Jan  1 00:00:00 1970".
pub fn asctime(tm: &Tm) -> String {
    format!(
        "{} {} {:2} {:02}:{:02}:{:02} {}",
        &day_name(tm)[..3],
        &month_name(tm)[..3],
        tm.mday,
        tm.hour,
        tm.min,
        tm.sec,
        tm.year
    )
}
