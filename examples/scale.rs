//! Reference data at scale: generates a synthetic bilateral-trade dataset (every ordered pair
//! of ISO countries × months × export/import) of the size asked, then measures what a check
//! costs against it — load time, query latency (first and repeated), peak memory.
//!
//! `cargo run --release --example scale -- --rows 10000000 --dir /tmp/claimcheck-scale-10m`
//! (scripts/bench-scale.sh runs three sizes and the whole-process check).
//!
//! The data directory gets the bundled manifest, tourism and macro files unchanged and a
//! synthetic trade.csv in the bundled layout; values are deterministic pseudo-random.

use claimcheck::extract::period::{Period, YearMonth};
use claimcheck::reference::{DataSource, Store};
use std::io::{BufWriter, Write};
use std::path::{Path, PathBuf};
use std::time::Instant;

struct Args {
    rows: u64,
    dir: PathBuf,
    queries: usize,
}

fn args() -> Args {
    let mut a = Args {
        rows: 1_000_000,
        dir: std::env::temp_dir().join("claimcheck-scale"),
        queries: 2000,
    };
    let mut it = std::env::args().skip(1);
    while let Some(flag) = it.next() {
        let value = it.next().unwrap_or_else(|| panic!("{flag} needs a value"));
        match flag.as_str() {
            "--rows" => a.rows = value.parse().expect("--rows N"),
            "--dir" => a.dir = PathBuf::from(value),
            "--queries" => a.queries = value.parse().expect("--queries N"),
            other => panic!("unknown flag {other} (use --rows, --dir, --queries)"),
        }
    }
    a
}

fn countries() -> Vec<String> {
    let mut c: Vec<String> = keshvar::CountryIterator::new()
        .map(|c| c.alpha3().to_string())
        .collect();
    c.sort();
    c
}

/// Months from 2000-01 on, as many as the row count needs.
fn month(i: u64) -> YearMonth {
    YearMonth::new(2000 + (i / 12) as i32, (i % 12) as u32 + 1)
}

/// A small deterministic generator (SplitMix64), so runs are comparable.
struct Mix(u64);
impl Mix {
    fn next(&mut self) -> u64 {
        self.0 = self.0.wrapping_add(0x9E37_79B9_7F4A_7C15);
        let mut z = self.0;
        z = (z ^ (z >> 30)).wrapping_mul(0xBF58_476D_1CE4_E5B9);
        z = (z ^ (z >> 27)).wrapping_mul(0x94D0_49BB_1331_11EB);
        z ^ (z >> 31)
    }
}

fn generate(dir: &Path, rows: u64) -> std::io::Result<u64> {
    std::fs::create_dir_all(dir)?;
    for f in ["manifest.toml", "tourism.csv", "macro.csv"] {
        std::fs::copy(Path::new("data").join(f), dir.join(f))?;
    }
    let codes = countries();
    let pairs = (codes.len() * (codes.len() - 1)) as u64;
    let months = rows.div_ceil(pairs * 2);
    let tmp = dir.join("trade.csv.partial");
    let mut w = BufWriter::with_capacity(1 << 20, std::fs::File::create(&tmp)?);
    writeln!(
        w,
        "reporter,partner,flow,period_start,period_end,value,unit,qualifier,status,published,source_url,note"
    )?;
    let mut rng = Mix(42);
    let mut written = 0u64;
    'all: for r in &codes {
        for p in &codes {
            if r == p {
                continue;
            }
            for flow in ["export", "import"] {
                for m in 0..months {
                    if written == rows {
                        break 'all;
                    }
                    let ym = month(m);
                    let value = 1_000 + rng.next() % 50_000_000;
                    writeln!(
                        w,
                        "{r},{p},{flow},{ym},{ym},{value},USD,exact,final,2026-01-15,https://example.org/synthetic,synthetic"
                    )?;
                    written += 1;
                }
            }
        }
    }
    w.into_inner()?.sync_all()?;
    std::fs::rename(tmp, dir.join("trade.csv"))?;
    Ok(written)
}

/// Peak resident memory of this process so far (Linux), in MB.
fn peak_rss_mb() -> Option<f64> {
    let status = std::fs::read_to_string("/proc/self/status").ok()?;
    let line = status.lines().find(|l| l.starts_with("VmHWM:"))?;
    let kb: f64 = line.split_whitespace().nth(1)?.parse().ok()?;
    Some(kb / 1024.0)
}

fn percentile(mut v: Vec<f64>, p: f64) -> f64 {
    v.sort_by(f64::total_cmp);
    v[((v.len() - 1) as f64 * p) as usize]
}

fn main() {
    let a = args();
    let csv = a.dir.join("trade.csv");
    let expected_bytes = a.rows * 80;
    let fresh = std::fs::metadata(&csv).is_ok_and(|m| m.len() >= expected_bytes / 2)
        && std::fs::read_to_string(a.dir.join("rows")).ok().as_deref() == Some(&a.rows.to_string());
    if !fresh {
        let t = Instant::now();
        let n = generate(&a.dir, a.rows).expect("generate the synthetic dataset");
        std::fs::write(a.dir.join("rows"), a.rows.to_string()).unwrap();
        eprintln!("generated {n} rows in {:.1} s", t.elapsed().as_secs_f64());
    }
    let size_mb = std::fs::metadata(&csv)
        .map(|m| m.len() as f64 / 1e6)
        .unwrap_or(0.0);

    let t = Instant::now();
    let store = Store::load(DataSource::Dir(a.dir.clone())).expect("load");
    let load_s = t.elapsed().as_secs_f64();
    let rss_after_load = peak_rss_mb();
    let trade = store
        .datasets
        .iter()
        .find(|d| d.spec.name == "trade")
        .unwrap();
    let rows = trade.row_count();
    let mode = if trade.indexed.is_some() {
        "indexed frame"
    } else {
        "rows"
    };

    let codes = countries();
    let months = (rows as u64).div_ceil((codes.len() * (codes.len() - 1) * 2) as u64);
    let mut rng = Mix(7);
    let mut keys = Vec::with_capacity(a.queries);
    for _ in 0..a.queries {
        let r = &codes[(rng.next() % codes.len() as u64) as usize];
        let p = &codes[(rng.next() % codes.len() as u64) as usize];
        let flow = if rng.next().is_multiple_of(2) {
            "export"
        } else {
            "import"
        };
        let m = month(rng.next() % months.max(1));
        keys.push((r.clone(), p.clone(), flow, m));
    }
    let query = |(r, p, flow, m): &(String, String, &str, YearMonth)| {
        let t = Instant::now();
        let found = store
            .best(flow, r, Some(p), Period { start: *m, end: *m }, None)
            .is_some();
        (t.elapsed().as_secs_f64() * 1e6, found)
    };
    let first: Vec<(f64, bool)> = keys.iter().map(query).collect();
    let again: Vec<(f64, bool)> = keys.iter().map(query).collect();
    let hits = first.iter().filter(|q| q.1).count();
    let t = Instant::now();
    let partners = store.counterparts("export", "GEO").len();
    let counterparts_ms = t.elapsed().as_secs_f64() * 1e3;

    println!(
        "rows {rows} ({size_mb:.0} MB CSV, held as {mode}): load {load_s:.2} s, peak RSS after load {:.0} MB",
        rss_after_load.unwrap_or(f64::NAN)
    );
    println!(
        "  {} queries ({hits} found): first lookup of a key median {:.1} µs, p99 {:.1} µs; repeated median {:.2} µs",
        keys.len(),
        percentile(first.iter().map(|q| q.0).collect(), 0.5),
        percentile(first.iter().map(|q| q.0).collect(), 0.99),
        percentile(again.iter().map(|q| q.0).collect(), 0.5),
    );
    println!(
        "  partners of GEO exports: {partners} in {counterparts_ms:.1} ms; peak RSS at end {:.0} MB",
        peak_rss_mb().unwrap_or(f64::NAN)
    );
}
