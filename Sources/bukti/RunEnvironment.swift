#if canImport(Glibc)
import Glibc
#endif
import Foundation
import BuktiCore
import BuktiFormats

/// What an unattended run sets up around the inspector: the cache folder's lock, the facts cache,
/// signal handling and progress output; and what it says at the end (warnings, the summary with cache
/// hits, misses and files opened, or that the run was interrupted and wrote no report).
final class RunEnvironment: @unchecked Sendable {
    let options: CacheOptions
    let log: RunLog
    let signals = SignalWatch()
    private let lock: RunLock?
    let cache: SQLiteFactsCache?
    private var progress: ProgressReporter?
    private(set) var counters: InspectCounters?
    private let start = Date()

    private init(options: CacheOptions, log: RunLog, lock: RunLock?, cache: SQLiteFactsCache?) {
        self.options = options
        self.log = log
        self.lock = lock
        self.cache = cache
    }

    /// Takes the lock (exit 75 when another run holds it) and opens the cache (a cache that cannot be
    /// used is a warning, never a failed run). Returns the exit status when the run must not start.
    static func start(_ options: CacheOptions, inspect: InspectOptions, hashing: Bool) -> Result<RunEnvironment, ExitCode> {
        let log = RunLog(json: options.json)
        guard let directory = options.directory else {
            return .success(RunEnvironment(options: options, log: log, lock: nil, cache: nil))
        }
        let lock: RunLock
        switch RunLock.acquire(directory: directory, wait: options.wait) {
        case .success(let taken): lock = taken
        case .failure(.held(let holder)):
            log.write(level: "error", event: "locked",
                      "another run holds the lock (\(holder.description)); try again later or use --wait SECONDS",
                      fields: ["holder": .text(holder.description), "cache": .text(directory)])
            return .failure(ExitCode(ExitStatus.locked))
        case .failure(.system(let reason)):
            log.write(level: "warning", event: "cache-unavailable", "\(reason); running without the cache")
            return .success(RunEnvironment(options: options, log: log, lock: nil, cache: nil))
        }
        var cache: SQLiteFactsCache?
        var limited = inspect
        limited.maxFileBytes = options.maxFileBytes
        limited.fileTimeout = options.fileTimeout
        do {
            cache = try SQLiteFactsCache(directory: directory, options: limited, hashing: hashing)
        } catch {
            log.write(level: "warning", event: "cache-unavailable", "cannot use the cache in \(directory): \(error); running without it")
        }
        let environment = RunEnvironment(options: options, log: log, lock: lock, cache: cache)
        environment.reportCacheWarnings()
        return .success(environment)
    }

    /// An exit status carried out of `start`.
    struct ExitCode: Error {
        var status: Int32
        init(_ status: Int32) { self.status = status }
    }

    /// The run's options with this environment's limits applied.
    func inspectOptions(_ base: InspectOptions = InspectOptions()) -> InspectOptions {
        var options = base
        options.maxFileBytes = self.options.maxFileBytes
        options.fileTimeout = self.options.fileTimeout
        options.jobs = self.options.jobs
        return options
    }

    /// Hooks the cache, the stop request and progress output into `inspector` (call before the run).
    func attach(to inspector: inout Inspector, root: FilePath, showProgress: Bool = true) {
        inspector.cache = cache
        inspector.interruption = signals.interruption
        inspector.options = inspectOptions(inspector.options)
        counters = inspector.counters
        guard !options.quiet, showProgress else { return }
        let progress = ProgressReporter(counters: inspector.counters, log: log, root: root, expected: cache?.fileCount(under: root))
        progress.begin()
        self.progress = progress
    }

    /// `base` as the audit's shared-document hasher for this run (`RunHasher`).
    func hasher(_ base: any ContentHasher) -> any ContentHasher { RunHasher(base: base, environment: self) }

    /// True once SIGINT or SIGTERM arrived.
    var interrupted: Bool { signals.interruption.isRequested }

    /// Stops progress, commits the cache, prints warnings and the summary. Returns exit status 3 when
    /// the run was interrupted (the caller then writes no report), nil when it may go on.
    func finish(interruptedMessage: String = "interrupted; no report written") -> Int32? {
        progress?.end()
        progress = nil
        cache?.flush()
        reportCacheWarnings()
        if interrupted {
            log.write(level: "error", event: "interrupted", interruptedMessage)
            return ExitStatus.incomplete
        }
        if !options.quiet, let values = counters?.snapshot { summary(values) }
        return nil
    }

    private var warningsShown = 0

    private func reportCacheWarnings() {
        let warnings = cache?.warnings ?? []
        for warning in warnings.dropFirst(warningsShown) { log.write(level: "warning", event: "cache-warning", warning) }
        warningsShown = warnings.count
    }

    private func summary(_ values: InspectCounters.Values) {
        let seconds = Date().timeIntervalSince(start)
        var message = "\(values.found) files in \(String(format: "%.1f", seconds)) s"
        if cache != nil {
            message += "; \(values.cacheHits) from the cache (\(values.cacheMoved) moved), \(values.cacheMisses) read"
        }
        message += "; \(values.opened) files opened"
        // The audit's classifications: how many the cache answered (unchanged files under unchanged rules).
        let classified = cache?.classificationCounts ?? (hits: 0, stored: 0)
        if classified.hits + classified.stored > 0 {
            message += "; \(classified.hits) of \(classified.hits + classified.stored) classifications from the cache"
        }
        log.write(event: "finished", message, fields: [
            "classificationsCached": .integer(classified.hits), "classified": .integer(classified.stored),
            "found": .integer(values.found), "done": .integer(values.done), "opened": .integer(values.opened),
            "extracted": .integer(values.extracted), "cacheHits": .integer(values.cacheHits),
            "cacheMoved": .integer(values.cacheMoved), "cacheMisses": .integer(values.cacheMisses),
            "seconds": .number((seconds * 1000).rounded() / 1000),
        ])
    }
}

/// The audit's whole-file hasher during a run (the shared-document check): stops when the run is
/// interrupted, counts the files it opens and files each digest in the cache for the next run.
struct RunHasher: ContentHasher {
    let base: any ContentHasher
    let environment: RunEnvironment

    func digest(of source: any ByteSource) throws -> String { try base.digest(of: source) }

    func digest(ofFileAt path: FilePath) throws -> String {
        if environment.interrupted { throw CancellationError() }
        environment.counters?.update { $0.opened += 1 }
        let digest = try base.digest(ofFileAt: path)
        environment.cache?.recordSHA256(digest, for: path)
        return digest
    }
}
