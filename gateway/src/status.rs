//! One error shape for both protocols.
//!
//! Services fail with a [`tonic::Status`] that carries the Confluent error
//! code in a `google.rpc.ErrorInfo` detail (metadata key [`ERROR_CODE_KEY`]).
//! gRPC callers read it from the details; the REST façade turns the same
//! status into `{"error_code": N, "message": "..."}` with HTTP status
//! `N / 100` (Confluent `Errors.java`: 40401 → 404), so the mapping from a
//! domain error happens once, where the service builds its `Status`.

use std::collections::HashMap;

use tonic::{Code, Status};
use tonic_types::{ErrorDetails, StatusExt};

/// `ErrorInfo.metadata` key holding the Confluent error code, e.g. `"40401"`.
pub const ERROR_CODE_KEY: &str = "error_code";
/// `ErrorInfo.domain` of every error Gregor raises.
pub const ERROR_DOMAIN: &str = "gregor.dev";

/// Builds a status carrying a Confluent error code.
///
/// `reason` is an UPPER_SNAKE_CASE name for the error (e.g.
/// `SUBJECT_NOT_FOUND`), `error_code` the Confluent code (e.g. 40401).
pub fn confluent_status(code: Code, error_code: u32, reason: &str, message: impl Into<String>) -> Status {
    let metadata = HashMap::from([(ERROR_CODE_KEY.to_owned(), error_code.to_string())]);
    Status::with_error_details(
        code,
        message,
        ErrorDetails::with_error_info(reason, ERROR_DOMAIN, metadata),
    )
}

/// The Confluent error code of a status: the one in its `ErrorInfo`, or the
/// HTTP status its gRPC code maps to (as Karapace answers `{"error_code":
/// 404}` for errors with no finer code).
pub fn confluent_error_code(status: &Status) -> u32 {
    status
        .get_details_error_info()
        .and_then(|info| info.metadata.get(ERROR_CODE_KEY).and_then(|c| c.parse().ok()))
        .unwrap_or_else(|| http_status_for_grpc(status.code()))
}

/// HTTP status for a Confluent error code: `code / 100` for five-digit
/// codes (40401 → 404), the code itself when it already is an HTTP status.
pub fn http_status_for_error_code(error_code: u32) -> u16 {
    let status = if error_code >= 10_000 { error_code / 100 } else { error_code };
    u16::try_from(status).ok().filter(|s| (100..=599).contains(s)).unwrap_or(500)
}

/// The HTTP status grpc-gateway's `HTTPStatusFromCode` table gives a code.
pub fn http_status_for_grpc(code: Code) -> u32 {
    match code {
        Code::Ok => 200,
        Code::Cancelled => 499,
        Code::InvalidArgument | Code::OutOfRange => 400,
        Code::FailedPrecondition => 400,
        Code::DeadlineExceeded => 504,
        Code::NotFound => 404,
        Code::AlreadyExists | Code::Aborted => 409,
        Code::PermissionDenied => 403,
        Code::Unauthenticated => 401,
        Code::ResourceExhausted => 429,
        Code::Unimplemented => 501,
        Code::Unavailable => 503,
        Code::Unknown | Code::Internal | Code::DataLoss => 500,
    }
}

/// The gRPC code that best matches an HTTP status, for errors raised by
/// the REST layer itself.
pub fn grpc_code_for_http(status: u16) -> Code {
    match status {
        400 | 406 | 415 | 422 => Code::InvalidArgument,
        401 => Code::Unauthenticated,
        403 => Code::PermissionDenied,
        404 => Code::NotFound,
        405 | 501 => Code::Unimplemented,
        408 | 504 => Code::DeadlineExceeded,
        409 => Code::FailedPrecondition,
        413 | 429 => Code::ResourceExhausted,
        503 => Code::Unavailable,
        _ => Code::Internal,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn error_code_round_trips_through_status_details() {
        let status = confluent_status(Code::NotFound, 40401, "SUBJECT_NOT_FOUND", "Subject 'x' not found.");
        assert_eq!(confluent_error_code(&status), 40401);
        assert_eq!(http_status_for_error_code(40401), 404);
        assert_eq!(status.code(), Code::NotFound);
    }

    #[test]
    fn plain_status_falls_back_to_http_status() {
        assert_eq!(confluent_error_code(&Status::not_found("x")), 404);
        assert_eq!(http_status_for_error_code(404), 404);
        assert_eq!(http_status_for_error_code(7), 500);
    }
}
