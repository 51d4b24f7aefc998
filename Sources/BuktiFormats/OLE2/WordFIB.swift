import BuktiCore

/// The parts of a Word 97–2003 File Information Block ([MS-DOC] 2.5.1) that metadata and text
/// extraction need: encryption flags, which table stream holds the piece table, and where.
struct WordFIB: Sendable {
    static let identifier: UInt16 = 0xA5EC
    /// Word 97 and later write nFib 0x00C1 (some betas 0x00C0); Word 6/95 files are older and laid out differently.
    static let firstWord97Version: UInt16 = 0x00C0
    static let encryptedFlag: UInt16 = 0x0100
    static let whichTableFlag: UInt16 = 0x0200
    /// Indexes of FibRgFcLcb97 (fc, lcb) pairs.
    static let paragraphPropertiesIndex = 13
    static let dopIndex = 31
    static let clxIndex = 33

    let version: UInt16
    /// fEncrypted: the document is encrypted (RC4 or XOR obfuscation); its text cannot be read.
    let isEncrypted: Bool
    /// "0Table" or "1Table".
    let tableStreamName: String
    /// Characters in the main document (the first text in CP order).
    let mainTextLength: Int
    let clx: (offset: Int, length: Int)
    let dop: (offset: Int, length: Int)
    /// PlcBtePapx: where the paragraph property pages are listed.
    let paragraphProperties: (offset: Int, length: Int)

    /// Reads the FIB at the start of the WordDocument stream.
    init(_ bytes: [UInt8]) throws(ExtractionFailure) {
        let raw = OLE2Bytes(bytes)
        guard raw.u16(0) == Self.identifier, let version = raw.u16(2), let flags = raw.u16(0x0A) else {
            throw ExtractionFailure(.corrupt, "WordDocument stream does not start with a Word file information block")
        }
        self.version = version
        isEncrypted = flags & Self.encryptedFlag != 0
        tableStreamName = flags & Self.whichTableFlag != 0 ? "1Table" : "0Table"
        if isEncrypted {
            mainTextLength = 0
            clx = (0, 0)
            dop = (0, 0)
            paragraphProperties = (0, 0)
            return
        }
        guard version >= Self.firstWord97Version else {
            throw ExtractionFailure(.unsupported, "Word 6/95 document (nFib \(version)) text is not read")
        }
        // FibBase (32 bytes), then three counted arrays: fibRgW (u16s), fibRgLw (u32s), fibRgFcLcb (u32 pairs).
        guard let shortCount = raw.u16(32).map(Int.init) else {
            throw ExtractionFailure(.truncated, "Word file information block is cut short")
        }
        let longsAt = 34 + shortCount * 2
        guard let longCount = raw.u16(longsAt).map(Int.init), longCount >= 4,
              let ccpText = raw.u32(longsAt + 2 + 3 * 4)
        else {
            throw ExtractionFailure(.corrupt, "Word file information block lacks the text length (ccpText)")
        }
        let pairsAt = longsAt + 2 + longCount * 4
        guard let pairCount = raw.u16(pairsAt).map(Int.init), pairCount > Self.clxIndex else {
            throw ExtractionFailure(.corrupt, "Word file information block lacks the piece table location")
        }
        func pair(_ index: Int) -> (Int, Int) {
            let at = pairsAt + 2 + index * 8
            return (Int(raw.u32(at) ?? 0), Int(raw.u32(at + 4) ?? 0))
        }
        mainTextLength = Int(Int32(bitPattern: ccpText)).clamped(to: 0...Int(Int32.max))
        clx = pair(Self.clxIndex)
        dop = pair(Self.dopIndex)
        paragraphProperties = pair(Self.paragraphPropertiesIndex)
    }
}

extension Comparable {
    /// The value limited to `range`.
    func clamped(to range: ClosedRange<Self>) -> Self { min(max(self, range.lowerBound), range.upperBound) }
}
