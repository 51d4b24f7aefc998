import Foundation

/// Inspecting several files at once while still delivering records in walk order (siegfried's way:
/// each file gets a slot in a queue kept in walk order; the caller's thread waits on the oldest slot).
extension Inspector {
    /// Like `run`, with up to `jobs` files inspected at the same time. Memory stays bounded: at most
    /// `4 × jobs` records wait for delivery. When `deliver` throws, work already started is finished
    /// (and dropped) before the error comes back, so no reader is left running.
    func runConcurrently(
        _ roots: [FilePath], walker: FileWalker, jobs: Int, _ deliver: (FileFacts) throws -> Void
    ) rethrows -> WalkSummary {
        let workers = DispatchSemaphore(value: jobs)
        let queue = DispatchQueue(label: "bukti.inspect", attributes: .concurrent)
        let window = jobs * 4
        var pending: [PendingRecord] = []
        defer { for slot in pending { _ = slot.wait() } }
        let summary = try walker.walk(roots) { event in
            let slot = PendingRecord()
            switch event {
            case .unreadable(let failure):
                slot.fill(Self.record(for: failure))
                counters.update { $0.done += 1 }
            case .file(let path, let status):
                counters.update { $0.found += 1 }
                workers.wait()
                queue.async {
                    slot.fill(self.inspectFile(path, status: status))
                    self.counters.update { $0.done += 1 }
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

/// One record being made on a worker thread, waited for in walk order.
final class PendingRecord: @unchecked Sendable {
    private let ready = DispatchSemaphore(value: 0)
    private let lock = NSLock()
    private var facts: FileFacts?

    /// Stores the finished record and wakes the waiter.
    func fill(_ record: FileFacts) {
        lock.withLock { facts = record }
        ready.signal()
    }

    /// True once `fill` has run.
    var isReady: Bool { lock.withLock { facts != nil } }

    /// Blocks until the record is filled, then returns it (call once per slot).
    func wait() -> FileFacts {
        ready.wait()
        return lock.withLock {
            guard let facts else { preconditionFailure("a pending record was signalled before it was filled") }
            return facts
        }
    }
}
