import BuktiCore

/// Reads a PDF's version, structure flags, page count, metadata (Info first, XMP filling the gaps) and
/// the text of its first pages.
public struct PDFExtractor: Extractor {
    public init() {}

    public var kinds: Set<FileKind> { [.pdf] }

    /// Fills version, flags, pages, metadata, XMP and text; document problems (repairs, truncation,
    /// limits, encryption) are added to `facts`, and only an empty file or a spent deadline throws.
    public func extract(_ source: any ByteSource, into facts: inout FileFacts, options: ExtractionOptions) throws {
        let document = try PDFDocument(source: source, options: options)
        defer { merge(document.problems, into: &facts) }
        facts.pdfVersion = document.version
        facts.encrypted = document.isEncrypted
        facts.linearized = document.isLinearized
        guard document.hasCatalog else { return }
        facts.pages = document.pageCount
        let info = document.info ?? PDFInfo()
        let xmp = document.canDecrypt ? document.xmp : nil
        facts.xmp = xmp
        facts.title = info.title ?? xmp?.title
        facts.author = info.author ?? xmp?.creator
        facts.subject = info.subject
        facts.keywords = info.keywords ?? xmp?.keywords
        facts.creator = info.creator ?? xmp?.creatorTool
        facts.producer = info.producer ?? xmp?.producer
        facts.created = info.created ?? xmp?.created
        facts.modified = info.modified ?? xmp?.modified
        guard document.canDecrypt, options.textPages > 0 else { return }
        try options.deadline.check()
        let pages = document.pages(limit: options.textPages)
        let result = PDFTextExtractor(resolver: document, options: options).extract(pages: pages)
        merge(result.problems, into: &facts)
        if !result.text.isEmpty { facts.text = result.text }
        if result.pagesRead > 0 { facts.scanned = result.scannedPages > 0 }
    }

    /// Adds `problems` not already recorded.
    func merge(_ problems: [Problem], into facts: inout FileFacts) {
        for problem in problems where !facts.problems.contains(problem) { facts.problems.append(problem) }
    }
}
