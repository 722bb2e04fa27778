//! The floor for `plan status`: the least work that gives its numbers. It
//! reads every journal file of a generated plan and counts, per indicator and
//! year, the ids on `indicators = [...]` lines, scanning bytes for line ends
//! and nothing else: no TOML, no check, no model. `bench/run.sh` times it
//! beside `plan status`, with as many threads as `plan` uses.
//!
//!   cargo run --release --example floor -- PLAN_DIR [THREADS]

use std::collections::HashMap;
use std::fs;
use std::path::PathBuf;
use std::thread;

fn main() {
    let mut args = std::env::args().skip(1);
    let dir = PathBuf::from(args.next().expect("usage: floor PLAN_DIR [THREADS]"));
    let threads: usize = args
        .next()
        .and_then(|t| t.parse().ok())
        .unwrap_or_else(|| thread::available_parallelism().map_or(1, |n| n.get()));
    let mut files: Vec<PathBuf> = fs::read_dir(dir.join("journal"))
        .expect("a journal folder")
        .map(|e| e.expect("a readable folder").path())
        .filter(|p| p.extension().is_some_and(|e| e == "toml"))
        .collect();
    files.sort();
    let texts: Vec<(String, Vec<u8>)> = files
        .iter()
        .map(|p| (p.file_stem().unwrap().to_string_lossy().into_owned(), fs::read(p).expect("a readable file")))
        .collect();
    let pieces: Vec<(&str, &[u8])> =
        texts.iter().flat_map(|(year, text)| split(text, threads).map(move |p| (year.as_str(), p))).collect();
    let per = pieces.len().div_ceil(threads.max(1)).max(1);
    let counts = thread::scope(|s| {
        let handles: Vec<_> = pieces.chunks(per).map(|group| s.spawn(move || count(group))).collect();
        handles.into_iter().map(|h| h.join().unwrap()).fold(HashMap::new(), merge)
    });
    let total: u64 = counts.values().sum();
    println!("{} indicator-years, {total} counted", counts.len());
}

/// `text` in about `n` pieces, each cut after a line end.
fn split(text: &[u8], n: usize) -> impl Iterator<Item = &[u8]> {
    let size = text.len().div_ceil(n.max(1)).max(1);
    let mut rest = text;
    std::iter::from_fn(move || {
        if rest.is_empty() {
            return None;
        }
        let cut =
            rest.get(size..).and_then(|r| r.iter().position(|&b| b == b'\n')).map_or(rest.len(), |i| size + i + 1);
        let (piece, after) = rest.split_at(cut);
        rest = after;
        Some(piece)
    })
}

/// The ids on the `indicators = [...]` lines of each piece, per year.
fn count<'t>(pieces: &[(&'t str, &'t [u8])]) -> HashMap<(&'t str, &'t [u8]), u64> {
    let mut counts = HashMap::new();
    for (year, text) in pieces {
        for line in text.split(|&b| b == b'\n') {
            let Some(list) = line.strip_prefix(b"indicators = [") else { continue };
            for id in list.split(|&b| b == b'"').skip(1).step_by(2) {
                *counts.entry((*year, id)).or_insert(0) += 1;
            }
        }
    }
    counts
}

fn merge<'t>(
    mut all: HashMap<(&'t str, &'t [u8]), u64>,
    part: HashMap<(&'t str, &'t [u8]), u64>,
) -> HashMap<(&'t str, &'t [u8]), u64> {
    for (key, n) in part {
        *all.entry(key).or_insert(0) += n;
    }
    all
}
