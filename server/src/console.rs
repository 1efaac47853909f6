//! The web console: static pages (plain ES modules, no build step) embedded
//! in the binary from `server/ui/` and served under `console_path` (`/ui`).
//! The pages call Gregor's public REST API on the same origin, so they sit
//! behind the same authentication and have no backend of their own.
//!
//! Navigation is in the URL fragment (`/ui#/subjects/orders-value`), so
//! only `{console_path}` (the page) and `{console_path}/{file}` (its
//! modules and style sheet) are served. The page names its own path in a
//! `<base href>`, as `/ui/` and `/ui` reach the same route here (trailing
//! slashes are trimmed before routing).

use axum::Router;
use axum::extract::Path;
use axum::http::{HeaderValue, StatusCode, header};
use axum::response::{IntoResponse, Response};
use axum::routing::get;

/// The console's files (`server/ui/`), in the binary in every build.
#[derive(rust_embed::Embed)]
#[folder = "ui/"]
struct Files;

/// The marker in `index.html` replaced with the console's path.
const BASE_MARKER: &str = "{{console_path}}";

/// Everything the console loads comes from Gregor: scripts, styles and
/// connections to this origin only (the live tail's EventSource too).
const CONTENT_SECURITY_POLICY: &str =
    "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self' data:; connect-src 'self'; base-uri 'self'; form-action 'none'; frame-ancestors 'none'";

/// The console's routes under `path` (e.g. `/ui`; must start with `/`).
pub fn router(path: &str) -> Router {
    let base = format!("{}/", path.trim_end_matches('/'));
    let index = {
        let base = base.clone();
        move || async move { index(&base) }
    };
    Router::new()
        .route(path.trim_end_matches('/'), get(index))
        .route(&format!("{base}{{*file}}"), get(|Path(file): Path<String>| async move { file_response(&file) }))
}

fn index(base: &str) -> Response {
    let Some(file) = Files::get("index.html") else { return StatusCode::NOT_FOUND.into_response() };
    let html = String::from_utf8_lossy(&file.data).replace(BASE_MARKER, base);
    with_headers(html.into_bytes(), "text/html; charset=utf-8")
}

fn file_response(name: &str) -> Response {
    if name == "index.html" {
        return StatusCode::NOT_FOUND.into_response(); // only through the page route, with its base
    }
    match Files::get(name) {
        Some(file) => with_headers(file.data.into_owned(), content_type(name)),
        None => (StatusCode::NOT_FOUND, "not found").into_response(),
    }
}

/// Content types of the kinds of file the console has.
fn content_type(name: &str) -> &'static str {
    match name.rsplit_once('.').map(|(_, ext)| ext) {
        Some("js") => "text/javascript; charset=utf-8",
        Some("css") => "text/css; charset=utf-8",
        Some("svg") => "image/svg+xml",
        Some("png") => "image/png",
        Some("json") => "application/json",
        _ => "application/octet-stream",
    }
}

fn with_headers(body: Vec<u8>, content_type: &'static str) -> Response {
    let mut response = body.into_response();
    let headers = response.headers_mut();
    headers.insert(header::CONTENT_TYPE, HeaderValue::from_static(content_type));
    headers.insert(header::CONTENT_SECURITY_POLICY, HeaderValue::from_static(CONTENT_SECURITY_POLICY));
    headers.insert(header::X_CONTENT_TYPE_OPTIONS, HeaderValue::from_static("nosniff"));
    headers.insert(header::CACHE_CONTROL, HeaderValue::from_static("no-cache"));
    response
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_file_the_page_loads_is_embedded_and_local() {
        let page = String::from_utf8(Files::get("index.html").expect("index.html").data.into_owned()).unwrap();
        assert!(page.contains(BASE_MARKER));
        for file in Files::iter() {
            // The SVG namespace is a name, not a fetch.
            let text = String::from_utf8_lossy(&Files::get(&file).unwrap().data).replace("\"http://www.w3.org/2000/svg\"", "SVG_NS");
            // No fonts, scripts or styles from elsewhere.
            for remote in ["http://", "https://", "//cdn", "@import url("] {
                let offending: Vec<&str> = text.lines().filter(|l| l.contains(remote) && !l.trim_start().starts_with("//")).collect();
                assert!(offending.is_empty(), "{file} names {remote}: {offending:?}");
            }
        }
        for module in ["app.js", "api.js", "style.css"] {
            assert!(Files::get(module).is_some(), "{module}");
        }
    }
}
