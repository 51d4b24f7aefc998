import BuktiCore
import BuktiFormats

/// *Sejak sebelumnya*: with `--compare last`, one row per change since the earlier run (kind of
/// change, innovation, type/indicator/file, from, to), newly missing critical documents first and
/// filled red, newly present documents green.
enum XLSXSinceLastRunSheet {
    /// The fill of a kind of change: gaps red or yellow, newly present green, the rest plain.
    static func style(_ kind: SinceLastRunRow.Kind) -> XLSXCellStyle {
        switch kind {
        case .newlyMissingCritical: .bad
        case .newlyMissing: .fair
        case .newlyPresent: .good
        case .statusChanged, .scoreChanged, .levelChanged, .innovationAdded, .innovationRemoved, .fileAdded,
            .fileRemoved, .fileChanged:
            .plain
        }
    }

    static func sheet(_ diff: AuditDiff, _ context: XLSXReportContext) -> XLSXSheet {
        let text = context.text
        let header: [XLSXCell] = [text[.sinceChange], text[.innovation], text[.sinceSubject], text[.sinceFrom], text[.sinceTo]]
            .map { .string($0, style: .header) }
        var rows = [header]
        for row in SinceLastRunRows.rows(diff, rules: context.rules, text: text) {
            rows.append([
                .string(text[row.kind.key], style: style(row.kind)),
                XLSXReportContext.text(row.innovation), XLSXReportContext.text(row.subject),
                XLSXReportContext.text(row.from), XLSXReportContext.text(row.to),
            ])
        }
        return XLSXSheet(name: text[.sinceSheet], columnWidths: [34, 40, 60, 18, 18], rows: rows)
    }
}
