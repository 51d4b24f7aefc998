import BuktiCore

/// Builds a `PDFFont` from a font dictionary, following references through the document's resolver.
struct PDFFontLoader {
    let resolver: any PDFObjectResolver
    let options: ExtractionOptions

    /// The most CIDs a /W array may give widths for; real fonts have at most 65,536 glyphs.
    static let maxWidthEntries = 65_536

    /// The font for `dictionary` (resource name `resourceName`); problems met go into `problems`.
    func load(_ dictionary: PDFDictionary, resourceName: String, problems: inout [Problem]) -> PDFFont {
        var font = PDFFont()
        let subtype = value(dictionary, "Subtype").name ?? ""
        let baseFont = value(dictionary, "BaseFont").name ?? ""
        font.name = baseFont.isEmpty ? resourceName : baseFont
        font.toUnicode = toUnicode(dictionary, font: font.name, problems: &problems)
        if subtype == "Type0" {
            loadComposite(dictionary, into: &font, problems: &problems)
        } else {
            loadSimple(dictionary, subtype: subtype, into: &font, problems: &problems)
        }
        return font
    }

    /// /ToUnicode parsed, or nil when absent or unreadable.
    private func toUnicode(_ dictionary: PDFDictionary, font: String, problems: inout [Problem]) -> PDFCMap? {
        guard let stream = value(dictionary, "ToUnicode").stream else { return nil }
        do {
            let cmap = PDFCMapParser.parse(try resolver.decodedData(of: stream), options: options)
            return cmap.isEmptyTextMap ? nil : cmap
        } catch {
            problems.append(Problem(error.problem.code, "tounicode map of font \(font) cannot be decoded: \(error.problem.message)"))
            return nil
        }
    }

    /// Type 0: the code split from /Encoding, widths from the descendant CIDFont.
    private func loadComposite(_ dictionary: PDFDictionary, into font: inout PDFFont, problems: inout [Problem]) {
        font.split = .twoBytes
        let encoding = value(dictionary, "Encoding")
        if let name = encoding.name {
            font.isVertical = name.hasSuffix("-V")
            font.codeIsUnicode = name.contains("UCS2") || name.contains("UTF16")
            if !name.hasPrefix("Identity"), !font.codeIsUnicode, font.toUnicode == nil {
                problems.append(Problem(.unsupported, "font \(font.name) uses the predefined cmap \(name), which bukti cannot map to text"))
            }
        } else if let stream = encoding.stream {
            do {
                let cmap = PDFCMapParser.parse(try resolver.decodedData(of: stream), options: options)
                font.split = .cmap(cmap)
                font.cidMap = cmap
                font.isVertical = value(stream.dictionary, "WMode").integer == 1
            } catch {
                problems.append(Problem(error.problem.code, "encoding cmap of font \(font.name) cannot be decoded: \(error.problem.message)"))
            }
        }
        if font.toUnicode == nil, !font.codeIsUnicode {
            problems.append(Problem(.unsupported, "font \(font.name) has no tounicode map; its text cannot be read"))
        }
        guard let descendant = value(dictionary, "DescendantFonts").array?.first.map(resolver.resolve)?.dictionary
        else { return }
        if let dw = value(descendant, "DW").number { font.defaultWidth = dw }
        font.cidWidths = cidWidths(value(descendant, "W").array ?? [])
    }

    /// /W: `c [w1 w2 ...]` and `cfirst clast w` entries.
    func cidWidths(_ items: [PDFObject]) -> [UInt32: Double] {
        var widths: [UInt32: Double] = [:]
        var i = 0
        while i < items.count, widths.count < Self.maxWidthEntries {
            guard let first = items[i].integer, first >= 0, first <= 0xFFFF_FFFF else { i += 1; continue }
            let next = i + 1 < items.count ? resolver.resolve(items[i + 1]) : .null
            if let list = next.array {
                for (k, w) in list.prefix(Self.maxWidthEntries).enumerated() {
                    if let w = resolver.resolve(w).number { widths[UInt32(truncatingIfNeeded: first + k)] = w }
                }
                i += 2
            } else if let last = next.integer, i + 2 < items.count, let w = resolver.resolve(items[i + 2]).number {
                if last >= first {
                    for cid in first...min(last, first + Self.maxWidthEntries - widths.count) {
                        widths[UInt32(truncatingIfNeeded: cid)] = w
                    }
                }
                i += 3
            } else {
                i += 1
            }
        }
        return widths
    }

    /// Type 1, TrueType, Type 3: one-byte codes, /Encoding and /Widths.
    private func loadSimple(_ dictionary: PDFDictionary, subtype: String, into font: inout PDFFont, problems: inout [Problem]) {
        let descriptor = value(dictionary, "FontDescriptor").dictionary
        font.firstChar = max(0, min(255, value(dictionary, "FirstChar").integer ?? 0))
        font.widths = (value(dictionary, "Widths").array ?? []).prefix(256).map { resolver.resolve($0).number ?? 0 }
        if let descriptor, let missing = value(descriptor, "MissingWidth").number, missing > 0 {
            font.missingWidth = missing
        }
        if subtype == "Type3", let matrix = value(dictionary, "FontMatrix").array?.compactMap(\.number), matrix.count == 6 {
            font.glyphScale = abs(matrix[0]) > 0 ? abs(matrix[0]) : 0.001
            // Type 3 glyph space has no fixed em; take twice the typical advance as the em height.
            let advances = font.widths.filter { $0 > 0 }.sorted()
            let typical = advances.isEmpty ? 500 : advances[advances.count / 2]
            font.emHeight = min(100, max(0.01, 2 * typical * font.glyphScale))
            font.missingWidth = typical
        }
        let flags = descriptor.flatMap { value($0, "Flags").integer } ?? 0
        let symbolic = flags & 4 != 0
        let encodingObject = value(dictionary, "Encoding")
        var baseName = encodingObject.name
        if let dict = encodingObject.dictionary { baseName = value(dict, "BaseEncoding").name }
        var table: PDFEncoding
        if let baseName, let named = PDFEncoding.named[baseName] {
            table = PDFEncoding(table: named)
        } else if baseName == nil, let builtin = builtinEncoding(descriptor) {
            // No /Encoding, or /Differences without /BaseEncoding: the font program's own encoding.
            table = builtin
        } else {
            if let baseName {
                problems.append(Problem(.unsupported, "font \(font.name) names unknown encoding \(baseName); standard encoding assumed"))
            }
            table = defaultEncoding(baseFont: font.name, subtype: subtype, symbolic: symbolic)
        }
        if let dict = encodingObject.dictionary, let differences = value(dict, "Differences").array {
            table.apply(differences: differences)
        }
        if table.unmappedNames > 0, font.toUnicode == nil {
            problems.append(Problem(.unsupported, "font \(font.name) names \(table.unmappedNames) glyphs that stand for no known character"))
        }
        font.encoding = table
        if font.widths.isEmpty, subtype != "Type3", let standard = PDFFontStandardWidths.widths(baseFont: font.name, encoding: table) {
            font.firstChar = 0
            font.widths = standard
        }
    }

    /// The built-in encoding of an embedded Type 1 program (/FontFile), if it has its own.
    private func builtinEncoding(_ descriptor: PDFDictionary?) -> PDFEncoding? {
        guard let descriptor, let program = value(descriptor, "FontFile").stream,
            let data = try? resolver.decodedData(of: program)
        else { return nil }
        return PDFFontBuiltinEncoding.parse(data, options: options)
    }

    /// The encoding a simple font has when its dictionary names none (ISO 32000-1 §9.6.6).
    private func defaultEncoding(baseFont: String, subtype: String, symbolic: Bool) -> PDFEncoding {
        let plain = baseFont.split(separator: "+", maxSplits: 1).last.map(String.init) ?? baseFont
        if plain.hasPrefix("Symbol") { return PDFEncoding(table: PDFEncodingTables.symbol) }
        if subtype == "TrueType" {
            // Symbolic TrueType fonts address their (3,0) cmap by the code itself.
            return symbolic ? .latin1 : PDFEncoding(table: PDFEncodingTables.winAnsi)
        }
        return PDFEncoding(table: PDFEncodingTables.standard)
    }

    /// `dictionary[key]` with references followed.
    private func value(_ dictionary: PDFDictionary, _ key: String) -> PDFObject {
        dictionary[key].map(resolver.resolve) ?? .null
    }
}
