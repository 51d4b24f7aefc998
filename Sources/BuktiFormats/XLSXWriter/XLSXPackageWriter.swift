import Foundation

/// Assembles an `XLSXWorkbook` into the parts of an .xlsx package and zips them, in the order
/// Excel itself writes them ([Content_Types].xml first).
struct XLSXPackageWriter {
    let workbook: XLSXWorkbook
    /// Valid, distinct tab names, one per sheet.
    let sheetNames: [String]

    init(workbook: XLSXWorkbook) {
        self.workbook = workbook
        sheetNames = XLSXNaming.sheetNames(workbook.sheets.map(\.name))
    }

    func write() throws(XLSXWriteError) -> [UInt8] {
        let members: [(name: String, bytes: [UInt8])]
        do throws(XMLWriteError) {
            members = try parts()
        } catch {
            throw .xml(error)
        }
        do throws(ZipWriteError) {
            return try ZipWriter.archive(members)
        } catch {
            throw .zip(error)
        }
    }

    /// Every part with its path in the package.
    private func parts() throws(XMLWriteError) -> [(name: String, bytes: [UInt8])] {
        var strings = XLSXSharedStrings()
        var sheetParts: [(name: String, bytes: [UInt8])] = []
        for (index, sheet) in workbook.sheets.enumerated() {
            let bytes = try XLSXSheetWriter(sheet: sheet, selected: index == 0).write(strings: &strings)
            sheetParts.append(("xl/worksheets/sheet\(index + 1).xml", bytes))
        }
        return [
            ("[Content_Types].xml", try contentTypes()),
            ("_rels/.rels", try packageRelationships()),
            ("docProps/app.xml", try XLSXProperties.app()),
            ("docProps/core.xml", try XLSXProperties.core(workbook)),
            ("xl/workbook.xml", try workbookPart()),
            ("xl/_rels/workbook.xml.rels", try workbookRelationships()),
            ("xl/styles.xml", try XLSXStyleSheet.write()),
            ("xl/sharedStrings.xml", try strings.write()),
        ] + sheetParts
    }

    private func contentTypes() throws(XMLWriteError) -> [UInt8] {
        let xml = try XMLWriter()
        xml.start("Types")
        xml.attribute("xmlns", XLSXNamespace.contentTypes)
        xml.element("Default", ["Extension": "rels", "ContentType": XLSXNamespace.ContentType.relationships])
        xml.element("Default", ["Extension": "xml", "ContentType": XLSXNamespace.ContentType.xml])
        let overrides: [(String, String)] =
            [
                ("/xl/workbook.xml", XLSXNamespace.ContentType.workbook),
                ("/xl/styles.xml", XLSXNamespace.ContentType.styles),
                ("/xl/sharedStrings.xml", XLSXNamespace.ContentType.sharedStrings),
                ("/docProps/core.xml", XLSXNamespace.ContentType.coreProperties),
                ("/docProps/app.xml", XLSXNamespace.ContentType.extendedProperties),
            ]
            + workbook.sheets.indices.map { ("/xl/worksheets/sheet\($0 + 1).xml", XLSXNamespace.ContentType.worksheet) }
        for (part, type) in overrides { xml.element("Override", ["PartName": part, "ContentType": type]) }
        xml.end()
        return try xml.finish()
    }

    private func packageRelationships() throws(XMLWriteError) -> [UInt8] {
        try relationships([
            ("rId1", XLSXNamespace.Relationship.officeDocument, "xl/workbook.xml"),
            ("rId2", XLSXNamespace.Relationship.coreProperties, "docProps/core.xml"),
            ("rId3", XLSXNamespace.Relationship.extendedProperties, "docProps/app.xml"),
        ])
    }

    /// Sheets are rId1...rIdN (sheet N is sheetN.xml), then styles and shared strings.
    private func workbookRelationships() throws(XMLWriteError) -> [UInt8] {
        let count = workbook.sheets.count
        return try relationships(
            (0..<count).map { ("rId\($0 + 1)", XLSXNamespace.Relationship.worksheet, "worksheets/sheet\($0 + 1).xml") }
                + [
                    ("rId\(count + 1)", XLSXNamespace.Relationship.styles, "styles.xml"),
                    ("rId\(count + 2)", XLSXNamespace.Relationship.sharedStrings, "sharedStrings.xml"),
                ])
    }

    private func relationships(_ list: [(id: String, type: String, target: String)]) throws(XMLWriteError) -> [UInt8] {
        let xml = try XMLWriter()
        xml.start("Relationships")
        xml.attribute("xmlns", XLSXNamespace.packageRelationships)
        for item in list { xml.element("Relationship", ["Id": item.id, "Type": item.type, "Target": item.target]) }
        xml.end()
        return try xml.finish()
    }

    /// xl/workbook.xml: the sheet list, and the hidden `_xlnm._FilterDatabase` name Excel keeps for
    /// each sheet's autofilter range.
    private func workbookPart() throws(XMLWriteError) -> [UInt8] {
        let xml = try XMLWriter()
        xml.start("workbook")
        xml.attribute("xmlns", XLSXNamespace.main)
        xml.attribute("xmlns:r", XLSXNamespace.relationships)
        xml.element("bookViews") { xml.element("workbookView", ["activeTab": "0"]) }
        xml.element("sheets") {
            for (index, name) in sheetNames.enumerated() {
                xml.element("sheet", ["name": name, "sheetId": "\(index + 1)", "r:id": "rId\(index + 1)"])
            }
        }
        let names = definedNames()
        if !names.isEmpty {
            xml.element("definedNames") {
                for name in names {
                    xml.element(
                        "definedName",
                        ["name": name.name, "localSheetId": "\(name.sheet)", "hidden": name.hidden ? "1" : "0"],
                        text: name.range)
                }
            }
        }
        xml.end()
        return try xml.finish()
    }
}

extension XLSXPackageWriter {
    /// The sheet-local names Excel keeps: `_xlnm._FilterDatabase` (hidden) for each autofilter's range
    /// and `_xlnm.Print_Titles` to repeat a frozen header row on every printed page.
    func definedNames() -> [(name: String, sheet: Int, hidden: Bool, range: String)] {
        var names: [(name: String, sheet: Int, hidden: Bool, range: String)] = []
        for (index, sheet) in workbook.sheets.enumerated() {
            if sheet.hasAutoFilter {
                let range = XLSXNaming.absoluteRange(
                    sheet: sheetNames[index], columns: sheet.columnCount, rows: sheet.rows.count)
                names.append(("_xlnm._FilterDatabase", index, true, range))
            }
            if sheet.freezesHeaderRow && !sheet.rows.isEmpty {
                names.append(("_xlnm.Print_Titles", index, false, XLSXNaming.quoted(sheetNames[index]) + "!$1:$1"))
            }
        }
        return names
    }
}

extension XLSXSheet {
    /// An autofilter needs a header row and at least one column.
    var hasAutoFilter: Bool { autoFilter && !rows.isEmpty && columnCount > 0 }
}

extension XMLWriter {
    /// An element whose children `body` writes.
    func element(_ name: String, _ attributes: KeyValuePairs<String, String> = [:], body: () -> Void) {
        start(name)
        for (key, value) in attributes { attribute(key, value) }
        body()
        end()
    }
}
