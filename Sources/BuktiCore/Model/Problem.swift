/// Something wrong with one file, recorded on it; never a reason to stop the batch.
public struct Problem: Codable, Hashable, Sendable {
    public var code: ProblemCode
    public var message: String

    public init(_ code: ProblemCode, _ message: String) {
        self.code = code
        self.message = message
    }
}

/// Stable problem codes of a file: part of the JSON contract, so never renamed. The audit's own
/// findings are `AuditProblemCode`s.
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

/// How much a file problem matters, defined once per code: the audit never takes a file with an
/// `unreadable` or `unusable` problem as evidence, and the terminal shows `unreadable` in red.
public enum ProblemSeverity: Sendable, Equatable {
    /// The content could not be read at all (damaged, cut short, locked, refused by the system).
    case unreadable
    /// The content was read but cannot stand as evidence as it is (empty, or not what its name says).
    case unusable
    /// Read, with a caveat worth knowing (a limit reached, repaired, changed while read, unsupported).
    case caveat
    /// Operating-system or editor litter, not a document at all.
    case litter

    /// True when a file with this problem is never evidence.
    public var excludesEvidence: Bool { self == .unreadable || self == .unusable }
}

extension ProblemCode {
    /// The severity of this code.
    public var severity: ProblemSeverity {
        switch self {
        case .truncated, .corrupt, .passwordRequired, .unreadable: .unreadable
        case .empty, .extensionMismatch: .unusable
        case .limitExceeded, .unsupported, .repaired, .changedDuringRead: .caveat
        case .systemFile: .litter
        }
    }
}
