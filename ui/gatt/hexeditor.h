// SPDX-License-Identifier: MIT
#pragma once

#include <QAbstractScrollArea>
#include <QByteArray>

#include <algorithm>

class QUndoStack;
class QMenu;

namespace gattscope {

// A hex editor for attribute values: offset | hex | ASCII columns in a monospace font.
//
// Editing: type hex digits in the hex pane or characters in the ASCII pane (Tab switches
// pane); Insert toggles between overwrite (default) and insert mode; Backspace/Delete remove
// bytes; typing past the end appends. Selection with Shift+arrows, Shift+click or the mouse;
// Ctrl+A selects all. Copy gives hex from the hex pane and text from the ASCII pane (the
// context menu offers both); paste likewise parses hex or takes the text's UTF-8 bytes.
// Every change is an undoable step (Ctrl+Z / Ctrl+Shift+Z), consecutive typing merges
// into one step.
//
// Undo keeps whole snapshots per step: meant for attribute values (≤ 512 bytes by the
// spec) and similar small buffers, not for files.
class HexEditor : public QAbstractScrollArea
{
    Q_OBJECT

public:
    enum class Pane {
        Hex,
        Ascii
    };
    Q_ENUM(Pane)

    explicit HexEditor(QWidget *parent = nullptr);
    ~HexEditor() override;

    QByteArray data() const { return m_data; }
    // Replaces the contents, clears the undo history and the selection; no dataChanged().
    void setData(const QByteArray &data);

    bool isReadOnly() const { return m_readOnly; }
    void setReadOnly(bool readOnly);
    bool overwriteMode() const { return m_overwrite; }
    void setOverwriteMode(bool overwrite);
    int bytesPerLine() const { return m_bytesPerLine; }
    // A fixed count (1..64), or 0 for automatic: 16, 8 or 4, whichever fits the width
    // (the default).
    void setBytesPerLine(int bytes);
    // Text shown when there are no bytes.
    void setPlaceholderText(const QString &text);

    // Byte position of the cursor, 0..size (size = after the last byte).
    qsizetype cursorPosition() const { return m_cursor; }
    void setCursorPosition(qsizetype position, Pane pane = Pane::Hex);
    Pane activePane() const { return m_pane; }
    bool hasSelection() const { return m_anchor != m_cursor; }
    qsizetype selectionStart() const { return std::min(m_anchor, m_cursor); }
    qsizetype selectionEnd() const { return std::max(m_anchor, m_cursor); } // exclusive
    void setSelection(qsizetype start, qsizetype end);
    QByteArray selectedBytes() const;

    QUndoStack *undoStack() const { return m_undo; }
    QSize sizeHint() const override;

public Q_SLOTS:
    void undo();
    void redo();
    void selectAll();
    void copyHex();
    void copyText();
    // Parses the clipboard as hex; returns false (and changes nothing) if it is not hex.
    bool pasteHex();
    void pasteText();
    // Replaces the selection (or inserts at the cursor) with `bytes`, as one undo step.
    void insertBytes(const QByteArray &bytes);

Q_SIGNALS:
    // The user changed the bytes (typing, paste, delete, undo, redo).
    void dataChanged(const QByteArray &data);
    void cursorPositionChanged(qsizetype position);
    void overwriteModeChanged(bool overwrite);
    void selectionChanged();
    // A paste or key could not be applied (invalid hex on the clipboard …).
    void inputRejected(const QString &reason);

protected:
    void paintEvent(QPaintEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;
    void mousePressEvent(QMouseEvent *event) override;
    void mouseMoveEvent(QMouseEvent *event) override;
    void mouseReleaseEvent(QMouseEvent *event) override;
    void mouseDoubleClickEvent(QMouseEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;
    void focusInEvent(QFocusEvent *event) override;
    void focusOutEvent(QFocusEvent *event) override;
    void contextMenuEvent(QContextMenuEvent *event) override;
    bool focusNextPrevChild(bool next) override;

private:
    friend class HexEditCommand;
    struct Geometry;
    Geometry geometry() const;
    int lineCount() const;
    void updateScrollBars();
    void fitBytesPerLine();
    void ensureCursorVisible();
    // Moves the cursor; keeps the anchor when `extend` (selection), else collapses it.
    void moveCursor(qsizetype position, bool extend, int nibble = 0);
    // Hit test in viewport coordinates: byte position, pane and nibble.
    bool hitTest(const QPoint &point, qsizetype *position, Pane *pane, int *nibble) const;

    void typeHexDigit(int digit);
    void typeText(const QString &text);
    void removeSelectionOr(int direction); // -1 backspace, +1 delete
    // Records one undo step from the current state to `after`.
    void change(const QByteArray &after, qsizetype cursorAfter, int nibbleAfter, bool typing);
    // Applies a state without recording (used by undo commands).
    void restore(const QByteArray &data, qsizetype cursor, int nibble);

    QByteArray m_data;
    qsizetype m_cursor = 0;
    qsizetype m_anchor = 0;
    int m_nibble = 0; // 0 = high nibble, 1 = low nibble (hex pane)
    Pane m_pane = Pane::Hex;
    bool m_overwrite = true;
    bool m_readOnly = false;
    int m_bytesPerLine = 16;
    bool m_autoBytesPerLine = true;
    bool m_dragging = false;
    int m_typingRun = 0; // bumped by every cursor move that is not typing
    QString m_placeholder;
    QUndoStack *m_undo = nullptr;
};

} // namespace gattscope
