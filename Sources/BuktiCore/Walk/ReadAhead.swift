import Foundation

/// The folders a walk will enter next, read by worker threads before the walk reaches them.
///
/// The walk (one thread) keeps a stack of the folders it is inside; each knows its subfolders in walk order
/// and how many of them the walk has entered. The folders still to come, in walk order, are the folder the
/// walk is about to enter, then the remaining subfolders of the innermost folder, then of its parent, and so
/// on, where a folder already read is followed by its own subfolders. Each idle worker takes the first job in
/// that order, within the first `window` folders: list a folder nobody lists yet, or examine the next chunk of a
/// listed one (`FolderExamination`), so the walk's next folder is always read first and a big folder is
/// examined by several workers. Only workers read, so at most `workers` listings or chunks are in flight; the
/// walk's thread waits for them.
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
            /// A worker is listing it.
            case listing
            /// Listed; its entries are being examined in chunks.
            case examining(FolderExamination)
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
    struct Frame {
        let node: Node
        var next = 0
    }

    // Everything below is guarded by `condition` (ReadAhead+Workers.swift reads it too).
    let condition = NSCondition()
    var frames: [Frame] = []
    /// The folder the walk is about to enter: first in line until it is entered.
    var next: Node?
    var finished = false
    let window: Int
    let fileSystem: WalkFileSystem
    let interruption: Interruption?

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
            case .waiting, .listing, .examining:
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
}
