import BuktiCore
import Foundation

/// The first section of an [MS-OLEPS] property set stream (`\u{5}SummaryInformation`,
/// `\u{5}DocumentSummaryInformation`): typed values by property id.
struct PropertySet: Sendable, Equatable {
    /// The property value types bukti reads; others are skipped.
    enum Value: Sendable, Equatable {
        case string(String)
        case integer(Int)
        /// A FILETIME: 100-nanosecond ticks since 1601-01-01 UTC.
        case fileTime(UInt64)
    }

    /// Variant types ([MS-OLEPS] 2.15) and how many bytes their fixed-size values take.
    enum VariantType: UInt16 {
        case i2 = 0x0002, i4 = 0x0003, ui2 = 0x0012, ui4 = 0x0013, lpstr = 0x001E, lpwstr = 0x001F
        case filetime = 0x0040
    }

    static let codePageProperty: UInt32 = 1
    /// A section lists at most this many properties (real ones hold a few dozen).
    static let maxProperties = 4096

    private(set) var values: [UInt32: Value] = [:]
    /// The code page VT_LPSTR values are in (property 1; 1252 when absent).
    private(set) var codePage = 1252

    /// Parses the first section of `bytes`; a damaged stream is `corrupt`, reported by the caller.
    init(_ bytes: [UInt8], name: String) throws(ExtractionFailure) {
        let raw = OLE2Bytes(bytes)
        guard raw.u16(0) == 0xFFFE, let sections = raw.u32(24), sections >= 1,
              let start = raw.u32(44).map(Int.init), let size = raw.u32(start).map(Int.init),
              let count = raw.u32(start + 4).map(Int.init)
        else {
            throw ExtractionFailure(.corrupt, "property set '\(name)' has a damaged header")
        }
        guard size <= bytes.count - start, count <= min(Self.maxProperties, (size - 8) / 8) else {
            throw ExtractionFailure(
                .corrupt, "property set '\(name)' declares \(count) properties in \(size) bytes")
        }
        let section = OLE2Bytes(Array(bytes[start..<start + size]))
        var offsets: [(id: UInt32, offset: Int)] = []
        for index in 0..<count {
            guard let id = section.u32(8 + 8 * index), let offset = section.u32(12 + 8 * index) else { break }
            offsets.append((id, Int(offset)))
        }
        if let page = offsets.first(where: { $0.id == Self.codePageProperty }),
           case .integer(let value)? = Self.value(in: section, at: page.offset, codePage: 1252) {
            codePage = value & 0xFFFF
        }
        for (id, offset) in offsets where id != Self.codePageProperty {
            if let value = Self.value(in: section, at: offset, codePage: codePage) { values[id] = value }
        }
    }

    /// The typed value at `offset` in the section, or nil for a type bukti skips or damaged bytes.
    private static func value(in section: OLE2Bytes, at offset: Int, codePage: Int) -> Value? {
        guard let rawType = section.u16(offset), let type = VariantType(rawValue: rawType) else { return nil }
        let data = offset + 4
        switch type {
        case .i2: return section.u16(data).map { .integer(Int(Int16(bitPattern: $0))) }
        case .ui2: return section.u16(data).map { .integer(Int($0)) }
        case .i4: return section.u32(data).map { .integer(Int(Int32(bitPattern: $0))) }
        case .ui4: return section.u32(data).map { .integer(Int($0)) }
        case .filetime: return section.u64(data).map { .fileTime($0) }
        case .lpstr:
            guard let length = section.u32(data), let text = section.slice(data + 4, Int(length)) else { return nil }
            if codePage == CodePage.utf16 {  // "8-bit" strings in a UTF-16 property set are UTF-16
                return section.utf16(data + 4, byteCount: Int(length)).map { .string(String(ole2UTF16: $0)) }
            }
            return .string(CodePage.decode(Array(text.prefix { $0 != 0 }), codePage: codePage))
        case .lpwstr:
            guard let length = section.u32(data),
                  let units = section.utf16(data + 4, byteCount: Int(length) * 2) else { return nil }
            return .string(String(ole2UTF16: units))
        }
    }

    /// The string value of property `id`, trimmed; nil when absent or blank.
    func string(_ id: UInt32) -> String? {
        guard case .string(let text)? = values[id] else { return nil }
        let trimmed = text.trimmingCharacters(in: .whitespacesAndNewlines)
        return trimmed.isEmpty ? nil : trimmed
    }

    /// The integer value of property `id`.
    func integer(_ id: UInt32) -> Int? {
        guard case .integer(let value)? = values[id] else { return nil }
        return value
    }

    /// Property `id` as an ISO 8601 UTC date ("2023-01-10T08:15:00Z"); nil when absent or zero
    /// (writers store 0 for "never").
    func date(_ id: UInt32) -> String? {
        guard case .fileTime(let ticks)? = values[id], ticks > 0 else { return nil }
        let secondsFrom1601 = Double(ticks / 10_000_000)
        let unix = secondsFrom1601 - 11_644_473_600
        guard unix > -62_135_596_800, unix < 253_402_300_800 else { return nil }  // years 1..9999
        return Date(timeIntervalSince1970: unix).formatted(.iso8601)
    }
}
