import Foundation

/// Live counts of one inspection run, updated from worker threads and read by progress output and
/// the closing summary (and by tests: "a second run opens no file").
///
/// Guarded by an NSLock (a pthread mutex), not `Synchronization.Mutex`: on Linux a contended Mutex is
/// handed over by its futex slow path inside libswiftSynchronization.so, which ThreadSanitizer cannot
/// see, so it reported every contended update as a race; pthread mutexes it understands.
public final class InspectCounters: @unchecked Sendable {
    private let lock = NSLock()
    private var values = Values()

    /// A snapshot of the counts.
    public struct Values: Sendable, Equatable {
        /// Regular files the walk handed over.
        public var found = 0
        /// Records finished (files and unreadable paths).
        public var done = 0
        /// Files opened for reading (extraction, fingerprints, hashing).
        public var opened = 0
        /// Files whose facts were extracted by a reader (cache misses that were read).
        public var extracted = 0
        /// Records taken from the cache, by any match.
        public var cacheHits = 0
        /// Of the hits, files recognised under a new path (renamed or same content).
        public var cacheMoved = 0
        /// Files looked up in the cache and not found.
        public var cacheMisses = 0
        /// The folder of the file being inspected most recently.
        public var currentFolder: FilePath?
    }

    public init() {}

    /// The counts now.
    public var snapshot: Values { lock.withLock { values } }

    /// Changes the counts under the lock.
    public func update(_ change: (inout Values) -> Void) { lock.withLock { change(&values) } }
}
