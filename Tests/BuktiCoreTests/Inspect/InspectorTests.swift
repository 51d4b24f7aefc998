import Foundation
import Testing
@testable import BuktiCore
#if canImport(Glibc)
import Glibc
#endif

/// A stand-in reader whose behaviour each test chooses.
struct ScriptedExtractor: Extractor {
    var kinds: Set<FileKind>
    var body: @Sendable (inout FileFacts, ExtractionOptions) throws -> Void

    func extract(_ source: any ByteSource, into facts: inout FileFacts, options: ExtractionOptions) throws {
        try body(&facts, options)
    }
}

/// A stand-in container probe with a fixed answer.
struct FixedProbe: ContainerProbe {
    var container: Container
    var result: ProbeResult

    func probe(_ source: any ByteSource, options: ExtractionOptions, pathExtension: String?) -> ProbeResult {
        result
    }
}

/// A source whose reads always fail, as a disk with a bad sector does.
final class FailingSource: ByteSource {
    let size: Int
    init(size: Int) { self.size = size }
    func read(at offset: Int, count: Int) throws(ByteSourceError) -> [UInt8] {
        throw .io(code: EIO, message: "Input/output error")
    }
}

@Suite struct InspectorTests {
    func run(_ inspector: Inspector, _ roots: [FilePath]) -> ([FileFacts], WalkSummary) {
        var records: [FileFacts] = []
        let summary = inspector.run(roots) { records.append($0) }
        return (records, summary)
    }

    @Test func everyWalkedFileGetsOneRecordInWalkOrder() throws {
        let tree = try TempTree()
        try tree.file("SK.pdf", try identifyFixture("image.jpg"))
        try tree.file("a/empty.txt", [])
        try tree.file("a/~$Laporan.docx", Array("\u{5}user".utf8))
        try tree.file("a/Thumbs.db", try identifyFixture("note.doc"))
        try tree.file("b/note.doc", try identifyFixture("note.doc"))
        try tree.file("b/laporan.docx", try identifyFixture("note.docx"))
        try tree.file("b/catatan.txt", try identifyFixture("utf8.txt"))
        try tree.folder("c")
        try tree.symlink("link", to: "SK.pdf")
        var fs = WalkFileSystem.posix
        fs.list = { path in
            path.name == "c"
                ? DirectoryListing(entries: [], failure: (.openFolder, SystemError(code: EACCES, message: "Permission denied")))
                : WalkFileSystem.posix.list(path)
        }
        let (records, summary) = run(Inspector(walker: FileWalker(fileSystem: fs)), [tree.root])
        let expected: [(String, FileKind, [ProblemCode])] = [
            ("SK.pdf", .jpeg, [.extensionMismatch]),
            ("a/Thumbs.db", .unknown, [.systemFile]),
            ("a/empty.txt", .empty, [.empty]),
            ("a/~$Laporan.docx", .lockfile, [.systemFile]),
            ("b/catatan.txt", .text, []),
            ("b/laporan.docx", .zip, []),
            ("b/note.doc", .doc, []),
            ("c", .directory, [.unreadable]),
        ]
        #expect(records.map(\.path) == expected.map { tree.path($0.0) })
        for (record, (name, kind, codes)) in zip(records, expected) {
            #expect(record.kind == kind, "\(name)")
            #expect(record.problems.map(\.code) == codes, "\(name): \(record.problems)")
        }
        #expect(records[0].problems.first?.message == "named .pdf but the content is a JPEG image")
        #expect(records.filter { $0.kind != .directory }.allSatisfy { $0.bytes != nil })
        #expect(records[0].bytes == Int64(try identifyFixture("image.jpg").count))
        #expect(records[7].bytes == nil)
        #expect(summary.skipped[.symlink] == 1)
    }

    @Test func aRegisteredProbeDecidesTheContainerKind() throws {
        let tree = try TempTree()
        try tree.file("laporan.xlsx", try identifyFixture("note.docx"))
        let probe = FixedProbe(container: .zip, result: ProbeResult(kind: .docx, problems: [Problem(.repaired, "x")]))
        let (records, _) = run(Inspector(probes: [probe]), [tree.root])
        #expect(records.first?.kind == .docx)
        #expect(records.first?.problems.map(\.code) == [.repaired, .extensionMismatch])
    }

    @Test func theExtractorForTheKindRunsAndItsFieldsAreKept() throws {
        let tree = try TempTree()
        try tree.file("a.pdf", try identifyFixture("image.pdf"))
        try tree.file("b.jpg", try identifyFixture("image.jpg"))
        let reader = ScriptedExtractor(kinds: [.pdf]) { facts, _ in
            facts.pages = 1
            throw ExtractionFailure(.passwordRequired, "document is encrypted")
        }
        let (records, _) = run(Inspector(extractor: { reader.kinds.contains($0) ? reader : nil }), [tree.root])
        #expect(records[0].pages == 1)
        #expect(records[0].problems == [Problem(.passwordRequired, "document is encrypted")])
        #expect(records[1].pages == nil)
    }

    @Test(arguments: [
        (ByteSourceError.io(code: EIO, message: "Input/output error") as any Error & Sendable, ProblemCode.unreadable),
        (ByteSourceError.outOfRange(offset: 10, count: 4), .truncated),
        (CocoaError(.fileReadCorruptFile), .corrupt),
    ])
    func errorsFromReadersBecomeProblems(_ error: any Error & Sendable, _ code: ProblemCode) throws {
        let tree = try TempTree()
        try tree.file("a.pdf", try identifyFixture("image.pdf"))
        let reader = ScriptedExtractor(kinds: [.pdf]) { _, _ in throw error }
        let (records, _) = run(Inspector(extractor: { _ in reader }), [tree.root])
        #expect(records.count == 1)
        #expect(records.first?.problems.map(\.code) == [code])
    }

    @Test func aReaderThatRunsPastItsDeadlineIsCutOff() throws {
        let tree = try TempTree()
        try tree.file("a.pdf", try identifyFixture("image.pdf"))
        let reader = ScriptedExtractor(kinds: [.pdf]) { _, options in
            while true { try options.deadline.check() }
        }
        var options = InspectOptions()
        options.fileTimeout = 0.05
        let (records, _) = run(Inspector(extractor: { _ in reader }, options: options), [tree.root])
        #expect(records.first?.problems.map(\.code) == [.limitExceeded])
    }

    @Test func aFileThatVanishedBeforeOpeningIsUnreadableWithItsWalkedSize() throws {
        let tree = try TempTree()
        let facts = Inspector().inspectFile(tree.path("gone.pdf"), status: FileStatus(type: .regular, size: 42))
        #expect(facts.bytes == 42)
        #expect(facts.problems == [Problem(.unreadable, "file vanished before it could be read")])
    }

    @Test func aFileThatFailsToReadIsUnreadable() {
        let inspector = Inspector(open: { _ in FailingSource(size: 100) })
        let facts = inspector.inspectFile(FilePath("x.pdf"), status: FileStatus(type: .regular, size: 100))
        #expect(facts.kind == .unknown)
        #expect(facts.bytes == 100)
        #expect(facts.problems.map(\.code) == [.unreadable])
        #expect(facts.problems.first?.message == "read failed: input/output error")
    }

    @Test func theHasherIsGivenTheWholeSource() throws {
        let tree = try TempTree()
        try tree.file("a.txt", Array("hello".utf8))
        let inspector = Inspector(hasher: FakeHasher { String(decoding: $0, as: UTF8.self) })
        let (records, _) = run(inspector, [tree.root])
        #expect(records.first?.sha256 == "hello")
    }

    @Test func litterIsNotAlsoReportedAsMislabelled() throws {
        let tree = try TempTree()
        try tree.file("._SK.pdf", [0x00, 0x05, 0x16, 0x07, 0x00, 0x02, 0x00, 0x00])  // AppleDouble header
        let (records, _) = run(Inspector(), [tree.root])
        #expect(records.first?.kind == .unknown)
        #expect(records.first?.problems.map(\.code) == [.systemFile])
    }

    @Test func anOLE2FileNamedAsSomethingElseIsUnknownAndMismatched() throws {
        let tree = try TempTree()
        try tree.file("SK.pdf", try identifyFixture("sheet.xls"))
        let (records, _) = run(Inspector(), [tree.root])
        #expect(records.first?.kind == .unknown)
        #expect(records.first?.problems.map(\.code) == [.extensionMismatch])
    }

    @Test func concurrentInspectionDeliversInWalkOrder() throws {
        let tree = try TempTree()
        for index in 0..<120 { try tree.file("d\(index % 7)/f\(index).pdf", try identifyFixture("image.pdf")) }
        try tree.folder("d3/locked")
        var fs = WalkFileSystem.posix
        fs.list = { path in
            path.name == "locked"
                ? DirectoryListing(entries: [], failure: (.openFolder, SystemError(code: EACCES, message: "Permission denied")))
                : WalkFileSystem.posix.list(path)
        }
        // Readers that take uneven time, so workers finish out of order.
        let reader = ScriptedExtractor(kinds: [.pdf]) { facts, _ in
            usleep(UInt32(facts.path.bytes.count * 37 % 5) * 1000)
            facts.pages = facts.path.bytes.count
        }
        let sequential = run(Inspector(extractor: { _ in reader }, walker: FileWalker(fileSystem: fs)), [tree.root])
        var options = InspectOptions()
        options.jobs = 4
        let concurrent = run(
            Inspector(extractor: { _ in reader }, options: options, walker: FileWalker(fileSystem: fs)), [tree.root])
        #expect(concurrent.0 == sequential.0)
        #expect(concurrent.1 == sequential.1)
        #expect(concurrent.0.count == 121)
    }

    @Test func concurrentInspectionStopsWhenDeliveryFails() throws {
        struct Closed: Error {}
        let tree = try TempTree()
        for index in 0..<50 { try tree.file("f\(index).txt") }
        var options = InspectOptions()
        options.jobs = 3
        var delivered = 0
        #expect(throws: Closed.self) {
            try Inspector(options: options).run([tree.root]) { _ in
                delivered += 1
                if delivered == 10 { throw Closed() }
            }
        }
        #expect(delivered == 10)
    }
}
