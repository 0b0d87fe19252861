// SPDX-License-Identifier: MIT
#pragma once

#include <gattscope/core/backend/connection.h>
#include <gattscope/core/session/trafficentry.h>

#include <QPointer>
#include <QWidget>

class QCheckBox;
class QLabel;
class QLineEdit;
class QPushButton;

namespace gattscope {

class OperationTracker;

// Editor for a Client Characteristic Configuration descriptor (0x2902): Notify and
// Indicate check boxes bound to bits 0 and 1 of the first byte, and the raw bytes as hex.
// Both are editable and stay in sync; the raw field accepts any bytes (engineers write odd
// values on purpose) and the device's answer or ATT error is shown as it came.
class CccdEditor : public QWidget
{
    Q_OBJECT

public:
    explicit CccdEditor(QWidget *parent = nullptr);
    ~CccdEditor() override;

    void setConnection(Connection *connection, const QString &deviceLabel);
    void setOperationTracker(OperationTracker *tracker) { m_tracker = tracker; }
    // `handle` must be a 0x2902 descriptor of `database`; anything else clears the editor.
    void setTarget(const GattDatabase &database, quint16 handle);
    quint16 handle() const { return m_handle; }
    void setLinkUp(bool up);
    // A value read/written elsewhere for `handle` (e.g. by the Subscribe action).
    void showValue(quint16 handle, const QByteArray &value);

    // The bytes the raw field holds; nullopt while it is not valid hex.
    std::optional<QByteArray> rawValue() const;
    void setRawText(const QString &hex);
    void setNotify(bool on);
    void setIndicate(bool on);
    bool notifyChecked() const;
    bool indicateChecked() const;
    QString answerText() const;
    bool answerIsError() const { return m_answerIsError; }

public Q_SLOTS:
    void write();
    void read();

Q_SIGNALS:
    void valueRead(quint16 handle, const QByteArray &value);
    void valueWritten(quint16 handle, const QByteArray &value);
    void trafficRecorded(const gattscope::TrafficEntry &entry);

private:
    void onBitsToggled();
    void onRawEdited();
    void showBytes(const QByteArray &value);
    void updateButtons();
    void setAnswer(const QString &text, bool error);
    // The log line for an operation on `handle` (the CCCD of `ownerName`), captured when it
    // started: the selection may have moved on by the time the answer comes.
    TrafficEntry entry(TrafficEntry::Direction direction, quint16 handle, const QString &ownerName,
                       const QByteArray &value, const Error &error) const;
    static QString describe(const QByteArray &value);

    QPointer<Connection> m_connection;
    QString m_device;
    OperationTracker *m_tracker = nullptr;
    quint16 m_handle = 0;
    QString m_ownerName;
    CharacteristicProperties m_ownerProperties;
    bool m_linkUp = false;
    bool m_answerIsError = false;

    QLabel *m_title = nullptr;
    QCheckBox *m_notify = nullptr;
    QCheckBox *m_indicate = nullptr;
    QLineEdit *m_raw = nullptr;
    QPushButton *m_write = nullptr;
    QPushButton *m_read = nullptr;
    QLabel *m_answer = nullptr;
};

} // namespace gattscope
