import BuktiCore

extension PDFDecryptor {
    /// `object`, the body of indirect object `owner`, with every string inside it decrypted (also those
    /// in a stream's dictionary; stream data is left to `decryptStream`). Nesting deeper than `maxDepth`
    /// is returned as stored, so a hostile file cannot recurse without bound.
    ///
    /// Not for objects that are never encrypted: the /Encrypt dictionary, the trailer and XRef stream
    /// dictionaries, and objects read out of an object stream (the stream as a whole was decrypted).
    public func decryptStrings(in object: PDFObject, owner: PDFReference, maxDepth: Int = 64) -> PDFObject {
        guard maxDepth > 0 else { return object }
        switch object {
        case .string(let bytes):
            return .string(decryptString(bytes, object: owner))
        case .array(let items):
            return .array(items.map { decryptStrings(in: $0, owner: owner, maxDepth: maxDepth - 1) })
        case .dictionary(let dictionary):
            return .dictionary(decryptStrings(in: dictionary, owner: owner, maxDepth: maxDepth - 1))
        case .stream(var stream):
            stream.dictionary = decryptStrings(in: stream.dictionary, owner: owner, maxDepth: maxDepth - 1)
            return .stream(stream)
        default:
            return object
        }
    }

    private func decryptStrings(in dictionary: PDFDictionary, owner: PDFReference, maxDepth: Int) -> PDFDictionary {
        PDFDictionary(dictionary.entries.mapValues { decryptStrings(in: $0, owner: owner, maxDepth: maxDepth) })
    }
}
