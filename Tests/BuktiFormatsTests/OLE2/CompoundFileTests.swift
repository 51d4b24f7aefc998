import Testing
import BuktiCore
@testable import BuktiFormats

@Suite struct CompoundFileTests {
    let options = ExtractionOptions()

    @Test func opensLibreOfficeWordFileAndNamesItsStreams() throws {
        let file = try CompoundFile(MemorySource(OLE2Fixtures.bytes("sk-tim-inovasi.doc")), options: options)
        #expect(file.header.majorVersion == 3)
        #expect(file.sectorSize == 512)
        #expect(file.problems.isEmpty)
        for name in ["WordDocument", "1Table", "\u{5}SummaryInformation", "\u{5}DocumentSummaryInformation"] {
            #expect(file.stream(name) != nil, "\(name)")
        }
        // A small stream lives in the mini stream, a large one in regular sectors; both read whole.
        let summary = try #require(file.stream("\u{5}SummaryInformation"))
        #expect(summary.size < file.header.miniStreamCutoff)
        #expect(try file.read(summary, upTo: .max).count == summary.size)
        let document = try #require(file.stream("WordDocument"))
        #expect(document.size >= file.header.miniStreamCutoff)
        let bytes = try file.read(document, upTo: .max)
        #expect(bytes.count == document.size)
        #expect(bytes.prefix(2) == [0xEC, 0xA5])  // the FIB's wIdent
    }

    @Test func buildsPathsForNestedStorages() throws {
        let file = try CompoundFile(MemorySource(OLE2Fixtures.bytes("sk-terkunci.docx")), options: options)
        #expect(file.stream("\u{6}DataSpaces/Version") != nil)
        #expect(file.stream("\u{6}DataSpaces/TransformInfo/StrongEncryptionTransform/\u{6}Primary") != nil)
        #expect(file.stream("\u{6}dataspaces/version") != nil)  // names compare case-insensitively
        #expect(file.rootNames.isSuperset(of: ["EncryptedPackage", "EncryptionInfo", "\u{6}DataSpaces"]))
    }

    @Test func fileCutInHalfIsTruncatedNotACrash() {
        for name in ["sk-tim-inovasi.doc", "dpa-2023.xls", "paparan-inovasi.ppt"] {
            let bytes = OLE2Fixtures.bytes(name)
            let facts = OLE2Fixtures.extract(Array(bytes.prefix(bytes.count / 2)), kind: .doc)
            #expect(facts.has(.truncated), "\(name): \(facts.problems)")
        }
    }

    @Test func everyPrefixFailsCleanly() {
        let bytes = OLE2Fixtures.bytes("sk-tim-inovasi.doc")
        for length in stride(from: 0, to: bytes.count, by: 97) {
            let facts = OLE2Fixtures.extract(Array(bytes.prefix(length)), kind: .doc)
            #expect(!facts.problems.isEmpty, "prefix \(length)")
        }
    }

    @Test func fatChainThatLoopsIsCorrupt() throws {
        var bytes = OLE2Fixtures.bytes("sk-tim-inovasi.doc")
        let file = try CompoundFile(MemorySource(bytes), options: options)
        let start = try #require(file.stream("WordDocument")).startSector
        OLE2Damage.patch32(&bytes, at: OLE2Damage.fatEntryOffset(file, sector: start), start)
        let facts = OLE2Fixtures.extract(bytes, kind: .doc)
        #expect(facts.problems.contains { $0.code == .corrupt && $0.message.contains("loops back") }, "\(facts.problems)")
        #expect(facts.title == "SK Tim Inovasi Daerah Bidang Kesehatan 2023")  // the summary still reads
        #expect(facts.text == nil)
    }

    @Test func directoryEntryPointingOutsideTheFileIsCorrupt() throws {
        var bytes = OLE2Fixtures.bytes("sk-tim-inovasi.doc")
        let file = try CompoundFile(MemorySource(bytes), options: options)
        let entry = try #require(file.stream("WordDocument"))
        let offset = try OLE2Damage.directoryEntryOffset(file, id: entry.id)
        OLE2Damage.patch32(&bytes, at: offset + 0x74, 0x00FF_FFF0)
        let facts = OLE2Fixtures.extract(bytes, kind: .doc)
        #expect(facts.problems.contains { $0.code == .corrupt && $0.message.contains("beyond the end") }, "\(facts.problems)")
    }

    @Test func directoryTreeThatLoopsIsReportedOnce() throws {
        var bytes = OLE2Fixtures.bytes("sk-tim-inovasi.doc")
        let file = try CompoundFile(MemorySource(bytes), options: options)
        let entry = try #require(file.stream("WordDocument"))
        // The entry's left sibling becomes the root's first child: a cycle in the red-black tree.
        let offset = try OLE2Damage.directoryEntryOffset(file, id: entry.id)
        OLE2Damage.patch32(&bytes, at: offset + 0x44, file.entries[0].child)
        OLE2Damage.patch32(&bytes, at: offset + 0x48, UInt32(entry.id))
        let damaged = try CompoundFile(MemorySource(bytes), options: options)
        #expect(damaged.problems.filter { $0.message.contains("loops back to entry") }.count == 1)
        #expect(damaged.stream("WordDocument") != nil)
    }

    @Test func difatChainThatLoopsIsCorrupt() throws {
        // The .ppt has enough sectors for a header that claims DIFAT sectors.
        var bytes = OLE2Fixtures.bytes("paparan-inovasi.ppt")
        let file = try CompoundFile(MemorySource(bytes), options: options)
        let perSector = UInt32(file.sectorSize / 4 - 1)
        let loop: UInt32 = 3
        OLE2Damage.patch32(&bytes, at: 0x2C, 109 + perSector + 5)  // FAT sectors: more than one DIFAT sector holds
        OLE2Damage.patch32(&bytes, at: 0x44, loop)  // first DIFAT sector
        OLE2Damage.patch32(&bytes, at: 0x48, 2)  // DIFAT sector count
        let next = (Int(loop) + 1) * file.sectorSize + Int(perSector) * 4
        OLE2Damage.patch32(&bytes, at: next, loop)  // ...whose "next" points at itself
        let facts = OLE2Fixtures.extract(bytes, kind: .ppt)
        #expect(facts.problems.contains { $0.code == .corrupt && $0.message.contains("DIFAT chain loops") }, "\(facts.problems)")
    }

    @Test func hostileHeaderCountsStayBounded() throws {
        var bytes = OLE2Fixtures.bytes("sk-tim-inovasi.doc")
        OLE2Damage.patch32(&bytes, at: 0x2C, 0xFFFF_FFFF)  // 4 billion FAT sectors
        OLE2Damage.patch32(&bytes, at: 0x48, 0xFFFF_FFFF)
        let facts = OLE2Fixtures.extract(bytes, kind: .doc)
        #expect(!facts.problems.isEmpty)
    }

    @Test func notACompoundFileIsCorrupt() {
        let facts = OLE2Fixtures.extract(Array("%PDF-1.7 not an office file".utf8) + [UInt8](repeating: 0, count: 600), kind: .doc)
        #expect(facts.problems == [Problem(.corrupt, "compound file signature D0CF11E0 is missing")])
        #expect(OLE2Fixtures.extract([0xD0, 0xCF, 0x11, 0xE0], kind: .doc).has(.truncated))
    }
}
