import BuktiCore

/// `csv`: one row per innovation × requirement (each indicator, then each critical document type),
/// RFC 4180 with CRLF, UTF-8; a byte order mark only with `options.excelBOM` (`--excel`). Every cell
/// from a file or folder name is neutralised so a spreadsheet never runs it as a formula.
public struct CSVReporter: AuditReporter {
    public static let identifier = "csv"
    public static let fileExtension = "csv"

    public init() {}

    /// Several values in one cell (evidence paths, problems) are separated by line breaks.
    static let separator = "\n"

    public func render(_ input: ReportInput) throws -> [UInt8] {
        let text = Words(input.language, .reports)
        let language = input.language
        let merged = !input.regions.isEmpty
        var out = input.options.excelBOM ? "\u{FEFF}" : ""
        let header: [MessageKey] = [.opd, .innovation, .path, .kind, .identifier, .label, .status, .level, .score,
                                   .maxScore, .evidence, .problems]
        out += CSVField.row((merged ? [text[.region]] : []) + header.map { text[$0] })
        let indicators = Dictionary(input.rules.indicators.map { ($0.id, $0) }, uniquingKeysWith: { a, _ in a })
        let critical = input.rules.documentTypes.filter(\.critical)
        for (index, innovation) in input.audit.innovations.enumerated() {
            let lead = (merged ? [input.region(ofInnovationAt: index)?.name ?? ""] : [])
                + [innovation.opd ?? "", innovation.name, innovation.path]
            for indicator in innovation.indicators {
                let label = indicators[indicator.id]?.name.text(language) ?? indicator.name
                out += CSVField.row(lead + [
                    text[.rowIndicator], indicator.id, label, text.status(indicator.status), String(indicator.level),
                    CSVField.number(indicator.score), CSVField.number(indicator.maxScore),
                    indicator.evidence.joined(separator: Self.separator), Self.problems(indicator.problems),
                ])
            }
            for type in critical {
                let document = innovation.documents[type.id]
                out += CSVField.row(lead + [
                    text[.rowDocument], type.id, type.label.text(language),
                    text.status(document?.status ?? .missing), "", "", "",
                    (document?.evidence ?? []).map(\.path).joined(separator: Self.separator),
                    Self.problems((document?.evidence ?? []).flatMap(\.problems)),
                ])
            }
        }
        if let diff = input.audit.sinceLastRun {
            // `--compare last`: one row per change, kind of row `perubahan`/`change`, the kind of
            // change as identifier, the type, indicator or file as label, and `from → to` as status.
            for row in SinceLastRunRows.rows(diff, rules: input.rules, text: text) {
                let status = row.from.isEmpty ? row.to : "\(row.from) → \(row.to)"
                out += CSVField.row((merged ? [""] : []) + [
                    "", row.innovation, "", text[.sinceRowKind], text[row.kind.key], row.subject, status,
                    "", "", "", "", "",
                ])
            }
        }
        return Array(out.utf8)
    }

    /// `code: message` per problem, one per line.
    static func problems(_ problems: [AuditProblem]) -> String {
        problems.map { "\($0.code): \($0.message)" }.joined(separator: separator)
    }
}
