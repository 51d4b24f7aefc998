import Foundation
import BuktiCore
import BuktiFormats

/// One audit's unattended side around the report: the waivers the audit applies (as of the day the
/// run started), then, once the report is built, the run recorded in the history, the comparison
/// with the earlier run added, the provenance written and the exit status decided.
struct NightlyRun {
    let options: NightlyOptions
    let rules: CompiledRuleSet
    let history: RunHistory
    let root: String
    let waivers: WaiverFile?
    let previous: RunRecord?
    let compared: Bool
    /// When the run started: the day waivers are judged on.
    let started: Date

    /// The waivers for the `Auditor`, as they hold on the day the run started.
    var waiversInEffect: WaiversOnDay? { waivers.map { WaiversOnDay(file: $0, day: Waiver.day(started)) } }

    /// Records the run and adds the comparison to `report`; false when the provenance record could not
    /// be written (exit 3).
    func finish(_ report: inout AuditReport, console: Console, date: Date = Date()) -> Bool {
        let record = RunRecord(report: report, root: root, critical: rules.rules.documentTypes.filter(\.critical).map(\.id), date: date)
        if let previous { report.sinceLastRun = AuditDiff(from: previous, to: record) }
        if options.recordsHistory {
            do throws(RunHistory.Failure) { try history.record(record, keep: options.keepHistory) } catch {
                console.error("bukti: warning: \(error.description)")
            }
        }
        if let path = options.provenancePath {
            let provenance = Provenance(report: report, root: root, waivers: waivers, date: date, hasher: SHA256Hasher())
            do { try provenance.write(to: path) } catch {
                console.error("bukti: cannot write '\(path)': \(error.localizedDescription)")
                return false
            }
        }
        return true
    }

    /// 1 when the policy finds a reason to fail, else 0.
    func exitStatus(_ report: AuditReport) -> Int32 {
        options.failOn.fails(report, compared: compared) ? ExitStatus.findings : ExitStatus.success
    }
}
