import BuktiCore

/// Reads the few XMP properties bukti reports from a PDF's /Metadata packet (XMP Part 1, RDF/XML):
/// properties may be elements or attributes of any rdf:Description.
enum PDFXMP {
    static let rdf = "http://www.w3.org/1999/02/22-rdf-syntax-ns#"
    static let dc = "http://purl.org/dc/elements/1.1/"
    static let xmp = "http://ns.adobe.com/xap/1.0/"
    static let pdf = "http://ns.adobe.com/pdf/1.3/"
    static let xml = "http://www.w3.org/XML/1998/namespace"

    /// Where each simple property lives, and the XMPFacts field it fills.
    // Key paths are immutable values and the array is never mutated.
    nonisolated(unsafe) static let simpleProperties: [(XMLName, WritableKeyPath<XMPFacts, String?>)] = [
        (XMLName(xmp, "CreateDate"), \.created),
        (XMLName(xmp, "ModifyDate"), \.modified),
        (XMLName(xmp, "CreatorTool"), \.creatorTool),
        (XMLName(pdf, "Producer"), \.producer),
        (XMLName(pdf, "Keywords"), \.keywords),
    ]

    /// Most elements visited, so a hostile packet cannot make the walk unbounded in time.
    static let maxElements = 100_000

    /// The properties of `packet`; throws when the packet is not well-formed XML.
    static func read(_ packet: [UInt8]) throws(XMLError) -> XMPFacts {
        let document = try XMLDocument(bytes: packet)
        var facts = XMPFacts()
        guard let root = document.root else { return facts }
        var stack = [root]
        var visited = 0
        while let element = stack.popLast(), visited < maxElements {
            visited += 1
            if element.name == XMLName(rdf, "Description") { readDescription(element, into: &facts) }
            stack.append(contentsOf: element.children.reversed())
        }
        return facts
    }

    /// Fills `facts` from one rdf:Description (the first value found for a field wins).
    static func readDescription(_ description: XMLElement, into facts: inout XMPFacts) {
        for (name, field) in simpleProperties where facts[keyPath: field] == nil {
            let value = description.attribute(name.local, namespace: name.namespace)
                ?? description.child(name).map { $0.text }
            facts[keyPath: field] = nonEmpty(value)
        }
        if facts.title == nil, let title = description.child(XMLName(dc, "title")) {
            facts.title = nonEmpty(alternative(title))
        }
        if facts.creator == nil, let creator = description.child(XMLName(dc, "creator")) {
            let names = items(of: creator).compactMap { nonEmpty($0.text) }
            facts.creator = names.isEmpty ? nonEmpty(creator.text) : names.joined(separator: ", ")
        }
    }

    /// The rdf:li items of the rdf:Alt, rdf:Seq or rdf:Bag inside `property`.
    static func items(of property: XMLElement) -> [XMLElement] {
        for container in ["Alt", "Seq", "Bag"] {
            if let list = property.child(XMLName(rdf, container)) { return list.children(XMLName(rdf, "li")) }
        }
        return []
    }

    /// A language alternative: the x-default item, else the first; plain text when there is no rdf:Alt.
    static func alternative(_ property: XMLElement) -> String? {
        let choices = items(of: property)
        guard !choices.isEmpty else { return property.text }
        let preferred = choices.first { $0.attribute("lang", namespace: xml) == "x-default" } ?? choices[0]
        return preferred.text
    }

    static func nonEmpty(_ value: String?) -> String? {
        guard let value else { return nil }
        let trimmed = value.trimmingWhitespace()
        return trimmed.isEmpty ? nil : trimmed
    }
}

extension PDFDocument {
    /// The Info dictionary, or nil when there is none or its strings are encrypted beyond reach.
    public var info: PDFInfo? {
        guard canDecrypt, let dictionary = resolve(trailer["Info"] ?? .null).dictionary else { return nil }
        return PDFInfo(dictionary: dictionary, resolve: { self.resolve($0) })
    }

    /// The catalog's XMP metadata, or nil when absent, unreadable or encrypted beyond reach.
    public var xmp: XMPFacts? {
        guard let stream = resolve(catalog["Metadata"] ?? .null).stream else { return nil }
        do {
            let facts = try PDFXMP.read(try decodedData(of: stream))
            return facts.isEmpty ? nil : facts
        } catch let error as ExtractionFailure {
            report(error.problem.code, "xmp metadata: \(error.problem.message)")
        } catch let error as XMLError {
            report(.corrupt, "xmp metadata \(error.description)")
        } catch {}
        return nil
    }
}
