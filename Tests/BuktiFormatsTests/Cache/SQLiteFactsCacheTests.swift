import Foundation
import Testing
@testable import BuktiCore
@testable import BuktiFormats
#if canImport(Glibc)
import Glibc
#endif

/// The facts cache against real files: what a second night reads, what it recognises, how it recovers.
@Suite struct SQLiteFactsCacheTests {
    @Test func secondRunOverAnUnchangedTreeOpensNoFile() throws {
        let tree = try CacheTree()
        let first = tree.inspector(cache: try tree.cache())
        let fresh = tree.run(first)
        #expect(first.counters.snapshot.opened == CacheTree.files.count)
        #expect(first.counters.snapshot.cacheMisses == CacheTree.files.count)

        let second = tree.inspector(cache: try tree.cache())
        let cached = tree.run(second)
        let counts = second.counters.snapshot
        #expect(counts.opened == 0)
        #expect(counts.extracted == 0)
        #expect(counts.cacheHits == CacheTree.files.count)
        #expect(cached == fresh)
    }

    @Test func aTouchedFileIsTheOnlyOneReadAgain() throws {
        let tree = try CacheTree()
        let fresh = tree.run(tree.inspector(cache: try tree.cache()))
        // Saved again unchanged: opened to check its content, which matches, so not extracted again.
        tree.touch("Inovasi A/SOP.docx")
        let second = tree.inspector(cache: try tree.cache())
        let again = tree.run(second)
        #expect(second.counters.snapshot.opened == 1)
        #expect(second.counters.snapshot.extracted == 0)
        #expect(second.counters.snapshot.cacheMoved == 0)
        #expect(again == fresh)
        // New content under the old name: read and extracted again, and the new facts are what is reported.
        let target = tree.path("Inovasi B/paparan.pptx")
        try FileManager.default.removeItem(atPath: target)
        try tree.add("Inovasi B/paparan.pptx", fixture: "office/dpa.ods")  // content no file in the tree has
        tree.touch("Inovasi B/paparan.pptx")
        let third = tree.inspector(cache: try tree.cache())
        let changed = tree.run(third)
        #expect(third.counters.snapshot.opened == 1)
        #expect(third.counters.snapshot.extracted == 1)
        #expect(third.counters.snapshot.cacheHits == CacheTree.files.count - 1)
        #expect(changed["Inovasi B/paparan.pptx"]?.kind == .ods)
        #expect(fresh["Inovasi B/paparan.pptx"]?.kind == .pptx)
    }

    @Test func aRenamedFileIsRecognisedWithoutOpeningIt() throws {
        let tree = try CacheTree()
        let fresh = tree.run(tree.inspector(cache: try tree.cache()))
        try FileManager.default.moveItem(atPath: tree.path("Inovasi A/SOP.docx"), toPath: tree.path("Inovasi B/SOP final.docx"))
        let second = tree.inspector(cache: try tree.cache())
        let records = tree.run(second)
        let moved = try #require(records["Inovasi B/SOP final.docx"])
        #expect(second.counters.snapshot.opened == 0)
        #expect(second.counters.snapshot.cacheMoved == 1)
        #expect(moved.path.display == tree.path("Inovasi B/SOP final.docx"))
        var expected = try #require(fresh["Inovasi A/SOP.docx"])
        expected.path = moved.path
        #expect(moved == expected)
        // The row under the new path keeps the content fingerprint: a later copy is still recognised.
        try tree.add("Inovasi A/SOP salinan.docx", fixture: "office/sop-laughs.docx")
        try FileManager.default.removeItem(atPath: tree.path("Inovasi B/SOP final.docx"))
        let db = try SQLiteDatabase(path: tree.cacheDirectory + "/cache.db")
        try db.run("DELETE FROM facts WHERE CAST(path AS TEXT) LIKE '%/Inovasi A/SOP.docx'", [])
        let third = tree.inspector(cache: try tree.cache())
        _ = tree.run(third)
        #expect(third.counters.snapshot.extracted == 0)
        #expect(third.counters.snapshot.cacheMoved == 1)
    }

    @Test func aCopiedSmallFileIsRecognisedByItsContentWithoutExtraction() throws {
        let tree = try CacheTree()
        _ = tree.run(tree.inspector(cache: try tree.cache()))
        // A copy has a new inode and mtime: only the content can identify it.
        try tree.add("Inovasi B/SK salinan.pdf", fixture: "pdf/gs-pdf14.pdf")
        let second = tree.inspector(cache: try tree.cache())
        let records = tree.run(second)
        #expect(second.counters.snapshot.extracted == 0)
        #expect(second.counters.snapshot.cacheMoved == 1)
        #expect(records["Inovasi B/SK salinan.pdf"]?.kind == .pdf)
        #expect(records["Inovasi B/SK salinan.pdf"]?.title == records["Inovasi A/SK Bupati.pdf"]?.title)
    }

    @Test func aCopyUnderAnotherExtensionIsReadAgain() throws {
        // The extension check depends on the name: a PDF copied as .docx must be told it is mislabelled.
        let tree = try CacheTree()
        _ = tree.run(tree.inspector(cache: try tree.cache()))
        try tree.add("Inovasi B/SK.docx", fixture: "pdf/gs-pdf14.pdf")
        try FileManager.default.moveItem(atPath: tree.path("Inovasi A/foto/kegiatan.jpg"), toPath: tree.path("Inovasi A/foto/kegiatan.png"))
        let second = tree.inspector(cache: try tree.cache())
        let records = tree.run(second)
        #expect(second.counters.snapshot.cacheMoved == 0)
        #expect(records["Inovasi B/SK.docx"]?.problems.map(\.code).contains(.extensionMismatch) == true)
        #expect(records["Inovasi A/foto/kegiatan.png"]?.problems.map(\.code).contains(.extensionMismatch) == true)
        #expect(records["Inovasi A/SK Bupati.pdf"]?.problems.map(\.code).contains(.extensionMismatch) == false)
    }

    @Test func aLargeCopyNeedsAFullHashToBeRecognised() throws {
        // Over 128 KiB the fingerprint sees only the ends; without a stored SHA-256 the copy is read.
        let tree = try CacheTree()
        try tree.add("Inovasi A/paparan.ppt", fixture: "legacy/paparan-inovasi.ppt")
        _ = tree.run(tree.inspector(cache: try tree.cache()))
        try tree.add("Inovasi B/paparan salinan.ppt", fixture: "legacy/paparan-inovasi.ppt")
        let unhashed = tree.inspector(cache: try tree.cache())
        _ = tree.run(unhashed)
        #expect(unhashed.counters.snapshot.cacheMoved == 0)
        #expect(unhashed.counters.snapshot.extracted == 1)

        let hashing = try CacheTree()
        try hashing.add("Inovasi A/paparan.ppt", fixture: "legacy/paparan-inovasi.ppt")
        _ = hashing.run(hashing.inspector(cache: try hashing.cache(), hashing: true))
        try hashing.add("Inovasi B/paparan salinan.ppt", fixture: "legacy/paparan-inovasi.ppt")
        let hashed = hashing.inspector(cache: try hashing.cache(), hashing: true)
        let records = hashing.run(hashed)
        #expect(hashed.counters.snapshot.cacheMoved == 1)
        #expect(hashed.counters.snapshot.extracted == 0)
        #expect(records["Inovasi B/paparan salinan.ppt"]?.sha256 == records["Inovasi A/paparan.ppt"]?.sha256)
    }

    @Test func otherExtractionOptionsAreAMiss() throws {
        let tree = try CacheTree()
        _ = tree.run(tree.inspector(cache: try tree.cache()))
        var options = InspectOptions()
        options.extraction.textCharacters = 10
        var inspector = tree.inspector(cache: try tree.cache(options))
        inspector.options = options
        let records = tree.run(inspector)
        #expect(inspector.counters.snapshot.cacheHits == 0)
        #expect((records["Inovasi A/SOP.docx"]?.text?.count ?? 0) <= 10)
    }

    @Test(arguments: ["garbage", "foreign"])
    func anUnusableCacheFileIsSetAsideAndRebuilt(kind: String) throws {
        let tree = try CacheTree()
        let file = tree.cacheDirectory + "/cache.db"
        if kind == "garbage" {
            try Data(repeating: 0x5A, count: 4096).write(to: URL(fileURLWithPath: file))
        } else {
            let foreign = try SQLiteDatabase(path: file)
            try foreign.execute("CREATE TABLE notes(x); PRAGMA application_id = 1234;")
        }
        let cache = try tree.cache()
        #expect(cache.warnings.count == 1)
        #expect(cache.warnings.first?.contains("moved it to") == true)
        let names = try FileManager.default.contentsOfDirectory(atPath: tree.cacheDirectory)
        #expect(names.contains { $0.hasPrefix("cache.db.corrupt-") })
        let inspector = tree.inspector(cache: cache)
        _ = tree.run(inspector)
        #expect(inspector.counters.snapshot.cacheMisses == CacheTree.files.count)
        let second = tree.inspector(cache: try tree.cache())
        _ = tree.run(second)
        #expect(second.counters.snapshot.cacheHits == CacheTree.files.count)
    }

    @Test func anotherExtractorVersionEmptiesTheCache() throws {
        let tree = try CacheTree()
        _ = tree.run(tree.inspector(cache: try tree.cache()))
        let db = try SQLiteDatabase(path: tree.cacheDirectory + "/cache.db")
        try db.run("UPDATE meta SET value = ? WHERE key = 'extractor-version'", [.text("0")])
        let inspector = tree.inspector(cache: try tree.cache())
        _ = tree.run(inspector)
        #expect(inspector.counters.snapshot.cacheHits == 0)
    }

    @Test func rowsUnseenForMoreThanAYearArePruned() throws {
        let tree = try CacheTree()
        _ = tree.run(tree.inspector(cache: try tree.cache()))
        let db = try SQLiteDatabase(path: tree.cacheDirectory + "/cache.db")
        let old = Int64(Date().timeIntervalSince1970) - SQLiteFactsCache.retentionSeconds - 86_400
        try db.run("UPDATE facts SET seen = ? WHERE CAST(path AS TEXT) LIKE '%.pdf'", [.integer(old)])
        let inspector = tree.inspector(cache: try tree.cache())
        _ = tree.run(inspector)
        let pdfs = CacheTree.files.filter { $0.0.hasSuffix(".pdf") }.count
        #expect(inspector.counters.snapshot.cacheMisses == pdfs)
        #expect(inspector.counters.snapshot.cacheHits == CacheTree.files.count - pdfs)
    }

    @Test func twoRootsShareOneCache() throws {
        let one = try CacheTree(), two = try CacheTree()
        _ = one.run(one.inspector(cache: try SQLiteFactsCache(directory: one.cacheDirectory, options: InspectOptions(), hashing: false)))
        let shared = try SQLiteFactsCache(directory: one.cacheDirectory, options: InspectOptions(), hashing: false)
        let inspector = two.inspector(cache: shared)
        let records = two.run(inspector)
        // Same contents under other paths: recognised by content, filed under the second root's paths.
        #expect(inspector.counters.snapshot.extracted == 0)
        #expect(records.values.allSatisfy { $0.path.display.hasPrefix(two.root.path) })
        #expect(shared.fileCount(under: FilePath(bytes: Array(two.root.path.utf8))) == CacheTree.files.count)
        #expect(shared.fileCount(under: FilePath(bytes: Array(one.root.path.utf8))) == CacheTree.files.count)
    }
}
