import BuktiCore
import Testing
@testable import BuktiFormats

/// EXIF values come from Scripts/fixtures/media.sh, which wrote them with exiftool.
@Suite struct EXIFReaderTests {
    static let exifOffsetTag: UInt16 = 0x8769
    static let modelTag: UInt16 = 0x0110
    static let makeTag: UInt16 = 0x010F

    func tiff(_ name: String) throws -> EXIFTestTIFF {
        try #require(EXIFTestTIFF(jpeg: try MediaFixtures.bytes(name)))
    }

    func read(_ tiff: EXIFTestTIFF, options: ExtractionOptions = .init()) throws -> EXIFMetadata {
        try EXIFReader.read(SourceWindow(MemorySource(tiff.bytes)), options: options)
    }

    @Test func readsIntelByteOrder() throws {
        let exif = try read(try tiff("phone.jpg"))
        #expect(!exif.bigEndian)
        #expect(exif.camera == "Samsung SM-A525F")
        #expect(exif.taken == "2024-03-15T09:30:45+08:00")
        #expect(exif.orientation == 6)
        #expect(exif.text(.software) == "A525FXXU4CWA1")
        let gps = try #require(exif.gps)
        #expect(abs(gps.lat - -8.65) < 1e-9 && abs(gps.lon - 115.2167) < 1e-9 && gps.alt == 12.5)
        #expect(exif.problems.isEmpty)
    }

    @Test func readsMotorolaByteOrderAndAltitudeBelowSeaLevel() throws {
        let exif = try read(try tiff("motorola.jpg"))
        #expect(exif.bigEndian)
        // Model "Canon EOS 80D" already starts with the make "Canon".
        #expect(exif.camera == "Canon EOS 80D")
        #expect(exif.taken == "2023-12-31T23:59:58")
        let gps = try #require(exif.gps)
        #expect(abs(gps.lat - 6.2) < 1e-9 && abs(gps.lon - -106.8167) < 1e-9 && gps.alt == -3.25)
    }

    @Test(arguments: ["phone.jpg", "motorola.jpg"])
    func subIFDOffsetOutsideTheDataIsCorruptNotACrash(name: String) throws {
        var damaged = try tiff(name)
        damaged.setValue(0xFFFF_FF00, of: Self.exifOffsetTag)
        let exif = try read(damaged)
        #expect(exif.problems.contains { $0.code == .corrupt && $0.message.contains("ExifOffset") })
        #expect(exif.camera != nil, "IFD0 is still read")
        #expect(exif.values[.dateTimeOriginal] == nil)
    }

    @Test func valueOffsetOutsideTheDataNamesTheTag() throws {
        var damaged = try tiff("phone.jpg")
        damaged.setValue(0x7FFF_0000, of: Self.modelTag)
        let exif = try read(damaged)
        #expect(exif.problems.contains { $0.code == .corrupt && $0.message.contains("Model") })
        #expect(exif.camera == "Samsung")
    }

    @Test func ifdPointingToItselfIsALoopProblem() throws {
        var damaged = try tiff("phone.jpg")
        damaged.setValue(UInt32(damaged.ifd0), of: Self.exifOffsetTag)
        let exif = try read(damaged)
        #expect(exif.problems.contains { $0.code == .corrupt && $0.message.contains("loop") })
        #expect(exif.camera == "Samsung SM-A525F")
    }

    @Test func valueCountOverflowIsAProblem() throws {
        var damaged = try tiff("phone.jpg")
        damaged.setCount(0xFFFF_FFFF, of: Self.makeTag)
        let exif = try read(damaged)
        #expect(exif.text(.make) == nil)
        #expect(exif.problems.contains { $0.message.contains("Make") })
    }

    @Test func entryCountBeyondTheDataIsTruncated() throws {
        var damaged = try tiff("phone.jpg")
        damaged.bytes.put(0xFFFF, at: damaged.ifd0, width: 2, bigEndian: damaged.bigEndian)
        let exif = try read(damaged)
        #expect(exif.problems.contains { $0.code == .truncated })
    }

    @Test func notATIFFHeaderIsCorrupt() throws {
        let exif = try EXIFReader.read(SourceWindow(MemorySource(Array("XX*\0\0\0\0\u{8}".utf8))), options: .init())
        #expect(exif.problems.map(\.code) == [.corrupt])
    }

    @Test func everyCutOfTheEXIFDataEndsWithoutACrash() throws {
        let whole = try tiff("motorola.jpg").bytes
        for length in 0..<whole.count {
            let exif = try EXIFReader.read(SourceWindow(MemorySource(Array(whole[..<length]))), options: .init())
            if length < 8 { #expect(exif.problems.first?.code == .truncated) }
        }
    }

    @Test func timeBudgetIsHonoured() throws {
        var options = ExtractionOptions()
        options.deadline = Deadline(nanoseconds: 1)
        #expect(throws: ExtractionFailure.self) { try read(try tiff("phone.jpg"), options: options) }
    }
}
