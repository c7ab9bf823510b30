//! `claimcheck serve`: options, the loopback guard, and starting the server.

use super::DataArg;
use crate::pipeline::Checker;
use crate::reference::{DataSource, Store};
use crate::serve::{ServeOptions, serve};
use anyhow::{Context, Result, bail};
use clap::Args;
use std::io::Write;
use std::net::SocketAddr;
use std::time::Duration;

#[derive(Args)]
pub struct ServeArgs {
    /// Address to listen on. Loopback unless --public is given; port 0 picks a free port.
    #[arg(long, value_name = "IP:PORT", default_value = "127.0.0.1:8080")]
    addr: SocketAddr,
    /// Allow an address other than loopback. The server has no authentication: put it
    /// behind a reverse proxy that has.
    #[arg(long)]
    public: bool,
    #[command(flatten)]
    data: DataArg,
    /// Largest request body accepted, in bytes (larger: 413).
    #[arg(long, value_name = "BYTES", default_value_t = 8 * 1024 * 1024)]
    max_bytes: usize,
    /// Longest one check may take, in seconds (longer: 503).
    #[arg(long, value_name = "SECONDS", default_value_t = 30)]
    time_limit: u64,
}

pub fn run(args: ServeArgs) -> Result<u8> {
    if !args.addr.ip().is_loopback() {
        if !args.public {
            bail!(
                "{} is not a loopback address: the server has no authentication, so anyone who can reach it could use it. Pass --public to serve there anyway (behind a reverse proxy), or use 127.0.0.1",
                args.addr
            );
        }
        eprintln!(
            "claimcheck: warning: serving on {} with no authentication; put it behind a reverse proxy",
            args.addr
        );
    }
    let source = DataSource::resolve(args.data.data.as_deref());
    let checker = Checker::new(Store::load(source)?);
    let opts = ServeOptions {
        addr: args.addr,
        max_bytes: args.max_bytes,
        time_limit: Duration::from_secs(args.time_limit.max(1)),
    };
    let runtime = tokio::runtime::Builder::new_multi_thread()
        .enable_all()
        .build()
        .context("starting the server's runtime")?;
    runtime
        .block_on(serve(checker, opts, |addr| {
            // The first line of stdout is the address, for scripts and tests.
            println!("claimcheck serving on http://{addr}/ (Ctrl-C stops)");
            let _ = std::io::stdout().flush();
        }))
        .with_context(|| format!("serving on {}", args.addr))?;
    Ok(0)
}
