// SPDX-License-Identifier: MIT
#include "fieldlayoutstore.h"

#include <QSettings>
#include <QVariantMap>

namespace gattscope {

namespace {
QString layoutKey(const Uuid &uuid)
{
    return QStringLiteral("fieldLayouts/") + uuid.toCanonicalString();
}
// Names, scale, offset and unit: beside the format rather than under it, so that the
// format's key keeps the plain string value earlier versions wrote.
QString optionsKey(const Uuid &uuid)
{
    return QStringLiteral("fieldLayoutOptions/") + uuid.toCanonicalString();
}
} // namespace

FieldLayoutStore &FieldLayoutStore::instance()
{
    static FieldLayoutStore store;
    return store;
}

FieldLayout FieldLayoutStore::layout(const Uuid &uuid)
{
    auto it = m_cache.find(uuid);
    if (it == m_cache.end()) {
        const QSettings settings;
        FieldLayout layout;
        // A stored format that no longer parses (edited by hand) counts as none.
        if (const Result<FieldLayout> parsed = FieldLayout::parse(settings.value(layoutKey(uuid)).toString());
            parsed.ok()) {
            layout = parsed.value();
            const QVariantMap options = settings.value(optionsKey(uuid)).toMap();
            layout.setNames(options.value(QStringLiteral("names")).toStringList());
            bool ok = false;
            const double scale = options.value(QStringLiteral("scale"), 1.0).toDouble(&ok);
            layout.setScale(ok && scale != 0 ? scale : 1.0);
            layout.setOffset(options.value(QStringLiteral("offset"), 0.0).toDouble());
            layout.setUnit(options.value(QStringLiteral("unit")).toString());
        }
        it = m_cache.insert(uuid, layout);
    }
    return *it;
}

void FieldLayoutStore::setLayout(const Uuid &uuid, const FieldLayout &layout)
{
    QSettings settings;
    if (layout.isEmpty()) {
        settings.remove(layoutKey(uuid));
        settings.remove(optionsKey(uuid));
    } else {
        settings.setValue(layoutKey(uuid), layout.format());
        QVariantMap options;
        options.insert(QStringLiteral("names"), layout.names());
        options.insert(QStringLiteral("scale"), layout.scale());
        options.insert(QStringLiteral("offset"), layout.offset());
        options.insert(QStringLiteral("unit"), layout.unit());
        settings.setValue(optionsKey(uuid), options);
    }
    m_cache.insert(uuid, layout);
    Q_EMIT layoutChanged(uuid);
}

void FieldLayoutStore::setFormat(const Uuid &uuid, const QString &format)
{
    const QString trimmed = format.trimmed();
    const Result<FieldLayout> parsed = FieldLayout::parse(trimmed);
    if (trimmed.isEmpty() || !parsed.ok()) {
        setLayout(uuid, FieldLayout());
        return;
    }
    const FieldLayout previous = layout(uuid);
    FieldLayout next = parsed.value();
    if (!previous.isEmpty()) {
        // Names beyond the new field count are dropped by names(); missing ones default.
        next.setNames(previous.names());
        next.setScale(previous.scale());
        next.setOffset(previous.offset());
        next.setUnit(previous.unit());
    }
    setLayout(uuid, next);
}

void FieldLayoutStore::reload()
{
    m_cache.clear();
}

} // namespace gattscope
