/// One thing the walk hands to its visitor, in walk order.
public enum WalkEvent: Sendable, Equatable {
    /// A regular file, with what `lstat` said about it.
    case file(FilePath, FileStatus)
    /// A path the walk could not open, read or examine; the walk goes on without it.
    case unreadable(WalkFailure)
}

/// A path the operating system would not let the walk open, read or examine.
public struct WalkFailure: Sendable, Equatable {
    /// What the walk was doing when the system refused.
    public enum Step: Sendable, Equatable {
        /// `opendir` failed: nothing inside the folder was seen.
        case openFolder
        /// `readdir` failed part-way: the names read before the failure are still walked.
        case readFolder
        /// `lstat` (or `stat` for a path given on the command line) failed.
        case examine
    }

    public var path: FilePath
    /// True when the path is known to be a folder.
    public var isDirectory: Bool
    public var step: Step
    public var error: SystemError

    public init(path: FilePath, isDirectory: Bool, step: Step, error: SystemError) {
        self.path = path
        self.isDirectory = isDirectory
        self.step = step
        self.error = error
    }

    /// A problem message: lower case, the step, then the system's reason.
    public var message: String {
        switch step {
        case .openFolder: "cannot open folder: \(error)"
        case .readFolder: "reading the folder stopped part-way: \(error)"
        case .examine: "cannot examine path: \(error)"
        }
    }
}
