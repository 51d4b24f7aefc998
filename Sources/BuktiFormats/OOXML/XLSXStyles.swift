#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// How a cell's number should read, from the number format of its style (xl/styles.xml):
/// dates and times as ISO 8601 (a DPA's "Tanggal" column is a serial like 45306 underneath),
/// percentages with their decimals, everything else through `SpreadsheetNumber`.
struct XLSXStyles {
    enum Display: Equatable {
        case number, date, time, dateTime
        case percent(decimals: Int)
    }

    /// Display per cellXfs index (the cell's s attribute).
    var displays: [Display] = []
    /// The workbook counts days from 1904-01-01 instead of 1899-12-30.
    var date1904 = false

    /// Built-in number format ids (ECMA-376 Part 1, 18.8.30) that are not plain numbers.
    static let builtIn: [Int: Display] = [
        9: .percent(decimals: 0), 10: .percent(decimals: 2),
        14: .date, 15: .date, 16: .date, 17: .date, 22: .dateTime,
        18: .time, 19: .time, 20: .time, 21: .time, 45: .time, 46: .time, 47: .time,
        27: .date, 28: .date, 29: .date, 30: .date, 31: .date, 34: .date, 35: .date, 36: .date,
        50: .date, 51: .date, 52: .date, 53: .date, 54: .date, 55: .date, 56: .date, 57: .date, 58: .date,
    ]

    /// Reads cellXfs and custom numFmts from a parsed styles part.
    init(styles: XMLDocument?, date1904: Bool) {
        self.date1904 = date1904
        guard let root = styles?.root else { return }
        var custom: [Int: Display] = [:]
        for format in root.children.first(where: { $0.name.local == "numFmts" })?.children ?? [] {
            if let id = format.attribute("numFmtId").flatMap({ Int($0) }), let code = format.attribute("formatCode") {
                custom[id] = Self.classify(code)
            }
        }
        let xfs = root.children.first { $0.name.local == "cellXfs" }?.children.filter { $0.name.local == "xf" } ?? []
        displays = xfs.map { xf in
            guard let id = xf.attribute("numFmtId").flatMap({ Int($0) }) else { return .number }
            return custom[id] ?? Self.builtIn[id] ?? .number
        }
    }

    init() {}

    /// What a custom format code shows: quoted text, escapes and [colour/locale] sections are
    /// ignored; a y or d means a date, h or s a time, % a percentage.
    static func classify(_ code: String) -> Display {
        var plain = ""
        var quoted = false
        var bracket = false
        var escaped = false
        for character in code.prefix(while: { $0 != ";" }) {
            if escaped { escaped = false; continue }
            switch character {
            case "\\": escaped = true
            case "\"": quoted.toggle()
            case "[" where !quoted: bracket = true
            case "]" where !quoted: bracket = false
            default: if !quoted && !bracket { plain.append(character) }
            }
        }
        let lower = plain.lowercased()
        if lower.contains("%") {
            let decimals = lower.split(separator: ".", maxSplits: 1).dropFirst().first?.prefix { $0 == "0" }.count ?? 0
            return .percent(decimals: decimals)
        }
        let date = lower.contains("y") || lower.contains("d")
        let time = lower.contains("h") || lower.contains("s")
        return date ? (time ? .dateTime : .date) : (time ? .time : .number)
    }

    /// A numeric cell's value as it reads under style `index`.
    func format(_ raw: String, style index: Int?) -> String {
        let display = index.flatMap { displays.indices.contains($0) ? displays[$0] : nil } ?? .number
        guard display != .number, let value = Double(raw.trimmingWhitespace()), value.isFinite else {
            return SpreadsheetNumber.format(raw)
        }
        switch display {
        case .percent(let decimals):
            return Self.fixed(value * 100, decimals: min(decimals, 10)) + "%"
        case .date, .dateTime, .time:
            return isoDate(serial: value, display: display) ?? SpreadsheetNumber.format(raw)
        case .number:
            return SpreadsheetNumber.format(raw)
        }
    }

    /// Serial day number -> "2024-01-15", "2024-01-15T08:30:00" or "08:30:00".
    private func isoDate(serial: Double, display: Display) -> String? {
        guard serial >= 0, serial < 2_958_466 else { return nil }
        // 25569 days from 1899-12-30 to 1970-01-01 (Excel's 1900 system, past its 1900 leap-year
        // slip); 24107 from 1904-01-01.
        let epochOffset = date1904 ? 24_107.0 : 25_569.0
        var seconds = time_t(((serial - epochOffset) * 86_400).rounded())
        var parts = tm()
        guard gmtime_r(&seconds, &parts) != nil else { return nil }
        let date = "\(Int(parts.tm_year) + 1900)-\(Self.two(parts.tm_mon + 1))-\(Self.two(parts.tm_mday))"
        let time = "\(Self.two(parts.tm_hour)):\(Self.two(parts.tm_min)):\(Self.two(parts.tm_sec))"
        switch display {
        case .time: return time
        case .dateTime: return "\(date)T\(time)"
        default: return date
        }
    }

    private static func two(_ value: Int32) -> String { value < 10 ? "0\(value)" : "\(value)" }

    /// `value` with exactly `decimals` digits after the point.
    private static func fixed(_ value: Double, decimals: Int) -> String {
        var buffer = [CChar](repeating: 0, count: 64)
        let written = withVaList([decimals, value]) { vsnprintf(&buffer, buffer.count, "%.*f", $0) }
        guard written > 0 else { return SpreadsheetNumber.format(String(value)) }
        return String(decoding: buffer.prefix(Int(written)).map { UInt8(bitPattern: $0) }, as: UTF8.self)
    }
}
