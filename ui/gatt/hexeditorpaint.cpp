// SPDX-License-Identifier: MIT
// HexEditor: layout, painting and hit testing (editing lives in hexeditor.cpp).
#include "hexeditor.h"
#include "hexeditor_p.h"

#include <QPainter>
#include <QScrollBar>

namespace gattscope {

HexEditor::Geometry HexEditor::geometry() const
{
    Geometry g;
    const QFontMetrics fm(font());
    g.charWidth = std::max(1, fm.horizontalAdvance(u'0'));
    g.lineHeight = fm.height() + 2;
    g.ascent = fm.ascent() + 1;
    g.margin = g.charWidth / 2 + 2;
    g.offsetDigits = m_data.size() > 0xFFFF ? 8 : 4;
    g.groupAt = m_bytesPerLine >= 8 ? m_bytesPerLine / 2 : m_bytesPerLine;
    g.hexX = g.margin + (g.offsetDigits + 2) * g.charWidth;
    g.hexEnd = g.byteX(m_bytesPerLine - 1) + 2 * g.charWidth;
    g.asciiX = g.hexEnd + 2 * g.charWidth;
    g.totalWidth = g.asciiCharX(m_bytesPerLine) + g.margin;
    return g;
}

int HexEditor::lineCount() const
{
    // One extra line whenever the append position starts a new line.
    return int(m_data.size() / m_bytesPerLine) + 1;
}

QSize HexEditor::sizeHint() const
{
    const Geometry g = geometry();
    const int frame = 2 * frameWidth();
    return QSize(g.totalWidth + frame + verticalScrollBar()->sizeHint().width(), g.lineHeight * 8 + frame);
}

void HexEditor::paintEvent(QPaintEvent *)
{
    QPainter p(viewport());
    const Geometry g = geometry();
    const QPalette &pal = palette();
    const QRect area = viewport()->rect();
    p.fillRect(area, pal.color(QPalette::Base));
    p.setFont(font());
    p.translate(-horizontalScrollBar()->value(), 0);

    // Offset gutter and column rule.
    p.fillRect(QRect(0, 0, g.hexX - g.charWidth, area.height()), pal.color(QPalette::AlternateBase));
    p.setPen(pal.color(QPalette::Mid));
    p.drawLine(g.asciiX - g.charWidth, 0, g.asciiX - g.charWidth, area.height());

    const QColor text = pal.color(QPalette::Text);
    const QColor dim = pal.color(QPalette::Disabled, QPalette::Text);
    const QColor highlight = pal.color(QPalette::Highlight);
    const QColor highlightText = pal.color(QPalette::HighlightedText);
    const int first = verticalScrollBar()->value();
    const int visible = area.height() / g.lineHeight + 2;
    const qsizetype selStart = selectionStart();
    const qsizetype selEnd = selectionEnd();
    static constexpr char digits[] = "0123456789ABCDEF";

    for (int line = first; line < std::min(lineCount(), first + visible); ++line) {
        const int y = (line - first) * g.lineHeight;
        const qsizetype lineStart = qsizetype(line) * m_bytesPerLine;
        p.setPen(dim);
        p.drawText(g.margin, y + g.ascent,
                   QString::number(lineStart, 16).toUpper().rightJustified(g.offsetDigits, u'0'));
        for (int col = 0; col < m_bytesPerLine; ++col) {
            const qsizetype pos = lineStart + col;
            if (pos >= m_data.size())
                break;
            const auto byte = quint8(m_data[pos]);
            const bool selected = pos >= selStart && pos < selEnd;
            const int hx = g.byteX(col);
            const int ax = g.asciiCharX(col);
            if (selected) {
                const bool joinNext = pos + 1 < selEnd && col + 1 < m_bytesPerLine;
                const int hexWidth = joinNext ? g.byteX(col + 1) - hx : 2 * g.charWidth;
                p.fillRect(QRect(hx, y, hexWidth, g.lineHeight), highlight);
                p.fillRect(QRect(ax, y, g.charWidth, g.lineHeight), highlight);
            }
            p.setPen(selected ? highlightText : text);
            const QChar pair[2] = { QLatin1Char(digits[byte >> 4]), QLatin1Char(digits[byte & 0x0F]) };
            p.drawText(hx, y + g.ascent, QString(pair, 2));
            const bool printable = byte >= 0x20 && byte < 0x7F;
            if (!printable && !selected)
                p.setPen(dim);
            p.drawText(ax, y + g.ascent, printable ? QString(QLatin1Char(char(byte))) : QStringLiteral("."));
        }
    }

    if (m_data.isEmpty() && !m_placeholder.isEmpty()) {
        p.setPen(dim);
        p.drawText(g.byteX(1), g.ascent, m_placeholder);
    }

    // Cursor: solid in the active pane (block = overwrite, bar = insert), outline in the other.
    const int cursorLine = int(m_cursor / m_bytesPerLine);
    if (cursorLine >= first && cursorLine < first + visible && !m_readOnly) {
        const int y = (cursorLine - first) * g.lineHeight;
        const int col = int(m_cursor % m_bytesPerLine);
        const QRect hexRect(g.byteX(col) + m_nibble * g.charWidth, y, g.charWidth, g.lineHeight);
        const QRect asciiRect(g.asciiCharX(col), y, g.charWidth, g.lineHeight);
        const QRect active = m_pane == Pane::Hex ? hexRect : asciiRect;
        const QRect other = m_pane == Pane::Hex ? asciiRect : hexRect;
        QColor solid = text;
        if (hasFocus()) {
            if (m_overwrite) {
                solid.setAlphaF(0.35f);
                p.fillRect(active, solid);
            } else {
                p.fillRect(QRect(active.left() - 1, active.top(), 2, active.height()), text);
            }
        } else {
            p.setPen(dim);
            p.drawRect(active.adjusted(0, 0, -1, -1));
        }
        p.setPen(dim);
        p.drawRect(other.adjusted(0, 0, -1, -1));
    }
}

bool HexEditor::hitTest(const QPoint &point, qsizetype *position, Pane *pane, int *nibble) const
{
    const Geometry g = geometry();
    const int x = point.x() + horizontalScrollBar()->value();
    const int line = std::max(0, verticalScrollBar()->value() + point.y() / g.lineHeight);
    const qsizetype lineStart = qsizetype(line) * m_bytesPerLine;
    int col = 0;
    *nibble = 0;
    if (x < g.hexEnd + g.charWidth) {
        *pane = Pane::Hex;
        int rel = x - g.hexX;
        if (rel < 0) {
            rel = 0;
        } else if (rel >= g.byteX(g.groupAt) - g.hexX) {
            rel -= g.charWidth;
        }
        col = std::clamp(rel / (3 * g.charWidth), 0, m_bytesPerLine - 1);
        *nibble = (rel - col * 3 * g.charWidth) >= g.charWidth ? 1 : 0;
    } else {
        *pane = Pane::Ascii;
        col = std::clamp((x - g.asciiX) / g.charWidth, 0, m_bytesPerLine - 1);
    }
    *position = std::min(lineStart + col, m_data.size());
    if (*position == m_data.size())
        *nibble = 0;
    return true;
}

} // namespace gattscope
