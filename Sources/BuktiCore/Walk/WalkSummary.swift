/// Counts kept while walking, for the run's closing summary.
public struct WalkSummary: Sendable, Equatable {
    /// Regular files handed to the visitor.
    public var files = 0
    /// Folders entered.
    public var directories = 0
    /// Paths reported as unreadable (folders that could not be opened or read, entries that could not be examined).
    public var unreadable = 0
    /// Entries passed over, by reason; every reason is present (zero when none).
    public var skipped: [SkipReason: Int] = Dictionary(uniqueKeysWithValues: SkipReason.allCases.map { ($0, 0) })

    public init() {}

    /// Total entries passed over.
    public var totalSkipped: Int { skipped.values.reduce(0, +) }

    mutating func skip(_ reason: SkipReason) { skipped[reason, default: 0] += 1 }
}

/// Why an entry was passed over. Raw values are part of the JSON output (`"skipped"` object).
public enum SkipReason: String, Sendable, CaseIterable, Codable, CodingKeyRepresentable {
    /// Symbolic links are never followed below the paths given (so a link cannot make the walk loop).
    case symlink
    case fifo
    case socket
    case blockDevice = "block-device"
    case characterDevice = "char-device"
    /// An entry type this system does not name.
    case other
    /// A folder already walked (same device and inode): a bind mount or a path given twice.
    case revisited

    /// The entry type this reason stands for, when it is one.
    init?(_ type: EntryType) {
        switch type {
        case .regular, .directory: return nil
        case .symlink: self = .symlink
        case .fifo: self = .fifo
        case .socket: self = .socket
        case .blockDevice: self = .blockDevice
        case .characterDevice: self = .characterDevice
        case .other: self = .other
        }
    }
}
