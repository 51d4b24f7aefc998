/// Turns OpenDocument body events into text: text:p and text:h as lines, text:s as spaces,
/// text:tab and text:line-break, table cells as tabs and rows as lines, draw pages apart by a
/// blank line. Comments (office:annotation), tracked deletions and speaker notes are left out.
/// Spreadsheet tables put their name on a line and into `sheets`.
struct ODFTextWalker {
    /// Elements whose content is not part of the document's reading text.
    private static let skipped: Set<XMLName> = [
        XMLName(ODFNamespace.office, "annotation"), XMLName(ODFNamespace.text, "tracked-changes"),
        XMLName(ODFNamespace.presentation, "notes"),
    ]
    /// Most spaces one text:s may stand for (the count is untrusted).
    private static let maxSpaces = 256

    /// True for spreadsheets: a top-level table is a sheet.
    let spreadsheet: Bool
    private(set) var sheets: [String] = []
    private var inParagraph = 0
    private var inSkipped = 0
    private var tableDepth = 0

    init(spreadsheet: Bool) { self.spreadsheet = spreadsheet }

    mutating func handle(_ event: XMLEvent, _ reader: XMLStreamReader, _ text: inout OfficeText) {
        switch event {
        case .start(let name):
            if Self.skipped.contains(name) { inSkipped += 1 }
            guard inSkipped == 0 else { return }
            switch (name.namespace, name.local) {
            case (ODFNamespace.text, "p"), (ODFNamespace.text, "h"): inParagraph += 1
            case (ODFNamespace.text, "s"):
                let count = reader.attribute("c", namespace: ODFNamespace.text).flatMap { Int($0) } ?? 1
                text.append(String(repeating: " ", count: min(max(count, 1), Self.maxSpaces)))
            case (ODFNamespace.text, "tab"): text.append("\t")
            case (ODFNamespace.text, "line-break"): text.append("\n")
            case (ODFNamespace.table, "table-cell"): text.beginCell()
            case (ODFNamespace.table, "table"):
                tableDepth += 1
                if spreadsheet, tableDepth == 1, let sheet = reader.attribute("name", namespace: ODFNamespace.table) {
                    sheets.append(sheet)
                    text.endLine()
                    text.append(sheet)
                    text.endLine()
                }
            default: break
            }
        case .end(let name):
            if Self.skipped.contains(name) {
                inSkipped = max(0, inSkipped - 1)
                return
            }
            guard inSkipped == 0 else { return }
            switch (name.namespace, name.local) {
            case (ODFNamespace.text, "p"), (ODFNamespace.text, "h"):
                inParagraph = max(0, inParagraph - 1)
                text.endLine()
            case (ODFNamespace.table, "table-cell"): text.endCell()
            case (ODFNamespace.table, "table-row"): text.endRow()
            case (ODFNamespace.table, "table"): tableDepth = max(0, tableDepth - 1)
            case (ODFNamespace.draw, "page"):
                text.endLine()
                text.append("\n")
            default: break
            }
        case .text(let value):
            if inParagraph > 0 && inSkipped == 0 { text.append(value) }
        }
    }
}

/// Collects the text of page headers or footers from styles.xml master pages.
struct ODFHeaderFooterWalker {
    /// style:header, style:header-left, style:header-first (or the footer variants).
    private let elements: Set<XMLName>
    private var inside = 0
    private var body = ODFTextWalker(spreadsheet: false)

    init(footers: Bool) {
        let stem = footers ? "footer" : "header"
        elements = Set(["", "-left", "-first"].map { XMLName(ODFNamespace.style, stem + $0) })
    }

    mutating func handle(_ event: XMLEvent, _ reader: XMLStreamReader, _ text: inout OfficeText) {
        switch event {
        case .start(let name) where elements.contains(name): inside += 1
        case .end(let name) where elements.contains(name):
            inside = max(0, inside - 1)
            text.endLine()
        default: if inside > 0 { body.handle(event, reader, &text) }
        }
    }
}
