import BuktiCore

/// The HTML report (`--report html:laporan.html`): one self-contained page (inline CSS, JS and SVG)
/// that Bappeda staff open from the shared drive, filter to their own OPD and print for a meeting.
public struct HTMLReporter: AuditReporter {
    public static let identifier = "html"
    public static let fileExtension = "html"

    public init() {}

    public func render(_ input: ReportInput) throws -> [UInt8] {
        Array(HTMLDocument.render(HTMLContext(input)).utf8)
    }
}
