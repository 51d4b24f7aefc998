/// Choices for one `inspect` run.
public struct InspectOptions: Sendable, Equatable {
    /// Limits handed to probes and extractors; its deadline is replaced per file.
    public var extraction = ExtractionOptions()
    /// Seconds each file may spend in probing and extraction before it is cut off with `limit-exceeded`.
    public var fileTimeout: Double = 30
    /// How many files are inspected at the same time; records still arrive in walk order. Raise it
    /// only when every registered reader is safe to run on several threads at once.
    public var jobs: Int = 1
    /// Files larger than this are listed (size, kind by signature) but neither hashed nor extracted.
    public var maxFileBytes: Int64 = 2 << 30

    public init() {}
}
