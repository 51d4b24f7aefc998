import BuktiCore
import Testing
@testable import BuktiFormats

/// Our meta.xml reading against `exiftool -json -n` (exiftool names ODF tags after the elements).
@Suite struct ODFExiftoolTests {
    static let fields: [OfficeExiftool.Field] = [
        .init(name: "title", tag: "Title", ours: \.title),
        .init(name: "author", tag: "Initial-creator", ours: \.author),
        .init(name: "subject", tag: "Subject", ours: \.subject),
        // Allowed difference: meta.xml holds one meta:keyword per keyword; exiftool -json keeps only
        // the first of the repeated tag, while we join them all. Agree when its keyword is our first.
        .init(
            name: "keywords", tag: "Keyword", ours: \.keywords,
            allowance: { ours, theirs in ours.components(separatedBy: ", ").first == theirs }),
        .init(name: "created", tag: "Creation-date", ours: \.created, isDate: true),
        .init(name: "modified", tag: "Date", ours: \.modified, isDate: true),
        .init(name: "pages", tag: "Document-statisticPage-count", ours: { $0.pages.map(String.init) }),
        .init(name: "words", tag: "Document-statisticWord-count", ours: { $0.words.map(String.init) }),
        .init(name: "application", tag: "Generator", ours: \.application),
        .init(name: "lastModifiedBy", tag: "Creator", ours: \.lastModifiedBy),
    ]

    @Test(arguments: [("sop.odt", FileKind.odt), ("dpa.ods", .ods), ("paparan.odp", .odp)])
    func agreesWithExiftool(name: String, kind: FileKind) throws {
        let facts = try OfficeFixtures.extract(name, kind: kind)
        #expect(facts.title != nil && facts.created != nil)
        try OfficeExiftool.compare(name, facts, Self.fields)
    }
}
