//! Conformance harness: runs every `tests/cases/<topic>/<name>.py` that has a
//! recorded `<name>.out` beside it under the `coil` binary and compares the
//! result with what CPython produced (recorded by `tests/record`).
//!
//! * `<name>.out`    – expected stdout, compared byte for byte.
//! * `<name>.status` – line 1: expected exit code; line 2: expected last
//!   non-empty line of stderr (possibly empty). A missing file means
//!   "exit 0, empty stderr".
//!
//! Trials listed in `tests/known_failures.txt` are marked ignored, so they do
//! not fail the run. `cargo test --release --test conformance -- --ignored`
//! runs only them; `COIL_CHECK_KNOWN=1 cargo test --release --test
//! conformance` runs them as normal trials and prints, at the end, which known
//! failures now pass (remove those from the list).
//!
//! Environment:
//! * `COIL_CHECK_KNOWN=1` – see above.
//! * `COIL_BIN=path`      – test another binary instead of the one cargo built.
//! * `COIL_TIMEOUT=secs`  – per-program timeout (default 30).
//!
//! Python 3 is not needed: only the recorded files are used.

use libtest_mimic::{Arguments, Failed, Trial};
use std::collections::BTreeSet;
use std::fs;
use std::io::Read;
use std::path::{Path, PathBuf};
use std::process::{Command, ExitStatus, Stdio};
use std::sync::{Arc, Mutex};
use std::thread;
use std::time::{Duration, Instant};

const DEFAULT_TIMEOUT_SECS: u64 = 30;
const STDERR_HEAD_LINES: usize = 20;

struct Case {
    name: String,
    dir: PathBuf,
    file_name: String,
    out_path: PathBuf,
    status_path: PathBuf,
}

fn discover(root: &Path, dir: &Path, cases: &mut Vec<Case>) {
    let Ok(entries) = fs::read_dir(dir) else {
        return;
    };
    let mut entries: Vec<PathBuf> = entries.filter_map(|e| e.ok().map(|e| e.path())).collect();
    entries.sort();
    for path in entries {
        if path.is_dir() {
            discover(root, &path, cases);
            continue;
        }
        if path.extension().and_then(|e| e.to_str()) != Some("py") {
            continue;
        }
        let out_path = path.with_extension("out");
        if !out_path.is_file() {
            continue;
        }
        let rel = path.strip_prefix(root).unwrap_or(&path).with_extension("");
        let name = rel
            .components()
            .map(|c| c.as_os_str().to_string_lossy().into_owned())
            .collect::<Vec<_>>()
            .join("/");
        cases.push(Case {
            name,
            dir: path.parent().unwrap().to_path_buf(),
            file_name: path.file_name().unwrap().to_string_lossy().into_owned(),
            status_path: path.with_extension("status"),
            out_path,
        });
    }
}

fn read_known_failures(path: &Path) -> BTreeSet<String> {
    let Ok(text) = fs::read_to_string(path) else {
        return BTreeSet::new();
    };
    text.lines()
        .map(|l| l.split('#').next().unwrap_or("").trim())
        .filter(|l| !l.is_empty())
        .map(|l| l.trim_end_matches(".py").to_string())
        .collect()
}

fn last_nonempty_line(text: &str) -> &str {
    text.lines()
        .rev()
        .find(|l| !l.trim().is_empty())
        .unwrap_or("")
        .trim_end()
}

fn describe_status(status: Option<ExitStatus>) -> String {
    match status {
        None => "timeout".to_string(),
        Some(s) => match s.code() {
            Some(c) => c.to_string(),
            None => {
                #[cfg(unix)]
                {
                    use std::os::unix::process::ExitStatusExt;
                    if let Some(sig) = s.signal() {
                        return format!("killed by signal {sig}");
                    }
                }
                format!("{s}")
            }
        },
    }
}

fn show(line: Option<&str>) -> String {
    match line {
        Some(l) => format!("{l:?}"),
        None => "<end of output>".to_string(),
    }
}

struct RunResult {
    status: Option<ExitStatus>, // None = timed out
    stdout: Vec<u8>,
    stderr: Vec<u8>,
}

fn run_program(bin: &Path, case: &Case, timeout: Duration) -> Result<RunResult, String> {
    let mut child = Command::new(bin)
        .arg(&case.file_name)
        .current_dir(&case.dir)
        .env("PYTHONHASHSEED", "0")
        .stdin(Stdio::null())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .map_err(|e| format!("cannot start {}: {e}", bin.display()))?;
    let mut out_pipe = child.stdout.take().unwrap();
    let mut err_pipe = child.stderr.take().unwrap();
    let out_thread = thread::spawn(move || {
        let mut buf = Vec::new();
        let _ = out_pipe.read_to_end(&mut buf);
        buf
    });
    let err_thread = thread::spawn(move || {
        let mut buf = Vec::new();
        let _ = err_pipe.read_to_end(&mut buf);
        buf
    });
    let start = Instant::now();
    let status = loop {
        match child.try_wait() {
            Ok(Some(s)) => break Some(s),
            Ok(None) => {
                if start.elapsed() >= timeout {
                    let _ = child.kill();
                    let _ = child.wait();
                    break None;
                }
                thread::sleep(Duration::from_millis(5));
            }
            Err(e) => return Err(format!("wait failed: {e}")),
        }
    };
    let stdout = out_thread.join().unwrap_or_default();
    let stderr = err_thread.join().unwrap_or_default();
    Ok(RunResult {
        status,
        stdout,
        stderr,
    })
}

fn check(bin: &Path, case: &Case, timeout: Duration) -> Result<(), Failed> {
    let expected_out = fs::read(&case.out_path)
        .map_err(|e| format!("cannot read {}: {e}", case.out_path.display()))?;
    let (expected_code, expected_err) = match fs::read_to_string(&case.status_path) {
        Ok(text) => {
            let mut lines = text.lines();
            let code = lines.next().unwrap_or("0").trim().to_string();
            let err = lines.next().unwrap_or("").trim_end().to_string();
            (code, err)
        }
        Err(_) => ("0".to_string(), String::new()),
    };

    let res = run_program(bin, case, timeout)?;
    let stderr_text = String::from_utf8_lossy(&res.stderr);
    let stderr_head: Vec<&str> = stderr_text.lines().take(STDERR_HEAD_LINES).collect();

    if res.status.is_none() {
        let mut msg = format!("timeout after {} s", timeout.as_secs());
        if !stderr_head.is_empty() {
            msg.push_str("\n--- stderr (first lines) ---\n");
            msg.push_str(&stderr_head.join("\n"));
        }
        return Err(msg.into());
    }

    let got_code = describe_status(res.status);
    let got_err = last_nonempty_line(&stderr_text).to_string();
    let out_ok = res.stdout == expected_out;
    let code_ok = got_code == expected_code;
    let err_ok = got_err == expected_err;
    if out_ok && code_ok && err_ok {
        return Ok(());
    }

    let mut msg = String::new();
    if !out_ok {
        let exp = String::from_utf8_lossy(&expected_out);
        let got = String::from_utf8_lossy(&res.stdout);
        let exp_lines: Vec<&str> = exp.split_inclusive('\n').collect();
        let got_lines: Vec<&str> = got.split_inclusive('\n').collect();
        let idx = (0..exp_lines.len().max(got_lines.len()))
            .find(|&i| exp_lines.get(i) != got_lines.get(i))
            .unwrap_or(0);
        msg.push_str(&format!(
            "stdout differs at line {} (expected {} lines, got {}):\n  expected: {}\n  got:      {}\n",
            idx + 1,
            exp_lines.len(),
            got_lines.len(),
            show(exp_lines.get(idx).copied()),
            show(got_lines.get(idx).copied()),
        ));
    }
    msg.push_str(&format!(
        "exit code: expected {expected_code}, got {got_code}{}\n",
        if code_ok { "" } else { "  <-- differs" }
    ));
    msg.push_str(&format!(
        "stderr last line{}:\n  expected: {:?}\n  got:      {:?}\n",
        if err_ok { "" } else { " differs" },
        expected_err,
        got_err
    ));
    if !stderr_head.is_empty() {
        msg.push_str(&format!(
            "--- stderr (first {STDERR_HEAD_LINES} lines) ---\n"
        ));
        msg.push_str(&stderr_head.join("\n"));
    }
    Err(msg.into())
}

fn main() {
    let args = Arguments::from_args();
    let manifest = PathBuf::from(env!("CARGO_MANIFEST_DIR"));
    let cases_root = manifest.join("tests").join("cases");
    let known_path = manifest.join("tests").join("known_failures.txt");
    let bin: PathBuf = std::env::var_os("COIL_BIN")
        .map(PathBuf::from)
        .unwrap_or_else(|| PathBuf::from(env!("CARGO_BIN_EXE_coil")));
    let timeout = Duration::from_secs(
        std::env::var("COIL_TIMEOUT")
            .ok()
            .and_then(|s| s.parse().ok())
            .unwrap_or(DEFAULT_TIMEOUT_SECS),
    );
    let check_known = std::env::var("COIL_CHECK_KNOWN").is_ok_and(|v| !v.is_empty() && v != "0");

    let mut cases = Vec::new();
    discover(&cases_root, &cases_root, &mut cases);
    let known = read_known_failures(&known_path);

    let names: BTreeSet<&str> = cases.iter().map(|c| c.name.as_str()).collect();
    let stale: Vec<&String> = known
        .iter()
        .filter(|k| !names.contains(k.as_str()))
        .collect();
    if !stale.is_empty() && !args.list {
        eprintln!("note: tests/known_failures.txt names trials that do not exist:");
        for s in &stale {
            eprintln!("  {s}");
        }
    }

    let now_passing: Arc<Mutex<Vec<String>>> = Arc::new(Mutex::new(Vec::new()));
    let bin = Arc::new(bin);
    let trials: Vec<Trial> = cases
        .into_iter()
        .map(|case| {
            let is_known = known.contains(&case.name);
            let name = case.name.clone();
            let bin = Arc::clone(&bin);
            let now_passing = Arc::clone(&now_passing);
            Trial::test(name, move || {
                let r = check(&bin, &case, timeout);
                if r.is_ok() && is_known {
                    now_passing.lock().unwrap().push(case.name.clone());
                }
                r
            })
            .with_ignored_flag(is_known && !check_known)
        })
        .collect();

    let conclusion = libtest_mimic::run(&args, trials);

    let mut passing = now_passing.lock().unwrap().clone();
    if !passing.is_empty() {
        passing.sort();
        println!(
            "\n{} known failure(s) now pass; remove them from tests/known_failures.txt:",
            passing.len()
        );
        for p in &passing {
            println!("    {p}");
        }
    } else if check_known && !args.list {
        println!("\nno known failure passes yet");
    }
    conclusion.exit();
}
