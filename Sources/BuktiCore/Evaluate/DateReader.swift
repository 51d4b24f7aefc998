import Foundation

/// Reads the date a document carries, trying a document type's date sources in order; the first
/// that yields a plausible year (1990 through the year after the assessment year) wins. All text
/// parsing uses precompiled patterns (IndonesianDates) and hand-written checks, never DateFormatter.
public struct DateReader: Sendable {
    /// T-0; years after `assessmentYear + 1` are implausible (a typo or a template).
    public let assessmentYear: Int
    /// The earliest plausible year.
    public static let earliestYear = 1990
    /// UTF-16 units of a first page read for dates; a written date can sit at the foot of a dense page.
    static let pageLimit = 8000
    /// UTF-16 units of the whole text searched for the signature date (`Ditetapkan ... pada tanggal`).
    static let wholeTextLimit = 20000

    public init(assessmentYear: Int) {
        self.assessmentYear = assessmentYear
    }

    /// The years accepted.
    public var plausibleYears: ClosedRange<Int> { Self.earliestYear...(assessmentYear + 1) }

    /// The document's date from the first of `sources` that yields a plausible year. A month and year
    /// without a day (`Edisi Juni 2025`) is weaker than any full text form: when `writtenDate` is
    /// listed, it is tried after the last text source (numberYear, yearPhrase, writtenDate) and before
    /// the file-name, EXIF and metadata sources that follow it.
    public func read(_ sources: [DateSource], from facts: FileFacts) -> DocumentDate? {
        var texts = Texts(facts)
        return read(sources, from: facts, texts: &texts)
    }

    /// As `read(_:from:)`, sharing prepared texts across the document types of one file.
    func read(_ sources: [DateSource], from facts: FileFacts, texts: inout Texts) -> DocumentDate? {
        let lastText = sources.lastIndex { Self.textSources.contains($0) }
        for (index, source) in sources.enumerated() {
            if let lastText, index == lastText + 1, sources.contains(.writtenDate),
               let month = monthYear(texts.page) { return month }
            let date: DocumentDate?
            if let known = texts.readings[source] {
                date = known
            } else {
                date = self.date(from: source, facts: facts, texts: &texts)
                texts.readings[source] = .some(date)
            }
            if let date { return date }
        }
        return sources.contains(.writtenDate) && lastText == sources.count - 1 ? monthYear(texts.page) : nil
    }

    /// Sources read from the document's text.
    static let textSources: Set<DateSource> = [.numberYear, .yearPhrase, .writtenDate]

    /// One source's reading, or nil when it yields no plausible year.
    func date(from source: DateSource, facts: FileFacts, texts: inout Texts) -> DocumentDate? {
        switch source {
        case .numberYear: numberYear(texts.page)
        case .yearPhrase: yearPhrase(texts.page)
        case .writtenDate: writtenDate(texts.page, whole: texts.whole)
        case .fileNameYear: fileNameYear(facts.path.name)
        case .taken: facts.taken.flatMap { timestamp($0, evidence: $0, source: .taken) }
        case .metadata:
            facts.created.flatMap { timestamp($0, evidence: "created \($0)", source: .metadata) }
                ?? facts.modified.flatMap { timestamp($0, evidence: "modified \($0)", source: .metadata) }
        }
    }

    /// A file's texts, normalised when first asked for.
    struct Texts {
        private let raw: String?
        private let kind: FileKind
        /// Each source read so far (types of one file often share sources).
        var readings: [DateSource: DocumentDate?] = [:]
        /// The first page (FirstPage rules), up to `pageLimit`.
        private(set) lazy var page = FirstPage(raw, kind: kind, limit: DateReader.pageLimit)
        /// Every page, up to `wholeTextLimit`.
        private(set) lazy var whole = FirstPage(wholeText: raw, limit: DateReader.wholeTextLimit)

        init(_ facts: FileFacts) {
            raw = facts.text
            kind = facts.kind
        }
        init(_ facts: FileFacts, page: FirstPage) {
            self.init(facts)
            self.page = page
        }
    }

    /// `2024-01-12T10:00:00+07:00` (or `2024-01-12`): the date part, read by hand.
    func timestamp(_ value: String, evidence: String, source: DateSource) -> DocumentDate? {
        let digits = Array(value.utf8.prefix(10))
        func number(_ range: Range<Int>) -> Int? {
            guard range.upperBound <= digits.count else { return nil }
            var n = 0
            for byte in digits[range] {
                guard (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(byte) else { return nil }
                n = n * 10 + Int(byte - UInt8(ascii: "0"))
            }
            return n
        }
        guard let year = number(0..<4), plausibleYears.contains(year) else { return nil }
        var date: String?
        if digits.count == 10, digits[4] == UInt8(ascii: "-"), digits[7] == UInt8(ascii: "-"),
           let month = number(5..<7), let day = number(8..<10) {
            date = IndonesianDates.iso(year: year, month: month, day: day)
        }
        return DocumentDate(year: year, date: date, source: source, evidence: evidence)
    }

    /// The first standalone plausible year in the file name (`DPA_2024.pdf`).
    func fileNameYear(_ name: String) -> DocumentDate? {
        let whole = NSRange(location: 0, length: name.utf16.count)
        for match in IndonesianDates.nameDateStamp.matches(in: name, range: whole) {
            guard let year = Self.int(name, match.range(at: 1)), plausibleYears.contains(year),
                  let month = Self.substring(name, match.range(at: 3)), let day = Self.substring(name, match.range(at: 4))
            else { continue }
            return DocumentDate(year: year, date: "\(year)-\(month)-\(day)", source: .fileNameYear, evidence: name)
        }
        for match in IndonesianDates.nameYear.matches(in: name, range: NSRange(location: 0, length: name.utf16.count)) {
            guard let year = Self.int(name, match.range(at: 1)), plausibleYears.contains(year) else { continue }
            return DocumentDate(year: year, source: .fileNameYear, evidence: name)
        }
        return nil
    }

    /// The integer in `range` of `text`, when there is one.
    static func int(_ text: String, _ range: NSRange) -> Int? {
        substring(text, range).flatMap { Int($0) }
    }

    /// The text in an NSRange, nil when the range is not found.
    static func substring(_ text: String, _ range: NSRange) -> String? {
        guard range.location != NSNotFound, let r = Range(range, in: text) else { return nil }
        return String(text[r])
    }
}
