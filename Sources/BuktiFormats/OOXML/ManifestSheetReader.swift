import BuktiCore

/// Reads the first worksheet of an XLSX file as rows of cell text, each cell in its column (empty
/// cells, which SpreadsheetML leaves out, come back as ""), for `bukti audit --manifest FILE.xlsx`.
/// Shared strings and inline strings are read; numbers come back as written in the file.
public enum ManifestSheetReader {
    /// At most this many rows are kept: a manifest lists innovations, not a ledger.
    public static let maxRows = 10_000
    /// Columns beyond this are ignored (the manifest needs four).
    public static let maxColumns = 64

    /// The rows of the first sheet of the workbook in `source`.
    public static func rows(_ source: any ByteSource, options: ExtractionOptions = ExtractionOptions()) throws(ExtractionFailure) -> [[String]] {
        let archive = try ZipArchive(source, deadline: options.deadline)
        let package = OOXMLPackage(archive: archive, options: options)
        guard let workbookPart = try package.mainPart(), package.contains(workbookPart) else {
            throw ExtractionFailure(.corrupt, "_rels/.rels names no workbook part that the package holds")
        }
        let workbook = try package.document(workbookPart)
        let relations = try package.relations(of: workbookPart)
        guard let first = XLSXText.sheetList(workbook).first, let id = first.relationID,
              let part = relations.first(where: { $0.id == id })?.part, package.contains(part)
        else { throw ExtractionFailure(.corrupt, "the workbook lists no worksheet it holds") }
        var problems: [Problem] = []
        var strings: [String] = []
        if let shared = relations.first(where: { $0.kind == OOXMLRelationship.sharedStrings })?.part, package.contains(shared) {
            strings = try XLSXText.sharedStrings(shared, package, &problems)
        }
        var walker = CellWalker(strings: strings)
        var sink = OfficeText(limit: Int.max)
        try PartWalker.walk(part, in: archive, options: options, text: &sink, problems: &problems) { event, reader, sink in
            walker.handle(event, reader)
            // Filling the sink is how a walk is told to stop.
            if walker.rows.count >= maxRows { sink = OfficeText(limit: 0) }
        }
        if let problem = problems.first(where: { $0.code != .repaired }) { throw ExtractionFailure(problem.code, problem.message) }
        return walker.rows
    }

    /// `B12` -> 1 (zero-based column of a cell reference); nil when the reference has no letters.
    static func column(of reference: String) -> Int? {
        var column = 0, letters = 0
        for byte in reference.utf8 {
            let upper = byte & 0xDF
            guard (65...90).contains(upper) else { break }
            column = column * 26 + Int(upper - 64)
            letters += 1
            if letters > 3 { return nil }
        }
        return letters == 0 ? nil : column - 1
    }

    /// Collects rows of cells from SpreadsheetML sheet events.
    struct CellWalker {
        let strings: [String]
        var rows: [[String]] = []
        private var row: [String] = []
        private var column = 0
        private var type: String?
        private var value = ""
        private var inline = ""
        private var inValue = false, inText = false

        init(strings: [String]) { self.strings = strings }

        mutating func handle(_ event: XMLEvent, _ reader: XMLStreamReader) {
            switch event {
            case .start(let name) where OOXMLNamespace.spreadsheet.contains(name.namespace):
                switch name.local {
                case "row": row = []; column = 0
                case "c":
                    column = reader.attribute("r").flatMap(ManifestSheetReader.column(of:)) ?? column
                    type = reader.attribute("t")
                    value = ""
                    inline = ""
                case "v": inValue = true
                case "t": inText = true
                default: break
                }
            case .end(let name) where OOXMLNamespace.spreadsheet.contains(name.namespace):
                switch name.local {
                case "v": inValue = false
                case "t": inText = false
                case "c":
                    if column < maxColumns {
                        while row.count < column { row.append("") }
                        if row.count == column { row.append(cellText()) }
                    }
                    column += 1
                case "row": rows.append(row)
                default: break
                }
            case .text(let piece):
                if inValue { value += piece } else if inText { inline += piece }
            default: break
            }
        }

        private func cellText() -> String {
            switch type {
            case "s": Int(value.trimmingWhitespace()).flatMap { strings.indices.contains($0) ? strings[$0] : nil } ?? ""
            case "inlineStr": inline
            default: value.isEmpty ? inline : value
            }
        }
    }
}
