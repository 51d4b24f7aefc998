import BuktiCore
import Foundation
import Testing
@testable import BuktiFormats

/// The per-file time budget is kept by every reader family that loops over file structure: a real file
/// read with a budget already spent, or one that runs out while the reader is busy, ends with a
/// `limit-exceeded` problem instead of being read to the end.
@Suite struct ReaderDeadlineTests {
    /// One real fixture per reader family (and per kind the family reads differently).
    /// GIF and BMP are left out: their readers take a fixed-size header and never loop.
    static let fixtures: [(path: String, kind: FileKind)] = [
        ("pdf-core/lo.pdf", .pdf), ("pdf-core/objstm.pdf", .pdf),
        ("office/sop.docx", .docx), ("office/dpa.xlsx", .xlsx), ("office/paparan.pptx", .pptx),
        ("office/sop.odt", .odt), ("office/dpa.ods", .ods), ("office/paparan.odp", .odp),
        ("legacy/sk-tim-inovasi.doc", .doc), ("legacy/dpa-2023.xls", .xls), ("legacy/paparan-inovasi.ppt", .ppt),
        ("media/phone.jpg", .jpeg), ("media/exif.png", .png), ("media/lossy.webp", .webp),
        ("media/phone.heic", .heic), ("media/scan.tif", .tiff), ("media/clip.mp4", .mp4), ("media/iphone.mov", .mov),
    ]

    static func bytes(_ path: String) throws -> [UInt8] {
        let fixtures = try #require(Bundle.module.url(forResource: "Fixtures", withExtension: nil))
        return Array(try Data(contentsOf: fixtures.appendingPathComponent(path)))
    }

    /// Runs the registered reader the way the inspector does: a thrown failure becomes a problem.
    static func extract(_ source: any ByteSource, kind: FileKind, options: ExtractionOptions) throws -> FileFacts {
        let extractor = try #require(Formats.extractor(for: kind))
        var facts = FileFacts(path: FilePath("fixture"), kind: kind)
        do {
            try extractor.extract(source, into: &facts, options: options)
        } catch let failure as ExtractionFailure {
            facts.problems.append(failure.problem)
        }
        return facts
    }

    /// A source that asks the run to stop once the reader has made `reads` reads: the deadline passes
    /// while the reader is inside the file, after any check it makes on entry.
    final class StoppingSource: ByteSource, @unchecked Sendable {
        let bytes: [UInt8]
        let interruption = Interruption()
        let stopAfter: Int
        private(set) var reads = 0

        init(_ bytes: [UInt8], stopAfter reads: Int) {
            self.bytes = bytes
            stopAfter = reads
        }

        var size: Int { bytes.count }

        func read(at offset: Int, count: Int) throws(ByteSourceError) -> [UInt8] {
            reads += 1
            if reads >= stopAfter { interruption.request() }
            guard offset >= 0, count >= 0, offset <= bytes.count else { throw .outOfRange(offset: offset, count: count) }
            return Array(bytes[offset..<min(bytes.count, offset + count)])
        }
    }

    @Test(arguments: fixtures)
    func fileReadsCleanlyWithTime(path: String, kind: FileKind) throws {
        // The control: with time to spare no fixture runs out of it.
        let facts = try Self.extract(MemorySource(try Self.bytes(path)), kind: kind, options: ExtractionOptions())
        #expect(!facts.has(.limitExceeded), "\(facts.problems)")
    }

    @Test(arguments: fixtures)
    func spentBudgetIsLimitExceeded(path: String, kind: FileKind) throws {
        var options = ExtractionOptions()
        options.deadline = Deadline(nanoseconds: 1)
        let facts = try Self.extract(MemorySource(try Self.bytes(path)), kind: kind, options: options)
        #expect(facts.has(.limitExceeded), "\(facts.problems)")
        #expect(facts.text == nil)
    }

    @Test(arguments: fixtures, [2, 50])
    func budgetRunningOutMidwayIsLimitExceeded(fixture: (path: String, kind: FileKind), percent: Int) throws {
        let (path, kind) = fixture
        // Count the reads a whole extraction makes, then stop the run after the first few of them or
        // halfway through: the reader must notice in whatever loop it is in at that moment.
        let bytes = try Self.bytes(path)
        let counting = StoppingSource(bytes, stopAfter: .max)
        _ = try Self.extract(counting, kind: kind, options: ExtractionOptions())
        let stopAfter = max(2, counting.reads * percent / 100)
        try #require(counting.reads > stopAfter, "the reader makes only \(counting.reads) reads")

        let source = StoppingSource(bytes, stopAfter: stopAfter)
        var options = ExtractionOptions()
        options.deadline = Deadline(nanoseconds: .max, interruption: source.interruption)
        let facts = try Self.extract(source, kind: kind, options: options)
        #expect(source.reads < counting.reads, "read on to the end after the budget ran out")
        #expect(facts.problems.contains { $0.code == .limitExceeded }, "\(facts.problems)")
    }
}
