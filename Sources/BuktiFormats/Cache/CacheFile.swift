import Foundation
import BuktiCore

/// Opening the cache database file: a fresh file gets the schema; a file that is not SQLite, belongs
/// to another program or to another schema version is renamed aside (`cache.db.corrupt-<time>`) and
/// replaced by a fresh one, with a warning — a damaged cache never fails a run.
enum CacheFile {
    /// 'BKTI': marks the file as bukti's facts cache (`PRAGMA application_id`).
    static let applicationID: Int64 = 0x424B_5449
    /// The schema version (`PRAGMA user_version`); a different version is set aside and rebuilt.
    static let schemaVersion: Int64 = 1
    static let fileName = "cache.db"

    static let schema = """
        CREATE TABLE facts(
            path BLOB PRIMARY KEY,
            device INTEGER NOT NULL, inode INTEGER NOT NULL, size INTEGER NOT NULL, mtime INTEGER NOT NULL,
            options TEXT NOT NULL,
            fingerprint TEXT, complete INTEGER NOT NULL DEFAULT 0, sha256 TEXT,
            facts TEXT NOT NULL,
            seen INTEGER NOT NULL
        );
        CREATE INDEX facts_inode ON facts(device, inode);
        CREATE INDEX facts_content ON facts(size, fingerprint);
        CREATE TABLE meta(key TEXT PRIMARY KEY, value TEXT NOT NULL);
        """

    /// Classifications by the SHA-256 of their inputs (`ClassificationCache`).
    static let classificationSchema = """
        CREATE TABLE IF NOT EXISTS classifications(key TEXT PRIMARY KEY, value TEXT NOT NULL, seen INTEGER NOT NULL);
        """

    /// The open database at `directory/cache.db` and the warnings met on the way.
    static func open(directory: String) throws(SQLiteError) -> (SQLiteDatabase, [String]) {
        let path = directory + "/" + fileName
        do {
            return (try prepare(path), [])
        } catch let error where error.isCorruption || error.code == foreignCode {
            let aside = path + ".corrupt-" + timestamp()
            setAside(path, to: aside)
            let warning = "the cache \(path) was unusable (\(error.message)); moved it to \(aside) and started a new one"
            return (try prepare(path), [warning])
        }
    }

    /// Our own code for "a database, but not ours".
    static let foreignCode: Int32 = -1

    /// Opens `path`, checks it is our cache of our schema version (creating the schema in an empty file).
    private static func prepare(_ path: String) throws(SQLiteError) -> SQLiteDatabase {
        let db = try SQLiteDatabase(path: path)
        // A garbage file opens fine; the first read of it is what fails with SQLITE_NOTADB.
        let application = try db.integer("PRAGMA application_id") ?? 0
        let version = try db.integer("PRAGMA user_version") ?? 0
        let tables = try db.integer("SELECT count(*) FROM sqlite_master") ?? 0
        if application == 0 && version == 0 && tables == 0 {
            try db.execute("PRAGMA journal_mode=WAL; PRAGMA synchronous=NORMAL;")
            try db.execute("BEGIN IMMEDIATE; \(schema) PRAGMA application_id=\(applicationID); PRAGMA user_version=\(schemaVersion); COMMIT;")
        } else if application != applicationID || version != schemaVersion {
            throw SQLiteError(
                code: foreignCode,
                message: "application_id \(application), user_version \(version); expected \(applicationID), \(schemaVersion)")
        }
        try db.execute("PRAGMA journal_mode=WAL; PRAGMA synchronous=NORMAL;")
        _ = try db.integer("SELECT count(*) FROM facts")  // a damaged table shows here, not mid-run
        return db
    }

    /// Renames the file (and its WAL and shared-memory companions) out of the way.
    private static func setAside(_ path: String, to aside: String) {
        rename(path, aside)
        for suffix in ["-wal", "-shm"] {
            if rename(path + suffix, aside + suffix) != 0 { unlink(path + suffix) }
        }
    }

    /// UTC time for file names: 20261122T101500Z.
    static func timestamp(_ date: Date = Date()) -> String {
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = TimeZone(identifier: "UTC") ?? .current
        let c = calendar.dateComponents([.year, .month, .day, .hour, .minute, .second], from: date)
        func two(_ value: Int?) -> String { String(format: "%02d", value ?? 0) }
        return "\(c.year ?? 0)\(two(c.month))\(two(c.day))T\(two(c.hour))\(two(c.minute))\(two(c.second))Z"
    }
}
