//! The `coil` command line.

use coil::vm::Vm;

const USAGE: &str = "usage: coil [-c cmd | file] [arg] ...";

fn real_main() -> i32 {
    let args: Vec<String> = std::env::args().collect();
    let (src, filename, argv) = match args.get(1).map(|s| s.as_str()) {
        Some("--version") | Some("-V") => {
            println!("Python 3.11.7 (coil {})", env!("CARGO_PKG_VERSION"));
            return 0;
        }
        Some("-c") => match args.get(2) {
            Some(code) => {
                let mut argv = vec!["-c".to_string()];
                argv.extend(args[3..].iter().cloned());
                (code.clone(), "<string>".to_string(), argv)
            }
            None => {
                eprintln!("Argument expected for the -c option");
                return 2;
            }
        },
        Some(path) => match std::fs::read_to_string(path) {
            Ok(s) => (s, script_filename(path), args[1..].to_vec()),
            Err(e) => {
                eprintln!(
                    "coil: can't open file '{path}': [Errno {}] No such file or directory",
                    e.raw_os_error().unwrap_or(2)
                );
                return 2;
            }
        },
        None => {
            eprintln!("{USAGE}");
            return 2;
        }
    };
    let mut vm = Vm::new(argv);
    coil::run_main(&mut vm, &src, &filename)
}

/// The main script's `__file__`: CPython makes a relative path absolute by prefixing the
/// working directory, without normalising it.
fn script_filename(path: &str) -> String {
    if path.starts_with('/') {
        return path.to_string();
    }
    match std::env::current_dir() {
        Ok(cwd) => format!("{}/{path}", cwd.display()),
        Err(_) => path.to_string(),
    }
}

fn main() {
    // The interpreter is stackless for Python calls; native re-entry (e.g. __eq__ from a
    // dict lookup) still uses the Rust stack, so run on a thread with a large one.
    let child = std::thread::Builder::new()
        .stack_size(1 << 30)
        .spawn(real_main);
    let code = match child.map(|h| h.join()) {
        Ok(Ok(c)) => c,
        _ => 70,
    };
    std::process::exit(code);
}
