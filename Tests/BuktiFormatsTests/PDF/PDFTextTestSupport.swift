import BuktiCore
@testable import BuktiFormats

/// An in-memory document for the text extractor: objects by reference, stream data by stream offset.
final class PDFTextMemoryResolver: PDFObjectResolver {
    var objects: [PDFReference: PDFObject] = [:]
    var streamData: [Int: [UInt8]] = [:]
    /// Streams whose decoding fails, by offset.
    var broken: Set<Int> = []

    /// Stores `object` as `n 0 obj` and returns its reference.
    @discardableResult
    func add(_ n: Int, _ object: PDFObject) -> PDFReference {
        objects[PDFReference(n, 0)] = object
        return PDFReference(n, 0)
    }

    /// Stores a stream whose dictionary is written in PDF syntax, with `data` as its decoded bytes.
    @discardableResult
    func addStream(_ n: Int, _ dictionary: String = "<< >>", data: [UInt8]) -> PDFReference {
        let dict = (try? pdfObject(dictionary))?.dictionary ?? PDFDictionary()
        streamData[n] = data
        return add(n, .stream(PDFStream(dictionary: dict, dataOffset: n, dataLength: data.count, owner: PDFReference(n, 0))))
    }

    @discardableResult
    func addStream(_ n: Int, _ dictionary: String = "<< >>", text: String) -> PDFReference {
        addStream(n, dictionary, data: Array(text.utf8))
    }

    func resolve(_ object: PDFObject) -> PDFObject {
        var current = object
        for _ in 0..<32 {
            guard case .reference(let r) = current else { return current }
            current = objects[r] ?? .null
        }
        return .null
    }

    func decodedData(of stream: PDFStream) throws(ExtractionFailure) -> [UInt8] {
        if broken.contains(stream.dataOffset) { throw ExtractionFailure(.corrupt, "flate data is damaged") }
        guard let data = streamData[stream.dataOffset] else { throw ExtractionFailure(.corrupt, "no such stream") }
        return data
    }
}

/// A dictionary written in PDF syntax (references allowed).
func pdfDictionary(_ text: String) -> PDFDictionary {
    (try? pdfObject(text))?.dictionary ?? PDFDictionary()
}

/// A simple WinAnsi font (object 100): space 250 units wide, every other code 500.
func addPlainFont(to resolver: PDFTextMemoryResolver, number: Int = 100) -> PDFReference {
    let widths = (32...126).map { $0 == 32 ? "250" : "500" }.joined(separator: " ")
    return resolver.add(number, .dictionary(pdfDictionary(
        "<< /Type /Font /Subtype /TrueType /BaseFont /Test /Encoding /WinAnsiEncoding /FirstChar 32 /LastChar 126 /Widths [\(widths)] >>")))
}

/// One page drawing `content` with font F1 (a plain font) and extra resources.
func textPage(_ resolver: PDFTextMemoryResolver, number: Int, content: String, xobjects: String = "") -> PDFPage {
    let font = addPlainFont(to: resolver)
    let contents = resolver.addStream(number, text: content)
    let resources = pdfDictionary("<< /Font << /F1 \(font) >> /XObject << \(xobjects) >> >>")
    return PDFPage(dictionary: pdfDictionary("<< /Type /Page /Contents \(contents) >>"), resources: resources)
}

/// Extracts one page's text with default options.
func extractText(_ resolver: PDFTextMemoryResolver, _ pages: [PDFPage], options: ExtractionOptions = ExtractionOptions()) -> PDFTextResult {
    PDFTextExtractor(resolver: resolver, options: options).extract(pages: pages)
}
