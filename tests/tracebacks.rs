//! Full tracebacks: runs every `tests/tracebacks/<name>.py` that has a recorded
//! `<name>.stderr` beside it under the `coil` binary and compares the whole stderr
//! (position markers, repeat cut-offs, chained exceptions) with what CPython printed
//! (recorded by `tests/record-tracebacks`). Python 3 is not needed.
//! `COIL_BIN=path` tests another binary.

use std::fs;
use std::path::PathBuf;
use std::process::{Command, Stdio};

#[test]
fn tracebacks_match_cpython() {
    let dir = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("tests/tracebacks");
    let bin: PathBuf = std::env::var_os("COIL_BIN")
        .map(PathBuf::from)
        .unwrap_or_else(|| PathBuf::from(env!("CARGO_BIN_EXE_coil")));
    let mut names: Vec<String> = fs::read_dir(&dir)
        .expect("tests/tracebacks")
        .filter_map(|e| e.ok()?.file_name().into_string().ok())
        .filter_map(|n| n.strip_suffix(".stderr").map(str::to_string))
        .collect();
    names.sort();
    assert!(!names.is_empty(), "no recorded tracebacks");
    let mut failures = Vec::new();
    for name in &names {
        let expected = fs::read_to_string(dir.join(format!("{name}.stderr"))).expect("stderr");
        let out = Command::new(&bin)
            .arg(format!("{name}.py"))
            .current_dir(&dir)
            .env("PYTHONHASHSEED", "0")
            .stdin(Stdio::null())
            .output()
            .expect("run coil");
        let got = String::from_utf8_lossy(&out.stderr)
            .replace(dir.to_str().expect("utf-8 path"), "<DIR>");
        if got != expected {
            failures.push(format!("--- {name}: expected\n{expected}--- got\n{got}"));
        }
    }
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}
