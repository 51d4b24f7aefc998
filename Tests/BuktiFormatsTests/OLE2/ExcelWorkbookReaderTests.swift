import Testing
import BuktiCore
@testable import BuktiFormats

@Suite struct ExcelWorkbookReaderTests {
    static func dpa() -> FileFacts { OLE2Fixtures.extract(OLE2Fixtures.bytes("dpa-2023.xls"), kind: .xls) }

    @Test func sheetNamesInOrder() {
        #expect(Self.dpa().sheets == OLE2Fixtures.lines("dpa-2023.xls.sheets.txt"))
    }

    @Test func cellTextHasEveryRowInOrder() throws {
        let facts = Self.dpa()
        #expect(facts.problems.isEmpty, "\(facts.problems)")
        let text = try #require(facts.text)
        WordDocumentReaderTests.expectInOrder(OLE2Fixtures.lines("dpa-2023.xls.expected.txt"), in: text)
        // Whole rows, so numbers print as they read (no "1250000000.0").
        #expect(text.contains("\n1.02.01\tBelanja Pegawai\t1250000000\n"))
        #expect(text.contains("\n1.02.03\tBelanja Modal\t-42\n"))
    }

    @Test func sharedStringsSpanContinueRecords() throws {
        let file = try CompoundFile(MemorySource(OLE2Fixtures.bytes("dpa-2023.xls")), options: ExtractionOptions())
        let stream = try #require(try file.readStream("Workbook"))
        var reader = BIFFReader(stream)
        var records: [BIFFRecord] = []
        while let record = reader.next() { records.append(record) }
        let sst = try #require(records.firstIndex { $0.kind == .sst })
        let continues = records[(sst + 1)...].prefix { $0.kind == .continuation }
        #expect(continues.count >= 2)  // the fixture must exercise the split
        let declared = OLE2Bytes(Array(records[sst].data)).u32(4)
        let table = try SharedStringTable(segments: [records[sst].data] + continues.map(\.data), options: ExtractionOptions())
        #expect(table.problem == nil)
        #expect(declared.map(Int.init) == table.strings.count)
        // The 260 "Kegiatan" strings (8-bit and UTF-16 ones straddle the boundaries) all come out whole.
        let kegiatan = table.strings.filter { $0.hasPrefix("Kegiatan ") }
        #expect(kegiatan.count == 260)
        #expect(kegiatan.allSatisfy { $0.hasSuffix("Kesehatan") || $0.hasSuffix("Perorangan") || $0.hasSuffix("— prioritas") })
    }

    @Test func sharedStringCountThatLiesIsCorrupt() throws {
        var bytes = OLE2Fixtures.bytes("dpa-2023.xls")
        let file = try CompoundFile(MemorySource(bytes), options: ExtractionOptions())
        let stream = try #require(try file.readStream("Workbook"))
        var reader = BIFFReader(stream)
        var found: BIFFRecord?
        while let record = reader.next(), found == nil { if record.kind == .sst { found = record } }
        let sst = try #require(found)
        let header = Array(stream[sst.offset..<sst.offset + 12])
        let at = try #require(bytes.firstRange(of: header)).lowerBound
        OLE2Damage.patch32(&bytes, at: at + 8, 0x7FFF_FFFF)  // cstUnique: two billion strings
        let facts = OLE2Fixtures.extract(bytes, kind: .xls)
        #expect(facts.problems.contains { $0.code == .corrupt && $0.message.contains("declares 2147483647 strings") }, "\(facts.problems)")
        #expect(facts.text?.contains("Kegiatan 260") == true)  // the strings that are there still count
    }

    @Test func encryptedWorkbookNeedsAPassword() {
        let facts = OLE2Fixtures.extract(OLE2Fixtures.bytes("anggaran-terkunci.xls"), kind: .xls)
        #expect(facts.problems == [Problem(.passwordRequired, ExcelWorkbookReader.encryptedMessage)])
        #expect(facts.encrypted == true)
        #expect(facts.text == nil)
    }

    @Test func workbookUnderExcelsDefaultPasswordIsDecryptedAndRead() throws {
        let facts = OLE2Fixtures.extract(OLE2Fixtures.bytes("rekap-terlindung.xls"), kind: .xls)
        #expect(facts.problems.isEmpty, "\(facts.problems)")
        #expect(facts.encrypted == true)
        #expect(facts.sheets == ["Rekap 2023"])
        let text = try #require(facts.text)
        WordDocumentReaderTests.expectInOrder(OLE2Fixtures.lines("rekap-terlindung.xls.expected.txt"), in: text)
    }

    @Test func defaultPasswordDoesNotOpenARealPassword() throws {
        let file = try CompoundFile(MemorySource(OLE2Fixtures.bytes("anggaran-terkunci.xls")), options: ExtractionOptions())
        let stream = try #require(try file.readStream("Workbook"))
        let record = try #require(ExcelWorkbookReader.filePass(in: stream))
        let encryption = try #require(BIFFEncryption(filePass: record.data))
        #expect(encryption.keys(password: BIFFEncryption.defaultPassword) == nil)
        #expect(encryption.keys(password: "rahasia") != nil)  // the script's password
    }

    @Test func cellValuesReadAsExcelShowsThem() {
        #expect(ExcelCellValue.format(1_250_000_000) == "1250000000")
        #expect(ExcelCellValue.format(-42) == "-42")
        #expect(ExcelCellValue.format(387_500_000.5) == "387500000.5")
        // RK: integer -42 (fInt), 1.25 as a truncated double, 12.34 as integer 1234 ×1/100.
        #expect(ExcelCellValue.rk(UInt32(bitPattern: -42 << 2) | 0x2) == -42)
        #expect(ExcelCellValue.rk(UInt32(truncatingIfNeeded: 1.25.bitPattern >> 32)) == 1.25)
        #expect(ExcelCellValue.rk(1234 << 2 | 0x3) == 12.34)
        #expect(ExcelCellValue.boolOrError(0x07, isError: true) == "#DIV/0!")
        #expect(ExcelCellValue.boolOrError(1, isError: false) == "TRUE")
    }
}
