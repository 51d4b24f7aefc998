import BuktiCore

/// Why an object could not be parsed; `offset` is the file offset (or stream offset) where it went wrong.
public enum PDFParseError: Error, Sendable, Equatable {
    /// The input ended inside an object (a truncated file, or a read window too small).
    case endOfInput(offset: Int)
    /// Arrays and dictionaries nested deeper than `maxNestingDepth`.
    case nestingTooDeep(offset: Int)
    /// The deadline passed while scanning for the end of a stream.
    case timeUp(offset: Int)
    /// A token that cannot start or continue an object here.
    case unexpected(String, offset: Int)

    /// The error as the problem it becomes on the file.
    public var failure: ExtractionFailure {
        switch self {
        case .endOfInput(let offset): ExtractionFailure(.truncated, "pdf object at offset \(offset) is cut short")
        case .nestingTooDeep(let offset):
            ExtractionFailure(.limitExceeded, "pdf object at offset \(offset) nests arrays or dictionaries too deeply")
        case .timeUp: ExtractionFailure(.limitExceeded, "time budget for this file ran out")
        case .unexpected(let what, let offset):
            ExtractionFailure(.corrupt, "unexpected \(what) at offset \(offset) in pdf object")
        }
    }
}
