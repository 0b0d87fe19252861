// SPDX-License-Identifier: MIT
#pragma once

#include <gattscope/core/codecs/fieldlayout.h>

#include <QByteArray>
#include <QDialog>

#include <chrono>

class QDialogButtonBox;
class QDoubleSpinBox;
class QLabel;
class QLineEdit;

namespace gattscope {

// Asks what plotting one characteristic needs beyond what discovery found:
// - the field layout, for values that do not decode themselves (vendor characteristics
//   without a usable 0x2904): the layout string ("<hhh"), field names, scale, offset and
//   unit. It is checked as it is typed with core's parser (DecoderSpec::forLayout); the
//   error shows inline under the fields and OK stays disabled until it is fixed. When a
//   value of the characteristic is known, it is decoded with the layout as a preview.
// - the read interval, for polling (default 1 s).
// Used with open() (no nested event loop); read the answers after accepted().
class PlotSetupDialog : public QDialog
{
    Q_OBJECT

public:
    PlotSetupDialog(const QString &subject, bool askLayout, bool askInterval, QWidget *parent = nullptr);

    bool asksLayout() const { return m_askLayout; }
    bool asksInterval() const { return m_askInterval; }

    // Prefills every layout field (a remembered layout).
    void setFieldLayout(const FieldLayout &layout);
    void setSampleValue(const QByteArray &value);
    void setInterval(std::chrono::milliseconds interval);

    // The layout as entered; empty when not asked for or not valid.
    FieldLayout fieldLayout() const;
    std::chrono::milliseconds interval() const;
    bool isInputValid() const { return m_error.isEmpty(); }
    // The inline error, empty when the input is valid.
    QString errorText() const { return m_error; }
    // The preview line (field count and size, the sample decoded).
    QString previewText() const;

    QLineEdit *formatEdit() const { return m_format; }
    QLineEdit *namesEdit() const { return m_names; }
    QLineEdit *scaleEdit() const { return m_scale; }
    QLineEdit *offsetEdit() const { return m_offset; }
    QLineEdit *unitEdit() const { return m_unit; }
    QDoubleSpinBox *intervalBox() const { return m_interval; }
    bool isOkEnabled() const;

private:
    void validate();

    bool m_askLayout;
    bool m_askInterval;
    QByteArray m_sample;
    FieldLayout m_layout; // valid input, else empty
    QString m_error;
    QLineEdit *m_format = nullptr;
    QLineEdit *m_names = nullptr;
    QLineEdit *m_scale = nullptr;
    QLineEdit *m_offset = nullptr;
    QLineEdit *m_unit = nullptr;
    QDoubleSpinBox *m_interval = nullptr;
    QLabel *m_errorLabel = nullptr;
    QLabel *m_preview = nullptr;
    QDialogButtonBox *m_buttons = nullptr;
};

} // namespace gattscope
