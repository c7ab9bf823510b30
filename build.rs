//! Compiles in whatever `data/` holds (the manifest and every CSV), so a dataset added
//! there ships in the binary with no change to the code.

use std::fmt::Write;
use std::path::Path;

fn main() {
    // Read at run time, not baked in with env!(): the compiled build script is shared by
    // checkouts of the crate at other paths (cargo hashes a root package without its path),
    // and must read the data of the checkout it runs for.
    let root = std::env::var("CARGO_MANIFEST_DIR").expect("cargo sets CARGO_MANIFEST_DIR");
    let dir = Path::new(&root).join("data");
    println!("cargo:rerun-if-changed={}", dir.display());
    let mut names: Vec<String> = std::fs::read_dir(&dir)
        .expect("data/ is readable")
        .filter_map(|e| e.ok())
        .map(|e| e.file_name().to_string_lossy().into_owned())
        // Staging files of an interrupted import start with a dot; backups end otherwise.
        .filter(|n| !n.starts_with('.') && (n == "manifest.toml" || n.ends_with(".csv")))
        .collect();
    names.sort();
    let mut out = String::from("&[\n");
    for n in &names {
        println!("cargo:rerun-if-changed={}", dir.join(n).display());
        writeln!(
            out,
            "    ({n:?}, include_str!(concat!(env!(\"CARGO_MANIFEST_DIR\"), \"/data/{n}\"))),"
        )
        .expect("writing to a string");
    }
    out.push(']');
    let dest = Path::new(&std::env::var("OUT_DIR").expect("cargo sets OUT_DIR")).join("bundled.rs");
    std::fs::write(dest, out).expect("OUT_DIR is writable");
}
