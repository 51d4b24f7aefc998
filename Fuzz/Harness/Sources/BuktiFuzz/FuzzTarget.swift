import BuktiCore
import BuktiFormats

/// One fuzz target per family of bukti's own readers; each takes raw fuzzer bytes and drives the
/// public extractor (or loader) the way `bukti inspect` / `bukti audit` would. A finding is a crash,
/// an AddressSanitizer report, a libFuzzer timeout or an out-of-memory; thrown extraction failures
/// are the expected outcome for bad bytes and are ignored.
enum FuzzTarget: String, CaseIterable {
    case pdf, ole2, exif, isobmff, imageChunks = "image-chunks", ooxml, odf, dates, rules

    /// Runs the target on one input; returns what the extractors recorded (none for dates and rules),
    /// which the replayer prints.
    @discardableResult
    func run(_ bytes: [UInt8]) -> [FileFacts] {
        var options = ExtractionOptions()
        options.deadline = .after(seconds: 5)
        switch self {
        case .pdf: return [extract(PDFExtractor(), bytes, kind: .pdf, options)]
        case .ole2:
            let source = MemorySource(bytes)
            let probed = OLE2Probe().probe(source, options: options, pathExtension: nil)
            var facts = FileFacts(path: FilePath("fuzz"), kind: probed.kind)
            facts.problems = probed.problems
            extract(OLE2Extractor(), source, into: &facts, options)
            return [facts]
        case .exif: return [extract(bytes.starts(with: [0xFF, 0xD8]) ? .jpeg : .tiff, bytes, options)]
        case .isobmff: return [extract(.heic, bytes, options), extract(.mp4, bytes, options)]
        case .imageChunks: return ImageChunks.run(bytes, options)
        case .ooxml: return Packages.run(bytes, extractor: OOXMLExtractor(), options)
        case .odf: return Packages.run(bytes, extractor: ODFExtractor(), options)
        case .dates:
            DateParsers.run(bytes)
            return []
        case .rules:
            RuleFiles.run(bytes)
            return []
        }
    }
}

/// Runs the registered extractor for `kind` over `bytes` (the image readers are internal; the
/// registry is their public door).
func extract(_ kind: FileKind, _ bytes: [UInt8], _ options: ExtractionOptions) -> FileFacts {
    guard let extractor = Formats.extractor(for: kind) else { fatalError("no extractor for \(kind)") }
    return extract(extractor, bytes, kind: kind, options)
}

/// Runs `extractor` over `bytes` as a file of `kind`; a thrown failure (bad input) becomes a problem,
/// as in the inspector.
func extract(_ extractor: any Extractor, _ bytes: [UInt8], kind: FileKind, _ options: ExtractionOptions) -> FileFacts {
    var facts = FileFacts(path: FilePath("fuzz"), kind: kind)
    extract(extractor, MemorySource(bytes), into: &facts, options)
    return facts
}

/// Runs `extractor`; a thrown `ExtractionFailure` is recorded on `facts`, as the inspector does.
func extract(_ extractor: any Extractor, _ source: MemorySource, into facts: inout FileFacts, _ options: ExtractionOptions) {
    do {
        try extractor.extract(source, into: &facts, options: options)
    } catch let failure as ExtractionFailure {
        facts.problems.append(failure.problem)
    } catch {
        facts.add(.corrupt, "\(error)")
    }
}

/// PNG, WebP, GIF and BMP: the extractor the signature names, or all four when none matches (so
/// mutated signatures still exercise every chunk walker's early exits).
enum ImageChunks {
    static func run(_ bytes: [UInt8], _ options: ExtractionOptions) -> [FileFacts] {
        if bytes.starts(with: [0x89, 0x50, 0x4E, 0x47]) { return [extract(.png, bytes, options)] }
        if bytes.starts(with: Array("RIFF".utf8)) { return [extract(.webp, bytes, options)] }
        if bytes.starts(with: Array("GIF".utf8)) { return [extract(.gif, bytes, options)] }
        if bytes.starts(with: Array("BM".utf8)) { return [extract(.bmp, bytes, options)] }
        return [FileKind.png, .webp, .gif, .bmp].map { extract($0, bytes, options) }
    }
}
