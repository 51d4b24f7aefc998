import BuktiCore

/// An object stream (ISO 32000-1 §7.5.7): /N pairs of `number offset`, then the objects from /First on.
struct PDFObjectStream: Sendable {
    /// The object number of the stream itself.
    let number: Int
    let data: [UInt8]
    let first: Int
    /// Object number and offset (relative to /First) of each object, in order.
    let index: [(number: Int, offset: Int)]

    /// Reads the header of a decoded object stream; a short or damaged header keeps the pairs read.
    init(number: Int, dictionary: PDFDictionary, data: [UInt8]) throws(ExtractionFailure) {
        guard let count = dictionary["N"]?.integer, count >= 0,
            let first = dictionary["First"]?.integer, first >= 0, first <= data.count
        else { throw ExtractionFailure(.corrupt, "object stream \(number) has no valid /N and /First") }
        self.number = number
        self.data = data
        self.first = first
        var parser = PDFParser(bytes: Array(data[0..<first]))
        var pairs: [(Int, Int)] = []
        // Each pair takes at least 4 bytes, so the header itself bounds the loop.
        while pairs.count < count {
            guard case .integer(let n) = parser.nextToken(), case .integer(let o) = parser.nextToken(), n >= 0, o >= 0
            else { break }
            pairs.append((n, o))
        }
        index = pairs
    }

    /// The object at position `position`, or (when that slot holds another number) the object numbered
    /// `number` wherever it is in the stream.
    func object(at position: Int, number: Int, options: ExtractionOptions) -> PDFObject? {
        var slot = position
        if slot < 0 || slot >= index.count || index[slot].number != number {
            guard let found = index.firstIndex(where: { $0.number == number }) else { return nil }
            slot = found
        }
        let start = first + index[slot].offset
        guard start < data.count else { return nil }
        var parser = PDFParser(bytes: data, position: start, options: options)
        return try? parser.parseObject()
    }
}
