// SPDX-License-Identifier: MIT
#include "hexeditor.h"

#include "hexeditor_p.h"

#include <gattscope/core/base/hexcodec.h>
#include <gattscope/core/codecs/textcodec.h>
#include <gattscope/ui/common/retranslator.h>

#include <QApplication>
#include <QClipboard>
#include <QContextMenuEvent>
#include <QFontDatabase>
#include <QKeyEvent>
#include <QMenu>
#include <QPainter>
#include <QScrollBar>
#include <QUndoStack>

namespace gattscope {

HexEditor::HexEditor(QWidget *parent)
    : QAbstractScrollArea(parent)
    , m_undo(new QUndoStack(this))
{
    setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    setFocusPolicy(Qt::StrongFocus);
    viewport()->setCursor(Qt::IBeamCursor);
    Retranslator::bind(this, [this] { setPlaceholderText(tr("No bytes. Type hex digits to add some.")); });
    updateScrollBars();
}

HexEditor::~HexEditor() = default;

void HexEditor::setData(const QByteArray &data)
{
    m_data = data;
    m_cursor = m_anchor = 0;
    m_nibble = 0;
    m_undo->clear();
    updateScrollBars();
    verticalScrollBar()->setValue(0);
    viewport()->update();
    Q_EMIT cursorPositionChanged(m_cursor);
    Q_EMIT selectionChanged();
}

void HexEditor::setReadOnly(bool readOnly)
{
    m_readOnly = readOnly;
    viewport()->setCursor(readOnly ? Qt::ArrowCursor : Qt::IBeamCursor);
    viewport()->update();
}

void HexEditor::setOverwriteMode(bool overwrite)
{
    if (overwrite == m_overwrite)
        return;
    m_overwrite = overwrite;
    viewport()->update();
    Q_EMIT overwriteModeChanged(overwrite);
}

void HexEditor::setBytesPerLine(int bytes)
{
    m_autoBytesPerLine = bytes == 0;
    if (m_autoBytesPerLine)
        fitBytesPerLine();
    else
        m_bytesPerLine = std::clamp(bytes, 1, 64);
    updateScrollBars();
    updateGeometry();
    viewport()->update();
}

void HexEditor::setPlaceholderText(const QString &text)
{
    m_placeholder = text;
    viewport()->update();
}

void HexEditor::setCursorPosition(qsizetype position, Pane pane)
{
    m_pane = pane;
    moveCursor(position, false);
}

void HexEditor::setSelection(qsizetype start, qsizetype end)
{
    m_anchor = std::clamp<qsizetype>(start, 0, m_data.size());
    moveCursor(end, true);
}

QByteArray HexEditor::selectedBytes() const
{
    return m_data.mid(selectionStart(), selectionEnd() - selectionStart());
}

void HexEditor::moveCursor(qsizetype position, bool extend, int nibble)
{
    const bool hadSelection = hasSelection();
    const qsizetype oldAnchor = m_anchor;
    const qsizetype oldCursor = m_cursor;
    ++m_typingRun;
    m_cursor = std::clamp<qsizetype>(position, 0, m_data.size());
    m_nibble = m_cursor == m_data.size() ? 0 : nibble;
    if (!extend)
        m_anchor = m_cursor;
    ensureCursorVisible();
    viewport()->update();
    if (oldCursor != m_cursor)
        Q_EMIT cursorPositionChanged(m_cursor);
    if (hadSelection != hasSelection()
        || (hasSelection() && (oldAnchor != m_anchor || oldCursor != m_cursor)))
        Q_EMIT selectionChanged();
}

void HexEditor::updateScrollBars()
{
    const Geometry g = geometry();
    const int visible = std::max(1, viewport()->height() / g.lineHeight);
    verticalScrollBar()->setRange(0, std::max(0, lineCount() - visible));
    verticalScrollBar()->setPageStep(visible);
    horizontalScrollBar()->setRange(0, std::max(0, g.totalWidth - viewport()->width()));
    horizontalScrollBar()->setPageStep(viewport()->width());
    horizontalScrollBar()->setSingleStep(g.charWidth);
}

void HexEditor::ensureCursorVisible()
{
    const Geometry g = geometry();
    updateScrollBars();
    const int line = int(m_cursor / m_bytesPerLine);
    const int visible = std::max(1, viewport()->height() / g.lineHeight);
    QScrollBar *v = verticalScrollBar();
    if (line < v->value())
        v->setValue(line);
    else if (line >= v->value() + visible)
        v->setValue(line - visible + 1);
    const int column = int(m_cursor % m_bytesPerLine);
    const int x = m_pane == Pane::Hex ? g.byteX(column) : g.asciiCharX(column);
    QScrollBar *h = horizontalScrollBar();
    if (x < h->value())
        h->setValue(x - g.margin);
    else if (x + 3 * g.charWidth > h->value() + viewport()->width())
        h->setValue(x + 3 * g.charWidth - viewport()->width());
}

void HexEditor::fitBytesPerLine()
{
    const int width = viewport()->width();
    for (int candidate : { 16, 8, 4 }) {
        m_bytesPerLine = candidate;
        if (geometry().totalWidth <= width)
            return;
    }
}

void HexEditor::resizeEvent(QResizeEvent *event)
{
    QAbstractScrollArea::resizeEvent(event);
    if (m_autoBytesPerLine) {
        const int before = m_bytesPerLine;
        fitBytesPerLine();
        if (before != m_bytesPerLine)
            viewport()->update();
    }
    updateScrollBars();
}

void HexEditor::focusInEvent(QFocusEvent *event)
{
    QAbstractScrollArea::focusInEvent(event);
    viewport()->update();
}

void HexEditor::focusOutEvent(QFocusEvent *event)
{
    QAbstractScrollArea::focusOutEvent(event);
    viewport()->update();
}

void HexEditor::mousePressEvent(QMouseEvent *event)
{
    if (event->button() != Qt::LeftButton) {
        QAbstractScrollArea::mousePressEvent(event);
        return;
    }
    qsizetype pos = 0;
    Pane pane = Pane::Hex;
    int nibble = 0;
    hitTest(event->position().toPoint(), &pos, &pane, &nibble);
    m_pane = pane;
    moveCursor(pos, event->modifiers() & Qt::ShiftModifier, nibble);
    m_dragging = true;
}

void HexEditor::mouseMoveEvent(QMouseEvent *event)
{
    if (!m_dragging || !(event->buttons() & Qt::LeftButton))
        return;
    qsizetype pos = 0;
    Pane pane = Pane::Hex;
    int nibble = 0;
    hitTest(event->position().toPoint(), &pos, &pane, &nibble);
    // Dragging forward includes the byte under the pointer.
    moveCursor(pos >= m_anchor ? std::min(pos + 1, m_data.size()) : pos, true);
}

void HexEditor::mouseReleaseEvent(QMouseEvent *event)
{
    m_dragging = false;
    event->accept();
}

void HexEditor::mouseDoubleClickEvent(QMouseEvent *event)
{
    qsizetype pos = 0;
    Pane pane = Pane::Hex;
    int nibble = 0;
    hitTest(event->position().toPoint(), &pos, &pane, &nibble);
    m_pane = pane;
    setSelection(pos, pos + 1);
}

bool HexEditor::focusNextPrevChild(bool next)
{
    // Tab goes hex → ASCII, then leaves the widget; Shift+Tab the other way.
    if (next && m_pane == Pane::Hex) {
        m_pane = Pane::Ascii;
        viewport()->update();
        return true;
    }
    if (!next && m_pane == Pane::Ascii) {
        m_pane = Pane::Hex;
        viewport()->update();
        return true;
    }
    return QAbstractScrollArea::focusNextPrevChild(next);
}

void HexEditor::keyPressEvent(QKeyEvent *event)
{
    const bool shift = event->modifiers() & Qt::ShiftModifier;
    const bool ctrl = event->modifiers() & Qt::ControlModifier;
    if (event->matches(QKeySequence::Undo))
        return undo();
    if (event->matches(QKeySequence::Redo))
        return redo();
    if (event->matches(QKeySequence::SelectAll))
        return selectAll();
    if (event->matches(QKeySequence::Copy))
        return m_pane == Pane::Hex ? copyHex() : copyText();
    if (event->matches(QKeySequence::Cut)) {
        m_pane == Pane::Hex ? copyHex() : copyText();
        if (!m_readOnly && hasSelection())
            removeSelectionOr(1);
        return;
    }
    if (event->matches(QKeySequence::Paste)) {
        if (!m_readOnly) {
            if (m_pane == Pane::Hex)
                pasteHex();
            else
                pasteText();
        }
        return;
    }

    const int visibleLines = std::max(1, viewport()->height() / geometry().lineHeight);
    const qsizetype lineStart = m_cursor - m_cursor % m_bytesPerLine;
    switch (event->key()) {
    case Qt::Key_Left:
        if (m_pane == Pane::Hex && !shift && m_nibble == 1 && !hasSelection())
            moveCursor(m_cursor, false, 0);
        else
            moveCursor(m_cursor - 1, shift, (m_pane == Pane::Hex && !shift && m_cursor > 0) ? 1 : 0);
        return;
    case Qt::Key_Right:
        if (m_pane == Pane::Hex && !shift && m_nibble == 0 && m_cursor < m_data.size() && !hasSelection())
            moveCursor(m_cursor, false, 1);
        else
            moveCursor(m_cursor + 1, shift);
        return;
    case Qt::Key_Up:
        moveCursor(m_cursor >= m_bytesPerLine ? m_cursor - m_bytesPerLine : m_cursor, shift);
        return;
    case Qt::Key_Down: moveCursor(m_cursor + m_bytesPerLine, shift); return;
    case Qt::Key_PageUp: moveCursor(m_cursor - qsizetype(visibleLines) * m_bytesPerLine, shift); return;
    case Qt::Key_PageDown: moveCursor(m_cursor + qsizetype(visibleLines) * m_bytesPerLine, shift); return;
    case Qt::Key_Home: moveCursor(ctrl ? 0 : lineStart, shift); return;
    case Qt::Key_End: moveCursor(ctrl ? m_data.size() : lineStart + m_bytesPerLine - 1, shift); return;
    case Qt::Key_Insert: setOverwriteMode(!m_overwrite); return;
    case Qt::Key_Backspace:
        if (!m_readOnly)
            removeSelectionOr(-1);
        return;
    case Qt::Key_Delete:
        if (!m_readOnly)
            removeSelectionOr(1);
        return;
    case Qt::Key_Escape:
        if (hasSelection()) {
            moveCursor(m_cursor, false, m_nibble);
            return;
        }
        break;
    default: break;
    }

    const QString text = event->text();
    const bool typeable = !text.isEmpty() && !ctrl
        && std::all_of(text.cbegin(), text.cend(), [](QChar c) { return c.isPrint(); });
    if (!typeable || m_readOnly) {
        QAbstractScrollArea::keyPressEvent(event);
        return;
    }
    if (m_pane == Pane::Ascii) {
        typeText(text);
        return;
    }
    for (QChar c : text) {
        const int digit = c.isDigit()                      ? c.digitValue()
            : (c.toLower() >= u'a' && c.toLower() <= u'f') ? 10 + (c.toLower().unicode() - u'a')
                                                           : -1;
        if (digit < 0 || digit > 15) {
            Q_EMIT inputRejected(tr("'%1' is not a hex digit").arg(c));
            return;
        }
        typeHexDigit(digit);
    }
}

void HexEditor::contextMenuEvent(QContextMenuEvent *event)
{
    QMenu menu(this);
    QAction *undoAction = menu.addAction(tr("&Undo"), this, &HexEditor::undo);
    undoAction->setEnabled(!m_readOnly && m_undo->canUndo());
    QAction *redoAction = menu.addAction(tr("&Redo"), this, &HexEditor::redo);
    redoAction->setEnabled(!m_readOnly && m_undo->canRedo());
    menu.addSeparator();
    menu.addAction(tr("Copy as &hex"), this, &HexEditor::copyHex);
    menu.addAction(tr("Copy as &text"), this, &HexEditor::copyText);
    menu.addAction(tr("&Paste hex"), this, &HexEditor::pasteHex)->setEnabled(!m_readOnly);
    menu.addAction(tr("Paste te&xt"), this, &HexEditor::pasteText)->setEnabled(!m_readOnly);
    menu.addSeparator();
    menu.addAction(tr("Select &all"), this, &HexEditor::selectAll);
    QAction *overwrite
        = menu.addAction(tr("&Overwrite mode"), this, [this](bool on) { setOverwriteMode(on); });
    overwrite->setCheckable(true);
    overwrite->setChecked(m_overwrite);
    menu.exec(event->globalPos());
}

void HexEditor::undo()
{
    if (!m_readOnly)
        m_undo->undo();
    ++m_typingRun;
}

void HexEditor::redo()
{
    if (!m_readOnly)
        m_undo->redo();
    ++m_typingRun;
}

void HexEditor::selectAll()
{
    setSelection(0, m_data.size());
}

void HexEditor::copyHex()
{
    QApplication::clipboard()->setText(toHex(hasSelection() ? selectedBytes() : m_data));
}

void HexEditor::copyText()
{
    QApplication::clipboard()->setText(decodeUtf8(hasSelection() ? selectedBytes() : m_data).text);
}

bool HexEditor::pasteHex()
{
    if (m_readOnly)
        return false;
    const Result<QByteArray> bytes = parseHex(QApplication::clipboard()->text());
    if (!bytes.ok()) {
        Q_EMIT inputRejected(tr("The clipboard does not hold hex: %1").arg(bytes.error().message()));
        return false;
    }
    insertBytes(bytes.value());
    return true;
}

void HexEditor::pasteText()
{
    if (!m_readOnly)
        insertBytes(encodeUtf8(QApplication::clipboard()->text()));
}

void HexEditor::insertBytes(const QByteArray &bytes)
{
    if (m_readOnly)
        return;
    QByteArray after = m_data;
    qsizetype pos = m_cursor;
    if (hasSelection()) {
        pos = selectionStart();
        after.replace(pos, selectionEnd() - pos, bytes);
    } else if (m_overwrite) {
        after.replace(pos, std::min(bytes.size(), after.size() - pos), bytes);
    } else {
        after.insert(pos, bytes);
    }
    change(after, pos + bytes.size(), 0, false);
}

void HexEditor::typeHexDigit(int digit)
{
    QByteArray after = m_data;
    qsizetype pos = m_cursor;
    int nibble = m_nibble;
    if (hasSelection()) {
        pos = selectionStart();
        nibble = 0;
        if (!m_overwrite)
            after.remove(pos, selectionEnd() - pos);
    }
    if (pos >= after.size() || (!m_overwrite && nibble == 0)) {
        after.insert(pos, char(digit << 4));
        nibble = 1;
    } else if (nibble == 0) {
        after[pos] = char((digit << 4) | (quint8(after[pos]) & 0x0F));
        nibble = 1;
    } else {
        after[pos] = char((quint8(after[pos]) & 0xF0) | digit);
        ++pos;
        nibble = 0;
    }
    change(after, pos, nibble, true);
}

void HexEditor::typeText(const QString &text)
{
    const QByteArray bytes = encodeUtf8(text);
    QByteArray after = m_data;
    qsizetype pos = m_cursor;
    if (hasSelection()) {
        pos = selectionStart();
        if (!m_overwrite)
            after.remove(pos, selectionEnd() - pos);
    }
    if (m_overwrite)
        after.replace(pos, std::min(bytes.size(), after.size() - pos), bytes);
    else
        after.insert(pos, bytes);
    change(after, pos + bytes.size(), 0, true);
}

void HexEditor::removeSelectionOr(int direction)
{
    QByteArray after = m_data;
    qsizetype pos = m_cursor;
    if (hasSelection()) {
        pos = selectionStart();
        after.remove(pos, selectionEnd() - pos);
    } else if (direction < 0) {
        if (m_pane == Pane::Hex && m_nibble == 1) {
            after.remove(pos, 1); // half-typed byte: Backspace takes it back
        } else {
            if (pos == 0)
                return;
            after.remove(--pos, 1);
        }
    } else {
        if (pos >= after.size())
            return;
        after.remove(pos, 1);
    }
    change(after, pos, 0, false);
}

void HexEditor::change(const QByteArray &after, qsizetype cursorAfter, int nibbleAfter, bool typing)
{
    if (after == m_data) {
        moveCursor(cursorAfter, false, nibbleAfter);
        return;
    }
    m_undo->push(new HexEditCommand(this, { m_data, m_cursor, m_nibble }, { after, cursorAfter, nibbleAfter },
                                    typing, m_typingRun));
}

void HexEditor::restore(const QByteArray &data, qsizetype cursor, int nibble)
{
    m_data = data;
    const int run = m_typingRun; // an edit's own cursor move does not end a typing run
    moveCursor(cursor, false, nibble);
    m_typingRun = run;
    updateScrollBars();
    viewport()->update();
    Q_EMIT dataChanged(m_data);
}

} // namespace gattscope
