// SPDX-License-Identifier: MIT
#pragma once

#include "pairingoffer.h"

#include <gattscope/core/backend/connection.h>
#include <gattscope/core/codecs/valuedecoder.h>

#include <QPointer>
#include <QWidget>

class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;
class QTabWidget;

namespace gattscope {

class DeviceSession;
class HexEditor;
class OperationTracker;

// The value panel for one characteristic or descriptor: three views of one byte buffer
// (hex editor, UTF-8 text with \xNN escapes, and a typed view through core's ValueDecoder
// with value and unit), and the operations Read, Read long, Write (request) and Write
// without response, enabled by the characteristic's properties and the link state.
//
// Operations go through the DeviceSession's QFuture API (which logs them); their
// continuations run on this widget's thread and are dropped if the widget goes away first,
// so the GUI thread never blocks. Errors are shown inline with the ATT error name
// (Error::toString()); a cancelled operation says so, quietly.
//
// A value arriving from elsewhere (notification, a read from the tree) replaces the
// buffer only while the user has not edited it.
class ValueEditor : public QWidget
{
    Q_OBJECT

public:
    enum class View {
        Hex,
        Text,
        Typed
    };
    Q_ENUM(View)

    explicit ValueEditor(QWidget *parent = nullptr);
    ~ValueEditor() override;

    // The device whose values this edits: reads and writes go through its session (which
    // logs them and stores the values).
    void setSession(DeviceSession *session);
    void setOperationTracker(OperationTracker *tracker) { m_tracker = tracker; }
    // Where a read or write that failed for lack of authentication or encryption goes (the
    // tab's "Pair and retry"); none by default.
    void setPairingOffer(PairingOffer offer) { m_pairingOffer = std::move(offer); }
    // A characteristic value handle or a descriptor handle of `database`; 0 clears.
    void setTarget(const GattDatabase &database, quint16 handle);
    quint16 handle() const { return m_handle; }
    bool isDescriptor() const { return m_isDescriptor; }
    // The link went down/up: operations are disabled while it is down.
    void setLinkUp(bool up);

    // A value from elsewhere for `handle` (ignored for other handles or while edited).
    void showValue(quint16 handle, const QByteArray &value);
    // Names or decoders changed (a 0x2901/0x2904 was read, the user renamed the
    // characteristic or gave it a field layout, also from the plot dialog): the title, the
    // Typed view and the layout field follow `database` (the session's, now) and the
    // stored layouts. The buffer, and whether the user edited it, stay.
    void refreshNames(const GattDatabase &database);
    QString titleText() const;
    QString typedText() const;
    QByteArray editedValue() const { return m_value; }
    bool isEdited() const { return m_edited; }
    // Sets the buffer as if the user typed it (marks it edited).
    void setEditedValue(const QByteArray &value);

    View currentView() const;
    void setCurrentView(View view);
    HexEditor *hexEditor() const { return m_hex; }
    QString statusText() const;
    bool statusIsError() const { return m_statusIsError; }

    bool canRead() const;
    bool canWrite() const;
    bool canWriteWithoutResponse() const;

    // Reads the target (as read() does) and returns the outcome, after the editor showed it;
    // fails at once when nothing can be read now (no target, link down, not readable).
    QFuture<Result<QByteArray>> readValue(Connection::ReadMode mode = Connection::ReadMode::Auto);

public Q_SLOTS:
    void read();
    void readLong();
    void write();
    void writeWithoutResponse();

private:
    enum class Origin {
        External,
        HexView,
        TextView,
        TypedView
    };
    void buildUi();
    void startWrite(Connection::WriteMode mode);
    void updateViews(Origin origin);
    void updateTyped(Origin origin);
    void showText(Origin origin);
    void showTyped(const DecodedValue &decoded);
    void showStalePages(); // the page now in view, if a value came while it was not
    void updateButtons();
    void applyLayout();
    void setStatus(const QString &text, bool error);
    QString attributeName() const;
    void showTitle();
    void showLastRead();

    QPointer<DeviceSession> m_session;
    OperationTracker *m_tracker = nullptr;
    GattDatabase m_database;
    quint16 m_handle = 0;
    bool m_isDescriptor = false;
    Uuid m_uuid;
    CharacteristicProperties m_properties;
    QString m_name;
    qint64 m_lastReadUs = -1; // µs since the epoch; 0 = a cached value, -1 = none
    ValueDecoder m_decoder;
    QByteArray m_value;
    bool m_edited = false;
    bool m_linkUp = false;
    bool m_typedValid = true;
    bool m_syncing = false;
    bool m_textStale = false; // the Text page shows an older value (it is not in view)
    bool m_typedStale = false; // the same for the Typed page
    bool m_statusIsError = false;

    QLabel *m_title = nullptr;
    QTabWidget *m_tabs = nullptr;
    HexEditor *m_hex = nullptr;
    QPlainTextEdit *m_text = nullptr;
    QLabel *m_textInfo = nullptr;
    QLabel *m_typedValue = nullptr;
    QLabel *m_typedSource = nullptr;
    QLineEdit *m_typedInput = nullptr;
    QLabel *m_typedError = nullptr;
    QLineEdit *m_layoutEdit = nullptr;
    QPushButton *m_read = nullptr;
    QPushButton *m_readLong = nullptr;
    QPushButton *m_write = nullptr;
    QPushButton *m_writeCommand = nullptr;
    QLabel *m_lastRead = nullptr;
    QLabel *m_status = nullptr;
    PairingOffer m_pairingOffer;
};

} // namespace gattscope
