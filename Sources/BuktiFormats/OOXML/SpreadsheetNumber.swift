#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Cell numbers as a person reads them: 10000000 not "1.0E7", 5 not "5.0", 12.5 as is, and
/// binary noise cut the way Excel shows it (15 significant digits: 0.1+0.2 reads 0.3).
enum SpreadsheetNumber {
    static func format(_ raw: String) -> String {
        let trimmed = raw.trimmingWhitespace()
        guard let value = Double(trimmed), value.isFinite else { return trimmed }
        if value == value.rounded(), abs(value) < 1e15 {
            return String(Int64(value))
        }
        let magnitude = abs(value)
        guard magnitude >= 1e-4, magnitude < 1e15 else { return trimmed }
        return significant(value)
    }

    /// `%.15g`: at most 15 significant digits, trailing zeros dropped; no exponent in our range.
    private static func significant(_ value: Double) -> String {
        var buffer = [CChar](repeating: 0, count: 64)
        let written = withVaList([value]) { vsnprintf(&buffer, buffer.count, "%.15g", $0) }
        guard written > 0 else { return String(value) }
        return String(decoding: buffer.prefix(Int(written)).map { UInt8(bitPattern: $0) }, as: UTF8.self)
    }
}
