/// The `inspect` pipeline: walk → identify → look inside containers → extract, one `FileFacts` per path.
///
/// Every regular file walked produces exactly one record, whatever happens to it, and records arrive in
/// walk order. Failures are data: a file that cannot be opened, read or parsed is reported with a
/// problem, and the run goes on. The readers and the hash come in from outside (BuktiFormats), so this
/// module stays free of C libraries; registering a new reader or probe never touches this file.
public struct Inspector: Sendable {
    /// Finds the reader for a kind (`Formats.extractor(for:)`).
    public typealias ExtractorLookup = @Sendable (FileKind) -> (any Extractor)?
    /// Opens a walked file for reading.
    public typealias Opener = @Sendable (FilePath) throws(ByteSourceError) -> any ByteSource

    public var walker: FileWalker
    public var identifier: Identifier
    /// Container probes (`Formats.probes`); the first one for a container answers for it.
    public var probes: [any ContainerProbe]
    public var extractor: ExtractorLookup
    /// Set to add `sha256` to every record; nil to skip hashing.
    public var hasher: (any ContentHasher)?
    public var options: InspectOptions
    /// How files are opened; tests swap in sources that fail.
    public var open: Opener
    /// Facts kept from earlier runs; nil reads every file.
    public var cache: (any FactsCache)?
    /// Counts for progress output, the closing summary and tests.
    public var counters = InspectCounters()
    /// The run's stop request: the walk stops between files, the file in progress at its next deadline check.
    public var interruption: Interruption?

    public init(
        probes: [any ContainerProbe] = [], extractor: @escaping ExtractorLookup = { _ in nil },
        hasher: (any ContentHasher)? = nil, options: InspectOptions = InspectOptions(),
        walker: FileWalker = FileWalker(), identifier: Identifier = Identifier(),
        open: @escaping Opener = { path throws(ByteSourceError) in try FileSource(path: path) }
    ) {
        self.probes = probes
        self.extractor = extractor
        self.hasher = hasher
        self.options = options
        self.walker = walker
        self.identifier = identifier
        self.open = open
    }

    /// Inspects everything under `roots`, handing each record to `deliver` in walk order (up to
    /// `options.jobs` files are read at once). A throw from `deliver` ends the run (e.g. the output
    /// pipe closed).
    @discardableResult
    public func run(_ roots: [FilePath], _ deliver: (FileFacts) throws -> Void) rethrows -> WalkSummary {
        try run(roots, transform: { $0 }, deliver)
    }

    /// The record for a path the walk could not open, read or examine.
    public static func record(for failure: WalkFailure) -> FileFacts {
        var facts = FileFacts(path: failure.path, kind: failure.isDirectory ? .directory : .unknown)
        facts.add(.unreadable, failure.message)
        return facts
    }
}
