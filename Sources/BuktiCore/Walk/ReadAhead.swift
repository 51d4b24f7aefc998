import Foundation

/// The folders a walk will enter next, read by worker threads before the walk reaches them.
///
/// The walk (one thread) keeps a stack of the folders it is inside; each knows its subfolders in walk order
/// and how many of them the walk has entered. The folders still to come, in walk order, are the folder the
/// walk is about to enter, then the remaining subfolders of the innermost folder, then of its parent, and so
/// on, where a folder already read is followed by its own subfolders. Each idle worker takes the first folder
/// of that order nobody reads yet, within the first `window` folders, so the walk's next folder is always read
/// first. Only workers read, so at most `workers` folders are read at once; the walk's thread waits for them.
/// Memory: folders are read only within the window, but one read ahead stays held when the walk then finds
/// subfolders before it, so at most about `window` folders per level of depth wait for the walk.
/// All state is guarded by one condition lock (hence `@unchecked Sendable`).
final class ReadAhead: @unchecked Sendable {
    /// A folder the walk will enter, unless it turns out to be one already walked.
    final class Node {
        /// Where its contents are.
        enum State {
            /// Nobody reads it yet.
            case waiting
            /// A worker (or the walk itself) is reading it.
            case reading
            /// Read ahead, waiting for the walk.
            case read(FolderContents)
            /// Handed to the walk.
            case taken
        }

        let path: FilePath
        var state = State.waiting
        /// Its subfolders in walk order, once read; emptied when the walk leaves it.
        var children: [Node] = []

        init(_ path: FilePath) { self.path = path }
    }

    /// A folder the walk is inside, and how many of its subfolders it has entered.
    private struct Frame {
        let node: Node
        var next = 0
    }

    private let condition = NSCondition()
    private var frames: [Frame] = []
    /// The folder the walk is about to enter: first in line until it is entered.
    private var next: Node?
    private var finished = false
    private let window: Int
    private let fileSystem: WalkFileSystem
    private let interruption: Interruption?

    /// Starts `workers` threads (at least one) that read up to `window` folders ahead; they run until `finish()`.
    init(workers: Int, window: Int, fileSystem: WalkFileSystem, interruption: Interruption?) {
        self.window = max(window, 1)
        self.fileSystem = fileSystem
        self.interruption = interruption
        for _ in 0..<max(workers, 1) {
            let thread = Thread { [self] in work() }
            thread.name = "bukti.walk"
            thread.start()
        }
    }

    /// Tells the workers to stop once their current folder is read (its result is then dropped). A folder
    /// that hangs on a dead share is not waited for, so an interrupted walk still returns at once.
    func finish() {
        condition.withLock {
            finished = true
            frames = []
            next = nil
            condition.broadcast()
        }
    }

    /// A folder given on the command line, first in line.
    func root(_ path: FilePath) -> Node {
        condition.withLock {
            let node = Node(path)
            next = node
            condition.broadcast()
            return node
        }
    }

    /// The node for the next subfolder of the innermost folder: the walk calls it for each entry `lstat` found
    /// to be a folder, in order, whether or not it then enters it. It stays first in line until entered.
    func nextSubfolder(_ path: FilePath) -> Node {
        condition.withLock {
            var node = Node(path)
            if let last = frames.indices.last {
                let index = frames[last].next
                frames[last].next += 1
                let children = frames[last].node.children
                // The same order built from the same contents; a fresh node only if that ever failed to hold.
                if index < children.count && children[index].path == path { node = children[index] }
            }
            next = node
            condition.broadcast()  // the window moved on by one folder
            return node
        }
    }

    /// The contents of `node` once a worker has read it; the walk is then inside it until `leave()`. When the
    /// walk is asked to stop before the folder is read, it gets nothing rather than waiting.
    func enter(_ node: Node) -> FolderContents {
        condition.lock()
        defer { condition.unlock() }
        var contents = FolderContents.empty
        waiting: while true {
            switch node.state {
            case .read(let read):
                contents = read
                break waiting
            case .waiting, .reading:
                if interruption?.isRequested == true { break waiting }
                // Timed, so a stop request is seen even while the share does not answer.
                _ = condition.wait(until: Date(timeIntervalSinceNow: 0.1))
            case .taken:
                break waiting
            }
        }
        node.state = .taken
        if next === node { next = nil }
        frames.append(Frame(node: node))
        condition.broadcast()  // its subfolders are now the first in line
        return contents
    }

    /// The walk has finished the innermost folder; its subfolders' nodes are released.
    func leave() {
        condition.withLock {
            frames.popLast()?.node.children = []
        }
    }

    /// A worker: reads the first folder in line until `finish()`.
    private func work() {
        condition.lock()
        while !finished {
            guard interruption?.isRequested != true, let node = nextInLine() else {
                condition.wait()
                continue
            }
            node.state = .reading
            condition.unlock()
            let read = FolderContents.read(node.path, fileSystem, interruption)
            let children = read.subfolders.map(Node.init)
            condition.lock()
            // The walk may have stopped waiting for it (interrupted): then it is dropped.
            if case .reading = node.state {
                node.state = .read(read)
                node.children = children
            }
            condition.broadcast()
        }
        condition.unlock()
    }

    /// The first folder nobody reads yet among the next `window` folders in walk order (lock held).
    private func nextInLine() -> Node? {
        if let next, case .waiting = next.state { return next }
        var budget = window
        for frame in frames.reversed() {
            if let node = Self.firstWaiting(in: frame.node.children, from: frame.next, &budget) { return node }
            if budget <= 0 { return nil }
        }
        return nil
    }

    /// Depth-first through `nodes[start...]` and the subfolders of those already read, spending one unit of
    /// `budget` per folder passed; recursion is at most `budget` deep.
    private static func firstWaiting(in nodes: [Node], from start: Int, _ budget: inout Int) -> Node? {
        var index = start
        while index < nodes.count && budget > 0 {
            let node = nodes[index]
            index += 1
            budget -= 1
            switch node.state {
            case .waiting:
                return node
            case .read:
                if let found = firstWaiting(in: node.children, from: 0, &budget) { return found }
            case .reading, .taken:
                continue
            }
        }
        return nil
    }
}
