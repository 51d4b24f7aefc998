/// The audit's own findings, beside the files' own `ProblemCode`s. The raw values are the JSON
/// contract's `code` strings (README "bukti audit"), so they are never renamed. An `AuditProblem`'s
/// code is one of these, a `ProblemCode`, or the id of a rule file's check (`AuditProblem.kind`).
public enum AuditProblemCode: String, Codable, Sendable, CaseIterable {
    /// A critical document type has no file at all.
    case missingDocument = "missing-document"
    /// The only candidates for a document type cannot be read.
    case unreadableDocument = "unreadable-document"
    /// A document type's files are all dated outside its window.
    case staleDocument = "stale-document"
    /// Only a weaker type (an RKA for a DPA) is there.
    case weakDocument = "weak-document"
    /// A folder the manifest does not list.
    case notInManifest = "not-in-manifest"
    /// A scan without text counted because its name says the type.
    case recognisedByName = "recognised-by-name"
    /// A file, or all files of a type, dated outside the window.
    case stale
    /// A file whose date or year could not be read where a window applies.
    case dateNotFound = "date-not-found"
    /// An indicator with no evidence for its first level.
    case missingEvidence = "missing-evidence"
    /// A file named or classified as evidence that cannot be read.
    case unreadableEvidence = "unreadable-evidence"
    /// A file kind the upload form does not accept for this indicator.
    case kindNotAccepted = "kind-not-accepted"
    /// A file over the upload limit.
    case sizeOverLimit = "size-over-limit"
    /// A file over the size a reviewer should expect; shrink before uploading.
    case sizeWarning = "size-warning"
    /// A document check that needs text or a duration the file does not have.
    case cannotCheck = "cannot-check"
    /// A gap accepted by a waivers file.
    case waived
    /// A waiver whose date has passed: the gap stands again.
    case waiverExpired = "waiver-expired"
}
