import BuktiCore

/// One line of the "since the last run" section, shared by the HTML, Markdown, CSV and XLSX
/// reports so they list the same changes in the same order.
struct SinceLastRunRow: Equatable {
    /// What kind of change (`.sinceNewlyMissingCritical`, `.sinceFileAdded`...).
    let kind: MessageKey
    /// The innovation, empty for a file.
    let innovation: String
    /// The document type or indicator label, or the file path.
    let subject: String
    let from: String
    let to: String
}

/// Turns an `AuditDiff` into rows in reading order: newly missing critical documents first (what
/// fails the night), then other newly missing, newly present, other status changes, scores and
/// levels, innovations, and files last.
enum SinceLastRunRows {
    static func rows(_ diff: AuditDiff, rules: RuleSet, text: Words) -> [SinceLastRunRow] {
        let language = text.language
        let types = Dictionary(rules.documentTypes.map { ($0.id, $0.label.text(language)) }, uniquingKeysWith: { a, _ in a })
        let indicators = Dictionary(rules.indicators.map { ($0.id, "\($0.number). \($0.name.text(language))") },
                                    uniquingKeysWith: { a, _ in a })
        func document(_ kind: MessageKey, _ change: DocumentChange) -> SinceLastRunRow {
            SinceLastRunRow(kind: kind, innovation: change.innovation, subject: types[change.type] ?? change.type,
                            from: change.from.map { text.status($0) } ?? text[.sinceNewInnovation], to: text.status(change.to))
        }
        let critical = diff.documents.filter { $0.change == "newly-missing" && $0.critical }
        var rows = critical.map { document(.sinceNewlyMissingCritical, $0) }
        rows += diff.documents.filter { $0.change == "newly-missing" && !$0.critical }.map { document(.sinceNewlyMissing, $0) }
        rows += diff.documents.filter { $0.change == "newly-present" }.map { document(.sinceNewlyPresent, $0) }
        rows += diff.documents.filter { $0.change == "changed" }.map { document(.sinceStatusChanged, $0) }
        for score in diff.scores {
            rows.append(SinceLastRunRow(kind: .sinceScoreChanged, innovation: score.innovation, subject: text[.score],
                                        from: text.number(score.from), to: text.number(score.to)))
            rows += score.indicators.map {
                SinceLastRunRow(kind: .sinceLevelChanged, innovation: score.innovation,
                                subject: indicators[$0.indicator] ?? $0.indicator, from: String($0.from), to: String($0.to))
            }
        }
        rows += diff.innovationsAdded.map { SinceLastRunRow(kind: .sinceInnovationAdded, innovation: $0, subject: "", from: "", to: "") }
        rows += diff.innovationsRemoved.map { SinceLastRunRow(kind: .sinceInnovationRemoved, innovation: $0, subject: "", from: "", to: "") }
        rows += diff.filesAdded.map { SinceLastRunRow(kind: .sinceFileAdded, innovation: "", subject: $0, from: "", to: "") }
        rows += diff.filesRemoved.map { SinceLastRunRow(kind: .sinceFileRemoved, innovation: "", subject: $0, from: "", to: "") }
        rows += diff.filesChanged.map {
            SinceLastRunRow(kind: .sinceFileChanged, innovation: "", subject: $0.path, from: "",
                            to: $0.changed.joined(separator: ", "))
        }
        return rows
    }

    /// The heading's subtitle: which run this one is compared with.
    static func comparedWith(_ diff: AuditDiff, text: Words) -> String {
        text.format(.sinceComparedWith, diff.from.id, diff.from.time)
    }

    /// `Dokumen kritis yang baru hilang: 1 · Berkas baru: 2`: each kind with its count, in row order.
    static func counts(_ rows: [SinceLastRunRow], text: Words) -> [(MessageKey, Int)] {
        var order: [MessageKey] = [], counts: [MessageKey: Int] = [:]
        for row in rows {
            if counts[row.kind] == nil { order.append(row.kind) }
            counts[row.kind, default: 0] += 1
        }
        return order.map { ($0, counts[$0] ?? 0) }
    }
}
