import BuktiCore
import BuktiFormats

/// *Masalah*: every problem once, with where it was found. A file's problem shows up in the audit on
/// the file, on its evidence entries and on each indicator that relied on it; here it is one row
/// naming the file and listing those indicators.
enum XLSXProblemSheet {
    /// One row being assembled.
    private struct Row {
        var file: String?
        var indicators: [String] = []
        var problem: AuditProblem
    }

    static func sheet(_ context: XLSXReportContext) -> XLSXSheet {
        var rows = [context.header([.innovation, .xlsxFile, .indicator, .xlsxCode, .xlsxMessage])]
        for (index, innovation) in context.innovations {
            for row in problemRows(innovation, context) {
                rows.append(
                    context.leading(index) + [
                        .string(innovation.name),
                        XLSXReportContext.text(row.file),
                        XLSXReportContext.text(XLSXReportContext.joined(row.indicators)),
                        .string(row.problem.code),
                        .string(row.problem.message),
                    ])
            }
        }
        return XLSXSheet(
            name: context.text[.xlsxProblemSheet], columnWidths: context.widths([30, 60, 30, 24, 90]), rows: rows)
    }

    /// The innovation's own findings, then each file's problems, then indicator problems no file carries.
    private static func problemRows(_ innovation: InnovationReport, _ context: XLSXReportContext) -> [Row] {
        var rows = innovation.problems.map { Row(problem: $0) }
        let evidence = innovation.documents.entries.flatMap(\.value.evidence)
        for file in innovation.files {
            let problems = XLSXDocumentSheet.unique(
                file.problems + evidence.filter { $0.path == file.path }.flatMap(\.problems))
            rows += problems.map { Row(file: file.path, problem: $0) }
        }
        for indicator in innovation.indicators {
            let name = context.indicatorName(indicator.id)
            for problem in indicator.problems {
                let index =
                    rows.firstIndex { $0.problem == problem && (indicator.evidence.contains($0.file ?? "")) }
                    ?? rows.firstIndex { $0.problem == problem && $0.file == nil }
                if let index {
                    if !rows[index].indicators.contains(name) { rows[index].indicators.append(name) }
                } else {
                    rows.append(Row(indicators: [name], problem: problem))
                }
            }
        }
        return rows
    }
}
