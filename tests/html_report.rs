//! The HTML report: self-contained, every claim highlighted and carded, hostile articles
//! inert. Rendered in headless Chromium when it is installed (CI installs it).

mod common;
use common::data_copy;

use assert_cmd::Command;
use std::fs;
use std::path::{Path, PathBuf};

const ARTICLE: &str = "tests/fixtures/kalugin-interview.txt";

fn render(article: &Path, out: &Path) {
    Command::cargo_bin("claimcheck")
        .unwrap()
        .env_remove("CLAIMCHECK_DATA")
        .args(["check", "--format", "html", "--date", "2025-12-15", "-o"])
        .arg(out)
        .arg(article)
        .assert()
        .code(predicates::ord::lt(2));
}

fn chromium() -> Option<PathBuf> {
    [
        "/usr/bin/chromium",
        "/usr/bin/chromium-browser",
        "/usr/bin/google-chrome",
    ]
    .iter()
    .map(PathBuf::from)
    .find(|p| p.exists())
}

/// Headless Chromium, or None off CI when it is not installed. On CI it must be there.
fn browser() -> Option<PathBuf> {
    let found = chromium();
    if found.is_none() {
        assert!(
            std::env::var_os("CI").is_none(),
            "CI must install chromium (.ci/run does)"
        );
        eprintln!("chromium not installed: browser checks skipped; the static checks ran");
    }
    found
}

fn headless(bin: &Path, profile: &Path) -> std::process::Command {
    let mut c = std::process::Command::new(bin);
    // Chromium logs D-Bus complaints on machines without a session bus; they are not ours.
    c.stderr(std::process::Stdio::null());
    c.args([
        "--headless",
        "--no-sandbox",
        "--disable-gpu",
        "--disable-quic",
        "--no-first-run",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
    ])
    .arg(format!("--user-data-dir={}", profile.display()));
    c
}

fn dump_dom(bin: &Path, page: &Path) -> String {
    let profile = tempfile::tempdir().unwrap();
    let out = headless(bin, profile.path())
        .arg("--dump-dom")
        .arg(format!("file://{}", page.display()))
        .output()
        .unwrap();
    assert!(
        out.status.success(),
        "chromium failed: {}",
        String::from_utf8_lossy(&out.stderr)
    );
    String::from_utf8(out.stdout).unwrap()
}

#[test]
fn example_report_has_every_claim_highlighted_and_carded() {
    let dir = tempfile::tempdir().unwrap();
    let page = dir.path().join("report.html");
    render(Path::new(ARTICLE), &page);
    let html = fs::read_to_string(&page).unwrap();
    assert!(!html.contains("<script"), "no scripts");
    assert!(
        !html.contains("src=\"http") && !html.contains("@import"),
        "nothing fetched"
    );
    for i in 1..=11 {
        assert!(html.contains(&format!("id=\"t-c{i}\"")), "highlight c{i}");
        assert!(html.contains(&format!("id=\"card-c{i}\"")), "card c{i}");
    }
    assert!(html.contains("<svg"), "charts inline");
    assert!(
        html.contains("class=\"tag\">close</span>"),
        "verdict as text, not colour alone"
    );
    if let Some(bin) = browser() {
        let dom = dump_dom(&bin, &page);
        for i in 1..=11 {
            assert!(
                dom.contains(&format!("id=\"t-c{i}\""))
                    && dom.contains(&format!("id=\"card-c{i}\"")),
                "rendered c{i}"
            );
        }
        let profile = tempfile::tempdir().unwrap();
        let shot = dir.path().join("shot.png");
        let status = headless(&bin, profile.path())
            .arg(format!("--screenshot={}", shot.display()))
            .arg("--window-size=1200,1600")
            .arg(format!("file://{}", page.display()))
            .status()
            .unwrap();
        assert!(status.success());
        let png = fs::read(&shot).unwrap();
        assert!(
            png.starts_with(b"\x89PNG") && png.len() > 10_000,
            "a real screenshot"
        );
    }
}

#[test]
fn hostile_article_executes_nothing() {
    let dir = tempfile::tempdir().unwrap();
    let article = dir.path().join("hostile.txt");
    fs::write(
        &article,
        "<script>document.title='pwned'</script>Trade turnover between Georgia and Russia reached $2.5 billion in 2024.\n\
         <img src=x onerror=\"document.title='pwned'\"> <a href=\"javascript:alert(1)\">click</a> Exports to the EU were 8.7% of the total in 2024.\n",
    )
    .unwrap();
    let page = dir.path().join("report.html");
    render(&article, &page);
    let html = fs::read_to_string(&page).unwrap();
    assert!(
        !html.contains("<script") && !html.contains("<img") && !html.contains("href=\"javascript")
    );
    assert!(html.contains("&lt;script&gt;"), "shown as text");
    if let Some(bin) = browser() {
        let dom = dump_dom(&bin, &page);
        assert!(!dom.contains("pwned</title>"), "no script ran");
        assert!(
            !dom.contains("<img") && !dom.contains("<script"),
            "no element injected"
        );
    }
}

#[test]
fn hostile_source_urls_are_not_links() {
    let dir = data_copy();
    let mut macro_csv = fs::read_to_string(dir.path().join("macro.csv")).unwrap();
    macro_csv.push_str("GEO,real_gdp_growth_pct,2030-01,2030-12,5.5,percent,exact,final,,javascript:alert(1),\"<b onmouseover=alert(1)>x</b>\"\n");
    fs::write(dir.path().join("macro.csv"), macro_csv).unwrap();
    let article = dir.path().join("a.txt");
    fs::write(&article, "Georgia's economy grew by 5.5% in 2030.\n").unwrap();
    let page = dir.path().join("r.html");
    Command::cargo_bin("claimcheck")
        .unwrap()
        .args(["check", "--format", "html", "--data"])
        .arg(dir.path())
        .arg("-o")
        .arg(&page)
        .arg(&article)
        .assert()
        .success();
    let html = fs::read_to_string(&page).unwrap();
    assert!(html.contains("javascript:alert(1)"), "shown");
    assert!(!html.contains("href=\"javascript"), "never a link");
}
