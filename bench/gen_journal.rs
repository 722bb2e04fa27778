//! Writes a copy of a plan with N synthetic activities, for benchmarks: one
//! journal file per plan year, dates spread over the whole plan, about one
//! entry in five toward two indicators. With `--ledger`, also writes the same
//! records as a ledger/hledger journal (`(ind:ID)  1` per indicator), so that
//! `plan`, ledger and hledger read identical data.
//!
//! ```text
//! cargo run --release --example gen_journal -- --entries 100000 --out /tmp/bench-100k --ledger /tmp/bench-100k.ledger
//! ```

use std::fs;
use std::io::{BufWriter, Write};
use std::path::{Path, PathBuf};

use anyhow::{Context, Result, bail};
use chrono::{Days, NaiveDate};
use clap::Parser;
use plan::model::{IndicatorKind, Plan};
use plan::source::Source;
use plan::workspace::Workspace;

/// Writes a plan with N synthetic journal entries (and, if asked, the same records for ledger).
#[derive(Parser)]
struct Args {
    /// How many activities to write.
    #[arg(long)]
    entries: usize,
    /// The folder to write; the plan goes in OUT/plan.
    #[arg(long)]
    out: PathBuf,
    /// The plan to copy (its plan.toml and orientations/); by default, the consortium's plan/.
    #[arg(long, default_value = concat!(env!("CARGO_MANIFEST_DIR"), "/plan"))]
    plan: PathBuf,
    /// Also write the records as a ledger/hledger journal at this path.
    #[arg(long)]
    ledger: Option<PathBuf>,
    /// The seed of the pseudo-random sequence: the same seed gives the same files.
    #[arg(long, default_value_t = 2017)]
    seed: u64,
}

/// One synthetic activity.
struct Record {
    date: NaiveDate,
    number: usize,
    indicators: Vec<usize>,
}

/// A small pseudo-random sequence (a 64-bit LCG), so that runs are repeatable.
struct Lcg(u64);

impl Lcg {
    fn below(&mut self, n: u64) -> u64 {
        self.0 = self.0.wrapping_mul(6364136223846793005).wrapping_add(1442695040888963407);
        (self.0 >> 33) % n
    }
}

fn main() -> Result<()> {
    let args = Args::parse();
    let checked = Workspace::open(Source::Dir { dir: args.plan.clone(), cwd: std::env::current_dir()? });
    let Some(plan) = checked.plan.filter(|_| checked.diagnostics.is_empty()) else {
        bail!("{} is not a valid plan: run `plan --dir {} check`", args.plan.display(), args.plan.display());
    };
    let counts: Vec<_> =
        plan.indicators().filter(|r| matches!(r.indicator.kind, IndicatorKind::Count { .. })).collect();
    let counted: Vec<String> = counts.iter().map(|r| r.indicator.id.value.clone()).collect();
    // The count indicators planned in each year: an activity counts toward
    // those of its own year only, so that the journal has no warning (W0220).
    let planned: Vec<Vec<usize>> = plan
        .meta
        .years()
        .map(|year| (0..counts.len()).filter(|&i| counts[i].years(&plan.meta).contains(&year)).collect())
        .collect();
    if planned.iter().any(|ids| ids.len() < 2) {
        bail!("the plan needs at least two count indicators in each year");
    }
    let records = records(&plan, &planned, args.entries, args.seed);
    let out = args.out.join("plan");
    copy_plan(&args.plan, &out)?;
    write_journal(&plan, &records, &counted, &out.join("journal"))?;
    if let Some(path) = &args.ledger {
        write_ledger(&records, &counted, path)?;
    }
    Ok(())
}

/// The records, sorted by date: days spread evenly over the plan, one in five
/// toward two indicators, each among those `planned` in its year.
fn records(plan: &Plan, planned: &[Vec<usize>], n: usize, seed: u64) -> Vec<Record> {
    let meta = &plan.meta;
    let first = meta.year_first_day(meta.start_year);
    let days = (meta.year_last_day(meta.end_year) - first).num_days() as u64 + 1;
    let mut lcg = Lcg(seed);
    let mut records: Vec<Record> = (0..n)
        .map(|number| {
            let date = first + Days::new(lcg.below(days));
            let year = &planned[(meta.year_of(date) - meta.start_year) as usize];
            let indicators = year.len();
            let one = lcg.below(indicators as u64) as usize;
            let mut ids = vec![year[one]];
            if lcg.below(5) == 0 {
                ids.push(year[(one + 1 + lcg.below(indicators as u64 - 1) as usize) % indicators]);
            }
            Record { date, number, indicators: ids }
        })
        .collect();
    records.sort_by_key(|r| (r.date, r.number));
    records
}

fn copy_plan(from: &Path, to: &Path) -> Result<()> {
    if to.exists() {
        fs::remove_dir_all(to).with_context(|| format!("removing {}", to.display()))?;
    }
    fs::create_dir_all(to.join("orientations"))?;
    fs::copy(from.join("plan.toml"), to.join("plan.toml"))?;
    for entry in fs::read_dir(from.join("orientations"))? {
        let path = entry?.path();
        if path.extension().is_some_and(|e| e == "toml") {
            fs::copy(&path, to.join("orientations").join(path.file_name().unwrap()))?;
        }
    }
    Ok(())
}

fn write_journal(plan: &Plan, records: &[Record], ids: &[String], dir: &Path) -> Result<()> {
    fs::create_dir_all(dir)?;
    for year in plan.meta.years() {
        let mut file = BufWriter::new(fs::File::create(dir.join(format!("{year}.toml")))?);
        writeln!(file, "# Synthetic journal for benchmarks, plan year {}.", plan.meta.year_label(year))?;
        for r in records.iter().filter(|r| plan.meta.year_of(r.date) == year) {
            let list: Vec<String> = r.indicators.iter().map(|&i| format!("\"{}\"", ids[i])).collect();
            write!(file, "\n[[activity]]\ndate = {}\ntitle = \"Rencontre de suivi n° {}\"\n", r.date, r.number)?;
            writeln!(file, "indicators = [{}]", list.join(", "))?;
        }
        file.flush()?;
    }
    Ok(())
}

fn write_ledger(records: &[Record], ids: &[String], path: &Path) -> Result<()> {
    let mut file = BufWriter::new(fs::File::create(path).with_context(|| format!("creating {}", path.display()))?);
    for r in records {
        writeln!(file, "{} Rencontre de suivi n° {}", r.date, r.number)?;
        for &i in &r.indicators {
            writeln!(file, "    (ind:{})  1", ids[i])?;
        }
        writeln!(file)?;
    }
    file.flush()?;
    Ok(())
}
