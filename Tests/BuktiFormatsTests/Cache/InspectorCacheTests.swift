import Foundation
import Testing
@testable import BuktiCore
@testable import BuktiFormats
#if canImport(Glibc)
import Glibc
#endif

/// What the inspector does when files change or vanish under it, and with its limits.
@Suite struct InspectorCacheTests {
    @Test func aFileDeletedBetweenWalkAndReadIsReportedOnce() throws {
        let tree = try CacheTree()
        let victim = tree.path("Inovasi B/DPA.xlsx")
        let inspector = tree.inspector(cache: try tree.cache()) { path throws(ByteSourceError) in
            if path.display == victim { unlink(victim) }
            return try FileSource(path: path)
        }
        var seen: [FileFacts] = []
        inspector.run([FilePath(bytes: Array(tree.root.path.utf8))]) { seen.append($0) }
        let records = seen.filter { $0.path.display == victim }
        #expect(records.count == 1)
        #expect(records.first?.problems == [Problem(.unreadable, "file vanished before it could be read")])
        #expect(seen.count == CacheTree.files.count)
        // Not cached: nothing to serve next time.
        let second = tree.inspector(cache: try tree.cache())
        _ = tree.run(second)
        #expect(second.counters.snapshot.cacheHits == CacheTree.files.count - 1)
    }

    @Test func aFileChangedOnceWhileReadIsReadAgain() throws {
        let tree = try CacheTree()
        let target = tree.path("Inovasi A/SK Bupati.pdf")
        let opens = Counter()
        let inspector = tree.inspector(cache: nil) { path throws(ByteSourceError) in
            let source = try FileSource(path: path)
            if path.display == target, opens.next() == 1 { tree.touch("Inovasi A/SK Bupati.pdf") }
            return source
        }
        let records = tree.run(inspector)
        #expect(opens.value == 2)
        #expect(records["Inovasi A/SK Bupati.pdf"]?.problems.contains { $0.code == .changedDuringRead } == false)
        #expect(records["Inovasi A/SK Bupati.pdf"]?.kind == .pdf)
    }

    @Test func aFileThatKeepsChangingIsMarkedAndNotCached() throws {
        let tree = try CacheTree()
        let target = tree.path("Inovasi A/SK Bupati.pdf")
        let inspector = tree.inspector(cache: try tree.cache()) { path throws(ByteSourceError) in
            let source = try FileSource(path: path)
            if path.display == target { tree.touch("Inovasi A/SK Bupati.pdf", seconds: 1) }
            return source
        }
        let records = tree.run(inspector)
        #expect(records["Inovasi A/SK Bupati.pdf"]?.problems.map(\.code).contains(.changedDuringRead) == true)
        let second = tree.inspector(cache: try tree.cache())
        _ = tree.run(second)
        #expect(second.counters.snapshot.opened == 1)
    }

    @Test func aFileOverTheSizeCapIsListedButNotRead() throws {
        let tree = try CacheTree()
        var inspector = tree.inspector(cache: nil, hashing: true)
        inspector.options.maxFileBytes = 10_000
        let records = tree.run(inspector)
        let big = try #require(records["Inovasi A/SK Bupati.pdf"])
        let size = try FileManager.default.attributesOfItem(atPath: tree.path("Inovasi A/SK Bupati.pdf"))[.size] as? Int
        #expect(big.bytes == size.map(Int64.init))
        #expect(big.kind == .pdf)
        #expect(big.sha256 == nil)
        #expect(big.title == nil)
        #expect(big.problems.first { $0.code == .limitExceeded }?.message.contains("--max-file-bytes") == true)
        let small = try #require(records["Inovasi A/foto/kegiatan.jpg"])
        #expect(small.sha256 != nil)
        #expect(!small.problems.contains { $0.code == .limitExceeded })
    }

    @Test func anInterruptedRunStopsAndCachesNothingHalfDone() throws {
        let tree = try CacheTree()
        let interruption = Interruption()
        var inspector = tree.inspector(cache: try tree.cache()) { path throws(ByteSourceError) in
            interruption.request()  // the signal arrives while the first file is open
            return try FileSource(path: path)
        }
        inspector.interruption = interruption
        let records = tree.run(inspector)
        #expect(records.count == 1)
        #expect(records.values.first?.problems.contains { $0.message == "the run was interrupted" } == true)
        let second = tree.inspector(cache: try tree.cache())
        _ = tree.run(second)
        #expect(second.counters.snapshot.cacheHits == 0)
    }

    @Test func theTimeBudgetStillApplies() throws {
        let tree = try CacheTree()
        var inspector = tree.inspector(cache: nil)
        inspector.options.fileTimeout = 0.000_001
        let records = tree.run(inspector)
        #expect(records["Inovasi A/SK Bupati.pdf"]?.problems.contains { $0.message == "time budget for this file ran out" } == true)
    }

    /// A record cut short by the time budget (a busy night) is not kept: the next run reads the file
    /// again instead of repeating `limit-exceeded` until the file changes.
    @Test func aRecordCutShortByTheTimeBudgetIsNotCached() throws {
        let tree = try CacheTree()
        for _ in 0..<2 {
            var inspector = tree.inspector(cache: try tree.cache())
            inspector.options.fileTimeout = 0.000_001
            let records = tree.run(inspector)
            #expect(records.values.contains { $0.problems.contains { $0.code == .limitExceeded } })
            #expect(inspector.counters.snapshot.cacheHits == 0)
        }
    }
}

/// A thread-safe counter of calls.
final class Counter: @unchecked Sendable {
    private let lock = NSLock()
    private var count = 0
    var value: Int { lock.withLock { count } }
    func next() -> Int { lock.withLock { count += 1; return count } }
}
