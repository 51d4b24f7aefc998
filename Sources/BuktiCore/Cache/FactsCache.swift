/// Where the walk found a file, and what `lstat` said: the key cached facts are filed under.
/// Unchanged device, inode, size and modification time (in nanoseconds) mean an unchanged file.
public struct FactsCacheKey: Sendable, Hashable {
    public var path: FilePath
    public var device: UInt64
    public var inode: UInt64
    public var size: Int64
    /// Modification time in nanoseconds since the epoch.
    public var modified: Int64

    public init(path: FilePath, status: FileStatus) {
        self.path = path
        device = status.device
        inode = status.inode
        size = status.size
        modified = status.modified
    }
}

/// A cheap stand-in for a content hash: SHA-256 over the size and the first and last 64 KiB. For files
/// up to 128 KiB it covers every byte (`isComplete`), so it identifies the content exactly; for larger
/// files a match is only a candidate that a full hash must confirm.
public struct ContentFingerprint: Sendable, Hashable {
    /// Bytes read from each end.
    public static let edgeBytes = 64 << 10

    public var digest: String
    public var isComplete: Bool

    public init(digest: String, isComplete: Bool) {
        self.digest = digest
        self.isComplete = isComplete
    }
}

/// How a cached record was found.
public enum CacheMatch: String, Sendable {
    /// Same path, device, inode, size and modification time.
    case exact
    /// Same device, inode, size and modification time under another path: renamed or moved on one file system.
    case renamed
    /// Same content (fingerprint, confirmed by a full hash when the file is large): copied or moved across file systems.
    case sameContent = "same-content"
}

/// Facts found in the cache; `facts.path` is still the path they were stored under.
public struct CachedFacts: Sendable {
    public var facts: FileFacts
    public var match: CacheMatch

    public init(facts: FileFacts, match: CacheMatch) {
        self.facts = facts
        self.match = match
    }
}

/// Extracted facts kept between runs, so a second run over an unchanged tree reads nothing. Library
/// code: implementations never throw into the run; a failing cache records a warning and stops
/// answering (`warnings`), and the run goes on reading files itself.
public protocol FactsCache: AnyObject, Sendable {
    /// Facts stored for exactly this file, or for the same inode under another path; nil on a miss.
    func facts(for key: FactsCacheKey) -> CachedFacts?
    /// The fingerprint of an open file (reads at most 128 KiB); nil when it cannot be read.
    func fingerprint(of source: any ByteSource) -> ContentFingerprint?
    /// Facts stored for a file with the same content, confirmed by a full hash of `source` when the
    /// fingerprint does not cover every byte; nil on a miss.
    func facts(matching fingerprint: ContentFingerprint, source: any ByteSource, key: FactsCacheKey) -> CachedFacts?
    /// Files `facts` (extracted from the file at `key`) for later runs.
    func store(_ facts: FileFacts, key: FactsCacheKey, fingerprint: ContentFingerprint?)
    /// Makes everything stored so far durable (commits the open transaction).
    func flush()
    /// Files stored under `folder` by earlier runs: an estimate of how many this run will find.
    func fileCount(under folder: FilePath) -> Int?
    /// Problems met while using the cache (for the command to print); empty when all went well.
    var warnings: [String] { get }
}
