import BuktiCore

/// Extracts the text of a PDF's first pages and tells scanned pages (images, no text) apart.
public struct PDFTextExtractor {
    let resolver: any PDFObjectResolver
    let options: ExtractionOptions

    public init(resolver: any PDFObjectResolver, options: ExtractionOptions) {
        self.resolver = resolver
        self.options = options
    }

    /// Text of `pages` (up to options.textPages / options.textCharacters), scanned-page count and problems.
    public func extract(pages: [PDFPage]) -> PDFTextResult {
        PDFTextResult()
    }
}
