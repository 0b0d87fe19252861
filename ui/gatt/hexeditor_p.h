// SPDX-License-Identifier: MIT
#pragma once

#include "hexeditor.h"

#include <QUndoCommand>

namespace gattscope {

// Pixel layout of one line: [offset] [hex bytes, an extra gap mid-line] [ASCII].
struct HexEditor::Geometry
{
    int charWidth = 8;
    int lineHeight = 16;
    int ascent = 12;
    int margin = 4;
    int offsetDigits = 4;
    int hexX = 0;
    int hexEnd = 0;
    int asciiX = 0;
    int totalWidth = 0;
    int groupAt = 8;

    int byteX(int column) const
    {
        return hexX + column * 3 * charWidth + (column >= groupAt ? charWidth : 0);
    }
    int asciiCharX(int column) const { return asciiX + column * charWidth; }
};

// One undoable HexEditor step: the whole buffer and cursor before and after. Consecutive
// typing merges into one step.
class HexEditCommand : public QUndoCommand
{
public:
    struct State
    {
        QByteArray data;
        qsizetype cursor = 0;
        int nibble = 0;
    };

    // `typingRun` identifies an uninterrupted run of typing (the editor bumps it whenever
    // the cursor is moved by other means); only commands of the same run merge.
    HexEditCommand(HexEditor *editor, State before, State after, bool typing, int typingRun)
        : m_editor(editor)
        , m_before(std::move(before))
        , m_after(std::move(after))
        , m_typing(typing)
        , m_run(typingRun)
    {
        setText(typing ? HexEditor::tr("Typing") : HexEditor::tr("Edit"));
    }

    void undo() override { m_editor->restore(m_before.data, m_before.cursor, m_before.nibble); }
    void redo() override { m_editor->restore(m_after.data, m_after.cursor, m_after.nibble); }
    int id() const override { return m_typing ? 1 : -1; }
    bool mergeWith(const QUndoCommand *other) override
    {
        const auto *next = static_cast<const HexEditCommand *>(other);
        if (!next->m_typing || next->m_run != m_run || next->m_before.cursor != m_after.cursor
            || next->m_before.nibble != m_after.nibble)
            return false;
        m_after = next->m_after;
        return true;
    }

private:
    HexEditor *m_editor;
    State m_before;
    State m_after;
    bool m_typing;
    int m_run;
};

} // namespace gattscope
