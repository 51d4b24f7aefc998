/// The steps for one regular file, in order: name rules, open, hash, empty check, identify, probe,
/// extension check, extract.
extension Inspector {
    /// The record for one regular file; never throws, whatever the file holds.
    public func inspectFile(_ path: FilePath, status: FileStatus) -> FileFacts {
        var facts = FileFacts(path: path)
        facts.bytes = status.size
        let nameRule = NameRules.rule(for: path.lastComponent)
        if let kind = nameRule?.kind { facts.kind = kind }

        let source: any ByteSource
        do {
            source = try open(path)
        } catch {
            facts.add(.unreadable, "cannot open file: \(Self.reason(error))")
            return facts
        }
        facts.bytes = Int64(source.size)  // the size now, should the file have changed since the walk saw it
        if let hasher {
            do { facts.sha256 = try hasher(source) } catch { Self.record(error, in: &facts) }
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
        extraction.deadline = .after(seconds: options.fileTimeout)
        let identification = identifier.identify(prefix: prefix, size: source.size)
        let unprobed = resolve(identification, source: source, into: &facts, options: extraction)
        // Litter is reported as litter; that `._SK.pdf` holds no PDF is not news.
        if nameRule == nil,
           let mismatch = ExtensionCheck.problem(path: path, kind: facts.kind, unprobedContainer: unprobed) {
            facts.problems.append(mismatch)
        }
        if let reader = extractor(facts.kind), !Self.isSealed(identification, kind: facts.kind) {
            do {
                try reader.extract(source, into: &facts, options: extraction)
            } catch {
                Self.record(error, in: &facts)
            }
        }
        return facts
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
