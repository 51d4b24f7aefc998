/// Something wrong with one file, recorded on it; never a reason to stop the batch.
public struct Problem: Codable, Hashable, Sendable {
    public var code: ProblemCode
    public var message: String

    public init(_ code: ProblemCode, _ message: String) {
        self.code = code
        self.message = message
    }
}

/// Stable problem codes: part of the JSON contract, so never renamed.
public enum ProblemCode: String, Codable, Sendable, CaseIterable {
    /// The file ends before its structure does.
    case truncated
    /// The structure is damaged beyond what bukti can read.
    case corrupt
    /// Encrypted with a password bukti does not have.
    case passwordRequired = "password-required"
    /// The extension says one kind, the bytes another.
    case extensionMismatch = "extension-mismatch"
    /// Zero bytes.
    case empty
    /// A safety limit (stream size, nesting, chain length, time) was reached; work so far is kept.
    case limitExceeded = "limit-exceeded"
    /// A variant of a format that bukti recognises but does not read.
    case unsupported
    /// The operating system refused or failed to read the path.
    case unreadable
    /// Operating-system or editor litter (Thumbs.db, .DS_Store, desktop.ini, Office lock files).
    case systemFile = "system-file"
    /// The file was damaged but bukti recovered it (e.g. a PDF cross-reference table rebuilt).
    case repaired
    /// Size or modification time changed while the file was read, twice: the facts may mix two versions.
    case changedDuringRead = "changed-during-read"
}
