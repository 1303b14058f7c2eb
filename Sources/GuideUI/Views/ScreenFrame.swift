/// Where the parts every screen shares go: the title bar on the first row, the key line on the last,
/// the status message just above the key line, and the body between. A status longer than the width
/// wraps and takes its rows from the bottom of the body, so it is read whole, never cut at the edge.
struct ScreenFrame: Equatable {
    let bar: Rect
    let body: Rect
    /// A blank row, then the status lines. Two rows even without a status, so a message that appears
    /// does not move the body.
    let messageArea: Rect
    /// The rows of the status text itself (the bottom of `messageArea`); empty without a status.
    let message: Rect
    let keys: Rect

    /// The body keeps at least these rows however long the status is (beyond that the status ends with "…").
    static let minimumBody = 3

    init(_ s: AppState) {
        self.init(width: s.width, height: s.height, status: ScreenFrame.status(s))
    }

    init(width: Int, height: Int, status: Paragraph?) {
        let screen = Rect(x: 0, y: 0, width: width, height: height)
        let lines = status?.height(width: width) ?? 0
        let room = max(1, height - 3 - ScreenFrame.minimumBody)
        let shown = min(lines, room)
        let parts = Layout.vertical([.fixed(1), .fill, .fixed(max(2, shown + 1)), .fixed(1)]).split(screen)
        bar = parts[0]
        body = parts[1]
        messageArea = parts[2]
        message = parts[2].splitBottom(shown).bottom
        keys = parts[3]
    }

    /// The key line's row: the last row of the screen.
    static func keyLine(_ b: ScreenBuffer) -> Rect {
        Rect(b).splitBottom(1).bottom
    }

    /// The status as it is drawn: an error marked "!" (never colour alone), continuation lines under its text.
    static func status(_ s: AppState) -> Paragraph? {
        guard let status = s.status else { return nil }
        return s.statusIsError
            ? Paragraph("! " + status, style: .error, indent: 1, hanging: 2)
            : Paragraph(status, style: .ok, indent: 1)
    }
}
