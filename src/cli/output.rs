//! Writing reports: stdout, or a file replaced atomically (temporary file in the same
//! directory, synced, then renamed), so a failed run leaves no partial file.

use anyhow::{Context, Result};
use std::io::Write;
use std::path::{Path, PathBuf};

/// A file that appears at its path, complete, only on [`AtomicFile::commit`].
pub struct AtomicFile {
    /// Taken by `commit`; `None` only after it.
    tmp: Option<tempfile::NamedTempFile>,
    path: PathBuf,
}

/// Where `-o PATH` writes: a regular file (new or existing), following a symlink to its
/// file. A device, FIFO or directory is refused: replacing `/dev/null` or a pipe by a file is
/// never what the user meant.
fn output_target(path: &Path) -> Result<PathBuf> {
    let Ok(meta) = std::fs::symlink_metadata(path) else {
        return Ok(path.to_path_buf());
    };
    let target = if meta.file_type().is_symlink() {
        std::fs::canonicalize(path)
            .with_context(|| format!("{}: the link leads nowhere", path.display()))?
    } else {
        path.to_path_buf()
    };
    let meta =
        std::fs::metadata(&target).with_context(|| format!("{}: cannot read", target.display()))?;
    anyhow::ensure!(
        meta.is_file(),
        "{}: not a regular file (a device, pipe or directory); -o writes files only",
        path.display()
    );
    Ok(target)
}

impl AtomicFile {
    pub fn create(path: &Path) -> Result<AtomicFile> {
        use std::os::unix::fs::PermissionsExt;
        let path = &output_target(path)?;
        let dir = match path.parent() {
            Some(p) if !p.as_os_str().is_empty() => p,
            _ => Path::new("."),
        };
        // An existing file keeps its mode; a new one gets 0666 less the umask, as any
        // program's output does (the temporary file's own 0600 would lock others out).
        let existing = std::fs::metadata(path).ok().map(|m| m.permissions());
        let mode = existing
            .as_ref()
            .map(|p| p.mode() & 0o7777)
            .unwrap_or(0o666);
        crate::staging::remove_stale(dir);
        crate::staging::track(dir);
        let tmp = tempfile::Builder::new()
            .prefix(&crate::staging::prefix("out"))
            .permissions(std::fs::Permissions::from_mode(mode))
            .tempfile_in(dir)
            .with_context(|| {
                format!(
                    "{}: cannot create a temporary file in {}",
                    path.display(),
                    dir.display()
                )
            })?;
        if let Some(p) = existing {
            tmp.as_file()
                .set_permissions(p)
                .with_context(|| format!("{}: cannot set the mode", path.display()))?;
        }
        Ok(AtomicFile {
            tmp: Some(tmp),
            path: path.to_path_buf(),
        })
    }

    pub fn write_all(&mut self, bytes: &[u8]) -> Result<()> {
        let tmp = self.tmp.as_mut().expect("written before commit");
        tmp.write_all(bytes)
            .with_context(|| format!("{}: cannot write", self.path.display()))
    }

    pub fn commit(mut self) -> Result<()> {
        let tmp = self.tmp.take().expect("committed once");
        tmp.as_file()
            .sync_all()
            .with_context(|| format!("{}: cannot sync", self.path.display()))?;
        tmp.persist(&self.path)
            .map_err(|e| e.error)
            .with_context(|| format!("{}: cannot replace", self.path.display()))?;
        Ok(())
    }
}
