import Foundation

/// The run history under `<cache dir>/history/`: one folder per root (named after the root's last
/// component and a hash of its absolute path, so several roots share one cache), one compact JSON file
/// per run named by its id (so names sort by time), the oldest pruned beyond `keep`.
public struct RunHistory: Sendable {

    /// `<cache dir>/history`.
    public let folder: String
    public let hasher: any ContentHasher

    public init(cacheDirectory: String, hasher: any ContentHasher) {
        folder = CacheDirectory.join(cacheDirectory, "history")
        self.hasher = hasher
    }

    /// Why the history could not be read or written.
    public struct Failure: Error, Sendable, CustomStringConvertible {
        /// What went wrong when looking a run up, for a message in the reader's language (nil otherwise).
        public enum Reason: Sendable, Equatable {
            /// A path to a `.json` file that is no run record.
            case notARunRecord(path: String)
            /// No run with this id in the history folder.
            case noSuchRun(id: String, folder: String)
            /// The id exists for several roots.
            case ambiguous(id: String, roots: Int)
        }

        /// The English message.
        public var description: String
        public var reason: Reason?

        public init(_ description: String, reason: Reason? = nil) {
            self.description = description
            self.reason = reason
        }
    }

    /// The root's absolute path with symbolic links resolved (as given when it cannot be resolved).
    public static func absoluteRoot(_ root: String) -> String {
        let absolute = root.hasPrefix("/") ? root : CacheDirectory.join(FileManager.default.currentDirectoryPath, root)
        let resolved = URL(fileURLWithPath: absolute).resolvingSymlinksInPath().standardizedFileURL.path
        return resolved.count > 1 && resolved.hasSuffix("/") ? String(resolved.dropLast()) : resolved
    }

    /// The folder holding the runs of `root` (absolute).
    public func folder(forRoot root: String) -> String {
        let last = root.split(separator: "/").last.map(String.init) ?? "root"
        let slug = String(last.unicodeScalars.map { CharacterSet.alphanumerics.contains($0) && $0.isASCII ? Character($0) : "-" }.prefix(40))
        return CacheDirectory.join(folder, slug + "-" + String(hasher.digest(of: Array(root.utf8)).prefix(16)))
    }

    /// Writes `record` atomically (a temporary file renamed into place) and prunes to the newest `keep`.
    @discardableResult
    public func record(_ record: RunRecord, keep: Int) throws(Failure) -> String {
        let target = folder(forRoot: record.root)
        let path = CacheDirectory.join(target, record.id + ".json")
        do {
            try CacheDirectory.ensure(target)
            let encoder = JSONEncoder()
            encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
            try encoder.encode(record).write(to: URL(fileURLWithPath: path), options: .atomic)
        } catch {
            throw Failure("cannot write the run history in '\(target)': \(error.localizedDescription)")
        }
        let names = runFiles(in: target)
        for name in names.dropLast(max(keep, 1)) {
            try? FileManager.default.removeItem(atPath: CacheDirectory.join(target, name))
        }
        return path
    }

    /// The runs of `root`, oldest first; unreadable files are skipped (a foreign file must not stop a run).
    public func runs(root: String) -> [RunRecord] {
        let target = folder(forRoot: root)
        return runFiles(in: target).compactMap { Self.load(CacheDirectory.join(target, $0)) }
    }

    /// Every root with a history.
    public func roots() -> [String] {
        let folders = (try? FileManager.default.contentsOfDirectory(atPath: folder)) ?? []
        return folders.sorted().compactMap { name in
            let path = CacheDirectory.join(folder, name)
            return runFiles(in: path).last.flatMap { Self.load(CacheDirectory.join(path, $0)) }?.root
        }
    }

    /// The newest run of `root`, nil when there is none.
    public func last(root: String) -> RunRecord? {
        let target = folder(forRoot: root)
        return runFiles(in: target).reversed().lazy.compactMap { Self.load(CacheDirectory.join(target, $0)) }.first
    }

    /// The run with `id`: under `root` when given, else under any root. A path to a run file also works.
    public func find(_ id: String, root: String? = nil) throws(Failure) -> RunRecord {
        if id.hasSuffix(".json"), FileManager.default.fileExists(atPath: id) {
            guard let record = Self.load(id) else {
                throw Failure("'\(id)' is not a bukti run record", reason: .notARunRecord(path: id))
            }
            return record
        }
        let folders = root.map { [folder(forRoot: $0)] }
            ?? ((try? FileManager.default.contentsOfDirectory(atPath: folder)) ?? []).sorted().map { CacheDirectory.join(folder, $0) }
        let found = folders.compactMap { Self.load(CacheDirectory.join($0, id + ".json")) }
        guard let first = found.first else {
            throw Failure("no run '\(id)' in the history at '\(folder)'; `bukti history` lists them",
                          reason: .noSuchRun(id: id, folder: folder))
        }
        guard found.count == 1 else {
            throw Failure("run '\(id)' exists for \(found.count) roots; name the root with --root",
                          reason: .ambiguous(id: id, roots: found.count))
        }
        return first
    }

    /// Reads one run file.
    public static func load(_ path: String) -> RunRecord? {
        guard let data = FileManager.default.contents(atPath: path) else { return nil }
        return try? JSONDecoder().decode(RunRecord.self, from: data)
    }

    /// Run file names in `folder`, oldest first (ids sort by time).
    func runFiles(in folder: String) -> [String] {
        ((try? FileManager.default.contentsOfDirectory(atPath: folder)) ?? [])
            .filter { $0.hasSuffix(".json") && !$0.hasPrefix(".") }.sorted()
    }
}
