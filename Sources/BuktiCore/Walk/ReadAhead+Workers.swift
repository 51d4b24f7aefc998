/// The worker threads of `ReadAhead`: each takes the first job in walk order, does it without the lock, and
/// stores the result.
extension ReadAhead {
    /// One piece of reading: list a folder, or examine one chunk of a listed folder's entries.
    enum Job {
        case list(Node)
        case examine(Node, FolderExamination, Range<Int>)
    }

    /// A worker: does the first job in line until `finish()`.
    func work() {
        condition.lock()
        while !finished {
            guard interruption?.isRequested != true, let job = nextJob() else {
                condition.wait()
                continue
            }
            switch job {
            case .list(let node):
                node.state = .listing
                condition.unlock()
                let examination = FolderExamination(path: node.path, listing: fileSystem.list(node.path))
                condition.lock()
                // The walk may have stopped waiting for it (interrupted): then it is dropped.
                guard case .listing = node.state else { break }
                node.state = .examining(examination)
                if examination.isComplete { complete(node, examination) }
            case .examine(let node, let examination, let range):
                condition.unlock()
                let results = examination.examine(range, fileSystem, interruption)
                condition.lock()
                if examination.store(results, at: range.lowerBound), case .examining = node.state {
                    complete(node, examination)
                }
            }
            condition.broadcast()
        }
        condition.unlock()
    }

    /// A folder fully examined: its contents wait for the walk, and its subfolders join the line (lock held).
    private func complete(_ node: Node, _ examination: FolderExamination) {
        let contents = examination.contents
        node.children = contents.subfolders.map(Node.init)
        node.state = .read(contents)
    }

    /// The first job among the next `window` folders in walk order, claimed (lock held).
    private func nextJob() -> Job? {
        if let next, let job = Self.job(for: next) { return job }
        var budget = window
        for frame in frames.reversed() {
            if let job = Self.firstJob(in: frame.node.children, from: frame.next, &budget) { return job }
            if budget <= 0 { return nil }
        }
        return nil
    }

    /// The job `node` offers now, claimed: its listing, or its next unclaimed chunk.
    private static func job(for node: Node) -> Job? {
        switch node.state {
        case .waiting: return .list(node)
        case .examining(let examination): return examination.claim().map { .examine(node, examination, $0) }
        case .listing, .read, .taken: return nil
        }
    }

    /// Depth-first through `nodes[start...]` and the subfolders of those already read, spending one unit of
    /// `budget` per folder passed; recursion is at most `budget` deep.
    private static func firstJob(in nodes: [Node], from start: Int, _ budget: inout Int) -> Job? {
        var index = start
        while index < nodes.count && budget > 0 {
            let node = nodes[index]
            index += 1
            budget -= 1
            if let job = job(for: node) { return job }
            if case .read = node.state, let found = firstJob(in: node.children, from: 0, &budget) { return found }
        }
        return nil
    }
}
