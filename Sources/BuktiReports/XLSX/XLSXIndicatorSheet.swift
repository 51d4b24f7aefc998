import BuktiCore
import BuktiFormats

/// *Indikator*: innovations down, the rule file's indicators across; each cell holds the level the
/// evidence supports (0–3) as a number, filled by the indicator's status.
///
/// The colours are static fills chosen per cell rather than `conditionalFormatting` rules: the
/// colour shows the status, and "to verify" (a higher level the documents point to but cannot prove)
/// is not a function of the number, so a rule on the value would paint it as a plain partial level.
enum XLSXIndicatorSheet {
    /// The fill for each status: met green, partial yellow, to verify blue, missing red, waived
    /// unfilled (a deliberate decision, neither a gap nor met).
    static func style(_ status: IndicatorStatus) -> XLSXCellStyle {
        switch status {
        case .met: .good
        case .partial: .fair
        case .toVerify: .attention
        case .missing: .bad
        case .waived: .plain
        }
    }

    static func sheet(_ context: XLSXReportContext) -> XLSXSheet {
        let indicators = context.rules.indicators
        var rows = [
            context.header(
                [.opd, .innovation], extra: indicators.map { "\($0.number). \(context.indicatorName($0.id))" },
                trailing: [.score, .maxScore])
        ]
        for (index, innovation) in context.innovations {
            let reports = Dictionary(innovation.indicators.map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
            let levels = indicators.map { indicator -> XLSXCell in
                guard let report = reports[indicator.id] else { return .empty() }
                return .number(Double(report.level), style: style(report.status))
            }
            rows.append(
                context.leading(index) + [XLSXReportContext.text(innovation.opd), .string(innovation.name)] + levels
                    + [.number(innovation.score), .number(innovation.maxScore)])
        }
        let widths: [Double?] = [22, 40] + Array(repeating: 12, count: indicators.count) + [8, 10]
        // Indicator names wrap in their narrow columns: room for five lines.
        return XLSXSheet(
            name: context.text[.xlsxIndicatorSheet], columnWidths: context.widths(widths), rows: rows,
            headerRowHeight: 75)
    }
}
