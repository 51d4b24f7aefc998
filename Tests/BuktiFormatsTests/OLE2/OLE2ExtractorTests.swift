import Testing
import BuktiCore
@testable import BuktiFormats

@Suite struct OLE2ExtractorTests {
    /// A small deterministic generator, so a failure can be replayed.
    struct SplitMix: RandomNumberGenerator {
        var state: UInt64
        mutating func next() -> UInt64 {
            state &+= 0x9E37_79B9_7F4A_7C15
            var z = state
            z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
            z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
            return z ^ (z >> 31)
        }
    }

    @Test(arguments: ["sk-tim-inovasi.doc", "dpa-2023.xls", "sk-terkunci.docx", "paparan-inovasi.ppt", "rekap-terlindung.xls"])
    func flippedBytesNeverCrashOrHang(_ name: String) {
        let original = OLE2Fixtures.bytes(name)
        #expect(!original.isEmpty)
        var random = SplitMix(state: 0xB0C7)
        var options = ExtractionOptions()
        options.deadline = .after(seconds: 60)
        for _ in 0..<300 {
            var bytes = original
            // Flip a few bytes, mostly in the header, FAT and directory where damage matters most.
            for _ in 0..<4 {
                let span = Bool.random(using: &random) ? min(bytes.count, 2048) : bytes.count
                bytes[Int.random(in: 0..<span, using: &random)] ^= UInt8.random(in: 1...255, using: &random)
            }
            let facts = OLE2Fixtures.extract(bytes, kind: .doc, options: options)
            #expect(DamageOutcome.violations(facts).isEmpty, "\(name): \(DamageOutcome.violations(facts))")
            let probed = OLE2Probe().probe(MemorySource(bytes), options: options)
            #expect(probed.problems.allSatisfy { !$0.message.isEmpty }, "\(name)")
        }
        #expect(!options.deadline.hasPassed)
    }

    /// Damage inside the streams themselves (FIB, piece table, BIFF records, SST, PowerPoint
    /// atoms, property sets), which flips in the whole file rarely reach.
    @Test func flippedStreamBytesNeverCrashOrHang() throws {
        var random = SplitMix(state: 0x5EED)
        let options = ExtractionOptions()
        func mutate(_ bytes: [UInt8]) -> [UInt8] {
            var copy = bytes
            for _ in 0..<Int.random(in: 1...8, using: &random) where !copy.isEmpty {
                copy[Int.random(in: 0..<copy.count, using: &random)] ^= UInt8.random(in: 1...255, using: &random)
            }
            return copy
        }
        let word = try CompoundFile(MemorySource(OLE2Fixtures.bytes("sk-tim-inovasi.doc")), options: options)
        let document = try #require(try word.readStream("WordDocument"))
        let table = try #require(try word.readStream("1Table"))
        let summary = try #require(try word.readStream(SummaryInformation.streamName))
        let excel = try CompoundFile(MemorySource(OLE2Fixtures.bytes("dpa-2023.xls")), options: options)
        let workbook = try #require(try excel.readStream("Workbook"))
        let powerPoint = try CompoundFile(MemorySource(OLE2Fixtures.bytes("paparan-inovasi.ppt")), options: options)
        let slides = try #require(try powerPoint.readStream(PowerPointText.streamName))
        for _ in 0..<400 {
            let fib = try? WordFIB(mutate(document))
            if let fib {
                _ = try? WordTableRows(document: mutate(document), table: mutate(table), plc: fib.paragraphProperties, options: options)
            }
            if let fib, let pieces = try? WordPieceTable(table: mutate(table), clx: fib.clx, options: options) {
                var builder = WordTextBuilder(limit: 1000, maxNesting: 8)
                try? pieces.characters(in: mutate(document), upTo: fib.mainTextLength, options: options) { unit, _ in builder.append(unit) }
            }
            _ = try? PropertySet(mutate(summary), name: "fuzz")
            var reader = BIFFReader(mutate(workbook))
            var globals = WorkbookGlobals()
            var facts = FileFacts(path: FilePath("fuzz"))
            try? globals.read(&reader, options: options, facts: &facts)
            #expect(DamageOutcome.violations(facts).isEmpty, "\(DamageOutcome.violations(facts))")
            var sheets = SheetTextBuilder(limit: 1000, strings: globals.strings.strings)
            try? sheets.read(&reader, sheetOffsets: globals.sheets.map(\.offset), options: options)
            var text = PowerPointText(limit: 1000, maxDepth: 16)
            try? text.read(mutate(slides), options: options)
        }
    }

    @Test func problemsTheProbeRecordedAreNotRepeated() {
        // The inspector keeps the probe's problems and then runs the extractor on the same file.
        for (name, kind) in [("nota-terkunci.doc", FileKind.doc), ("anggaran-terkunci.xls", .xls)] {
            let bytes = OLE2Fixtures.bytes(name)
            var facts = FileFacts(path: FilePath(name), kind: kind)
            facts.problems = OLE2Probe().probe(MemorySource(bytes), options: ExtractionOptions()).problems
            #expect(facts.problems.count == 1)
            do {
                try OLE2Extractor().extract(MemorySource(bytes), into: &facts, options: ExtractionOptions())
            } catch {
                Issue.record("\(name): the problem was thrown again: \(error)")
            }
            #expect(facts.problems.count == 1, "\(name): \(facts.problems)")
        }
        let cut = Array(OLE2Fixtures.bytes("sk-tim-inovasi.doc").prefix(9000))
        var facts = FileFacts(path: FilePath("cut.doc"), kind: .doc)
        facts.problems = OLE2Probe().probe(MemorySource(cut), options: ExtractionOptions(), pathExtension: "doc").problems
        try? OLE2Extractor().extract(MemorySource(cut), into: &facts, options: ExtractionOptions())
        #expect(Set(facts.problems).count == facts.problems.count, "\(facts.problems)")
    }

    @Test func passedDeadlineStopsWithLimitExceeded() {
        var options = ExtractionOptions()
        options.deadline = Deadline(nanoseconds: 1)
        let facts = OLE2Fixtures.extract(OLE2Fixtures.bytes("dpa-2023.xls"), kind: .xls, options: options)
        #expect(facts.has(.limitExceeded))
    }

    @Test func streamOverTheSizeLimitIsLimitExceeded() {
        var options = ExtractionOptions()
        options.maxInflatedBytes = 4096
        let facts = OLE2Fixtures.extract(OLE2Fixtures.bytes("sk-tim-inovasi.doc"), kind: .doc, options: options)
        #expect(facts.problems.contains { $0.code == .limitExceeded && $0.message.contains("WordDocument") })
        #expect(facts.title == "SK Tim Inovasi Daerah Bidang Kesehatan 2023")  // the small summary stream still reads
    }

    @Test func workbookOverTheSizeLimitIsReadUpToIt() {
        var options = ExtractionOptions()
        options.maxInflatedBytes = 1024
        let facts = OLE2Fixtures.extract(OLE2Fixtures.bytes("dpa-2023.xls"), kind: .xls, options: options)
        #expect(facts.problems.map(\.code).contains(.limitExceeded), "\(facts.problems)")
        #expect(facts.sheets == OLE2Fixtures.lines("dpa-2023.xls.sheets.txt"))  // the globals come first
    }

    @Test func encryptedPackageNamedAsLegacyFileStillReportsThePassword() {
        let facts = OLE2Fixtures.extract(OLE2Fixtures.bytes("sk-terkunci.docx"), kind: .doc)
        #expect(facts.problems == [Problem(.passwordRequired, OLE2Probe.encryptedPackageMessage)])
    }
}
