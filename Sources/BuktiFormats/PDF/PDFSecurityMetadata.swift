import BuktiCore

/// Writers get XMP metadata encryption wrong in both directions: Ghostscript 10.00 encrypts its metadata
/// stream twice, some writers leave it clear without saying /EncryptMetadata false, and that flag only
/// covers the document-level stream, not page or image XMP. So when a /Type /Metadata stream does not
/// come out looking like XMP, the other readings are tried and the first that does is kept.
extension PDFStandardDecryptor {
    /// `decrypted` when it looks like XMP, else the first alternative reading that does, else `decrypted`.
    func recoverMetadata(
        stored: [UInt8], decrypted: [UInt8], method: PDFCryptMethod, object: PDFReference,
        dictionary: PDFDictionary
    ) -> [UInt8] {
        // A stream that names its own crypt filter said exactly what it wants; nothing to second-guess.
        guard Self.cryptFilterName(dictionary) == nil, let looksRight = Self.xmpSniffer(dictionary),
              !looksRight(decrypted)
        else { return decrypted }
        let cipher = method == .identity ? parameters.streamMethod : method
        guard cipher != .identity else { return decrypted }
        let alternatives = [
            method == .identity ? decrypt(stored, cipher, object: object) : stored,
            decrypt(decrypted, cipher, object: object),
        ]
        return alternatives.first(where: looksRight) ?? decrypted
    }

    /// How to tell XMP from noise before filters run: unfiltered XMP starts with "<" (after a BOM or
    /// blanks); Flate data starts with a valid zlib header. Nil for other filters: no cheap test.
    static func xmpSniffer(_ dictionary: PDFDictionary) -> (([UInt8]) -> Bool)? {
        let filters: [PDFObject] =
            switch dictionary["Filter"] {
            case nil: []
            case .array(let items)?: items
            case let single?: [single]
            }
        switch filters {
        case []:
            return { bytes in
                let body = bytes.starts(with: [0xEF, 0xBB, 0xBF]) ? bytes.dropFirst(3) : bytes[...]
                guard let first = body.prefix(64).first(where: { ![0x20, 0x09, 0x0A, 0x0D].contains($0) }) else {
                    return false
                }
                return first == UInt8(ascii: "<") || first == 0xFE || first == 0xFF
            }
        case [.name("FlateDecode")], [.name("Fl")]:
            // RFC 1950: method 8 (deflate), window at most 32 KiB, CMF·256 + FLG divisible by 31.
            return { bytes in
                guard bytes.count >= 2 else { return false }
                let cmf = bytes[0], flg = bytes[1]
                return cmf & 0x0F == 8 && cmf >> 4 <= 7 && (Int(cmf) << 8 | Int(flg)) % 31 == 0
            }
        default:
            return nil
        }
    }
}
