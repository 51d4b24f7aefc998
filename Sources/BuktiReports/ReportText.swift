import Foundation
import BuktiCore

/// A key of the report catalogue. Keys are declared as static members (`ReportKey.summary`) next to
/// the catalogue entries that define them, so a typo is a compile error, not a missing word.
public struct ReportKey: Hashable, Sendable, ExpressibleByStringLiteral, CustomStringConvertible {
    public let rawValue: String
    public init(_ rawValue: String) { self.rawValue = rawValue }
    public init(stringLiteral value: String) { rawValue = value }
    public var description: String { rawValue }
}

/// One block of catalogue entries, both languages side by side, so a reporter's own words live in
/// one file (`ReportText+HTML.swift`) and a word can never exist in one language only (a test checks).
public struct ReportCatalogue: Sendable {
    public let id: [ReportKey: String]
    public let en: [ReportKey: String]

    public init(id: [ReportKey: String], en: [ReportKey: String]) {
        self.id = id
        self.en = en
    }
}

/// The words of reports and of the CLI in the reader's language. Labels of documents and indicators
/// come from the rule file, never from here. Templates use `{1}`, `{2}`... for arguments.
public struct ReportText: Sendable {
    public let language: ReportLanguage

    public init(_ language: ReportLanguage) { self.language = language }

    /// Every catalogue block, one line each; reporters add theirs here.
    public static let catalogues: [ReportCatalogue] = [
        ReportCatalogue(id: indonesian, en: english),
        cliCatalogue,
        todoCatalogue,
        auditTextCatalogue,
        htmlCatalogue,
        xlsxCatalogue,
        sinceCatalogue,
    ]

    /// All blocks merged per language (built once; a later block never overrides an earlier key).
    static let merged: (id: [ReportKey: String], en: [ReportKey: String]) = {
        var id: [ReportKey: String] = [:], en: [ReportKey: String] = [:]
        for catalogue in catalogues {
            id.merge(catalogue.id) { first, _ in first }
            en.merge(catalogue.en) { first, _ in first }
        }
        return (id, en)
    }()

    /// The word for `key`; an unknown key shows as itself so a gap is visible in golden tests.
    public subscript(_ key: ReportKey) -> String {
        let table = language == .en ? Self.merged.en : Self.merged.id
        return table[key] ?? key.rawValue
    }

    /// The template for `key` with `{1}`, `{2}`... replaced by `arguments`.
    public func format(_ key: ReportKey, _ arguments: CustomStringConvertible...) -> String {
        Self.fill(self[key], arguments.map(\.description))
    }

    /// `count` with the `.one` variant of `key` when the count is 1 and the language has one
    /// (English plurals; Indonesian does not inflect), the plain key otherwise.
    public func count(_ key: ReportKey, _ count: Int, _ more: CustomStringConvertible...) -> String {
        let one = ReportKey(key.rawValue + ".one")
        let table = language == .en ? Self.merged.en : Self.merged.id
        let template = count == 1 ? (table[one] ?? self[key]) : self[key]
        return Self.fill(template, [String(count)] + more.map(\.description))
    }

    /// A number as people write it: `3`, `1,5` in Indonesian, `1.5` in English.
    public func number(_ value: Double) -> String {
        let rounded = (value * 100).rounded() / 100
        let text = rounded == rounded.rounded() ? String(Int(rounded)) : String(rounded)
        return language == .id ? text.replacingOccurrences(of: ".", with: ",") : text
    }

    /// A year window as years: `2022–2024`, or `2024` for a single year.
    public func years(_ window: YearWindow, assessmentYear t0: Int) -> String {
        window.from == window.to ? String(t0 + window.from) : "\(t0 + window.from)–\(t0 + window.to)"
    }

    static func fill(_ template: String, _ arguments: [String]) -> String {
        var out = template
        // Highest index first so `{1}` never eats the start of `{10}`.
        for (index, argument) in arguments.enumerated().reversed() {
            out = out.replacingOccurrences(of: "{\(index + 1)}", with: argument)
        }
        return out
    }
}
