import BuktiCore

/// How one crypt filter turns stored bytes into plain bytes (ISO 32000-2 §7.6.5, /CFM).
enum PDFCryptMethod: Sendable, Equatable {
    /// Bytes are stored as they are (/None, /Identity).
    case identity
    /// RC4 with the per-object key (V1, V2, /CFM /V2).
    case rc4
    /// AES-128-CBC with the per-object key salted with "sAlT" (/AESV2).
    case aes128
    /// AES-256-CBC with the file key itself (/AESV3).
    case aes256

    /// /CFM names, as written in a crypt filter dictionary.
    static let byName: [String: PDFCryptMethod] = [
        "None": .identity, "V2": .rc4, "AESV2": .aes128, "AESV3": .aes256,
    ]
}

/// A Standard security handler /Encrypt dictionary, checked and normalised (ISO 32000-2 §7.6.4, Table 21).
struct PDFSecurityParameters: Sendable {
    /// /V: the algorithm family (1, 2, 4, 5 are readable).
    var version: Int
    /// /R: the revision of the password algorithms (2–6).
    var revision: Int
    /// File key length in bytes (5–16 for RC4 and AESV2, 32 for AESV3).
    var keyLength: Int
    /// /O and /U (32 bytes for R2–R4, 48 for R5/R6).
    var owner: [UInt8]
    var user: [UInt8]
    /// /OE and /UE: the file key wrapped under the owner and user password hashes (R5/R6 only).
    var ownerKey: [UInt8]
    var userKey: [UInt8]
    /// /Perms: the permissions encrypted with the file key (R6 integrity check), when present.
    var perms: [UInt8]
    /// /P as the 32-bit pattern the algorithms hash.
    var permissions: UInt32
    /// /EncryptMetadata (V4+; default true).
    var encryptMetadata: Bool
    /// The methods for strings, streams and embedded files (/StrF, /StmF, /EFF, or V1/V2's RC4).
    var stringMethod: PDFCryptMethod
    var streamMethod: PDFCryptMethod
    var embeddedFileMethod: PDFCryptMethod
    /// Named crypt filters a stream may select with its own /Crypt filter; "Identity" is always there.
    var filters: [String: PDFCryptMethod]

    /// The /V values this handler reads (V3 was never published; V0 is undocumented).
    static let versions: Set<Int> = [1, 2, 4, 5]
    /// The /R values whose password algorithms this handler knows.
    static let revisions: ClosedRange<Int> = 2...6

    /// Reads a /Standard dictionary; `.unsupported` for algorithms bukti lacks, `.malformed` for damage.
    init(_ dictionary: PDFDictionary) throws(PDFSecurityError) {
        guard let version = dictionary["V"]?.integer else { throw .malformed("/Encrypt has no /V") }
        guard let revision = dictionary["R"]?.integer else { throw .malformed("/Encrypt has no /R") }
        guard Self.versions.contains(version) else {
            throw .unsupported("standard security handler /V \(version)")
        }
        guard Self.revisions.contains(revision) else {
            throw .unsupported("standard security handler /R \(revision)")
        }
        // Writers do pair R3 with V4 or R4 with V2, and the key algorithms follow R, so those pass; but the
        // 256-bit algorithms (V5) and the 32-byte keys of R5/R6 only make sense together.
        guard (version == 5) == (revision >= 5) else {
            throw .unsupported("standard security handler /V \(version) with /R \(revision)")
        }
        self.version = version
        self.revision = revision
        let modern = revision >= 5
        let hashLength = modern ? 48 : 32
        owner = try Self.bytes(dictionary, "O", atLeast: hashLength)
        user = try Self.bytes(dictionary, "U", atLeast: hashLength)
        ownerKey = modern ? try Self.bytes(dictionary, "OE", atLeast: 32) : []
        userKey = modern ? try Self.bytes(dictionary, "UE", atLeast: 32) : []
        perms = dictionary["Perms"]?.stringBytes ?? []
        guard let p = dictionary["P"]?.integer else { throw .malformed("/Encrypt has no /P") }
        // /P is a signed 32-bit field, but some writers store it unsigned (4294967292 for -4).
        permissions = UInt32(truncatingIfNeeded: p)
        encryptMetadata = version >= 4 ? dictionary["EncryptMetadata"]?.bool ?? true : true

        var filters: [String: PDFCryptMethod] = ["Identity": .identity]
        if version >= 4, let table = dictionary["CF"]?.dictionary {
            // "Identity" is reserved: a /CF entry cannot redefine it.
            for (name, entry) in table.entries where name != "Identity" {
                guard let method = entry.dictionary?["CFM"]?.name else { continue }
                if let known = PDFCryptMethod.byName[method] { filters[name] = known }
            }
        }
        self.filters = filters
        if version >= 4 {
            let cf = dictionary["CF"]?.dictionary
            func method(_ key: String) throws(PDFSecurityError) -> PDFCryptMethod {
                let name = dictionary[key]?.name ?? "Identity"
                if let method = filters[name] { return method }
                if let cfm = cf?[name]?.dictionary?["CFM"]?.name {
                    throw .unsupported("crypt filter method /\(cfm) in /\(key) /\(name)")
                }
                throw .malformed("/\(key) names crypt filter /\(name) that /CF does not define")
            }
            stringMethod = try method("StrF")
            streamMethod = try method("StmF")
            embeddedFileMethod = dictionary["EFF"] == nil ? streamMethod : try method("EFF")
        } else {
            stringMethod = .rc4
            streamMethod = .rc4
            embeddedFileMethod = .rc4
        }
        // AES-256 takes the 32-byte key only the R5/R6 algorithms make; MD5-based R2–R4 keys are 16 bytes.
        if revision < 5 && [stringMethod, streamMethod, embeddedFileMethod].contains(.aes256) {
            throw .malformed("crypt filter /AESV3 needs /R 5 or 6, not /R \(revision)")
        }
        keyLength = try Self.keyLength(dictionary, version: version, revision: revision,
                                       methods: [stringMethod, streamMethod, embeddedFileMethod])
    }

    /// The file key length in bytes. /Length is in bits (40–128 in steps of 8); for V4 the crypt filter's
    /// own /Length wins, and writers disagree whether that one is in bits or bytes, so small values are bytes.
    private static func keyLength(
        _ dictionary: PDFDictionary, version: Int, revision: Int, methods: [PDFCryptMethod]
    ) throws(PDFSecurityError) -> Int {
        if methods.contains(.aes256) || revision >= 5 { return 32 }
        if methods.contains(.aes128) { return 16 }
        if version == 1 || revision == 2 { return 5 }
        var length = dictionary["Length"]?.integer
        if version == 4 {
            let table = dictionary["CF"]?.dictionary
            let named = ["StmF", "StrF"].compactMap { dictionary[$0]?.name }
            if let own = named.lazy.compactMap({ table?[$0]?.dictionary?["Length"]?.integer }).first {
                length = own
            }
        }
        guard let length else { return version == 4 ? 16 : 5 }
        let bits = (1...16).contains(length) ? length * 8 : length
        guard (40...128).contains(bits), bits % 8 == 0 else {
            throw .malformed("/Encrypt /Length \(length) is not a key length of 40 to 128 bits")
        }
        return bits / 8
    }

    /// The first `atLeast` bytes of string entry `key`; writers sometimes pad these, never shorten them.
    private static func bytes(
        _ dictionary: PDFDictionary, _ key: String, atLeast count: Int
    ) throws(PDFSecurityError) -> [UInt8] {
        guard let bytes = dictionary[key]?.stringBytes else { throw .malformed("/Encrypt has no /\(key) string") }
        guard bytes.count >= count else {
            throw .malformed("/Encrypt /\(key) is \(bytes.count) bytes; this revision needs \(count)")
        }
        return Array(bytes.prefix(count))
    }
}
