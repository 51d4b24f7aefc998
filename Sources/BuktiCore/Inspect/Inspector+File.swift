#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// The steps for one regular file, in order: name rules, open, hash, empty check, identify, probe,
/// extension check, extract.
extension Inspector {
    /// The record for one regular file; never throws, whatever the file holds. Facts come from the
    /// cache when the file is unchanged (or only moved); otherwise the file is read, and read once more
    /// when it changed meanwhile.
    public func inspectFile(_ path: FilePath, status: FileStatus) -> FileFacts {
        counters.update { $0.currentFolder = path.parent }
        let key = FactsCacheKey(path: path, status: status)
        if let cache, let cached = cache.facts(for: key), Self.isReusable(cached, at: path) { return reuse(cached, key: key) }
        var reading = read(path, status: status)
        if reading.changed, let now = reading.statusAfter {
            reading = read(path, status: now)
            if reading.changed {
                reading.facts.add(.changedDuringRead, "size or modification time changed while the file was read, twice")
                reading.cacheable = false
            }
        }
        if reading.cacheable, interruption?.isRequested != true, let cache, let statusAfter = reading.statusAfter {
            cache.store(reading.facts, key: FactsCacheKey(path: path, status: statusAfter), fingerprint: reading.fingerprint)
        }
        return reading.facts
    }

    /// One attempt at reading a file, and whether its facts may be kept for later runs.
    struct Reading {
        var facts: FileFacts
        /// False when the file could not be opened, or it changed while read.
        var cacheable = true
        /// Size or modification time differ after reading from what was known before.
        var changed = false
        /// `lstat` after reading; nil when the file is gone.
        var statusAfter: FileStatus?
        var fingerprint: ContentFingerprint?
    }

    /// Opens, identifies and extracts one file, then checks it did not change meanwhile.
    func read(_ path: FilePath, status: FileStatus) -> Reading {
        var reading = Reading(facts: FileFacts(path: path))
        reading.facts.bytes = status.size
        let source: any ByteSource
        do {
            source = try open(path)
        } catch {
            reading.facts.add(.unreadable, Self.openFailure(error))
            reading.facts.kind = NameRules.rule(for: path.lastComponent)?.kind ?? .unknown
            reading.cacheable = false
            return reading
        }
        counters.update { $0.opened += 1 }
        // Passes no later than the readers' own deadline (made a moment after this one).
        let budget = Deadline.after(seconds: options.fileTimeout)
        if let cache, source.size > 0, let fingerprint = cache.fingerprint(of: source) {
            reading.fingerprint = fingerprint
            if let cached = cache.facts(matching: fingerprint, source: source, key: FactsCacheKey(path: path, status: status)),
               Self.isReusable(cached, at: path) {
                reading.facts = reused(cached, path: path)
            } else {
                counters.update { $0.cacheMisses += 1 }
                reading.facts = extract(path, status: status, source: source)
            }
        } else {
            if cache != nil { counters.update { $0.cacheMisses += 1 } }
            reading.facts = extract(path, status: status, source: source)
        }
        // Cut short by the time budget says nothing lasting about the file (a busy night, a slow
        // share): such a record is not cached, so the next run reads the file again.
        if budget.hasPassed { reading.cacheable = false }
        switch walker.fileSystem.status(path) {
        case .success(let after):
            reading.statusAfter = after
            reading.changed = !after.isUnchanged(comparedTo: status) || Int64(source.size) != after.size
        case .failure:
            reading.cacheable = false  // gone (or unreachable) right after reading: nothing to file it under
        }
        return reading
    }

    /// The reading steps for an open file: name rules, hash, empty check, identify, probe, extension
    /// check, extract.
    func extract(_ path: FilePath, status: FileStatus, source: any ByteSource) -> FileFacts {
        var facts = FileFacts(path: path)
        let nameRule = NameRules.rule(for: path.lastComponent)
        if let kind = nameRule?.kind { facts.kind = kind }
        facts.bytes = Int64(source.size)  // the size now, should the file have changed since the walk saw it
        let oversized = Int64(source.size) > options.maxFileBytes
        if let hasher, !oversized {
            do { facts.sha256 = try hasher.digest(of: source) } catch { Self.record(error, in: &facts) }
        }
        if let nameRule { facts.add(.systemFile, nameRule.message) }
        if facts.kind == .lockfile { return facts }
        if source.size == 0 {
            facts.kind = .empty
            facts.add(.empty, "file is zero bytes")
            return facts
        }

        let prefix: [UInt8]
        do {
            prefix = try source.read(at: 0, count: Identifier.prefixLength)
        } catch {
            Self.record(error, in: &facts)
            return facts
        }
        var extraction = options.extraction
        extraction.deadline = .after(seconds: options.fileTimeout, interruption: interruption)
        let identification = identifier.identify(prefix: prefix, size: source.size)
        if oversized {
            facts.kind = Self.kind(of: identification, path: path)
            facts.add(.limitExceeded, "larger than --max-file-bytes (\(options.maxFileBytes) bytes); not read")
            return facts
        }
        let unprobed = resolve(identification, source: source, into: &facts, options: extraction)
        // Litter is reported as litter; that `._SK.pdf` holds no PDF is not news.
        if nameRule == nil,
           let mismatch = ExtensionCheck.problem(path: path, kind: facts.kind, unprobedContainer: unprobed) {
            facts.problems.append(mismatch)
        }
        if let reader = extractor(facts.kind), !Self.isSealed(identification, kind: facts.kind) {
            counters.update { $0.extracted += 1 }
            do {
                try reader.extract(source, into: &facts, options: extraction)
            } catch {
                Self.record(error, in: &facts)
            }
        }
        return facts
    }

    /// The kind a signature alone gives, without looking inside containers (for files too large to read).
    static func kind(of identification: Identification, path: FilePath) -> FileKind {
        switch identification {
        case .kind(let kind): kind
        case .container(let container): guess(container, path: path)
        }
    }

    /// The problem message for a file that could not be opened; a file that is gone says so plainly.
    static func openFailure(_ error: ByteSourceError) -> String {
        if case .io(let code, _) = error, code == ENOENT { return "file vanished before it could be read" }
        return "cannot open file: \(reason(error))"
    }

    /// True when the bytes are a different container than the kind lives in: an encrypted DOCX is an
    /// OLE2 wrapper around the real package, which the ZIP-based reader must not be handed.
    static func isSealed(_ identification: Identification, kind: FileKind) -> Bool {
        guard case .container(let container) = identification else { return false }
        return !container.possibleKinds.contains(kind)
    }

    /// Sets `facts.kind` from the identification, asking a probe when it is a container.
    /// - Returns: the container when no probe was registered for it (its kind is then a guess).
    func resolve(
        _ identification: Identification, source: any ByteSource, into facts: inout FileFacts,
        options: ExtractionOptions
    ) -> Container? {
        switch identification {
        case .kind(let kind):
            facts.kind = kind
            return nil
        case .container(let container):
            guard let probe = probes.first(where: { $0.container == container }) else {
                facts.kind = Self.guess(container, path: facts.path)
                return container
            }
            let result = probe.probe(source, options: options, pathExtension: facts.path.pathExtension)
            facts.kind = result.kind
            facts.problems += result.problems
            return nil
        }
    }

    /// The kind of a container nobody looked inside: a ZIP stays a ZIP; an OLE2 file is taken at its
    /// word when its extension names a legacy Office kind, else unknown (it may be Thumbs.db, an .msg...).
    static func guess(_ container: Container, path: FilePath) -> FileKind {
        switch container {
        case .zip: return .zip
        case .ole2:
            guard let ext = path.pathExtension else { return .unknown }
            return container.possibleKinds.first { $0.usualExtensions.contains(ext) } ?? .unknown
        }
    }

    /// Turns an error from a reader (or from reading) into the problem it stands for.
    static func record(_ error: any Error, in facts: inout FileFacts) {
        switch error {
        case let failure as ExtractionFailure:
            facts.problems.append(failure.problem)
        case ByteSourceError.io(let code, let message):
            facts.add(.unreadable, "read failed: \(SystemError(code: code, message: message))")
        case ByteSourceError.outOfRange(let offset, let count):
            facts.add(.truncated, "the file ends before the \(count) bytes needed at offset \(offset)")
        default:
            facts.add(.corrupt, String(describing: error))
        }
    }

    /// The system's reason for an open failure, lower-cased.
    static func reason(_ error: ByteSourceError) -> String {
        switch error {
        case .io(let code, let message): SystemError(code: code, message: message).description
        case .outOfRange: error.description
        }
    }
}
