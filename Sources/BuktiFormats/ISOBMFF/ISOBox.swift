/// One box of an ISO base media file (MP4, MOV, HEIC, AVIF): where it is and what it holds; its
/// content is read separately, and only for the small boxes a reader needs.
struct ISOBox: Equatable, Sendable {
    /// The four-character type ("moov", "mvhd", "meta").
    let type: String
    /// The type as a number: item list entries ("ilst" children) are key indexes, not characters.
    let code: UInt32
    /// Offset of the box header in the file.
    let offset: Int
    /// Header length: 8, 16 with a 64-bit size, plus 16 for a "uuid" extended type.
    let headerSize: Int
    /// Total length including the header (already clamped to its parent when the box claimed more).
    let size: Int

    /// Where the content starts.
    var contentStart: Int { offset + headerSize }
    /// Where the box ends.
    var end: Int { offset + size }
    /// The content's file range.
    var content: Range<Int> { contentStart..<end }
    /// The content length.
    var contentSize: Int { size - headerSize }
}
