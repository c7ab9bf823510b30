//! Temporary files that become a file by rename. Each carries the writing process's id in
//! its name (`.claimcheck-<kind>-<pid>-…`), so the next write to the same directory can
//! remove what a killed run left behind without touching a running one's.

use std::path::{Path, PathBuf};
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::{Mutex, Once};

/// Directories this process writes temporary files in: on an interrupt, its own temporary
/// files there (named with its pid) are removed. Registered before a file is created, so no
/// signal can fall between the file's creation and its registration.
static PENDING: Mutex<Vec<PathBuf>> = Mutex::new(Vec::new());
static INTERRUPTED: AtomicBool = AtomicBool::new(false);

/// Ctrl-C (SIGINT) and SIGTERM during a write remove the temporary file before the process
/// ends, with the status a shell expects (128 + the signal). SIGKILL cannot be caught: its
/// leftovers go at the next write ([`remove_stale`]).
fn watch_signals() {
    static START: Once = Once::new();
    START.call_once(|| {
        // Linux's numbers; the handler only sets flags (all a signal handler may do safely),
        // and a thread acts on them.
        const SIGINT: i32 = 2;
        const SIGTERM: i32 = 15;
        static CAUGHT: std::sync::atomic::AtomicI32 = std::sync::atomic::AtomicI32::new(0);
        for sig in [SIGINT, SIGTERM] {
            // SAFETY: the action only stores into atomics, which is async-signal-safe.
            let _ = unsafe {
                signal_hook_registry::register(sig, move || {
                    CAUGHT.store(sig, Ordering::SeqCst);
                    INTERRUPTED.store(true, Ordering::SeqCst);
                })
            };
        }
        std::thread::spawn(|| {
            loop {
                std::thread::sleep(std::time::Duration::from_millis(20));
                if INTERRUPTED.load(Ordering::SeqCst) {
                    if let Ok(dirs) = PENDING.lock() {
                        for d in dirs.iter() {
                            remove_own(d);
                        }
                    }
                    std::process::exit(128 + CAUGHT.load(Ordering::SeqCst));
                }
            }
        });
    });
}

/// This process's temporary files in `dir`.
fn remove_own(dir: &Path) {
    let mine = format!("-{}-", std::process::id());
    let Ok(entries) = std::fs::read_dir(dir) else {
        return;
    };
    for e in entries.flatten() {
        let name = e.file_name();
        let name = name.to_string_lossy();
        if name.starts_with(".claimcheck-") && name.contains(&mine) {
            let _ = std::fs::remove_file(e.path());
        }
    }
}

/// Call before creating a temporary file in `dir`: an interrupt from now on removes it.
pub fn track(dir: &Path) {
    watch_signals();
    if let Ok(mut dirs) = PENDING.lock()
        && !dirs.iter().any(|d| d == dir)
    {
        dirs.push(dir.to_path_buf());
    }
}

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
