import BuktiCore

/// What bukti reads of a PowerPoint 97–2003 file beyond its summary: whether it is encrypted,
/// and its slide text.
enum PowerPointReader {
    static let currentUserStream = "Current User"
    /// CurrentUserAtom.headerToken ([MS-PPT] 2.3.2) of a file encrypted with a password.
    static let encryptedToken: UInt32 = 0xF3D1_C4DF
    static let tokenOffset = 12
    static let encryptedMessage = "password-protected PowerPoint presentation"

    /// True when the Current User atom says the presentation is encrypted; nil when unreadable.
    static func isEncrypted(_ file: CompoundFile) -> Bool? {
        guard let entry = file.stream(currentUserStream),
              let head = try? file.read(entry, upTo: tokenOffset + 4),
              let token = OLE2Bytes(head).u32(tokenOffset)
        else { return nil }
        return token == encryptedToken
    }

    /// Fills the slide text; throws `password-required` for an encrypted presentation (its
    /// summary may still have been read).
    static func read(_ file: CompoundFile, into facts: inout FileFacts, options: ExtractionOptions) throws(ExtractionFailure) {
        if isEncrypted(file) == true {
            facts.encrypted = true
            throw ExtractionFailure(.passwordRequired, encryptedMessage)
        }
        guard let stream = try file.readStream(PowerPointText.streamName) else { return }
        var text = PowerPointText(limit: options.textCharacters, maxDepth: options.maxNestingDepth)
        try text.read(stream, options: options)
        if !text.text.isEmpty { facts.text = text.text }
    }
}
