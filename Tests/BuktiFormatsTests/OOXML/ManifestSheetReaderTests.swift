import Foundation
import Testing
import BuktiCore
@testable import BuktiFormats

/// The XLSX manifest reader against the same table saved by LibreOffice Calc as CSV and XLSX.
@Suite struct ManifestSheetReaderTests {
    static let folder = Bundle.module.url(forResource: "Fixtures", withExtension: nil)!.appendingPathComponent("manifest")

    @Test func xlsxReadsLikeTheCSVItWasMadeFrom() throws {
        let csv = try String(contentsOf: Self.folder.appendingPathComponent("manifest.csv"), encoding: .utf8)
        let source = try FileSource(path: FilePath(Self.folder.appendingPathComponent("manifest.xlsx").path))
        let rows = try ManifestSheetReader.rows(source)
        #expect(rows.count == 5)
        #expect(rows[1].count == 4)
        #expect(rows[1][1] == "")  // the empty folder cell keeps its column
        #expect(try Manifest(rows: rows) == Manifest(csv: csv))
    }

    @Test func inlineStringsAndColumnsFromCellReferences() throws {
        let xml = """
            <worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>
            <row r="1"><c r="A1" t="inlineStr"><is><t>nama</t></is></c><c r="C1" t="inlineStr"><is><t>opd</t></is></c></row>
            <row r="2"><c r="B2" t="inlineStr"><is><t>Sipandu</t></is></c><c r="AA2"><v>7</v></c></row>
            </sheetData></worksheet>
            """
        let reader = try XMLStreamReader(bytes: Array(xml.utf8))
        var walker = ManifestSheetReader.CellWalker(strings: [])
        while let event = try reader.next() { walker.handle(event, reader) }
        #expect(walker.rows.first == ["nama", "", "opd"])
        #expect(walker.rows.last?[1] == "Sipandu")
        #expect(walker.rows.last?.count == 27)
        #expect(walker.rows.last?[26] == "7")
        #expect(ManifestSheetReader.column(of: "AB12") == 27)
    }

    @Test func aDamagedWorkbookIsAnError() throws {
        let bytes = try Array(Data(contentsOf: Self.folder.appendingPathComponent("manifest.xlsx")))
        #expect(throws: ExtractionFailure.self) { try ManifestSheetReader.rows(MemorySource(Array(bytes.prefix(600)))) }
    }
}
