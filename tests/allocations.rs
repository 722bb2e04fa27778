//! Reading, checking and computing the status of a journal allocates nothing
//! per entry (issue 16): the allocations grow with the files and their
//! chunks, not with the entries. Its own test binary, so that its count of
//! allocations is not shared with other tests.

use std::alloc::{GlobalAlloc, Layout, System};
use std::fs;
use std::path::Path;
use std::sync::atomic::{AtomicUsize, Ordering};

use chrono::NaiveDate;
use plan::report::{Filter, compute};
use plan::source::Source;
use plan::workspace::Workspace;

/// The system's allocator, counting the blocks it gives (and grows).
struct Counting;

static ALLOCATIONS: AtomicUsize = AtomicUsize::new(0);

// SAFETY: every call is passed on unchanged to the system's allocator.
unsafe impl GlobalAlloc for Counting {
    unsafe fn alloc(&self, layout: Layout) -> *mut u8 {
        ALLOCATIONS.fetch_add(1, Ordering::Relaxed);
        unsafe { System.alloc(layout) }
    }

    unsafe fn dealloc(&self, ptr: *mut u8, layout: Layout) {
        unsafe { System.dealloc(ptr, layout) }
    }

    unsafe fn realloc(&self, ptr: *mut u8, layout: Layout, new_size: usize) -> *mut u8 {
        ALLOCATIONS.fetch_add(1, Ordering::Relaxed);
        unsafe { System.realloc(ptr, layout, new_size) }
    }
}

#[global_allocator]
static GLOBAL: Counting = Counting;

/// The demo plan's definitions, with a journal of `entries` activities in
/// the shape `record` writes, some with a note, two ids or an amount.
fn demo_with(entries: usize) -> Vec<(String, Vec<u8>)> {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("examples/demo/plan");
    let mut files = vec![("plan.toml".to_string(), fs::read(dir.join("plan.toml")).unwrap())];
    for file in fs::read_dir(dir.join("orientations")).unwrap() {
        let path = file.unwrap().path();
        let name = format!("orientations/{}", path.file_name().unwrap().to_str().unwrap());
        files.push((name, fs::read(path).unwrap()));
    }
    let mut journal = String::from("# Journal 2019\n");
    for n in 0..entries {
        let (month, day) = (n % 12 + 1, n % 28 + 1);
        journal.push_str(&format!("\n[[activity]]\ndate = 2019-{month:02}-{day:02}\ntitle = \"Rencontre {n}\"\n"));
        journal.push_str(["indicators = [\"1.1.1\"]\n", "indicators = [\"1.1.1\", \"3.1.1\"]\n"][n % 2]);
        if n % 3 == 0 {
            journal.push_str(&format!("amount = {}\nnote = \"Note {n}\"\n", n % 7 + 1));
        }
    }
    files.push(("journal/2019.toml".to_string(), journal.into_bytes()));
    files
}

/// The allocations made to read, check and compute the status of a plan
/// whose journal holds `entries` activities.
fn allocations(entries: usize) -> usize {
    let files = demo_with(entries);
    let before = ALLOCATIONS.load(Ordering::Relaxed);
    let checked = Workspace::open(Source::Memory { dir: "/demo/plan".into(), files });
    let plan = checked.plan.as_ref().expect("the plan reads");
    let as_of = NaiveDate::from_ymd_opt(2019, 12, 31).unwrap();
    let report = compute(plan, &checked.journal, as_of, &Filter::default());
    let made = ALLOCATIONS.load(Ordering::Relaxed) - before;
    assert_eq!(checked.tally().errors, 0, "{:?}", checked.diagnostics);
    assert_eq!(checked.journal.activities().count(), entries);
    assert!(!report.lines.is_empty());
    made
}

#[test]
fn reading_checking_and_status_allocate_nothing_per_entry() {
    let (small, big) = (allocations(2_000), allocations(12_000));
    let per_entry = (big - small) as f64 / 10_000.0;
    // 8 KiB chunks hold about 110 of these entries, and each chunk's results
    // are a few vectors: about 0.1 allocation per entry. One per entry is a
    // regression.
    assert!(per_entry < 0.25, "{per_entry:.3} allocations per entry ({small} for 2,000 entries, {big} for 12,000)");
}
