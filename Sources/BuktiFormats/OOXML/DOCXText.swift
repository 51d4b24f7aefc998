import BuktiCore

/// The text of a Word document in reading order: headers (where kop surat and SK numbers sit),
/// then the body (paragraphs and tables), then footers.
enum DOCXText {
    static func read(_ package: OOXMLPackage, mainPart: String, into facts: inout FileFacts) throws(ExtractionFailure) {
        let relations = try package.relations(of: mainPart)
        let headers = relations.filter { $0.kind == OOXMLRelationship.header }.compactMap(\.part)
        let footers = relations.filter { $0.kind == OOXMLRelationship.footer }.compactMap(\.part)
        var text = OfficeText(limit: package.options.textCharacters)
        // Word keeps up to three variants (first page, even, default) that often say the same thing.
        var seen: Set<String> = []
        for part in headers { try readPart(part, package, &text, &facts.problems, seen: &seen, dedupe: true) }
        try readPart(mainPart, package, &text, &facts.problems, seen: &seen, dedupe: false)
        for part in footers { try readPart(part, package, &text, &facts.problems, seen: &seen, dedupe: true) }
        facts.text = text.result
    }

    /// Appends one part's text; with `dedupe`, a part whose text was already seen is left out.
    private static func readPart(
        _ part: String, _ package: OOXMLPackage, _ text: inout OfficeText, _ problems: inout [Problem],
        seen: inout Set<String>, dedupe: Bool
    ) throws(ExtractionFailure) {
        guard package.contains(part), !text.isFull else { return }
        var partText = OfficeText(limit: text.limit - text.count)
        var walker = DOCXTextWalker()
        try PartWalker.walk(part, in: package.archive, options: package.options, text: &partText, problems: &problems) {
            walker.handle($0, $1, &$2)
        }
        guard let result = partText.result, !dedupe || seen.insert(result).inserted else { return }
        text.append(result)
        text.endLine()
    }
}

/// Turns WordprocessingML events into text: w:t runs, tabs and breaks inside runs, symbols,
/// paragraphs as lines, table cells as tabs and rows as lines. Field results (w:t between
/// fldChar separate and end, or inside w:fldSimple) are ordinary runs; field codes (w:instrText)
/// and deleted text (w:delText) are not w:t and so are left out.
struct DOCXTextWalker {
    /// Run content elements and the text they stand for.
    private static let runSeparators: [String: String] = [
        "tab": "\t", "ptab": "\t", "br": "\n", "cr": "\n", "noBreakHyphen": "-",
    ]

    private var inText = 0
    private var inRun = 0
    /// Inside mc:Fallback, which repeats the text of the mc:Choice beside it (text boxes).
    private var inFallback = 0

    mutating func handle(_ event: XMLEvent, _ reader: XMLStreamReader, _ text: inout OfficeText) {
        switch event {
        case .start(let name):
            if name.namespace == OOXMLNamespace.markupCompatibility && name.local == "Fallback" { inFallback += 1 }
            guard inFallback == 0, OOXMLNamespace.wordprocessing.contains(name.namespace) else { return }
            switch name.local {
            case "t": inText += 1
            case "r": inRun += 1
            case "tc": text.beginCell()
            case "sym" where inRun > 0: text.append(Self.symbol(reader.attribute("char", namespace: name.namespace)))
            case let local where inRun > 0: if let piece = Self.runSeparators[local] { text.append(piece) }
            default: break
            }
        case .end(let name):
            if name.namespace == OOXMLNamespace.markupCompatibility && name.local == "Fallback" {
                inFallback = max(0, inFallback - 1)
            }
            guard inFallback == 0, OOXMLNamespace.wordprocessing.contains(name.namespace) else { return }
            switch name.local {
            case "t": inText = max(0, inText - 1)
            case "r": inRun = max(0, inRun - 1)
            case "p": text.endLine()
            case "tc": text.endCell()
            case "tr": text.endRow()
            default: break
            }
        case .text(let value):
            if inText > 0 && inFallback == 0 { text.append(value) }
        }
    }

    /// w:sym's character (hex); symbol-font codes in the private-use area name glyphs, not text.
    private static func symbol(_ hex: String?) -> String {
        guard let hex, let code = UInt32(hex, radix: 16), !(0xE000...0xF8FF).contains(code),
            let scalar = Unicode.Scalar(code)
        else { return "" }
        return String(Character(scalar))
    }
}
