// SPDX-License-Identifier: MIT
#pragma once

#include "pairingoffer.h"

#include <gattscope/core/gatt/gattdatabase.h>

#include <QPointer>
#include <QWidget>

#include <optional>

class QCheckBox;
class QLabel;
class QLineEdit;
class QPushButton;

namespace gattscope {

class DeviceSession;
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

    // The device whose CCCDs this edits: reads and writes go through its session (which
    // logs them and stores the values).
    void setSession(DeviceSession *session);
    void setOperationTracker(OperationTracker *tracker) { m_tracker = tracker; }
    // Where a read or write that failed for lack of authentication or encryption goes (the
    // tab's "Pair and retry"); none by default.
    void setPairingOffer(PairingOffer offer) { m_pairingOffer = std::move(offer); }
    // `handle` must be a 0x2902 descriptor of `database`; anything else clears the editor.
    void setTarget(const GattDatabase &database, quint16 handle);
    quint16 handle() const { return m_handle; }
    void setLinkUp(bool up);
    // A value read/written elsewhere for `handle` (e.g. by the Subscribe action): the bits,
    // the raw field and the answer line follow it (an earlier answer would describe a state
    // the descriptor is no longer in).
    void showValue(quint16 handle, const QByteArray &value);
    // The names changed (a 0x2901 was read, the user renamed a characteristic): the title
    // names the characteristic as `database` (the session's, now) does. Keeps the value.
    void refreshNames(const GattDatabase &database);
    QString titleText() const;

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

private:
    void onBitsToggled();
    void onRawEdited();
    void showBytes(const QByteArray &value);
    void showTarget();
    void updateButtons();
    void setAnswer(const QString &text, bool error);
    static QString describe(const QByteArray &value);

    QPointer<DeviceSession> m_session;
    OperationTracker *m_tracker = nullptr;
    quint16 m_handle = 0;
    Characteristic m_owner; // the characteristic the selected CCCD configures
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
    PairingOffer m_pairingOffer;
};

} // namespace gattscope
