/// The walk with folders read ahead on worker threads (`readAhead` > 1). It hands over exactly the events of
/// the walk on the caller's thread, in the same order: only where folders are read from changes.
extension FileWalker {
    /// Like the walk on one thread, with up to `readAhead` folders listed and examined at the same time.
    func walkReadingAhead(_ roots: [FilePath], _ visit: (WalkEvent) throws -> Void) rethrows -> WalkSummary {
        // The workers start with the first folder, so `bukti inspect one.pdf` starts no threads.
        var started: ReadAhead?
        defer { started?.finish() }
        func workers() -> ReadAhead {
            if let started { return started }
            let ahead = ReadAhead(workers: readAhead, window: readAhead * 4, fileSystem: fileSystem, interruption: interruption)
            started = ahead
            return ahead
        }
        var state = State()
        for root in roots where !stopped {
            switch fileSystem.statusFollowingLinks(root) {
            case .success(let status):
                switch status.type {
                case .regular:
                    state.summary.files += 1
                    try visit(.file(root, status))
                case .directory:
                    let ahead = workers()
                    try descend(ahead.root(root), status, ahead, &state, visit)
                default:
                    if let reason = SkipReason(status.type) { state.summary.skip(reason) }
                }
            case .failure(let error):
                try report(WalkFailure(path: root, isDirectory: false, step: .examine, error: error), &state, visit)
            }
        }
        return state.summary
    }

    /// Walks one folder's entries, read by a worker, unless this folder was already walked.
    private func descend(
        _ node: ReadAhead.Node, _ status: FileStatus, _ ahead: ReadAhead, _ state: inout State,
        _ visit: (WalkEvent) throws -> Void
    ) rethrows {
        guard state.visited.insert(FolderID(device: status.device, inode: status.inode)).inserted else {
            state.summary.skip(.revisited)
            return
        }
        state.summary.directories += 1
        let contents = ahead.enter(node)
        defer { ahead.leave() }
        if let failure = contents.failure {
            try report(
                WalkFailure(path: node.path, isDirectory: true, step: failure.step, error: failure.error), &state, visit)
        }
        for item in contents.items where !stopped {
            switch item.status {
            case .success(let childStatus):
                switch childStatus.type {
                case .regular:
                    state.summary.files += 1
                    try visit(.file(item.path, childStatus))
                case .directory:
                    try descend(ahead.nextSubfolder(item.path), childStatus, ahead, &state, visit)
                default:
                    if let reason = SkipReason(childStatus.type) { state.summary.skip(reason) }
                }
            case .failure(let error):
                let failure = WalkFailure(path: item.path, isDirectory: item.type == .directory, step: .examine, error: error)
                try report(failure, &state, visit)
            }
        }
    }
}
