/// The keyword and text of a PNG tEXt, zTXt or iTXt chunk (PNG 1.2 section 4.2.3).
struct PNGTextChunk: Equatable {
    var keyword: String
    var text: String

    /// Decodes the chunk body; compressed text is inflated up to `limit` bytes. Nil when malformed.
    static func decode(type: String, _ data: [UInt8], limit: Int) -> PNGTextChunk? {
        guard let nul = data.firstIndex(of: 0), nul > 0 else { return nil }
        let keyword = EXIFText.latin1(Array(data[..<nul]))
        let rest = Array(data[(nul + 1)...])
        switch type {
        case "tEXt":
            return PNGTextChunk(keyword: keyword, text: EXIFText.latin1(rest))
        case "zTXt":
            // One compression-method byte (0 = zlib), then the stream.
            guard rest.first == 0, let text = PNGInflater.inflate(Array(rest.dropFirst()), limit: limit) else { return nil }
            return PNGTextChunk(keyword: keyword, text: EXIFText.latin1(text))
        case "iTXt":
            // Compression flag, method, language tag\0, translated keyword\0, then UTF-8 text.
            guard rest.count >= 2 else { return nil }
            let compressed = rest[0] == 1
            var fields = rest[2...]
            for _ in 0..<2 {
                guard let end = fields.firstIndex(of: 0) else { return nil }
                fields = fields[(end + 1)...]
            }
            let body = compressed ? PNGInflater.inflate(Array(fields), limit: limit) : Array(fields)
            guard let body else { return nil }
            return PNGTextChunk(keyword: keyword, text: String(decoding: body, as: UTF8.self))
        default:
            return nil
        }
    }
}
