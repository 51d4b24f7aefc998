import BuktiCore

/// Streams one XML member of an office ZIP through a handler, stopping at the end of the part, when
/// the text is full, or on damage; damage becomes a problem and the text read so far is kept.
enum PartWalker {
    /// Check the deadline every this many events (cheap, but not free).
    private static let deadlineStride = 4096

    /// Streams `part` from `archive`; `handle` sees every event and the reader (for attributes).
    static func walk(
        _ part: String, in archive: ZipArchive, options: ExtractionOptions, text: inout OfficeText,
        problems: inout [Problem], _ handle: (XMLEvent, XMLStreamReader, inout OfficeText) -> Void
    ) throws(ExtractionFailure) {
        let member: ZipMemberStream
        do throws(ExtractionFailure) {
            member = try archive.open(part, limit: options.maxInflatedBytes)
        } catch {
            if error.problem.code == .passwordRequired { throw error }
            problems.append(error.problem)
            return
        }
        var events = 0
        do throws(XMLError) {
            let reader = try XMLStreamReader(input: member)
            while !text.isFull, let event = try reader.next() {
                handle(event, reader, &text)
                events += 1
                if events % deadlineStride == 0, options.deadline.hasPassed { break }
            }
        } catch {
            problems.append(member.failure?.problem ?? Problem(.corrupt, "\(part) \(error)"))
        }
        try options.deadline.check()
    }
}
