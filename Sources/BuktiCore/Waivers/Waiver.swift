import Foundation

/// One accepted gap: an innovation deliberately does not claim an indicator, or lacks a document type,
/// this year. Decided by a person, justified, and only until `expires`.
public struct Waiver: Codable, Sendable, Equatable {
    /// The innovation's folder name, as on disk.
    public var innovation: String
    /// An indicator id from the rules; exactly one of `indicator` and `documentType`.
    public var indicator: String?
    /// A document type id from the rules.
    public var documentType: String?
    public var justification: String
    public var decidedBy: String
    /// `yyyy-mm-dd`: the last day the waiver holds.
    public var expires: String

    public init(innovation: String, indicator: String? = nil, documentType: String? = nil, justification: String,
                decidedBy: String, expires: String) {
        self.innovation = innovation
        self.indicator = indicator
        self.documentType = documentType
        self.justification = justification
        self.decidedBy = decidedBy
        self.expires = expires
    }

    /// True when the waiver still holds on `today` (`yyyy-mm-dd`, compared as text: the format sorts).
    public func holds(on today: String) -> Bool { expires >= today }

    /// `2026-11-22` for `date` in UTC.
    public static func day(_ date: Date) -> String { String(date.ISO8601Format().prefix(10)) }

    /// True for a real calendar date written `yyyy-mm-dd`.
    static func isDay(_ text: String) -> Bool {
        let parts = text.split(separator: "-", omittingEmptySubsequences: false)
        guard text.count == 10, parts.count == 3, parts.allSatisfy({ $0.allSatisfy(\.isASCII) && $0.allSatisfy(\.isNumber) }),
              let year = Int(parts[0]), let month = Int(parts[1]), let day = Int(parts[2]),
              parts[0].count == 4, (1...12).contains(month), day >= 1 else { return false }
        var components = DateComponents(year: year, month: month)
        components.day = 1
        guard let first = RunRecord.utc.date(from: components),
              let days = RunRecord.utc.range(of: .day, in: .month, for: first) else { return false }
        return days.contains(day)
    }
}

/// A waivers file as it applies on one day (`yyyy-mm-dd`, UTC): what the audit is given to apply.
public struct WaiversOnDay: Sendable, Equatable {
    public var file: WaiverFile
    /// Waivers expiring before this day no longer hold.
    public var day: String

    public init(file: WaiverFile, day: String) {
        self.file = file
        self.day = day
    }
}

/// A waivers file: `{ waivers: [ {...}, ... ] }` (JSON5), and its SHA-256 for the provenance record.
public struct WaiverFile: Codable, Sendable, Equatable {
    public var waivers: [Waiver]
    /// Filled by the loader.
    public var sha256: String = ""
    /// The path as given.
    public var source: String = ""

    enum CodingKeys: String, CodingKey { case waivers }

    public init(waivers: [Waiver], sha256: String = "", source: String = "") {
        self.waivers = waivers
        self.sha256 = sha256
        self.source = source
    }
}
