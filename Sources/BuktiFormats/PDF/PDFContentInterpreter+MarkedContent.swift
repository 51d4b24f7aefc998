import BuktiCore

extension PDFContentInterpreter {
    /// BMC (no properties) and BDC: opens a marked-content sequence. A BDC property list, inline or
    /// named in the resources' /Properties, with an /ActualText string replaces the glyphs painted
    /// until the matching EMC.
    func beginMarkedContent(_ operands: [PDFObject], resources: PDFDictionary?, hasProperties: Bool) {
        var actualText: String?
        if hasProperties, operands.count >= 2, let properties = propertyList(operands[operands.count - 1], resources: resources) {
            actualText = properties["ActualText"].map(resolver.resolve).flatMap(PDFString.text)
        }
        markedContent.begin(actualText: actualText)
    }

    /// EMC: closes the innermost sequence; its replacement text, if any, takes the glyphs' place.
    func endMarkedContent() {
        place(markedContent.end())
    }

    /// Closes the sequences a form or page left open, down to `depth`, so that their replacement
    /// text is not lost and does not swallow what follows.
    func closeMarkedContent(downTo depth: Int) {
        place(markedContent.close(downTo: depth))
    }

    /// Adds replacement text where the glyphs it replaces were painted.
    private func place(_ replacement: PDFMarkedContent.Replacement?) {
        guard let replacement, let start = replacement.start else { return }
        builder.add(replacement.text, start: start, end: replacement.end, direction: replacement.direction, size: replacement.size)
    }

    /// A BDC operand as a dictionary: inline, or the name of an entry in /Properties.
    private func propertyList(_ operand: PDFObject, resources: PDFDictionary?) -> PDFDictionary? {
        if let inline = operand.dictionary { return inline }
        guard let name = operand.name,
            let named = resources?["Properties"].map(resolver.resolve)?.dictionary?[name]
        else { return nil }
        return resolver.resolve(named).dictionary
    }
}
