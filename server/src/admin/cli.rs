//! `gregor topic create|list|describe|delete` and `gregor group
//! list|describe`: the admin layer Kafka REST v3 is built on, run from the
//! command line with Gregor's Kafka settings, printing tables.

use comfy_table::presets::NOTHING;
use comfy_table::{CellAlignment, Table};

use super::{AdminError, KafkaAdmin, TopicSpec};

/// A table without borders, columns left-aligned except numbers.
fn table(header: &[&str]) -> Table {
    let mut table = Table::new();
    table
        .load_preset(NOTHING)
        .set_header(header.iter().copied());
    table
}

fn right(table: &mut Table, columns: &[usize]) {
    for &index in columns {
        if let Some(column) = table.column_mut(index) {
            column.set_cell_alignment(CellAlignment::Right);
        }
    }
}

fn ids(list: &[i32]) -> String {
    list.iter()
        .map(ToString::to_string)
        .collect::<Vec<_>>()
        .join(",")
}

/// Creates a topic; the line to print.
pub async fn create_topic(admin: &KafkaAdmin, spec: &TopicSpec) -> Result<String, AdminError> {
    admin.create_topic(spec, false).await?;
    let partitions = spec.partitions.unwrap_or(1);
    Ok(format!(
        "created topic {} ({partitions} partition{})",
        spec.name,
        if partitions == 1 { "" } else { "s" }
    ))
}

/// Every topic: name, partitions, replication factor, internal.
pub async fn list_topics(admin: &KafkaAdmin) -> Result<String, AdminError> {
    let mut out = table(&["TOPIC", "PARTITIONS", "REPLICATION", "INTERNAL"]);
    for topic in admin.topics().await? {
        out.add_row(vec![
            topic.name.clone(),
            topic.partitions.len().to_string(),
            topic.replication_factor().to_string(),
            topic.internal.to_string(),
        ]);
    }
    right(&mut out, &[1, 2]);
    Ok(out.to_string())
}

/// A topic: its partitions (leader, replicas, in-sync replicas, earliest
/// and latest offsets) and its configs.
pub async fn describe_topic(admin: &KafkaAdmin, name: &str) -> Result<String, AdminError> {
    let topic = admin.topic(name).await?;
    let offsets = admin
        .offsets(name, topic.partitions.iter().map(|p| p.id).collect())
        .await?;
    let mut partitions = table(&[
        "PARTITION",
        "LEADER",
        "REPLICAS",
        "ISR",
        "EARLIEST",
        "LATEST",
    ]);
    for (p, (earliest, latest)) in topic.partitions.iter().zip(offsets) {
        partitions.add_row(vec![
            p.id.to_string(),
            p.leader.to_string(),
            ids(&p.replicas),
            ids(&p.isr),
            earliest.to_string(),
            latest.to_string(),
        ]);
    }
    right(&mut partitions, &[0, 1, 4, 5]);
    let mut configs = table(&["CONFIG", "VALUE", "SOURCE"]);
    for config in admin.topic_configs(name).await? {
        configs.add_row(vec![
            config.name,
            config.value.unwrap_or_else(|| "(hidden)".to_owned()),
            config.source.to_owned(),
        ]);
    }
    Ok(format!(
        "topic {} ({} partitions, replication factor {}{})\n\n{partitions}\n\n{configs}",
        topic.name,
        topic.partitions.len(),
        topic.replication_factor(),
        if topic.internal { ", internal" } else { "" }
    ))
}

/// Deletes a topic; the line to print.
pub async fn delete_topic(admin: &KafkaAdmin, name: &str) -> Result<String, AdminError> {
    admin.topic(name).await?;
    admin.delete_topic(name).await?;
    Ok(format!("deleted topic {name}"))
}

/// Every consumer group: state, members and total lag.
pub async fn list_groups(admin: &KafkaAdmin) -> Result<String, AdminError> {
    let mut out = table(&["GROUP", "STATE", "MEMBERS", "LAG"]);
    for group in admin.groups().await? {
        let lag: i64 = admin
            .lags(&group.id, &group.members)
            .await?
            .iter()
            .map(super::LagInfo::lag)
            .sum();
        out.add_row(vec![
            group.id.clone(),
            group.state.clone(),
            group.members.len().to_string(),
            lag.to_string(),
        ]);
    }
    right(&mut out, &[2, 3]);
    Ok(out.to_string())
}

/// A group: its members, then its committed offsets and lag per
/// partition. 404-style error when Kafka knows nothing of it.
pub async fn describe_group(admin: &KafkaAdmin, id: &str) -> Result<String, AdminError> {
    let group = admin
        .group(id)
        .await?
        .ok_or_else(|| AdminError::NotFound(format!("Consumer group {id} could not be found.")))?;
    let mut members = table(&["MEMBER", "CLIENT", "HOST", "PARTITIONS"]);
    for member in &group.members {
        let assigned = member
            .assignment
            .iter()
            .map(|(t, p)| format!("{t}-{p}"))
            .collect::<Vec<_>>()
            .join(",");
        members.add_row(vec![
            member.id.clone(),
            member.client_id.clone(),
            member.host.clone(),
            assigned,
        ]);
    }
    let lags = admin.lags(&group.id, &group.members).await?;
    let total: i64 = lags.iter().map(super::LagInfo::lag).sum();
    let mut offsets = table(&["TOPIC", "PARTITION", "COMMITTED", "END", "LAG", "MEMBER"]);
    for lag in &lags {
        offsets.add_row(vec![
            lag.topic.clone(),
            lag.partition.to_string(),
            lag.committed.to_string(),
            lag.end.to_string(),
            lag.lag().to_string(),
            lag.member
                .as_ref()
                .map(|m| m.id.clone())
                .unwrap_or_default(),
        ]);
    }
    right(&mut offsets, &[1, 2, 3, 4]);
    Ok(format!(
        "group {} ({}, {} member{}, assignor {}, total lag {total})\n\n{members}\n\n{offsets}",
        group.id,
        group.state,
        group.members.len(),
        if group.members.len() == 1 { "" } else { "s" },
        if group.protocol.is_empty() {
            "-"
        } else {
            &group.protocol
        },
    ))
}
