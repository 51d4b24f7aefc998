import Foundation

/// Inspecting several files at once while still delivering results in walk order (siegfried's way:
/// each file gets a slot in a queue kept in walk order; the caller's thread waits on the oldest slot).
extension Inspector {
    /// Inspects everything under `roots`, turns each record into a `T` with `transform` on the same
    /// worker thread (the audit classifies there, so rule matching runs on every core too), and hands
    /// the results to `deliver` in walk order. With `options.jobs` = 1 everything runs on the
    /// caller's thread. A throw from `deliver` ends the run.
    @discardableResult
    public func run<T: Sendable>(
        _ roots: [FilePath], transform: @escaping @Sendable (FileFacts) -> T, _ deliver: (T) throws -> Void
    ) rethrows -> WalkSummary {
        defer { cache?.flush() }
        var walker = self.walker
        walker.interruption = interruption
        guard options.jobs > 1 else {
            return try walker.walk(roots) { event in try deliver(transform(sequentialRecord(event))) }
        }
        return try runConcurrently(roots, walker: walker, jobs: options.jobs, transform: transform, deliver)
    }

    /// The record for one walk event, made on the caller's thread, with the counters kept.
    func sequentialRecord(_ event: WalkEvent) -> FileFacts {
        switch event {
        case .file(let path, let status):
            counters.update { $0.found += 1 }
            let facts = inspectFile(path, status: status)
            counters.update { $0.done += 1 }
            return facts
        case .unreadable(let failure):
            counters.update { $0.done += 1 }
            return Self.record(for: failure)
        }
    }

    /// Like `run`, with up to `jobs` files inspected at the same time. Memory stays bounded: at most
    /// `4 × jobs` results wait for delivery. When `deliver` throws, work already started is finished
    /// (and dropped) before the error comes back, so no reader is left running.
    func runConcurrently<T: Sendable>(
        _ roots: [FilePath], walker: FileWalker, jobs: Int,
        transform: @escaping @Sendable (FileFacts) -> T, _ deliver: (T) throws -> Void
    ) rethrows -> WalkSummary {
        let workers = DispatchSemaphore(value: jobs)
        let queue = DispatchQueue(label: "bukti.inspect", attributes: .concurrent)
        let window = jobs * 4
        var pending: [PendingResult<T>] = []
        defer { for slot in pending { _ = slot.wait() } }
        let summary = try walker.walk(roots) { event in
            let slot = PendingResult<T>()
            switch event {
            case .unreadable(let failure):
                counters.update { $0.done += 1 }
                let record = Self.record(for: failure)
                workers.wait()
                queue.async {
                    slot.fill(transform(record))
                    workers.signal()
                }
            case .file(let path, let status):
                counters.update { $0.found += 1 }
                workers.wait()
                queue.async {
                    let facts = self.inspectFile(path, status: status)
                    self.counters.update { $0.done += 1 }
                    slot.fill(transform(facts))
                    workers.signal()
                }
            }
            pending.append(slot)
            while pending.count >= window || pending.first?.isReady == true {
                try deliver(pending.removeFirst().wait())
            }
        }
        while !pending.isEmpty { try deliver(pending.removeFirst().wait()) }
        return summary
    }
}

/// One result being made on a worker thread, waited for in walk order.
final class PendingResult<T: Sendable>: @unchecked Sendable {
    private let ready = DispatchSemaphore(value: 0)
    private let lock = NSLock()
    private var value: T?

    /// Stores the finished result and wakes the waiter.
    func fill(_ result: T) {
        lock.withLock { value = result }
        ready.signal()
    }

    /// True once `fill` has run.
    var isReady: Bool { lock.withLock { value != nil } }

    /// Blocks until the result is filled, then returns it (call once per slot).
    func wait() -> T {
        ready.wait()
        return lock.withLock {
            guard let value else { preconditionFailure("a pending result was signalled before it was filled") }
            return value
        }
    }
}
