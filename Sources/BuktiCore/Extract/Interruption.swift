import Synchronization

/// A run-wide stop request (SIGINT/SIGTERM): set once from the signal handler, read between files by
/// the walk and inside readers through `Deadline.check()`, so a long file stops at its next check.
public final class Interruption: Sendable {
    private let flag = Atomic<Bool>(false)

    public init() {}

    /// Asks everything watching this flag to stop; cannot be undone.
    public func request() { flag.store(true, ordering: .releasing) }

    /// True once a stop was requested.
    public var isRequested: Bool { flag.load(ordering: .acquiring) }
}
