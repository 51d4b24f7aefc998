import Foundation

/// The JSON shape of a record (the `inspect` contract): keys in a fixed order, unknown fields left out.
extension FileFacts: Codable {
    /// Version of the record's JSON shape; bumped only when a field changes meaning or is removed.
    public static let schemaVersion = 1

    enum CodingKeys: String, CodingKey {
        case schemaVersion
        case path, pathBytes, kind, bytes, sha256
        case title, author, subject, keywords, creator, producer, created, modified
        case pages, pdfVersion, encrypted, linearized, scanned
        case application, lastModifiedBy, sheets, words
        case width, height, taken, gps, camera, orientation, software, screenshot, duration
        case text, xmp, problems
    }

    public func encode(to encoder: Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encode(Self.schemaVersion, forKey: .schemaVersion)
        try c.encode(path.display, forKey: .path)
        if !path.isValidUTF8 {
            try c.encode(Data(path.bytes).base64EncodedString(), forKey: .pathBytes)
        }
        try c.encode(kind, forKey: .kind)
        try c.encodeIfPresent(bytes, forKey: .bytes)
        try c.encodeIfPresent(sha256, forKey: .sha256)
        try c.encodeIfPresent(title, forKey: .title)
        try c.encodeIfPresent(author, forKey: .author)
        try c.encodeIfPresent(subject, forKey: .subject)
        try c.encodeIfPresent(keywords, forKey: .keywords)
        try c.encodeIfPresent(creator, forKey: .creator)
        try c.encodeIfPresent(producer, forKey: .producer)
        try c.encodeIfPresent(created, forKey: .created)
        try c.encodeIfPresent(modified, forKey: .modified)
        try c.encodeIfPresent(pages, forKey: .pages)
        try c.encodeIfPresent(pdfVersion, forKey: .pdfVersion)
        try c.encodeIfPresent(encrypted, forKey: .encrypted)
        try c.encodeIfPresent(linearized, forKey: .linearized)
        try c.encodeIfPresent(scanned, forKey: .scanned)
        try c.encodeIfPresent(application, forKey: .application)
        try c.encodeIfPresent(lastModifiedBy, forKey: .lastModifiedBy)
        try c.encodeIfPresent(sheets, forKey: .sheets)
        try c.encodeIfPresent(words, forKey: .words)
        try c.encodeIfPresent(width, forKey: .width)
        try c.encodeIfPresent(height, forKey: .height)
        try c.encodeIfPresent(taken, forKey: .taken)
        try c.encodeIfPresent(gps, forKey: .gps)
        try c.encodeIfPresent(camera, forKey: .camera)
        try c.encodeIfPresent(orientation, forKey: .orientation)
        try c.encodeIfPresent(software, forKey: .software)
        try c.encodeIfPresent(screenshot, forKey: .screenshot)
        try c.encodeIfPresent(duration, forKey: .duration)
        try c.encodeIfPresent(text, forKey: .text)
        if let xmp, !xmp.isEmpty { try c.encode(xmp, forKey: .xmp) }
        try c.encode(problems, forKey: .problems)
    }

    public init(from decoder: Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        if let raw = try c.decodeIfPresent(String.self, forKey: .pathBytes), let data = Data(base64Encoded: raw) {
            path = FilePath(bytes: Array(data))
        } else {
            path = FilePath(try c.decode(String.self, forKey: .path))
        }
        kind = try c.decode(FileKind.self, forKey: .kind)
        bytes = try c.decodeIfPresent(Int64.self, forKey: .bytes)
        sha256 = try c.decodeIfPresent(String.self, forKey: .sha256)
        title = try c.decodeIfPresent(String.self, forKey: .title)
        author = try c.decodeIfPresent(String.self, forKey: .author)
        subject = try c.decodeIfPresent(String.self, forKey: .subject)
        keywords = try c.decodeIfPresent(String.self, forKey: .keywords)
        creator = try c.decodeIfPresent(String.self, forKey: .creator)
        producer = try c.decodeIfPresent(String.self, forKey: .producer)
        created = try c.decodeIfPresent(String.self, forKey: .created)
        modified = try c.decodeIfPresent(String.self, forKey: .modified)
        pages = try c.decodeIfPresent(Int.self, forKey: .pages)
        pdfVersion = try c.decodeIfPresent(String.self, forKey: .pdfVersion)
        encrypted = try c.decodeIfPresent(Bool.self, forKey: .encrypted)
        linearized = try c.decodeIfPresent(Bool.self, forKey: .linearized)
        scanned = try c.decodeIfPresent(Bool.self, forKey: .scanned)
        application = try c.decodeIfPresent(String.self, forKey: .application)
        lastModifiedBy = try c.decodeIfPresent(String.self, forKey: .lastModifiedBy)
        sheets = try c.decodeIfPresent([String].self, forKey: .sheets)
        words = try c.decodeIfPresent(Int.self, forKey: .words)
        width = try c.decodeIfPresent(Int.self, forKey: .width)
        height = try c.decodeIfPresent(Int.self, forKey: .height)
        taken = try c.decodeIfPresent(String.self, forKey: .taken)
        gps = try c.decodeIfPresent(GPSPosition.self, forKey: .gps)
        camera = try c.decodeIfPresent(String.self, forKey: .camera)
        orientation = try c.decodeIfPresent(Int.self, forKey: .orientation)
        software = try c.decodeIfPresent(String.self, forKey: .software)
        screenshot = try c.decodeIfPresent(Bool.self, forKey: .screenshot)
        duration = try c.decodeIfPresent(Double.self, forKey: .duration)
        text = try c.decodeIfPresent(String.self, forKey: .text)
        xmp = try c.decodeIfPresent(XMPFacts.self, forKey: .xmp)
        problems = try c.decodeIfPresent([Problem].self, forKey: .problems) ?? []
    }
}
