// SPDX-License-Identifier: MIT
#pragma once

#include <QDialog>

#include <optional>

class QDialogButtonBox;
class QLabel;
class QLineEdit;

namespace gattscope {

// Asks for the six-digit passkey a peripheral shows (or was given), for pairing with
// passkey entry. Digits only; OK needs all six. passkey() is the number once accepted.
// Object names for tests: the dialog "passkeyDialog", the field "passkeyEdit".
class PasskeyDialog : public QDialog
{
    Q_OBJECT

public:
    explicit PasskeyDialog(const QString &device, QWidget *parent = nullptr);
    ~PasskeyDialog() override;

    QLineEdit *edit() const { return m_edit; }
    // The passkey typed, when it has six digits.
    std::optional<quint32> passkey() const;

private:
    void updateOk();

    QLabel *m_prompt = nullptr;
    QLineEdit *m_edit = nullptr;
    QDialogButtonBox *m_buttons = nullptr;
};

} // namespace gattscope
