import BuktiCore

/// Entry point of the Standard security handler: turns an /Encrypt dictionary into a decryptor.
public enum PDFSecurity {
    /// Authenticates `password` (empty by default) against `encrypt` and returns a decryptor;
    /// `fileID` is the first element of the trailer /ID array.
    public static func open(
        encrypt: PDFDictionary, fileID: [UInt8]?, password: [UInt8] = []
    ) throws(PDFSecurityError) -> any PDFDecryptor {
        throw .unsupported("not yet")
    }
}
