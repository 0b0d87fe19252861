// SPDX-License-Identifier: MIT
#include "recentfolders.h"

#include <QDir>
#include <QFileInfo>
#include <QSettings>

namespace gattscope::RecentFolders {

namespace {
QString key(const QString &kind)
{
    return QStringLiteral("folders/") + kind;
}
} // namespace

QString folder(const QString &kind)
{
    const QString last = QSettings().value(key(kind)).toString();
    return !last.isEmpty() && QFileInfo(last).isDir() ? last : QDir::homePath();
}

void remember(const QString &kind, const QString &fileName)
{
    if (fileName.isEmpty())
        return;
    const QFileInfo info(fileName);
    QSettings().setValue(key(kind), info.isDir() ? info.absoluteFilePath() : info.absolutePath());
}

QString suggest(const QString &kind, const QString &suggested)
{
    return QDir(folder(kind)).filePath(suggested);
}

} // namespace gattscope::RecentFolders
