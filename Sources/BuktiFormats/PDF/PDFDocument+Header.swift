/// The `%PDF-x.y` header and the linearization dictionary at the start of a file.
enum PDFHeader {
    static let marker = Array("%PDF-".utf8)

    /// The version after the first `%PDF-` in `head` (the first 1024 bytes), e.g. "1.7".
    static func version(in head: [UInt8]) -> String? {
        guard let at = offset(in: head) else { return nil }
        var end = at + marker.count
        while end < head.count, PDFCharacter.isDigit(head[end]) || head[end] == 0x2E, end - at < 12 { end += 1 }
        let text = String(decoding: head[(at + marker.count)..<end], as: UTF8.self)
        return isVersion(text) ? text : nil
    }

    /// Where `%PDF-` starts in `head`.
    static func offset(in head: [UInt8]) -> Int? {
        var i = 0
        while i + marker.count <= head.count {
            if head[i] == 0x25, PDFStreamBounds.matches(marker, in: head, at: i) { return i }
            i += 1
        }
        return nil
    }

    /// True for `digits.digits`.
    static func isVersion(_ text: String) -> Bool {
        let parts = text.split(separator: ".", omittingEmptySubsequences: false)
        return parts.count == 2 && parts.allSatisfy { !$0.isEmpty && $0.allSatisfy(\.isNumber) }
    }

    /// Compares two `major.minor` versions numerically.
    static func compare(_ a: String, _ b: String) -> Int {
        let x = a.split(separator: ".").map { Int($0) ?? 0 }
        let y = b.split(separator: ".").map { Int($0) ?? 0 }
        for i in 0..<2 {
            let l = i < x.count ? x[i] : 0
            let r = i < y.count ? y[i] : 0
            if l != r { return l < r ? -1 : 1 }
        }
        return 0
    }

    /// True when the first object after the header is a linearization dictionary whose /L equals the
    /// file length (poppler's test: an update appended since then un-linearizes the file).
    static func isLinearized(_ file: PDFFile) -> Bool {
        guard let at = offset(in: file.read(0, 1024)),
            let first = try? file.indirectObject(at: at, resolveLength: { _ in nil }),
            let dictionary = first.object.dictionary, dictionary["Linearized"] != nil
        else { return false }
        return dictionary["L"]?.integer == file.source.size
    }
}
