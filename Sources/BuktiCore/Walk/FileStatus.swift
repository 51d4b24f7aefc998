/// What `lstat`/`stat` says about one path: only the fields the walk and inspection need.
public struct FileStatus: Sendable, Equatable {
    /// The type of the file-system entry.
    public var type: EntryType
    /// Size in bytes (meaningful for regular files).
    public var size: Int64
    /// Device and inode: together they name a directory uniquely, so revisits (loops, bind mounts) are caught.
    public var device: UInt64
    public var inode: UInt64
    /// Modification time in nanoseconds since the epoch: with size, device and inode it tells the
    /// facts cache whether a file changed since it was last read.
    public var modified: Int64

    public init(type: EntryType, size: Int64 = 0, device: UInt64 = 0, inode: UInt64 = 0, modified: Int64 = 0) {
        self.type = type
        self.size = size
        self.device = device
        self.inode = inode
        self.modified = modified
    }

    /// True when size and modification time agree: the file was not written in between.
    public func isUnchanged(comparedTo other: FileStatus) -> Bool {
        size == other.size && modified == other.modified
    }
}

/// The type of a directory entry, as `st_mode` gives it.
public enum EntryType: String, Sendable, Equatable {
    case regular
    case directory
    case symlink
    case fifo
    case socket
    case blockDevice = "block-device"
    case characterDevice = "char-device"
    /// A type this system does not name (e.g. Solaris doors, whiteouts).
    case other
}

/// Why the operating system refused a path: errno and its text, kept for the record's problem message.
public struct SystemError: Error, Sendable, Equatable, CustomStringConvertible {
    public var code: Int32
    public var message: String

    public init(code: Int32, message: String) {
        self.code = code
        self.message = message
    }

    /// The errno text with a lower-case first letter, as problem messages are written.
    public var description: String {
        guard let first = message.first else { return "error \(code)" }
        return first.lowercased() + message.dropFirst()
    }
}
