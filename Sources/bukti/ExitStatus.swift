/// The exit statuses bukti promises in README; scripts and cron jobs depend on them.
enum ExitStatus {
    /// The run completed (for `audit`: and found nothing the failure policy cares about).
    static let success: Int32 = 0
    /// `audit`: the run completed and some innovation lacks a critical document.
    static let findings: Int32 = 1
    /// A mistake on the command line or in a rule file; nothing was done.
    static let usage: Int32 = 2
    /// The run could not complete (output could not be written, the walk could not start).
    static let incomplete: Int32 = 3
    /// Another run holds the cache folder's lock (EX_TEMPFAIL: cron may simply try again later).
    static let locked: Int32 = 75
}
