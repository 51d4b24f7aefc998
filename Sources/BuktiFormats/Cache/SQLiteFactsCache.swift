import Foundation
import BuktiCore

/// The facts cache in an SQLite file (`DIR/cache.db`): one row per absolute path with the `lstat`
/// fields it was read under, a content fingerprint, the SHA-256 when known, and the facts as JSON.
///
/// Rows made with other extraction options are ignored (and replaced when the file is read again);
/// rows made by another `Formats.extractorVersion` are deleted when the cache opens. Paths are made
/// absolute, so several roots (and runs started from different folders) share one cache safely.
/// Writes are batched in transactions committed every few hundred records and by `flush()`, so an
/// interrupted run keeps what it committed and the file stays consistent (WAL journal).
public final class SQLiteFactsCache: FactsCache, @unchecked Sendable {
    /// Records written per transaction before a commit.
    static let batchSize = 256
    /// Rows no run has met for this long are deleted when the cache opens (old paths of moved files,
    /// folders no longer audited). Longer than a year, so one reporting season still helps the next.
    static let retentionSeconds: Int64 = 400 * 86_400

    private let lock = NSLock()
    private var db: SQLiteDatabase?
    private let options: String
    private let workingDirectory: [UInt8]
    private let runTime = Int64(Date().timeIntervalSince1970)
    private var pendingWrites = 0
    private var classificationHits = 0
    private var classificationsStored = 0
    private var problems: [String] = []

    /// Opens (or creates, or sets aside and rebuilds) `directory/cache.db` for facts made with `options`.
    /// Throws only when not even a fresh cache can be created there (e.g. the folder is read-only).
    public init(directory: String, options: InspectOptions, hashing: Bool) throws(SQLiteError) {
        let (db, warnings) = try CacheFile.open(directory: directory)
        self.db = db
        problems = warnings
        self.options = Self.signature(options, hashing: hashing)
        workingDirectory = Array(FileManager.default.currentDirectoryPath.utf8)
        let version = String(Formats.extractorVersion)
        var stored: String?
        try db.query("SELECT value FROM meta WHERE key = 'extractor-version'", []) { stored = $0.text(0) }
        if stored != version {
            try db.execute("BEGIN IMMEDIATE; DELETE FROM facts;")
            try db.run("INSERT OR REPLACE INTO meta(key, value) VALUES('extractor-version', ?)", [.text(version)])
            try db.execute("COMMIT")
        }
        try db.run("DELETE FROM facts WHERE seen < ?", [.integer(runTime - Self.retentionSeconds)])
        // Added after schema 1 shipped: created where missing, so existing caches are kept.
        try db.execute(CacheFile.classificationSchema)
        try db.run("DELETE FROM classifications WHERE seen < ?", [.integer(runTime - Self.retentionSeconds)])
    }

    /// The stored classification (JSON) under `key`, marked as seen by this run; nil when none.
    public func classification(forKey key: String) -> String? {
        var found: String?
        guarded { db in
            var seen: Int64 = 0
            try db.query("SELECT value, seen FROM classifications WHERE key = ?", [.text(key)]) { row in
                found = row.text(0)
                seen = row.integer(1)
            }
            guard found != nil, seen != runTime else { return }
            if pendingWrites == 0 { try db.execute("BEGIN IMMEDIATE") }
            try db.run("UPDATE classifications SET seen = ? WHERE key = ?", [.integer(runTime), .text(key)])
            pendingWrites += 1
            if pendingWrites >= Self.batchSize { try commit(db) }
        }
        if found != nil { lock.withLock { classificationHits += 1 } }
        return found
    }

    /// Stores a classification (JSON) under `key`.
    public func storeClassification(_ json: String, forKey key: String) {
        guarded { db in
            if pendingWrites == 0 { try db.execute("BEGIN IMMEDIATE") }
            try db.run("INSERT OR REPLACE INTO classifications(key, value, seen) VALUES(?, ?, ?)",
                       [.text(key), .text(json), .integer(runTime)])
            pendingWrites += 1
            classificationsStored += 1
            if pendingWrites >= Self.batchSize { try commit(db) }
        }
    }

    /// Classifications this run took from the cache, and stored into it.
    public var classificationCounts: (hits: Int, stored: Int) { lock.withLock { (classificationHits, classificationsStored) } }

    /// Everything in the options that changes what a reader records. Hashing is not part of it: a
    /// record without `sha256` is completed when a hashing run meets it.
    static func signature(_ options: InspectOptions, hashing: Bool) -> String {
        let e = options.extraction
        return "pages=\(e.textPages);chars=\(e.textCharacters);inflate=\(e.maxInflatedBytes);depth=\(e.maxNestingDepth);"
            + "chain=\(e.maxChainLength);timeout=\(options.fileTimeout);max=\(options.maxFileBytes)"
    }

    public var warnings: [String] { lock.withLock { problems } }

    public func facts(for key: FactsCacheKey) -> CachedFacts? {
        let path = absolute(key.path)
        let sql = """
            SELECT facts, path = ? FROM facts WHERE device = ? AND inode = ? AND size = ? AND mtime = ? AND options = ?
            ORDER BY path = ? DESC LIMIT 1
            """
        var found: CachedFacts?
        guarded {
            try $0.query(sql, [.blob(path), .integer(Int64(bitPattern: key.device)), .integer(Int64(bitPattern: key.inode)),
                               .integer(key.size), .integer(key.modified), .text(options), .blob(path)]) { row in
                guard let facts = Self.decode(row.text(0)) else { return }
                found = CachedFacts(facts: facts, match: row.integer(1) == 1 ? .exact : .renamed)
            }
        }
        if found?.match == .exact { touch(path) }
        return found
    }

    public func fingerprint(of source: any ByteSource) -> ContentFingerprint? {
        let edge = ContentFingerprint.edgeBytes
        let complete = source.size <= 2 * edge
        do {
            var bytes = withUnsafeBytes(of: Int64(source.size).littleEndian) { Array($0) }
            bytes += try source.read(at: 0, count: complete ? source.size : edge)
            if !complete { bytes += try source.readTail(edge) }
            return ContentFingerprint(digest: try SHA256Stream.hexDigest(of: MemorySource(bytes)), isComplete: complete)
        } catch {
            return nil
        }
    }

    public func facts(matching fingerprint: ContentFingerprint, source: any ByteSource, key: FactsCacheKey) -> CachedFacts? {
        var candidates: [(facts: String?, sha256: String?)] = []
        guarded {
            try $0.query(
                "SELECT facts, sha256 FROM facts WHERE size = ? AND fingerprint = ? AND options = ? LIMIT 4",
                [.integer(Int64(source.size)), .text(fingerprint.digest), .text(options)]
            ) { row in candidates.append((row.text(0), row.isNull(1) ? nil : row.text(1))) }
        }
        guard let first = candidates.first else { return nil }
        if fingerprint.isComplete { return Self.decode(first.facts).map { CachedFacts(facts: $0, match: .sameContent) } }
        // A large file: the fingerprint saw only its ends, so the whole content must match a stored hash.
        let hashed = candidates.filter { $0.sha256 != nil }
        guard !hashed.isEmpty, let digest = try? SHA256Stream.hexDigest(of: source),
              let match = hashed.first(where: { $0.sha256 == digest }), var facts = Self.decode(match.facts)
        else { return nil }
        facts.sha256 = digest
        return CachedFacts(facts: facts, match: .sameContent)
    }

    public func store(_ facts: FileFacts, key: FactsCacheKey, fingerprint: ContentFingerprint?) {
        guard let json = try? JSONEncoder().encode(facts) else { return }
        let path = absolute(key.path)
        // A record filed under a new path without a fingerprint (a rename) keeps the one its inode had.
        let sql = """
            INSERT INTO facts(path, device, inode, size, mtime, options, fingerprint, complete, sha256, facts, seen)
            VALUES(?1, ?2, ?3, ?4, ?5, ?6,
                coalesce(?7, (SELECT fingerprint FROM facts WHERE device = ?2 AND inode = ?3 AND size = ?4 AND fingerprint IS NOT NULL)),
                coalesce(?8, (SELECT complete FROM facts WHERE device = ?2 AND inode = ?3 AND size = ?4 AND fingerprint IS NOT NULL), 0),
                ?9, ?10, ?11)
            ON CONFLICT(path) DO UPDATE SET device = excluded.device, inode = excluded.inode, size = excluded.size,
                mtime = excluded.mtime, options = excluded.options, fingerprint = excluded.fingerprint,
                complete = excluded.complete, sha256 = excluded.sha256, facts = excluded.facts, seen = excluded.seen
            """
        let values: [SQLiteValue] = [
            .blob(path), .integer(Int64(bitPattern: key.device)), .integer(Int64(bitPattern: key.inode)),
            .integer(key.size), .integer(key.modified), .text(options),
            fingerprint.map { .text($0.digest) } ?? .null, fingerprint.map { .integer($0.isComplete ? 1 : 0) } ?? .null,
            facts.sha256.map { .text($0) } ?? .null, .text(String(decoding: json, as: UTF8.self)), .integer(runTime),
        ]
        guarded { db in
            if pendingWrites == 0 { try db.execute("BEGIN IMMEDIATE") }
            try db.run(sql, values)
            pendingWrites += 1
            if pendingWrites >= Self.batchSize { try commit(db) }
        }
    }

    public func flush() {
        guarded { try commit($0) }
    }

    public func fileCount(under folder: FilePath) -> Int? {
        var base = absolute(folder)
        if base.last != UInt8(ascii: "/") { base.append(UInt8(ascii: "/")) }
        var upper = base
        upper[upper.count - 1] = UInt8(ascii: "/") + 1
        var count: Int?
        guarded {
            try $0.query("SELECT count(*) FROM facts WHERE path >= ? AND path < ?", [.blob(base), .blob(upper)]) {
                count = Int($0.integer(0))
            }
        }
        return count
    }

    /// Records the SHA-256 of a cached file computed outside the inspector (the audit's shared-document
    /// check), so the next run finds it in the facts instead of reading the file again.
    public func recordSHA256(_ digest: String, for path: FilePath) {
        guarded { db in
            if pendingWrites == 0 { try db.execute("BEGIN IMMEDIATE") }
            try db.run("UPDATE facts SET sha256 = ?, facts = json_set(facts, '$.sha256', ?) WHERE path = ?",
                       [.text(digest), .text(digest), .blob(absolute(path))])
            pendingWrites += 1
        }
    }

    /// Marks an exact hit as seen in this run (rows unseen for long can then be pruned).
    private func touch(_ path: [UInt8]) {
        guarded { db in
            if pendingWrites == 0 { try db.execute("BEGIN IMMEDIATE") }
            try db.run("UPDATE facts SET seen = ? WHERE path = ?", [.integer(runTime), .blob(path)])
            pendingWrites += 1
            if pendingWrites >= Self.batchSize { try commit(db) }
        }
    }

    private func commit(_ db: SQLiteDatabase) throws(SQLiteError) {
        guard pendingWrites > 0 else { return }
        pendingWrites = 0
        try db.execute("COMMIT")
    }

    /// Runs `body` under the lock; the first failure is recorded as a warning and the cache stops
    /// answering for the rest of the run (the files are then simply read).
    private func guarded(_ body: (SQLiteDatabase) throws -> Void) {
        lock.lock()
        defer { lock.unlock() }
        guard let db else { return }
        do {
            try body(db)
        } catch {
            problems.append("the cache stopped working and is not used for the rest of this run: \(error)")
            try? db.execute("ROLLBACK")
            pendingWrites = 0
            self.db = nil
        }
    }

    /// The path's bytes, made absolute against the folder bukti was started in.
    private func absolute(_ path: FilePath) -> [UInt8] {
        if path.bytes.first == UInt8(ascii: "/") { return path.bytes }
        var bytes = workingDirectory
        var rest = path.bytes[...]
        while rest.starts(with: [0x2E, 0x2F]) { rest = rest.dropFirst(2) }  // "./"
        if rest == [0x2E] { return bytes }
        if bytes.last != UInt8(ascii: "/") { bytes.append(UInt8(ascii: "/")) }
        return bytes + rest
    }

    private static func decode(_ json: String?) -> FileFacts? {
        guard let json else { return nil }
        return try? JSONDecoder().decode(FileFacts.self, from: Data(json.utf8))
    }
}
