import BuktiCore

/// The text of an Excel workbook: each sheet in workbook order (its name on a line, then rows as
/// lines and cells as tabs), with shared strings, inline strings and formulas' cached values.
/// Sheets are streamed, so a 50 MB worksheet costs a buffer; reading stops at the text cap.
enum XLSXText {
    static func read(_ package: OOXMLPackage, mainPart: String, into facts: inout FileFacts) throws(ExtractionFailure) {
        let workbook = try package.document(mainPart)
        let relations = try package.relations(of: mainPart)
        let partsByID = Dictionary(relations.map { ($0.id, $0.part) }, uniquingKeysWith: { first, _ in first })
        let sheets = sheetList(workbook)
        if !sheets.isEmpty { facts.sheets = sheets.map(\.name) }

        var strings: [String] = []
        if let sharedPart = relations.first(where: { $0.kind == OOXMLRelationship.sharedStrings })?.part,
            package.contains(sharedPart)
        {
            strings = try sharedStrings(sharedPart, package, &facts.problems)
        }
        let styles = readStyles(package, relations, workbook, &facts.problems)
        var text = OfficeText(limit: package.options.textCharacters)
        for sheet in sheets {
            guard !text.isFull else { break }
            guard let id = sheet.relationID, let found = partsByID[id], let part = found, package.contains(part) else {
                facts.add(.corrupt, "worksheet \(sheet.name) is listed in \(mainPart) but its part is missing")
                continue
            }
            text.append(sheet.name)
            text.endLine()
            var walker = XLSXSheetWalker(strings: strings, styles: styles)
            try PartWalker.walk(part, in: package.archive, options: package.options, text: &text, problems: &facts.problems) {
                walker.handle($0, $1, &$2)
            }
            text.endLine()
        }
        facts.text = text.result
    }

    /// Number formats from the styles part; without them numbers still read, dates as serials.
    static func readStyles(
        _ package: OOXMLPackage, _ relations: [OOXMLRelation], _ workbook: XMLDocument, _ problems: inout [Problem]
    ) -> XLSXStyles {
        let properties = workbook.root?.children.first { $0.name.local == "workbookPr" }
        let date1904 = ["1", "true"].contains(properties?.attribute("date1904") ?? "")
        guard let part = relations.first(where: { $0.kind == OOXMLRelationship.styles })?.part, package.contains(part)
        else { return XLSXStyles(styles: nil, date1904: date1904) }
        do throws(ExtractionFailure) {
            return XLSXStyles(styles: try package.document(part), date1904: date1904)
        } catch {
            problems.append(error.problem)
            return XLSXStyles(styles: nil, date1904: date1904)
        }
    }

    /// Sheet names and relationship ids from workbook.xml, in tab order.
    static func sheetList(_ workbook: XMLDocument) -> [(name: String, relationID: String?)] {
        guard let sheets = workbook.root?.children.first(where: { $0.name.local == "sheets" }) else { return [] }
        return sheets.children.filter { $0.name.local == "sheet" }.compactMap { sheet in
            guard let name = sheet.attribute("name") else { return nil }
            let id = OOXMLNamespace.relationships.lazy.compactMap { sheet.attribute("id", namespace: $0) }.first
            return (name, id)
        }
    }

    /// The shared string table: each si's text, rich-text runs joined, phonetic runs (rPh) left out.
    static func sharedStrings(
        _ part: String, _ package: OOXMLPackage, _ problems: inout [Problem]
    ) throws(ExtractionFailure) -> [String] {
        var strings: [String] = []
        var current = ""
        var inText = false
        var inPhonetic = 0
        // The table's own text counts against the inflation cap already; this buffer only collects.
        var sink = OfficeText(limit: 1)
        try PartWalker.walk(part, in: package.archive, options: package.options, text: &sink, problems: &problems) {
            event, _, sink in
            switch event {
            case .start(let name) where OOXMLNamespace.spreadsheet.contains(name.namespace):
                if name.local == "si" { current = "" }
                if name.local == "rPh" { inPhonetic += 1 }
                if name.local == "t" { inText = true }
            case .end(let name) where OOXMLNamespace.spreadsheet.contains(name.namespace):
                if name.local == "si" {
                    strings.append(current)
                    // Filling the sink is how a walk is told to stop.
                    if strings.count >= maxSharedStrings { sink.append("x") }
                }
                if name.local == "rPh" { inPhonetic = max(0, inPhonetic - 1) }
                if name.local == "t" { inText = false }
            case .text(let value) where inText && inPhonetic == 0:
                current += value
            default: break
            }
        }
        if strings.count >= maxSharedStrings {
            problems.append(Problem(.limitExceeded, "\(part) holds more than \(maxSharedStrings) strings; the rest were not read"))
        }
        return strings
    }

    /// Most shared strings kept: a table of millions of empty `<si/>` costs more memory as Swift
    /// strings than its inflated bytes do.
    static let maxSharedStrings = 1_000_000
}

/// Turns SpreadsheetML sheet events into text: one line per row, cells separated by tabs,
/// each cell's value as it reads (shared string, inline string, cached formula result, number).
struct XLSXSheetWalker {
    let strings: [String]
    let styles: XLSXStyles
    private var cellType: String?
    private var cellStyle: Int?
    private var value = ""
    private var inline = ""
    private var inValue = false
    private var inInlineText = false
    private var inPhonetic = 0
    private var rowHasCell = false

    init(strings: [String], styles: XLSXStyles = XLSXStyles()) {
        self.strings = strings
        self.styles = styles
    }

    mutating func handle(_ event: XMLEvent, _ reader: XMLStreamReader, _ text: inout OfficeText) {
        switch event {
        case .start(let name) where OOXMLNamespace.spreadsheet.contains(name.namespace):
            switch name.local {
            case "row": rowHasCell = false
            case "c":
                cellType = reader.attribute("t")
                cellStyle = reader.attribute("s").flatMap { Int($0) }
                value = ""
                inline = ""
            case "v": inValue = true
            case "t": inInlineText = true
            case "rPh": inPhonetic += 1
            default: break
            }
        case .end(let name) where OOXMLNamespace.spreadsheet.contains(name.namespace):
            switch name.local {
            case "v": inValue = false
            case "t": inInlineText = false
            case "rPh": inPhonetic = max(0, inPhonetic - 1)
            case "c":
                let cell = display()
                guard !cell.isEmpty else { return }
                if rowHasCell { text.append("\t") }
                text.append(cell)
                rowHasCell = true
            case "row": if rowHasCell { text.endLine() }
            default: break
            }
        case .text(let piece):
            if inValue { value += piece } else if inInlineText && inPhonetic == 0 { inline += piece }
        default: break
        }
    }

    /// The cell's value as it reads, by its type attribute.
    private func display() -> String {
        switch cellType {
        case "s": Int(value.trimmingWhitespace()).flatMap { strings.indices.contains($0) ? strings[$0] : nil } ?? ""
        case "inlineStr": inline
        case "str", "e", "d": value
        case "b": value.isEmpty ? "" : value.trimmingWhitespace() == "1" ? "TRUE" : "FALSE"
        default: value.isEmpty ? inline : styles.format(value, style: cellStyle)
        }
    }
}
