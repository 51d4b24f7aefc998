import Testing
@testable import BuktiFormats

@Suite struct ScreenshotHeuristicTests {
    @Test(arguments: ["gnome-screenshot", "Snipping Tool", "ShareX 16.0", "Greenshot", "Snip & Sketch", "flameshot 12.1",
                      "Spectacle", "Android Screenshot", "grim"])
    func screenCaptureToolsAreRecognised(software: String) {
        #expect(ScreenshotEvidence(software: software).verdict == true)
    }

    @Test(arguments: ["GIMP 2.10", "Adobe Photoshop 25.0", "Pilgrim Editor", "A525FXXU4CWA1", "Screenshotter-free-ish-app2"])
    func otherSoftwareIsNoSignal(software: String) {
        #expect(ScreenshotEvidence(software: software).verdict == nil)
    }

    @Test func cameraEXIFOverridesEverySignal() {
        let evidence = ScreenshotEvidence(hasCamera: true, software: "gnome-screenshot", comments: ["Screenshot"], width: 1080, height: 2400)
        #expect(evidence.verdict == nil)
    }

    @Test func screenshotCommentIsASignal() {
        #expect(ScreenshotEvidence(comments: [" Screenshot\n"]).verdict == true)
        #expect(ScreenshotEvidence(comments: ["Screenshot of a meeting"]).verdict == nil)
    }

    @Test(arguments: [(1080, 2400), (2400, 1080), (1170, 2532), (1920, 1080), (1366, 768)])
    func screenSizesInEitherOrientationAreASignal(width: Int, height: Int) {
        #expect(ScreenshotEvidence(width: width, height: height).verdict == true)
    }

    @Test(arguments: [(1600, 900), (1280, 720), (4000, 3000), (320, 240), (2048, 1536)])
    func photoAndResizeSizesAreNoSignal(width: Int, height: Int) {
        #expect(ScreenshotEvidence(width: width, height: height).verdict == nil)
    }
}
