import BuktiCore
import Foundation
import Testing

@testable import BuktiFormats

/// The package the writer produces, part by part, read back with our own zip and XML readers.
@Suite struct XLSXWorkbookTests {
    static let main = "http://schemas.openxmlformats.org/spreadsheetml/2006/main"
    /// 12 January 2024, UTC midnight: serial 45303 in Excel's 1900 date system.
    static let date = Date(timeIntervalSince1970: 1_705_017_600)

    static let workbook = XLSXWorkbook(sheets: [
        XLSXSheet(
            name: "Ringkasan", columnWidths: [30, nil, 12],
            rows: [
                ["Nama", "Skor", "Tanggal", "Persen", "Lengkap"].map { .string($0, style: .header) },
                [.string("Alpha"), .number(30), .date(date), .number(0.55, style: .percent), .bool(true)],
                [.string("Alpha"), .number(12.5), .empty(), .empty(style: .bad), .bool(false)],
            ], headerRowHeight: 45),
        XLSXSheet(name: "Dua", rows: [[.string("x")]], freezesHeaderRow: false, autoFilter: false),
    ])

    private func parts(_ bytes: [UInt8]) throws -> (ZipArchive, [String]) {
        let archive = try ZipArchive(MemorySource(bytes))
        return (archive, archive.entries().map(\.name))
    }

    private func document(_ archive: ZipArchive, _ name: String) throws -> XMLDocument {
        try XMLDocument(bytes: try archive.read(name, limit: 1 << 20))
    }

    @Test func packageHoldsEveryPartAsWellFormedXML() throws {
        let (archive, names) = try parts(try Self.workbook.write())
        #expect(
            names == [
                "[Content_Types].xml", "_rels/.rels", "docProps/app.xml", "docProps/core.xml", "xl/workbook.xml",
                "xl/_rels/workbook.xml.rels", "xl/styles.xml", "xl/sharedStrings.xml", "xl/worksheets/sheet1.xml",
                "xl/worksheets/sheet2.xml",
            ])
        for name in names { _ = try document(archive, name) }
        let overrides = try document(archive, "[Content_Types].xml").root?.children.compactMap {
            $0.attribute("PartName")
        }
        #expect(
            Set(overrides ?? [])
                == Set(names.filter { $0.hasSuffix(".xml") && $0 != "[Content_Types].xml" }.map { "/" + $0 }))
    }

    @Test func membersAreDeflatedAndStampedWithAFixedTime() throws {
        let bytes = try Self.workbook.write()
        #expect(bytes == (try Self.workbook.write()))
        let (archive, _) = try parts(bytes)
        let styles = try #require(archive.entry(named: "xl/styles.xml"))
        #expect(styles.compressedSize < styles.size)
        // First local header: method at 8, DOS time at 10, DOS date at 12 (1980-01-01 = 0x0021).
        #expect(Array(bytes[0..<4]) == [0x50, 0x4B, 0x03, 0x04])
        #expect(Array(bytes[8..<14]) == [8, 0, 0, 0, 0x21, 0])
    }

    @Test func sharedStringsAreCountedAndUnique() throws {
        let (archive, _) = try parts(try Self.workbook.write())
        let table = try #require(try document(archive, "xl/sharedStrings.xml").root)
        // Five headers, "Alpha" twice on sheet 1, "x" on sheet 2.
        #expect(table.attribute("count") == "8")
        #expect(table.attribute("uniqueCount") == "7")
        #expect(table.children.map(\.text) == ["Nama", "Skor", "Tanggal", "Persen", "Lengkap", "Alpha", "x"])
    }

    @Test func cellsAreTyped() throws {
        let (archive, _) = try parts(try Self.workbook.write())
        let sheet = try #require(try document(archive, "xl/worksheets/sheet1.xml").root)
        let cells = sheet.descendants(XMLName(Self.main, "c"))
        func cell(_ reference: String) -> XMLElement? { cells.first { $0.attribute("r") == reference } }
        #expect(cell("A2")?.attribute("t") == "s")
        #expect(cell("B2")?.attribute("t") == nil && cell("B2")?.text == "30")
        #expect(cell("B3")?.text == "12.5")
        #expect(cell("C2")?.text == "45303" && cell("C2")?.attribute("s") == "\(XLSXCellStyle.date.rawValue)")
        #expect(cell("D2")?.attribute("s") == "\(XLSXCellStyle.percent.rawValue)")
        #expect(cell("E2")?.attribute("t") == "b" && cell("E2")?.text == "1")
        #expect(cell("C3") == nil)
        #expect(cell("D3")?.attribute("s") == "\(XLSXCellStyle.bad.rawValue)" && cell("D3")?.children.isEmpty == true)
    }

    @Test func headerIsFrozenAndFiltered() throws {
        let (archive, _) = try parts(try Self.workbook.write())
        let sheet = try #require(try document(archive, "xl/worksheets/sheet1.xml").root)
        let pane = sheet.descendants(XMLName(Self.main, "pane")).first
        #expect(pane?.attribute("state") == "frozen" && pane?.attribute("ySplit") == "1")
        #expect(sheet.child(XMLName(Self.main, "autoFilter"))?.attribute("ref") == "A1:E3")
        #expect(sheet.child(XMLName(Self.main, "dimension"))?.attribute("ref") == "A1:E3")
        let columns = sheet.descendants(XMLName(Self.main, "col"))
        #expect(columns.map { $0.attribute("min") ?? "" } == ["1", "3"])
        #expect(columns.map { $0.attribute("width") ?? "" } == ["30", "12"])
        #expect(sheet.child(XMLName(Self.main, "pageSetup"))?.attribute("orientation") == "landscape")
        let rows = sheet.descendants(XMLName(Self.main, "row"))
        #expect(rows.map { $0.attribute("ht") } == ["45", nil, nil])
        let second = try #require(try document(archive, "xl/worksheets/sheet2.xml").root)
        #expect(second.descendants(XMLName(Self.main, "pane")).isEmpty)
        #expect(second.child(XMLName(Self.main, "autoFilter")) == nil)
        let names = try document(archive, "xl/workbook.xml").root?.descendants(XMLName(Self.main, "definedName"))
        #expect(names?.map { $0.attribute("name") ?? "" } == ["_xlnm._FilterDatabase", "_xlnm.Print_Titles"])
        #expect(names?.map(\.text) == ["'Ringkasan'!$A$1:$E$3", "'Ringkasan'!$1:$1"])
        #expect(names?.map { $0.attribute("localSheetId") ?? "" } == ["0", "0"])
    }

    @Test func stylesListOneFormatPerStyle() throws {
        let (archive, _) = try parts(try Self.workbook.write())
        let styles = try #require(try document(archive, "xl/styles.xml").root)
        let formats = styles.child(XMLName(Self.main, "cellXfs"))?.children ?? []
        #expect(formats.count == XLSXCellStyle.allCases.count)
        #expect(styles.descendants(XMLName(Self.main, "numFmt")).first?.attribute("formatCode") == "dd mmm yyyy")
        #expect(formats[XLSXCellStyle.date.rawValue].attribute("numFmtId") == "164")
        #expect(formats[XLSXCellStyle.percent.rawValue].attribute("numFmtId") == "9")
        let fills = styles.child(XMLName(Self.main, "fills"))?.children ?? []
        let badFill = Int(formats[XLSXCellStyle.bad.rawValue].attribute("fillId") ?? "") ?? 0
        #expect(fills.indices.contains(badFill))
        #expect(fills[badFill].descendants(XMLName(Self.main, "fgColor")).first?.attribute("rgb") == "FFFFC7CE")
    }

    @Test func hostileTextIsEscapedOrDropped() throws {
        let hostile = "<b>&</b>\u{0}\u{1}\u{1B}[31m\u{FFFE}_x0041_ \"'"
        let workbook = XLSXWorkbook(sheets: [XLSXSheet(name: "A\u{1}]", rows: [[.string(hostile)]])], title: "t\u{7}")
        let (archive, _) = try parts(try workbook.write())
        let table = try document(archive, "xl/sharedStrings.xml")
        #expect(table.root?.children.first?.text == "<b>&</b>[31m_x005F_x0041_ \"'")
        let sheet = try document(archive, "xl/workbook.xml").root?.descendants(XMLName(Self.main, "sheet")).first
        #expect(sheet?.attribute("name") == "A")
    }

    @Test func noDateUnlessGiven() throws {
        let (archive, _) = try parts(try Self.workbook.write())
        let terms = "http://purl.org/dc/terms/"
        #expect(try document(archive, "docProps/core.xml").root?.child(XMLName(terms, "created")) == nil)
        var dated = Self.workbook
        dated.created = Self.date
        let (datedArchive, _) = try parts(try dated.write())
        #expect(
            try document(datedArchive, "docProps/core.xml").root?.child(XMLName(terms, "created"))?.text
                == "2024-01-12T00:00:00Z")
    }

    @Test func ourOOXMLReaderReadsItBack() throws {
        var facts = FileFacts(path: FilePath("book.xlsx"), kind: .xlsx)
        try OOXMLExtractor().extract(
            MemorySource(try Self.workbook.write()), into: &facts, options: ExtractionOptions())
        #expect(facts.problems.isEmpty)
        #expect(facts.sheets == ["Ringkasan", "Dua"])
        #expect(facts.author == "bukti" && facts.application == "bukti")
        let lines = (facts.text ?? "").split(separator: "\n").map(String.init)
        #expect(lines.contains("Alpha\t30\t2024-01-12\t55%\tTRUE"))
        #expect(lines.contains("Alpha\t12.5\tFALSE"))
    }
}
