/// A listed folder whose entries are examined (`lstat`) in chunks, each chunk by whichever worker is free, so
/// a folder of thousands of files on a slow share is not examined one entry at a time by one thread.
/// Only `ReadAhead` uses it, under its lock; `path` and `entries` never change, so workers read them unlocked.
final class FolderExamination {
    /// Entries per chunk: enough to keep the hand-over cost small against one `lstat` on a share.
    static let chunk = 64

    let path: FilePath
    /// The entries, sorted by raw name bytes.
    let entries: [DirectoryEntry]
    let failure: (step: WalkFailure.Step, error: SystemError)?
    /// Each entry's `lstat` result once its chunk is done.
    private var statuses: [Result<FileStatus, SystemError>?]
    /// Entries before this index are claimed by a worker.
    private var claimed = 0
    /// Chunks not yet stored.
    private var unfinished: Int

    /// Sorts the listing (outside the lock: it is the worker's own until stored in the node).
    init(path: FilePath, listing: DirectoryListing) {
        self.path = path
        entries = listing.entries.sorted { $0.name.lexicographicallyPrecedes($1.name) }
        failure = listing.failure
        statuses = Array(repeating: nil, count: entries.count)
        unfinished = (entries.count + Self.chunk - 1) / Self.chunk
    }

    /// True once every entry is examined (at once for an empty folder).
    var isComplete: Bool { unfinished == 0 }

    /// The next chunk nobody examines yet, now claimed; nil when all are claimed.
    func claim() -> Range<Int>? {
        guard claimed < entries.count else { return nil }
        let range = claimed..<min(claimed + Self.chunk, entries.count)
        claimed = range.upperBound
        return range
    }

    /// Examines the entries of `range` (called without the lock); stops early once a stop is requested.
    func examine(
        _ range: Range<Int>, _ fileSystem: WalkFileSystem, _ interruption: Interruption?
    ) -> [Result<FileStatus, SystemError>] {
        var results: [Result<FileStatus, SystemError>] = []
        results.reserveCapacity(range.count)
        for index in range {
            if interruption?.isRequested == true { break }
            results.append(fileSystem.status(path.appending(entries[index].name)))
        }
        return results
    }

    /// Stores a chunk's results (fewer than asked when stopped); true when it was the last chunk.
    func store(_ results: [Result<FileStatus, SystemError>], at start: Int) -> Bool {
        for (offset, result) in results.enumerated() where start + offset < statuses.count {
            statuses[start + offset] = result
        }
        unfinished -= 1
        return unfinished == 0
    }

    /// The folder as the walk uses it: the entries up to the first one not examined (a stop cut it short).
    var contents: FolderContents {
        var items: [FolderContents.Item] = []
        items.reserveCapacity(entries.count)
        for (entry, status) in zip(entries, statuses) {
            guard let status else { break }
            items.append(FolderContents.Item(path: path.appending(entry.name), type: entry.type, status: status))
        }
        return FolderContents(items: items, failure: failure)
    }
}
