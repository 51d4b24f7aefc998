import BuktiCore

// The seams between the PDF document reader, the security handler and the text extractor.
// Each side is built separately; these shapes are what they agree on.

/// Decrypts strings and streams of an encrypted PDF (made by `PDFSecurity.open`).
public protocol PDFDecryptor: Sendable {
    /// A string found inside indirect object `object`.
    func decryptString(_ bytes: [UInt8], object: PDFReference) -> [UInt8]
    /// The raw data of a stream owned by `object`; `dictionary` lets the handler honour
    /// /Type /XRef (never encrypted), /Crypt filters and EncryptMetadata false.
    func decryptStream(_ bytes: [UInt8], object: PDFReference, dictionary: PDFDictionary) -> [UInt8]
    /// True when the metadata stream is encrypted too (EncryptMetadata, default true).
    var encryptsMetadata: Bool { get }
}

/// Why an encrypted PDF could not be opened.
public enum PDFSecurityError: Error, Sendable, Equatable {
    /// The user password is not empty: bukti needs a password it does not have.
    case passwordRequired
    /// A security handler or algorithm bukti does not implement (e.g. public-key /Adobe.PubSec).
    case unsupported(String)
    /// The /Encrypt dictionary is damaged.
    case malformed(String)
}

/// Follows references and decodes streams for the text extractor, with the document's limits applied.
public protocol PDFObjectResolver {
    /// `object` with references followed (to a bounded depth); `.null` when the target is missing.
    func resolve(_ object: PDFObject) -> PDFObject
    /// A stream's data after decryption and all its filters; throws `ExtractionFailure`
    /// (`limit-exceeded`, `corrupt`, `unsupported`) when it cannot.
    func decodedData(of stream: PDFStream) throws(ExtractionFailure) -> [UInt8]
}

/// One page of the page tree, with inheritable attributes already resolved from its ancestors.
public struct PDFPage: Sendable, Equatable {
    public var dictionary: PDFDictionary
    /// /Resources, inherited from the nearest ancestor that has it.
    public var resources: PDFDictionary?

    public init(dictionary: PDFDictionary, resources: PDFDictionary?) {
        self.dictionary = dictionary
        self.resources = resources
    }
}

/// What text extraction found on the first pages.
public struct PDFTextResult: Sendable, Equatable {
    /// Text in reading order, pages separated by a form feed, at most the requested characters.
    public var text: String
    /// Pages that paint at least one image and yield no text, or whose one large image (at least
    /// half the page) carries under 40 characters of text: a scan with a "Scanned with" watermark.
    public var scannedPages: Int
    /// Pages looked at.
    public var pagesRead: Int
    /// Problems met (an unsupported font encoding, a limit hit); extraction still returns what it has.
    public var problems: [Problem]

    public init(text: String = "", scannedPages: Int = 0, pagesRead: Int = 0, problems: [Problem] = []) {
        self.text = text
        self.scannedPages = scannedPages
        self.pagesRead = pagesRead
        self.problems = problems
    }
}
