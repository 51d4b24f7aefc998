import BuktiCore

/// One line of the "since the last run" section, shared by the HTML, Markdown, CSV and XLSX
/// reports so they list the same changes in the same order.
struct SinceLastRunRow: Equatable {
    /// What kind of change.
    let kind: Kind
    /// The innovation, empty for a file.
    let innovation: String
    /// The document type or indicator label, or the file path.
    let subject: String
    let from: String
    let to: String

    /// The kinds of change, in the order the section lists them.
    enum Kind: CaseIterable, Equatable {
        case newlyMissingCritical, newlyMissing, newlyPresent, statusChanged, scoreChanged, levelChanged
        case innovationAdded, innovationRemoved, fileAdded, fileRemoved, fileChanged

        /// The catalogue word naming the kind.
        var key: MessageKey {
            switch self {
            case .newlyMissingCritical: .sinceNewlyMissingCritical
            case .newlyMissing: .sinceNewlyMissing
            case .newlyPresent: .sinceNewlyPresent
            case .statusChanged: .sinceStatusChanged
            case .scoreChanged: .sinceScoreChanged
            case .levelChanged: .sinceLevelChanged
            case .innovationAdded: .sinceInnovationAdded
            case .innovationRemoved: .sinceInnovationRemoved
            case .fileAdded: .sinceFileAdded
            case .fileRemoved: .sinceFileRemoved
            case .fileChanged: .sinceFileChanged
            }
        }
    }
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
        func document(_ kind: SinceLastRunRow.Kind, _ change: DocumentChange) -> SinceLastRunRow {
            SinceLastRunRow(kind: kind, innovation: change.innovation, subject: types[change.type] ?? change.type,
                            from: change.from.map { text.status($0) } ?? text[.sinceNewInnovation], to: text.status(change.to))
        }
        let critical = diff.documents.filter { $0.change == .newlyMissing && $0.critical }
        var rows = critical.map { document(.newlyMissingCritical, $0) }
        rows += diff.documents.filter { $0.change == .newlyMissing && !$0.critical }.map { document(.newlyMissing, $0) }
        rows += diff.documents.filter { $0.change == .newlyPresent }.map { document(.newlyPresent, $0) }
        rows += diff.documents.filter { $0.change == .changed }.map { document(.statusChanged, $0) }
        for score in diff.scores {
            rows.append(SinceLastRunRow(kind: .scoreChanged, innovation: score.innovation, subject: text[.score],
                                        from: text.number(score.from), to: text.number(score.to)))
            rows += score.indicators.map {
                SinceLastRunRow(kind: .levelChanged, innovation: score.innovation,
                                subject: indicators[$0.indicator] ?? $0.indicator, from: String($0.from), to: String($0.to))
            }
        }
        rows += diff.innovationsAdded.map { SinceLastRunRow(kind: .innovationAdded, innovation: $0, subject: "", from: "", to: "") }
        rows += diff.innovationsRemoved.map { SinceLastRunRow(kind: .innovationRemoved, innovation: $0, subject: "", from: "", to: "") }
        rows += diff.filesAdded.map { SinceLastRunRow(kind: .fileAdded, innovation: "", subject: $0, from: "", to: "") }
        rows += diff.filesRemoved.map { SinceLastRunRow(kind: .fileRemoved, innovation: "", subject: $0, from: "", to: "") }
        rows += diff.filesChanged.map {
            SinceLastRunRow(kind: .fileChanged, innovation: "", subject: $0.path, from: "",
                            to: $0.changed.joined(separator: ", "))
        }
        return rows
    }

    /// The heading's subtitle: which run this one is compared with.
    static func comparedWith(_ diff: AuditDiff, text: Words) -> String {
        text.format(.sinceComparedWith, diff.from.id, diff.from.time)
    }

    /// `Dokumen kritis yang baru hilang: 1 · Berkas baru: 2`: each kind with its count, in row order.
    static func counts(_ rows: [SinceLastRunRow]) -> [(SinceLastRunRow.Kind, Int)] {
        var order: [SinceLastRunRow.Kind] = [], counts: [SinceLastRunRow.Kind: Int] = [:]
        for row in rows {
            if counts[row.kind] == nil { order.append(row.kind) }
            counts[row.kind, default: 0] += 1
        }
        return order.map { ($0, counts[$0] ?? 0) }
    }
}
