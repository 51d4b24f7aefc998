import BuktiCore
import Testing
@testable import BuktiFormats

/// Our OOXML core/app properties against `exiftool -json -n` on the same files.
@Suite struct OOXMLExiftoolTests {
    static let fields: [OfficeExiftool.Field] = [
        .init(name: "title", tag: "Title", ours: \.title),
        .init(name: "author", tag: "Creator", ours: \.author),
        .init(name: "subject", tag: "Subject", ours: \.subject),
        .init(name: "keywords", tag: "Keywords", ours: \.keywords),
        .init(name: "created", tag: "CreateDate", ours: \.created, isDate: true),
        .init(name: "modified", tag: "ModifyDate", ours: \.modified, isDate: true),
        .init(name: "pages", tag: "Pages", ours: { $0.pages.map(String.init) }),
        .init(name: "words", tag: "Words", ours: { $0.words.map(String.init) }),
        .init(name: "application", tag: "Application", ours: \.application),
        .init(name: "lastModifiedBy", tag: "LastModifiedBy", ours: \.lastModifiedBy),
    ]

    @Test(arguments: [("sop.docx", FileKind.docx), ("dpa.xlsx", .xlsx), ("paparan.pptx", .pptx)])
    func agreesWithExiftool(name: String, kind: FileKind) throws {
        let facts = try OfficeFixtures.extract(name, kind: kind)
        #expect(facts.title != nil && facts.created != nil)
        try OfficeExiftool.compare(name, facts, Self.fields)
    }
}
