import BuktiCore

/// The standard stream filters (ISO 32000-1 §7.4), by the names files use, abbreviations included.
enum PDFFilter: Sendable, Equatable {
    case flate, lzw, asciiHex, ascii85, runLength, crypt
    /// An image codec: recognised, left encoded (its data is the image file itself).
    case image(String)

    /// Filter names, full and abbreviated (inline images use the abbreviations).
    static let byName: [String: PDFFilter] = [
        "FlateDecode": .flate, "Fl": .flate,
        "LZWDecode": .lzw, "LZW": .lzw,
        "ASCIIHexDecode": .asciiHex, "AHx": .asciiHex,
        "ASCII85Decode": .ascii85, "A85": .ascii85,
        "RunLengthDecode": .runLength, "RL": .runLength,
        "Crypt": .crypt,
        "DCTDecode": .image("DCTDecode"), "DCT": .image("DCTDecode"),
        "JPXDecode": .image("JPXDecode"),
        "CCITTFaxDecode": .image("CCITTFaxDecode"), "CCF": .image("CCITTFaxDecode"),
        "JBIG2Decode": .image("JBIG2Decode"),
    ]
}

/// Applies a stream's /Filter chain with its /DecodeParms.
enum PDFFilters {
    /// The filter names of a stream dictionary (a name or an array of names), in order.
    static func names(of dictionary: PDFDictionary) -> [String] {
        switch dictionary["Filter"] ?? dictionary["F"] {
        case .name(let n)?: [n]
        case .array(let items)?: items.compactMap(\.name)
        default: []
        }
    }

    /// The image codec that the chain ends in, if any (its output would be the encoded image).
    static func imageFilter(of dictionary: PDFDictionary) -> String? {
        for name in names(of: dictionary) { if case .image(let n)? = PDFFilter.byName[name] { return n } }
        return nil
    }

    /// `data` decoded through every filter of `dictionary` up to the first image codec; every stage's
    /// output is capped at `limit` bytes. `resolve` follows references inside /DecodeParms.
    static func decode(_ data: [UInt8], dictionary: PDFDictionary, limit: Int,
                       resolve: (PDFObject) -> PDFObject = { $0 }) throws(ExtractionFailure) -> [UInt8] {
        let filterObject = resolve(dictionary["Filter"] ?? dictionary["F"] ?? .null)
        var names: [String] = []
        switch filterObject {
        case .name(let n): names = [n]
        case .array(let items): names = items.map { resolve($0) }.compactMap(\.name)
        default: break
        }
        let parmsObject = resolve(dictionary["DecodeParms"] ?? dictionary["DP"] ?? .null)
        var out = data
        for (index, name) in names.enumerated() {
            let parms: PDFDictionary?
            if case .array(let items) = parmsObject {
                parms = index < items.count ? resolve(items[index]).dictionary : nil
            } else {
                parms = index == 0 || names.count == 1 ? parmsObject.dictionary : nil
            }
            guard let filter = PDFFilter.byName[name] else {
                throw ExtractionFailure(.unsupported, "stream filter /\(name) is not supported")
            }
            switch filter {
            case .flate:
                out = try PDFPredictor.apply(try PDFFlate.inflate(out, limit: limit), parms: parms, limit: limit)
            case .lzw:
                let early = parms?["EarlyChange"]?.integer ?? 1
                out = try PDFPredictor.apply(try PDFLZW.decode(out, earlyChange: early != 0, limit: limit),
                                             parms: parms, limit: limit)
            case .asciiHex: out = PDFASCIIHex.decode(out)
            case .ascii85: out = PDFASCII85.decode(out)
            case .runLength: out = try PDFRunLength.decode(out, limit: limit)
            case .crypt: break  // applied by the security handler with the rest of decryption
            case .image: return out
            }
            if out.count > limit { throw PDFFlate.tooLarge(limit) }
        }
        return out
    }
}
