/// xl/worksheets/sheetN.xml for one `XLSXSheet`: the used range, a frozen header row, column
/// widths, the cells (text through the shared string table) and the autofilter, in the element
/// order the SpreadsheetML schema requires.
struct XLSXSheetWriter {
    let sheet: XLSXSheet
    /// The first sheet is the one selected when the workbook opens.
    let selected: Bool

    func write(strings: inout XLSXSharedStrings) throws(XMLWriteError) -> [UInt8] {
        let xml = try XMLWriter()
        let columns = sheet.columnCount
        let usedRange =
            sheet.rows.isEmpty || columns == 0
            ? "A1" : "A1:\(XLSXNaming.cell(column: columns - 1, row: sheet.rows.count - 1))"
        xml.start("worksheet")
        xml.attribute("xmlns", XLSXNamespace.main)
        xml.attribute("xmlns:r", XLSXNamespace.relationships)
        // Fit to the page width when printed (the pageSetup below says how many pages wide).
        xml.element("sheetPr") { xml.element("pageSetUpPr", ["fitToPage": "1"]) }
        xml.element("dimension", ["ref": usedRange])
        writeView(xml)
        xml.element("sheetFormatPr", ["defaultRowHeight": "15"])
        writeColumns(xml)
        xml.element("sheetData") {
            for (rowIndex, row) in sheet.rows.enumerated() {
                xml.start("row")
                xml.attribute("r", "\(rowIndex + 1)")
                if rowIndex == 0, let height = sheet.headerRowHeight, height.isFinite, height > 0 {
                    xml.attribute("ht", XLSXNaming.number(min(height, 409)))
                    xml.attribute("customHeight", "1")
                }
                for (columnIndex, cell) in row.enumerated() {
                    writeCell(cell, at: XLSXNaming.cell(column: columnIndex, row: rowIndex), xml, &strings)
                }
                xml.end()
            }
        }
        if sheet.hasAutoFilter { xml.element("autoFilter", ["ref": usedRange]) }
        xml.element(
            "pageMargins",
            ["left": "0.7", "right": "0.7", "top": "0.75", "bottom": "0.75", "header": "0.3", "footer": "0.3"])
        // A4 (paper size 9), landscape, one page wide and as many pages tall as needed.
        xml.element("pageSetup", ["paperSize": "9", "orientation": "landscape", "fitToWidth": "1", "fitToHeight": "0"])
        xml.end()
        return try xml.finish()
    }

    /// The sheet view; with a frozen header, a pane split below row 1 with the cursor in A2.
    private func writeView(_ xml: XMLWriter) {
        xml.element("sheetViews") {
            xml.start("sheetView")
            if selected { xml.attribute("tabSelected", "1") }
            xml.attribute("workbookViewId", "0")
            if sheet.freezesHeaderRow && !sheet.rows.isEmpty {
                xml.element(
                    "pane", ["ySplit": "1", "topLeftCell": "A2", "activePane": "bottomLeft", "state": "frozen"])
                xml.element("selection", ["pane": "bottomLeft", "activeCell": "A2", "sqref": "A2"])
            }
            xml.end()
        }
    }

    private func writeColumns(_ xml: XMLWriter) {
        let widths = sheet.columnWidths.enumerated().compactMap { index, width in
            width.flatMap { $0.isFinite && $0 > 0 ? (index, min($0, 255)) : nil }
        }
        guard !widths.isEmpty else { return }
        xml.element("cols") {
            for (index, width) in widths {
                xml.element(
                    "col",
                    [
                        "min": "\(index + 1)", "max": "\(index + 1)", "width": XLSXNaming.number(width),
                        "customWidth": "1",
                    ])
            }
        }
    }

    /// One `c` element; empty unstyled cells are left out, as Excel does.
    private func writeCell(_ cell: XLSXCell, at reference: String, _ xml: XMLWriter, _ strings: inout XLSXSharedStrings)
    {
        var type: String?
        var value: String?
        switch cell.value {
        case .string(let text):
            type = "s"
            value = "\(strings.index(of: XLSXNaming.cellText(text)))"
        case .number(let number) where number.isFinite:
            value = XLSXNaming.number(number)
        case .date(let date):
            value = XLSXNaming.number(XLSXNaming.serial(date))
        case .bool(let flag):
            type = "b"
            value = flag ? "1" : "0"
        case .number, .empty:
            break
        }
        guard value != nil || cell.style != .plain else { return }
        xml.start("c")
        xml.attribute("r", reference)
        if cell.style != .plain { xml.attribute("s", "\(cell.style.rawValue)") }
        if let type { xml.attribute("t", type) }
        if let value { xml.element("v", text: value) }
        xml.end()
    }
}
