import BuktiCore
import BuktiFormats

/// One fuzz target per family of bukti's own readers; each takes raw fuzzer bytes and drives the
/// public extractor (or loader) the way `bukti inspect` / `bukti audit` would. A finding is a crash,
/// an AddressSanitizer report, a libFuzzer timeout or an out-of-memory; thrown extraction failures
/// are the expected outcome for bad bytes and are ignored.
enum FuzzTarget: String, CaseIterable {
    case pdf, ole2, exif, isobmff, imageChunks = "image-chunks", ooxml, odf, dates, rules


    /// Runs the target on one input.
    func run(_ bytes: [UInt8]) {
        var options = ExtractionOptions()
        options.deadline = .after(seconds: 5)
        switch self {
        case .pdf: extract(PDFExtractor(), bytes, kind: .pdf, options)
        case .ole2:
            let source = MemorySource(bytes)
            let probed = OLE2Probe().probe(source, options: options, pathExtension: nil)
            var facts = FileFacts(path: FilePath("fuzz"), kind: probed.kind)
            facts.problems = probed.problems
            try? OLE2Extractor().extract(source, into: &facts, options: options)
        case .exif:
            if bytes.starts(with: [0xFF, 0xD8]) {
                extract(.jpeg, bytes, options)
            } else {
                extract(.tiff, bytes, options)
            }
        case .isobmff:
            extract(.heic, bytes, options)
            extract(.mp4, bytes, options)
        case .imageChunks: ImageChunks.run(bytes, options)
        case .ooxml: Packages.run(bytes, extractor: OOXMLExtractor(), options)
        case .odf: Packages.run(bytes, extractor: ODFExtractor(), options)
        case .dates: DateParsers.run(bytes)
        case .rules: RuleFiles.run(bytes)
        }
    }
}

/// Runs the registered extractor for `kind` over `bytes` (the image readers are internal; the
/// registry is their public door).
func extract(_ kind: FileKind, _ bytes: [UInt8], _ options: ExtractionOptions) {
    guard let extractor = Formats.extractor(for: kind) else { fatalError("no extractor for \(kind)") }
    extract(extractor, bytes, kind: kind, options)
}

/// Runs `extractor` over `bytes` as a file of `kind`, ignoring the thrown failure (bad input).
func extract(_ extractor: any Extractor, _ bytes: [UInt8], kind: FileKind, _ options: ExtractionOptions) {
    var facts = FileFacts(path: FilePath("fuzz"), kind: kind)
    try? extractor.extract(MemorySource(bytes), into: &facts, options: options)
}

/// PNG, WebP, GIF and BMP: the extractor the signature names, or all four when none matches (so
/// mutated signatures still exercise every chunk walker's early exits).
enum ImageChunks {
    static func run(_ bytes: [UInt8], _ options: ExtractionOptions) {
        if bytes.starts(with: [0x89, 0x50, 0x4E, 0x47]) {
            extract(.png, bytes, options)
        } else if bytes.starts(with: Array("RIFF".utf8)) {
            extract(.webp, bytes, options)
        } else if bytes.starts(with: Array("GIF".utf8)) {
            extract(.gif, bytes, options)
        } else if bytes.starts(with: Array("BM".utf8)) {
            extract(.bmp, bytes, options)
        } else {
            extract(.png, bytes, options)
            extract(.webp, bytes, options)
            extract(.gif, bytes, options)
            extract(.bmp, bytes, options)
        }
    }
}
