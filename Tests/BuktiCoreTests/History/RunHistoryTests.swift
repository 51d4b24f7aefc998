import Foundation
import Testing
@testable import BuktiCore

/// The history store: one folder per root, atomic files named by id, pruning, lookup; and where the
/// cache directory is.
@Suite struct RunHistoryTests {
    /// Not a real hash: these tests check the store, and Core cannot reach libcrypto.
    static let hasher = FakeHasher { bytes in String(bytes.reduce(UInt64(1469598103934665603)) { ($0 ^ UInt64($1)) &* 1099511628211 }, radix: 16) }

    func scratch() throws -> String {
        let path = FileManager.default.temporaryDirectory.appendingPathComponent("bukti-history-\(UUID().uuidString)").path
        try FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
        return path
    }

    func record(_ date: Date, root: String) -> RunRecord {
        RunRecord(id: RunRecord.id(for: date), time: RunRecord.time(date), tool: "bukti 0.1.0",
                  rules: AuditDiffTests.rules, assessmentYear: 2024, root: root, innovations: [], files: [])
    }

    @Test func recordsPerRootPrunesTheOldestAndFindsById() throws {
        let cache = try scratch()
        defer { try? FileManager.default.removeItem(atPath: cache) }
        let history = RunHistory(cacheDirectory: cache, hasher: Self.hasher)
        let start = Date(timeIntervalSince1970: 1_790_000_000)
        for day in 0..<4 { try history.record(record(start.addingTimeInterval(Double(day) * 86400), root: "/data/a"), keep: 3) }
        try history.record(record(start, root: "/data/b"), keep: 3)
        let runs = history.runs(root: "/data/a")
        #expect(runs.count == 3)
        #expect(runs.map(\.id) == runs.map(\.id).sorted())
        #expect(runs.first?.id == RunRecord.id(for: start.addingTimeInterval(86400)))
        #expect(history.last(root: "/data/a")?.id == RunRecord.id(for: start.addingTimeInterval(3 * 86400)))
        #expect(Set(history.roots()) == ["/data/a", "/data/b"])
        // Root a's first run was pruned, so that id now names root b's run only.
        #expect(try history.find(RunRecord.id(for: start)).root == "/data/b")
        // The same id for both roots: ambiguous without a root, found with one.
        try history.record(record(start, root: "/data/a"), keep: 10)
        #expect(throws: RunHistory.Failure.self) { try history.find(RunRecord.id(for: start)) }
        #expect(try history.find(RunRecord.id(for: start), root: "/data/b").root == "/data/b")
        // A foreign file in the folder is skipped, not fatal.
        try Data("not json".utf8).write(to: URL(fileURLWithPath: history.folder(forRoot: "/data/a") + "/99999999T000000.000Z.json"))
        #expect(history.runs(root: "/data/a").count == 4)
    }

    @Test func idsSortByTimeAndNameTheUTCMillisecond() {
        let date = Date(timeIntervalSince1970: 1_790_000_000.5)  // 2026-09-21T14:13:20.500Z
        #expect(RunRecord.id(for: date) == "20260921T141320.500Z")
        #expect(RunRecord.id(for: date) < RunRecord.id(for: date.addingTimeInterval(0.001)))
    }

    @Test func cacheDirectoryFollowsOptionThenXDGThenHome() {
        #expect(CacheDirectory.resolve(option: "/x/c", environment: ["XDG_CACHE_HOME": "/xdg", "HOME": "/home/u"]) == "/x/c")
        #expect(CacheDirectory.resolve(option: nil, environment: ["XDG_CACHE_HOME": "/xdg", "HOME": "/home/u"]) == "/xdg/bukti")
        #expect(CacheDirectory.resolve(option: nil, environment: ["XDG_CACHE_HOME": "relative", "HOME": "/home/u"]) == "/home/u/.cache/bukti")
        #expect(CacheDirectory.resolve(option: nil, environment: ["HOME": "/home/u"]) == "/home/u/.cache/bukti")
    }
}
