// SPDX-License-Identifier: MIT
#include "passkeydialog.h"

#include <gattscope/ui/common/retranslator.h>

#include <QDialogButtonBox>
#include <QFontDatabase>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRegularExpressionValidator>
#include <QVBoxLayout>

namespace gattscope {

PasskeyDialog::PasskeyDialog(const QString &device, QWidget *parent)
    : QDialog(parent)
{
    setObjectName(QStringLiteral("passkeyDialog"));
    auto *layout = new QVBoxLayout(this);
    m_prompt = new QLabel(this);
    m_prompt->setWordWrap(true);
    layout->addWidget(m_prompt);
    m_edit = new QLineEdit(this);
    m_edit->setObjectName(QStringLiteral("passkeyEdit"));
    m_edit->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_edit->setMaxLength(6);
    m_edit->setInputMethodHints(Qt::ImhDigitsOnly);
    m_edit->setValidator(
        new QRegularExpressionValidator(QRegularExpression(QStringLiteral("[0-9]{0,6}")), m_edit));
    m_edit->setPlaceholderText(QStringLiteral("000000"));
    layout->addWidget(m_edit);
    m_buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    layout->addWidget(m_buttons);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_edit, &QLineEdit::textChanged, this, &PasskeyDialog::updateOk);
    Retranslator::bind(this, [this, device] {
        setWindowTitle(tr("Passkey"));
        m_prompt->setText(tr("%1 asks for a passkey. Type the six digits it shows or that you were given; "
                             "Cancel stops pairing.")
                              .arg(device));
    });
    updateOk();
}

PasskeyDialog::~PasskeyDialog() = default;

std::optional<quint32> PasskeyDialog::passkey() const
{
    const QString text = m_edit->text();
    bool ok = false;
    const uint n = text.toUInt(&ok);
    if (text.size() != 6 || !ok)
        return std::nullopt;
    return quint32(n);
}

void PasskeyDialog::updateOk()
{
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(passkey().has_value());
}

} // namespace gattscope
