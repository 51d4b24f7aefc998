import BuktiCore
import Foundation
import Testing
@testable import BuktiFormats

/// XXE and billion-laughs in the XML parts of a real OpenDocument file (LibreOffice's sop.odt, one
/// member swapped in the test): nothing outside the package is read, no entity is expanded, the
/// reader finishes quickly with a problem and keeps what the other parts hold.
@Suite struct ODFHostileXMLTests {
    /// A DOCTYPE whose entity would read the machine's password file.
    static let externalEntity = "<!DOCTYPE office:document-meta [<!ENTITY xxe SYSTEM \"file:///etc/passwd\">]>"

    /// Ten levels of ten-fold entity expansion (10^9 "lol"s if expanded).
    static let laughs: String = {
        var dtd = "<!ENTITY lol0 \"lol\">"
        for level in 1...9 {
            dtd += "<!ENTITY lol\(level) \"" + String(repeating: "&lol\(level - 1);", count: 10) + "\">"
        }
        return "<!DOCTYPE office:document-meta [\(dtd)]>"
    }()

    /// sop.odt with `member` rewritten by `change` (every other member copied as it is).
    static func odt(replacing member: String, _ change: (String) -> String) throws -> [UInt8] {
        let archive = try ZipArchive(try OfficeFixtures.source("sop.odt"))
        var members: [(name: String, bytes: [UInt8])] = []
        for entry in archive.entries() where !entry.name.hasSuffix("/") {
            let bytes = try archive.read(entry.name, limit: 1 << 20)
            members.append((entry.name, entry.name == member ? Array(change(String(decoding: bytes, as: UTF8.self)).utf8) : bytes))
        }
        #expect(members.contains { $0.name == member })
        return try ZipWriter.archive(members)
    }

    /// `xml` with `doctype` after the XML declaration and the text `original` replaced by `body`.
    static func inject(_ xml: String, doctype: String, replacing original: String, with body: String) -> String {
        #expect(xml.contains(original))
        var out = xml.replacingOccurrences(of: original, with: body)
        if let declarationEnd = out.range(of: "?>") { out.insert(contentsOf: "\n" + doctype, at: declarationEnd.upperBound) }
        return out
    }

    @Test func externalEntityInMetaIsNotRead() throws {
        let bytes = try Self.odt(replacing: "meta.xml") {
            Self.inject($0, doctype: Self.externalEntity, replacing: "SOP Pelayanan Inovasi", with: "&xxe;")
        }
        let facts = OfficeFixtures.extract(bytes, kind: .odt)
        #expect(facts.problems.map(\.code) == [.corrupt])
        #expect(facts.problems.first?.message.hasPrefix("meta.xml") == true, "\(facts.problems)")
        #expect(facts.title == nil)
        #expect(facts.text?.contains("root:") == false)
        #expect(facts.text?.contains("STANDAR OPERASIONAL PROSEDUR") == true)
    }

    @Test func billionLaughsInMetaIsRefusedQuickly() throws {
        let bytes = try Self.odt(replacing: "meta.xml") {
            Self.inject($0, doctype: Self.laughs, replacing: "SOP Pelayanan Inovasi", with: "&lol9;")
        }
        let start = ContinuousClock.now
        let facts = OfficeFixtures.extract(bytes, kind: .odt)
        #expect(ContinuousClock.now - start < .seconds(5))
        #expect(facts.problems.map(\.code) == [.corrupt])
        #expect(facts.title == nil)
        #expect(facts.text?.contains("STANDAR OPERASIONAL PROSEDUR") == true)
    }

    @Test func externalEntityInContentIsNotRead() throws {
        let bytes = try Self.odt(replacing: "content.xml") {
            Self.inject($0, doctype: Self.externalEntity.replacingOccurrences(of: "document-meta", with: "document-content"),
                        replacing: "PELAYANAN INOVASI KESEHATAN", with: "&xxe;")
        }
        let facts = OfficeFixtures.extract(bytes, kind: .odt)
        #expect(facts.problems.contains { $0.code == .corrupt && $0.message.hasPrefix("content.xml") }, "\(facts.problems)")
        #expect(facts.text?.contains("root:") != true)
        #expect(facts.title == "SOP Pelayanan Inovasi")  // meta.xml is untouched
    }

    @Test func billionLaughsInContentIsRefusedQuickly() throws {
        let bytes = try Self.odt(replacing: "content.xml") {
            Self.inject($0, doctype: Self.laughs.replacingOccurrences(of: "document-meta", with: "document-content"),
                        replacing: "PELAYANAN INOVASI KESEHATAN", with: "&lol9;")
        }
        let start = ContinuousClock.now
        let facts = OfficeFixtures.extract(bytes, kind: .odt)
        #expect(ContinuousClock.now - start < .seconds(5))
        #expect(facts.problems.contains { $0.code == .corrupt && $0.message.hasPrefix("content.xml") }, "\(facts.problems)")
        #expect(facts.text?.contains("lollol") != true)
    }
}
