#if canImport(Glibc)
import Glibc
#endif
import Foundation

extension RunRecord {
    /// Size and modification time of a path (`lstat`), nil when it is gone.
    public typealias Stamp = @Sendable (String) -> (size: Int64, mtime: Int64)?

    /// The record of `report`, taken at `date`; `root` is the absolute root (`RunHistory.absoluteRoot`).
    public init(report: AuditReport, root: String, critical: [String], date: Date = Date(), stamp: Stamp = RunRecord.lstamp) {
        let prefix = report.root.hasSuffix("/") ? report.root : report.root + "/"
        func relative(_ path: String) -> String { path.hasPrefix(prefix) ? String(path.dropFirst(prefix.count)) : path }
        var files: [RunFile] = []
        for entry in report.innovations.flatMap(\.files) {
            let found = stamp(entry.path)
            files.append(RunFile(path: relative(entry.path), size: found?.size, mtime: found?.mtime, sha256: entry.sha256))
        }
        for path in report.unassigned {
            let found = stamp(path)
            files.append(RunFile(path: relative(path), size: found?.size, mtime: found?.mtime, sha256: nil))
        }
        let innovations = report.innovations.map { innovation in
            RunInnovation(
                name: relative(innovation.path), complete: innovation.complete, score: innovation.score, maxScore: innovation.maxScore,
                missing: innovation.missing,
                documents: Dictionary(innovation.documents.entries.map { ($0.key, $0.value.status) }, uniquingKeysWith: { a, _ in a }),
                indicators: Dictionary(innovation.indicators.map { ($0.id, RunIndicator(level: $0.level, score: $0.score, status: $0.status)) },
                                       uniquingKeysWith: { a, _ in a }))
        }
        self.init(id: Self.id(for: date), time: Self.time(date), tool: report.tool, rules: report.rules,
                  assessmentYear: report.assessmentYear, root: root, innovations: innovations,
                  files: files.sorted { $0.path < $1.path })
        self.critical = critical
    }

    /// `20261122T103309.123Z`: UTC to the millisecond, so file names sort by time.
    public static func id(for date: Date) -> String {
        let millis = Int64((date.timeIntervalSince1970 * 1000).rounded(.down))
        var parts = Self.utc.dateComponents([.year, .month, .day, .hour, .minute, .second], from: date)
        parts.nanosecond = nil
        func two(_ value: Int?) -> String { let v = value ?? 0; return v < 10 ? "0\(v)" : "\(v)" }
        let ms = Int(((millis % 1000) + 1000) % 1000)
        let msText = ms < 10 ? "00\(ms)" : ms < 100 ? "0\(ms)" : "\(ms)"
        return "\(parts.year ?? 0)\(two(parts.month))\(two(parts.day))T\(two(parts.hour))\(two(parts.minute))\(two(parts.second)).\(msText)Z"
    }

    /// ISO 8601 in UTC with seconds.
    public static func time(_ date: Date) -> String { date.ISO8601Format() }

    static let utc: Calendar = {
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = TimeZone(identifier: "UTC") ?? calendar.timeZone
        return calendar
    }()

    /// `lstat` size and modification time in nanoseconds.
    public static let lstamp: Stamp = { path in
        var info = stat()
        guard lstat(path, &info) == 0 else { return nil }
        return (Int64(info.st_size), Int64(info.st_mtim.tv_sec) * 1_000_000_000 + Int64(info.st_mtim.tv_nsec))
    }
}
