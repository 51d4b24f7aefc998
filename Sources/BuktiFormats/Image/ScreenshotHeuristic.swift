import Foundation

/// Decides whether an image is a screen capture, from the evidence the file carries.
///
/// The heuristic (only PNG, JPEG and WebP, the formats screen-capture tools save):
/// 1. Camera EXIF (a Make or Model) means a photo: no verdict (nil), whatever else is there.
/// 2. A Software value naming a screen-capture tool (`ScreenshotSignals.tools`, matched as whole words,
///    case-insensitively) -> true.
/// 3. A UserComment or Description (EXIF, PNG text, XMP) that is exactly "Screenshot", as iOS and macOS
///    write it -> true.
/// 4. Dimensions exactly equal to a phone or desktop screen (`ScreenResolutions.all`, either orientation)
///    -> true. Camera output and messaging-app resizes have other sizes (see the table's notes).
/// Otherwise nil: the absence of a signal is not evidence of a photo.
struct ScreenshotEvidence {
    var hasCamera = false
    var software: String?
    /// UserComment / Description texts from EXIF, PNG text chunks and XMP.
    var comments: [String] = []
    var width: Int?
    var height: Int?

    var verdict: Bool? {
        if hasCamera { return nil }
        if let software, ScreenshotSignals.namesTool(software) { return true }
        if comments.contains(where: { $0.trimmingCharacters(in: .whitespacesAndNewlines).lowercased() == "screenshot" }) {
            return true
        }
        if let width, let height, ScreenResolutions.contains(width: width, height: height) { return true }
        return nil
    }
}

/// Software names that screen-capture tools write into the files they save.
enum ScreenshotSignals {
    /// Lower-case names matched as whole words (so "grim" does not match "pilgrim").
    static let tools: [String] = [
        "screenshot", "screenshots", "screen capture", "screencapture", "screengrab",
        "gnome-screenshot", "snipping tool", "snip & sketch", "snipaste", "sharex", "greenshot",
        "flameshot", "spectacle", "ksnapshot", "lightshot", "screenpresso", "snagit", "shutter",
        "scrot", "maim", "grim", "xfce4-screenshooter", "deepin-screenshot", "screenshooter",
    ]

    /// True when `software` names one of `tools` as a whole word or phrase.
    static func namesTool(_ software: String) -> Bool {
        let text = software.lowercased()
        return tools.contains { tool in
            var searchStart = text.startIndex
            while let range = text.range(of: tool, range: searchStart..<text.endIndex) {
                let before = range.lowerBound == text.startIndex ? nil : text[text.index(before: range.lowerBound)]
                let after = range.upperBound == text.endIndex ? nil : text[range.upperBound]
                if !isWordCharacter(before) && !isWordCharacter(after) { return true }
                searchStart = range.upperBound
            }
            return false
        }
    }

    private static func isWordCharacter(_ character: Character?) -> Bool {
        guard let character else { return false }
        return character.isLetter || character.isNumber
    }
}
