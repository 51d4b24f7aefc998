import BuktiCore

/// The registry of format readers: one entry per reader, looked up by kind.
public enum Formats {
    /// Every extractor bukti has, in no particular order (each kind belongs to exactly one).
    public static let extractors: [any Extractor] = [
        OLE2Extractor(),
    ]

    /// Every container probe, one per container format.
    public static let probes: [any ContainerProbe] = [
        OLE2Probe(),
    ]

    /// The probe for `container`.
    public static func probe(for container: Container) -> (any ContainerProbe)? {
        probes.first { $0.container == container }
    }

    /// The extractor for `kind`, or nil when bukti does not read inside that kind.
    public static func extractor(for kind: FileKind) -> (any Extractor)? {
        extractors.first { $0.kinds.contains(kind) }
    }
}
