#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// The three file-system calls the walker makes, as values so tests can make any of them fail
/// (as root, `chmod 000` does not stop a read, so an unreadable folder cannot always be staged for real).
public struct WalkFileSystem: Sendable {
    /// Status of a path without following a final symlink (`lstat`).
    public var status: @Sendable (FilePath) -> Result<FileStatus, SystemError>
    /// Status following symlinks (`stat`): used only for the paths given on the command line.
    public var statusFollowingLinks: @Sendable (FilePath) -> Result<FileStatus, SystemError>
    /// The entries of a directory (without `.` and `..`), in the order the system returns them. Entries read
    /// before a failure are returned together with it.
    public var list: @Sendable (FilePath) -> DirectoryListing

    public init(
        status: @escaping @Sendable (FilePath) -> Result<FileStatus, SystemError>,
        statusFollowingLinks: @escaping @Sendable (FilePath) -> Result<FileStatus, SystemError>,
        list: @escaping @Sendable (FilePath) -> DirectoryListing
    ) {
        self.status = status
        self.statusFollowingLinks = statusFollowingLinks
        self.list = list
    }

    /// The real file system, through `lstat`, `stat`, `opendir` and `readdir`.
    public static let posix = WalkFileSystem(
        status: { path in PosixCalls.status(path, follow: false) },
        statusFollowingLinks: { path in PosixCalls.status(path, follow: true) },
        list: PosixCalls.list)
}

/// What reading one directory produced.
public struct DirectoryListing: Sendable {
    /// The entries read, in system order.
    public var entries: [DirectoryEntry]
    /// Set when the directory could not be opened (`.openFolder`) or reading stopped early (`.readFolder`).
    public var failure: (step: WalkFailure.Step, error: SystemError)?

    public init(entries: [DirectoryEntry], failure: (step: WalkFailure.Step, error: SystemError)? = nil) {
        self.entries = entries
        self.failure = failure
    }
}

/// One name read from a directory, with the type `readdir` reported when the file system gives one.
public struct DirectoryEntry: Sendable, Equatable {
    /// The raw name bytes (no `/`, no NUL).
    public var name: [UInt8]
    /// `d_type`, or nil when the file system leaves it unknown; used only when `lstat` then fails.
    public var type: EntryType?

    public init(name: [UInt8], type: EntryType? = nil) {
        self.name = name
        self.type = type
    }
}

/// The Glibc calls behind `WalkFileSystem.posix`.
enum PosixCalls {
    static func status(_ path: FilePath, follow: Bool) -> Result<FileStatus, SystemError> {
        var info = stat()
        let rc = path.withCString { follow ? stat($0, &info) : lstat($0, &info) }
        guard rc == 0 else { return .failure(lastError()) }
        return .success(
            FileStatus(
                type: entryType(mode: info.st_mode), size: Int64(info.st_size),
                device: UInt64(info.st_dev), inode: UInt64(info.st_ino),
                modified: Int64(info.st_mtim.tv_sec) &* 1_000_000_000 &+ Int64(info.st_mtim.tv_nsec)))
    }

    static func list(_ path: FilePath) -> DirectoryListing {
        guard let directory = path.withCString({ opendir($0) }) else {
            return DirectoryListing(entries: [], failure: (.openFolder, lastError()))
        }
        defer { closedir(directory) }
        var entries: [DirectoryEntry] = []
        while true {
            // readdir returns NULL both at the end and on error; only errno tells them apart.
            errno = 0
            guard let entry = readdir(directory) else {
                let code = errno
                return DirectoryListing(entries: entries, failure: code == 0 ? nil : (.readFolder, error(code)))
            }
            let name = withUnsafeBytes(of: &entry.pointee.d_name) { raw in
                Array(raw.prefix { $0 != 0 })
            }
            if name == [0x2E] || name == [0x2E, 0x2E] { continue }
            entries.append(DirectoryEntry(name: name, type: entryType(direntType: entry.pointee.d_type)))
        }
    }

    /// The entry type from the `S_IFMT` bits of `st_mode`.
    static func entryType(mode: mode_t) -> EntryType {
        switch mode & S_IFMT {
        case S_IFREG: .regular
        case S_IFDIR: .directory
        case S_IFLNK: .symlink
        case S_IFIFO: .fifo
        case S_IFSOCK: .socket
        case S_IFBLK: .blockDevice
        case S_IFCHR: .characterDevice
        default: .other
        }
    }

    /// The entry type from `d_type`; nil for `DT_UNKNOWN`.
    static func entryType(direntType: UInt8) -> EntryType? {
        switch Int(direntType) {
        case Int(DT_REG): .regular
        case Int(DT_DIR): .directory
        case Int(DT_LNK): .symlink
        case Int(DT_FIFO): .fifo
        case Int(DT_SOCK): .socket
        case Int(DT_BLK): .blockDevice
        case Int(DT_CHR): .characterDevice
        case Int(DT_UNKNOWN): nil
        default: .other
        }
    }

    static func lastError() -> SystemError { error(errno) }

    static func error(_ code: Int32) -> SystemError {
        SystemError(code: code, message: String(cString: strerror(code)))
    }
}
