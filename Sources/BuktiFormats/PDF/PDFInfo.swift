/// The document information dictionary (ISO 32000-1 §14.3.3): text strings decoded, dates in ISO 8601.
public struct PDFInfo: Sendable, Equatable {
    public var title: String?
    public var author: String?
    public var subject: String?
    public var keywords: String?
    public var creator: String?
    public var producer: String?
    public var created: String?
    public var modified: String?

    public init() {}

    /// Reads `dictionary`, following references with `resolve`; empty strings count as absent.
    public init(dictionary: PDFDictionary, resolve: (PDFObject) -> PDFObject) {
        func text(_ key: String) -> String? {
            guard let object = dictionary[key], let value = PDFString.text(resolve(object)) else { return nil }
            let trimmed = value.trimmingWhitespace()
            return trimmed.isEmpty ? nil : value
        }
        title = text("Title")
        author = text("Author")
        subject = text("Subject")
        keywords = text("Keywords")
        creator = text("Creator")
        producer = text("Producer")
        created = text("CreationDate").flatMap(PDFDate.iso8601)
        modified = text("ModDate").flatMap(PDFDate.iso8601)
    }
}
