import Foundation
import Testing
@testable import BuktiCore
@testable import BuktiFormats
#if canImport(Glibc)
import Glibc
#endif

/// A scratch evidence tree built from committed fixtures, plus a cache folder beside it; removed on release.
final class CacheTree: @unchecked Sendable {
    let base: URL
    var root: URL { base.appendingPathComponent("root") }
    var cacheDirectory: String { base.appendingPathComponent("cache").path }

    /// Fixtures copied into the tree (relative path in the tree → fixture under Fixtures/).
    static let files: [(String, String)] = [
        ("Inovasi A/SK Bupati.pdf", "pdf/gs-pdf14.pdf"),
        ("Inovasi A/SOP.docx", "office/sop-laughs.docx"),
        ("Inovasi A/foto/kegiatan.jpg", "media/phone.jpg"),
        ("Inovasi B/DPA.xlsx", "office/dpa.xlsx"),
        ("Inovasi B/paparan.pptx", "office/paparan.pptx"),
        ("Inovasi B/rusak.pdf", "pdf/damaged-truncated-60.pdf"),
    ]

    init() throws {
        base = FileManager.default.temporaryDirectory.appendingPathComponent("bukti-cache-\(UUID().uuidString)")
        let fixtures = try #require(Bundle.module.url(forResource: "Fixtures", withExtension: nil))
        for (relative, fixture) in Self.files {
            let target = root.appendingPathComponent(relative)
            try FileManager.default.createDirectory(at: target.deletingLastPathComponent(), withIntermediateDirectories: true)
            try FileManager.default.copyItem(at: fixtures.appendingPathComponent(fixture), to: target)
        }
        try FileManager.default.createDirectory(atPath: cacheDirectory, withIntermediateDirectories: true)
    }

    deinit { try? FileManager.default.removeItem(at: base) }

    func path(_ relative: String) -> String { root.appendingPathComponent(relative).path }

    /// Copies another fixture into the tree.
    func add(_ relative: String, fixture: String) throws {
        let fixtures = try #require(Bundle.module.url(forResource: "Fixtures", withExtension: nil))
        try FileManager.default.copyItem(at: fixtures.appendingPathComponent(fixture), to: root.appendingPathComponent(relative))
    }

    /// Sets a file's modification time `seconds` later than it is (as an editor saving it would).
    func touch(_ relative: String, seconds: Int = 5) {
        var info = stat()
        _ = stat(path(relative), &info)
        var times = [timespec(tv_sec: info.st_atim.tv_sec, tv_nsec: info.st_atim.tv_nsec),
                     timespec(tv_sec: info.st_mtim.tv_sec + seconds, tv_nsec: info.st_mtim.tv_nsec)]
        _ = utimensat(AT_FDCWD, path(relative), &times, 0)
    }

    /// A fresh cache on the tree's cache folder.
    func cache(_ options: InspectOptions = InspectOptions()) throws -> SQLiteFactsCache {
        try SQLiteFactsCache(directory: cacheDirectory, options: options, hashing: false)
    }

    /// An inspector with the real readers, the given cache and an optional opener.
    func inspector(
        cache: (any FactsCache)?, hashing: Bool = false,
        open: @escaping Inspector.Opener = { path throws(ByteSourceError) in try FileSource(path: path) }
    ) -> Inspector {
        var inspector = Inspector(
            probes: Formats.probes, extractor: { Formats.extractor(for: $0) },
            hasher: hashing ? SHA256Hasher() : nil, open: open)
        inspector.cache = cache
        return inspector
    }


    /// Runs `inspector` over the tree; records by path relative to the root.
    func run(_ inspector: Inspector) -> [String: FileFacts] {
        var records: [String: FileFacts] = [:]
        let prefix = root.path + "/"
        inspector.run([FilePath(bytes: Array(root.path.utf8))]) { facts in
            records[String(facts.path.display.dropFirst(prefix.count))] = facts
        }
        return records
    }
}
