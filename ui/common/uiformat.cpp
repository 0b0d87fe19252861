// SPDX-License-Identifier: MIT
#include "uiformat.h"

#include <QDateTime>
#include <QWidget>

namespace gattscope::UiFormat {

QString handle(quint16 value)
{
    return QStringLiteral("0x") + QString::number(value, 16).toUpper().rightJustified(4, u'0');
}

QString timeOfDay(qint64 timestampUs)
{
    return QDateTime::fromMSecsSinceEpoch(timestampUs / 1000).toString(QStringLiteral("HH:mm:ss.zzz"));
}

qint64 nowUs()
{
    return QDateTime::currentMSecsSinceEpoch() * 1000;
}

QColor errorColor(const QWidget *widget)
{
    const bool dark = widget->palette().color(QPalette::Base).lightness() < 128;
    return dark ? QColor(0xFF, 0x80, 0x80) : QColor(0xC0, 0x20, 0x20);
}

void setErrorStyle(QWidget *label, bool error)
{
    QPalette palette = label->parentWidget() ? label->parentWidget()->palette() : label->palette();
    if (error) {
        palette.setColor(QPalette::WindowText, errorColor(label));
        palette.setColor(QPalette::Text, errorColor(label));
    }
    label->setPalette(palette);
}

QIcon icon(const char *name)
{
    return QIcon(QStringLiteral(":/gattscope/icons/%1.svg").arg(QLatin1String(name)));
}

} // namespace gattscope::UiFormat
