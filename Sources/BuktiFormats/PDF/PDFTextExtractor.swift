import BuktiCore

/// Extracts the text of a PDF's first pages and tells scanned pages (images, no text) apart.
public struct PDFTextExtractor {
    let resolver: any PDFObjectResolver
    let options: ExtractionOptions

    public init(resolver: any PDFObjectResolver, options: ExtractionOptions) {
        self.resolver = resolver
        self.options = options
    }

    /// Text of `pages` (up to options.textPages pages and options.textCharacters characters), pages
    /// separated by a form feed; the count of scanned pages among them; problems met on the way.
    public func extract(pages: [PDFPage]) -> PDFTextResult {
        let interpreter = PDFContentInterpreter(resolver: resolver, options: options)
        var result = PDFTextResult()
        var extra: [Problem] = []
        for (index, page) in pages.prefix(max(0, options.textPages)).enumerated() {
            if options.deadline.hasPassed {
                extra.append(Problem(.limitExceeded, "time budget ran out before text of page \(index + 1) was read"))
                break
            }
            if index > 0 { interpreter.builder.pageBreak() }
            interpreter.beginPage()
            let content = contents(of: page, number: index + 1, problems: &extra)
            do {
                try interpreter.run(content, resources: page.resources, depth: 0)
            } catch {
                interpreter.endPage()
                extra.append(Problem(error.problem.code, "text of page \(index + 1) is incomplete: \(error.problem.message)"))
                result.pagesRead += 1
                break
            }
            interpreter.endPage()
            result.pagesRead += 1
            if isScanned(page, interpreter) { result.scannedPages += 1 }
            if interpreter.builder.isFull { break }
        }
        result.text = interpreter.builder.result
        result.problems = interpreter.problems + extra
        return result
    }

    /// A page that covers half of itself with one image and says almost nothing in text is scanned
    /// even with a scanner app's text watermark ("Scanned with ..."), not only with no text at all.
    static let scannedPageCoverage = 0.5
    static let scannedPageMaxCharacters = 40

    /// True when the page just run paints images and yields no text (or only a line of it over a full-page image).
    private func isScanned(_ page: PDFPage, _ interpreter: PDFContentInterpreter) -> Bool {
        guard interpreter.imagesPainted > 0 else { return false }
        let characters = interpreter.builder.pageCharacters
        if characters == 0 { return true }
        let box = page.dictionary["MediaBox"].map(resolver.resolve)?.array?.compactMap { resolver.resolve($0).number } ?? []
        let area = box.count == 4 ? abs((box[2] - box[0]) * (box[3] - box[1])) : 612 * 792
        return area > 0 && interpreter.largestImageArea >= Self.scannedPageCoverage * area
            && characters < Self.scannedPageMaxCharacters
    }

    /// The page's /Contents streams decoded and joined; a stream that cannot be decoded is left out.
    private func contents(of page: PDFPage, number: Int, problems: inout [Problem]) -> [UInt8] {
        let object = page.dictionary["Contents"].map(resolver.resolve) ?? .null
        let parts: [PDFObject] = object.array.map { Array($0.prefix(options.maxChainLength)) } ?? [object]
        var data: [UInt8] = []
        for part in parts {
            guard let stream = resolver.resolve(part).stream else { continue }
            do {
                data += try resolver.decodedData(of: stream)
                // Streams of one page may split only between tokens, but a separator keeps them apart.
                data.append(0x0A)
            } catch {
                problems.append(Problem(error.problem.code, "content of page \(number) cannot be decoded: \(error.problem.message)"))
            }
            if data.count > options.maxInflatedBytes {
                problems.append(Problem(.limitExceeded, "content of page \(number) exceeds \(options.maxInflatedBytes) bytes; the rest is skipped"))
                break
            }
        }
        return data
    }
}
