import BuktiCore
import BuktiFormats

/// *Dokumen*: every file of every innovation (then the files outside any innovation folder) with
/// its kind, the document types it was classified as, the year read from it and its problems.
enum XLSXDocumentSheet {
    static func sheet(_ context: XLSXReportContext) -> XLSXSheet {
        var rows = [
            context.header([.innovation, .xlsxFile, .xlsxFileKind, .xlsxClassification, .xlsxYear, .problems])
        ]
        for (index, innovation) in context.innovations {
            let evidence = innovation.documents.entries.flatMap(\.value.evidence)
            for file in innovation.files {
                let offered = evidence.filter { $0.path == file.path }
                let year = offered.compactMap(\.year).max()
                let problems = unique(file.problems + offered.flatMap(\.problems))
                rows.append(
                    context.leading(index) + [
                        .string(innovation.name),
                        .string(file.path),
                        .string(file.kind.rawValue),
                        XLSXReportContext.text(XLSXReportContext.joined(file.types.map(context.documentLabel))),
                        year.map { .number(Double($0)) } ?? .empty(),
                        XLSXReportContext.text(XLSXReportContext.joined(problems.map(\.message))),
                    ])
            }
        }
        // Files outside any innovation folder: no innovation, and a merged audit does not say which
        // region they came from, so the region cell stays empty too.
        let regionColumn: [XLSXCell] = context.input.regions.isEmpty ? [] : [.empty()]
        for path in context.audit.unassigned {
            rows.append(regionColumn + [.empty(), .string(path)])
        }
        return XLSXSheet(
            name: context.text[.xlsxDocumentSheet], columnWidths: context.widths([30, 70, 10, 35, 8, 70]), rows: rows)
    }

    /// `problems` in order with repeats removed (a file's problem also appears on its evidence).
    static func unique(_ problems: [AuditProblem]) -> [AuditProblem] {
        var seen: Set<AuditProblem> = []
        return problems.filter { seen.insert($0).inserted }
    }
}
