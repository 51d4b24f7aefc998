import BuktiCore
import BuktiFormats

/// *Ringkasan*: one row per innovation with its completeness, score and what is missing.
enum XLSXSummarySheet {
    static func sheet(_ context: XLSXReportContext) -> XLSXSheet {
        var rows = [
            context.header([
                .opd, .innovation, .xlsxComplete, .score, .maxScore, .completeness, .missingCritical,
                .mandatoryWithoutEvidence,
            ])
        ]
        for (index, innovation) in context.innovations {
            rows.append(
                context.leading(index) + [
                    XLSXReportContext.text(innovation.opd),
                    .string(innovation.name),
                    XLSXCell(.bool(innovation.complete), style: innovation.complete ? .good : .bad),
                    .number(innovation.score),
                    .number(innovation.maxScore),
                    .number(innovation.completeness, style: .percent),
                    XLSXReportContext.text(XLSXReportContext.joined(innovation.missing.map(context.documentLabel))),
                    XLSXReportContext.text(
                        XLSXReportContext.joined(innovation.mandatoryWithoutEvidence.map(context.indicatorName))),
                ])
        }
        return XLSXSheet(
            name: context.text[.summary], columnWidths: context.widths([22, 40, 10, 8, 10, 12, 45, 45]), rows: rows)
    }
}
