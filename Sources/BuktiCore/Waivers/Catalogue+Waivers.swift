/// Keys of the waivers-file diagnostics (its syntax and shape share the rule files' messages).
extension MessageKey {
    static let waiversUnreadable: MessageKey = "waivers.unreadable"
    static let waiversCannotRead: MessageKey = "waivers.cannotRead"
    static let waiversDoesNotExist: MessageKey = "waivers.doesNotExist"
    static let waiversNotUTF8: MessageKey = "waivers.notUTF8"
    static let waiverNoInnovation: MessageKey = "waivers.noInnovation"
    static let waiverOneTarget: MessageKey = "waivers.oneTarget"
    static let waiverUnknownIndicator: MessageKey = "waivers.unknownIndicator"
    static let waiverUnknownType: MessageKey = "waivers.unknownType"
    static let waiverExpires: MessageKey = "waivers.expires"
    static let waiverJustification: MessageKey = "waivers.justification"
    static let waiverDecidedBy: MessageKey = "waivers.decidedBy"
}

extension Catalogue {
    /// `{2}` after a name is a "did you mean" hint or nothing.
    static let waiversBlock = CatalogueBlock(
        id: [
            .waiversUnreadable: "berkas pengecualian tidak dapat dibaca: {1}",
            // Not translated yet: these three have always printed in English.
            .waiversCannotRead: "the waivers file cannot be read",
            .waiversDoesNotExist: "the waivers file does not exist",
            .waiversNotUTF8: "the waivers file is not UTF-8 text; save it as UTF-8",
            .waiverNoInnovation: "tidak ada folder inovasi bernama '{1}'{2}",
            .waiverOneTarget: "satu pengecualian menyebut tepat satu: indicator atau documentType",
            .waiverUnknownIndicator: "indikator '{1}' tidak dikenal{2}",
            .waiverUnknownType: "jenis dokumen '{1}' tidak dikenal{2}",
            .waiverExpires: "seharusnya tanggal yyyy-mm-dd, ditemukan '{1}'",
            .waiverJustification: "pengecualian perlu alasan",
            .waiverDecidedBy: "pengecualian perlu nama pemutusnya",
        ],
        en: [
            .waiversUnreadable: "the waivers file could not be read: {1}",
            .waiversCannotRead: "the waivers file cannot be read",
            .waiversDoesNotExist: "the waivers file does not exist",
            .waiversNotUTF8: "the waivers file is not UTF-8 text; save it as UTF-8",
            .waiverNoInnovation: "no innovation folder named '{1}'{2}",
            .waiverOneTarget: "a waiver names exactly one of indicator or documentType",
            .waiverUnknownIndicator: "unknown indicator '{1}'{2}",
            .waiverUnknownType: "unknown document type '{1}'{2}",
            .waiverExpires: "expected a date written yyyy-mm-dd, found '{1}'",
            .waiverJustification: "a waiver needs a justification",
            .waiverDecidedBy: "a waiver needs the name of who decided it",
        ])
}
