/// Screen sizes in pixels of common phones, tablets and desktops: a capture of the whole screen has
/// exactly one of these sizes. Sizes that cameras or messaging apps also produce are left out on
/// purpose: 1280x720, 1280x960, 1600x900 and 1600x1200 (WhatsApp's resized photos), 640x480, 800x600, 1024x768 and
/// 2048x1536 (3-megapixel cameras).
enum ScreenResolutions {
    /// (width, height) in landscape order; portrait captures are matched by swapping.
    static let all = Set<Size>(list)

    /// The table; a size listed twice is harmless.
    static let list: [Size] = [
        // Android phones (HD+, FHD+, QHD+ with 18:9 to 21:9 shapes).
        Size(1520, 720), Size(1560, 720), Size(1600, 720), Size(1612, 720), Size(1650, 720),
        Size(1920, 1080), Size(2160, 1080), Size(2220, 1080), Size(2240, 1080), Size(2280, 1080),
        Size(2316, 1080), Size(2340, 1080), Size(2376, 1080), Size(2400, 1080), Size(2408, 1080),
        Size(2412, 1080), Size(2436, 1080), Size(2460, 1080), Size(2520, 1080), Size(2640, 1080),
        Size(2560, 1440), Size(2960, 1440), Size(3040, 1440), Size(3088, 1440), Size(3120, 1440),
        Size(3200, 1440), Size(2400, 1220), Size(2712, 1220), Size(1280, 800) /* also WXGA laptops */,
        // iPhones.
        Size(1136, 640), Size(1334, 750), Size(1792, 828), Size(2208, 1242), Size(2436, 1125),
        Size(2688, 1242), Size(2340, 1080), Size(2532, 1170), Size(2778, 1284), Size(2556, 1179),
        Size(2796, 1290), Size(2622, 1206), Size(2868, 1320),
        // iPads and Android tablets.
        Size(2160, 1620), Size(2360, 1640), Size(2388, 1668), Size(2732, 2048),
        Size(2000, 1200), Size(2560, 1600),
        // Laptops and desktops.
        Size(1366, 768), Size(1360, 768), Size(1536, 864), Size(1440, 900), Size(1680, 1050),
        Size(1920, 1200), Size(2560, 1080), Size(3440, 1440), Size(3840, 2160), Size(2880, 1800),
        Size(3024, 1964), Size(3456, 2234), Size(2256, 1504), Size(2736, 1824), Size(2880, 1920),
        Size(1280, 1024),
    ]

    /// True when `width` x `height` is a screen size in either orientation.
    static func contains(width: Int, height: Int) -> Bool {
        all.contains(Size(max(width, height), min(width, height)))
    }

    /// A screen size, longer side first.
    struct Size: Hashable, Sendable {
        let long: Int
        let short: Int
        init(_ long: Int, _ short: Int) {
            self.long = long
            self.short = short
        }
    }
}
