//! Content negotiation as JAX-RS does it for the Confluent resources
//! (`@Consumes`/`@Produces` with `qs` weights, Confluent `Versions.java`).

/// Media types of a server-streaming binding without its own
/// `gregor.api.v1.method_media_types`: any JSON request body; responses as
/// NDJSON (`application/x-ndjson`, one JSON message per line; the choice
/// for `Accept: */*`, so `curl` gets it) or Server-Sent Events
/// (`text/event-stream`, what a browser's `EventSource` asks for).
pub static STREAM_MEDIA: MediaSpec = MediaSpec {
    consumes: &[],
    produces: &[(NDJSON, 1.0), (EVENT_STREAM, 1.0)],
};

/// Newline-delimited JSON.
pub const NDJSON: &str = "application/x-ndjson";
/// Server-Sent Events.
pub const EVENT_STREAM: &str = "text/event-stream";

/// Media types of one REST binding, from the `gregor.api.v1.media_types`
/// service option.
#[derive(Debug)]
pub struct MediaSpec {
    /// Accepted request Content-Types, compared without parameters.
    pub consumes: &'static [&'static str],
    /// Response media types with their server quality, preferred first.
    pub produces: &'static [(&'static str, f32)],
}

impl MediaSpec {
    /// The default response media type (the first produced).
    pub fn default_produced(&self) -> &'static str {
        self.produces.first().map_or("application/json", |(m, _)| m)
    }

    /// Whether a request Content-Type is accepted. A missing or empty header
    /// is (Confluent treats it as JSON).
    pub fn accepts_content_type(&self, content_type: Option<&str>) -> bool {
        let Some(ct) = content_type.map(essence).filter(|ct| !ct.is_empty()) else {
            return true;
        };
        self.consumes.is_empty() || self.consumes.iter().any(|c| c.eq_ignore_ascii_case(ct))
    }

    /// Picks the response media type for an `Accept` header: the produced
    /// type with the highest client `q` times server `qs`, ties going to the
    /// server's order. `None` when nothing matches (HTTP 406).
    pub fn negotiate(&self, accept: Option<&str>) -> Option<&'static str> {
        let Some(accept) = accept.map(str::trim).filter(|a| !a.is_empty()) else {
            return Some(self.default_produced());
        };
        let ranges: Vec<(&str, f32)> = accept.split(',').filter_map(parse_range).collect();
        let mut best: Option<(&'static str, f32)> = None;
        for &(produced, qs) in self.produces {
            let q = ranges
                .iter()
                .filter(|(range, _)| range_matches(range, produced))
                .max_by_key(|(range, _)| specificity(range))
                .map(|&(_, q)| q);
            if let Some(q) = q.filter(|q| *q > 0.0) {
                let score = q * qs;
                if best.is_none_or(|(_, s)| score > s) {
                    best = Some((produced, score));
                }
            }
        }
        best.map(|(m, _)| m)
    }
}

/// Whether a request is gRPC or grpc-web (its `Content-Type` starts with
/// `application/grpc`), so an answer made before routing speaks its
/// protocol.
pub fn is_grpc(headers: &axum::http::HeaderMap) -> bool {
    headers
        .get(axum::http::header::CONTENT_TYPE)
        .and_then(|v| v.to_str().ok())
        .is_some_and(|ct| ct.starts_with("application/grpc"))
}

/// `type/subtype` without parameters, trimmed.
pub fn essence(media_type: &str) -> &str {
    media_type.split(';').next().unwrap_or("").trim()
}

fn parse_range(part: &str) -> Option<(&str, f32)> {
    let mut pieces = part.split(';');
    let range = pieces.next()?.trim();
    if range.is_empty() {
        return None;
    }
    let q = pieces
        .filter_map(|p| p.trim().strip_prefix("q="))
        .find_map(|q| q.trim().parse::<f32>().ok())
        .unwrap_or(1.0);
    Some((range, q))
}

/// Whether an `Accept` header admits `media_type` (some range matching it
/// with `q` > 0; a missing or empty header admits everything).
pub fn admits(accept: Option<&str>, media_type: &str) -> bool {
    let Some(accept) = accept.map(str::trim).filter(|a| !a.is_empty()) else {
        return true;
    };
    let ranges: Vec<(&str, f32)> = accept.split(',').filter_map(parse_range).collect();
    ranges
        .iter()
        .filter(|(range, _)| range_matches(range, media_type))
        .max_by_key(|(range, _)| specificity(range))
        .is_some_and(|&(_, q)| q > 0.0)
}

fn range_matches(range: &str, media_type: &str) -> bool {
    // Jersey reads a wildcard type with any subtype (`*/anything`) as `*/*`.
    if range == "*" || range.starts_with("*/") {
        return true;
    }
    match range.strip_suffix("/*") {
        Some(ty) => media_type.split('/').next().is_some_and(|t| t.eq_ignore_ascii_case(ty)),
        None => range.eq_ignore_ascii_case(media_type),
    }
}

fn specificity(range: &&str) -> u8 {
    if *range == "*" || range.starts_with("*/") {
        0
    } else if range.ends_with("/*") {
        1
    } else {
        2
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    static SR: MediaSpec = MediaSpec {
        consumes: &["application/vnd.schemaregistry.v1+json", "application/json", "application/octet-stream"],
        produces: &[
            ("application/vnd.schemaregistry.v1+json", 1.0),
            ("application/vnd.schemaregistry+json", 0.9),
            ("application/json", 0.5),
        ],
    };

    #[test]
    fn negotiates_like_jax_rs() {
        assert_eq!(SR.negotiate(None), Some("application/vnd.schemaregistry.v1+json"));
        assert_eq!(SR.negotiate(Some("*/*")), Some("application/vnd.schemaregistry.v1+json"));
        assert_eq!(SR.negotiate(Some("application/json")), Some("application/json"));
        assert_eq!(
            SR.negotiate(Some("application/vnd.schemaregistry.v1+json, application/vnd.schemaregistry+json, application/json")),
            Some("application/vnd.schemaregistry.v1+json")
        );
        assert_eq!(SR.negotiate(Some("application/json, text/plain, */*")), Some("application/vnd.schemaregistry.v1+json"));
        assert_eq!(SR.negotiate(Some("text/html")), None);
        assert_eq!(SR.negotiate(Some("application/json;q=0")), None);
        assert_eq!(SR.negotiate(Some("*/anything")), Some("application/vnd.schemaregistry.v1+json"));
        assert!(admits(Some("application/vnd.kafka.avro.v2+json, application/json, */*"), "text/plain"));
        assert!(admits(Some("application/json"), "application/json"));
        assert!(!admits(Some("application/json, text/*;q=0"), "text/plain"));
        assert!(admits(None, "text/plain"));
    }

    #[test]
    fn content_types() {
        assert!(SR.accepts_content_type(None));
        assert!(SR.accepts_content_type(Some("application/json; charset=utf-8")));
        assert!(!SR.accepts_content_type(Some("text/plain")));
    }
}
