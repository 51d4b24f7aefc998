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

    @Test(arguments: ["sk-tim-inovasi.doc", "dpa-2023.xls", "sk-terkunci.docx"])
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
            _ = OLE2Fixtures.extract(bytes, kind: .doc, options: options)
            _ = OLE2Probe().probe(MemorySource(bytes), options: options)
        }
        #expect(!options.deadline.hasPassed)
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
        let facts = OLE2Fixtures.extract(OLE2Fixtures.bytes("dpa-2023.xls"), kind: .xls, options: options)
        #expect(facts.problems.contains { $0.code == .limitExceeded && $0.message.contains("Workbook") })
        #expect(facts.title == "DPA Dinas Kesehatan 2023")  // the small summary stream still reads
    }

    @Test func encryptedPackageNamedAsLegacyFileStillReportsThePassword() {
        let facts = OLE2Fixtures.extract(OLE2Fixtures.bytes("sk-terkunci.docx"), kind: .doc)
        #expect(facts.problems == [Problem(.passwordRequired, OLE2Probe.encryptedPackageMessage)])
    }
}
