//! `claimcheck serve`: a page for the fact-checker (paste or upload an article, read the
//! HTML report) and a JSON API for newsroom systems, over the same pipeline as `check`.
//!
//! axum on tokio: the checks themselves are CPU work and run on tokio's blocking pool, so
//! the async threads keep accepting and answering while articles are checked in parallel.
//! The reference data is loaded once and shared read-only.

mod page;

use crate::calendar::Date;
use crate::input::{Article, article_from_bytes};
use crate::pipeline::{CheckOptions, Checker};
use crate::report::{ArticleReport, Format, Report, renderer};
use axum::extract::rejection::JsonRejection;
use axum::extract::{DefaultBodyLimit, Multipart, State};
use axum::http::{StatusCode, header};
use axum::response::{Html, IntoResponse, Response};
use axum::routing::get;
use axum::{Json, Router};
use serde::Deserialize;
use std::net::SocketAddr;
use std::sync::Arc;
use std::time::Duration;

/// How the server runs.
#[derive(Debug, Clone)]
pub struct ServeOptions {
    pub addr: SocketAddr,
    /// Largest request body accepted, in bytes; larger ones get 413.
    pub max_bytes: usize,
    /// Longest a check may take before the request gets 503.
    pub time_limit: Duration,
}

struct AppState {
    checker: Checker,
    time_limit: Duration,
    /// Checks running at once, at most one per core and a spare: a check is CPU work, and
    /// one that outlives its time limit cannot be stopped, only left to finish, so more at
    /// once would only slow every one down.
    running: Arc<tokio::sync::Semaphore>,
}

/// `POST /api/check`: the article and what the caller knows of it.
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct CheckRequest {
    text: String,
    #[serde(default)]
    date: Option<String>,
    #[serde(default)]
    as_of: Option<String>,
    #[serde(default)]
    title: Option<String>,
}

/// A request the server cannot answer as asked: its status and one sentence saying why.
#[derive(Debug)]
struct Failure {
    status: StatusCode,
    message: String,
}

impl Failure {
    fn bad_request(message: impl Into<String>) -> Failure {
        Failure {
            status: StatusCode::BAD_REQUEST,
            message: message.into(),
        }
    }

    /// For the API: `{"error": "..."}`.
    fn json(self) -> Response {
        let body = serde_json::json!({ "error": self.message });
        (self.status, Json(body)).into_response()
    }

    /// For the page: the form again, with the message above it.
    fn page(self) -> Response {
        (self.status, Html(page::form(Some(&self.message)))).into_response()
    }
}

/// The router, for `serve` and for tests that drive it without a socket.
pub fn router(checker: Checker, opts: &ServeOptions) -> Router {
    let cores = std::thread::available_parallelism().map_or(2, |n| n.get());
    let state = Arc::new(AppState {
        checker,
        time_limit: opts.time_limit,
        running: Arc::new(tokio::sync::Semaphore::new(cores + 1)),
    });
    Router::new()
        .route("/", get(form_page).post(form_check))
        .route("/api/check", axum::routing::post(api_check))
        .route("/api/datasets", get(api_datasets))
        .route("/healthz", get(|| async { "ok\n" }))
        .layer(DefaultBodyLimit::max(opts.max_bytes))
        .with_state(state)
}

/// Serves until Ctrl-C or SIGTERM, then finishes the requests in flight. `ready` is told
/// the bound address (port 0 asks the system for a free one).
pub async fn serve(
    checker: Checker,
    opts: ServeOptions,
    ready: impl FnOnce(SocketAddr),
) -> std::io::Result<()> {
    // Signals are caught from before the address is announced: a supervisor that stops
    // the server right after it starts still gets a clean shutdown.
    use tokio::signal::unix::{SignalKind, signal};
    let mut interrupt = signal(SignalKind::interrupt())?;
    let mut terminate = signal(SignalKind::terminate())?;
    let stop = async move {
        tokio::select! {
            _ = interrupt.recv() => {},
            _ = terminate.recv() => {},
        }
    };
    let listener = tokio::net::TcpListener::bind(opts.addr).await?;
    ready(listener.local_addr()?);
    axum::serve(listener, router(checker, &opts))
        .with_graceful_shutdown(stop)
        .await
}

async fn form_page() -> Html<String> {
    Html(page::form(None))
}

/// The form's POST: the uploaded file if one was chosen, else the pasted text.
async fn form_check(State(state): State<Arc<AppState>>, multipart: Multipart) -> Response {
    let form = match read_form(multipart).await {
        Ok(f) => f,
        Err(e) => return e.page(),
    };
    let outcome = async {
        let date = parse_date("date", form.date.as_deref())?;
        let article = form.article()?;
        let opts = CheckOptions {
            date,
            as_of: None,
            verdicts: true,
            charts: true,
        };
        let report = run_check(&state, article, opts).await?;
        Ok::<_, Failure>(render(report, Format::Html))
    };
    match outcome.await {
        Ok(html) => {
            let html = String::from_utf8_lossy(&html);
            Html(page::with_nav(&html)).into_response()
        }
        Err(e) => e.page(),
    }
}

async fn api_check(
    State(state): State<Arc<AppState>>,
    request: Result<Json<CheckRequest>, JsonRejection>,
) -> Response {
    let Json(request) = match request {
        Ok(r) => r,
        Err(rejection) => {
            // Too large stays 413; anything else the client sent wrong is a 400 (axum
            // says 422 for well-formed JSON of the wrong shape).
            let status = match rejection.status() {
                StatusCode::PAYLOAD_TOO_LARGE => StatusCode::PAYLOAD_TOO_LARGE,
                _ => StatusCode::BAD_REQUEST,
            };
            return Failure {
                status,
                message: rejection.body_text(),
            }
            .json();
        }
    };
    let outcome = async {
        let date = parse_date("date", request.date.as_deref())?;
        let as_of = parse_date("as_of", request.as_of.as_deref())?.map(|d| d.to_string());
        let article = Article {
            source: "-".into(),
            id: None,
            text: request.text,
            title: request.title,
            date: None,
        };
        let opts = CheckOptions {
            date,
            as_of,
            verdicts: true,
            charts: false,
        };
        run_check(&state, article, opts).await
    };
    match outcome.await {
        Ok(report) => (
            [(header::CONTENT_TYPE, "application/json")],
            render(report, Format::Json),
        )
            .into_response(),
        Err(e) => e.json(),
    }
}

async fn api_datasets(State(state): State<Arc<AppState>>) -> Response {
    let store = &state.checker.store;
    let listing: Vec<_> = store.datasets.iter().map(|d| d.listing()).collect();
    Json(serde_json::json!({
        "data": store.source.describe(),
        "datasets": listing,
    }))
    .into_response()
}

fn parse_date(field: &str, value: Option<&str>) -> Result<Option<Date>, Failure> {
    match value.map(str::trim).filter(|v| !v.is_empty()) {
        None => Ok(None),
        Some(v) => Date::parse(v).map(Some).ok_or_else(|| {
            Failure::bad_request(format!("{field}: '{v}' is not a date in YYYY-MM-DD form"))
        }),
    }
}

/// Checks on the blocking pool, within the time limit (waiting for a free slot counts).
async fn run_check(
    state: &Arc<AppState>,
    article: Article,
    opts: CheckOptions,
) -> Result<ArticleReport, Failure> {
    let worker = Arc::clone(state);
    let job = async move {
        let Ok(permit) = Arc::clone(&worker.running).acquire_owned().await else {
            unreachable!("the semaphore is never closed")
        };
        // The slot is held until the check ends, even one the time limit gave up on.
        tokio::task::spawn_blocking(move || {
            let report = worker.checker.check(article, &opts);
            drop(permit);
            report
        })
        .await
    };
    match tokio::time::timeout(state.time_limit, job).await {
        Ok(Ok(report)) => Ok(report),
        Ok(Err(e)) => Err(Failure {
            status: StatusCode::INTERNAL_SERVER_ERROR,
            message: format!("the check failed: {e}"),
        }),
        Err(_) => Err(Failure {
            status: StatusCode::SERVICE_UNAVAILABLE,
            message: format!(
                "the check took longer than the server's limit of {} s",
                state.time_limit.as_secs()
            ),
        }),
    }
}

fn render(report: ArticleReport, format: Format) -> Vec<u8> {
    let report = Report {
        articles: vec![report],
        verdicts: true,
    };
    let mut buf = Vec::new();
    // Writing to memory cannot fail.
    let _ = renderer(format, false).render(&report, &mut buf);
    buf
}

/// The form's fields as sent.
#[derive(Default)]
struct Form {
    text: String,
    date: Option<String>,
    file: Option<(String, Vec<u8>)>,
}

impl Form {
    fn article(self) -> Result<Article, Failure> {
        if let Some((name, bytes)) = self.file.filter(|(_, b)| !b.is_empty()) {
            return article_from_bytes(&name, bytes)
                .map_err(|e| Failure::bad_request(e.to_string()));
        }
        if self.text.trim().is_empty() {
            return Err(Failure::bad_request(
                "paste an article into the text box, or choose a file",
            ));
        }
        Ok(Article {
            source: "pasted text".into(),
            id: None,
            text: self.text,
            title: None,
            date: None,
        })
    }
}

async fn read_form(mut multipart: Multipart) -> Result<Form, Failure> {
    let mut form = Form::default();
    let failed = |e: axum::extract::multipart::MultipartError| Failure {
        status: e.status(),
        message: e.body_text(),
    };
    while let Some(field) = multipart.next_field().await.map_err(failed)? {
        match field.name().unwrap_or("") {
            "text" => form.text = field.text().await.map_err(failed)?,
            "date" => form.date = Some(field.text().await.map_err(failed)?),
            "file" => {
                let name = field.file_name().unwrap_or("upload").to_string();
                let bytes = field.bytes().await.map_err(failed)?;
                form.file = Some((name, bytes.to_vec()));
            }
            other => {
                return Err(Failure::bad_request(format!(
                    "the form has no field '{other}'"
                )));
            }
        }
    }
    Ok(form)
}
