//! HTML article pages reduced to their text. Scripts, styles and navigation are dropped;
//! the title and the publication date from meta tags are kept. The output is plain text,
//! so nothing of the page's markup can reach a report unescaped.

pub struct Page {
    pub text: String,
    pub title: Option<String>,
    pub date: Option<String>,
}

const SKIP: &[&str] = &[
    "script", "style", "nav", "header", "footer", "aside", "noscript", "template", "svg", "form",
    "iframe",
];
const BLOCK: &[&str] = &[
    "p",
    "div",
    "br",
    "li",
    "h1",
    "h2",
    "h3",
    "h4",
    "h5",
    "h6",
    "tr",
    "article",
    "section",
    "blockquote",
    "ul",
    "ol",
    "table",
    "main",
];

pub fn decode_entities(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    let mut rest = s;
    while let Some(i) = rest.find('&') {
        out.push_str(&rest[..i]);
        rest = &rest[i..];
        // Entity names are short ASCII; look for the ';' in the first bytes only, without
        // slicing (a byte limit can fall inside a character).
        let Some(end) = rest.bytes().take(12).position(|b| b == b';') else {
            out.push('&');
            rest = &rest[1..];
            continue;
        };
        let name = &rest[1..end];
        let ch = match name {
            "amp" => Some('&'),
            "lt" => Some('<'),
            "gt" => Some('>'),
            "quot" => Some('"'),
            "apos" => Some('\''),
            "nbsp" => Some('\u{a0}'),
            "ndash" => Some('–'),
            "mdash" => Some('—'),
            "rsquo" => Some('’'),
            "lsquo" => Some('‘'),
            "ldquo" => Some('“'),
            "rdquo" => Some('”'),
            "euro" => Some('€'),
            _ if name.starts_with("#x") || name.starts_with("#X") => {
                u32::from_str_radix(&name[2..], 16)
                    .ok()
                    .and_then(char::from_u32)
            }
            _ if name.starts_with('#') => name[1..].parse().ok().and_then(char::from_u32),
            _ => None,
        };
        match ch {
            Some(c) => {
                out.push(c);
                rest = &rest[end + 1..];
            }
            None => {
                out.push('&');
                rest = &rest[1..];
            }
        }
    }
    out.push_str(rest);
    out
}

fn attr(tag: &str, name: &str) -> Option<String> {
    let lower = tag.to_ascii_lowercase();
    let mut from = 0;
    while let Some(i) = lower[from..].find(name) {
        let at = from + i;
        from = at + name.len();
        let before_ok = at == 0 || lower.as_bytes()[at - 1].is_ascii_whitespace();
        let rest = lower[at + name.len()..].trim_start();
        if !before_ok || !rest.starts_with('=') {
            continue;
        }
        let offset = tag.len() - rest.len() + 1;
        let v = tag[offset..].trim_start();
        let (q, body) = match v.chars().next() {
            Some(c @ ('"' | '\'')) => (Some(c), &v[1..]),
            _ => (None, v),
        };
        let end = match q {
            Some(c) => body.find(c).unwrap_or(body.len()),
            None => body
                .find(|c: char| c.is_whitespace() || c == '>')
                .unwrap_or(body.len()),
        };
        return Some(decode_entities(&body[..end]));
    }
    None
}

pub fn to_text(html: &str) -> Page {
    let mut text = String::with_capacity(html.len() / 2);
    let mut title = None;
    let mut date = None;
    let mut skip_depth: Vec<String> = Vec::new();
    let mut in_title = false;
    let mut title_buf = String::new();
    let mut rest = html;
    while !rest.is_empty() {
        let Some(lt) = rest.find('<') else {
            if skip_depth.is_empty() {
                text.push_str(&decode_entities(rest));
            }
            break;
        };
        let chunk = &rest[..lt];
        if in_title {
            title_buf.push_str(chunk);
        } else if skip_depth.is_empty() {
            text.push_str(&decode_entities(chunk));
        }
        rest = &rest[lt..];
        if rest.starts_with("<!--") {
            rest = rest.find("-->").map(|e| &rest[e + 3..]).unwrap_or("");
            continue;
        }
        let Some(gt) = rest.find('>') else { break };
        let tag = &rest[1..gt];
        rest = &rest[gt + 1..];
        let closing = tag.starts_with('/');
        let name: String = tag
            .trim_start_matches('/')
            .chars()
            .take_while(|c| c.is_ascii_alphanumeric())
            .collect::<String>()
            .to_ascii_lowercase();
        if name == "title" {
            if closing {
                in_title = false;
                title = Some(decode_entities(title_buf.trim()));
            } else {
                in_title = true;
            }
            continue;
        }
        if name == "meta" {
            let key = attr(tag, "property")
                .or_else(|| attr(tag, "name"))
                .unwrap_or_default()
                .to_ascii_lowercase();
            if matches!(
                key.as_str(),
                "article:published_time"
                    | "date"
                    | "pubdate"
                    | "publish-date"
                    | "dc.date"
                    | "og:published_time"
            ) {
                date = attr(tag, "content");
            }
            continue;
        }
        if name == "time" && date.is_none() {
            date = attr(tag, "datetime");
        }
        if SKIP.contains(&name.as_str()) {
            if closing {
                if let Some(pos) = skip_depth.iter().rposition(|n| *n == name) {
                    skip_depth.truncate(pos);
                }
            } else if !tag.ends_with('/') {
                skip_depth.push(name.clone());
                // Raw-text elements end only at their own closing tag.
                if name == "script" || name == "style" {
                    let close = format!("</{name}");
                    let lower = rest.to_ascii_lowercase();
                    match lower.find(&close) {
                        Some(e) => {
                            rest = &rest[e..];
                        }
                        None => rest = "",
                    }
                }
            }
            continue;
        }
        if BLOCK.contains(&name.as_str()) && skip_depth.is_empty() && !text.ends_with('\n') {
            text.push('\n');
        }
    }
    // Collapse runs of spaces within lines, drop empty lines.
    let lines: Vec<String> = text
        .lines()
        .map(|l| l.split_whitespace().collect::<Vec<_>>().join(" "))
        .filter(|l| !l.is_empty())
        .collect();
    let mut text = lines.join("\n");
    text.push('\n');
    Page {
        text,
        title: title.filter(|t| !t.is_empty()),
        date,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn keeps_text_title_and_date() {
        let p = to_text(
            "<html><head><title>Trade &amp; tourism</title><meta property=\"article:published_time\" content=\"2025-12-15T10:00:00Z\"></head><body><nav>Home | News</nav><p>Trade reached $2.4&nbsp;billion.</p><script>alert('x<p>')</script><p>It grew.</p></body></html>",
        );
        assert_eq!(p.title.as_deref(), Some("Trade & tourism"));
        assert_eq!(p.date.as_deref(), Some("2025-12-15T10:00:00Z"));
        assert_eq!(p.text, "Trade reached $2.4 billion.\nIt grew.\n");
    }

    #[test]
    fn entity_scan_stops_at_character_boundaries() {
        let s = "&&&&&&&&&&a&\u{35d}&\u{35d}\u{35d}\u{35d}\u{35d};";
        let _ = decode_entities(s);
        assert_eq!(
            to_text("<p>a&&&&&&&&&&\u{35d}odyr</p>").text,
            "a&&&&&&&&&&\u{35d}odyr\n"
        );
    }

    #[test]
    fn hostile_markup_becomes_inert_text() {
        let p = to_text(
            "<p onclick=\"steal()\">Hi <img src=x onerror=alert(1)> <a href=\"javascript:alert(1)\">link</a></p><script>evil()</script>",
        );
        assert!(
            !p.text.contains("steal") && !p.text.contains("evil") && !p.text.contains("onerror")
        );
        assert!(p.text.contains("Hi") && p.text.contains("link"));
    }
}
