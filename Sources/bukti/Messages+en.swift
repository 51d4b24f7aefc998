extension AuditMessages {
    /// English (`--lang en`).
    static let english = AuditMessages(
        heading: { rules, source, year in "Evidence audit — \(rules) (\(source)), assessment year \(year)" },
        root: "Folder",
        score: "estimated score",
        completeness: "indicators with evidence",
        complete: "CRITICAL DOCUMENTS COMPLETE",
        incomplete: "CRITICAL DOCUMENTS MISSING",
        opd: "Agency",
        tahapan: "Stage",
        missingCritical: "Critical documents:",
        indicators: "Indicators:",
        columns: ("No", "Indicator", "Level", "Score", "Status"),
        status: { word in
            switch word {
            case .met: "met"
            case .partial: "partial"
            case .toVerify: "to verify"
            case .waived: "waived"
            case .missing: "no evidence"
            }
        },
        toVerify: { "level \($0) needs checking by hand" },
        problems: "Problems:",
        noFiles: "(empty folder)",
        summary: { innovations, complete, incomplete, files, withProblems in
            "Summary: \(innovations) \(innovations == 1 ? "innovation" : "innovations") — \(complete) complete, \(incomplete) incomplete; "
                + "\(files) \(files == 1 ? "file" : "files"), \(withProblems) with problems"
        },
        summaryMissing: "Critical documents missing:",
        unassigned: { $0 == 1 ? "1 file outside any innovation folder" : "\($0) files outside any innovation folder" },
        shared: { $0 == 1 ? "1 document found in more than one place" : "\($0) documents found in more than one place" },
        withoutFolder: "Innovations in the manifest without a folder:",
        notInManifest: "Folders not in the manifest:")
}
