import BuktiCore

/// The text of a PowerPoint deck: slides in presentation order (p:sldIdLst), each slide's
/// DrawingML paragraphs as lines and table cells as tabs, slides separated by a blank line.
enum PPTXText {
    static func read(_ package: OOXMLPackage, mainPart: String, into facts: inout FileFacts) throws(ExtractionFailure) {
        let presentation = try package.document(mainPart)
        let relations = try package.relations(of: mainPart)
        let partsByID = Dictionary(relations.map { ($0.id, $0.part) }, uniquingKeysWith: { first, _ in first })
        var text = OfficeText(limit: package.options.textCharacters)
        for id in slideIDs(presentation) {
            guard !text.isFull else { break }
            guard let found = partsByID[id], let part = found, package.contains(part) else {
                facts.add(.corrupt, "slide \(id) is listed in \(mainPart) but its part is missing")
                continue
            }
            var walker = DrawingTextWalker()
            try PartWalker.walk(part, in: package.archive, options: package.options, text: &text, problems: &facts.problems) {
                walker.handle($0, $1, &$2)
            }
            text.endLine()
            text.append("\n")
        }
        facts.text = text.result
    }

    /// The relationship ids of p:sldIdLst, in slide order.
    static func slideIDs(_ presentation: XMLDocument) -> [String] {
        guard let list = presentation.root?.children.first(where: { $0.name.local == "sldIdLst" }) else { return [] }
        return list.children.filter { $0.name.local == "sldId" }.compactMap { slide in
            OOXMLNamespace.relationships.lazy.compactMap { slide.attribute("id", namespace: $0) }.first
        }
    }
}

/// Turns DrawingML text (a:t in a:p, a:br, table a:tc/a:tr) into lines.
struct DrawingTextWalker {
    private var inText = 0

    mutating func handle(_ event: XMLEvent, _ reader: XMLStreamReader, _ text: inout OfficeText) {
        switch event {
        case .start(let name) where OOXMLNamespace.drawing.contains(name.namespace):
            if name.local == "t" { inText += 1 }
            if name.local == "br" { text.append("\n") }
            if name.local == "tc" { text.beginCell() }
        case .end(let name) where OOXMLNamespace.drawing.contains(name.namespace):
            switch name.local {
            case "t": inText = max(0, inText - 1)
            case "p": text.endLine()
            case "tc": text.endCell()
            case "tr": text.endRow()
            default: break
            }
        case .text(let value) where inText > 0:
            text.append(value)
        default: break
        }
    }
}
