//! Confluent's compatibility test vectors (`../shared/vectors/`, see its
//! README): each case's detected differences and BACKWARD verdict must
//! match Confluent's. The vectors are read at test time and never copied
//! into this repository; without them the test prints a notice and passes.
//! Pass counts are printed per file (`cargo test --test vectors -- --nocapture`).

use std::path::{Path, PathBuf};

use gregor::registry::compat::{self, protobuf as proto_diff};
use gregor::registry::protobuf;
use gregor::registry::schema::{self, Dependency, SchemaType};
use serde_json::Value;

/// `GREGOR_VECTORS`, else `../shared/vectors` next to the checkout.
fn vectors_dir() -> Option<PathBuf> {
    let manifest = Path::new(env!("CARGO_MANIFEST_DIR"));
    let candidates = [
        std::env::var_os("GREGOR_VECTORS").map(PathBuf::from),
        Some(manifest.join("../../shared/vectors")),
    ];
    candidates.into_iter().flatten().find(|p| p.join("README.md").is_file())
}

/// JSON with the trailing commas some vector files carry.
fn lenient_json(text: &str) -> Value {
    let mut cleaned = String::with_capacity(text.len());
    let mut in_string = false;
    let mut escaped = false;
    let chars: Vec<char> = text.chars().collect();
    for (i, &c) in chars.iter().enumerate() {
        if in_string {
            cleaned.push(c);
            if escaped {
                escaped = false;
            } else if c == '\\' {
                escaped = true;
            } else if c == '"' {
                in_string = false;
            }
            continue;
        }
        if c == '"' {
            in_string = true;
        }
        if c == ',' {
            let next = chars[i + 1..].iter().find(|c| !c.is_whitespace());
            if matches!(next, Some('}') | Some(']')) {
                continue;
            }
        }
        cleaned.push(c);
    }
    serde_json::from_str(&cleaned).expect("vector file is JSON")
}

struct Tally {
    file: String,
    passed: usize,
    failures: Vec<String>,
}

fn report(tallies: &[Tally]) {
    for t in tallies {
        eprintln!("vectors {}: {}/{} passed", t.file, t.passed, t.passed + t.failures.len());
        for f in &t.failures {
            eprintln!("  FAIL {f}");
        }
    }
    let failed: usize = tallies.iter().map(|t| t.failures.len()).sum();
    assert_eq!(failed, 0, "{failed} vector cases failed");
}

fn proto_text(dir: &Path, value: &Value) -> String {
    let text = value.as_str().expect("schema is a string");
    if text.ends_with(".proto") && !text.contains('\n') {
        let name = Path::new(text).file_name().expect("file name");
        std::fs::read_to_string(dir.join(name)).expect("vector .proto file")
    } else {
        text.to_owned()
    }
}

/// A case's `{side}_dependencies` with inline text, under the subject and
/// version its `{side}_references` give. Dependencies without text are
/// Confluent's built-ins, which Gregor resolves itself.
fn dependencies(case: &Value, side: &str) -> Vec<Dependency> {
    let references = case[format!("{side}_references")].as_array().cloned().unwrap_or_default();
    let Some(list) = case[format!("{side}_dependencies")].as_array() else {
        return Vec::new();
    };
    list.iter()
        .filter_map(|d| {
            let name = d["name"].as_str()?.to_owned();
            let text = d["dependency"].as_str()?;
            let reference = references.iter().find(|r| r["name"].as_str() == Some(&name));
            Some(Dependency {
                subject: reference.and_then(|r| r["subject"].as_str()).unwrap_or(&name).to_owned(),
                version: reference.and_then(|r| r["version"].as_i64()).and_then(|v| i32::try_from(v).ok()).unwrap_or(1),
                name,
                text: text.into(),
            })
        })
        .collect()
}

#[test]
fn confluent_protobuf_vectors() {
    let Some(root) = vectors_dir() else {
        eprintln!("NOTICE: ../shared/vectors not found; Confluent's protobuf vectors skipped");
        return;
    };
    let dir = root.join("confluent-protobuf");
    let mut tallies = Vec::new();
    for file in ["diff-schema-examples.json", "diff-schema-examples-with-meta.json"] {
        let cases = lenient_json(&std::fs::read_to_string(dir.join(file)).expect("vector file"));
        let mut tally = Tally { file: format!("confluent-protobuf/{file}"), passed: 0, failures: Vec::new() };
        for case in cases.as_array().expect("a list of cases") {
            let description = case["description"].as_str().unwrap_or("?");
            let original = protobuf::parse(&proto_text(&dir, &case["original_schema"]), &dependencies(case, "original"));
            let update = protobuf::parse(&proto_text(&dir, &case["update_schema"]), &dependencies(case, "update"));
            let (original, update) = match (original, update) {
                (Ok(o), Ok(u)) => (o, u),
                (o, u) => {
                    tally.failures.push(format!("{description}: does not parse: {:?} {:?}", o.err(), u.err()));
                    continue;
                }
            };
            let found = proto_diff::differences(&original, &update);
            let mut got: Vec<String> = found.iter().map(ToString::to_string).collect();
            got.sort();
            let mut want: Vec<String> =
                case["changes"].as_array().expect("changes").iter().map(|c| c.as_str().unwrap_or("").to_owned()).collect();
            want.sort();
            let compatible = found.iter().all(|d| d.change.is_compatible());
            if got == want && compatible == case["compatible"].as_bool().unwrap_or(false) {
                tally.passed += 1;
            } else {
                tally.failures.push(format!(
                    "{description}: want {want:?} compatible={}, got {got:?} compatible={compatible}",
                    case["compatible"]
                ));
            }
        }
        tallies.push(tally);
    }
    report(&tallies);
}

/// Confluent's JSON Schema vectors: Gregor's BACKWARD verdict for each case
/// must be Confluent's. (The lists of compatible differences Confluent also
/// records are not compared: Gregor reports incompatibilities only.)
#[test]
fn confluent_json_schema_vectors() {
    let Some(root) = vectors_dir() else {
        eprintln!("NOTICE: ../shared/vectors not found; Confluent's JSON Schema vectors skipped");
        return;
    };
    let dir = root.join("confluent-json-schema");
    let mut tallies = Vec::new();
    for file in [
        "diff-schema-examples.json",
        "diff-combined-schema-examples.json",
        "diff-schema-examples-2020-12.json",
        "diff-combined-schema-examples-2020-12.json",
    ] {
        let cases = lenient_json(&std::fs::read_to_string(dir.join(file)).expect("vector file"));
        let mut tally = Tally { file: format!("confluent-json-schema/{file} (verdicts)"), passed: 0, failures: Vec::new() };
        for case in cases.as_array().expect("a list of cases") {
            let description = case["description"].as_str().unwrap_or("?");
            let parse = |v: &Value| schema::parse(SchemaType::Json, &v.to_string(), &[]);
            let (original, update) = match (parse(&case["original_schema"]), parse(&case["update_schema"])) {
                (Ok(o), Ok(u)) => (o, u),
                (o, u) => {
                    tally.failures.push(format!("{description}: does not parse: {:?} {:?}", o.err(), u.err()));
                    continue;
                }
            };
            let compatible = compat::backward_compatible(&update, &original);
            if compatible == case["compatible"].as_bool().unwrap_or(false) {
                tally.passed += 1;
            } else {
                tally.failures.push(format!("{description}: want compatible={}, got {compatible}", case["compatible"]));
            }
        }
        tallies.push(tally);
    }
    report(&tallies);
}
