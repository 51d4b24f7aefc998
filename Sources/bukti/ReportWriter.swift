#if canImport(Glibc)
import Glibc
#endif
import Foundation
import BuktiCore
import BuktiReports

/// A report rendered in memory, waiting to be written.
struct RenderedReport {
    /// nil: stdout.
    let path: String?
    let bytes: [UInt8]
}

/// Writes every report of a run, all or nothing: each file is first written in full to a temporary
/// file in its own folder (so the rename cannot cross file systems), and only when every one is
/// written are they renamed into place; any failure removes the temporary files and leaves earlier
/// reports untouched. Ctrl-C, SIGTERM and SIGHUP are held back while files are written and renamed
/// (delivered right after), so an interruption never leaves temporary files or half the reports of a
/// run. stdout comes last.
enum ReportWriter {
    /// Renders every request (one file per agency when `split` is given) and writes them all or none.
    static func write(_ requests: [ReportRequest], input: ReportInput, excel: Bool, split: [AuditPart]?,
                      console: Console) -> Int32 {
        var input = input
        input.options.excelBOM = excel
        let words = Words.cli(input.language)
        var rendered: [RenderedReport] = []
        for request in requests {
            var parts: [(path: String?, audit: AuditReport)] = [(request.path, input.audit)]
            if let split, let path = request.path {
                parts = split.map { part in (ReportRequest.splitPath(path, slug: part.slug), part.audit) }
            }
            for part in parts {
                var partInput = input
                partInput.audit = part.audit
                partInput.outputDirectory = part.path.map { URL(fileURLWithPath: $0).standardizedFileURL.deletingLastPathComponent().path }
                do {
                    rendered.append(RenderedReport(
                        path: part.path, bytes: try render(request.format, partInput, color: part.path == nil && console.usesColor)))
                } catch {
                    console.error(words.format(.cliCannotRender, request.format, "\(error)"))
                    return ExitStatus.incomplete
                }
            }
        }
        return write(rendered, console: console, text: words)
    }

    /// One report's bytes from its reporter in the registry (`ReportRequest` accepted only known formats).
    static func render(_ format: String, _ input: ReportInput, color: Bool) throws -> [UInt8] {
        guard let reporter = Reporters.reporter(for: format) else { return [] }
        var input = input
        input.options.color = color
        return try reporter.init().render(input)
    }

    static func write(_ reports: [RenderedReport], console: Console, text: Words) -> Int32 {
        var held = sigset_t(), previous = sigset_t()
        sigemptyset(&held)
        for signal in [SIGINT, SIGTERM, SIGHUP] { sigaddset(&held, signal) }
        sigprocmask(SIG_BLOCK, &held, &previous)
        let status = writeFiles(reports, console: console, text: text)
        sigprocmask(SIG_SETMASK, &previous, nil)
        guard status == ExitStatus.success else { return status }
        for report in reports where report.path == nil {
            do {
                try console.out.write(report.bytes)
                try console.out.flush()
            } catch {
                return console.report(error)
            }
        }
        return ExitStatus.success
    }

    /// Every file report: temporary files first, then the renames.
    static func writeFiles(_ reports: [RenderedReport], console: Console, text: Words) -> Int32 {
        var temporaries: [(temporary: String, target: String)] = []
        func discard() { for entry in temporaries { unlink(entry.temporary) } }
        for report in reports {
            guard let path = report.path else { continue }
            switch writeTemporary(report.bytes, beside: path) {
            case .success(let temporary): temporaries.append((temporary, path))
            case .failure(let error):
                discard()
                console.error(text.format(.cliCannotWrite, TerminalText.sanitized(path), error.message))
                return ExitStatus.incomplete
            }
        }
        for (index, entry) in temporaries.enumerated() where rename(entry.temporary, entry.target) != 0 {
            let message = String(cString: strerror(errno))
            for later in temporaries[index...] { unlink(later.temporary) }
            console.error(text.format(.cliCannotWrite, TerminalText.sanitized(entry.target), message))
            return ExitStatus.incomplete
        }
        return ExitStatus.success
    }

    /// Writes `bytes` to a new file `.NAME.bukti-XXXXXX` next to `path`, flushed to disk.
    static func writeTemporary(_ bytes: [UInt8], beside path: String) -> Result<String, SystemError> {
        let url = URL(fileURLWithPath: path)
        let folder = url.deletingLastPathComponent().path
        var template = Array((folder + "/." + url.lastPathComponent + ".bukti-XXXXXX").utf8CString)
        let descriptor = template.withUnsafeMutableBufferPointer { mkstemp($0.baseAddress!) }
        guard descriptor >= 0 else { return .failure(SystemError(code: errno, message: String(cString: strerror(errno)))) }
        let temporary = String(decoding: template.dropLast().map { UInt8(bitPattern: $0) }, as: UTF8.self)
        defer { close(descriptor) }
        fchmod(descriptor, 0o644)
        var offset = 0
        while offset < bytes.count {
            let written = bytes.withUnsafeBytes { Glibc.write(descriptor, $0.baseAddress! + offset, $0.count - offset) }
            if written < 0 && errno == EINTR { continue }
            guard written > 0 else {
                let error = SystemError(code: errno, message: String(cString: strerror(errno)))
                unlink(temporary)
                return .failure(error)
            }
            offset += written
        }
        guard fsync(descriptor) == 0 else {
            let error = SystemError(code: errno, message: String(cString: strerror(errno)))
            unlink(temporary)
            return .failure(error)
        }
        return .success(temporary)
    }
}
