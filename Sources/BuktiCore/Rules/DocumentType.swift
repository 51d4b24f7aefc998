/// A kind of evidence document (SK, SOP, DPA, photo...), recognised by weighted signals.
public struct DocumentType: Codable, Sendable, Equatable {
    /// Stable identifier used in reports and JSON (`sk`, `sop`, `budget`...).
    public var id: String
    public var label: LocalizedText
    /// Critical types are flagged first in every report and listed in an innovation's `missing`.
    public var critical: Bool
    /// File kinds that can carry this document (`pdf`, `docx`, `jpeg`...); other kinds never match.
    public var kinds: [FileKind]
    /// The summed signal weight a file needs to be classified as this type.
    public var threshold: Double
    /// The evidence signals; negative weights count against the type.
    public var signals: [Signal]
    /// When set, this type is weaker evidence for that type (RKA for `budget`): the stronger
    /// type's status becomes `weak` instead of `missing`.
    public var weakEvidenceFor: String?
    /// Where the document's date is read from, first that yields a year wins.
    public var dateSources: [DateSource]
    /// The years (relative to T-0) the document must be dated in to count; nil = any year.
    public var window: YearWindow?
    /// Checks that attach problems to a document of this type (SOP without service times...).
    public var checks: [DocumentCheck]
}

/// One piece of evidence that a file is of a document type. Exactly one of `name`, `folder`,
/// `metadata`, `text` or `fact` is set.
public struct Signal: Codable, Sendable, Equatable {
    /// Regular expression (case-insensitive) on the file name.
    public var name: String?
    /// Regular expression (case-insensitive) on the folders between the innovation folder and the file.
    public var folder: String?
    /// Regular expression (case-insensitive) on the title, subject and keywords.
    public var metadata: String?
    /// Regular expression (case-insensitive) on the text of the first page.
    public var text: String?
    /// For `text`: the match must start within this many characters of the start of the text
    /// (a heading near the top counts; the same words cited in the body do not).
    public var within: Int?
    /// A fact about the file: `camera` (photo with camera EXIF), `screenshot`, `scanned`, `video`,
    /// `image`, `gps`.
    public var fact: FileFactSignal?
    /// Added to the file's score when the signal fires (negative for counter-evidence).
    public var weight: Double
    /// Why this signal matters, shown by `bukti explain`.
    public var why: LocalizedText?
}

/// Facts from extraction that signals can test.
public enum FileFactSignal: String, Codable, Sendable, Equatable {
    case camera, screenshot, scanned, video, image, gps
}

/// Where a document's date can be read.
public enum DateSource: String, Codable, Sendable, Equatable {
    /// The year ending a letter number in the text: `NOMOR 100.3.3.2/45/Bappeda/2024`.
    case numberYear
    /// `TAHUN 2023`, `TAHUN ANGGARAN 2024` in the text.
    case yearPhrase
    /// A written date in the text: `pada tanggal 12 Januari 2023`, `Contoh, 3 Maret 2024`.
    case writtenDate
    /// A four-digit year in the file name (`DPA_2024.pdf`).
    case fileNameYear
    /// When the photo was taken (EXIF DateTimeOriginal).
    case taken
    /// The document's created / modified metadata (weakest: often the scan or export date).
    case metadata
}

/// A check that attaches a problem to a classified document.
public struct DocumentCheck: Codable, Sendable, Equatable {
    /// The problem id reported when the check fails (`sop-without-service-times`).
    public var id: String
    /// Fails unless this regular expression (case-insensitive) matches the extracted text.
    public var textMustMatch: String?
    /// Fails unless the document's text names the innovation (its name or acronym).
    public var namesInnovation: Bool?
    /// Fails when a video is longer than this many seconds.
    public var maxDurationSeconds: Double?
    /// The message shown when the check fails.
    public var message: LocalizedText
    /// When true, a failing document no longer counts as evidence; otherwise it counts with a problem.
    public var disqualifies: Bool
}

/// A span of years relative to the assessment year: `T-1..T-0` is last year and this year.
public struct YearWindow: Codable, Sendable, Equatable, CustomStringConvertible {
    /// Offset of the first year (0 = T-0, -1 = T-1...).
    public var from: Int
    /// Offset of the last year.
    public var to: Int

    public init(from: Int, to: Int) {
        self.from = from
        self.to = to
    }

    /// Parses `T-2..T-0`, `T-1` or `T-0..T-0`; nil when the text is not of that form.
    public init?(parsing text: String) {
        let parts = text.replacingOccurrences(of: " ", with: "").components(separatedBy: "..")
        guard (1...2).contains(parts.count), let a = Self.offset(parts[0]), let b = Self.offset(parts.last!)
        else { return nil }
        from = min(a, b)
        to = max(a, b)
    }

    public init(from decoder: Decoder) throws {
        let text = try decoder.singleValueContainer().decode(String.self)
        guard let window = YearWindow(parsing: text) else {
            throw DecodingError.dataCorrupted(
                .init(codingPath: decoder.codingPath, debugDescription: "write a year window as \"T-1..T-0\" (T-0 is the assessment year)"))
        }
        self = window
    }

    public func encode(to encoder: Encoder) throws {
        var c = encoder.singleValueContainer()
        try c.encode(description)
    }

    public var description: String { from == to ? "T\(from == 0 ? "-0" : String(from))" : "T\(from == 0 ? "-0" : String(from))..T\(to == 0 ? "-0" : String(to))" }

    /// True when `year` lies in the window for assessment year `t0`.
    public func contains(_ year: Int, assessmentYear t0: Int) -> Bool { (t0 + from...t0 + to).contains(year) }

    private static func offset(_ text: String) -> Int? {
        guard text.hasPrefix("T"), let n = Int(text.dropFirst()), n <= 0 else { return nil }
        return n
    }
}
