import BuktiCore

extension PDFContentInterpreter {
    /// Do: an image counts as painted; a form's content is run in its own coordinate system.
    func paintXObject(_ name: String, resources: PDFDictionary?, depth: Int) throws(ExtractionFailure) {
        guard let entry = resources?["XObject"].map(resolver.resolve)?.dictionary?[name] else { return }
        guard let stream = resolver.resolve(entry).stream else { return }
        switch stream.dictionary["Subtype"].map(resolver.resolve)?.name {
        case "Image":
            paintedImage()
        case "Form":
            try runForm(stream, reference: entry.reference, name: name, resources: resources, depth: depth)
        default:
            break
        }
    }

    /// Counts an image painted now: it fills the unit square mapped by the current transformation.
    func paintedImage() {
        imagesPainted += 1
        let m = state.ctm
        let area = abs(m.a * m.d - m.b * m.c)
        if area.isFinite { largestImageArea = max(largestImageArea, area) }
    }

    /// Runs a Form XObject unless it is already running (a cycle) or nested too deeply.
    private func runForm(_ stream: PDFStream, reference: PDFReference?, name: String,
                         resources: PDFDictionary?, depth: Int) throws(ExtractionFailure) {
        if let reference, activeForms.contains(reference) {
            report(Problem(.corrupt, "form xobject \(reference) draws itself; the repeat was skipped"))
            return
        }
        guard depth + 1 < maxFormDepth else {
            report(Problem(.limitExceeded, "form xobjects nest more than \(maxFormDepth) deep; deeper ones were skipped"))
            return
        }
        let data: [UInt8]
        do {
            data = try resolver.decodedData(of: stream)
        } catch {
            report(Problem(error.problem.code, "form xobject \(name) cannot be decoded: \(error.problem.message)"))
            return
        }
        let formResources = stream.dictionary["Resources"].map(resolver.resolve)?.dictionary ?? resources
        let saved = (state, stack, unsavedDepth, textMatrix, lineMatrix)
        if let matrix = stream.dictionary["Matrix"].map(resolver.resolve)?.array,
            let m = PDFContentMatrix(matrix.compactMap(\.number))
        {
            state.ctm = m.concatenating(state.ctm)
        }
        stack = []
        unsavedDepth = 0
        if let reference { activeForms.insert(reference) }
        let markedDepth = markedContent.depth
        defer {
            // A form's marked content ends with the form, balanced or not.
            closeMarkedContent(downTo: markedDepth)
            if let reference { activeForms.remove(reference) }
            (state, stack, unsavedDepth, textMatrix, lineMatrix) = saved
        }
        try run(data, resources: formResources, depth: depth + 1)
    }

    /// After `ID`: skips an inline image's data. Unfiltered data has a known length, which is skipped
    /// exactly (binary data may contain "EI"); otherwise the data ends at the first `EI` between white space.
    func skipInlineImage(_ parser: inout PDFParser, dictionary operands: [PDFObject]) {
        paintedImage()
        var entries: [String: PDFObject] = [:]
        for pair in stride(from: 0, to: operands.count - 1, by: 2) {
            if let key = operands[pair].name { entries[key] = operands[pair + 1] }
        }
        let bytes = parser.lexer.bytes
        if let length = Self.inlineImageLength(entries) {
            let start = parser.position + 1
            var end = start + length
            while end < bytes.count, PDFCharacter.isWhitespace(bytes[end]) { end += 1 }
            if end + 1 < bytes.count, bytes[end] == UInt8(ascii: "E"), bytes[end + 1] == UInt8(ascii: "I"),
                end + 2 == bytes.count || !PDFCharacter.isRegular(bytes[end + 2])
            {
                parser.seek(to: end + 2)
                return
            }
        }
        _ = parser.readInlineImageData(maxBytes: 0)
    }

    /// Abbreviated inline-image colour spaces and their component counts.
    static let inlineComponents: [String: Int] = [
        "G": 1, "DeviceGray": 1, "RGB": 3, "DeviceRGB": 3, "CMYK": 4, "DeviceCMYK": 4, "I": 1, "Indexed": 1,
    ]

    /// The byte length of an unfiltered inline image, or nil when filtered or not computable.
    static func inlineImageLength(_ entries: [String: PDFObject]) -> Int? {
        guard (entries["F"] ?? entries["Filter"]) == nil,
            let width = (entries["W"] ?? entries["Width"])?.integer,
            let height = (entries["H"] ?? entries["Height"])?.integer,
            (1...100_000).contains(width), (1...100_000).contains(height)
        else { return nil }
        let mask = (entries["IM"] ?? entries["ImageMask"])?.bool == true
        let bits = mask ? 1 : (entries["BPC"] ?? entries["BitsPerComponent"])?.integer ?? 8
        let space = entries["CS"] ?? entries["ColorSpace"]
        let components = mask ? 1 : space?.name.flatMap { inlineComponents[$0] } ?? (space?.array != nil ? 1 : nil)
        guard let components, (1...16).contains(bits) else { return nil }
        return (width * components * bits + 7) / 8 * height
    }
}
