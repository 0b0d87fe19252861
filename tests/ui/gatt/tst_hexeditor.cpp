// SPDX-License-Identifier: MIT
#include <gattscope/ui/gatt/hexeditor.h>

#include <QApplication>
#include <QClipboard>
#include <QSignalSpy>
#include <QTest>
#include <QUndoStack>

using namespace gattscope;
using namespace Qt::StringLiterals;

namespace {
QByteArray hex(const char *text)
{
    return QByteArray::fromHex(text);
}
} // namespace

class TestHexEditor : public QObject
{
    Q_OBJECT

private:
    // A shown, focused editor holding `data`, cursor at 0 in the hex pane.
    std::unique_ptr<HexEditor> editor(const QByteArray &data = {})
    {
        auto e = std::make_unique<HexEditor>();
        e->resize(700, 200);
        e->setBytesPerLine(16); // fixed: the tests compute positions from it
        e->setData(data);
        e->show();
        e->setFocus();
        return e;
    }

private Q_SLOTS:
    void typingHexOverwrites_data()
    {
        QTest::addColumn<QByteArray>("initial");
        QTest::addColumn<bool>("overwrite");
        QTest::addColumn<QString>("keys");
        QTest::addColumn<QByteArray>("expected");
        QTest::addColumn<qsizetype>("cursor");
        QTest::newRow("append to empty")
            << QByteArray() << true << u"0102ff"_s << hex("0102ff") << qsizetype(3);
        QTest::newRow("upper and lower case")
            << QByteArray() << true << u"aBcD"_s << hex("abcd") << qsizetype(2);
        QTest::newRow("overwrite first bytes")
            << hex("11223344") << true << u"aabb"_s << hex("aabb3344") << qsizetype(2);
        QTest::newRow("overwrite one nibble") << hex("1122") << true << u"f"_s << hex("f122") << qsizetype(0);
        QTest::newRow("overwrite past the end")
            << hex("11") << true << u"223344"_s << hex("223344") << qsizetype(3);
        QTest::newRow("insert at start")
            << hex("1122") << false << u"abcd"_s << hex("abcd1122") << qsizetype(2);
        QTest::newRow("insert half a byte")
            << hex("1122") << false << u"a"_s << hex("a01122") << qsizetype(0);
        QTest::newRow("non-hex ignored") << hex("1122") << true << u"zz"_s << hex("1122") << qsizetype(0);
    }
    void typingHexOverwrites()
    {
        QFETCH(QByteArray, initial);
        QFETCH(bool, overwrite);
        QFETCH(QString, keys);
        QFETCH(QByteArray, expected);
        QFETCH(qsizetype, cursor);
        auto e = editor(initial);
        e->setOverwriteMode(overwrite);
        QTest::keyClicks(e.get(), keys);
        QCOMPARE(e->data(), expected);
        QCOMPARE(e->cursorPosition(), cursor);
    }

    void insertKeyToggles()
    {
        auto e = editor(hex("1122"));
        QSignalSpy spy(e.get(), &HexEditor::overwriteModeChanged);
        QVERIFY(e->overwriteMode());
        QTest::keyClick(e.get(), Qt::Key_Insert);
        QVERIFY(!e->overwriteMode());
        QCOMPARE(spy.size(), 1);
        QTest::keyClicks(e.get(), u"00"_s);
        QCOMPARE(e->data(), hex("001122"));
        QTest::keyClick(e.get(), Qt::Key_Insert);
        QVERIFY(e->overwriteMode());
    }

    void asciiPane()
    {
        auto e = editor(hex("00000000"));
        QTest::keyClick(e.get(), Qt::Key_Tab); // hex → ASCII
        QCOMPARE(e->activePane(), HexEditor::Pane::Ascii);
        QTest::keyClicks(e.get(), u"Hi"_s);
        QCOMPARE(e->data(), QByteArray("Hi") + hex("0000"));
        QTest::keyClick(e.get(), Qt::Key_Insert);
        QTest::keyClicks(e.get(), u"!"_s);
        QCOMPARE(e->data(), QByteArray("Hi!") + hex("0000"));
        QTest::keyClick(e.get(), Qt::Key_Backtab); // back to hex
        QCOMPARE(e->activePane(), HexEditor::Pane::Hex);
    }

    void deleteAndBackspace()
    {
        auto e = editor(hex("11223344"));
        QTest::keyClick(e.get(), Qt::Key_Delete);
        QCOMPARE(e->data(), hex("223344"));
        QTest::keyClick(e.get(), Qt::Key_End, Qt::ControlModifier);
        QCOMPARE(e->cursorPosition(), qsizetype(3));
        QTest::keyClick(e.get(), Qt::Key_Backspace);
        QCOMPARE(e->data(), hex("2233"));
        QTest::keyClick(e.get(), Qt::Key_Home, Qt::ControlModifier);
        QTest::keyClick(e.get(), Qt::Key_Backspace); // nothing before the start
        QCOMPARE(e->data(), hex("2233"));
    }

    void selectionWithShiftAndReplace()
    {
        auto e = editor(hex("1122334455"));
        QTest::keyClick(e.get(), Qt::Key_Right, Qt::ShiftModifier);
        QTest::keyClick(e.get(), Qt::Key_Right, Qt::ShiftModifier);
        QVERIFY(e->hasSelection());
        QCOMPARE(e->selectedBytes(), hex("1122"));
        QTest::keyClick(e.get(), Qt::Key_Delete);
        QCOMPARE(e->data(), hex("334455"));
        QVERIFY(!e->hasSelection());

        QTest::keyClick(e.get(), Qt::Key_A, Qt::ControlModifier);
        QCOMPARE(e->selectedBytes(), hex("334455"));
        e->setOverwriteMode(false);
        QTest::keyClicks(e.get(), u"ff"_s); // typing replaces the selection in insert mode
        QCOMPARE(e->data(), hex("ff"));
    }

    void nibbleNavigation()
    {
        auto e = editor(hex("1122"));
        QTest::keyClick(e.get(), Qt::Key_Right); // to the low nibble of byte 0
        QTest::keyClicks(e.get(), u"9"_s);
        QCOMPARE(e->data(), hex("1922"));
        QCOMPARE(e->cursorPosition(), qsizetype(1));
        QTest::keyClick(e.get(), Qt::Key_Left); // low nibble of byte 0
        QTest::keyClicks(e.get(), u"0"_s);
        QCOMPARE(e->data(), hex("1022"));
    }

    void undoRedo()
    {
        auto e = editor(hex("1122"));
        QSignalSpy changed(e.get(), &HexEditor::dataChanged);
        QTest::keyClicks(e.get(), u"aabb"_s);
        QCOMPARE(e->data(), hex("aabb"));
        QCOMPARE(e->undoStack()->count(), 1); // consecutive typing is one step
        QTest::keyClick(e.get(), Qt::Key_Delete); // at the end: nothing to delete
        QTest::keyClick(e.get(), Qt::Key_Backspace);
        QCOMPARE(e->data(), hex("aa"));
        QCOMPARE(e->undoStack()->count(), 2);

        QTest::keyClick(e.get(), Qt::Key_Z, Qt::ControlModifier);
        QCOMPARE(e->data(), hex("aabb"));
        QTest::keyClick(e.get(), Qt::Key_Z, Qt::ControlModifier);
        QCOMPARE(e->data(), hex("1122"));
        QCOMPARE(e->cursorPosition(), qsizetype(0));
        QTest::keyClick(e.get(), Qt::Key_Z, Qt::ControlModifier | Qt::ShiftModifier);
        QCOMPARE(e->data(), hex("aabb"));
        QCOMPARE(changed.last().at(0).toByteArray(), hex("aabb"));

        // Moving the cursor ends a typing step.
        e->setCursorPosition(0);
        QTest::keyClicks(e.get(), u"00"_s);
        e->setCursorPosition(1);
        QTest::keyClicks(e.get(), u"11"_s);
        QCOMPARE(e->data(), hex("0011"));
        e->undo();
        QCOMPARE(e->data(), hex("00bb"));

        e->setData(hex("01")); // setData starts a fresh history
        QVERIFY(!e->undoStack()->canUndo());
    }

    void copyAndPaste()
    {
        auto e = editor(hex("48656c6c6f"));
        e->setSelection(1, 3);
        e->copyHex();
        QCOMPARE(QApplication::clipboard()->text(), u"65 6C"_s);
        e->copyText();
        QCOMPARE(QApplication::clipboard()->text(), u"el"_s);
        e->setSelection(0, 0);
        e->copyHex(); // no selection: everything
        QCOMPARE(QApplication::clipboard()->text(), u"48 65 6C 6C 6F"_s);

        e->setCursorPosition(5);
        QApplication::clipboard()->setText(u"0x01, 0x02"_s);
        QVERIFY(e->pasteHex());
        QCOMPARE(e->data(), hex("48656c6c6f0102"));

        QSignalSpy rejected(e.get(), &HexEditor::inputRejected);
        QApplication::clipboard()->setText(u"not hex"_s);
        QVERIFY(!e->pasteHex());
        QCOMPARE(rejected.size(), 1);
        QCOMPARE(e->data(), hex("48656c6c6f0102"));

        e->setSelection(0, 5);
        QApplication::clipboard()->setText(u"Hé"_s);
        e->pasteText(); // replaces the selection with the UTF-8 bytes
        QCOMPARE(e->data(), QByteArray("H\xC3\xA9") + hex("0102"));

        // Ctrl+V in the hex pane pastes hex.
        e->setCursorPosition(0);
        QApplication::clipboard()->setText(u"ee"_s);
        QTest::keyClick(e.get(), Qt::Key_V, Qt::ControlModifier);
        QCOMPARE(e->data().left(1), hex("ee"));
    }

    void readOnly()
    {
        auto e = editor(hex("1122"));
        e->setReadOnly(true);
        QSignalSpy changed(e.get(), &HexEditor::dataChanged);
        QTest::keyClicks(e.get(), u"ff"_s);
        QTest::keyClick(e.get(), Qt::Key_Delete);
        QApplication::clipboard()->setText(u"00"_s);
        QVERIFY(!e->pasteHex());
        QCOMPARE(e->data(), hex("1122"));
        QCOMPARE(changed.size(), 0);
        e->selectAll();
        e->copyHex(); // copying still works
        QCOMPARE(QApplication::clipboard()->text(), u"11 22"_s);
    }

    void mouseSelection()
    {
        auto e = editor(QByteArray(40, 'A'));
        QVERIFY(QTest::qWaitForWindowExposed(e.get()));
        // Click far left (offset column) of line 1 → byte 16; shift-click lower → extends.
        const int lineHeight = QFontMetrics(e->font()).height() + 2;
        QTest::mouseClick(e->viewport(), Qt::LeftButton, {}, QPoint(2, lineHeight + lineHeight / 2));
        QCOMPARE(e->cursorPosition(), qsizetype(16));
        QTest::mouseClick(e->viewport(), Qt::LeftButton, Qt::ShiftModifier, QPoint(2, 2 * lineHeight + 2));
        QCOMPARE(e->selectionStart(), qsizetype(16));
        QCOMPARE(e->selectionEnd(), qsizetype(32));
    }

    void bytesPerLineFollowsTheWidth()
    {
        auto e = editor(QByteArray(64, 'x'));
        e->setBytesPerLine(0);
        QCOMPARE(e->bytesPerLine(), 16);
        e->resize(e->sizeHint().width() / 2, 200);
        QVERIFY(e->bytesPerLine() < 16);
        e->resize(1000, 200);
        QCOMPARE(e->bytesPerLine(), 16);
        e->setBytesPerLine(8); // a fixed count stays
        e->resize(1200, 200);
        QCOMPARE(e->bytesPerLine(), 8);
    }

    void paintsWithoutData()
    {
        auto e = editor();
        QVERIFY(QTest::qWaitForWindowExposed(e.get()));
        QVERIFY(!e->grab().isNull());
        e->setData(QByteArray(100000, 'x')); // 8-digit offsets
        e->setCursorPosition(99999);
        QVERIFY(!e->grab().isNull());
        QVERIFY(e->sizeHint().width() > 300);
    }
};

QTEST_MAIN(TestHexEditor)
#include "tst_hexeditor.moc"
