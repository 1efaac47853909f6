//! The example configuration file (`deploy/gregor.toml`, printed by
//! `gregor config`): every key of [`Config`] with its doc comment and its
//! default, unset ones commented out. Generated from the struct's own
//! source, so it cannot drift (a test compares it with the committed file).

use super::Config;

/// The struct's source, for its doc comments.
const SOURCE: &str = include_str!("../config.rs");

/// Each field of [`Config`] that the file can set, in declaration order,
/// with its doc comment lines.
fn fields() -> Vec<(String, Vec<String>)> {
    let mut out = Vec::new();
    let mut docs: Vec<String> = Vec::new();
    let mut skipped = false;
    let body = SOURCE.split_once("pub struct Config {").map_or("", |(_, rest)| rest);
    for line in body.lines() {
        let line = line.trim();
        if line == "}" {
            break;
        }
        if let Some(doc) = line.strip_prefix("///") {
            docs.push(doc.strip_prefix(' ').unwrap_or(doc).to_owned());
        } else if line.starts_with("#[serde(skip") {
            skipped = true;
        } else if let Some(field) = line.strip_prefix("pub ").and_then(|l| l.split_once(':')).map(|(name, _)| name.trim()) {
            if !skipped {
                out.push((field.to_owned(), std::mem::take(&mut docs)));
            }
            docs.clear();
            skipped = false;
        }
    }
    out
}

/// The example file's text.
pub fn toml() -> String {
    let defaults = serde_json::to_value(Config::default()).unwrap_or_default();
    let mut out = String::from(
        "# Gregor's settings with their defaults (`gregor config` prints this file).\n\
         # Keys are Karapace's where Karapace has one. Each can also be set as\n\
         # GREGOR_<KEY> or KARAPACE_<KEY> in the environment; the environment wins\n\
         # over this file, and `gregor serve` flags win over both.\n",
    );
    for (name, docs) in fields() {
        out.push('\n');
        for doc in docs {
            out.push_str(if doc.is_empty() { "#\n" } else { "# " });
            if !doc.is_empty() {
                out.push_str(&doc);
                out.push('\n');
            }
        }
        let value = defaults.get(&name).cloned().unwrap_or(serde_json::Value::Null);
        let line = if value.is_null() {
            format!("# {name} =\n")
        } else {
            let mut table = toml::Table::new();
            match toml::Value::try_from(&value) {
                Ok(value) => {
                    table.insert(name.clone(), value);
                    toml::to_string(&table).unwrap_or_else(|_| format!("# {name} = ?\n"))
                }
                Err(_) => format!("# {name} = ?\n"),
            }
        };
        out.push_str(&line);
    }
    out
}

#[cfg(test)]
mod tests {
    #[test]
    fn the_committed_example_is_the_generated_one_and_loads_as_the_defaults() {
        let committed = include_str!("../../../deploy/gregor.toml");
        let generated = super::toml();
        assert!(
            committed == generated,
            "deploy/gregor.toml is out of date: run `cargo run -p gregor -- config > deploy/gregor.toml`"
        );
        // Every key is there, commented out or not.
        for (name, _) in super::fields() {
            assert!(generated.contains(&format!("\n{name} =")) || generated.contains(&format!("\n# {name} =")), "{name}");
        }
        let table: toml::Table = toml::from_str(committed).unwrap();
        let loaded: super::Config = serde_json::from_value(serde_json::to_value(table).unwrap()).unwrap();
        assert_eq!(serde_json::to_value(&loaded).unwrap(), serde_json::to_value(super::Config::default()).unwrap());
    }
}
