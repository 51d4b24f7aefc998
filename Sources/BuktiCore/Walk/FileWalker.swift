/// Walks files and folders recursively in a fixed order, streaming what it finds.
///
/// - Each folder's entries are sorted by their raw name bytes (`LC_ALL=C` order) and visited depth-first,
///   so output is the same on every run, locale and file system.
/// - Symbolic links below the given paths are counted, never followed; a path given on the command line
///   is followed when it is a link (as `find -H` and ripgrep do), since the user named it.
/// - Every folder's (device, inode) is remembered, so a bind mount or a repeated argument cannot make the
///   walk loop or report a file twice through the same folder.
/// - Memory grows with one folder's listing per level of depth, never with the size of the tree (when reading
///   ahead, with about `4 × readAhead` folders read before the walk reaches them, per level of depth).
/// - With `readAhead` > 1, folders are listed and examined on `readAhead` worker threads before the walk reaches
///   them (network shares answer each call slowly but many at once); the events are the same, in the same order.
public struct FileWalker: Sendable {
    public var fileSystem: WalkFileSystem
    /// When requested, the walk hands over nothing more and returns (SIGINT/SIGTERM).
    public var interruption: Interruption?
    /// How many folders may be read (listed and `lstat`-ed) at the same time; 1 walks on the caller's thread only.
    public var readAhead: Int

    /// Folders read at once by default: a share's latency, not the CPU, limits the walk, and 8 calls in
    /// flight hide most of it without flooding the server.
    public static let defaultReadAhead = 8

    public init(
        fileSystem: WalkFileSystem = .posix, interruption: Interruption? = nil, readAhead: Int = defaultReadAhead
    ) {
        self.fileSystem = fileSystem
        self.interruption = interruption
        self.readAhead = readAhead
    }

    /// True once the run was asked to stop.
    var stopped: Bool { interruption?.isRequested == true }

    /// Walks `roots` in the order given and calls `visit` for each regular file and each failure.
    /// A throw from `visit` ends the walk (e.g. the reader of the output went away).
    @discardableResult
    public func walk(_ roots: [FilePath], _ visit: (WalkEvent) throws -> Void) rethrows -> WalkSummary {
        if readAhead > 1 { return try walkReadingAhead(roots, visit) }
        var state = State()
        for root in roots where !stopped {
            switch fileSystem.statusFollowingLinks(root) {
            case .success(let status):
                try enter(root, status, &state, visit)
            case .failure(let error):
                try report(WalkFailure(path: root, isDirectory: false, step: .examine, error: error), &state, visit)
            }
        }
        return state.summary
    }

    /// The walk's running state: folders seen and counts.
    struct State {
        var visited: Set<FolderID> = []
        var summary = WalkSummary()
    }

    /// A folder's identity on this machine.
    struct FolderID: Hashable {
        var device: UInt64
        var inode: UInt64
    }

    /// Visits one examined path: a file is handed over, a folder is walked, anything else is counted.
    private func enter(
        _ path: FilePath, _ status: FileStatus, _ state: inout State, _ visit: (WalkEvent) throws -> Void
    ) rethrows {
        switch status.type {
        case .regular:
            state.summary.files += 1
            try visit(.file(path, status))
        case .directory:
            try descend(path, status, &state, visit)
        default:
            if let reason = SkipReason(status.type) { state.summary.skip(reason) }
        }
    }

    /// Walks one folder's sorted entries, unless this folder was already walked.
    private func descend(
        _ path: FilePath, _ status: FileStatus, _ state: inout State, _ visit: (WalkEvent) throws -> Void
    ) rethrows {
        guard state.visited.insert(FolderID(device: status.device, inode: status.inode)).inserted else {
            state.summary.skip(.revisited)
            return
        }
        state.summary.directories += 1
        let listing = fileSystem.list(path)
        if let failure = listing.failure {
            try report(
                WalkFailure(path: path, isDirectory: true, step: failure.step, error: failure.error), &state, visit)
        }
        let entries = listing.entries.sorted { $0.name.lexicographicallyPrecedes($1.name) }
        for entry in entries where !stopped {
            let child = path.appending(entry.name)
            switch fileSystem.status(child) {
            case .success(let childStatus):
                try enter(child, childStatus, &state, visit)
            case .failure(let error):
                let isDirectory = entry.type == .directory
                try report(
                    WalkFailure(path: child, isDirectory: isDirectory, step: .examine, error: error), &state, visit)
            }
        }
    }

    /// Counts and hands over one path the system refused.
    func report(
        _ failure: WalkFailure, _ state: inout State, _ visit: (WalkEvent) throws -> Void
    ) rethrows {
        state.summary.unreadable += 1
        try visit(.unreadable(failure))
    }
}
