// SPDX-License-Identifier: MIT
#pragma once

#include <gattscope/core/base/uuid.h>
#include <gattscope/core/codecs/fieldlayout.h>

#include <QHash>
#include <QObject>

namespace gattscope {

// The user's field layouts ("<hhh" with names, scale, offset and unit) by characteristic
// UUID, remembered across runs in QSettings (keys fieldLayouts/<uuid> and
// fieldLayoutOptions/<uuid>, as earlier versions wrote them). The GUI's plot dialog sets
// them; the tree, the log, the plots and the CLI decode with them.
//
// One instance per program (instance()), used from the thread that created the
// QCoreApplication; layouts are read once per UUID and cached. layoutChanged() tells
// sessions to rebuild their decoders.
class FieldLayoutStore : public QObject
{
    Q_OBJECT

public:
    static FieldLayoutStore &instance();

    // Empty when none is stored (or the stored format no longer parses).
    FieldLayout layout(const Uuid &uuid);
    // An empty layout forgets the UUID's.
    void setLayout(const Uuid &uuid, const FieldLayout &layout);
    // Sets only the format, keeping the names, scale, offset and unit stored with the
    // previous one; an empty or unparsable format forgets them too.
    void setFormat(const Uuid &uuid, const QString &format);
    // Forgets the cache (after QSettings changed underneath, e.g. in tests).
    void reload();

Q_SIGNALS:
    void layoutChanged(const gattscope::Uuid &uuid);

private:
    FieldLayoutStore() = default;
    QHash<Uuid, FieldLayout> m_cache;
};

} // namespace gattscope
