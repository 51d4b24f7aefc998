import Testing
@testable import BuktiFormats

@Suite struct XMLDocumentTests {
    static let core = """
        <?xml version="1.0" encoding="UTF-8"?>
        <cp:coreProperties xmlns:cp="urn:cp" xmlns:dc="http://purl.org/dc/elements/1.1/">\
        <dc:title lang="id">SOP <![CDATA[Pelayanan]]> Inovasi</dc:title><cp:revision>3</cp:revision>\
        <x:extra xmlns:x="urn:x" x:flag="yes"/></cp:coreProperties>
        """

    @Test func namesAreLocalNamePlusNamespace() throws {
        let root = try #require(try XMLDocument(bytes: Array(Self.core.utf8)).root)
        #expect(root.name == XMLName("urn:cp", "coreProperties"))
        #expect(root.children.map(\.name) == [
            XMLName("http://purl.org/dc/elements/1.1/", "title"), XMLName("urn:cp", "revision"),
            XMLName("urn:x", "extra"),
        ])
    }

    @Test func textJoinsTextAndCDATA() throws {
        let root = try #require(try XMLDocument(bytes: Array(Self.core.utf8)).root)
        let title = try #require(root.child(XMLName("http://purl.org/dc/elements/1.1/", "title")))
        #expect(title.text == "SOP Pelayanan Inovasi")
        #expect(title.attribute("lang") == "id")
    }

    @Test func attributesByNamespace() throws {
        let root = try #require(try XMLDocument(bytes: Array(Self.core.utf8)).root)
        let extra = try #require(root.child(XMLName("urn:x", "extra")))
        #expect(extra.attribute("flag", namespace: "urn:x") == "yes")
        #expect(extra.attribute("flag") == nil)
    }

    @Test func externalEntityIsRefusedNotRead() {
        let xxe = """
            <?xml version="1.0"?><!DOCTYPE t [<!ENTITY xxe SYSTEM "file:///etc/passwd">]><t>&xxe;</t>
            """
        #expect(throws: XMLError.doctype) { try XMLDocument(bytes: Array(xxe.utf8)) }
    }

    @Test func billionLaughsIsRefusedQuickly() {
        var dtd = "<!ENTITY lol0 \"lol\">"
        for level in 1...9 {
            dtd += "<!ENTITY lol\(level) \"" + String(repeating: "&lol\(level - 1);", count: 10) + "\">"
        }
        let bomb = "<?xml version=\"1.0\"?><!DOCTYPE t [\(dtd)]><t>&lol9;</t>"
        let start = ContinuousClock.now
        #expect(throws: XMLError.self) { try XMLDocument(bytes: Array(bomb.utf8)) }
        #expect(ContinuousClock.now - start < .seconds(2))
    }

    @Test func malformedXMLSaysWhy() {
        do {
            _ = try XMLDocument(bytes: Array("this is not <xml".utf8))
            Issue.record("parsed non-XML")
        } catch {
            guard case .malformed(let message) = error else {
                Issue.record("wrong error \(error)")
                return
            }
            #expect(!message.isEmpty && message != "parser gave no reason")
        }
        #expect(throws: XMLError.self) { try XMLDocument(bytes: []) }
    }

    @Test func descendantsAndAttributeListForXMP() throws {
        let xmp = """
            <x:xmpmeta xmlns:x="adobe:ns:meta/"><rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#">\
            <rdf:Description xmlns:xmp="http://ns.adobe.com/xap/1.0/" xmp:CreateDate="2024-01-02T08:30:00+07:00">\
            <dc:subject xmlns:dc="http://purl.org/dc/elements/1.1/"><rdf:Bag><rdf:li>SOP</rdf:li><rdf:li>inovasi</rdf:li>\
            </rdf:Bag></dc:subject></rdf:Description></rdf:RDF></x:xmpmeta>
            """
        let root = try #require(try XMLDocument(bytes: Array(xmp.utf8)).root)
        let rdf = "http://www.w3.org/1999/02/22-rdf-syntax-ns#"
        #expect(root.descendants(XMLName(rdf, "li")).map(\.text) == ["SOP", "inovasi"])
        let description = try #require(root.descendants(XMLName(rdf, "Description")).first)
        #expect(description.attributes.map(\.name) == [XMLName("http://ns.adobe.com/xap/1.0/", "CreateDate")])
        #expect(description.attributes.map(\.value) == ["2024-01-02T08:30:00+07:00"])
    }
}
