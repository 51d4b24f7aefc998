import BuktiCore
import Foundation

/// Who, where and when a phone recorded a video, from the metadata boxes of "moov": QuickTime "©xyz"
/// and 3GPP "loci" in "udta" (Android), and the "mdta" key/value list (iPhone: "keys" + "ilst" in a
/// "meta" box inside "moov" or "udta").
struct MovieUserData {
    var location: GPSPosition?
    var make: String?
    var model: String?
    var software: String?
    /// The recording time with its local offset (Apple's creationdate).
    var taken: String?
    /// Apple's ISO 6709 location text, used when udta has no "©xyz" or "loci".
    var locationText: String?

    /// Apple's metadata keys and the field each fills.
    static let keys: [String: Field] = [
        "com.apple.quicktime.make": .make,
        "com.apple.quicktime.model": .model,
        "com.apple.quicktime.software": .software,
        "com.apple.quicktime.creationdate": .taken,
        "com.apple.quicktime.location.iso6709": .location,
    ]

    /// The text fields a metadata key can fill.
    enum Field { case make, model, software, taken, location }

    /// Sets `field` to `text` unless an earlier entry already did.
    mutating func set(_ field: Field, _ text: String) {
        switch field {
        case .make: make = make ?? text
        case .model: model = model ?? text
        case .software: software = software ?? text
        case .taken: taken = taken ?? text
        case .location: locationText = locationText ?? text
        }
    }
    /// The most bytes read from one metadata box.
    static let maxBoxBytes = 64 << 10

    /// Reads the metadata boxes among `moov`'s children.
    static func read(
        _ moov: [ISOBox], _ source: any ByteSource, facts: inout FileFacts, options: ExtractionOptions
    ) throws(ExtractionFailure) -> MovieUserData {
        var data = MovieUserData()
        var metas = moov.filter { $0.type == "meta" }
        for udta in moov where udta.type == "udta" {
            let boxes = try ISOBoxWalker.boxes(in: udta.content, of: source, inside: "udta", depth: 2, facts: &facts, options: options)
            metas += boxes.filter { $0.type == "meta" }
            for box in boxes {
                guard box.type == "©xyz" || box.type == "loci",
                    let content = try ISOBoxWalker.content(of: box, in: source, limit: maxBoxBytes, facts: &facts)
                else { continue }
                data.location = data.location ?? (box.type == "loci" ? loci(content) : xyz(content))
            }
        }
        for meta in metas {
            try data.readKeys(meta, source, &facts, options)
        }
        data.taken = data.taken.flatMap(PNGCreationTime.iso8601)
        data.location = data.location ?? data.locationText.flatMap(ISO6709.position)
        return data
    }

    /// "©xyz": a 16-bit length, a 16-bit language code, then the ISO 6709 text.
    static func xyz(_ content: MediaBytes) -> GPSPosition? {
        guard let length = content.u16(0), let text = content.slice(4, min(Int(length), content.count - 4)) else { return nil }
        return ISO6709.position(String(decoding: text, as: UTF8.self))
    }

    /// "loci" (3GPP TS 26.244): language, a NUL-terminated name, role, then 16.16 longitude, latitude, altitude.
    static func loci(_ content: MediaBytes) -> GPSPosition? {
        guard let nameEnd = content.bytes.dropFirst(6).firstIndex(of: 0) else { return nil }
        let at = nameEnd + 2  // past the NUL and the role byte
        guard let lon = content.i32(at), let lat = content.i32(at + 4), let alt = content.i32(at + 8) else { return nil }
        let scale = 65536.0
        let position = GPSPosition(lat: Double(lat) / scale, lon: Double(lon) / scale, alt: Double(alt) / scale)
        return abs(position.lat) <= 90 && abs(position.lon) <= 180 ? position : nil
    }

    /// An "mdta" meta box: "keys" names the entries, "ilst" holds them under 1-based key indexes.
    private mutating func readKeys(
        _ meta: ISOBox, _ source: any ByteSource, _ facts: inout FileFacts, _ options: ExtractionOptions
    ) throws(ExtractionFailure) {
        // QuickTime's meta is a plain box, ISO's a full box: tell them apart by where "hdlr" starts.
        let peek = MediaBytes(try source.mediaRead(at: meta.contentStart, count: 12))
        let skip = peek.fourCC(4) == "hdlr" ? 0 : 4
        guard meta.contentStart + skip <= meta.end else { return }
        let boxes = try ISOBoxWalker.boxes(
            in: meta.contentStart + skip..<meta.end, of: source, inside: "meta", depth: 3, facts: &facts, options: options)
        guard let keysBox = boxes.first(where: { $0.type == "keys" }), let ilst = boxes.first(where: { $0.type == "ilst" }),
            let keys = try ISOBoxWalker.content(of: keysBox, in: source, limit: Self.maxBoxBytes, facts: &facts)
        else { return }
        let names = Self.keyNames(keys)
        let items = try ISOBoxWalker.boxes(in: ilst.content, of: source, inside: "ilst", depth: 4, facts: &facts, options: options)
        for item in items {
            let index = Int(item.code) - 1
            guard index >= 0, index < names.count, let field = Self.keys[names[index].lowercased()] else { continue }
            let values = try ISOBoxWalker.boxes(in: item.content, of: source, inside: "ilst", depth: 5, facts: &facts, options: options)
            guard let value = values.first(where: { $0.type == "data" }),
                let content = try ISOBoxWalker.content(of: value, in: source, limit: Self.maxBoxBytes, facts: &facts),
                content.u32(0) == 1  // well-known type 1: UTF-8 text
            else { continue }
            let text = String(decoding: content.bytes.dropFirst(8), as: UTF8.self).trimmingCharacters(in: .whitespacesAndNewlines)
            if !text.isEmpty { set(field, text) }
        }
    }

    /// The key names of a "keys" box: version/flags, a count, then (size, namespace, name) entries.
    static func keyNames(_ keys: MediaBytes) -> [String] {
        var names: [String] = []
        var at = 8
        while let size = keys.u32(at), size >= 8, let name = keys.slice(at + 8, Int(size) - 8) {
            names.append(String(decoding: name, as: UTF8.self))
            at += Int(size)
        }
        return names
    }
}
