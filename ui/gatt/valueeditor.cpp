// SPDX-License-Identifier: MIT
#include "valueeditor.h"

#include "hexeditor.h"

#include <gattscope/core/backend/pending.h>
#include <gattscope/core/base/hexcodec.h>
#include <gattscope/core/codecs/textcodec.h>
#include <gattscope/core/session/attributenames.h>
#include <gattscope/core/session/devicesession.h>
#include <gattscope/core/session/whendone.h>
#include <gattscope/ui/common/corebridge.h>
#include <gattscope/ui/common/operationtracker.h>
#include <gattscope/ui/common/retranslator.h>
#include <gattscope/ui/common/uiformat.h>

#include <QFontDatabase>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QScrollArea>
#include <QTabWidget>
#include <QVBoxLayout>

namespace gattscope {

ValueEditor::ValueEditor(QWidget *parent)
    : QWidget(parent)
{
    buildUi();
    setTarget(GattDatabase(), 0);
}

ValueEditor::~ValueEditor() = default;

void ValueEditor::buildUi()
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);

    m_title = new QLabel(this);
    m_title->setObjectName(QStringLiteral("valueTitle"));
    m_title->setTextFormat(Qt::RichText);
    m_title->setWordWrap(true);
    m_title->setTextInteractionFlags(Qt::TextSelectableByMouse);
    layout->addWidget(m_title);

    m_tabs = new QTabWidget(this);
    m_tabs->setObjectName(QStringLiteral("valueViews"));
    m_tabs->setDocumentMode(true);

    m_hex = new HexEditor(m_tabs);
    m_hex->setObjectName(QStringLiteral("hexEditor"));
    m_tabs->addTab(m_hex, QString());
    connect(m_hex, &HexEditor::dataChanged, this, [this](const QByteArray &bytes) {
        m_value = bytes;
        m_edited = true;
        updateViews(Origin::HexView);
    });
    connect(m_hex, &HexEditor::inputRejected, this,
            [this](const QString &reason) { setStatus(reason, true); });

    auto *textPage = new QWidget(m_tabs);
    auto *textLayout = new QVBoxLayout(textPage);
    textLayout->setContentsMargins(0, 4, 0, 0);
    m_text = new QPlainTextEdit(textPage);
    m_text->setObjectName(QStringLiteral("textEditor"));
    textLayout->addWidget(m_text);
    m_textInfo = new QLabel(textPage);
    m_textInfo->setWordWrap(true);
    textLayout->addWidget(m_textInfo);
    m_tabs->addTab(textPage, QString());
    connect(m_text, &QPlainTextEdit::textChanged, this, [this] {
        if (m_syncing)
            return;
        m_value = parseEscapedText(m_text->toPlainText()).value();
        m_edited = true;
        updateViews(Origin::TextView);
    });

    // In a scroll area: the form is taller than the hex and text pages, and the tab widget
    // would otherwise make that its minimum, squeezing the GATT tree above the editor.
    auto *typedScroll = new QScrollArea(m_tabs);
    typedScroll->setWidgetResizable(true);
    typedScroll->setFrameShape(QFrame::NoFrame);
    auto *typedPage = new QWidget(typedScroll);
    auto *typedLayout = new QFormLayout(typedPage);
    m_typedValue = new QLabel(typedPage);
    m_typedValue->setObjectName(QStringLiteral("typedValue"));
    m_typedValue->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_typedValue->setWordWrap(true);
    QFont big = m_typedValue->font();
    big.setPointSizeF(big.pointSizeF() * 1.4);
    m_typedValue->setFont(big);
    auto *valueLabel = new QLabel(typedPage);
    typedLayout->addRow(valueLabel, m_typedValue);
    m_typedSource = new QLabel(typedPage);
    m_typedSource->setWordWrap(true);
    m_typedSource->setEnabled(false);
    auto *formatLabel = new QLabel(typedPage);
    typedLayout->addRow(formatLabel, m_typedSource);
    m_typedInput = new QLineEdit(typedPage);
    m_typedInput->setObjectName(QStringLiteral("typedInput"));
    auto *inputLabel = new QLabel(typedPage);
    inputLabel->setBuddy(m_typedInput);
    typedLayout->addRow(inputLabel, m_typedInput);
    m_typedError = new QLabel(typedPage);
    m_typedError->setWordWrap(true);
    UiFormat::setErrorStyle(m_typedError, true);
    typedLayout->addRow(QString(), m_typedError);
    m_layoutEdit = new QLineEdit(typedPage);
    m_layoutEdit->setObjectName(QStringLiteral("fieldLayout"));
    m_layoutEdit->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    auto *layoutLabel = new QLabel(typedPage);
    layoutLabel->setBuddy(m_layoutEdit);
    typedLayout->addRow(layoutLabel, m_layoutEdit);
    typedScroll->setWidget(typedPage);
    m_tabs->addTab(typedScroll, QString());
    connect(m_typedInput, &QLineEdit::textEdited, this, [this] { updateTyped(Origin::TypedView); });
    connect(m_layoutEdit, &QLineEdit::editingFinished, this, &ValueEditor::applyLayout);
    connect(m_tabs, &QTabWidget::currentChanged, this, [this] {
        showStalePages();
        updateButtons();
    });
    layout->addWidget(m_tabs, 1);

    auto *buttons = new QHBoxLayout;
    m_read = new QPushButton(this);
    m_readLong = new QPushButton(this);
    m_write = new QPushButton(this);
    m_writeCommand = new QPushButton(this);
    for (QPushButton *b : { m_read, m_readLong, m_write, m_writeCommand })
        buttons->addWidget(b);
    buttons->addStretch(1);
    layout->addLayout(buttons);
    connect(m_read, &QPushButton::clicked, this, &ValueEditor::read);
    connect(m_readLong, &QPushButton::clicked, this, &ValueEditor::readLong);
    connect(m_write, &QPushButton::clicked, this, &ValueEditor::write);
    connect(m_writeCommand, &QPushButton::clicked, this, &ValueEditor::writeWithoutResponse);

    auto *statusRow = new QHBoxLayout;
    m_status = new QLabel(this);
    m_status->setObjectName(QStringLiteral("valueStatus"));
    m_status->setWordWrap(true);
    m_status->setTextInteractionFlags(Qt::TextSelectableByMouse);
    statusRow->addWidget(m_status, 1);
    m_lastRead = new QLabel(this);
    m_lastRead->setEnabled(false);
    statusRow->addWidget(m_lastRead, 0, Qt::AlignTop | Qt::AlignRight);
    layout->addLayout(statusRow);

    Retranslator::bind(this, [=, this] {
        m_hex->setToolTip(
            tr("Type hex digits; Insert toggles overwrite/insert; Tab switches to the ASCII column"));
        m_tabs->setTabText(0, tr("Hex"));
        m_text->setPlaceholderText(
            tr("UTF-8 text. Bytes that are not UTF-8 appear as \\xNN and can be typed that way."));
        m_tabs->setTabText(1, tr("Text (UTF-8)"));
        valueLabel->setText(tr("Value:"));
        formatLabel->setText(tr("Format:"));
        m_typedInput->setPlaceholderText(tr("Type a value, e.g. 42 or 23.5"));
        inputLabel->setText(tr("New value:"));
        m_layoutEdit->setPlaceholderText(tr("e.g. <hhh for three little-endian int16"));
        m_layoutEdit->setToolTip(
            tr("A struct-style layout for vendor values: b/B int8/uint8, h/H int16/uint16, "
               "i/I int32/uint32, f float32, d float64, x pad byte; '<' little-endian, '>' big-endian"));
        layoutLabel->setText(tr("Field layout:"));
        m_tabs->setTabText(2, tr("Typed"));
        m_read->setText(tr("&Read"));
        m_read->setToolTip(
            tr("Read Request (continues with Read Blob when the value fills the PDU)  Ctrl+R"));
        m_readLong->setText(tr("Read &long"));
        m_readLong->setToolTip(tr("Read Request followed by Read Blob Requests until the value ends"));
        m_write->setText(tr("&Write"));
        m_write->setToolTip(tr("Write Request: the device answers  Ctrl+W"));
        m_writeCommand->setText(tr("Write w/o &response"));
        m_writeCommand->setToolTip(
            tr("Write without response (ATT Write Command): no answer from the device"));
        // What is shown of the selected attribute: its name, the decoded value, the last read.
        m_name = attributeName();
        showTitle();
        showLastRead();
        updateViews(Origin::TextView);
    });
}

QString ValueEditor::attributeName() const
{
    if (!m_handle)
        return {};
    if (const Descriptor *d = m_database.descriptorForHandle(m_handle))
        return AttributeNames::displayName(d->uuid, AttributeNames::Kind::Descriptor);
    if (const Characteristic *c = m_database.characteristicForHandle(m_handle))
        return AttributeNames::displayName(*c); // includes the device's 0x2901 description
    return {};
}

void ValueEditor::showTitle()
{
    m_title->setText(m_handle
                         ? tr("<b>%1</b> &nbsp; %2 &nbsp; <tt>%3</tt>")
                               .arg(m_name.toHtmlEscaped(), UiFormat::handle(m_handle), m_uuid.toString())
                         : tr("<i>Select a characteristic or descriptor.</i>"));
}

void ValueEditor::showLastRead()
{
    m_lastRead->setText(m_lastReadUs > 0        ? tr("Last read %1").arg(UiFormat::timeOfDay(m_lastReadUs))
                            : m_lastReadUs == 0 ? tr("cached value")
                                                : QString());
}

void ValueEditor::setSession(DeviceSession *session)
{
    m_session = session;
    setLinkUp(session && session->isConnected());
}

void ValueEditor::setTarget(const GattDatabase &database, quint16 handle)
{
    m_database = database;
    m_handle = 0;
    m_isDescriptor = false;
    m_properties = {};
    m_uuid = Uuid();
    m_name.clear();
    m_decoder = ValueDecoder();
    QByteArray value;
    bool hasValue = false;
    if (const Descriptor *d = database.descriptorForHandle(handle)) {
        m_handle = handle;
        m_isDescriptor = true;
        m_uuid = d->uuid;
        m_decoder = CoreBridge::decoderFor(*d);
        value = d->value;
        hasValue = d->hasValue;
    } else if (const Characteristic *c = database.characteristicForHandle(handle);
               c && c->valueHandle == handle) {
        m_handle = handle;
        m_uuid = c->uuid;
        m_properties = c->properties;
        m_decoder = CoreBridge::decoderFor(*c);
        value = c->value;
        hasValue = c->hasValue;
    }
    m_name = attributeName();
    showTitle();
    m_layoutEdit->setEnabled(m_handle && !m_isDescriptor);
    m_layoutEdit->setText(m_handle && !m_isDescriptor ? CoreBridge::userLayout(m_uuid) : QString());
    m_lastReadUs = hasValue ? 0 : -1;
    showLastRead();
    m_value = value;
    m_edited = false;
    m_hex->setData(value);
    m_typedInput->clear();
    updateViews(Origin::External);
    setStatus(QString(), false);
    setEnabled(m_handle != 0);
}

void ValueEditor::setLinkUp(bool up)
{
    m_linkUp = up;
    updateButtons();
}

void ValueEditor::showValue(quint16 handle, const QByteArray &value)
{
    if (handle != m_handle || handle == 0)
        return;
    m_database.setValue(handle, value);
    if (m_edited)
        return;
    m_value = value;
    m_hex->setData(value);
    updateViews(Origin::External);
}

void ValueEditor::refreshNames(const GattDatabase &database)
{
    if (!m_handle)
        return;
    const std::optional<QByteArray> value = m_database.value(m_handle);
    m_database = database;
    if (value)
        m_database.setValue(m_handle, *value); // what this editor last showed, not older
    if (const Descriptor *d = m_database.descriptorForHandle(m_handle); d && m_isDescriptor)
        m_decoder = CoreBridge::decoderFor(*d);
    else if (const Characteristic *c = m_database.characteristicForHandle(m_handle); c && !m_isDescriptor)
        m_decoder = CoreBridge::decoderFor(*c);
    m_name = attributeName();
    showTitle();
    if (!m_isDescriptor && !m_layoutEdit->hasFocus())
        m_layoutEdit->setText(CoreBridge::userLayout(m_uuid));
    updateTyped(Origin::External);
}

QString ValueEditor::titleText() const
{
    return m_title->text();
}

QString ValueEditor::typedText() const
{
    // What the Typed page shows, also while another page is in view.
    return m_typedStale ? m_decoder.decode(m_value).text : m_typedValue->text();
}

void ValueEditor::setEditedValue(const QByteArray &value)
{
    m_value = value;
    m_edited = true;
    m_hex->setData(value);
    updateViews(Origin::External);
}

ValueEditor::View ValueEditor::currentView() const
{
    return View(m_tabs->currentIndex());
}

void ValueEditor::setCurrentView(View view)
{
    m_tabs->setCurrentIndex(int(view));
}

QString ValueEditor::statusText() const
{
    return m_status->text();
}

void ValueEditor::updateViews(Origin origin)
{
    m_syncing = true;
    if (origin != Origin::HexView && origin != Origin::External)
        m_hex->setData(m_value);
    // A value that came in (a notification, ten times a second) is shown in the page in view;
    // the other pages catch up when they come into view (showStalePages()). Laying out the
    // text page's document and relaying out the labels of pages nobody sees cost more than
    // everything else the editor does.
    if (origin == Origin::External && currentView() != View::Text)
        m_textStale = true;
    else
        showText(origin);
    m_syncing = false;
    updateTyped(origin);
}

void ValueEditor::showText(Origin origin)
{
    const bool syncing = std::exchange(m_syncing, true);
    const DecodedText text = decodeUtf8(m_value, InvalidUtf8Display::Escape);
    if (origin != Origin::TextView)
        m_text->setPlainText(text.text);
    m_textInfo->setText(text.valid ? QString()
                                   : tr("%n byte(s) are not valid UTF-8 and are shown as \\xNN.", nullptr,
                                        text.invalidBytes));
    m_textStale = false;
    m_syncing = syncing;
}

void ValueEditor::showStalePages()
{
    if (m_textStale && currentView() == View::Text)
        showText(Origin::External);
    if (m_typedStale && currentView() == View::Typed)
        showTyped(m_decoder.decode(m_value));
}

void ValueEditor::showTyped(const DecodedValue &decoded)
{
    m_typedValue->setText(m_value.isEmpty() && !m_handle ? QString() : decoded.text);
    QString source = m_decoder.representationText();
    if (!decoded.warning.isEmpty())
        source += u'\n' + decoded.warning;
    if (decoded.error)
        source += u'\n' + decoded.error.toString();
    m_typedSource->setText(source);
    m_typedStale = false;
}

void ValueEditor::updateTyped(Origin origin)
{
    const DecodedValue decoded = m_decoder.decode(m_value);
    if (origin == Origin::External && currentView() != View::Typed)
        m_typedStale = true; // see updateViews()
    else
        showTyped(decoded);

    m_typedValid = true;
    m_typedError->clear();
    if (origin == Origin::TypedView) {
        const QString input = m_typedInput->text();
        const DecodedValue::Source as = m_value.isEmpty()
            ? m_decoder.fixedSource().value_or(DecodedValue::Source::Hex)
            : decoded.source;
        const Result<QByteArray> bytes = m_decoder.encode(input, as);
        if (bytes.ok()) {
            m_value = bytes.value();
            m_edited = true;
            m_syncing = true;
            m_hex->setData(m_value);
            m_text->setPlainText(decodeUtf8(m_value, InvalidUtf8Display::Escape).text);
            m_syncing = false;
            m_typedValue->setText(m_decoder.decode(m_value).text);
        } else if (!input.isEmpty()) {
            m_typedValid = false;
            m_typedError->setText(bytes.error().message().isEmpty() ? bytes.error().toString()
                                                                    : bytes.error().message());
        }
    }
    updateButtons();
}

void ValueEditor::applyLayout()
{
    if (!m_handle || m_isDescriptor)
        return;
    const QString format = m_layoutEdit->text().trimmed();
    if (!format.isEmpty()) {
        const Result<FieldLayout> parsed = FieldLayout::parse(format);
        if (!parsed.ok()) {
            m_typedError->setText(parsed.error().message());
            return;
        }
    }
    if (format == CoreBridge::userLayout(m_uuid))
        return;
    CoreBridge::setUserLayout(m_uuid, format);
    if (const Characteristic *c = m_database.characteristicForHandle(m_handle))
        m_decoder = CoreBridge::decoderFor(*c);
    updateTyped(Origin::External);
}

bool ValueEditor::canRead() const
{
    if (!m_linkUp || !m_session || !m_handle)
        return false;
    return m_isDescriptor || (m_properties & CharacteristicProperty::Read);
}

bool ValueEditor::canWrite() const
{
    if (!m_linkUp || !m_session || !m_handle || (currentView() == View::Typed && !m_typedValid))
        return false;
    return m_isDescriptor || (m_properties & CharacteristicProperty::Write);
}

bool ValueEditor::canWriteWithoutResponse() const
{
    if (!m_linkUp || !m_session || !m_handle || m_isDescriptor
        || (currentView() == View::Typed && !m_typedValid))
        return false;
    return bool(m_properties & CharacteristicProperty::WriteWithoutResponse);
}

void ValueEditor::updateButtons()
{
    m_read->setEnabled(canRead());
    m_readLong->setEnabled(canRead());
    m_write->setEnabled(canWrite());
    m_writeCommand->setEnabled(canWriteWithoutResponse());
    m_writeCommand->setVisible(!m_isDescriptor);
}

void ValueEditor::setStatus(const QString &text, bool error)
{
    m_statusIsError = error;
    m_status->setText(text);
    UiFormat::setErrorStyle(m_status, error);
}

void ValueEditor::read()
{
    readValue(Connection::ReadMode::Auto);
}

void ValueEditor::readLong()
{
    readValue(Connection::ReadMode::Long);
}

void ValueEditor::write()
{
    startWrite(Connection::WriteMode::Auto);
}

void ValueEditor::writeWithoutResponse()
{
    startWrite(Connection::WriteMode::Command);
}

QFuture<Result<QByteArray>> ValueEditor::readValue(Connection::ReadMode mode)
{
    if (!canRead())
        return Pending<QByteArray>::ready(Error(Error::Kind::NotSupported, tr("Nothing to read now.")));
    const quint16 handle = m_handle;
    setStatus(tr("Reading %1…").arg(UiFormat::handle(handle)), false);
    QFuture<Result<QByteArray>> future = m_session->read(handle, mode);
    if (m_tracker)
        m_tracker->track(tr("Reading %1").arg(m_name), future);
    // The caller gets a future of its own: a QFuture runs one continuation.
    return continueWith<QByteArray>(this, future, [this, handle, mode](const Result<QByteArray> &result) {
        if (handle != m_handle)
            return result;
        if (!result.ok()) {
            if (result.error().kind() == Error::Kind::Cancelled)
                setStatus(tr("Read cancelled."), false);
            else
                setStatus(tr("Read failed: %1").arg(result.error().toString()), true);
            if (m_pairingOffer && DeviceSession::needsPairing(result.error()))
                m_pairingOffer(result.error(), [editor = QPointer<ValueEditor>(this), handle, mode] {
                    if (editor && editor->m_handle == handle)
                        editor->readValue(mode);
                });
            return result;
        }
        m_database.setValue(handle, result.value());
        m_value = result.value();
        m_edited = false;
        m_hex->setData(m_value);
        updateViews(Origin::External);
        m_lastReadUs = UiFormat::nowUs();
        showLastRead();
        setStatus(tr("Read %n byte(s).", nullptr, int(m_value.size())), false);
        return result;
    });
}

void ValueEditor::startWrite(Connection::WriteMode mode)
{
    const bool command = mode == Connection::WriteMode::Command;
    if (command ? !canWriteWithoutResponse() : !canWrite())
        return;
    const quint16 handle = m_handle;
    const QByteArray value = m_value;
    setStatus(tr("Writing %n byte(s)…", nullptr, int(value.size())), false);
    QFuture<Status> future = m_session->write(handle, value, mode);
    if (m_tracker)
        m_tracker->track(tr("Writing %1").arg(m_name), future);
    whenDone(this, future, [this, handle, value, command, mode](const QFuture<Status> &f) {
        if (handle != m_handle)
            return;
        if (f.isCanceled() || f.result().error().kind() == Error::Kind::Cancelled) {
            setStatus(tr("Write cancelled."), false);
            return;
        }
        const Status &status = f.result();
        if (!status.ok()) {
            setStatus(tr("Write failed: %1").arg(status.error().toString()), true);
            // The retry writes the same bytes, unless the user edited them since.
            if (m_pairingOffer && DeviceSession::needsPairing(status.error()))
                m_pairingOffer(status.error(), [editor = QPointer<ValueEditor>(this), handle, value, mode] {
                    if (editor && editor->m_handle == handle && editor->m_value == value)
                        editor->startWrite(mode);
                });
            return;
        }
        m_database.setValue(handle, value);
        m_edited = false;
        setStatus(command ? tr("Sent %n byte(s) (no response expected).", nullptr, int(value.size()))
                          : tr("Wrote %n byte(s); the device accepted them.", nullptr, int(value.size())),
                  false);
    });
}

} // namespace gattscope
