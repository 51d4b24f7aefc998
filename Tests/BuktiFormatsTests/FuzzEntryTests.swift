import BuktiCore
import Testing
import BuktiFormats

/// The public doors the fuzz harness (Fuzz/Harness) uses, through the public API only, as the harness
/// sees them: a package zipped from members reaches the OOXML reader, and the date parsers answer.
@Suite struct FuzzEntryTests {
    /// A minimal DOCX, the member-list form's way of reaching the part readers.
    static let docxMembers: [(name: String, bytes: [UInt8])] = [
        ("[Content_Types].xml", Array("""
            <?xml version="1.0" encoding="UTF-8"?>
            <Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">
            <Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>
            <Default Extension="xml" ContentType="application/xml"/>
            <Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/>
            </Types>
            """.utf8)),
        ("_rels/.rels", Array("""
            <?xml version="1.0" encoding="UTF-8"?>
            <Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">
            <Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/>
            </Relationships>
            """.utf8)),
        ("word/document.xml", Array("""
            <?xml version="1.0" encoding="UTF-8"?>
            <w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main">
            <w:body><w:p><w:r><w:t>Surat Keputusan Bupati</w:t></w:r></w:p></w:body></w:document>
            """.utf8)),
    ]

    @Test func zippedMembersAreReadAsADocument() throws {
        let archive = try #require(FuzzEntry.zipArchive(Self.docxMembers))
        let source = MemorySource(archive)
        let probed = ZipProbe().probe(source, options: ExtractionOptions())
        #expect(probed.kind == .docx)
        var facts = FileFacts(path: FilePath("fuzz.docx"), kind: .docx)
        try OOXMLExtractor().extract(source, into: &facts, options: ExtractionOptions())
        #expect(facts.text == "Surat Keputusan Bupati")
    }

    @Test func datesGoThroughEveryParser() {
        let pdf = FuzzEntry.parseDates("D:20230115093000+07'00'")
        #expect(pdf[0] == "2023-01-15T09:30:00+07:00")
        let exif = FuzzEntry.parseDates("2024:01:02 03:04:05")
        #expect(exif[1] == "2024-01-02T03:04:05")
        let w3c = FuzzEntry.parseDates("2024-01-02T08:30Z")
        #expect(w3c[3] == "2024-01-02T08:30:00Z")
        #expect(FuzzEntry.parseDates("+06.2088+106.8456/")[4] != nil)
        #expect(FuzzEntry.parseDates("not a date").allSatisfy { $0 == nil })
    }
}
