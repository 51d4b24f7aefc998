/// Choices for one `inspect` run.
public struct InspectOptions: Sendable, Equatable {
    /// Limits handed to probes and extractors; its deadline is replaced per file.
    public var extraction = ExtractionOptions()
    /// Seconds each file may spend in probing and extraction before it is cut off with `limit-exceeded`.
    public var fileTimeout: Double = 30

    public init() {}
}
