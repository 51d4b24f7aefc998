/// A reader for some kinds of file: fills in what it finds and records problems instead of throwing
/// past its boundary (the inspector catches `ExtractionFailure` and keeps the work done so far).
public protocol Extractor: Sendable {
    /// The kinds this extractor reads.
    var kinds: Set<FileKind> { get }
    /// Reads `source` (already identified as one of `kinds`) and fills `facts`.
    func extract(_ source: any ByteSource, into facts: inout FileFacts, options: ExtractionOptions) throws
}

/// A failure that ends one extraction with a problem on the file; fields set before it are kept.
public struct ExtractionFailure: Error, Sendable, Equatable {
    public var problem: Problem

    public init(_ code: ProblemCode, _ message: String) { problem = Problem(code, message) }
}

/// Limits and choices that shape extraction; every reader honours the ones that apply to it.
public struct ExtractionOptions: Sendable, Equatable {
    /// How many pages of text to read from the start of a document.
    public var textPages: Int = 3
    /// How many characters of text to keep.
    public var textCharacters: Int = 20_000
    /// The most bytes one decompressed stream or container member may inflate to.
    public var maxInflatedBytes: Int = 64 << 20
    /// The deepest nesting of arrays/dictionaries or boxes a reader follows.
    public var maxNestingDepth: Int = 64
    /// The most cross-reference sections (or IFDs, or FAT sectors in a chain) followed.
    public var maxChainLength: Int = 1_000
    /// When extraction must give up (cooperative: readers check it in their main loops).
    public var deadline: Deadline = .none

    public init() {}
}
