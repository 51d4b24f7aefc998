import BuktiCore

extension PDFContentInterpreter {
    /// Tj: paints each glyph of `bytes` with the current font and advances the text matrix.
    func show(_ bytes: [UInt8]) {
        guard let font = state.font else {
            report(Problem(.corrupt, "text is shown before any font is selected"))
            return
        }
        let size = state.fontSize
        let scale = state.horizontalScaling
        for glyph in font.glyphs(in: bytes) {
            let start = origin()
            let rendering = renderingMatrix()
            let direction: PDFTextPoint
            let height: Double
            if font.isVertical {
                direction = PDFTextPoint(x: -rendering.c, y: -rendering.d).unit
                height = PDFTextPoint(x: rendering.a, y: rendering.b).length
            } else {
                direction = PDFTextPoint(x: rendering.a, y: rendering.b).unit
                height = PDFTextPoint(x: rendering.c, y: rendering.d).length * font.emHeight
            }
            let spacing = state.characterSpacing + (glyph.isWordSpace ? state.wordSpacing : 0)
            if font.isVertical {
                textMatrix = PDFContentMatrix.translation(0, -size + spacing).concatenating(textMatrix)
            } else {
                textMatrix = PDFContentMatrix.translation((glyph.advance * size + spacing) * scale, 0)
                    .concatenating(textMatrix)
            }
            if markedContent.isReplacing {
                markedContent.cover(start: start, end: origin(), direction: direction, size: height)
            } else {
                builder.add(glyph.text, start: start, end: origin(), direction: direction, size: height)
            }
            if builder.isFull { return }
        }
    }

    /// A number in a TJ array: moves the next glyph back by n/1000 of the font size.
    func adjust(_ n: Double) {
        let shift = -n / 1000 * state.fontSize
        if state.font?.isVertical == true {
            textMatrix = PDFContentMatrix.translation(0, shift).concatenating(textMatrix)
        } else {
            textMatrix = PDFContentMatrix.translation(shift * state.horizontalScaling, 0).concatenating(textMatrix)
        }
    }

    /// Where the next glyph's origin lies in device space.
    private func origin() -> PDFTextPoint {
        textMatrix.concatenating(state.ctm).apply(0, state.rise)
    }

    /// The text rendering matrix without its translation's rise: font size and scaling × Tm × CTM.
    private func renderingMatrix() -> PDFContentMatrix {
        PDFContentMatrix(a: state.fontSize * state.horizontalScaling, d: state.fontSize)
            .concatenating(textMatrix).concatenating(state.ctm)
    }

    /// The font resource `name`, loaded once per indirect font object.
    func font(named name: String, resources: PDFDictionary?, cache: inout [String: PDFFont]) -> PDFFont? {
        if let cached = cache[name] { return cached }
        let fonts = resources?["Font"].map(resolver.resolve)?.dictionary
        guard let entry = fonts?[name] else {
            report(Problem(.corrupt, "font \(name) is used but missing from the page resources"))
            return nil
        }
        let reference = entry.reference
        if let reference, let loaded = fontCache[reference] {
            cache[name] = loaded
            return loaded
        }
        guard let dictionary = resolver.resolve(entry).dictionary else {
            report(Problem(.corrupt, "font \(name) is not a dictionary"))
            return nil
        }
        var found: [Problem] = []
        let font = PDFFontLoader(resolver: resolver, options: options).load(dictionary, resourceName: name, problems: &found)
        found.forEach(report)
        if let reference { fontCache[reference] = font }
        cache[name] = font
        return font
    }
}
