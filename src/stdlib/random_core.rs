//! Bit-exact reimplementation of CPython 3.11's `random` module core
//! (Mersenne Twister MT19937 plus the pure-Python algorithms of `random.Random`).
//!
//! Self-contained: depends only on `num-bigint`, `num-traits`, `num-integer` and `sha2`.

use num_bigint::{BigInt, BigUint, Sign};
use num_integer::Integer;
use num_traits::{One, Signed, ToPrimitive, Zero};

const N: usize = 624;
const M: usize = 397;
const MATRIX_A: u32 = 0x9908_b0df;
const UPPER_MASK: u32 = 0x8000_0000;
const LOWER_MASK: u32 = 0x7fff_ffff;

const TWOPI: f64 = 2.0 * std::f64::consts::PI;
/// 4 * exp(-0.5) / sqrt(2.0), as in CPython's random.py.
fn nv_magicconst() -> f64 {
    4.0 * (-0.5f64).exp() / 2.0f64.sqrt()
}
fn sg_magicconst() -> f64 {
    1.0 + 4.5f64.ln()
}

/// The Mersenne Twister state used by CPython's `random.Random`.
#[derive(Clone, Debug)]
pub struct Mt19937 {
    state: [u32; N],
    index: usize,
    gauss_next: Option<f64>,
}

impl Default for Mt19937 {
    fn default() -> Self {
        Self::new_from_seed_int(&BigInt::zero())
    }
}

impl Mt19937 {
    fn blank() -> Self {
        Mt19937 {
            state: [0; N],
            index: N + 1,
            gauss_next: None,
        }
    }

    fn init_genrand(&mut self, s: u32) {
        let mt = &mut self.state;
        mt[0] = s;
        for i in 1..N {
            mt[i] = 1_812_433_253u32
                .wrapping_mul(mt[i - 1] ^ (mt[i - 1] >> 30))
                .wrapping_add(i as u32);
        }
        self.index = N;
    }

    fn init_by_array(&mut self, key: &[u32]) {
        self.init_genrand(19_650_218);
        let mt = &mut self.state;
        let key_length = key.len().max(1);
        let keyv = |j: usize| -> u32 { key.get(j).copied().unwrap_or(0) };
        let mut i: usize = 1;
        let mut j: usize = 0;
        let mut k = N.max(key_length);
        while k > 0 {
            mt[i] = (mt[i] ^ (mt[i - 1] ^ (mt[i - 1] >> 30)).wrapping_mul(1_664_525))
                .wrapping_add(keyv(j))
                .wrapping_add(j as u32);
            i += 1;
            j += 1;
            if i >= N {
                mt[0] = mt[N - 1];
                i = 1;
            }
            if j >= key_length {
                j = 0;
            }
            k -= 1;
        }
        k = N - 1;
        while k > 0 {
            mt[i] = (mt[i] ^ (mt[i - 1] ^ (mt[i - 1] >> 30)).wrapping_mul(1_566_083_941))
                .wrapping_sub(i as u32);
            i += 1;
            if i >= N {
                mt[0] = mt[N - 1];
                i = 1;
            }
            k -= 1;
        }
        mt[0] = 0x8000_0000;
        self.index = N;
    }

    /// `random.seed(n)` for an int `n` (its absolute value is used).
    /// For other hashable seeds (e.g. float) pass `hash(x)`, as CPython does.
    pub fn new_from_seed_int(seed: &BigInt) -> Self {
        let mut r = Self::blank();
        r.seed_int(seed);
        r
    }

    /// Re-seed in place from an int (like `random.seed(n)`); resets `gauss_next`.
    pub fn seed_int(&mut self, seed: &BigInt) {
        let mut key: Vec<u32> = seed.magnitude().to_u32_digits();
        if key.is_empty() {
            key.push(0);
        }
        self.init_by_array(&key);
        self.gauss_next = None;
    }

    /// `random.seed(bytes_or_str)` with version 2: `int.from_bytes(b + sha512(b).digest())`.
    /// For str seeds pass the UTF-8 encoding.
    pub fn new_from_seed_bytes(b: &[u8]) -> Self {
        let mut r = Self::blank();
        r.seed_bytes(b);
        r
    }

    /// Re-seed in place from bytes (version 2 semantics).
    pub fn seed_bytes(&mut self, b: &[u8]) {
        use sha2::{Digest, Sha512};
        let digest = Sha512::digest(b);
        let mut all = Vec::with_capacity(b.len() + digest.len());
        all.extend_from_slice(b);
        all.extend_from_slice(&digest);
        let n = BigInt::from_bytes_be(Sign::Plus, &all);
        self.seed_int(&n);
    }

    /// `random.seed(None)`: seed from /dev/urandom (624 words), falling back to time and pid.
    pub fn new_from_os_entropy() -> Self {
        let mut r = Self::blank();
        r.seed_os_entropy();
        r
    }

    /// Re-seed in place from OS entropy.
    pub fn seed_os_entropy(&mut self) {
        use std::io::Read;
        let mut buf = vec![0u8; N * 4];
        let ok = std::fs::File::open("/dev/urandom")
            .and_then(|mut f| f.read_exact(&mut buf))
            .is_ok();
        if ok {
            let key: Vec<u32> = buf
                .chunks_exact(4)
                .map(|c| u32::from_le_bytes([c[0], c[1], c[2], c[3]]))
                .collect();
            self.init_by_array(&key);
        } else {
            let now = std::time::SystemTime::now()
                .duration_since(std::time::UNIX_EPOCH)
                .map(|d| d.as_nanos())
                .unwrap_or(0);
            let pid = std::process::id();
            let key = [
                now as u32,
                (now >> 32) as u32,
                (now >> 64) as u32,
                pid,
                // address entropy
                (&buf as *const Vec<u8> as usize) as u32,
            ];
            self.init_by_array(&key);
        }
        self.gauss_next = None;
    }

    /// One 32-bit output of MT19937 (`genrand_uint32`).
    pub fn genrand_u32(&mut self) -> u32 {
        if self.index >= N {
            if self.index == N + 1 {
                self.init_genrand(5489);
            }
            let mag01 = [0u32, MATRIX_A];
            let mt = &mut self.state;
            let mut kk = 0;
            while kk < N - M {
                let y = (mt[kk] & UPPER_MASK) | (mt[kk + 1] & LOWER_MASK);
                mt[kk] = mt[kk + M] ^ (y >> 1) ^ mag01[(y & 1) as usize];
                kk += 1;
            }
            while kk < N - 1 {
                let y = (mt[kk] & UPPER_MASK) | (mt[kk + 1] & LOWER_MASK);
                mt[kk] = mt[kk + M - N] ^ (y >> 1) ^ mag01[(y & 1) as usize];
                kk += 1;
            }
            let y = (mt[N - 1] & UPPER_MASK) | (mt[0] & LOWER_MASK);
            mt[N - 1] = mt[M - 1] ^ (y >> 1) ^ mag01[(y & 1) as usize];
            self.index = 0;
        }
        let mut y = self.state[self.index];
        self.index += 1;
        y ^= y >> 11;
        y ^= (y << 7) & 0x9d2c_5680;
        y ^= (y << 15) & 0xefc6_0000;
        y ^= y >> 18;
        y
    }

    /// `random.random()`: 53-bit float in [0, 1).
    pub fn random(&mut self) -> f64 {
        let a = self.genrand_u32() >> 5;
        let b = self.genrand_u32() >> 6;
        (a as f64 * 67_108_864.0 + b as f64) * (1.0 / 9_007_199_254_740_992.0)
    }

    /// `random.getrandbits(k)` (k == 0 gives 0).
    pub fn getrandbits(&mut self, k: u64) -> BigInt {
        if k == 0 {
            return BigInt::zero();
        }
        if k <= 32 {
            return BigInt::from(self.genrand_u32() >> (32 - k as u32));
        }
        let words = ((k - 1) / 32 + 1) as usize;
        let mut arr = Vec::with_capacity(words);
        let mut rem = k;
        for _ in 0..words {
            let mut r = self.genrand_u32();
            if rem < 32 {
                r >>= 32 - rem as u32;
            }
            arr.push(r);
            rem = rem.saturating_sub(32);
        }
        BigInt::from_biguint(Sign::Plus, BigUint::new(arr))
    }

    /// `getrandbits` for k <= 64, returned as a u64 (same stream as `getrandbits`).
    pub fn getrandbits_u64(&mut self, k: u32) -> u64 {
        if k == 0 {
            0
        } else if k <= 32 {
            (self.genrand_u32() >> (32 - k)) as u64
        } else {
            let k = k.min(64);
            let lo = self.genrand_u32() as u64;
            let mut hi = self.genrand_u32();
            if k - 32 < 32 {
                hi >>= 32 - (k - 32);
            }
            lo | ((hi as u64) << 32)
        }
    }

    /// `_randbelow_with_getrandbits(n)` for machine-sized n (n == 0 gives 0).
    pub fn randbelow_usize(&mut self, n: usize) -> usize {
        if n == 0 {
            return 0;
        }
        let n64 = n as u64;
        let k = 64 - n64.leading_zeros();
        loop {
            let r = self.getrandbits_u64(k);
            if r < n64 {
                return r as usize;
            }
        }
    }

    /// `_randbelow_with_getrandbits(n)`: uniform in [0, n). n <= 0 gives 0.
    pub fn randbelow(&mut self, n: &BigInt) -> BigInt {
        if !n.is_positive() {
            return BigInt::zero();
        }
        if let Some(small) = n.to_u64() {
            let k = 64 - small.leading_zeros();
            loop {
                let r = self.getrandbits_u64(k);
                if r < small {
                    return BigInt::from(r);
                }
            }
        }
        let k = n.bits();
        loop {
            let r = self.getrandbits(k);
            if &r < n {
                return r;
            }
        }
    }

    /// `random.randrange(start, stop=None, step=1)` with 3.11 semantics.
    /// Errors are ValueError messages (except the TypeError case when step is
    /// given without stop, which the caller must detect itself).
    pub fn randrange(
        &mut self,
        start: &BigInt,
        stop: Option<&BigInt>,
        step: &BigInt,
    ) -> Result<BigInt, String> {
        let Some(stop) = stop else {
            if start.is_positive() {
                return Ok(self.randbelow(start));
            }
            return Err("empty range for randrange()".to_string());
        };
        let width = stop - start;
        if step.is_one() {
            if width.is_positive() {
                return Ok(start + self.randbelow(&width));
            }
            return Err(format!(
                "empty range for randrange() ({start}, {stop}, {width})"
            ));
        }
        let n = if step.is_positive() {
            (&width + step - BigInt::one()).div_floor(step)
        } else if step.is_negative() {
            (&width + step + BigInt::one()).div_floor(step)
        } else {
            return Err("zero step for randrange()".to_string());
        };
        if !n.is_positive() {
            return Err("empty range for randrange()".to_string());
        }
        Ok(start + step * self.randbelow(&n))
    }

    /// `random.randint(a, b)` == `randrange(a, b + 1)`.
    pub fn randint(&mut self, a: &BigInt, b: &BigInt) -> Result<BigInt, String> {
        let stop = b + 1;
        self.randrange(a, Some(&stop), &BigInt::one())
    }

    /// `random.uniform(a, b)`.
    pub fn uniform(&mut self, a: f64, b: f64) -> f64 {
        a + (b - a) * self.random()
    }

    /// `random.shuffle(x)` applied in place to a slice.
    pub fn shuffle<T>(&mut self, v: &mut [T]) {
        for i in (1..v.len()).rev() {
            let j = self.randbelow_usize(i + 1);
            v.swap(i, j);
        }
    }

    /// The permutation `shuffle` would apply to `list(range(n))`.
    pub fn shuffle_indices(&mut self, n: usize) -> Vec<usize> {
        let mut v: Vec<usize> = (0..n).collect();
        self.shuffle(&mut v);
        v
    }

    /// `random.sample(population, k)` for a population of length n: indices, in selection order.
    pub fn sample_indices(&mut self, n: usize, k: usize) -> Result<Vec<usize>, String> {
        if k > n {
            return Err("Sample larger than population or is negative".to_string());
        }
        let mut result = Vec::with_capacity(k);
        let mut setsize: f64 = 21.0;
        if k > 5 {
            let e = ((k as f64 * 3.0).ln() / 4.0f64.ln()).ceil();
            setsize += 4.0f64.powf(e);
        }
        if (n as f64) <= setsize {
            let mut pool: Vec<usize> = (0..n).collect();
            for i in 0..k {
                let j = self.randbelow_usize(n - i);
                result.push(pool[j]);
                pool[j] = pool[n - i - 1];
            }
        } else {
            let mut selected = std::collections::HashSet::with_capacity(k);
            for _ in 0..k {
                let mut j = self.randbelow_usize(n);
                while selected.contains(&j) {
                    j = self.randbelow_usize(n);
                }
                selected.insert(j);
                result.push(j);
            }
        }
        Ok(result)
    }

    /// `random.choice(seq)` for a sequence of length n (the error is an IndexError message).
    pub fn choice_index(&mut self, n: usize) -> Result<usize, String> {
        if n == 0 {
            return Err("Cannot choose from an empty sequence".to_string());
        }
        Ok(self.randbelow_usize(n))
    }

    /// `random.choices(population, cum_weights=..., k=k)` for a population of length n.
    /// Without weights: `floor(random() * n)`; with cumulative weights:
    /// `bisect_right(cum, random() * total, 0, n - 1)`. The caller validates the weights
    /// (use [`Mt19937::check_cum_weights`]).
    pub fn choices_indices(
        &mut self,
        n: usize,
        cum_weights: Option<&[f64]>,
        k: usize,
    ) -> Vec<usize> {
        let mut out = Vec::with_capacity(k);
        match cum_weights {
            None => {
                let nf = n as f64;
                for _ in 0..k {
                    let x = (self.random() * nf).floor();
                    out.push(x as usize);
                }
            }
            Some(cum) => {
                let total = cum.last().copied().unwrap_or(0.0);
                let hi = n.saturating_sub(1).min(cum.len());
                for _ in 0..k {
                    let x = self.random() * total;
                    // bisect_right(cum, x, 0, hi)
                    let (mut lo, mut h) = (0usize, hi);
                    while lo < h {
                        let mid = (lo + h) / 2;
                        if x < cum[mid] {
                            h = mid;
                        } else {
                            lo = mid + 1;
                        }
                    }
                    out.push(lo);
                }
            }
        }
        out
    }

    /// Validation done by `choices` on cumulative weights (ValueError messages).
    pub fn check_cum_weights(n: usize, cum_weights: &[f64]) -> Result<(), String> {
        if cum_weights.len() != n {
            return Err("The number of weights does not match the population".to_string());
        }
        let total = cum_weights.last().copied().unwrap_or(0.0);
        if total <= 0.0 {
            return Err("Total of weights must be greater than zero".to_string());
        }
        if !total.is_finite() {
            return Err("Total of weights must be finite".to_string());
        }
        Ok(())
    }

    /// `random.gauss(mu, sigma)` (keeps `gauss_next` like CPython).
    pub fn gauss(&mut self, mu: f64, sigma: f64) -> f64 {
        let z = match self.gauss_next.take() {
            Some(z) => z,
            None => {
                let x2pi = self.random() * TWOPI;
                let g2rad = (-2.0 * (1.0 - self.random()).ln()).sqrt();
                self.gauss_next = Some(x2pi.sin() * g2rad);
                x2pi.cos() * g2rad
            }
        };
        mu + z * sigma
    }

    /// `random.normalvariate(mu, sigma)`.
    pub fn normalvariate(&mut self, mu: f64, sigma: f64) -> f64 {
        let magic = nv_magicconst();
        loop {
            let u1 = self.random();
            let u2 = 1.0 - self.random();
            let z = magic * (u1 - 0.5) / u2;
            let zz = z * z / 4.0;
            if zz <= -u2.ln() {
                return mu + z * sigma;
            }
        }
    }

    /// `random.lognormvariate(mu, sigma)`.
    pub fn lognormvariate(&mut self, mu: f64, sigma: f64) -> f64 {
        self.normalvariate(mu, sigma).exp()
    }

    /// `random.expovariate(lambd)`; Err is ZeroDivisionError("float division by zero") for lambd == 0.
    pub fn expovariate(&mut self, lambd: f64) -> Result<f64, String> {
        let u = self.random();
        if lambd == 0.0 {
            return Err("float division by zero".to_string());
        }
        Ok(-(1.0 - u).ln() / lambd)
    }

    /// `random.triangular(low, high, mode)`.
    pub fn triangular(&mut self, low: f64, high: f64, mode: Option<f64>) -> f64 {
        let mut u = self.random();
        let mut c = match mode {
            None => 0.5,
            Some(m) => {
                if high - low == 0.0 {
                    return low;
                }
                (m - low) / (high - low)
            }
        };
        let (mut low, mut high) = (low, high);
        if u > c {
            u = 1.0 - u;
            c = 1.0 - c;
            std::mem::swap(&mut low, &mut high);
        }
        low + (high - low) * (u * c).sqrt()
    }

    /// `random.gammavariate(alpha, beta)`.
    pub fn gammavariate(&mut self, alpha: f64, beta: f64) -> Result<f64, String> {
        if alpha <= 0.0 || beta <= 0.0 {
            return Err("gammavariate: alpha and beta must be > 0.0".to_string());
        }
        if alpha.is_nan() || beta.is_nan() {
            // CPython would loop forever here; return NaN instead.
            return Ok(f64::NAN);
        }
        if alpha > 1.0 {
            let ainv = (2.0 * alpha - 1.0).sqrt();
            let bbb = alpha - 4.0f64.ln();
            let ccc = alpha + ainv;
            loop {
                let u1 = self.random();
                if !(1e-7 < u1 && u1 < 0.9999999) {
                    continue;
                }
                let u2 = 1.0 - self.random();
                let v = (u1 / (1.0 - u1)).ln() / ainv;
                let x = alpha * v.exp();
                let z = u1 * u1 * u2;
                let r = bbb + ccc * v - x;
                if r + sg_magicconst() - 4.5 * z >= 0.0 || r >= z.ln() {
                    return Ok(x * beta);
                }
            }
        } else if alpha == 1.0 {
            Ok(-(1.0 - self.random()).ln() * beta)
        } else {
            let e = std::f64::consts::E;
            loop {
                let u = self.random();
                let b = (e + alpha) / e;
                let p = b * u;
                let x = if p <= 1.0 {
                    p.powf(1.0 / alpha)
                } else {
                    -((b - p) / alpha).ln()
                };
                let u1 = self.random();
                if p > 1.0 {
                    if u1 <= x.powf(alpha - 1.0) {
                        return Ok(x * beta);
                    }
                } else if u1 <= (-x).exp() {
                    return Ok(x * beta);
                }
            }
        }
    }

    /// `random.betavariate(alpha, beta)`.
    pub fn betavariate(&mut self, alpha: f64, beta: f64) -> Result<f64, String> {
        let y = self.gammavariate(alpha, 1.0)?;
        if y != 0.0 {
            let y2 = self.gammavariate(beta, 1.0)?;
            return Ok(y / (y + y2));
        }
        Ok(0.0)
    }

    /// `random.paretovariate(alpha)`.
    pub fn paretovariate(&mut self, alpha: f64) -> f64 {
        let u = 1.0 - self.random();
        u.powf(-1.0 / alpha)
    }

    /// `random.weibullvariate(alpha, beta)`.
    pub fn weibullvariate(&mut self, alpha: f64, beta: f64) -> f64 {
        let u = 1.0 - self.random();
        alpha * (-u.ln()).powf(1.0 / beta)
    }

    /// `random.vonmisesvariate(mu, kappa)`.
    pub fn vonmisesvariate(&mut self, mu: f64, kappa: f64) -> f64 {
        if kappa <= 1e-6 {
            return TWOPI * self.random();
        }
        let s = 0.5 / kappa;
        let r = s + (1.0 + s * s).sqrt();
        let z = loop {
            let u1 = self.random();
            let z = (std::f64::consts::PI * u1).cos();
            let d = z / (r + z);
            let u2 = self.random();
            if u2 < 1.0 - d * d || u2 <= (1.0 - d) * d.exp() {
                break z;
            }
        };
        let q = 1.0 / r;
        let f = (q + z) / (1.0 + q * z);
        let u3 = self.random();
        let t = if u3 > 0.5 {
            mu + f.acos()
        } else {
            mu - f.acos()
        };
        py_fmod(t, TWOPI)
    }

    /// Internal state like `Random.getstate()[1]` (625 words: 624 state words then the index)
    /// plus `gauss_next`.
    pub fn getstate(&self) -> (Vec<u32>, Option<f64>) {
        let mut v = self.state.to_vec();
        v.push(self.index.min(N) as u32);
        (v, self.gauss_next)
    }

    /// Restore a state produced by [`Mt19937::getstate`]. Errors: "state vector is the wrong size",
    /// "invalid state".
    pub fn setstate(&mut self, state: &[u32], gauss_next: Option<f64>) -> Result<(), String> {
        if state.len() != N + 1 {
            return Err("state vector is the wrong size".to_string());
        }
        let index = state[N] as usize;
        if index > N {
            return Err("invalid state".to_string());
        }
        self.state.copy_from_slice(&state[..N]);
        self.index = index;
        self.gauss_next = gauss_next;
        Ok(())
    }

    /// Current `gauss_next` value.
    pub fn gauss_next(&self) -> Option<f64> {
        self.gauss_next
    }

    /// Set `gauss_next` (e.g. after `seed`, CPython resets it to None).
    pub fn set_gauss_next(&mut self, g: Option<f64>) {
        self.gauss_next = g;
    }
}

/// Python float modulo (result has the sign of the divisor).
fn py_fmod(x: f64, y: f64) -> f64 {
    let m = x % y;
    if m != 0.0 && ((y < 0.0) != (m < 0.0)) {
        m + y
    } else {
        m
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn bi(x: i64) -> BigInt {
        BigInt::from(x)
    }

    fn big(s: &str) -> BigInt {
        s.parse().unwrap()
    }

    fn ints(v: Vec<BigInt>) -> Vec<i64> {
        v.into_iter().map(|x| x.to_i64().unwrap()).collect()
    }

    #[test]
    fn seed42_sequence() {
        let mut r = Mt19937::new_from_seed_int(&bi(42));
        let f: Vec<f64> = (0..5).map(|_| r.random()).collect();
        assert_eq!(
            f,
            [
                0.6394267984578837,
                0.025010755222666936,
                0.27502931836911926,
                0.22321073814882275,
                0.7364712141640124
            ]
        );
        let v: Vec<BigInt> = (0..10)
            .map(|_| r.randint(&bi(1), &bi(100)).unwrap())
            .collect();
        assert_eq!(ints(v), [87, 95, 70, 12, 76, 55, 5, 4, 12, 28]);
        assert_eq!(r.choice_index(50).unwrap(), 14);
        assert_eq!(
            r.shuffle_indices(20),
            [
                11, 14, 10, 8, 15, 1, 12, 5, 19, 2, 18, 4, 9, 7, 3, 13, 6, 17, 0, 16
            ]
        );
        assert_eq!(
            r.sample_indices(100, 10).unwrap(),
            [48, 12, 45, 44, 77, 33, 5, 93, 58, 68]
        );
        assert_eq!(
            r.sample_indices(10, 10).unwrap(),
            [1, 6, 9, 4, 2, 8, 5, 3, 0, 7]
        );
        assert_eq!(
            r.sample_indices(1000, 50).unwrap(),
            [
                46, 677, 233, 791, 296, 81, 875, 238, 887, 103, 389, 284, 464, 650, 854, 373, 166,
                379, 363, 214, 686, 273, 718, 959, 699, 663, 73, 623, 175, 546, 746, 250, 167, 473,
                388, 276, 947, 655, 704, 570, 224, 701, 332, 863, 786, 794, 57, 234, 841, 32
            ]
        );
        assert_eq!(r.getrandbits(100), big("348696199344097523291469085518"));
        let v: Vec<BigInt> = (0..5)
            .map(|_| r.randrange(&bi(0), Some(&bi(100)), &bi(7)).unwrap())
            .collect();
        assert_eq!(ints(v), [7, 21, 98, 63, 98]);
        assert_eq!(r.uniform(1.0, 5.0), 3.871657082875904);
        let g: Vec<f64> = (0..3).map(|_| r.gauss(0.0, 1.0)).collect();
        assert_eq!(
            g,
            [0.27364676990936504, 1.14382656282975, 1.0745139218079134]
        );
        assert_eq!(r.choices_indices(10, None, 5), [1, 1, 7, 5, 7]);
        let cum = [1.0, 3.0, 6.0, 10.0];
        assert!(Mt19937::check_cum_weights(4, &cum).is_ok());
        assert_eq!(
            r.choices_indices(4, Some(&cum), 8),
            [2, 2, 2, 3, 1, 2, 3, 3]
        );
        let v: Vec<BigInt> = (0..5)
            .map(|_| r.randrange(&bi(10), Some(&bi(-10)), &bi(-3)).unwrap())
            .collect();
        assert_eq!(ints(v), [7, -5, 7, -8, -5]);
        let n = big("1000000000000000000000000000000");
        assert_eq!(
            r.randrange(&n, None, &bi(1)).unwrap(),
            big("480402158591774895095130795240")
        );
        let v: Vec<BigInt> = [1u64, 31, 32, 33, 64, 65]
            .iter()
            .map(|&k| r.getrandbits(k))
            .collect();
        assert_eq!(
            v,
            [
                big("0"),
                big("1279660644"),
                big("4278308761"),
                big("6305226242"),
                big("17913234339770707180"),
                big("34325326873357203035")
            ]
        );
    }

    #[test]
    fn other_seeds() {
        let mut r = Mt19937::new_from_seed_bytes(b"hello");
        let f: Vec<f64> = (0..3).map(|_| r.random()).collect();
        assert_eq!(
            f,
            [0.3537754404730722, 0.6631985810268619, 0.5476053663383964]
        );
        let mut r = Mt19937::new_from_seed_int(&(BigInt::one() << 100usize));
        let f: Vec<f64> = (0..3).map(|_| r.random()).collect();
        assert_eq!(
            f,
            [0.7586581712996778, 0.22562004686918613, 0.9800682106697105]
        );
        let mut r = Mt19937::new_from_seed_int(&bi(-5));
        let f: Vec<f64> = (0..3).map(|_| r.random()).collect();
        assert_eq!(
            f,
            [0.6229016948897019, 0.7417869892607294, 0.7951935655656966]
        );
        let mut r = Mt19937::new_from_seed_int(&bi(0));
        let f: Vec<f64> = (0..3).map(|_| r.random()).collect();
        assert_eq!(
            f,
            [0.8444218515250481, 0.7579544029403025, 0.420571580830845]
        );
        let mut r = Mt19937::new_from_os_entropy();
        let x = r.random();
        assert!((0.0..1.0).contains(&x));
    }

    #[test]
    fn distributions() {
        let mut r = Mt19937::new_from_seed_int(&bi(7));
        let got = [
            r.normalvariate(0.0, 1.0),
            r.expovariate(2.0).unwrap(),
            r.triangular(0.0, 10.0, Some(3.0)),
            r.triangular(0.0, 1.0, None),
            r.betavariate(2.0, 3.0).unwrap(),
            r.gammavariate(0.5, 1.0).unwrap(),
            r.gammavariate(3.0, 2.0).unwrap(),
            r.paretovariate(2.0),
            r.weibullvariate(1.0, 2.0),
            r.vonmisesvariate(1.0, 2.0),
            r.lognormvariate(0.0, 1.0),
        ];
        let want = [
            -0.35590824951057143,
            0.5262478090354634,
            1.4741399526592727,
            0.5182749769353314,
            0.3237159083566066,
            0.2635901870234607,
            2.1403086509192106,
            2.4032083075590056,
            0.3635424897438157,
            1.255282644233062,
            1.2451310559820872,
        ];
        for (g, w) in got.iter().zip(want.iter()) {
            assert!((g - w).abs() <= 1e-15 * w.abs().max(1.0), "{g} vs {w}");
        }
    }

    #[test]
    fn state_roundtrip() {
        let mut r = Mt19937::new_from_seed_int(&bi(12345));
        let (st, g) = r.getstate();
        assert_eq!(st.len(), 625);
        assert_eq!(
            [st[0], st[1], st[623], st[624]],
            [2147483648, 2105189241, 238504783, 624]
        );
        assert_eq!(g, None);
        r.random();
        let (st2, _) = r.getstate();
        assert_eq!([st2[0], st2[624]], [1060008160, 2]);
        let a = r.random();
        let mut r2 = Mt19937::new_from_seed_int(&bi(1));
        r2.setstate(&st2, None).unwrap();
        assert_eq!(r2.random(), a);
        assert!(r2.setstate(&st2[..10], None).is_err());
        let mut bad = st2.clone();
        bad[624] = 1000;
        assert!(r2.setstate(&bad, None).is_err());
    }

    #[test]
    fn sample_branches() {
        let mut r = Mt19937::new_from_seed_int(&bi(3));
        assert_eq!(
            r.sample_indices(1_000_000, 5).unwrap(),
            [249523, 621429, 570665, 136758, 387926]
        );
        assert_eq!(r.sample_indices(30, 6).unwrap(), [29, 19, 15, 20, 18, 2]);
        assert_eq!(
            r.sample_indices(3, 4).unwrap_err(),
            "Sample larger than population or is negative"
        );
        assert!(r.sample_indices(0, 0).unwrap().is_empty());
    }

    #[test]
    fn errors() {
        let mut r = Mt19937::new_from_seed_int(&bi(1));
        assert_eq!(
            r.randrange(&bi(5), Some(&bi(2)), &bi(1)).unwrap_err(),
            "empty range for randrange() (5, 2, -3)"
        );
        assert_eq!(
            r.randrange(&bi(0), None, &bi(1)).unwrap_err(),
            "empty range for randrange()"
        );
        assert_eq!(
            r.randrange(&bi(0), Some(&bi(10)), &bi(0)).unwrap_err(),
            "zero step for randrange()"
        );
        assert_eq!(
            r.randrange(&bi(0), Some(&bi(10)), &bi(-1)).unwrap_err(),
            "empty range for randrange()"
        );
        assert_eq!(r.randint(&bi(3), &bi(3)).unwrap(), bi(3));
        assert!(r.randint(&bi(3), &bi(2)).is_err());
        assert_eq!(
            r.choice_index(0).unwrap_err(),
            "Cannot choose from an empty sequence"
        );
        assert_eq!(r.randbelow(&bi(0)), bi(0));
        assert_eq!(r.getrandbits(0), bi(0));
        assert!(r.choices_indices(0, None, 3).iter().all(|&i| i == 0));
        assert!(Mt19937::check_cum_weights(2, &[0.0, 0.0]).is_err());
        assert!(r.expovariate(0.0).is_err());
        assert!(r.gammavariate(-1.0, 1.0).is_err());
        let mut v: Vec<u8> = vec![];
        r.shuffle(&mut v);
    }
}
