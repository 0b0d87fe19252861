// SPDX-License-Identifier: MIT
#include "plotsetupdialog.h"

#include <gattscope/core/series/streamdecoder.h>
#include <gattscope/ui/common/retranslator.h>
#include <gattscope/ui/common/uiformat.h>

#include <QDialogButtonBox>
#include <QDoubleSpinBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>
#include <QSet>
#include <QVBoxLayout>

#include <cmath>
#include <optional>

namespace gattscope {

namespace {
// The user's locale first ("0,001" in German), then the C locale ("0.001" anywhere).
std::optional<double> parseNumber(const QString &text)
{
    const QString trimmed = text.trimmed();
    bool ok = false;
    double value = QLocale().toDouble(trimmed, &ok);
    if (!ok)
        value = QLocale::c().toDouble(trimmed, &ok);
    return ok && std::isfinite(value) ? std::optional<double>(value) : std::nullopt;
}

QString numberText(double value)
{
    return QLocale().toString(value, 'g', QLocale::FloatingPointShortest);
}
} // namespace

PlotSetupDialog::PlotSetupDialog(const QString &subject, bool askLayout, bool askInterval, QWidget *parent)
    : QDialog(parent)
    , m_askLayout(askLayout)
    , m_askInterval(askInterval)
{
    setObjectName(QStringLiteral("plotSetupDialog"));
    auto *layout = new QVBoxLayout(this);
    auto *form = new QFormLayout;
    layout->addLayout(form);

    if (m_askLayout) {
        auto *intro = new QLabel(this);
        intro->setWordWrap(true);
        form->addRow(intro);
        m_format = new QLineEdit(this);
        m_format->setObjectName(QStringLiteral("layoutFormat"));
        m_format->setPlaceholderText(QStringLiteral("<hhh"));
        auto *formatLabel = new QLabel(this);
        formatLabel->setBuddy(m_format);
        form->addRow(formatLabel, m_format);
        m_names = new QLineEdit(this);
        m_names->setObjectName(QStringLiteral("layoutNames"));
        auto *namesLabel = new QLabel(this);
        namesLabel->setBuddy(m_names);
        form->addRow(namesLabel, m_names);
        m_scale = new QLineEdit(numberText(1), this);
        m_scale->setObjectName(QStringLiteral("layoutScale"));
        m_offset = new QLineEdit(numberText(0), this);
        m_offset->setObjectName(QStringLiteral("layoutOffset"));
        auto *numbers = new QHBoxLayout;
        numbers->addWidget(m_scale);
        auto *offsetLabel = new QLabel(this);
        numbers->addWidget(offsetLabel);
        numbers->addWidget(m_offset);
        auto *scaleLabel = new QLabel(this);
        scaleLabel->setBuddy(m_scale);
        form->addRow(scaleLabel, numbers);
        m_unit = new QLineEdit(this);
        m_unit->setObjectName(QStringLiteral("layoutUnit"));
        auto *unitLabel = new QLabel(this);
        unitLabel->setBuddy(m_unit);
        form->addRow(unitLabel, m_unit);
        Retranslator::bind(this, [=, this] {
            intro->setText(tr("gattscope does not know how the values of this characteristic are laid out. "
                              "Describe their fields:"));
            m_format->setToolTip(
                tr("Like Python's struct module: < little-endian (default), > big-endian; "
                   "b/B int8/uint8, h/H int16/uint16, i/I int32/uint32, e/f/d float16/32/64, "
                   "x a skipped byte, a count before a code repeats it (<3h = <hhh)."));
            formatLabel->setText(tr("Field &layout:"));
            m_names->setPlaceholderText(tr("x, y, z (comma-separated; empty: defaults)"));
            namesLabel->setText(tr("Field &names:"));
            offsetLabel->setText(tr("offset:"));
            scaleLabel->setText(tr("&Scale:"));
            scaleLabel->setToolTip(tr("Every field is shown as raw × scale + offset"));
            m_unit->setPlaceholderText(tr("e.g. mg, °C"));
            unitLabel->setText(tr("&Unit:"));
        });
        for (QLineEdit *edit : { m_format, m_names, m_scale, m_offset, m_unit })
            connect(edit, &QLineEdit::textChanged, this, &PlotSetupDialog::validate);
    }
    if (m_askInterval) {
        m_interval = new QDoubleSpinBox(this);
        m_interval->setObjectName(QStringLiteral("pollInterval"));
        m_interval->setRange(0.05, 3600);
        m_interval->setDecimals(2);
        m_interval->setSingleStep(0.5);
        m_interval->setValue(1.0);
        auto *intervalLabel = new QLabel(this);
        intervalLabel->setBuddy(m_interval);
        form->addRow(intervalLabel, m_interval);
        Retranslator::bind(this, [this, intervalLabel] {
            m_interval->setSuffix(tr(" s"));
            m_interval->setToolTip(tr("Time between two reads. A read still running when the next is due is "
                                      "skipped, so a slow link is never flooded."));
            intervalLabel->setText(tr("Read &every:"));
        });
    }

    m_errorLabel = new QLabel(this);
    m_errorLabel->setObjectName(QStringLiteral("layoutError"));
    m_errorLabel->setWordWrap(true);
    m_errorLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);
    UiFormat::setErrorStyle(m_errorLabel, true);
    m_errorLabel->hide();
    layout->addWidget(m_errorLabel);
    m_preview = new QLabel(this);
    m_preview->setObjectName(QStringLiteral("layoutPreview"));
    m_preview->setWordWrap(true);
    m_preview->setVisible(m_askLayout);
    layout->addWidget(m_preview);

    m_buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(m_buttons);
    setMinimumWidth(460);
    // The dialog is open (not exec'd): the language can change while it waits.
    Retranslator::bind(this, [this, subject] {
        setWindowTitle(tr("Plot %1").arg(subject));
        m_buttons->button(QDialogButtonBox::Ok)->setText(tr("Plot"));
        validate();
    });
}

void PlotSetupDialog::setFieldLayout(const FieldLayout &layout)
{
    if (!m_askLayout)
        return;
    m_format->setText(layout.format());
    m_names->setText(layout.isEmpty() ? QString() : layout.names().join(QStringLiteral(", ")));
    m_scale->setText(numberText(layout.scale()));
    m_offset->setText(numberText(layout.offset()));
    m_unit->setText(layout.unit());
}

void PlotSetupDialog::setSampleValue(const QByteArray &value)
{
    m_sample = value;
    validate();
}

void PlotSetupDialog::setInterval(std::chrono::milliseconds interval)
{
    if (m_interval)
        m_interval->setValue(double(interval.count()) / 1000.0);
}

FieldLayout PlotSetupDialog::fieldLayout() const
{
    return m_layout;
}

std::chrono::milliseconds PlotSetupDialog::interval() const
{
    return std::chrono::milliseconds(m_interval ? std::llround(m_interval->value() * 1000.0) : 1000);
}

QString PlotSetupDialog::previewText() const
{
    return m_preview->text();
}

bool PlotSetupDialog::isOkEnabled() const
{
    return m_buttons->button(QDialogButtonBox::Ok)->isEnabled();
}

void PlotSetupDialog::validate()
{
    m_layout = FieldLayout();
    m_error.clear();
    QString preview;
    if (m_askLayout) {
        const std::optional<double> scale = parseNumber(m_scale->text());
        const std::optional<double> offset = parseNumber(m_offset->text());
        QStringList names;
        for (const QString &name : m_names->text().split(u','))
            names.append(name.trimmed());
        while (!names.isEmpty() && names.last().isEmpty())
            names.removeLast();
        if (m_format->text().trimmed().isEmpty()) {
            m_error = tr("Enter a field layout, e.g. <hhh for three little-endian int16 values.");
        } else if (!scale) {
            m_error = tr("The scale '%1' is not a number.").arg(m_scale->text());
        } else if (*scale == 0) {
            m_error = tr("The scale must not be zero.");
        } else if (!offset) {
            m_error = tr("The offset '%1' is not a number.").arg(m_offset->text());
        } else {
            const Result<DecoderSpec> spec
                = DecoderSpec::forLayout(m_format->text(), *scale, *offset, m_unit->text().trimmed(), names);
            if (!spec.ok()) {
                m_error = tr("Field layout: %1").arg(spec.error().message());
            } else if (spec.value().layout.fieldCount() == 0) {
                m_error = tr("The field layout has no fields.");
            } else if (names.size() > spec.value().layout.fieldCount()) {
                m_error = tr("There are more names (%1) than fields (%2).")
                              .arg(names.size())
                              .arg(spec.value().layout.fieldCount());
            } else {
                const QStringList effective = spec.value().layout.names();
                QSet<QString> seen;
                for (const QString &name : effective) {
                    if (seen.contains(name)) {
                        m_error = tr("Each field needs its own name: '%1' is used twice.").arg(name);
                        break;
                    }
                    seen.insert(name);
                }
                if (m_error.isEmpty()) {
                    m_layout = spec.value().layout;
                    preview = tr("Fields: %1 (%n byte(s))", nullptr, m_layout.size())
                                  .arg(effective.join(QStringLiteral(", ")));
                    if (!m_sample.isEmpty()) {
                        // Not an error: values may vary in length, and a plot only skips
                        // the ones that do not fit.
                        const DecodedValue decoded = m_layout.decodeValue(m_sample);
                        preview += u'\n'
                            + (decoded.ok() ? tr("Current value: %1").arg(decoded.text)
                                            : tr("The current value (%n byte(s)) does not fit: %1", nullptr,
                                                 int(m_sample.size()))
                                                  .arg(decoded.error.message()));
                    }
                }
            }
        }
    }
    m_errorLabel->setText(m_error);
    m_errorLabel->setVisible(!m_error.isEmpty());
    m_preview->setText(preview);
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(m_error.isEmpty());
}

} // namespace gattscope
