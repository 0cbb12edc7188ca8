//! Link the `coil` executable at a fixed address (not position-independent), as
//! CPython's own executable is: the dynamic loader then has no relative relocations to
//! apply at start-up (about 10,000 for a PIE build, a tenth of `coil -c pass`).

fn main() {
    println!("cargo:rerun-if-changed=build.rs");
    if std::env::var("CARGO_CFG_TARGET_OS").as_deref() == Ok("linux") {
        println!("cargo:rustc-link-arg-bins=-no-pie");
    }
}
