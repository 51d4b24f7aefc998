import Testing
import BuktiCore
@testable import BuktiFormats

@Suite struct PDFXMPTests {
    static let packet = """
        <?xpacket begin="\u{FEFF}" id="W5M0MpCehiHzreSzNTczkc9d"?>
        <x:xmpmeta xmlns:x="adobe:ns:meta/">
         <rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#">
          <rdf:Description rdf:about="" xmlns:xmp="http://ns.adobe.com/xap/1.0/"
            xmp:CreateDate="2023-01-15T09:30:00+07:00" xmp:CreatorTool="Writer">
           <xmp:ModifyDate>2023-02-01T10:00:00Z</xmp:ModifyDate>
          </rdf:Description>
          <rdf:Description rdf:about="" xmlns:dc="http://purl.org/dc/elements/1.1/">
           <dc:title><rdf:Alt><rdf:li xml:lang="id-ID">Judul</rdf:li><rdf:li xml:lang="x-default">Title</rdf:li></rdf:Alt></dc:title>
           <dc:creator><rdf:Seq><rdf:li>Ana</rdf:li><rdf:li>Budi</rdf:li></rdf:Seq></dc:creator>
          </rdf:Description>
          <rdf:Description rdf:about="" xmlns:pdf="http://ns.adobe.com/pdf/1.3/" pdf:Producer="LibreOffice">
           <pdf:Keywords>a, b</pdf:Keywords>
          </rdf:Description>
         </rdf:RDF>
        </x:xmpmeta>
        <?xpacket end="w"?>
        """

    @Test func propertiesAsElementsAndAttributes() throws {
        let facts = try PDFXMP.read(Array(Self.packet.utf8))
        #expect(facts.title == "Title")
        #expect(facts.creator == "Ana, Budi")
        #expect(facts.created == "2023-01-15T09:30:00+07:00")
        #expect(facts.modified == "2023-02-01T10:00:00Z")
        #expect(facts.creatorTool == "Writer")
        #expect(facts.producer == "LibreOffice")
        #expect(facts.keywords == "a, b")
    }

    @Test func titleWithoutXDefaultTakesTheFirst() throws {
        let packet = Self.packet.replacingOccurrences(of: "x-default", with: "en")
        #expect(try PDFXMP.read(Array(packet.utf8)).title == "Judul")
    }

    @Test func malformedPacketThrows() {
        #expect(throws: XMLError.self) { try PDFXMP.read(Array("<x:xmpmeta".utf8)) }
    }

    @Test func entitiesAreNotExpanded() {
        let hostile = "<!DOCTYPE x [<!ENTITY e \"boom\">]><x>&e;</x>"
        #expect(throws: XMLError.self) { try PDFXMP.read(Array(hostile.utf8)) }
    }

    /// xmp.pdf: exiftool wrote these XMP values (Scripts/fixtures/pdf-core.sh).
    @Test func xmpFromExiftool() throws {
        let facts = PDFCoreFixtures.extract(try PDFCoreFixtures.bytes("xmp"))
        #expect(facts.xmp?.title == "Judul XMP")
        #expect(facts.xmp?.creator == "Penulis XMP")
        #expect(facts.xmp?.creatorTool == "Alat XMP")
        // Info wins where it has the field.
        #expect(facts.title == (try PDFCoreFixtures.pdfinfo("xmp"))["Title"])
        #expect(facts.creator == "Writer")
    }

    /// xmp-gaps.pdf: Info /Title and /Author deleted, so XMP's values are used.
    @Test func xmpFillsGapsInInfo() throws {
        let facts = PDFCoreFixtures.extract(try PDFCoreFixtures.bytes("xmp-gaps"))
        #expect(facts.problems == [])
        #expect(facts.title == "Judul XMP")
        #expect(facts.author == "Penulis XMP")
        #expect(facts.subject == (try PDFCoreFixtures.pdfinfo("xmp-gaps"))["Subject"])
    }
}
