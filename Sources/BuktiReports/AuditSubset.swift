import Foundation
import BuktiCore

/// Cuts and joins finished audits without re-auditing: one agency's part of an audit
/// (`--split-by opd`) and several regions' audits as one (`bukti merge`). Summaries are recounted
/// from the innovations kept, so every part's totals agree with its rows.
public enum AuditSubset {
    /// `audit` with only `innovations`; summary recounted; files outside innovations and the
    /// manifest comparison dropped (they belong to no agency); shared copies kept when one of
    /// their paths is in a kept innovation.
    public static func restricted(_ audit: AuditReport, to innovations: [InnovationReport], rules: RuleSet) -> AuditReport {
        var part = audit
        part.innovations = innovations
        part.unassigned = []
        part.manifest = nil
        let kept = Set(innovations.flatMap { $0.files.map(\.path) })
        part.shared = audit.shared.filter { $0.paths.contains { kept.contains($0) } }
        part.summary = recount(innovations, rules: rules, into: audit.summary)
        return part
    }

    /// The summary of `innovations`, every count overwritten in a copy of `template` (the
    /// memberwise initialiser is internal to BuktiCore).
    static func recount(_ innovations: [InnovationReport], rules: RuleSet, into template: AuditSummary) -> AuditSummary {
        var summary = template
        summary.innovations = innovations.count
        summary.complete = innovations.filter(\.complete).count
        summary.incomplete = innovations.count - summary.complete
        summary.files = innovations.reduce(0) { $0 + $1.files.count }
        summary.filesWithProblems = innovations.reduce(0) { total, innovation in
            total + innovation.files.filter { !$0.problems.isEmpty }.count
        }
        summary.missingCritical = KeyedList(rules.documentTypes.filter(\.critical).map { type in
            (type.id, innovations.filter { $0.missing.contains(type.id) }.count)
        })
        return summary
    }

    /// Several regions' audits as one: innovations in region order, counts summed, root naming the
    /// regions. The caller has checked they share schema and rules.
    public static func merged(_ regions: [ReportRegion], rules: RuleSet) -> AuditReport? {
        guard var combined = regions.first?.audit else { return nil }
        combined.root = regions.map(\.name).joined(separator: ", ")
        combined.innovations = regions.flatMap(\.audit.innovations)
        combined.unassigned = regions.flatMap(\.audit.unassigned)
        combined.shared = regions.flatMap(\.audit.shared)
        combined.manifest = nil
        var summary = recount(combined.innovations, rules: rules, into: combined.summary)
        // Files and files with problems as each audit counted them (they include unassigned files).
        summary.files = regions.reduce(0) { $0 + $1.audit.summary.files }
        summary.filesWithProblems = regions.reduce(0) { $0 + $1.audit.summary.filesWithProblems }
        combined.summary = summary
        return combined
    }
}

/// One agency's share of an audit, for `--split-by opd`.
public struct AuditPart: Sendable {
    /// The agency as written in the manifest or folder.
    public var name: String
    /// File-name safe: `dinas-kesehatan`.
    public var slug: String
    public var audit: AuditReport
}

/// Splits an audit by agency (OPD): from the manifest's OPD column, or from the first folder level
/// under the root (`--depth 2`).
public enum AuditSplit {
    /// Parts in order of agency name; innovations without an agency form one part named `unnamed`.
    public static func byOPD(_ audit: AuditReport, rules: RuleSet, fromFolders: Bool, unnamed: String) -> [AuditPart] {
        var groups: [String: [InnovationReport]] = [:]
        for innovation in audit.innovations {
            let name = (fromFolders ? folderLevel(innovation.path, root: audit.root) : innovation.opd) ?? unnamed
            groups[name, default: []].append(innovation)
        }
        var used: Set<String> = []
        return groups.keys.sorted().map { name in
            var slug = slug(name), n = 2
            while !used.insert(slug).inserted { slug = "\(self.slug(name))-\(n)"; n += 1 }
            return AuditPart(name: name, slug: slug, audit: AuditSubset.restricted(audit, to: groups[name] ?? [], rules: rules))
        }
    }

    /// The first folder of `path` below `root` (`ROOT/Dinas Kesehatan/SIPANDU` → `Dinas Kesehatan`).
    static func folderLevel(_ path: String, root: String) -> String? {
        let base = root.hasSuffix("/") ? root : root + "/"
        guard path.hasPrefix(base) else { return nil }
        let rest = path.dropFirst(base.count).split(separator: "/")
        return rest.count >= 2 ? String(rest[0]) : nil
    }

    /// Lower-case ASCII letters and digits joined by `-` (`Dinas Kesehatan` → `dinas-kesehatan`).
    public static func slug(_ name: String) -> String {
        let folded = name.folding(options: [.diacriticInsensitive, .caseInsensitive], locale: nil).lowercased()
        var out = "", dash = false
        for scalar in folded.unicodeScalars {
            if scalar.isASCII, CharacterSet.alphanumerics.contains(scalar) {
                if dash && !out.isEmpty { out += "-" }
                out.unicodeScalars.append(scalar)
                dash = false
            } else {
                dash = true
            }
        }
        return out.isEmpty ? "opd" : String(out.prefix(60))
    }
}
