// SPDX-License-Identifier: MIT
#include "cccdeditor.h"

#include <gattscope/core/base/hexcodec.h>
#include <gattscope/core/session/attributenames.h>
#include <gattscope/core/session/devicesession.h>
#include <gattscope/core/session/whendone.h>
#include <gattscope/ui/common/operationtracker.h>
#include <gattscope/ui/common/retranslator.h>
#include <gattscope/ui/common/uiformat.h>

#include <QCheckBox>
#include <QFontDatabase>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace gattscope {

CccdEditor::CccdEditor(QWidget *parent)
    : QWidget(parent)
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    m_title = new QLabel(this);
    m_title->setTextFormat(Qt::RichText);
    m_title->setWordWrap(true);
    layout->addWidget(m_title);

    auto *form = new QFormLayout;
    m_notify = new QCheckBox(this);
    m_notify->setObjectName(QStringLiteral("cccdNotify"));
    m_indicate = new QCheckBox(this);
    m_indicate->setObjectName(QStringLiteral("cccdIndicate"));
    auto *bits = new QHBoxLayout;
    bits->addWidget(m_notify);
    bits->addWidget(m_indicate);
    bits->addStretch(1);
    auto *bitsLabel = new QLabel(this);
    form->addRow(bitsLabel, bits);
    m_raw = new QLineEdit(this);
    m_raw->setObjectName(QStringLiteral("cccdRaw"));
    m_raw->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    auto *rawLabel = new QLabel(this);
    rawLabel->setBuddy(m_raw);
    form->addRow(rawLabel, m_raw);
    layout->addLayout(form);

    auto *buttons = new QHBoxLayout;
    m_write = new QPushButton(this);
    m_write->setObjectName(QStringLiteral("cccdWrite"));
    m_read = new QPushButton(this);
    buttons->addWidget(m_write);
    buttons->addWidget(m_read);
    buttons->addStretch(1);
    layout->addLayout(buttons);

    m_answer = new QLabel(this);
    m_answer->setObjectName(QStringLiteral("cccdAnswer"));
    m_answer->setWordWrap(true);
    m_answer->setTextInteractionFlags(Qt::TextSelectableByMouse);
    layout->addWidget(m_answer);
    layout->addStretch(1);

    connect(m_notify, &QCheckBox::toggled, this, &CccdEditor::onBitsToggled);
    connect(m_indicate, &QCheckBox::toggled, this, &CccdEditor::onBitsToggled);
    connect(m_raw, &QLineEdit::textEdited, this, &CccdEditor::onRawEdited);
    connect(m_raw, &QLineEdit::returnPressed, this, &CccdEditor::write);
    connect(m_write, &QPushButton::clicked, this, &CccdEditor::write);
    connect(m_read, &QPushButton::clicked, this, &CccdEditor::read);
    setTarget(GattDatabase(), 0);
    Retranslator::bind(this, [this, bitsLabel, rawLabel] {
        m_notify->setText(tr("&Notify (bit 0)"));
        m_indicate->setText(tr("&Indicate (bit 1)"));
        bitsLabel->setText(tr("Subscription:"));
        m_raw->setToolTip(
            tr("The raw descriptor value in hex. Any bytes may be written; the device decides."));
        m_raw->setPlaceholderText(tr("e.g. 01 00"));
        rawLabel->setText(tr("Raw value:"));
        m_write->setText(tr("&Write"));
        m_write->setToolTip(tr("Write Request with the raw value"));
        m_read->setText(tr("&Read"));
        m_read->setToolTip(tr("Read the descriptor back from the device"));
        showTarget();
    });
}

CccdEditor::~CccdEditor() = default;

void CccdEditor::setSession(DeviceSession *session)
{
    m_session = session;
    setLinkUp(session && session->isConnected());
}

void CccdEditor::setTarget(const GattDatabase &database, quint16 handle)
{
    const Descriptor *d = database.descriptorForHandle(handle);
    const Characteristic *owner = database.characteristicForHandle(handle);
    if (!d || !owner || d->uuid != GattUuid::ClientCharacteristicConfiguration) {
        m_handle = 0;
        showTarget();
        showBytes(QByteArray());
        setAnswer(QString(), false);
        setEnabled(false);
        return;
    }
    m_handle = handle;
    m_owner = *owner;
    m_ownerProperties = owner->properties;
    showTarget();
    showBytes(d->hasValue ? d->value : QByteArray::fromHex("0000"));
    setAnswer(d->hasValue ? tr("Last known value: %1").arg(describe(d->value)) : QString(), false);
    setEnabled(true);
}

void CccdEditor::showTarget()
{
    if (!m_handle) {
        m_title->setText(tr("<i>Select a Client Characteristic Configuration descriptor.</i>"));
        return;
    }
    m_ownerName = AttributeNames::displayName(m_owner);
    m_title->setText(tr("<b>Client Characteristic Configuration</b> %1 of <b>%2</b> (value %3)")
                         .arg(UiFormat::handle(m_handle), m_ownerName.toHtmlEscaped(),
                              UiFormat::handle(m_owner.valueHandle)));
    m_notify->setToolTip(m_ownerProperties & CharacteristicProperty::Notify
                             ? tr("Ask the device to send notifications")
                             : tr("The characteristic does not declare Notify; the device may refuse"));
    m_indicate->setToolTip(m_ownerProperties & CharacteristicProperty::Indicate
                               ? tr("Ask the device to send indications")
                               : tr("The characteristic does not declare Indicate; the device may refuse"));
}

void CccdEditor::setLinkUp(bool up)
{
    m_linkUp = up;
    updateButtons();
}

void CccdEditor::showValue(quint16 handle, const QByteArray &value)
{
    if (handle != m_handle || handle == 0)
        return;
    showBytes(value);
    // This editor's own write says "accepted" right after (the session stores the value
    // first); a change made elsewhere is described as what the descriptor holds now.
    setAnswer(tr("Last known value: %1").arg(describe(value)), false);
}

void CccdEditor::refreshNames(const GattDatabase &database)
{
    if (!m_handle)
        return;
    if (const Characteristic *owner = database.characteristicForHandle(m_handle)) {
        m_owner = *owner;
        showTarget();
    }
}

QString CccdEditor::titleText() const
{
    return m_title->text();
}

void CccdEditor::showBytes(const QByteArray &value)
{
    m_raw->setText(toHex(value));
    const QSignalBlocker a(m_notify);
    const QSignalBlocker b(m_indicate);
    const quint8 bits = value.isEmpty() ? 0 : quint8(value[0]);
    m_notify->setChecked(bits & 0x01);
    m_indicate->setChecked(bits & 0x02);
    UiFormat::setErrorStyle(m_raw, false);
    updateButtons();
}

void CccdEditor::onBitsToggled()
{
    // Keep whatever else the raw value holds (other bits, extra bytes); only bits 0/1 follow.
    QByteArray value = rawValue().value_or(QByteArray());
    if (value.size() < 2)
        value.append(QByteArray(2 - value.size(), '\0'));
    quint8 bits = quint8(value[0]) & ~0x03;
    bits |= m_notify->isChecked() ? 0x01 : 0x00;
    bits |= m_indicate->isChecked() ? 0x02 : 0x00;
    value[0] = char(bits);
    m_raw->setText(toHex(value));
    updateButtons();
}

void CccdEditor::onRawEdited()
{
    const std::optional<QByteArray> value = rawValue();
    UiFormat::setErrorStyle(m_raw, !value);
    if (value) {
        const QSignalBlocker a(m_notify);
        const QSignalBlocker b(m_indicate);
        const quint8 bits = value->isEmpty() ? 0 : quint8(value->at(0));
        m_notify->setChecked(bits & 0x01);
        m_indicate->setChecked(bits & 0x02);
    }
    updateButtons();
}

std::optional<QByteArray> CccdEditor::rawValue() const
{
    const Result<QByteArray> parsed = parseHex(m_raw->text());
    return parsed.ok() ? std::optional<QByteArray>(parsed.value()) : std::nullopt;
}

void CccdEditor::setRawText(const QString &hex)
{
    m_raw->setText(hex);
    onRawEdited();
}

void CccdEditor::setNotify(bool on)
{
    m_notify->setChecked(on);
}

void CccdEditor::setIndicate(bool on)
{
    m_indicate->setChecked(on);
}

bool CccdEditor::notifyChecked() const
{
    return m_notify->isChecked();
}

bool CccdEditor::indicateChecked() const
{
    return m_indicate->isChecked();
}

QString CccdEditor::answerText() const
{
    return m_answer->text();
}

void CccdEditor::updateButtons()
{
    const bool usable = m_linkUp && m_session && m_handle;
    m_write->setEnabled(usable && rawValue().has_value());
    m_read->setEnabled(usable);
}

void CccdEditor::setAnswer(const QString &text, bool error)
{
    m_answerIsError = error;
    m_answer->setText(text);
    UiFormat::setErrorStyle(m_answer, error);
}

QString CccdEditor::describe(const QByteArray &value)
{
    if (value.size() != 2)
        return tr("%1 (not the 2 bytes a CCCD holds)").arg(toHex(value));
    const quint8 bits = quint8(value[0]);
    QStringList on;
    if (bits & 0x01)
        on << tr("notifications");
    if (bits & 0x02)
        on << tr("indications");
    const QString state = on.isEmpty() ? tr("off") : on.join(tr(" and ")) + tr(" on");
    return tr("%1 (%2)").arg(toHex(value), state);
}

void CccdEditor::write()
{
    const std::optional<QByteArray> value = rawValue();
    if (!value || !m_write->isEnabled())
        return;
    const quint16 handle = m_handle;
    setAnswer(tr("Writing %1…").arg(toHex(*value)), false);
    QFuture<Status> future = m_session->write(handle, *value, Connection::WriteMode::Request);
    if (m_tracker)
        m_tracker->track(tr("Writing CCCD of %1").arg(m_ownerName), future);
    whenDone(this, future, [this, handle, bytes = *value](const QFuture<Status> &f) {
        if (handle != m_handle)
            return;
        const Status status = f.isCanceled() ? Status(Error(Error::Kind::Cancelled)) : f.result();
        if (status.ok())
            setAnswer(tr("The device accepted %1.").arg(describe(bytes)), false);
        else if (status.error().kind() == Error::Kind::Cancelled)
            setAnswer(tr("Write cancelled."), false);
        else
            setAnswer(tr("The device refused %1: %2").arg(toHex(bytes), status.error().toString()), true);
        if (!status.ok() && m_pairingOffer && DeviceSession::needsPairing(status.error()))
            m_pairingOffer(status.error(), [editor = QPointer<CccdEditor>(this), handle, bytes] {
                if (editor && editor->m_handle == handle && editor->rawValue() == bytes)
                    editor->write();
            });
    });
}

void CccdEditor::read()
{
    if (!m_read->isEnabled())
        return;
    const quint16 handle = m_handle;
    QFuture<Result<QByteArray>> future = m_session->read(handle, Connection::ReadMode::Auto);
    if (m_tracker)
        m_tracker->track(tr("Reading CCCD of %1").arg(m_ownerName), future);
    whenDone(this, future, [this, handle](const QFuture<Result<QByteArray>> &f) {
        if (handle != m_handle)
            return;
        const Result<QByteArray> result
            = f.isCanceled() ? Result<QByteArray>(Error(Error::Kind::Cancelled)) : f.result();
        if (result.ok()) {
            showBytes(result.value());
            setAnswer(tr("The device holds %1.").arg(describe(result.value())), false);
        } else if (result.error().kind() == Error::Kind::Cancelled) {
            setAnswer(tr("Read cancelled."), false);
        } else {
            setAnswer(tr("Read failed: %1").arg(result.error().toString()), true);
            if (m_pairingOffer && DeviceSession::needsPairing(result.error()))
                m_pairingOffer(result.error(), [editor = QPointer<CccdEditor>(this), handle] {
                    if (editor && editor->m_handle == handle)
                        editor->read();
                });
        }
    });
}

} // namespace gattscope
