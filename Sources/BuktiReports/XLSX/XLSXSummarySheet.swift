import BuktiCore
import BuktiFormats

/// *Ringkasan*: one row per innovation with its completeness, score and what is missing.
enum XLSXSummarySheet {
    static func sheet(_ context: XLSXReportContext) -> XLSXSheet {
        let words = context.words
        var rows = [
            XLSXReportContext.header([
                words.opd, words.innovation, words.complete, words.score, words.maxScore, words.completeness,
                words.missingCritical, words.mandatoryWithoutEvidence,
            ])
        ]
        for innovation in context.audit.innovations {
            rows.append([
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
            name: words.summarySheet, columnWidths: [18, 40, 10, 8, 10, 12, 45, 45], rows: rows)
    }
}
