import Foundation

/// Everything bukti knows about one walked file: the record behind `bukti inspect`.
/// Fields are nil when unknown and are then left out of the JSON.
public struct FileFacts: Sendable, Equatable {
    public var path: FilePath
    public var kind: FileKind
    public var bytes: Int64?
    public var sha256: String?

    // Document metadata (PDF Info/XMP, OOXML core properties, OLE2 property sets).
    public var title: String?
    public var author: String?
    public var subject: String?
    public var keywords: String?
    public var creator: String?
    public var producer: String?
    /// ISO 8601, with the offset when the file gives one.
    public var created: String?
    public var modified: String?
    public var pages: Int?
    public var pdfVersion: String?
    public var encrypted: Bool?
    public var linearized: Bool?
    /// True when a page paints images and yields no text (a scan).
    public var scanned: Bool?
    /// The first characters of the extracted text.
    public var text: String?

    // Office documents.
    public var application: String?
    public var lastModifiedBy: String?
    public var sheets: [String]?
    public var words: Int?

    // Images and video.
    public var width: Int?
    public var height: Int?
    /// When the photo was taken, ISO 8601 with the offset when known.
    public var taken: String?
    public var gps: GPSPosition?
    /// "Make Model".
    public var camera: String?
    public var orientation: Int?
    public var software: String?
    public var screenshot: Bool?
    /// Seconds.
    public var duration: Double?

    /// XMP values kept beside the Info values when a PDF has both.
    public var xmp: XMPFacts?
    public var problems: [Problem]

    public init(path: FilePath, kind: FileKind = .unknown) {
        self.path = path
        self.kind = kind
        self.problems = []
    }

    /// Records a problem on this file.
    public mutating func add(_ code: ProblemCode, _ message: String) {
        problems.append(Problem(code, message))
    }

    /// True when a problem with this code is recorded.
    public func has(_ code: ProblemCode) -> Bool { problems.contains { $0.code == code } }
}

/// A GPS position in signed decimal degrees (south and west negative); altitude in metres.
public struct GPSPosition: Codable, Sendable, Equatable {
    public var lat: Double
    public var lon: Double
    public var alt: Double?

    public init(lat: Double, lon: Double, alt: Double? = nil) {
        self.lat = lat
        self.lon = lon
        self.alt = alt
    }
}

/// Metadata as the PDF's XMP packet states it (the Info dictionary wins in the main fields).
public struct XMPFacts: Codable, Sendable, Equatable {
    public var title: String?
    public var creator: String?
    public var created: String?
    public var modified: String?
    public var producer: String?
    public var keywords: String?
    public var creatorTool: String?

    public init() {}

    /// True when no field is set.
    public var isEmpty: Bool {
        title == nil && creator == nil && created == nil && modified == nil && producer == nil
            && keywords == nil && creatorTool == nil
    }
}
