//! Prints the analysis JSON of each input file.
//!
//! ```text
//! cargo run --release --example analyze -- FILE            # JSON to stdout
//! cargo run --release --example analyze -- --out DIR A.txt B.txt ...
//! ```
//! With `--out DIR`, writes `DIR/NAME.json` for each `NAME.txt` given.
//! Files are read as UTF-8 (invalid bytes become U+FFFD). A reader that
//! stops early (`| head`) ends the run quietly, as with other Unix tools.

use std::io::{ErrorKind, Write};
use std::path::{Path, PathBuf};
use std::process::ExitCode;

fn main() -> ExitCode {
    let mut out: Option<PathBuf> = None;
    let mut files = Vec::new();
    let mut args = std::env::args().skip(1);
    while let Some(a) = args.next() {
        match a.as_str() {
            "--out" => match args.next() {
                Some(d) => out = Some(PathBuf::from(d)),
                None => return usage("--out needs a directory"),
            },
            "-h" | "--help" => {
                println!("usage: analyze [--out DIR] FILE...");
                return ExitCode::SUCCESS;
            }
            _ => files.push(PathBuf::from(a)),
        }
    }
    if files.is_empty() {
        return usage("no input files");
    }
    if let Some(dir) = &out {
        if let Err(e) = std::fs::create_dir_all(dir) {
            eprintln!("analyze: cannot create {}: {e}", dir.display());
            return ExitCode::FAILURE;
        }
    }
    let mut failed = false;
    for file in &files {
        if let Err(e) = run(file, out.as_deref(), files.len()) {
            if is_broken_pipe(e.as_ref()) {
                return ExitCode::SUCCESS;
            }
            eprintln!("analyze: {}: {e}", file.display());
            failed = true;
        }
    }
    if failed {
        ExitCode::FAILURE
    } else {
        ExitCode::SUCCESS
    }
}

fn run(file: &Path, out: Option<&Path>, count: usize) -> Result<(), Box<dyn std::error::Error>> {
    let bytes = std::fs::read(file)?;
    let text = String::from_utf8_lossy(&bytes);
    let analysis = newslens::analyze(&text)?;
    let json = serde_json::to_string_pretty(&analysis)?;
    match out {
        Some(dir) => {
            let stem = file.file_stem().unwrap_or_default();
            let mut name = PathBuf::from(stem);
            name.set_extension("json");
            std::fs::write(dir.join(name), json + "\n")?;
        }
        None => {
            // `println!` panics when the reader has gone; `writeln!` reports it.
            let mut stdout = std::io::stdout().lock();
            if count > 1 {
                writeln!(stdout, "// {}", file.display())?;
            }
            writeln!(stdout, "{json}")?;
        }
    }
    Ok(())
}

/// The reader of stdout closed it (`analyze *.txt | head`).
fn is_broken_pipe(e: &(dyn std::error::Error + 'static)) -> bool {
    e.downcast_ref::<std::io::Error>()
        .is_some_and(|e| e.kind() == ErrorKind::BrokenPipe)
}

fn usage(why: &str) -> ExitCode {
    eprintln!("analyze: {why}\nusage: analyze [--out DIR] FILE...");
    ExitCode::from(2)
}
