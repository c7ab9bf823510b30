//! Temporary files that become a file by rename. Each carries the writing process's id in
//! its name (`.claimcheck-<kind>-<pid>-…`), so the next write to the same directory can
//! remove what a killed run left behind without touching a running one's.

use std::path::Path;

/// The name prefix for this process's temporary files of one kind ("out", "import").
pub fn prefix(kind: &str) -> String {
    format!(".claimcheck-{kind}-{}-", std::process::id())
}

/// Removes temporary files in `dir` left by runs that are no longer alive (killed by
/// SIGKILL, a power cut, Ctrl-C). Best effort: a file that cannot be removed stays.
pub fn remove_stale(dir: &Path) {
    let Ok(entries) = std::fs::read_dir(dir) else {
        return;
    };
    for e in entries.flatten() {
        let name = e.file_name();
        let Some(name) = name.to_str() else { continue };
        let Some(rest) = name.strip_prefix(".claimcheck-") else {
            continue;
        };
        // kind-pid-random
        let mut parts = rest.splitn(3, '-');
        let (Some(_kind), Some(pid), Some(_)) = (parts.next(), parts.next(), parts.next()) else {
            continue;
        };
        let Ok(pid) = pid.parse::<u32>() else {
            continue;
        };
        if pid != std::process::id() && !alive(pid) {
            let _ = std::fs::remove_file(e.path());
        }
    }
}

fn alive(pid: u32) -> bool {
    Path::new(&format!("/proc/{pid}")).exists()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn stale_temporaries_of_dead_runs_go_and_live_ones_stay() {
        let dir = tempfile::tempdir().unwrap();
        // A pid far above any live one on this machine.
        let dead = dir.path().join(".claimcheck-out-4000000-abc");
        let mine = dir.path().join(format!("{}xyz", prefix("out")));
        let other = dir.path().join("report.json");
        for p in [&dead, &mine, &other] {
            std::fs::write(p, "x").unwrap();
        }
        remove_stale(dir.path());
        assert!(!dead.exists());
        assert!(mine.exists() && other.exists());
    }
}
