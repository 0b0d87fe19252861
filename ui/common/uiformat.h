// SPDX-License-Identifier: MIT
#pragma once

#include <QColor>
#include <QIcon>
#include <QString>

class QWidget;

// Small formatting helpers shared by the views.
namespace gattscope::UiFormat {

// "0x000E"
QString handle(quint16 handle);
// "14:03:22.120" (local time) for µs since the epoch.
QString timeOfDay(qint64 timestampUs);
// Current time in µs since the epoch.
qint64 nowUs();
// A red that reads well on the widget's base colour (light and dark palettes).
QColor errorColor(const QWidget *widget);
// Marks a label as showing an error (error colour) or normal text.
void setErrorStyle(QWidget *label, bool error);
// One of gattscope's SVG icons by name ("connect" → :/gattscope/icons/connect.svg).
QIcon icon(const char *name);

} // namespace gattscope::UiFormat
