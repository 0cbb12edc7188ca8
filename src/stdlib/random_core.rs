//! CPython's Mersenne Twister (MT19937) with its seeding, `random()` and
//! `getrandbits()`, bit for bit; the distributions live in random.py.

use num_bigint::{BigInt, BigUint, Sign};
use num_traits::Zero;

const N: usize = 624;
const M: usize = 397;
const MATRIX_A: u32 = 0x9908_b0df;
const UPPER_MASK: u32 = 0x8000_0000;
const LOWER_MASK: u32 = 0x7fff_ffff;

/// The Mersenne Twister state used by CPython's `random.Random`.
#[derive(Clone, Debug)]
pub struct Mt19937 {
    state: [u32; N],
    index: usize,
}

impl Mt19937 {
    /// A generator seeded like `random.seed(None)`.
    pub fn from_entropy() -> Self {
        let mut r = Mt19937 {
            state: [0; N],
            index: N,
        };
        r.seed_os_entropy();
        r
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

    /// `seed(n)` for an int: its absolute value, as 32-bit words, keys the state.
    pub fn seed_int(&mut self, seed: &BigInt) {
        let mut key: Vec<u32> = seed.magnitude().to_u32_digits();
        if key.is_empty() {
            key.push(0);
        }
        self.init_by_array(&key);
    }

    /// `seed(None)`: 624 words from the OS, or the time and pid when that fails.
    pub fn seed_os_entropy(&mut self) {
        let mut buf = [0u8; N * 4];
        match super::os::fill_urandom(&mut buf) {
            Ok(()) => {
                let key: Vec<u32> = buf
                    .chunks_exact(4)
                    .map(|c| u32::from_le_bytes([c[0], c[1], c[2], c[3]]))
                    .collect();
                self.init_by_array(&key);
            }
            Err(_) => {
                let now = std::time::SystemTime::now()
                    .duration_since(std::time::UNIX_EPOCH)
                    .map(|d| d.as_nanos())
                    .unwrap_or(0);
                let key = [
                    now as u32,
                    (now >> 32) as u32,
                    (now >> 64) as u32,
                    std::process::id(),
                ];
                self.init_by_array(&key);
            }
        }
    }

    /// One 32-bit output of MT19937 (`genrand_uint32`).
    pub fn genrand_u32(&mut self) -> u32 {
        if self.index >= N {
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

    /// `random.getrandbits(k)` (k == 0 gives 0); None when the result cannot be
    /// allocated.
    pub fn getrandbits(&mut self, k: u64) -> Option<BigInt> {
        if k == 0 {
            return Some(BigInt::zero());
        }
        if k <= 32 {
            return Some(BigInt::from(self.genrand_u32() >> (32 - k as u32)));
        }
        let words = usize::try_from((k - 1) / 32 + 1).ok()?;
        let mut arr = Vec::new();
        arr.try_reserve_exact(words).ok()?;
        let mut rem = k;
        for _ in 0..words {
            let mut r = self.genrand_u32();
            if rem < 32 {
                r >>= 32 - rem as u32;
            }
            arr.push(r);
            rem = rem.saturating_sub(32);
        }
        Some(BigInt::from_biguint(Sign::Plus, BigUint::new(arr)))
    }

    /// `getstate()`: the 624 state words followed by the position in them.
    pub fn getstate(&self) -> Vec<u32> {
        let mut v = self.state.to_vec();
        v.push(self.index as u32);
        v
    }

    /// `setstate()` from 625 words; the error is CPython's ValueError message.
    pub fn setstate(&mut self, state: &[u32]) -> Result<(), &'static str> {
        if state.len() != N + 1 {
            return Err("state vector is the wrong size");
        }
        let index = state[N] as usize;
        if index > N {
            return Err("invalid state");
        }
        self.state.copy_from_slice(&state[..N]);
        self.index = index;
        Ok(())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn seeded(n: i64) -> Mt19937 {
        let mut r = Mt19937::from_entropy();
        r.seed_int(&BigInt::from(n));
        r
    }

    #[test]
    fn seeded_floats_match_cpython() {
        let mut r = seeded(42);
        let f: Vec<f64> = (0..3).map(|_| r.random()).collect();
        assert_eq!(
            f,
            [
                0.6394267984578837,
                0.025010755222666936,
                0.27502931836911926
            ]
        );
        let mut r = seeded(-5);
        assert_eq!(r.random(), 0.6229016948897019);
        let mut r = Mt19937::from_entropy();
        r.seed_int(&(BigInt::from(1) << 100usize));
        assert_eq!(r.random(), 0.7586581712996778);
    }

    #[test]
    fn getrandbits_widths() {
        let mut r = seeded(42);
        let got: Vec<String> = [1u64, 31, 32, 33, 64, 65, 100]
            .iter()
            .map(|&k| r.getrandbits(k).unwrap().to_string())
            .collect();
        // CPython: random.seed(42); [random.getrandbits(k) for k in ...]
        let want = [
            "1",
            "239081663",
            "107420369",
            "3184935163",
            "4117511471858006928",
            "13585496030504862185",
            "704511047883023533822611041645",
        ];
        assert_eq!(got, want);
        assert_eq!(r.getrandbits(0), Some(BigInt::zero()));
    }

    #[test]
    fn state_roundtrip() {
        let mut r = seeded(12345);
        let st = r.getstate();
        assert_eq!(
            [st[0], st[1], st[623], st[624]],
            [2147483648, 2105189241, 238504783, 624]
        );
        let a = r.random();
        let mut r2 = seeded(1);
        r2.setstate(&st).unwrap();
        assert_eq!(r2.random(), a);
        assert_eq!(
            r2.setstate(&st[..10]),
            Err("state vector is the wrong size")
        );
        let mut bad = st.clone();
        bad[624] = 1000;
        assert_eq!(r2.setstate(&bad), Err("invalid state"));
    }
}
