import Foundation
import Testing
@testable import BuktiReports

@Suite struct HTMLStyleTests {
    /// The `--name: #rrggbb` colours declared in the stylesheet's `:root`.
    func colours() -> [String: String] {
        let pattern = try! NSRegularExpression(pattern: "--([a-z-]+):\\s*(#[0-9a-fA-F]{6})")
        let css = HTMLStyle.css
        var out: [String: String] = [:]
        for match in pattern.matches(in: css, range: NSRange(css.startIndex..., in: css)) {
            if let name = Range(match.range(at: 1), in: css), let value = Range(match.range(at: 2), in: css) {
                out[String(css[name])] = String(css[value])
            }
        }
        return out
    }

    /// WCAG 2 relative luminance of `#rrggbb`.
    func luminance(_ hex: String) -> Double {
        let value = Int(hex.dropFirst(), radix: 16) ?? 0
        let channels = [(value >> 16) & 0xFF, (value >> 8) & 0xFF, value & 0xFF].map { Double($0) / 255 }
        let linear = channels.map { $0 <= 0.03928 ? $0 / 12.92 : pow(($0 + 0.055) / 1.055, 2.4) }
        return 0.2126 * linear[0] + 0.7152 * linear[1] + 0.0722 * linear[2]
    }

    func contrast(_ a: String, _ b: String) -> Double {
        let (x, y) = (luminance(a), luminance(b))
        return (max(x, y) + 0.05) / (min(x, y) + 0.05)
    }

    @Test func textColoursMeetWCAGAA() throws {
        let c = colours()
        let white = "#ffffff"
        // Text colour on the background it is used on.
        let pairs: [(String, String)] = [
            ("ink", "white"), ("muted", "white"), ("link", "white"), ("ink", "band"), ("muted", "band"),
            ("ok", "ok-bg"), ("bad", "bad-bg"), ("warn", "warn-bg"), ("bad", "white"), ("ok", "white"),
        ]
        for (text, background) in pairs {
            let fg = try #require(c[text], "\(text)")
            let bg = background == "white" ? white : try #require(c[background], "\(background)")
            #expect(contrast(fg, bg) >= 4.5, "\(text) on \(background): \(contrast(fg, bg))")
        }
        #expect(contrast("#000000", white) > 20.9)  // the formula itself
    }

    @Test func printStylesheetHidesFiltersAndBreaksBetweenInnovations() {
        let print = HTMLStyle.css.components(separatedBy: "@media print").last ?? ""
        #expect(print.contains("size: A4"))
        #expect(print.contains("#filters"))
        #expect(print.contains("section.innovation { break-before: page"))
    }
}
