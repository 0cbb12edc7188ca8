//! The `coil` command line.
//!
//! `main` is the C entry point: Rust's runtime set-up is skipped, as it mostly prepares
//! the main thread (its stack-overflow guard, found by reading /proc/self/maps) and the
//! interpreter runs on a thread of its own. That is about 0.1 ms of `coil -c pass`.

#![no_main]

use coil::alloc::SmallAlloc;
use coil::vm::Vm;

/// Small objects come from size classes instead of glibc malloc (see src/alloc.rs); only
/// the binary installs it, so programs embedding the library keep their allocator.
#[global_allocator]
static GLOBAL: SmallAlloc = SmallAlloc;

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
        // The program text from standard input, as `python3 -` reads it.
        Some("-") => match read_stdin() {
            Ok(s) => (s, "<stdin>".to_string(), args[1..].to_vec()),
            Err(code) => return code,
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
        // No script: a program piped in runs (sys.argv == ['']); there is no
        // interactive prompt.
        None if !std::io::IsTerminal::is_terminal(&std::io::stdin()) => match read_stdin() {
            Ok(s) => (s, "<stdin>".to_string(), vec![String::new()]),
            Err(code) => return code,
        },
        None => {
            eprintln!("{USAGE}");
            return 2;
        }
    };
    let mut vm = Vm::new(argv);
    coil::run_main(&mut vm, &src, &filename)
}

/// The whole of standard input as program text; Err: the exit status after a message.
fn read_stdin() -> Result<String, i32> {
    let mut src = String::new();
    match std::io::Read::read_to_string(&mut std::io::stdin(), &mut src) {
        Ok(_) => Ok(src),
        Err(e) => {
            eprintln!("coil: can't read <stdin>: {e}");
            Err(2)
        }
    }
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

/// Also as Rust's runtime does: a standard descriptor (0, 1, 2) that is closed is opened
/// on /dev/null, so that a file the program opens does not take its place.
fn reopen_closed_std_fds() {
    let mut fds = [0, 1, 2].map(|fd| libc::pollfd {
        fd,
        events: 0,
        revents: 0,
    });
    // SAFETY: `fds` is a valid array of three pollfd; a zero timeout does not block.
    if unsafe { libc::poll(fds.as_mut_ptr(), 3, 0) } == -1 {
        return;
    }
    for p in fds {
        if p.revents & libc::POLLNVAL != 0 {
            // SAFETY: a NUL-terminated path; the lowest free descriptor is the closed one.
            unsafe { libc::open(c"/dev/null".as_ptr(), libc::O_RDWR) };
        }
    }
}

#[unsafe(no_mangle)]
pub extern "C" fn main(_argc: libc::c_int, _argv: *const *const libc::c_char) -> libc::c_int {
    // What Rust's runtime would have done (and CPython does): writing to a closed pipe
    // is an EPIPE error (BrokenPipeError), not a fatal signal.
    // SAFETY: ignoring SIGPIPE does not race with anything; no other thread exists yet.
    unsafe { libc::signal(libc::SIGPIPE, libc::SIG_IGN) };
    reopen_closed_std_fds();
    // One malloc arena: the interpreter thread then allocates from the main heap, which
    // grows by large steps, instead of a thread arena that glibc extends a page at a
    // time (an mprotect call per 4 KiB, some 40 of them in `coil -c pass` alone).
    #[cfg(all(target_os = "linux", target_env = "gnu"))]
    // SAFETY: a malloc tunable set before any other thread exists.
    unsafe {
        libc::mallopt(libc::M_ARENA_MAX, 1)
    };
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
