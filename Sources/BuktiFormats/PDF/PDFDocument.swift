import BuktiCore

/// A PDF opened for reading: cross-reference data (repaired when damaged), the trailer merged across
/// updates, objects resolved on demand and cached, decryption applied when a security handler opens it.
/// Reads the file by ranges, so memory does not grow with the file's size.
public final class PDFDocument: PDFObjectResolver {
    public let options: ExtractionOptions
    var file: PDFFile
    var xref: PDFXref
    /// Problems met so far (repairs, truncation, limits, encryption); the document stays usable.
    public internal(set) var problems: [Problem] = []
    /// The version from the `%PDF-x.y` header, raised by the catalog's /Version.
    public internal(set) var version: String?
    /// True when the trailer has /Encrypt.
    public internal(set) var isEncrypted = false
    /// True when the first object is a linearization dictionary whose /L is the file's length.
    public internal(set) var isLinearized = false
    /// True when encrypted strings and streams can be read (not encrypted, or opened with the password).
    public var canDecrypt: Bool { !isEncrypted || decryptor != nil }
    /// The catalog (/Root).
    public internal(set) var catalog = PDFDictionary()
    /// False when no catalog could be found even by scanning the file.
    public var hasCatalog: Bool { !catalog.entries.isEmpty }

    /// Most page-tree nodes (pages and intermediate nodes) visited in one walk.
    var maxPageTreeNodes = 500_000
    var decryptor: (any PDFDecryptor)?
    /// Why decryption is unavailable (password-required, unsupported, corrupt), when it is.
    var securityProblem: ProblemCode?
    /// The /Encrypt dictionary's own object, whose strings are never decrypted.
    var encryptReference: PDFReference?
    var repaired = false
    var cache: [Int: PDFObject] = [:]
    var objectStreams: [Int: PDFObjectStream] = [:]
    /// Objects being loaded now: a reference back to one of them is a cycle.
    var loading = Set<Int>()
    var reported = Set<String>()

    /// Most objects kept in the cache before it is emptied.
    static let cacheLimit = 20_000
    /// Most decoded object streams kept.
    static let objectStreamCacheLimit = 16

    /// The merged trailer dictionary.
    public var trailer: PDFDictionary { xref.trailer }

    /// Opens `source`, repairing a damaged cross-reference and setting up decryption with `password`
    /// (empty: the usual case of an owner-password-only file). A file with no catalog still opens (with a
    /// `corrupt` problem and `hasCatalog` false); throws only for an empty file or when time runs out.
    public init(source: any ByteSource, options: ExtractionOptions = ExtractionOptions(), password: [UInt8] = [])
        throws(ExtractionFailure)
    {
        self.options = options
        file = PDFFile(source: source, options: options)
        xref = PDFXref()
        guard source.size > 0 else { throw ExtractionFailure(.empty, "file is empty") }
        version = PDFHeader.version(in: file.read(0, 1024))
        try loadXref()
        openSecurity(password: password)
        try findCatalog()
        if let catalogVersion = catalog["Version"]?.name, PDFHeader.isVersion(catalogVersion),
            PDFHeader.compare(catalogVersion, version ?? "0.0") > 0
        {
            version = catalogVersion
        }
        isLinearized = PDFHeader.isLinearized(file)
    }

    /// Records a problem once per message.
    func report(_ code: ProblemCode, _ message: String) {
        guard reported.insert(message).inserted else { return }
        problems.append(Problem(code, message))
    }

    /// Reads the xref chain from `startxref`, or rebuilds it by scanning when that fails.
    func loadXref() throws(ExtractionFailure) {
        let tail = file.read(max(0, file.size - PDFXrefChain.tailSize), PDFXrefChain.tailSize)
        // A whole file ends with %%EOF (and perhaps an end of line); when its xref must be rebuilt and
        // it does not, it was cut short. (Junk appended after %%EOF only matters if the xref is damaged.)
        var end = tail.count
        while end > 0, PDFCharacter.isWhitespace(tail[end - 1]) { end -= 1 }
        let hasEOF = end >= 5 && PDFStreamBounds.matches(Array("%%EOF".utf8), in: tail, at: end - 5)
        guard let start = PDFXrefChain.startxref(in: file) else {
            if hasEOF {
                try rebuild(because: "file has no startxref; rebuilt the xref by scanning objects", code: .repaired)
            } else {
                try rebuild(because: "file ends before its cross-reference section; objects found by scanning",
                            code: .truncated)
            }
            return
        }
        var outcome = PDFXrefChain.load(from: start, file: file)
        if outcome.damage != nil || outcome.xref.trailer["Root"] == nil,
            let header = PDFHeader.offset(in: file.read(0, 1024)), header > 0
        {
            // Junk before `%PDF-`: poppler and pdf.js count offsets from the header, so try that.
            var shifted = file
            shifted.shift = header
            let second = PDFXrefChain.load(from: start, file: shifted)
            if second.damage == nil, second.xref.trailer["Root"] != nil {
                file = shifted
                outcome = second
            }
        }
        xref = outcome.xref
        if outcome.chainLimitReached {
            report(.limitExceeded, "more than \(options.maxChainLength) cross-reference sections; older ones ignored")
        }
        try options.deadline.check()
        if let damage = outcome.damage {
            let what = outcome.sections == 0 ? "xref at offset \(damage.offset)" : "older xref section at offset \(damage.offset)"
            let message = hasEOF
                ? "\(what) is damaged (\(damage.reason)); rebuilt by scanning objects"
                : "file is cut short: no %%EOF at the end and the \(what) is damaged (\(damage.reason)); objects found by scanning"
            try rebuild(because: message, code: hasEOF ? .repaired : .truncated, keeping: outcome.sections > 0)
        } else if xref.trailer["Root"] == nil {
            try rebuild(because: "trailer has no /Root; rebuilt the xref by scanning objects", code: .repaired,
                        keeping: true)
        }
    }

    /// Replaces (or, with `keeping`, completes) the xref with a full scan of the file.
    func rebuild(because message: String, code: ProblemCode, keeping: Bool = false) throws(ExtractionFailure) {
        guard !repaired else { return }
        repaired = true
        let scan = try PDFXrefRebuild.scan(file)
        if let cut = scan.cutObject, code != .truncated {
            report(.truncated, "file ends inside object \(cut.number) at offset \(cut.offset); objects found by scanning")
        } else {
            report(code, message)
        }
        var rebuilt = scan.xref
        if keeping {
            // Scanned definitions win (the chain was wrong somewhere), trailer keys from the chain stay.
            rebuilt.entries.merge(xref.entries) { scanned, _ in scanned }
            rebuilt.trailer.entries.merge(xref.trailer.entries) { _, chain in chain }
        }
        xref = rebuilt
        cache = [:]
        pendingObjectStreams = scan.objectStreams
        catalogCandidates = scan.catalogs
    }

    /// Object streams found by a rebuild, indexed once decryption is known.
    var pendingObjectStreams: [Int] = []
    /// Catalog objects found by a rebuild, in file order.
    var catalogCandidates: [Int] = []

    /// Adds the objects of streams found by a rebuild that the scan did not find in the file itself.
    func indexPendingObjectStreams() {
        let streams = pendingObjectStreams
        pendingObjectStreams = []
        for number in streams {
            if options.deadline.hasPassed { return }
            guard let stream = objectStream(number) else { continue }
            for (position, item) in stream.index.enumerated() {
                if case .inFile? = xref.entries[item.number] { continue }
                xref.entries[item.number] = .inStream(stream: number, index: position)
            }
        }
    }

    /// The catalog from /Root; when it is missing or not a catalog, a rebuild and then any object
    /// typed /Catalog.
    func findCatalog() throws(ExtractionFailure) {
        indexPendingObjectStreams()
        if let root = resolve(xref.trailer["Root"] ?? .null).dictionary, root.type == "Catalog" || root["Pages"] != nil {
            catalog = root
            return
        }
        if !repaired {
            try rebuild(because: "trailer /Root is not a catalog; rebuilt the xref by scanning objects", code: .repaired,
                        keeping: true)
            indexPendingObjectStreams()
            if let root = resolve(xref.trailer["Root"] ?? .null).dictionary, root.type == "Catalog" {
                catalog = root
                return
            }
        }
        for number in catalogCandidates.reversed() {
            if let dict = object(PDFReference(number, 0)).dictionary, dict.type == "Catalog" {
                xref.trailer["Root"] = .reference(PDFReference(number, 0))
                catalog = dict
                return
            }
        }
        // An encrypted file we cannot decrypt has already said why; its catalog may be in an encrypted
        // object stream.
        if canDecrypt { report(.corrupt, "no document catalog found") }
    }
}
