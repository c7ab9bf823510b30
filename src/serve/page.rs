//! The server's own page: a form that works without scripts (a plain multipart POST) and
//! fetches nothing from elsewhere. The answer is the report `--format html` writes, with a
//! link back to the form.

use crate::report::esc;

const STYLE: &str = "body{font:16px/1.5 system-ui,sans-serif;max-width:52rem;margin:2rem auto;padding:0 1rem;color:#1b1b1b}\
textarea{width:100%;min-height:18rem;font:inherit;padding:.5rem;box-sizing:border-box}\
label{display:block;margin:.8rem 0 .2rem;font-weight:600}\
button{margin-top:1rem;font:inherit;padding:.4rem 1.2rem}\
.error{background:#ffebe9;border:1px solid #cf222e;padding:.5rem .8rem;border-radius:4px}\
.hint{color:#57606a;font-size:.9em}";

/// The form, with an error above it when the last request failed.
pub fn form(error: Option<&str>) -> String {
    let error = error
        .map(|e| format!("<p class=\"error\" role=\"alert\">{}</p>", esc(e)))
        .unwrap_or_default();
    format!(
        "<!DOCTYPE html><html lang=\"en\"><head><meta charset=\"utf-8\">\
<meta name=\"viewport\" content=\"width=device-width,initial-scale=1\">\
<title>claimcheck</title><style>{STYLE}</style></head><body>\
<h1>claimcheck</h1>\
<p>Paste an article (or choose a file) to check its numbers about trade, tourism and the \
economy against the official statistics this server holds. The report highlights every claim \
with its verdict and the evidence.</p>{error}\
<form method=\"post\" action=\"/\" enctype=\"multipart/form-data\">\
<label for=\"text\">Article text</label>\
<textarea id=\"text\" name=\"text\" placeholder=\"Paste the article here\"></textarea>\
<label for=\"file\">…or a file</label>\
<input id=\"file\" name=\"file\" type=\"file\" accept=\".txt,.md,.html,.htm\">\
<p class=\"hint\">.txt, .md or .html; a file chosen here is checked instead of the text.</p>\
<label for=\"date\">Publication date (optional)</label>\
<input id=\"date\" name=\"date\" type=\"date\">\
<p class=\"hint\">For \"last year\" and for figures that name no period; else taken from the article.</p>\
<button type=\"submit\">Check</button>\
</form>\
<p class=\"hint\">For newsroom systems: <code>POST /api/check</code> with \
<code>{{\"text\": ..., \"date\": ..., \"as_of\": ..., \"title\": ...}}</code> returns the JSON report; \
<code>GET /api/datasets</code> lists the data.</p>\
</body></html>"
    )
}

/// The report page with a link back to the form at its top.
pub fn with_nav(report: &str) -> String {
    let nav = format!(
        "<nav class=\"serve\"><a href=\"/\">← Check another article</a></nav><style>{STYLE_NAV}</style>"
    );
    match report.find("<body>") {
        Some(i) => {
            let at = i + "<body>".len();
            format!("{}{nav}{}", &report[..at], &report[at..])
        }
        None => format!("{nav}{report}"),
    }
}

const STYLE_NAV: &str =
    "nav.serve{max-width:60rem;margin:.5rem auto;font:14px system-ui,sans-serif}";

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_form_posts_without_scripts_and_escapes_the_error() {
        let page = form(Some("'<b>' is not a date"));
        assert!(page.contains("enctype=\"multipart/form-data\""));
        assert!(!page.contains("<script"));
        assert!(page.contains("&#39;&lt;b&gt;&#39; is not a date"));
    }

    #[test]
    fn the_report_gets_a_link_back() {
        let page = with_nav("<html><body><h1>r</h1></body></html>");
        assert!(page.starts_with("<html><body><nav class=\"serve\"><a href=\"/\">"));
    }
}
